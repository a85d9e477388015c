/**
 * A cohort compiled into typed arrays (communities, ages, language/interest/slot bitsets, unit
 * vectors for places, sorted block/repeat lists), the hard rules for a pair, the integer soft score
 * and the candidate graph as an {@link EdgeSource} that scores pairs on the fly — a cohort of 20,000
 * has 2·10⁸ pairs, which are streamed, never stored.
 */
import {
  CandidateLists,
  type CandidatePart,
  type CandidateSpec,
  type EdgeSource,
  type LowerBounds,
  type RowVisitor,
} from './matching.js';
import {
  WEEK_SLOTS,
  type ParsedInput,
  type ParticipantInput,
  type PairingRules,
} from './rules.js';
import { helpersFor, newGraphId, runOnHelpers, splitRows } from './threads.js';

export const LEVEL_VALUE = { basic: 1, conversational: 2, fluent: 3 } as const;
const EARTH_RADIUS_KM = 6371;

export interface Cohort {
  readonly n: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly participants: readonly ParticipantInput[];
  readonly rules: PairingRules;
  readonly referenceYear: number;
  readonly communities: readonly string[];
  readonly comm: Int32Array;
  readonly age: Int32Array;
  readonly minor: Uint8Array;
  /** Language codes; `langOk` has the bit of each language spoken at ≥ minLanguageLevel. */
  readonly languages: readonly string[];
  readonly lw: number;
  readonly langOk: Uint32Array;
  /** level (0–3) per participant × language. */
  readonly langLevel: Uint8Array;
  readonly interests: readonly string[];
  readonly iw: number;
  readonly interestBits: Uint32Array;
  /** Slots in week order (unknown labels after the week, sorted). */
  readonly slots: readonly string[];
  readonly sw: number;
  readonly slotBits: Uint32Array;
  readonly hasLoc: Uint8Array;
  readonly loc: Float64Array;
  readonly place: Int32Array;
  /** Sorted CSR lists: blocked (doNotPair, lowRated, forbids; symmetric), earlier partners, praised. */
  readonly blockStart: Int32Array;
  readonly blockList: Int32Array;
  readonly prevStart: Int32Array;
  readonly prevList: Int32Array;
  readonly posStart: Int32Array;
  readonly posList: Int32Array;
  /** cosT[t] = cos(t · placeStepKm / R): a pair is closer than t steps when dot > cosT[t]. */
  readonly cosT: Float64Array;
  /** Upper bound of any pair score. */
  readonly maxPairScore: number;
}

function buildCsr(
  n: number,
  pairs: [number, number][],
): { start: Int32Array; list: Int32Array } {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    lists[a].push(b);
    lists[b].push(a);
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    lists[i].sort((x, y) => x - y);
    lists[i] = lists[i].filter((x, k, arr) => k === 0 || arr[k - 1] !== x);
    start[i + 1] = start[i] + lists[i].length;
  }
  const list = new Int32Array(start[n]);
  for (let i = 0; i < n; i++) list.set(lists[i], start[i]);
  return { start, list };
}

export function inSorted(
  list: Int32Array,
  lo: number,
  hi: number,
  x: number,
): boolean {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const m = (a + b) >> 1;
    const v = list[m];
    if (v === x) return true;
    if (v < x) a = m + 1;
    else b = m - 1;
  }
  return false;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function bitset(n: number, words: number, sets: number[][]): Uint32Array {
  const bits = new Uint32Array(n * words);
  sets.forEach((s, i) => {
    for (const k of s) bits[i * words + (k >>> 5)] |= 1 << (k & 31);
  });
  return bits;
}

