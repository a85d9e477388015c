/**
 * The cohort's pair scores, stored once: every pair (a, b > a) of compatible classes gets one
 * entry in row order (row a, then a's compatible classes in order, then their members after a),
 * holding the pair's score or BLOCKED for a pair a block or repeat rules out. A cohort of 20,000
 * has 60 million such pairs: 60 MB as bytes. Scoring a pair (two popcounts, a place lookup, the
 * block and praise stamps) costs several times more than reading its byte, and the engine passes
 * over all pairs four times or more (candidates, then each dual check), so the scores are
 * computed once, on several threads, and every later pass reads them.
 *
 * When the table would exceed {@link pairTable.maxBytes} (very large cohorts), the same code runs
 * on chunks of rows that are scored again for each pass.
 */
import type { CandidateLists, CheckCounts, DualState } from './matching.js';
import { pairTieKey, type TopK } from './matching.js';
import { commonBlossomZ } from './blossom.js';
import { popcount, type RowState } from './score.js';

export type ScoreArray = Uint8Array | Uint16Array | Int32Array;

/** Limits tests may change. */
export const pairTable = { maxBytes: 384 * 2 ** 20 };

/** The layout of a cohort's table. */
export interface TableShape {
  /** rowOff[a]: index of row a's first pair; rowOff[na]: number of pairs. */
  rowOff: Float64Array;
  /** Bytes per entry. */
  width: 1 | 2 | 4;
  /** The entry of a pair that is not an edge (above every score). */
  blocked: number;
  /** Score histogram buckets per vertex (scores 0…buckets−1), or 0: no histogram. */
  buckets: number;
}

export function tableShape(st: RowState, maxScore: number): TableShape {
  const { na, classOf, compat, memberArr, ptr } = st;
  const rowOff = new Float64Array(na + 1);
  ptr.fill(0);
  for (let a = 0; a < na; a++) {
    let total = 0;
    const cls = compat[classOf[a]];
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      const start = firstAfter(ptr, y, mem, a);
      total += mem.length - start;
    }
    rowOff[a + 1] = rowOff[a] + total;
  }
  const width = maxScore < 255 ? 1 : maxScore < 65535 ? 2 : 4;
  return {
    rowOff,
    width,
    blocked: width === 1 ? 255 : width === 2 ? 65535 : 0x7fffffff,
    buckets: width === 1 ? maxScore + 1 : 0,
  };
}

/**
 * Per-vertex score counts (na × buckets). They saturate at {@link HIST_CAP}: a threshold only needs
 * to know whether a bucket reaches the room left in a pool, and one byte a count keeps the
 * histogram in cache (every pair updates its far end's counts in a random order).
 */
export type Histogram = Uint8ClampedArray<ArrayBuffer>;
const HIST_CAP = 255;

export function newHistogram(na: number, buckets: number): Histogram | null {
  return buckets > 0 ? new Uint8ClampedArray(na * buckets) : null;
}

/** A score array of `count` entries (on shared memory when helper threads fill it). */
export function newScores(
  shape: TableShape,
  count: number,
  shared: boolean,
): ScoreArray {
  const bytes = count * shape.width;
  const buf = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return scoresOn(buf, shape.width);
}

export function scoresOn(buf: ArrayBufferLike, width: 1 | 2 | 4): ScoreArray {
  return width === 1
    ? new Uint8Array(buf)
    : width === 2
      ? new Uint16Array(buf)
      : new Int32Array(buf);
}

/**
 * Scores the pairs of rows lo..hi−1 into out[at…] (row lo's first pair at `at`). With `hist`
 * (na × buckets, by slot: see {@link RowState.classAt}), each edge's score is counted at both
 * ends. Returns the number of edges (entries not BLOCKED).
 */
