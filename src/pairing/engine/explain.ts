/**
 * Explanations: the score parts of a group in plain language, the suggested first meeting slot and
 * the reason someone could not be placed. Confidential "do not pair" lists (and low ratings and
 * organiser forbids, which share the same internal barrier) are never named: whoever is left out
 * because of them gets the same neutral reason as someone left out for lack of room.
 */
import {
  ageCompatible,
  bestSharedLevel,
  distanceKm,
  isRepeat,
  scoreParts,
  sharesLanguage,
  type Cohort,
  type ScorePart,
} from './score.js';

export interface ExplainedPart {
  rule: ScorePart['rule'] | 'interpreter' | 'repeat' | 'locked';
  points: number;
  detail: string;
  /** For groups of three or more: the two members this part is about. */
  between?: [string, string];
}

export type UnplacedReason =
  | 'NOT_ENOUGH_PARTICIPANTS'
  | 'NO_OTHER_COMMUNITY'
  | 'NO_SHARED_LANGUAGE'
  | 'AGE_RULE'
  | 'ONLY_REPEATS'
  | 'NO_AVAILABLE_PARTNER'
  | 'NO_AVAILABLE_GROUP';

export const REASON_MESSAGES: Readonly<Record<UnplacedReason, string>> =
  Object.freeze({
    NOT_ENOUGH_PARTICIPANTS:
      'There is nobody else in this round to be paired with.',
    NO_OTHER_COMMUNITY:
      'Nobody from another community takes part in this round.',
    NO_SHARED_LANGUAGE:
      'Nobody from another community in this round shares a language with this person at the required level.',
    AGE_RULE:
      'The age rules for minors leave nobody from another community with a shared language in this round.',
    ONLY_REPEATS:
      'Everyone this person could be paired with was an earlier partner, and none of them was free.',
    NO_AVAILABLE_PARTNER:
      'No compatible partner or group had room for this person in this round.',
    NO_AVAILABLE_GROUP:
      'No group could take this person while keeping the group size and community rules.',
  });

const SLOT_LABEL_DAYS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** 'tue-evening' → 'Tuesday evening' (unknown labels unchanged). */
export function slotLabel(slot: string): string {
  const [d, part] = slot.split('-');
  return SLOT_LABEL_DAYS[d] && part ? `${SLOT_LABEL_DAYS[d]} ${part}` : slot;
}