/** Compiles validated input into a {@link Cohort}. */
export function compileCohort(input: ParsedInput): Cohort {
  const { participants, rules, referenceYear } = input;
  const n = participants.length;
  const ids = participants.map((p) => p.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));

  const communities: string[] = [];
  const communityIndex = new Map<string, number>();
  const comm = new Int32Array(n);
  participants.forEach((p, i) => {
    let c = communityIndex.get(p.community);
    if (c === undefined) {
      c = communities.length;
      communities.push(p.community);
      communityIndex.set(p.community, c);
    }
    comm[i] = c;
  });

  const age = new Int32Array(n);
  const minor = new Uint8Array(n);
  participants.forEach((p, i) => {
    age[i] = referenceYear - p.birthYear;
    minor[i] = age[i] < rules.adultAge ? 1 : 0;
  });

  // Languages: codes sorted for a stable order.
  const languages = [
    ...new Set(participants.flatMap((p) => p.languages.map((l) => l.code))),
  ].sort();
  const langIndex = new Map(languages.map((c, i) => [c, i]));
  const L = languages.length;
  const lw = Math.max(1, Math.ceil(L / 32));
  const langLevel = new Uint8Array(n * Math.max(1, L));
  const minLevel = LEVEL_VALUE[rules.minLanguageLevel];
  const okSets: number[][] = participants.map((p, i) => {
    const ok: number[] = [];
    for (const l of p.languages) {
      const k = langIndex.get(l.code)!;
      const v = LEVEL_VALUE[l.level];
      if (v > langLevel[i * L + k]) langLevel[i * L + k] = v;
    }
    for (let k = 0; k < L; k++)
      if (langLevel[i * L + k] >= minLevel) ok.push(k);
    return ok;
  });
  const langOk = bitset(n, lw, okSets);

  const interests = [
    ...new Set(participants.flatMap((p) => p.interests ?? [])),
  ].sort();
  const interestIndex = new Map(interests.map((c, i) => [c, i]));
  const iw = Math.max(1, Math.ceil(interests.length / 32));
  const interestBits = bitset(
    n,
    iw,
    participants.map((p) =>
      (p.interests ?? []).map((x) => interestIndex.get(x)!),
    ),
  );

  const known = new Set(WEEK_SLOTS);
  const extra = [
    ...new Set(
      participants.flatMap((p) =>
        (p.availability ?? []).filter((s) => !known.has(s)),
      ),
    ),
  ].sort();
  const slots = [...WEEK_SLOTS, ...extra];
  const slotIndex = new Map(slots.map((c, i) => [c, i]));
  const sw = Math.ceil(slots.length / 32);
  const slotBits = bitset(
    n,
    sw,
    participants.map((p) =>
      (p.availability ?? []).map((x) => slotIndex.get(x)!),
    ),
  );

  const placeCoords = new Map(input.places.map((pl) => [pl.id, pl]));
  const placeIds = new Map<string, number>();
  const hasLoc = new Uint8Array(n);
  const loc = new Float64Array(3 * n);
  const place = new Int32Array(n).fill(-1);
  participants.forEach((p, i) => {
    if (p.placeId !== undefined) {
      let k = placeIds.get(p.placeId);
      if (k === undefined) placeIds.set(p.placeId, (k = placeIds.size));
      place[i] = k;
    }
    const c =
      p.lat !== undefined && p.lon !== undefined
        ? { lat: p.lat, lon: p.lon }
        : p.placeId !== undefined
          ? placeCoords.get(p.placeId)
          : undefined;
    if (c) {
      const la = (c.lat * Math.PI) / 180;
      const lo = (c.lon * Math.PI) / 180;
      hasLoc[i] = 1;
      loc[3 * i] = Math.cos(la) * Math.cos(lo);
      loc[3 * i + 1] = Math.cos(la) * Math.sin(lo);
      loc[3 * i + 2] = Math.sin(la);
    }
  });

  const resolve = (
    list: string[] | undefined,
    i: number,
    out: [number, number][],
  ): void => {
    for (const id of list ?? []) {
      const j = index.get(id);
      if (j !== undefined && j !== i) out.push([i, j]);
    }
  };
  const blocked: [number, number][] = [];
  const prev: [number, number][] = [];
  const pos: [number, number][] = [];
  participants.forEach((p, i) => {
    resolve(p.doNotPair, i, blocked);
    resolve(p.lowRated, i, blocked);
    resolve(p.previousPartners, i, prev);
    resolve(p.positivePartners, i, pos);
  });
  for (const [a, b] of rules.forbids) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined && i !== j) blocked.push([i, j]);
  }
  const block = buildCsr(n, blocked);
  const prevCsr = buildCsr(n, prev);
  const posCsr = buildCsr(n, pos);

  const wts = rules.weights;
  const P = rules.placePreference === 'none' ? 0 : wts.place;
  const cosT = new Float64Array(P + 1);
  for (let t = 1; t <= P; t++) {
    cosT[t] = Math.cos(
      Math.min(Math.PI, (t * wts.placeStepKm) / EARTH_RADIUS_KM),
    );
  }
  const maxPairScore =
    wts.interest * wts.maxSharedInterests +
    wts.availability * wts.maxSharedSlots +
    Math.max(wts.languageConversational, wts.languageFluent) +
    P +
    wts.feedback;

  return {
    n,
    ids,
    index,
    participants,
    rules,
    referenceYear,
    communities,
    comm,
    age,
    minor,
    languages,
    lw,
    langOk,
    langLevel,
    interests,
    iw,
    interestBits,
    slots,
    sw,
    slotBits,
    hasLoc,
    loc,
    place,
    blockStart: block.start,
    blockList: block.list,
    prevStart: prevCsr.start,
    prevList: prevCsr.list,
    posStart: posCsr.start,
    posList: posCsr.list,
    cosT,
    maxPairScore,
  };
}

// ------------------------------------------------------------------ hard rules

/** Why a pair may not be grouped; 'BLOCKED' (confidential lists, low ratings, forbids) is internal. */
export type PairBarrier =
  'SAME_COMMUNITY' | 'NO_SHARED_LANGUAGE' | 'AGE_RULE' | 'BLOCKED' | 'REPEAT';

export interface PairCheckOptions {
  allowRepeats: boolean;
  ignoreCommunity?: boolean;
}

export function isBlocked(c: Cohort, i: number, j: number): boolean {
  return inSorted(c.blockList, c.blockStart[i], c.blockStart[i + 1], j);
}

