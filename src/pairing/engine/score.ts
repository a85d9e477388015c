/**
 * A cohort compiled into typed arrays (communities, ages, language/interest/slot bitsets, unit
 * vectors for places, sorted block/repeat lists), the hard rules for a pair, the integer soft score
 * and the candidate graph as an {@link EdgeSource} whose pairs are scored once into a compact table
 * (pair-table.ts): only pairs of compatible classes get an entry, one byte each for the default
 * weights (a cohort of 20,000: about 60 million pairs, 60 MB).
 */
import {
  CandidateLists,
  TopK,
  type CheckCounts,
  type EdgeSource,
  type DualState,
} from './matching.js';
import {
  checkFromTable,
  edgesFromTable,
  fillRows,
  newScores,
  pairTable,
  poolThresholds,
  newHistogram,
  type Histogram,
  rowChunks,
  scoresOn,
  selectFromTable,
  claimRuns,
  rowRuns,
  type RowRuns,
  tableShape,
  type ScoreArray,
  type TableShape,
} from './pair-table.js';
import {
  WEEK_SLOTS,
  type ParsedInput,
  type ParticipantInput,
  type PairingRules,
} from './rules.js';
import { helpersFor, newGraphId, runOnHelpers } from './threads.js';

export const LEVEL_VALUE = { basic: 1, conversational: 2, fluent: 3 } as const;
const EARTH_RADIUS_KM = 6371;
/**
 * Runs of rows per thread in a pass over the table (see {@link claimRuns}): enough that the
 * threads finish within a run of each other (~30 ms at 20,000 people), few enough that claiming
 * and restarting a row walk cost nothing.
 */
