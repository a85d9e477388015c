/**
 * Shared pieces of both pairing modes: the group rule (communities, a common language, pairwise
 * hard rules), organiser locks, and turning groups of indices into the explained output.
 */
import {
  explainPair,
  suggestedSlot,
  type ExplainedPart,
  type UnplacedReason,
} from './explain.js';
import type { MatchingStats } from './matching.js';
import {
  ageCompatible,
  bestCommonLanguage,
  commonLanguages,
  isBlocked,
  isRepeat,
  pairBarrier,
  pairScore,
  type Cohort,
} from './score.js';

export type GroupFlag = 'locked' | 'interpreter' | 'repeat';

export interface Group {
  /** Participant ids in input order. */
  members: string[];
  kind: 'pair' | 'trio' | 'group';
  /** Sum of the scores of every two members. */
  score: number;
  /** The language all members speak best, or null (interpreter needed). */
  language: string | null;
  /** First weekly slot every member has (week order), or null. */
  suggestedSlot: string | null;
  flags: GroupFlag[];
  parts: ExplainedPart[];
}

export interface UnplacedPerson {
  id: string;
  reason: UnplacedReason;
  message: string;
}

export interface PairingWarning {
  code:
    'LOCK_NOT_HONOURED' | 'LOCK_UNKNOWN_ID' | 'LOCK_OVERLAP' | 'LOCK_TOO_LARGE';
  message: string;
  members: string[];
}

export interface PairingStats {
  participants: number;
  placed: number;
  unplaced: number;
  pairs: number;
  trios: number;
  largerGroups: number;
  locked: number;
  /** Member pairs inside groups who were partners before. */
  repeats: number;
  /** Share of groups with members from two or more communities. */
  crossCommunityShare: number;
  meanScore: number;
  /** Weight of the exact maximum-cardinality matching (pairs before trios). */
  matchingWeight: number;
  matching: MatchingStats | null;
  /** Groups mode: upper bound on the total score and relative gap of the heuristic. */
  upperBound?: number;
  gap?: number;
}

export interface PairingResult {
  mode: 'pairs' | 'groups';
  referenceYear: number;
  groups: Group[];
  unplaced: UnplacedPerson[];
  /** Sum of group scores. */
  totalWeight: number;
  warnings: PairingWarning[];
  stats: PairingStats;
}

/** A group under construction. */
export interface Draft {
  members: number[];
  locked: boolean;
}

export interface GroupRuleOptions {
  allowRepeats: boolean;
  /** Minimum number of distinct communities (when the cohort requires different communities). */
  minCommunities: number;
}

/** Whether these members may form a group. */
export function groupAllowed(
  c: Cohort,
  members: readonly number[],
  opts: GroupRuleOptions,
): boolean {
  const k = members.length;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const barrier = pairBarrier(c, members[a], members[b], {
        allowRepeats: opts.allowRepeats,
        ignoreCommunity: true,
      });
      // The pairwise language rule is replaced by the group-wide one below.
      if (barrier !== null && barrier !== 'NO_SHARED_LANGUAGE') return false;
    }
  }
  if (
    c.rules.differentCommunities &&
    distinctCommunities(c, members) < opts.minCommunities
  ) {
    return false;
  }
  if (!c.rules.allowInterpreter) {
    const mask = commonLanguages(c, members);
    if (mask.every((w) => w === 0)) return false;
  }
  return true;
}

/**
 * {@link groupAllowed} for the trio (a, b, p), without allocating (the trio step tests millions of
 * them). The same rule: every two members pass the pairwise rules (age, blocks, repeats), the three
 * share a language unless interpreters are allowed, and span enough communities.
 */
export function trioAllowed(
  c: Cohort,
  a: number,
  b: number,
  p: number,
  opts: GroupRuleOptions,
): boolean {
  if (!c.rules.allowInterpreter) {
    const lw = c.lw;
    let common = 0;
    for (let w = 0; w < lw; w++)
      common |=
        c.langOk[a * lw + w] & c.langOk[b * lw + w] & c.langOk[p * lw + w];
    if (common === 0) return false;
  }
  if (c.rules.differentCommunities) {
    const ca = c.comm[a];
    const cb = c.comm[b];
    const cp = c.comm[p];
    const distinct = 1 + (ca !== cb ? 1 : 0) + (cp !== ca && cp !== cb ? 1 : 0);
    if (distinct < opts.minCommunities) return false;
  }
  return (
    pairMayMeet(c, p, a, opts.allowRepeats) &&
    pairMayMeet(c, p, b, opts.allowRepeats) &&
    pairMayMeet(c, a, b, opts.allowRepeats)
  );
}

/** The pairwise hard rules inside a group, languages and communities aside (decided group-wide). */
function pairMayMeet(
  c: Cohort,
  i: number,
  j: number,
  allowRepeats: boolean,
): boolean {
  return (
    i !== j &&
    ageCompatible(c, i, j) &&
    !isBlocked(c, i, j) &&
    (allowRepeats || !c.rules.avoidRepeats || !isRepeat(c, i, j))
  );
}

export function distinctCommunities(
  c: Cohort,
  members: readonly number[],
): number {
  const seen = new Set<number>();
  for (const m of members) seen.add(c.comm[m]);
  return seen.size;
}