export function isRepeat(c: Cohort, i: number, j: number): boolean {
  return inSorted(c.prevList, c.prevStart[i], c.prevStart[i + 1], j);
}

export function sharesLanguage(c: Cohort, i: number, j: number): boolean {
  for (let w = 0; w < c.lw; w++)
    if ((c.langOk[i * c.lw + w] & c.langOk[j * c.lw + w]) !== 0) return true;
  return false;
}

export function ageCompatible(c: Cohort, i: number, j: number): boolean {
  if (!c.minor[i] && !c.minor[j]) return true;
  if (!c.rules.allowMixedAges && c.minor[i] !== c.minor[j]) return false;
  return Math.abs(c.age[i] - c.age[j]) <= c.rules.maxAgeGapWithMinor;
}

/** The first hard rule a pair breaks (in a fixed order), or null when it may be grouped. */
export function pairBarrier(
  c: Cohort,
  i: number,
  j: number,
  opts: PairCheckOptions,
): PairBarrier | null {
  if (i === j) return 'SAME_COMMUNITY';
  if (
    !opts.ignoreCommunity &&
    c.rules.differentCommunities &&
    c.comm[i] === c.comm[j]
  ) {
    return 'SAME_COMMUNITY';
  }
  if (!c.rules.allowInterpreter && !sharesLanguage(c, i, j))
    return 'NO_SHARED_LANGUAGE';
  if (!ageCompatible(c, i, j)) return 'AGE_RULE';
  if (isBlocked(c, i, j)) return 'BLOCKED';
  if (!opts.allowRepeats && c.rules.avoidRepeats && isRepeat(c, i, j))
    return 'REPEAT';
  return null;
}

/** Bitmask words of the languages every member speaks at the minimum level. */
export function commonLanguages(
  c: Cohort,
  members: readonly number[],
): Uint32Array {
  const out = new Uint32Array(c.lw).fill(0xffffffff);
  for (const m of members)
    for (let w = 0; w < c.lw; w++) out[w] &= c.langOk[m * c.lw + w];
  return out;
}

/** The language all members speak best (highest lowest level, then code order), or null. */
export function bestCommonLanguage(
  c: Cohort,
  members: readonly number[],
): string | null {
  const mask = commonLanguages(c, members);
  const L = c.languages.length;
  let best = -1;
  let bestLevel = 0;
  for (let k = 0; k < L; k++) {
    if ((mask[k >>> 5] & (1 << (k & 31))) === 0) continue;
    let lvl = 3;
    for (const m of members) lvl = Math.min(lvl, c.langLevel[m * L + k]);
    if (lvl > bestLevel) {
      bestLevel = lvl;
      best = k;
    }
  }
  return best < 0 ? null : c.languages[best];
}

// ------------------------------------------------------------------ soft score

export interface ScorePart {
  rule: 'interests' | 'availability' | 'language' | 'place' | 'feedback';
  points: number;
}

/** Place points of a pair, or -1 when the distance is unknown. */
function nearSteps(c: Cohort, i: number, j: number): number {
  const P = c.cosT.length - 1;
  if (c.hasLoc[i] && c.hasLoc[j]) {
    const l = c.loc;
    const dot =
      l[3 * i] * l[3 * j] +
      l[3 * i + 1] * l[3 * j + 1] +
      l[3 * i + 2] * l[3 * j + 2];
    let t = 1;
    while (t <= P && !(dot > c.cosT[t])) t++;
    return P - t + 1;
  }
  if (c.place[i] >= 0 && c.place[i] === c.place[j]) return P;
  return -1;
}

/** Distance in km between two participants with known coordinates, else null. */
export function distanceKm(c: Cohort, i: number, j: number): number | null {
  if (!(c.hasLoc[i] && c.hasLoc[j]))
    return c.place[i] >= 0 && c.place[i] === c.place[j] ? 0 : null;
  const l = c.loc;
  const dot =
    l[3 * i] * l[3 * j] +
    l[3 * i + 1] * l[3 * j + 1] +
    l[3 * i + 2] * l[3 * j + 2];
  return EARTH_RADIUS_KM * Math.acos(Math.max(-1, Math.min(1, dot)));
}

export function sharedInterestCount(c: Cohort, i: number, j: number): number {
  let s = 0;
  for (let w = 0; w < c.iw; w++)
    s += popcount(c.interestBits[i * c.iw + w] & c.interestBits[j * c.iw + w]);
  return s;
}

export function sharedSlotCount(c: Cohort, i: number, j: number): number {
  let s = 0;
  for (let w = 0; w < c.sw; w++)
    s += popcount(c.slotBits[i * c.sw + w] & c.slotBits[j * c.sw + w]);
  return s;
}

/** Highest level (1–3) at which both speak one language that counts, or 0. */
export function bestSharedLevel(c: Cohort, i: number, j: number): number {
  const L = c.languages.length;
  let best = 0;
  for (let w = 0; w < c.lw; w++) {
    let m = c.langOk[i * c.lw + w] & c.langOk[j * c.lw + w];
    while (m !== 0) {
      const k = w * 32 + (31 - Math.clz32(m & -m));
      const a = c.langLevel[i * L + k];
      const b = c.langLevel[j * L + k];
      const lvl = a < b ? a : b;
      if (lvl > best) best = lvl;
      m &= m - 1;
    }
  }
  return best;
}