const RUNS_PER_THREAD = 16;

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
 * weighted by their score, visited in a fixed order (row a, a's compatible classes, their members
 * after a).
 *
 * Participants are grouped into classes that the hard rules cannot tell apart (community, the
 * languages spoken at the minimum level with their levels, age with adults above every minor's
 * reach merged); which classes may meet and their language points are decided once per pair of
 * classes, so a pair that breaks a rule is never looked at one by one. Block, repeat and praise
 * lists are stamped per participant. Interest and slot overlaps are popcounts of bitsets and place
 * points come from a table over distinct locations. Unit tests hold the edges equal to
 * {@link pairBarrier} and {@link pairScore} pair by pair, and the table's chunked and threaded
 * passes equal to the whole table's.
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
  const posOf = new Int32Array(c.n).fill(-1);
  for (let a = 0; a < na; a++) posOf[active[a]] = a;
  // Per-person data the table's inner loops read is kept in class order: class y's members take
  // slots classAt[y], classAt[y] + 1, …, so a row walks each class's data at consecutive slots
  // instead of gathering it by position.
  const classAt = new Int32Array(C);
  const slot = new Int32Array(na);
  for (let y = 0, o = 0; y < C; y++) {
    classAt[y] = o;
    for (const b of memberArr[y]) slot[b] = o++;
  }
  const interests = new Uint32Array(na * iw);
  const slotsBits = new Uint32Array(na * sw);
  const locAt = new Int32Array(na);
  for (let a = 0; a < na; a++) {
    const i = active[a];
    const k = slot[a];
    for (let w = 0; w < iw; w++)
      interests[k * iw + w] = c.interestBits[i * iw + w];
    for (let w = 0; w < sw; w++) slotsBits[k * sw + w] = c.slotBits[i * sw + w];
    locAt[k] = locOf[a];
  }
  const oneWord = iw === 1 && sw === 1;
  // Per-slot stamps, set while a row is scored: blocked, repeat, praised.
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
    classAt,
    slot,
    ptr,
    mark,
    praised,
    posOf,
    interests,
    slotsBits,
    iw,
    sw,
    oneWord,
    locAt,
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
  // Every pair's score is computed once, into a table, on several threads when the cohort is
  // large; the candidate pass and every dual check read it (pair-table.ts).
  const helpers = helpersFor(na);
  const graph = helpers > 0 ? newGraphId() : 0;
  const shape = tableShape(rows, c.maxPairScore);
  // What a helper holds: the rows and the table's shape (sent with its first task).
  const state: TableState = { rows, shape };
  const pairs = shape.rowOff[na];
  const whole = pairs * shape.width <= pairTable.maxBytes;
  const chunks = whole
    ? []
    : rowChunks(
        shape.rowOff,
        Math.max(1, Math.floor(pairTable.maxBytes / shape.width)),
      );
  let table: ScoreArray | null = null;
  let hist: Histogram | null = null;
  let edgeCount = 0;

  /**
   * The scores of rows r0..r1−1, on all threads; with `into`, their edges are counted (edgeCount)
   * and, when the shape has buckets, their scores into `into.hist`.
   */
  function score(
    r0: number,
    r1: number,
    into: { hist: Histogram | null } | null,
  ): ScoreArray {
    const { rowOff, blocked } = shape;
    const out = newScores(shape, rowOff[r1] - rowOff[r0], helpers > 0);
    const counts = into?.hist ?? null;
    const buckets = counts === null ? 0 : shape.buckets;
    let edges = 0;
    const parts = onThreads<FillResult>(
      out,
      r0,
      r1,
      (lo, hi) => {
        const at = rowOff[lo] - rowOff[r0];
        edges += fillRows(rows, lo, hi, out, at, blocked, counts, buckets);
      },
      (part) => ({ kind: 'fill', ...part, buckets }),
    );
    for (const part of parts) {
      edges += part.edges;
      // Saturating sums (Uint8ClampedArray stores clamp at 255).
      if (counts !== null && part.hist !== null)
        for (let i = 0; i < counts.length; i++) counts[i] += part.hist[i];
    }
    if (into !== null) edgeCount += edges;
    return out;
  }

  /** Runs `each` over the table, whole or (too large to keep) in chunks scored afresh. */
  function overTable(
    each: (out: ScoreArray, r0: number, r1: number) => void,
  ): void {
    if (whole) {
      if (table === null) {
        hist = newHistogram(na, shape.buckets);
        table = score(0, na, { hist });
      }
      each(table, 0, na);
      return;
    }
    for (const [r0, r1] of chunks) each(score(r0, r1, null), r0, r1);
  }

  /**
   * A pass over rows r0..r1−1 of `out` (a table or chunk starting at row r0) on this thread and
   * the helpers: each claims runs of rows (`here(lo, hi)` on this thread; `task` makes each
   * helper's task) until none is left, so the pass ends when the last run does, whichever thread
   * was slow. Returns the helpers' results; a helper that cannot run its task leaves its share to
   * this thread (threads.ts).
   */
  function onThreads<T>(
    out: ScoreArray,
    r0: number,
    r1: number,
    here: (lo: number, hi: number) => void,
    task: (part: ScanPart) => RowTask,
  ): T[] {
    if (helpers === 0) {
      here(r0, r1);
      return [];
    }
    const part: ScanPart = {
      buffer: out.buffer as SharedArrayBuffer,
      base: r0,
      runs: rowRuns(shape.rowOff, r0, r1, RUNS_PER_THREAD * (helpers + 1)),
    };
    const tasks = Array.from({ length: helpers }, () => task(part));
    return runOnHelpers(
      graph,
      state,
      tasks,
      () => claimRuns(part.runs, here),
      (t) => runRowTask(state, t as RowTask, []),
    ) as T[];
  }

  return {
    n: na,
    active,
    weightBound: { min: 0, max: c.maxPairScore },
    forEachEdge: (visit) =>
      overTable((out, r0, r1) =>
        edgesFromTable(rows, shape, out, r0, r1, visit),
      ),
    selectCandidates: (lists) => {
      const floor = lists.spec.maxCard ? 0 : 1;
      let counts: Histogram | null;
      if (whole) {
        overTable(() => undefined);
        counts = hist;
      } else {
        // Chunks: one scoring pass for the histogram, a second one to choose.
        counts = newHistogram(na, shape.buckets);
        edgeCount = 0;
        for (const [r0, r1] of chunks) score(r0, r1, { hist: counts });
      }
      const thr = poolThresholds(
        counts,
        na,
        shape.buckets,
        lists.spec.poolK,
        floor,
      );
      const { poolK, spreadK, maxCard } = lists.spec;
      overTable((out, r0, r1) => {
        // Each helper fills lists of its own from its rows; they are merged here (a vertex's list
        // keeps its best entries whatever the order they are offered in).
        const parts = onThreads<SelectResult>(
          out,
          r0,
          r1,
          (lo, hi) => selectFromTable(rows, shape, out, r0, lo, hi, thr, lists),
          (part) => ({ kind: 'select', ...part, thr, poolK, spreadK, maxCard }),
        );
        for (const part of parts) {
          mergeInto(lists.pool, part.pool, false);
          if (lists.spread !== null && part.spread !== null)
            mergeInto(lists.spread, part.spread, true);
        }
      });
      lists.kept = 2 * edgeCount;
    },
    checkDuals: (duals, base2, margin, maxCard, near) => {
      const counts: CheckCounts = { visited: 0, violating: 0 };
      overTable((out, r0, r1) => {
        // Each helper checks its rows into lists of its own, merged here.
        const parts = onThreads<CheckResult>(
          out,
          r0,
          r1,
          (lo, hi) =>
            checkFromTable(
              rows,
              shape,
              out,
              r0,
              lo,
              hi,
              duals,
              base2,
              margin,
              maxCard,
              near,
              counts,
            ),
          (part) => ({
            kind: 'check',
            ...part,
            duals,
            base2,
            margin,
            maxCard,
            k: near.k,
          }),
        );
        for (const part of parts) {
          counts.visited += part.visited;
          counts.violating += part.violating;
          mergeInto(near, part.near, false);
        }
      });
      return counts;
    },
  };
}

/** A helper's share of scoring the table (see {@link fillRows}). */
export interface FillTask extends ScanPart {
  kind: 'fill';
  /** Histogram buckets per vertex (0: none). */
  buckets: number;
}