/** Community requirement of a pair/trio under the rules ('spanning' vs 'all-different'). */
export function trioMinCommunities(c: Cohort): number {
  return c.rules.trioCommunities === 'all-different' ? 3 : 2;
}

export function groupScore(c: Cohort, members: readonly number[]): number {
  let s = 0;
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++)
      s += pairScore(c, members[a], members[b]);
  }
  return s;
}

export interface LockOutcome {
  drafts: Draft[];
  lockedSet: Uint8Array;
  warnings: PairingWarning[];
}

/**
 * Organiser locks become fixed groups when they satisfy the group rules (repeats are allowed: the
 * organiser chose them). A lock that cannot be honoured gets one neutral warning whatever the cause,
 * so that confidential lists stay confidential.
 */
export function applyLocks(
  c: Cohort,
  maxSize: number,
  minCommunities: (size: number) => number,
): LockOutcome {
  const lockedSet = new Uint8Array(c.n);
  const drafts: Draft[] = [];
  const warnings: PairingWarning[] = [];
  for (const ids of c.rules.locks) {
    const members = ids.map((id) => c.index.get(id));
    if (members.some((m) => m === undefined)) {
      warnings.push({
        code: 'LOCK_UNKNOWN_ID',
        message:
          'A locked group names someone who is not in this round; the lock was ignored.',
        members: ids,
      });
      continue;
    }
    const idx = [...new Set(members as number[])].sort((a, b) => a - b);
    if (idx.some((m) => lockedSet[m])) {
      warnings.push({
        code: 'LOCK_OVERLAP',
        message:
          'Someone appears in two locked groups; the later lock was ignored.',
        members: ids,
      });
      continue;
    }
    if (idx.length < 2 || idx.length > maxSize) {
      warnings.push({
        code: 'LOCK_TOO_LARGE',
        message: `A locked group must have between 2 and ${maxSize} members in this cohort.`,
        members: ids,
      });
      continue;
    }
    if (
      !groupAllowed(c, idx, {
        allowRepeats: true,
        minCommunities: minCommunities(idx.length),
      })
    ) {
      warnings.push({
        code: 'LOCK_NOT_HONOURED',
        message:
          'These people cannot be grouped under the cohort rules; the lock was not applied.',
        members: ids,
      });
      continue;
    }
    for (const m of idx) lockedSet[m] = 1;
    drafts.push({ members: idx, locked: true });
  }
  return { drafts, lockedSet, warnings };
}

/** Output form of a group, with its explanation. */
export function renderGroup(c: Cohort, d: Draft): Group {
  const members = [...d.members].sort((a, b) => a - b);
  const k = members.length;
  const flags: GroupFlag[] = [];
  if (d.locked) flags.push('locked');
  const language = bestCommonLanguage(c, members);
  if (language === null) flags.push('interpreter');
  let repeat = false;
  let score = 0;
  const parts: ExplainedPart[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      score += pairScore(c, members[a], members[b]);
      if (isRepeat(c, members[a], members[b])) repeat = true;
      for (const p of explainPair(c, members[a], members[b], k > 2)) {
        // A group-wide interpreter flag replaces per-pair interpreter lines in larger groups.
        if (p.rule === 'interpreter' && (k > 2 || language !== null)) continue;
        parts.push(p);
      }
    }
  }
  if (language === null) {
    parts.push({
      rule: 'interpreter',
      points: 0,
      detail:
        'No language that every member speaks at the required level: an interpreter is needed',
    });
  }
  if (repeat) flags.push('repeat');
  if (d.locked)
    parts.push({
      rule: 'locked',
      points: 0,
      detail: 'Grouped by an organiser',
    });
  return {
    members: members.map((m) => c.ids[m]),
    kind: k === 2 ? 'pair' : k === 3 ? 'trio' : 'group',
    score,
    language,
    suggestedSlot: suggestedSlot(c, members),
    flags,
    parts,
  };
}

export function summarise(
  c: Cohort,
  drafts: Draft[],
  unplaced: UnplacedPerson[],
  matchingWeight: number,
  matching: MatchingStats | null,
): { groups: Group[]; totalWeight: number; stats: PairingStats } {
  const ordered = [...drafts].sort(
    (a, b) => Math.min(...a.members) - Math.min(...b.members),
  );
  const groups = ordered.map((d) => renderGroup(c, d));
  let total = 0;
  let repeats = 0;
  let cross = 0;
  for (const d of ordered) {
    for (let a = 0; a < d.members.length; a++) {
      for (let b = a + 1; b < d.members.length; b++) {
        if (isRepeat(c, d.members[a], d.members[b])) repeats++;
      }
    }
    if (distinctCommunities(c, d.members) >= 2) cross++;
  }
  for (const g of groups) total += g.score;
  const placed = ordered.reduce((s, d) => s + d.members.length, 0);
  return {
    groups,
    totalWeight: total,
    stats: {
      participants: c.n,
      placed,
      unplaced: unplaced.length,
      pairs: groups.filter((g) => g.kind === 'pair').length,
      trios: groups.filter((g) => g.kind === 'trio').length,
      largerGroups: groups.filter((g) => g.kind === 'group').length,
      locked: ordered.filter((d) => d.locked).length,
      repeats,
      crossCommunityShare: groups.length === 0 ? 1 : cross / groups.length,
      meanScore: groups.length === 0 ? 0 : total / groups.length,
      matchingWeight,
      matching,
    },
  };
}