function levelPoints(c: Cohort, level: number): number {
  const w = c.rules.weights;
  return level >= 3
    ? w.languageFluent
    : level === 2
      ? w.languageConversational
      : 0;
}

/** The score parts of a pair (each an integer ≥ 0), in a fixed order. */
export function scoreParts(c: Cohort, i: number, j: number): ScorePart[] {
  const w = c.rules.weights;
  const parts: ScorePart[] = [];
  parts.push({
    rule: 'interests',
    points:
      w.interest * Math.min(w.maxSharedInterests, sharedInterestCount(c, i, j)),
  });
  parts.push({
    rule: 'availability',
    points:
      w.availability * Math.min(w.maxSharedSlots, sharedSlotCount(c, i, j)),
  });
  parts.push({
    rule: 'language',
    points: levelPoints(c, bestSharedLevel(c, i, j)),
  });
  const steps = c.rules.placePreference === 'none' ? -1 : nearSteps(c, i, j);
  const P = c.cosT.length - 1;
  parts.push({
    rule: 'place',
    points:
      steps < 0 ? 0 : c.rules.placePreference === 'near' ? steps : P - steps,
  });
  const praised = inSorted(c.posList, c.posStart[i], c.posStart[i + 1], j);
  parts.push({ rule: 'feedback', points: praised ? w.feedback : 0 });
  return parts;
}

/** The pair score (sum of {@link scoreParts}), computed without allocating. */
export function pairScore(c: Cohort, i: number, j: number): number {
  const w = c.rules.weights;
  let s =
    w.interest * Math.min(w.maxSharedInterests, sharedInterestCount(c, i, j)) +
    w.availability * Math.min(w.maxSharedSlots, sharedSlotCount(c, i, j)) +
    levelPoints(c, bestSharedLevel(c, i, j));
  if (c.rules.placePreference !== 'none') {
    const steps = nearSteps(c, i, j);
    if (steps >= 0)
      s +=
        c.rules.placePreference === 'near' ? steps : c.cosT.length - 1 - steps;
  }
  if (inSorted(c.posList, c.posStart[i], c.posStart[i + 1], j)) s += w.feedback;
  return s;
}

// ------------------------------------------------------------------ the candidate graph

export interface CohortGraph extends EdgeSource {
  /** Vertex v of the graph is participant active[v]. */
  readonly active: Int32Array;
}

/**
 * All pairs of `active` participants that satisfy the hard rules (optionally allowing repeats),
 * weighted by their score, streamed in a fixed order.
 *
 * Participants are grouped into classes that the hard rules cannot tell apart (community, the
 * languages spoken at the minimum level with their levels, age with adults above every minor's
 * reach merged); which classes may meet and their language points are decided once per pair of
 * classes, so a pair that breaks a rule is never looked at one by one. Block, repeat and praise
 * lists are stamped per participant. Interest and slot overlaps are popcounts of bitsets and place
 * points come from a table over distinct locations. A unit test holds this stream equal to
 * {@link pairBarrier} and {@link pairScore} pair by pair.
 */