export interface FillResult {
  edges: number;
  hist: Histogram | null;
}

export type RowTask = FillTask | SelectTask | CheckTask;

/** The runs of rows of the table or chunk in `buffer` (whose first entry is pair rowOff[base]). */
export interface ScanPart {
  buffer: SharedArrayBuffer;
  base: number;
  runs: RowRuns;
}

/** A helper's share of the candidate pass (see {@link selectFromTable}). */
export interface SelectTask extends ScanPart {
  kind: 'select';
  thr: Int32Array;
  poolK: number;
  spreadK: number;
  maxCard: boolean;
}

/** A helper's share of a dual check (see {@link checkFromTable}). */
export interface CheckTask extends ScanPart {
  kind: 'check';
  duals: DualState;
  base2: number;
  margin: number;
  maxCard: boolean;
  /** Entries kept per vertex. */
  k: number;
}

/** A {@link TopK}'s lists as plain arrays, to cross threads. */
export interface TopKArrays {
  k: number;
  w: Float64Array;
  x: Int32Array;
  p: Float64Array;
  size: Int32Array;
}

export interface SelectResult {
  pool: TopKArrays;
  spread: TopKArrays | null;
}

export interface CheckResult extends CheckCounts {
  near: TopKArrays;
}

function topKArrays(list: TopK, transfer: ArrayBuffer[]): TopKArrays {
  const { k, w, x, p, size } = list;
  for (const a of [w, x, p, size]) transfer.push(a.buffer as ArrayBuffer);
  return { k, w, x, p, size };
}

/**
 * Offers every entry of a helper's lists to `into` (`spread`: entries ranked by pair hash alone,
 * the weight rides as payload).
 */
function mergeInto(into: TopK, from: TopKArrays, spread: boolean): void {
  const { k, w, x, p, size } = from;
  for (let v = 0; v < size.length; v++) {
    const o = v * k;
    for (let i = 0; i < size[v]; i++) {
      if (spread) into.offer(v, x[o + i], 0, p[o + i]);
      else into.offer(v, x[o + i], w[o + i], p[o + i]);
    }
  }
}

/** The cohort graph as a helper thread holds it: its compiled rows and its table's shape. */
export interface TableState {
  rows: RowState;
  shape: TableShape;
}

/**
 * Runs a helper's task on its copy of the state: a fill scores rows lo..hi−1 into the shared
 * table and returns the number of edges and, when asked, their score histogram; a select or check
 * returns the lists it filled. Result buffers are added to `transfer`.
 */
export function runRowTask(
  state: TableState,
  task: RowTask,
  transfer: ArrayBuffer[],
): FillResult | SelectResult | CheckResult {
  const { rows: st, shape } = state;
  const out = scoresOn(task.buffer, shape.width);
  if (task.kind === 'fill') {
    const hist = newHistogram(st.na, task.buckets);
    let edges = 0;
    claimRuns(task.runs, (lo, hi) => {
      const at = shape.rowOff[lo] - shape.rowOff[task.base];
      edges += fillRows(st, lo, hi, out, at, shape.blocked, hist, task.buckets);
    });
    if (hist !== null) transfer.push(hist.buffer);
    return { edges, hist };
  }
  if (task.kind === 'select') {
    const lists = new CandidateLists({
      n: st.na,
      poolK: task.poolK,
      spreadK: task.spreadK,
      maxCard: task.maxCard,
    });
    claimRuns(task.runs, (lo, hi) =>
      selectFromTable(st, shape, out, task.base, lo, hi, task.thr, lists),
    );
    return {
      pool: topKArrays(lists.pool, transfer),
      spread: lists.spread === null ? null : topKArrays(lists.spread, transfer),
    };
  }
  if (task.kind === 'check') {
    const near = new TopK(st.na, task.k);
    const counts: CheckCounts = { visited: 0, violating: 0 };
    claimRuns(task.runs, (lo, hi) =>
      checkFromTable(
        st,
        shape,
        out,
        task.base,
        lo,
        hi,
        task.duals,
        task.base2,
        task.margin,
        task.maxCard,
        near,
        counts,
      ),
    );
    return { ...counts, near: topKArrays(near, transfer) };
  }
  throw new Error(`unknown task ${String((task as { kind: unknown }).kind)}`);
}

/** The compiled rows: plain data only, so that a helper thread can hold a copy. */
export interface RowState {
  na: number;
  active: Int32Array;
  classOf: Int32Array;
  compat: Int32Array[];
  compatPts: Int32Array[];
  memberArr: Int32Array[];
  /** Class order: class y's members hold slots classAt[y]…, position a holds slot[a]. */
  classAt: Int32Array;
  slot: Int32Array;
  ptr: Int32Array;
  /** Stamps by slot. */
  mark: Int32Array;
  praised: Int32Array;
  posOf: Int32Array;
  /** Bits by slot (iw and sw words each). */
  interests: Uint32Array;
  slotsBits: Uint32Array;
  iw: number;
  sw: number;
  oneWord: boolean;
  /** Location id by slot (−1: none). */
  locAt: Int32Array;
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