export function fillRows(
  st: RowState,
  lo: number,
  hi: number,
  out: ScoreArray,
  at: number,
  blocked: number,
  hist: Histogram | null,
  buckets: number,
): number {
  const { active, classOf, compat, compatPts, memberArr, classAt, slot } = st;
  const { ptr, mark, praised, posOf } = st;
  const { interests, slotsBits, iw, sw, oneWord, locAt, NL, tabled } = st;
  const { placeTable, placeMode, P, cosT, hasLoc, loc, place } = st;
  const { blockStart, blockList, prevStart, prevList, posStart, posList } = st;
  const { wInt, capInt, wAv, capAv, fb, skipRepeats } = st;
  ptr.fill(0);
  mark.fill(0);
  praised.fill(0);
  let o = at;
  let edges = 0;
  const counting = hist !== null;
  // The row's own counts, spread over four copies (by slot) so that runs of equal scores do not
  // wait on each other's increments; added to the histogram once per row.
  const own = new Int32Array(4 * buckets);
  for (let a = lo; a < hi; a++) {
    const i = active[a];
    const stamp = a + 1;
    for (let q = blockStart[i]; q < blockStart[i + 1]; q++) {
      const b = posOf[blockList[q]];
      if (b >= 0) mark[slot[b]] = stamp;
    }
    if (skipRepeats) {
      for (let q = prevStart[i]; q < prevStart[i + 1]; q++) {
        const b = posOf[prevList[q]];
        if (b >= 0) mark[slot[b]] = stamp;
      }
    }
    for (let q = posStart[i]; q < posStart[i + 1]; q++) {
      const b = posOf[posList[q]];
      if (b >= 0) praised[slot[b]] = stamp;
    }
    const ka = slot[a];
    const ia = interests[ka * iw];
    const sa = slotsBits[ka * sw];
    const li = locAt[ka];
    const row = li * NL;
    const xi = loc[3 * i];
    const yi = loc[3 * i + 1];
    const zi = loc[3 * i + 2];
    const cls = compat[classOf[a]];
    const clsPts = compatPts[classOf[a]];
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      const start = firstAfter(ptr, y, mem, a);
      const base = clsPts[t];
      const cy = classAt[y];
      for (let q = start; q < mem.length; q++) {
        const k = cy + q;
        if (mark[k] === stamp) {
          out[o++] = blocked;
          continue;
        }
        let shared = 0;
        let slots = 0;
        if (oneWord) {
          let x = ia & interests[k];
          x = x - ((x >>> 1) & 0x55555555);
          x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
          shared = Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
          let z = sa & slotsBits[k];
          z = z - ((z >>> 1) & 0x55555555);
          z = (z & 0x33333333) + ((z >>> 2) & 0x33333333);
          slots = Math.imul((z + (z >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
        } else {
          for (let w = 0; w < iw; w++)
            shared += popcount(interests[ka * iw + w] & interests[k * iw + w]);
          for (let w = 0; w < sw; w++)
            slots += popcount(slotsBits[ka * sw + w] & slotsBits[k * sw + w]);
        }
        let s =
          base +
          wInt * (shared < capInt ? shared : capInt) +
          wAv * (slots < capAv ? slots : capAv);
        if (praised[k] === stamp) s += fb;
        if (li >= 0) {
          const lj = locAt[k];
          if (lj >= 0) {
            if (tabled) s += placeTable[row + lj];
            else {
              const j = active[mem[q]];
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
        out[o++] = s;
        edges++;
        if (counting) {
          own[(k & 3) * buckets + s]++;
          hist[k * buckets + s]++;
        }
      }
    }
    if (counting) {
      const ha = ka * buckets;
      for (let s = 0; s < buckets; s++) {
        const n =
          own[s] +
          own[buckets + s] +
          own[2 * buckets + s] +
          own[3 * buckets + s];
        if (n !== 0) hist[ha + s] += n;
      }
      own.fill(0);
    }
  }
  return edges;
}

/**
 * The lowest score that can still enter each vertex's pool of `poolK` heaviest edges (scores at it
 * compete by tie key), from the score histogram (one threshold per histogram row: by slot for the
 * table's); `floor` when every edge may (no histogram, or pools too large for its saturating
 * counts).
 */
export function poolThresholds(
  hist: Histogram | null,
  na: number,
  buckets: number,
  poolK: number,
  floor: number,
): Int32Array {
  const thr = new Int32Array(na).fill(floor);
  // A saturated count only says "at least HIST_CAP", which decides the walk below while need < it.
  if (hist === null || poolK >= HIST_CAP) return thr;
  for (let v = 0; v < na; v++) {
    const o = v * buckets;
    let need = poolK;
    let t = buckets - 1;
    while (t > floor && hist[o + t] < need) need -= hist[o + t--];
    thr[v] = t;
  }
  return thr;
}

/**
 * The candidate lists from rows lo..hi−1 of the table (`out[0]` holds pair rowOff[base]): each
 * edge is offered to the pool of an end whose threshold (`thr`, by slot) it reaches, so the pools
 * end up as if every edge had been offered (each vertex keeps its poolK heaviest, ties by pair
 * hash). Each row also offers `spreadK` pseudo-random entries of its own (evenly spaced from a
 * hashed offset) to the spread lists of both ends.
 */
export function selectFromTable(
  st: RowState,
  shape: TableShape,
  out: ScoreArray,
  base: number,
  lo: number,
  hi: number,
  thr: Int32Array,
  lists: CandidateLists,
): void {
  const { classOf, compat, memberArr, ptr } = st;
  const { rowOff, blocked } = shape;
  const { pool, spread } = lists;
  const spreadK = spread === null ? 0 : spread.k;
  const maxCard = lists.spec.maxCard;
  const { classAt, slot } = st;
  const picks: number[] = [];
  const from = rowOff[base];
  ptr.fill(0);
  for (let a = lo; a < hi; a++) {
    const ta = thr[slot[a]];
    const row = rowOff[a] - from;
    const len = rowOff[a + 1] - rowOff[a];
    picks.length = 0;
    if (spreadK > 0 && len > 0) {
      const off = pairTieKey(a, len) % len;
      const step = Math.max(1, Math.floor(len / spreadK));
      for (
        let t = 0, p = off;
        t < spreadK && t < len;
        t++, p = (p + step) % len
      )
        picks.push(p);
      picks.sort((x, y) => x - y);
    }
    let next = 0;
    let o = row;
    const cls = compat[classOf[a]];
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      const start = firstAfter(ptr, y, mem, a);
      const cy = classAt[y];
      for (let q = start; q < mem.length; q++, o++) {
        const s = out[o];
        if (s === blocked) continue;
        if (s >= ta) pool.offer(a, mem[q], s);
        if (s >= thr[cy + q]) pool.offer(mem[q], a, s);
      }
      // The spread picks in this class's segment.
      while (next < picks.length && row + picks[next] < o) {
        const at = row + picks[next++];
        const s = out[at];
        if (s === blocked) continue;
        const b = mem[mem.length - (o - at)];
        if (!maxCard && s <= 0) continue;
        spread!.offer(a, b, 0, s);
        spread!.offer(b, a, 0, s);
      }
    }
  }
}

/**
 * The dual check over rows lo..hi−1 of the table (`out[0]` holds pair rowOff[base]; see
 * {@link EdgeSource.checkDuals}): each edge with rc = 2 × its reduced cost − base2 below `margin`
 * is offered to `near` at both ends and counted in `counts`. A pair is first tested on its vertex duals alone (in class
 * order: a class's bounds in member order, read alongside its scores); only pairs inside one
 * blossom need the blossom forest.
 */
export function checkFromTable(
  st: RowState,
  shape: TableShape,
  out: ScoreArray,
  base: number,
  lo: number,
  hi: number,
  duals: DualState,
  base2: number,
  margin: number,
  maxCard: boolean,
  near: TopK,
  counts: CheckCounts,
): void {
  const { classOf, compat, memberArr, ptr } = st;
  const { rowOff, blocked } = shape;
  const { lower, group, z, group2, z2, blossoms } = duals;
  const { classAt } = st;
  const { lowerC, groupC, group2C } = dualsBySlot(st, duals);
  const from = rowOff[base];
  ptr.fill(0);
  for (let a = lo; a < hi; a++) {
    const la = lower[a];
    const ga = group[a];
    const za = ga >= 0 ? 2 * z[a] : 0;
    const g2a = group2[a];
    const z2a = g2a >= 0 ? 2 * z2[a] : 0;
    let o = rowOff[a] - from;
    const cls = compat[classOf[a]];
    const need = base2 + margin - la;
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      const start = firstAfter(ptr, y, mem, a);
      const cy = classAt[y];
      for (let q = start; q < mem.length; q++, o++) {
        const s = out[o];
        const k = cy + q;
        const lb = lowerC[k];
        if (lb >= s + s + need || s === blocked) continue;
        let rc = la + lb - 2 * s - base2;
        // As the solver's reducedCost2: blossom duals only matter when the vertex duals fall short.
        // The top two blossoms' z (a lower bound of the sum) settle most pairs inside a blossom.
        if (rc < 0 && ga >= 0 && groupC[k] === ga) {
          let atLeast = rc + za;
          if (g2a >= 0 && group2C[k] === g2a) atLeast += z2a;
          if (atLeast >= margin) continue;
          rc += 2 * commonBlossomZ(blossoms, a, mem[q]);
        }
        if (rc >= margin) continue;
        counts.visited++;
        if (!maxCard && s <= 0) continue;
        if (rc < 0) counts.violating++;
        const b = mem[q];
        near.offer(a, b, -rc, s);
        near.offer(b, a, -rc, s);
      }
    }
  }
}

/** Every edge of rows r0..r1−1 of the table, in row order. */
export function edgesFromTable(
  st: RowState,
  shape: TableShape,
  out: ScoreArray,
  r0: number,
  r1: number,
  visit: (u: number, v: number, w: number) => void,
): void {
  const { classOf, compat, memberArr, ptr } = st;
  const { rowOff, blocked } = shape;
  const base = rowOff[r0];
  ptr.fill(0);
  for (let a = r0; a < r1; a++) {
    let o = rowOff[a] - base;
    const cls = compat[classOf[a]];
    for (let t = 0; t < cls.length; t++) {
      const y = cls[t];
      const mem = memberArr[y];
      const start = firstAfter(ptr, y, mem, a);
      for (let q = start; q < mem.length; q++, o++) {
        const s = out[o];
        if (s !== blocked) visit(a, mem[q], s);
      }
    }
  }
}

/** The index of class y's first member after row a; rows go in order, so ptr[y] only advances. */
function firstAfter(
  ptr: Int32Array,
  y: number,
  mem: Int32Array,
  a: number,
): number {
  let start = ptr[y];
  while (start < mem.length && mem[start] <= a) start++;
  ptr[y] = start;
  return start;
}

/** `per` (one value per position) copied in slot order (see {@link RowState.classAt}). */
function bySlot(st: RowState, per: ArrayLike<number>): Float64Array {
  const { slot, na } = st;
  const flat = new Float64Array(na);
  for (let a = 0; a < na; a++) flat[slot[a]] = per[a];
  return flat;
}

/** The duals a check reads per partner, in slot order: made once per check and thread. */
const slotDuals = new WeakMap<
  DualState,
  { lowerC: Float64Array; groupC: Float64Array; group2C: Float64Array }
>();

function dualsBySlot(
  st: RowState,
  duals: DualState,
): { lowerC: Float64Array; groupC: Float64Array; group2C: Float64Array } {
  let got = slotDuals.get(duals);
  if (got === undefined) {
    got = {
      lowerC: bySlot(st, duals.lower),
      groupC: bySlot(st, duals.group),
      group2C: bySlot(st, duals.group2),
    };
    slotDuals.set(duals, got);
  }
  return got;
}

/** Row boundaries cutting rows r0..r1−1 into `parts` runs of about equal numbers of pairs. */
function splitByPairs(
  rowOff: Float64Array,
  r0: number,
  r1: number,
  parts: number,
): number[] {
  const total = rowOff[r1] - rowOff[r0];
  const cuts = [r0];
  let a = r0;
  for (let p = 1; p < parts; p++) {
    const target = rowOff[r0] + (total * p) / parts;
    while (a < r1 && rowOff[a] < target) a++;
    cuts.push(a);
  }
  cuts.push(r1);
  return cuts;
}

/**
 * A pass's rows cut into runs that threads claim one at a time, whoever is free next (`next`, on
 * shared memory, counts the runs handed out): a thread that starts late (a helper receiving the
 * cohort for the first time) or is slowed by the host leaves more runs to the others.
 */
export interface RowRuns {
  cuts: Int32Array;
  next: Int32Array;
}

export function rowRuns(
  rowOff: Float64Array,
  r0: number,
  r1: number,
  parts: number,
): RowRuns {
  return {
    cuts: Int32Array.from(splitByPairs(rowOff, r0, r1, parts)),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
}

/** Runs `run(lo, hi)` on every run this thread claims, until none is left. */
export function claimRuns(
  runs: RowRuns,
  run: (lo: number, hi: number) => void,
): void {
  const { cuts, next } = runs;
  for (;;) {
    const c = Atomics.add(next, 0, 1);
    if (c >= cuts.length - 1) return;
    run(cuts[c], cuts[c + 1]);
  }
}

/**
 * Row ranges of at most `maxPairs` pairs each (a single row may exceed it) covering rows 0..na−1.
 */
export function rowChunks(
  rowOff: Float64Array,
  maxPairs: number,
): [number, number][] {
  const na = rowOff.length - 1;
  const out: [number, number][] = [];
  let r0 = 0;
  while (r0 < na) {
    let r1 = r0 + 1;
    while (r1 < na && rowOff[r1 + 1] - rowOff[r0] <= maxPairs) r1++;
    out.push([r0, r1]);
    r0 = r1;
  }
  return out;
}