function listed(items: string[], max = 4): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} (+${items.length - max} more)` : shown;
}

function sharedLabels(
  bits: Uint32Array,
  words: number,
  labels: readonly string[],
  i: number,
  j: number,
): string[] {
  const out: string[] = [];
  for (let k = 0; k < labels.length; k++) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    if (bits[i * words + w] & bits[j * words + w] & bit) out.push(labels[k]);
  }
  return out;
}

/** Languages both speak at the minimum level, best level first. */
function sharedLanguages(
  c: Cohort,
  i: number,
  j: number,
): { code: string; level: number }[] {
  const L = c.languages.length;
  const out: { code: string; level: number }[] = [];
  for (let k = 0; k < L; k++) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    if (c.langOk[i * c.lw + w] & c.langOk[j * c.lw + w] & bit) {
      out.push({
        code: c.languages[k],
        level: Math.min(c.langLevel[i * L + k], c.langLevel[j * L + k]),
      });
    }
  }
  return out.sort((a, b) => b.level - a.level || (a.code < b.code ? -1 : 1));
}

const LEVEL_WORD = ['', 'basic', 'conversational', 'fluent'];

/** Score parts of one pair with a sentence each; parts worth 0 points are left out, except language. */
export function explainPair(
  c: Cohort,
  i: number,
  j: number,
  between: boolean,
): ExplainedPart[] {
  const pair: [string, string] | undefined = between
    ? [c.ids[i], c.ids[j]]
    : undefined;
  const out: ExplainedPart[] = [];
  const add = (
    rule: ExplainedPart['rule'],
    points: number,
    detail: string,
  ): void => {
    out.push(
      pair ? { rule, points, detail, between: pair } : { rule, points, detail },
    );
  };
  for (const part of scoreParts(c, i, j)) {
    switch (part.rule) {
      case 'interests': {
        if (part.points === 0) break;
        const shared = sharedLabels(c.interestBits, c.iw, c.interests, i, j);
        add('interests', part.points, `Shared interests: ${listed(shared)}`);
        break;
      }
      case 'availability': {
        if (part.points === 0) break;
        const shared = sharedLabels(c.slotBits, c.sw, c.slots, i, j).map(
          slotLabel,
        );
        add(
          'availability',
          part.points,
          `${shared.length} common time slot${shared.length === 1 ? '' : 's'}: ${listed(shared, 3)}`,
        );
        break;
      }
      case 'language': {
        const langs = sharedLanguages(c, i, j);
        if (langs.length === 0) break;
        const level = bestSharedLevel(c, i, j);
        const names = langs.map((l) => l.code);
        add(
          'language',
          part.points,
          `Common language${names.length > 1 ? 's' : ''}: ${listed(names)} (best: ${langs[0].code}, ${LEVEL_WORD[level]})`,
        );
        break;
      }
      case 'place': {
        if (part.points === 0) break;
        const d = distanceKm(c, i, j);
        const where =
          d === null
            ? 'distance unknown'
            : d < 1
              ? 'same place'
              : `about ${Math.round(d)} km apart`;
        add(
          'place',
          part.points,
          c.rules.placePreference === 'far'
            ? `Live far apart (${where}): this cohort favours exchanges across distance`
            : `Live close to each other (${where})`,
        );
        break;
      }
      case 'feedback':
        if (part.points > 0)
          add(
            'feedback',
            part.points,
            'An earlier meeting of these two was rated highly',
          );
        break;
      default: {
        const never: never = part.rule;
        throw new Error(`unknown score part ${String(never)}`);
      }
    }
  }
  if (!sharesLanguage(c, i, j)) {
    add(
      'interpreter',
      0,
      'No common language at the required level: an interpreter is needed',
    );
  }
  if (isRepeat(c, i, j)) {
    add('repeat', 0, 'Paired before: no new partner was available this round');
  }
  return out;
}

/** First slot in week order that every member has, or null. */
export function suggestedSlot(
  c: Cohort,
  members: readonly number[],
): string | null {
  for (let k = 0; k < c.slots.length; k++) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    if (members.every((m) => (c.slotBits[m * c.sw + w] & bit) !== 0))
      return c.slots[k];
  }
  return null;
}

/**
 * Why participant i stays unplaced: public rules are applied one after another to everyone else in
 * the round; the first rule that leaves nobody names the reason. When public rules leave someone,
 * the reason is the neutral NO_AVAILABLE_PARTNER, whatever the confidential lists say.
 */
export function unplacedReason(
  c: Cohort,
  i: number,
  groupsMode: boolean,
): UnplacedReason {
  if (c.n < 2) return 'NOT_ENOUGH_PARTICIPANTS';
  let afterCommunity = 0;
  let afterLanguage = 0;
  let afterAge = 0;
  let afterRepeat = 0;
  for (let j = 0; j < c.n; j++) {
    if (j === i) continue;
    if (c.rules.differentCommunities && c.comm[j] === c.comm[i]) continue;
    afterCommunity++;
    if (!c.rules.allowInterpreter && !sharesLanguage(c, i, j)) continue;
    afterLanguage++;
    if (!ageCompatible(c, i, j)) continue;
    afterAge++;
    if (c.rules.avoidRepeats && isRepeat(c, i, j)) continue;
    afterRepeat++;
  }
  if (afterCommunity === 0) return 'NO_OTHER_COMMUNITY';
  if (afterLanguage === 0) return 'NO_SHARED_LANGUAGE';
  if (afterAge === 0) return 'AGE_RULE';
  if (afterRepeat === 0) return 'ONLY_REPEATS';
  return groupsMode ? 'NO_AVAILABLE_GROUP' : 'NO_AVAILABLE_PARTNER';
}