export function cohortGraph(
  c: Cohort,
  active: Int32Array,
  opts: PairCheckOptions,
): CohortGraph {
  const r = c.rules;
  const wts = r.weights;
  const na = active.length;
  const L = c.languages.length;
  const skipRepeats = r.avoidRepeats && !opts.allowRepeats;

  // Classes of participants the hard rules cannot tell apart.
  const ageCap = r.adultAge + r.maxAgeGapWithMinor;
  const classOf = new Int32Array(na);
  const classIds = new Map<string, number>();
  const reps: number[] = [];
  for (let a = 0; a < na; a++) {
    const i = active[a];
    let key = `${c.comm[i]}|${c.minor[i] ? c.age[i] : Math.min(c.age[i], ageCap)}|`;
    for (let w = 0; w < c.lw; w++) {
      let m = c.langOk[i * c.lw + w];
      while (m !== 0) {
        const k = w * 32 + (31 - Math.clz32(m & -m));
        key += `${k}:${c.langLevel[i * L + k]},`;
        m &= m - 1;
      }
    }
    let id = classIds.get(key);
    if (id === undefined) {
      id = reps.length;
      classIds.set(key, id);
      reps.push(i);
    }
    classOf[a] = id;
  }
  const C = reps.length;
  const members: number[][] = Array.from({ length: C }, () => []);
  for (let a = 0; a < na; a++) members[classOf[a]].push(a);
  const memberArr = members.map((m) => Int32Array.from(m));
  // Compatible classes (and their language points) for every class, in class order.
  const compat: Int32Array[] = [];
  const compatPts: Int32Array[] = [];
  for (let x = 0; x < C; x++) {
    const ids: number[] = [];
    const pts: number[] = [];
    for (let y = 0; y < C; y++) {
      const i = reps[x];
      const j = reps[y];
      if (x === y && r.differentCommunities && !opts.ignoreCommunity) continue;
      if (
        !opts.ignoreCommunity &&
        r.differentCommunities &&
        c.comm[i] === c.comm[j]
      )
        continue;
      if (!r.allowInterpreter && !sharesLanguage(c, i, j)) continue;
      if (!ageCompatible(c, i, j)) continue;
      ids.push(y);
      pts.push(levelPoints(c, bestSharedLevel(c, i, j)));
    }
    compat.push(Int32Array.from(ids));
    compatPts.push(Int32Array.from(pts));
  }

  // Place points between distinct locations (coordinates and place id decide them).
  const placeMode =
    r.placePreference === 'none' ? 0 : r.placePreference === 'near' ? 1 : 2;
  const P = c.cosT.length - 1;
  const locOf = new Int32Array(na).fill(-1);
  const locReps: number[] = [];
  if (placeMode !== 0) {
    const locIds = new Map<string, number>();
    for (let a = 0; a < na; a++) {
      const i = active[a];
      if (!c.hasLoc[i] && c.place[i] < 0) continue;
      const key = c.hasLoc[i]
        ? `${c.place[i]}|${c.loc[3 * i]}|${c.loc[3 * i + 1]}|${c.loc[3 * i + 2]}`
        : `${c.place[i]}`;
      let id = locIds.get(key);
      if (id === undefined) {
        id = locReps.length;
        locIds.set(key, id);
        locReps.push(i);
      }
      locOf[a] = id;
    }
  }
  const NL = locReps.length;
  const tabled = NL <= 2048;
  const placeTable = new Int8Array(tabled ? NL * NL : 0);
  if (tabled && placeMode !== 0) {
    for (let x = 0; x < NL; x++) {
      for (let y = x; y < NL; y++) {
        const steps = nearSteps(c, locReps[x], locReps[y]);
        const pts = steps < 0 ? 0 : placeMode === 1 ? steps : P - steps;
        placeTable[x * NL + y] = pts;
        placeTable[y * NL + x] = pts;
      }
    }
  }

  const { iw, sw, hasLoc, loc, place, cosT } = c;
  const { blockStart, blockList, prevStart, prevList, posStart, posList } = c;
  const wInt = wts.interest;
  const capInt = wts.maxSharedInterests;
  const wAv = wts.availability;
  const capAv = wts.maxSharedSlots;
  const fb = wts.feedback;
  // Row data by position in `active` (no indirection in the inner loop).
  const posOf = new Int32Array(c.n).fill(-1);
  for (let a = 0; a < na; a++) posOf[active[a]] = a;
  const interests = new Uint32Array(na * iw);
  const slotsBits = new Uint32Array(na * sw);
  for (let a = 0; a < na; a++) {
    const i = active[a];
    for (let w = 0; w < iw; w++)
      interests[a * iw + w] = c.interestBits[i * iw + w];
    for (let w = 0; w < sw; w++) slotsBits[a * sw + w] = c.slotBits[i * sw + w];
  }
  const oneWord = iw === 1 && sw === 1;
  // Per-position stamps, set while a row is streamed: blocked, repeat, praised.
  const mark = new Int32Array(na);
  const praised = new Int32Array(na);
  const ptr = new Int32Array(C);

  const rows: RowState = {
    na,
    active,
    classOf,
    compat,
    compatPts,
    memberArr,
    ptr,
    mark,
    praised,
    posOf,
    interests,
    slotsBits,
    iw,
    sw,
    oneWord,
    locOf,
    NL,
    tabled,
    placeTable,
    placeMode,
    P,
    cosT,
    hasLoc,
    loc,
    place,
    blockStart,
    blockList,
    prevStart,
    prevList,
    posStart,
    posList,
    skipRepeats,
    wInt,
    capInt,
    wAv,
    capAv,
    fb,
  };
  // Full passes (the candidate pass, each dual check) split their rows with helper threads.
  const helpers = helpersFor(na);
  const graph = helpers > 0 ? newGraphId() : 0;
  return {
    n: na,
    active,
    weightBound: { min: 0, max: c.maxPairScore },
    forEachEdge: (visit) => streamRows(rows, visit, null, 0, na),
    forEachRow: (visitRow) => streamRows(rows, null, visitRow, 0, na),
    selectCandidates: (lists) => {
      const select = (
        a: number,
        nbr: Int32Array,
        w: Float64Array,
        len: number,
      ) => lists.selectRow(a, nbr, w, len);
      // Every row costs about the same; the calling thread also gathers the parts, but the
      // helper starts cold (a new thread, its code not yet optimised): equal shares.
      const parts = onThreads<CandidatePart>(
        0.5,
        false,
        (lo, hi) => ({ kind: 'select', spec: lists.spec, lo, hi }),
        (lo, hi) => streamRows(rows, null, select, lo, hi),
      );
      for (const part of parts) lists.absorb(part);
    },
    forEachEdgeBelow: (bounds, offset2, visit) => {
      // Row a scans the pairs (a, b > a): rows cost less and less. The calling thread also
      // replays the helpers' pairs, so it takes less than an equal share.
      const parts = onThreads<Int32Array>(
        0.4,
        true,
        (lo, hi) => ({ kind: 'below', bounds, offset2, lo, hi }),
        (lo, hi) => streamBelow(rows, bounds, offset2, visit, lo, hi),
      );
      for (const e of parts)
        for (let i = 0; i < e.length; i += 3) visit(e[i], e[i + 1], e[i + 2]);
    },
  };

  /**
   * A full pass over rows 0..na−1: the calling thread runs `here` on its share (all of it without
   * helpers), each helper the task for its range; the helpers' results in row order.
   * `share`: the calling thread's share of the work with one helper (divided among more).
   */
  function onThreads<T>(
    share: number,
    triangle: boolean,
    task: (lo: number, hi: number) => RowTask,
    here: (lo: number, hi: number) => void,
  ): T[] {
    if (helpers === 0) {
      here(0, na);
      return [];
    }
    const cuts = splitRows(na, helpers + 1, share / helpers, triangle);
    const tasks: RowTask[] = [];
    for (let h = 0; h < helpers; h++)
      tasks.push(task(cuts[h + 1], cuts[h + 2]));
    return runOnHelpers(
      graph,
      rows,
      tasks,
      () => here(0, cuts[1]),
      (t) => runRowTask(rows, t as RowTask, []),
    ) as T[];
  }
}

