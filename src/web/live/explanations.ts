import type { TextKey } from '../i18n/translator.js';
import type { PageContext } from '../page-context.js';

/**
 * The pairing engine explains each part of a group's score with a code (`rule`) and one English
 * sentence that carries its values (pairing/engine/explain.ts and assemble.ts, which the web does
 * not change). The round review shows the sentence in the reader's language: by the part's code,
 * the sentence is read back into a catalogue message (i18n/areas/live.ts, `live.explain.*`) with
 * its values in the reader's words: topics, time slots, languages, distance. A sentence this file
 * does not know (a new wording of the engine) is left as it is, and the page marks it as English;
 * explanations.spec.ts runs the engine so that such a change is noticed.
 */
/** The codes of the parts (each has a heading, `live.reason.<rule>`). */
export const RULES = [
  'interests',
  'availability',
  'language',
  'place',
  'feedback',
  'interpreter',
  'repeat',
  'locked',
] as const;

export interface ExplainedPart {
  rule: string;
  detail: string;
}

/** Names of the values the engine writes as ids or codes. */
export interface ExplanationNames {
  topic: (id: string) => string;
  language: (code: string) => string;
  /** a weekly slot such as `wed-evening` */
  slot: (slot: string) => string;
}

/** The sentence in the reader's language, or undefined when its shape is unknown here. */
export function explanationText(
  page: PageContext,
  part: ExplainedPart,
  names: ExplanationNames,
): string | undefined {
  const { t } = page;
  const d = part.detail;
  switch (part.rule) {
    case 'interests': {
      const m = /^Shared interests: (.+)$/.exec(d);
      return m
        ? t.t('live.explain.interests', {
            list: listOf(page, m[1], names.topic),
          })
        : undefined;
    }
    case 'availability': {
      const m = /^(\d+) common time slots?: (.+)$/.exec(d);
      return m
        ? t.n('live.explain.slots', Number(m[1]), {
            list: listOf(page, m[2], (s) => names.slot(slotOf(s))),
          })
        : undefined;
    }
    case 'language': {
      const m = /^Common languages?: (.+) \(best: ([^,()]+), (\w+)\)$/.exec(d);
      const level = m && LEVELS[m[3]];
      if (!m || !level) return undefined;
      return t.n('live.explain.languages', items(m[1]).shown.length, {
        list: listOf(page, m[1], names.language),
        best: names.language(m[2]),
        level: t.t(level),
      });
    }
    case 'place': {
      const far =
        /^Live far apart \((.+)\): this cohort favours exchanges across distance$/.exec(
          d,
        );
      const near = /^Live close to each other \((.+)\)$/.exec(d);
      const where = distance(page, (far ?? near)?.[1]);
      if (!where) return undefined;
      return far
        ? t.t('live.explain.placeFar', { where })
        : t.t('live.explain.placeNear', { where });
    }
    default: {
      const key = FIXED[d];
      return key && FIXED_RULE[key] === part.rule ? t.t(key) : undefined;
    }
  }
}

/** The engine's sentences without values, by their text. */
const FIXED: Record<string, TextKey> = {
  'An earlier meeting of these two was rated highly': 'live.explain.feedback',
  'No common language at the required level: an interpreter is needed':
    'live.explain.interpreterPair',
  'No language that every member speaks at the required level: an interpreter is needed':
    'live.explain.interpreterGroup',
  'Paired before: no new partner was available this round':
    'live.explain.repeat',
  'Grouped by an organiser': 'live.explain.locked',
};
const FIXED_RULE: Partial<Record<TextKey, string>> = {
  'live.explain.feedback': 'feedback',
  'live.explain.interpreterPair': 'interpreter',
  'live.explain.interpreterGroup': 'interpreter',
  'live.explain.repeat': 'repeat',
  'live.explain.locked': 'locked',
};

const LEVELS: Record<string, TextKey> = {
  basic: 'live.explain.level.basic',
  conversational: 'live.explain.level.conversational',
  fluent: 'live.explain.level.fluent',
};

const DAYS: Record<string, string> = {
  Monday: 'mon',
  Tuesday: 'tue',
  Wednesday: 'wed',
  Thursday: 'thu',
  Friday: 'fri',
  Saturday: 'sat',
  Sunday: 'sun',
};

/** 'Wednesday evening' (the engine's slotLabel) → 'wed-evening'; anything else as it is. */
function slotOf(label: string): string {
  const [day, part, ...rest] = label.split(' ');
  return DAYS[day] && part && rest.length === 0
    ? `${DAYS[day]}-${part}`
    : label;
}

/** The engine's lists: 'a, b, c, d (+2 more)'. */
function items(list: string): { shown: string[]; more: number } {
  const m = /^(.*) \(\+(\d+) more\)$/.exec(list);
  return {
    shown: (m ? m[1] : list).split(', '),
    more: m ? Number(m[2]) : 0,
  };
}

function listOf(
  page: PageContext,
  list: string,
  name: (value: string) => string,
): string {
  const { shown, more } = items(list);
  const text = shown.map(name).join(', ');
  return more
    ? `${text} ${page.t.t('live.explain.more', { count: more })}`
    : text;
}

function distance(
  page: PageContext,
  where: string | undefined,
): string | undefined {
  const { t } = page;
  if (where === 'same place') return t.t('live.explain.samePlace');
  if (where === 'distance unknown') return t.t('live.explain.distanceUnknown');
  const km = where && /^about (\d+) km apart$/.exec(where);
  return km
    ? t.t('live.explain.km', { km: t.number(Number(km[1])) })
    : undefined;
}