/** A row range of a full pass, run by a helper thread (threads.ts, score-worker.ts). */
export type RowTask =
  | { kind: 'select'; spec: CandidateSpec; lo: number; hi: number }
  | {
      kind: 'below';
      bounds: LowerBounds;
      offset2: number;
      lo: number;
      hi: number;
    };

/**
 * Runs a helper's task on its copy of the stream: the candidate lists of rows lo..hi−1, or the
 * check's pairs of those rows as flat (a, b, score) triples. Buffers to move are added to
 * `transfer`.
 */
export function runRowTask(
  st: RowState,
  task: RowTask,
  transfer: ArrayBuffer[],
): CandidatePart | Int32Array {
  if (task.kind === 'select') {
    const lists = new CandidateLists(task.spec);
    streamRows(
      st,
      null,
      (a, nbr, w, len) => lists.selectRow(a, nbr, w, len),
      task.lo,
      task.hi,
    );
    const part = lists.part(task.lo, task.hi);
    for (const r of [part.pool, part.spread])
      if (r)
        for (const arr of [r.w, r.x, r.t, r.p, r.size, r.rootW, r.rootT])
          transfer.push(arr.buffer as ArrayBuffer);
    return part;
  }
  let out = new Int32Array(1 << 16);
  let len = 0;
  streamBelow(
    st,
    task.bounds,
    task.offset2,
    (a, b, w) => {
      if (len + 3 > out.length) {
        const bigger = new Int32Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      out[len++] = a;
      out[len++] = b;
      out[len++] = w;
    },
    task.lo,
    task.hi,
  );
  const edges = out.slice(0, len);
  transfer.push(edges.buffer);
  return edges;
}

/** The compiled stream: plain data only, so that a helper thread can hold a copy. */
export interface RowState {
  na: number;
  active: Int32Array;
  classOf: Int32Array;
  compat: Int32Array[];
  compatPts: Int32Array[];
  memberArr: Int32Array[];
  ptr: Int32Array;
  mark: Int32Array;
  praised: Int32Array;
  posOf: Int32Array;
  interests: Uint32Array;
  slotsBits: Uint32Array;
  iw: number;
  sw: number;
  oneWord: boolean;
  locOf: Int32Array;
  NL: number;
  tabled: boolean;
  placeTable: Int8Array;
  placeMode: number;
  P: number;
  cosT: Float64Array;
  hasLoc: Uint8Array;
  loc: Float64Array;
  place: Int32Array;
  blockStart: Int32Array;
  blockList: Int32Array;
  prevStart: Int32Array;
  prevList: Int32Array;
  posStart: Int32Array;
  posList: Int32Array;
  skipRepeats: boolean;
  wInt: number;
  capInt: number;
  wAv: number;
  capAv: number;
  fb: number;
}

/** The inner loops of {@link cohortGraph}, with every array in a local. */
function streamRows(
  st: RowState,
  visit: ((u: number, v: number, w: number) => void) | null,
  visitRow: RowVisitor | null,
  lo: number,
  hi: number,
): void {
  const {
    na,
    active,
    classOf,
    compat,
    compatPts,
    memberArr,
    ptr,
    mark,
    praised,
    posOf,
  } = st;
  const {
    interests,
    slotsBits,
    iw,
    sw,
    oneWord,
    locOf,
    NL,
    tabled,
    placeTable,
  } = st;
  const { placeMode, P, cosT, hasLoc, loc, place, skipRepeats } = st;
  const { blockStart, blockList, prevStart, prevList, posStart, posList } = st;
  const { wInt, capInt, wAv, capAv, fb } = st;
  ptr.fill(0);
  mark.fill(0);
  praised.fill(0);
  const rows = visitRow !== null;
  const rowN = rows ? new Int32Array(na) : new Int32Array(0);
  const rowW = rows ? new Float64Array(na) : new Float64Array(0);
  for (let a = lo; a < hi; a++) {
    let len = 0;
    const i = active[a];
    const stamp = a + 1;
    for (let q = blockStart[i]; q < blockStart[i + 1]; q++) {
      const b = posOf[blockList[q]];
      if (b >= 0) mark[b] = stamp;
    }
    if (skipRepeats) {
      for (let q = prevStart[i]; q < prevStart[i + 1]; q++) {
        const b = posOf[prevList[q]];
        if (b >= 0) mark[b] = stamp;
      }
    }
    for (let q = posStart[i]; q < posStart[i + 1]; q++) {
      const b = posOf[posList[q]];
      if (b >= 0) praised[b] = stamp;
    }
    const ia = interests[a * iw];
    const sa = slotsBits[a * sw];
    const li = locOf[a];
    const row = li * NL;
    const xi = loc[3 * i];
    const yi = loc[3 * i + 1];
    const zi = loc[3 * i + 2];
    const cls = compat[classOf[a]];
    const clsPts = compatPts[classOf[a]];
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      let start = 0;
      if (!rows) {
        start = ptr[y];
        while (start < mem.length && mem[start] <= a) start++;
        ptr[y] = start;
      }
      const base = clsPts[t];
      for (let q = start; q < mem.length; q++) {
        const b = mem[q];
        if (mark[b] === stamp || b === a) continue;
        let shared = 0;
        let slots = 0;
        if (oneWord) {
          let x = ia & interests[b];
          x = x - ((x >>> 1) & 0x55555555);
          x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
          shared = Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
          let z = sa & slotsBits[b];
          z = z - ((z >>> 1) & 0x55555555);
          z = (z & 0x33333333) + ((z >>> 2) & 0x33333333);
          slots = Math.imul((z + (z >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
        } else {
          for (let w = 0; w < iw; w++)
            shared += popcount(interests[a * iw + w] & interests[b * iw + w]);
          for (let w = 0; w < sw; w++)
            slots += popcount(slotsBits[a * sw + w] & slotsBits[b * sw + w]);
        }
        let s =
          base +
          wInt * (shared < capInt ? shared : capInt) +
          wAv * (slots < capAv ? slots : capAv);
        if (praised[b] === stamp) s += fb;
        if (li >= 0) {
          const lj = locOf[b];
          if (lj >= 0) {
            if (tabled) s += placeTable[row + lj];
            else {
              const j = active[b];
              let steps = -1;
              if (hasLoc[i] && hasLoc[j]) {
                const dot =
                  xi * loc[3 * j] + yi * loc[3 * j + 1] + zi * loc[3 * j + 2];
                let u = 1;
                while (u <= P && !(dot > cosT[u])) u++;
                steps = P - u + 1;
              } else if (place[i] >= 0 && place[i] === place[j]) steps = P;
              if (steps >= 0) s += placeMode === 1 ? steps : P - steps;
            }
          }
        }
        if (rows) {
          rowN[len] = b;
          rowW[len] = s;
          len++;
        } else visit!(a, b, s);
      }
    }
    if (rows) visitRow!(a, rowN, rowW, len);
  }
}

/** Marks the blocked (and, when repeats are skipped, earlier) partners and the praised ones of a. */
function stampRow(st: RowState, a: number, stamp: number): void {
  const { active, mark, praised, posOf, skipRepeats } = st;
  const { blockStart, blockList, prevStart, prevList, posStart, posList } = st;
  const i = active[a];
  for (let q = blockStart[i]; q < blockStart[i + 1]; q++) {
    const b = posOf[blockList[q]];
    if (b >= 0) mark[b] = stamp;
  }
  if (skipRepeats) {
    for (let q = prevStart[i]; q < prevStart[i + 1]; q++) {
      const b = posOf[prevList[q]];
      if (b >= 0) mark[b] = stamp;
    }
  }
  for (let q = posStart[i]; q < posStart[i + 1]; q++) {
    const b = posOf[posList[q]];
    if (b >= 0) praised[b] = stamp;
  }
}

/** Place points of positions a and b (a's location known: li ≥ 0). */
function placePoints(st: RowState, a: number, b: number, li: number): number {
  const lj = st.locOf[b];
  if (lj < 0) return 0;
  if (st.tabled) return st.placeTable[li * st.NL + lj];
  const { loc, hasLoc, place, cosT, P } = st;
  const i = st.active[a];
  const j = st.active[b];
  let steps = -1;
  if (hasLoc[i] && hasLoc[j]) {
    const dot =
      loc[3 * i] * loc[3 * j] +
      loc[3 * i + 1] * loc[3 * j + 1] +
      loc[3 * i + 2] * loc[3 * j + 2];
    let u = 1;
    while (u <= P && !(dot > cosT[u])) u++;
    steps = P - u + 1;
  } else if (place[i] >= 0 && place[i] === place[j]) steps = P;
  return steps < 0 ? 0 : st.placeMode === 1 ? steps : P - steps;
}

/**
 * The dual check's stream: every pair (a < b) whose score s may satisfy
 * bound(a, b) < 2s + offset2, where bound(a, b) = lower[a] + lower[b] (+ 2z when both lie in the
 * same group), each once. Two cheap upper bounds on s are tested before a pair is scored: one from
 * a's side (the class pair's language points, a's own interest and slot counts capped, the best
 * place points a can get, the feedback bonus when a praised anyone) and the same from b's side.
 * Only pairs that pass both are scored; most pairs cost two comparisons.
 */
function streamBelow(
  st: RowState,
  bounds: LowerBounds,
  offset2: number,
  visit: (u: number, v: number, w: number) => void,
  lo: number,
  hi: number,
): void {
  const { na, classOf, compat, compatPts, memberArr, ptr, mark, praised } = st;
  const { interests, slotsBits, iw, sw, oneWord } = st;
  const { locOf, NL, tabled, placeTable } = st;
  const { wInt, capInt, wAv, capAv, fb, P, placeMode, posStart, active } = st;
  const { lower, group, z } = bounds;
  const group2 = bounds.group2 ?? new Int32Array(na).fill(-1);
  const z2 = bounds.z2 ?? new Float64Array(na);
  ptr.fill(0);
  mark.fill(0);
  praised.fill(0);
  // Best place points per location.
  const placeMax = new Int32Array(Math.max(1, NL));
  if (placeMode !== 0) {
    for (let l = 0; l < NL; l++) {
      let best = 0;
      if (tabled) {
        for (let m = 0; m < NL; m++)
          if (placeTable[l * NL + m] > best) best = placeTable[l * NL + m];
      } else best = P;
      placeMax[l] = best;
    }
  }
  // own[a]: a's score with anyone, language points aside, is at most this.
  const own = new Float64Array(na);
  for (let a = 0; a < na; a++) {
    let ints = 0;
    let slots = 0;
    for (let w = 0; w < iw; w++) ints += popcount(interests[a * iw + w]);
    for (let w = 0; w < sw; w++) slots += popcount(slotsBits[a * sw + w]);
    let o =
      wInt * (ints < capInt ? ints : capInt) +
      wAv * (slots < capAv ? slots : capAv);
    if (locOf[a] >= 0) o += placeMax[locOf[a]];
    const i = active[a];
    if (posStart[i + 1] > posStart[i]) o += fb;
    own[a] = o;
  }
  // keyB[b] = lower[b] − 2·own[b]: the pair may qualify only if keyB[b] + lower[a] (+ 2z) <
  // 2·(language points) + offset2.
  const keyB = new Float64Array(na);
  for (let b = 0; b < na; b++) keyB[b] = lower[b] - 2 * own[b];
  for (let a = lo; a < hi; a++) {
    const ga = group[a];
    const la = lower[a];
    const za = ga >= 0 ? 2 * z[a] : 0;
    const g2a = group2[a];
    const z2a = g2a >= 0 ? 2 * z2[a] : 0;
    const ownA2 = 2 * own[a];
    const li = locOf[a];
    const rowL = li * NL;
    const ia = interests[a * iw];
    const sa = slotsBits[a * sw];
    const cls = compat[classOf[a]];
    const clsPts = compatPts[classOf[a]];
    const stamp = a + 1;
    stampRow(st, a, stamp);
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      let start = ptr[y];
      while (start < mem.length && mem[start] <= a) start++;
      ptr[y] = start;
      const base2 = 2 * clsPts[t] + offset2;
      const limitA = base2 + ownA2 - la;
      const limitB = base2 - la;
      for (let q = start; q < mem.length; q++) {
        const b = mem[q];
        let lb = lower[b];
        if (ga >= 0 && group[b] === ga) {
          lb += za;
          if (g2a >= 0 && group2[b] === g2a) lb += z2a;
        }
        if (lb >= limitA) continue;
        if (keyB[b] + (lb - lower[b]) >= limitB) continue;
        if (mark[b] === stamp) continue;
        let shared = 0;
        let sl = 0;
        if (oneWord) {
          shared = popcount(ia & interests[b]);
          sl = popcount(sa & slotsBits[b]);
        } else {
          for (let w = 0; w < iw; w++)
            shared += popcount(interests[a * iw + w] & interests[b * iw + w]);
          for (let w = 0; w < sw; w++)
            sl += popcount(slotsBits[a * sw + w] & slotsBits[b * sw + w]);
        }
        let s =
          clsPts[t] +
          wInt * (shared < capInt ? shared : capInt) +
          wAv * (sl < capAv ? sl : capAv);
        if (praised[b] === stamp) s += fb;
        if (li >= 0) {
          if (tabled) {
            const lj = locOf[b];
            if (lj >= 0) s += placeTable[rowL + lj];
          } else s += placePoints(st, a, b, li);
        }
        if (la + lb < 2 * s + offset2) visit(a, b, s);
      }
    }
  }
}
