/**
 * Exact maximum-weight matching for large or dense graphs: solve a sparse candidate graph exactly,
 * then prove (or repair) optimality on the full graph with the dual solution.
 *
 * 1. Every vertex keeps its `k` heaviest edges (ties: lower neighbour index). The union is the
 *    candidate graph, solved exactly by {@link BlossomSolver}.
 * 2. Every edge of the full graph is checked against the duals: an edge is harmless when its
 *    reduced cost u(i) + u(j) + Σ z(B ∋ i, j) − w(i, j) is ≥ 0. The duals are then feasible for the
 *    full graph and complementary slackness holds for the matching, so by LP duality the matching is
 *    optimal on the full graph, not only on the candidates. Sources that implement
 *    {@link EdgeSource.checkDuals} run the check themselves (the cohort graph: from its stored
 *    scores, on several threads), testing most pairs on the vertex duals alone.
 * 3. Edges with a negative reduced cost are added to the solver, which repairs its solution locally
 *    (warm start) and the check is repeated until no edge violates the duals.
 *
 * Maximum cardinality first is reduced to plain maximum weight: every weight gets the same bonus
 * M = ⌊n/2⌋·(wmax − wmin) + |wmin| + 1, so every transformed weight is ≥ 1. For any matchings A
 * with k + 1 edges and B with k ≤ ⌊n/2⌋ − 1 edges, w'(A) − w'(B) = M + w(A) − w(B) ≥
 * M − k·(wmax − wmin) + wmin > 0: any larger matching beats any smaller one, so a maximum-weight
 * matching under w' = w + M has maximum cardinality, and among those it maximises w. The dual
 * check in step 2 runs with the transformed weights, so the optimality proof covers the
 * lexicographic objective exactly.
 *
 * With candidates, the steps run twice: first for plain maximum weight (no bonus, at most
 * {@link PLAIN_CHECKS} dual checks: this stage only gathers edges), then after every weight is
 * raised by the bonus, until the whole graph passes the check. Maximum cardinality makes the
 * optimum hold large blossoms (a cohort without a perfect matching: one of ~13,000 people out of
 * 20,000); an edge found violating inside such a blossom forces the solver to open and rebuild
 * it. Made (nearly) optimal without the bonus first, the candidate graph already holds the edges
 * that decide the weights inside those blossoms, so after the bonus the checks find almost
 * nothing (docs/pairing.md has the figures).
 */
import { BlossomSolver, type BlossomIndex } from './blossom.js';

/** A graph given as a stream of edges; `forEachEdge` must yield the same edges on every call. */
export interface EdgeSource {
  readonly n: number;
  forEachEdge(visit: (u: number, v: number, w: number) => void): void;
  /**
   * Optional bounds on every weight. With them the solver skips the statistics pass over the
   * stream (which only serves to size the maximum-cardinality bonus).
   */
  readonly weightBound?: { min: number; max: number };
  /**
   * Optional: the candidate pass done by the source (e.g. from stored scores): fills `lists.pool`
   * with each vertex's `poolK` heaviest edges (as if every edge had been offered at both ends),
   * `lists.spread` with pseudo-random ones, and sets `lists.kept` (twice the number of edges).
   */
  readonly selectCandidates?: (lists: CandidateLists) => void;
  /**
   * Optional, the whole dual check (a source may run it on several threads): every counted edge
   * (weight > 0 unless `maxCard`) whose rc is below `margin` is offered to `near` at both ends
   * (key −rc, payload w), as the solver's own test would: rc = lower[u] + lower[v] − 2w − base2,
   * plus 2·commonBlossomZ(duals.blossoms, u, v) when that is negative (BlossomSolver.reducedCost2).
   */
  readonly checkDuals?: (
    duals: DualState,
    base2: number,
    margin: number,
    maxCard: boolean,
    near: TopK,
  ) => CheckCounts;
}

/**
 * A dual solution for {@link EdgeSource.checkDuals}: lower[v] = 2u(v); every vertex's top-level
 * blossom (group, −1 for none) with its z, and the next blossom down (group2) with its z2 — a pair
 * inside one group gets at least 2z (+ 2z2 inside one group2) — and the whole blossom forest for
 * the exact sum (commonBlossomZ in blossom.ts).
 */
export interface DualState {
  lower: Float64Array;
  group: Int32Array;
  z: Float64Array;
  group2: Int32Array;
  z2: Float64Array;
  blossoms: BlossomIndex;
}

/** What {@link EdgeSource.checkDuals} found. */
export interface CheckCounts {
  /** Pairs whose reduced cost came under the margin. */
  visited: number;
  /** Pairs with a negative reduced cost. */
  violating: number;
}

/** Parallel arrays of endpoints and weights. */
export interface EdgeArrays {
  u: ArrayLike<number>;
  v: ArrayLike<number>;
  w: ArrayLike<number>;
}

/** Edges as `[[u, v, w], …]`, as parallel arrays, or as a flat `[u0, v0, w0, u1, …]` array. */
export type EdgeInput =
  readonly (readonly number[])[] | EdgeArrays | Int32Array | Float64Array;

export interface MatchingOptions {
  /** Place as many vertices as possible first, then maximise the weight. Default false. */
  maxCardinality?: boolean;
  /**
   * Candidate edges kept per vertex for the first exact solve; `0` solves the full graph directly.
   * Default: 10 when the graph has more than 16 edges per vertex on average, otherwise 0.
   */
  candidatesPerVertex?: number;
  /**
   * Extra candidate edges per vertex chosen pseudo-randomly (by pair hash, not by weight). They keep
   * the candidate graph well connected where heavy edges crowd onto a few popular vertices, which
   * matters for maximum cardinality. Default 6.
   */
  spreadPerVertex?: number;
  /**
   * Heaviest edges kept in memory per vertex from the first pass; the solver takes more of them
   * whenever they violate the duals, before any further pass over the graph. Default 32.
   */
  poolPerVertex?: number;
  /** Called at each phase with a few figures (for benchmarks and diagnostics). */
  trace?: (phase: string, figures: Record<string, number>) => void;
}

export interface MatchingStats {
  /** Edges in the full graph (after dropping self-loops and, without maxCardinality, w ≤ 0). */
  edges: number;
  /** Edges the blossom solver saw at the end (candidates plus every added violating edge). */
  solvedEdges: number;
  /** Dual checks over the full graph (1 = the candidate solution was already optimal). */
  checks: number;
  /** Violating edges added after the first solve. */
  addedEdges: number;
  /** Alternating-tree searches run by the solver. */
  stages: number;
}

export interface MatchingResult {
  /** mate[v] = partner of v, or -1. */
  mate: Int32Array;
  /** Matched pairs [u, v] with u < v, ordered by u. */
  pairs: [number, number][];
  /** Sum of the (original) weights of the matched edges. */
  totalWeight: number;
  cardinality: number;
  stats: MatchingStats;
}

const DEFAULT_K = 10;
const DEFAULT_SPREAD = 6;
const DEFAULT_POOL = 32;
const DEFAULT_ADD = 16;
/** Edges with 2 × reduced cost below this join the solver during a dual check (see above). */
const NEAR = 2;
/**
 * The same margin in the plain stage (before the bonus), where the bounds prune well and nearly
 * tight edges are cheap to take: they also hold most of what the bonus stage needs (20,000-person
 * cohort: one dual check after the bonus instead of two, 24 s instead of 28 s in all).
 */
const PLAIN_NEAR = 8;
/**
 * Dual checks in the plain stage when the bonus follows: that stage only gathers edges (the final
 * checks run with the bonus), so it need not be proved optimal. Two beat one (the bonus stage then
 * needs three checks) and three (20,000-person cohort: 22.5 s against 24.6 s and 24.4 s of CPU).
 */
const PLAIN_CHECKS = 2;
/**
 * Pool edges with 2 × reduced cost below this join the solver when the pool is settled: nearly
 * tight pool edges tend to violate after the next re-solve, and each warm re-solve costs far more
 * than a few extra edges (measured on the 20,000-person cohort: 4 settles instead of 6 per check).
 */
const POOL_NEAR = 4;

/**
 * A cold re-solve in the plain stage keeps, of the edges the solver had, only those with 2 ×
 * reduced cost below this under the old duals (plus every new edge): the rest are unlikely to
 * matter and the dual checks bring back any that do. 20,000-person cohort: 175,000 fewer solver
 * edges, about 10 % less time in all (7 alternating runs, median ratio 0.90; 8 kept: 0.93).
 * At most {@link COLD_TRIMS} cold solves trim, so edges cannot come and go for ever.
 */
const COLD_KEEP = 4;
const COLD_TRIMS = 3;

/** Turns any {@link EdgeInput} into an {@link EdgeSource}. */
export function edgeSource(n: number, edges: EdgeInput): EdgeSource {
  checkVertexCount(n);
  if (edges instanceof Int32Array || edges instanceof Float64Array) {
    if (edges.length % 3 !== 0)
      throw new RangeError('flat edge array length must be a multiple of 3');
    const flat = edges;
    const m = flat.length / 3;
    for (let k = 0; k < m; k++)
      checkEdge(n, flat[3 * k], flat[3 * k + 1], flat[3 * k + 2], k);
    return {
      n,
      forEachEdge(visit) {
        for (let k = 0; k < m; k++)
          visit(flat[3 * k], flat[3 * k + 1], flat[3 * k + 2]);
      },
    };
  }
  if (Array.isArray(edges)) {
    const list = edges as readonly (readonly number[])[];
    const m = list.length;
    const u = new Int32Array(m);
    const v = new Int32Array(m);
    const w = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const e = list[k];
      if (!Array.isArray(e) || e.length < 3)
        throw new RangeError(`edge ${k}: expected [u, v, w]`);
      checkEdge(n, e[0], e[1], e[2], k);
      u[k] = e[0];
      v[k] = e[1];
      w[k] = e[2];
    }
    return arraysSource(n, u, v, w);
  }
  const arr = edges as EdgeArrays;
  if (arr.u.length !== arr.v.length || arr.u.length !== arr.w.length) {
    throw new RangeError('edge arrays u, v and w must have the same length');
  }
  for (let k = 0; k < arr.u.length; k++)
    checkEdge(n, arr.u[k], arr.v[k], arr.w[k], k);
  return arraysSource(n, arr.u, arr.v, arr.w);
}

function arraysSource(
  n: number,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  w: ArrayLike<number>,
): EdgeSource {
  const m = u.length;
  return {
    n,
    forEachEdge(visit) {
      for (let k = 0; k < m; k++) visit(u[k], v[k], w[k]);
    },
  };
}

function checkVertexCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 50_000_000) {
    throw new RangeError(
      `vertex count must be a non-negative integer, got ${n}`,
    );
  }
}

function checkEdge(
  n: number,
  u: number,
  v: number,
  w: number,
  k: number,
): void {
  if (
    !Number.isInteger(u) ||
    !Number.isInteger(v) ||
    u < 0 ||
    v < 0 ||
    u >= n ||
    v >= n
  ) {
    throw new RangeError(
      `edge ${k}: endpoints (${u}, ${v}) must be integers in [0, ${n})`,
    );
  }
  if (!Number.isSafeInteger(w) || Math.abs(w) > 2 ** 40) {
    throw new RangeError(
      `edge ${k}: weight ${w} must be an integer with |w| ≤ 2^40`,
    );
  }
}

/**
 * Exact maximum-weight matching (optionally maximum cardinality first) of a general graph with
 * integer weights.
 */
export function maxWeightMatching(
  n: number,
  edges: EdgeInput,
  opts: MatchingOptions = {},
): MatchingResult {
  return solveEdgeSource(edgeSource(n, edges), opts);
}

/** Symmetric 32-bit hash of an unordered pair, used to break weight ties without index bias. */
export function pairTieKey(a: number, b: number): number {
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  let h =
    Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(hi + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Per-vertex bounded heaps of the best incident edges by (weight, tie key); the worst kept entry
 * sits at the top. Entry order is "heavier first, then lower tie key".
 */
export class TopK {
  readonly w: Float64Array;
  readonly x: Int32Array;
  readonly t: Float64Array;
  /** An extra number carried with each entry (e.g. the edge weight when ranking by another key). */
  readonly p: Float64Array;
  readonly size: Int32Array;
  /**
   * The worst kept (weight, tie) per vertex once its heap is full, else −∞: a compact copy of the
   * heap roots, so that most offers are rejected without touching the (large, scattered) heaps.
   */
  private readonly rootW: Float64Array;
  private readonly rootT: Float64Array;

  constructor(
    n: number,
    readonly k: number,
  ) {
    this.w = new Float64Array(n * k);
    this.x = new Int32Array(n * k);
    this.t = new Float64Array(n * k);
    this.p = new Float64Array(n * k);
    this.size = new Int32Array(n);
    this.rootW = new Float64Array(n).fill(-Infinity);
    this.rootT = new Float64Array(n);
  }

  offer(v: number, x: number, wt: number, payload = 0): void {
    const k = this.k;
    const o = v * k;
    const hw = this.w;
    const hx = this.x;
    const ht = this.t;
    const hp = this.p;
    const rw = this.rootW[v];
    if (wt < rw) return; // lighter than the worst kept entry
    const tie = pairTieKey(v, x);
    if (wt === rw && tie >= this.rootT[v]) return;
    let s = this.size[v];
    if (s < k) {
      let i = s;
      this.size[v] = ++s;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!(wt < hw[o + p] || (wt === hw[o + p] && tie > ht[o + p]))) break;
        hw[o + i] = hw[o + p];
        hx[o + i] = hx[o + p];
        ht[o + i] = ht[o + p];
        hp[o + i] = hp[o + p];
        i = p;
      }
      hw[o + i] = wt;
      hx[o + i] = x;
      ht[o + i] = tie;
      hp[o + i] = payload;
      if (s === k) {
        this.rootW[v] = hw[o];
        this.rootT[v] = ht[o];
      }
      return;
    }
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= k) break;
      let c = l;
      const r = l + 1;
      if (
        r < k &&
        (hw[o + r] < hw[o + l] ||
          (hw[o + r] === hw[o + l] && ht[o + r] > ht[o + l]))
      )
        c = r;
      if (!(hw[o + c] < wt || (hw[o + c] === wt && ht[o + c] > tie))) break;
      hw[o + i] = hw[o + c];
      hx[o + i] = hx[o + c];
      ht[o + i] = ht[o + c];
      hp[o + i] = hp[o + c];
      i = c;
    }
    hw[o + i] = wt;
    hx[o + i] = x;
    ht[o + i] = tie;
    hp[o + i] = payload;
    this.rootW[v] = hw[o];
    this.rootT[v] = ht[o];
  }

  /**
   * Appends an entry to v's list without keeping heap order (for lists selected elsewhere; only
   * {@link sortedEntries}, {@link edges} and {@link has} may read such a list).
   */
  put(v: number, x: number, wt: number, tie: number, payload: number): void {
    const i = v * this.k + this.size[v]++;
    this.w[i] = wt;
    this.x[i] = x;
    this.t[i] = tie;
    this.p[i] = payload;
  }

  /** Entries kept, over all vertices. */
  count(): number {
    let total = 0;
    for (let v = 0; v < this.size.length; v++) total += this.size[v];
    return total;
  }

  has(v: number, x: number, wt: number): boolean {
    const o = v * this.k;
    for (let i = 0; i < this.size[v]; i++) {
      if (this.x[o + i] === x && this.w[o + i] >= wt) return true;
    }
    return false;
  }

  /**
   * Every kept entry as [vertex, neighbour, weight, rank, payload], each vertex's entries in rank
   * order (heaviest first, then by tie key), vertices in index order.
   */
  sortedEntries(): [number, number, number, number, number][] {
    const out: [number, number, number, number, number][] = [];
    this.forEachSorted((a, x, w, rank, p) => out.push([a, x, w, rank, p]));
    return out;
  }

  /** {@link sortedEntries} without building the list. */
  forEachSorted(
    visit: (v: number, x: number, w: number, rank: number, p: number) => void,
  ): void {
    const { k, w, x, t, p } = this;
    // Insertion sort of each list (at most k entries) on a reused index buffer.
    const idx = new Int32Array(k);
    for (let a = 0; a < this.size.length; a++) {
      const o = a * k;
      const len = this.size[a];
      for (let i = 0; i < len; i++) {
        const e = o + i;
        const we = w[e];
        const te = t[e];
        let j = i;
        while (j > 0) {
          const f = idx[j - 1];
          if (w[f] > we || (w[f] === we && t[f] < te)) break;
          idx[j] = f;
          j--;
        }
        idx[j] = e;
      }
      for (let rank = 0; rank < len; rank++) {
        const e = idx[rank];
        visit(a, x[e], w[e], rank, p[e]);
      }
    }
  }

  /** Distinct edges kept by any vertex, as parallel arrays (weights as stored). */
  edges(): { u: number[]; v: number[]; w: number[]; p: number[] } {
    const u: number[] = [];
    const v: number[] = [];
    const w: number[] = [];
    const pl: number[] = [];
    // In rank order, so that the order does not depend on the order of the offers.
    this.forEachSorted((a, x, wt, _rank, p) => {
      if (a > x && this.has(x, a, wt)) return;
      u.push(a);
      v.push(x);
      w.push(wt);
      pl.push(p);
    });
    return { u, v, w, p: pl };
  }
}

/**
 * Unordered vertex pairs → a non-negative number, in an open-addressing table on typed arrays (a
 * Map keyed by numbers is several times slower for the pool's ~700,000 pairs).
 */
class PairIndex {
  private lo: Int32Array;
  private hi: Int32Array;
  private val: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < 2 * expected) cap *= 2;
    this.lo = new Int32Array(cap).fill(-1);
    this.hi = new Int32Array(cap);
    this.val = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The number stored for the pair {u, v}, or −1. */
  get(u: number, v: number): number {
    const a = u < v ? u : v;
    const b = u < v ? v : u;
    for (let i = pairTieKey(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const l = this.lo[i];
      if (l < 0) return -1;
      if (l === a && this.hi[i] === b) return this.val[i];
    }
  }

  /** The number stored for the pair {u, v}; when there is none, stores `value` and returns −1. */
  getOrSet(u: number, v: number, value: number): number {
    if (2 * (this.count + 1) > this.lo.length) this.grow();
    const a = u < v ? u : v;
    const b = u < v ? v : u;
    let i = pairTieKey(a, b) & this.mask;
    for (let l = this.lo[i]; l >= 0; l = this.lo[i]) {
      if (l === a && this.hi[i] === b) return this.val[i];
      i = (i + 1) & this.mask;
    }
    this.lo[i] = a;
    this.hi[i] = b;
    this.val[i] = value;
    this.count++;
    return -1;
  }

  private grow(): void {
    const { lo, hi, val } = this;
    this.lo = new Int32Array(lo.length * 2).fill(-1);
    this.hi = new Int32Array(lo.length * 2);
    this.val = new Int32Array(lo.length * 2);
    this.mask = lo.length * 2 - 1;
    this.count = 0;
    for (let i = 0; i < lo.length; i++)
      if (lo[i] >= 0) this.getOrSet(lo[i], hi[i], val[i]);
  }
}

/** What the candidate pass keeps per vertex (see {@link CandidateLists}). */
export interface CandidateSpec {
  n: number;
  /** The heaviest edges kept per vertex. */
  poolK: number;
  /** Pseudo-random edges kept per vertex (0: none). */
  spreadK: number;
  /** With maximum cardinality, edges of weight ≤ 0 count too. */
  maxCard: boolean;
}

/**
 * What the candidate pass keeps: every vertex its `poolK` heaviest edges (ties: lower pair hash)
 * and `spreadK` pseudo-random ones (filled by {@link EdgeSource.selectCandidates}).
 */
export class CandidateLists {
  readonly pool: TopK;
  readonly spread: TopK | null;
  /** Edges seen, each twice (once per end). */
  kept = 0;

  constructor(readonly spec: CandidateSpec) {
    this.pool = new TopK(spec.n, spec.poolK);
    this.spread = spec.spreadK > 0 ? new TopK(spec.n, spec.spreadK) : null;
  }
}

function outOfBound(w: number): never {
  throw new RangeError(`edge weight ${w} outside the declared bound`);
}

/** Solves a streamed graph exactly; the stream is read once plus once per dual check. */
export function solveEdgeSource(
  src: EdgeSource,
  opts: MatchingOptions = {},
): MatchingResult {
  const n = src.n;
  const maxCard = opts.maxCardinality === true;
  const trace = opts.trace;
  let m = 0;
  let wmin = Infinity;
  let wmax = -Infinity;
  const counted = (u: number, v: number, w: number): boolean =>
    u !== v && (maxCard || w > 0);
  const bound = src.weightBound;
  if (bound) {
    wmin = bound.min;
    wmax = bound.max;
  } else {
    src.forEachEdge((u, v, w) => {
      if (!counted(u, v, w)) return;
      m++;
      if (w < wmin) wmin = w;
      if (w > wmax) wmax = w;
    });
  }
  const bonus =
    maxCard && wmax >= wmin
      ? Math.floor(n / 2) * (wmax - wmin) + Math.abs(wmin) + 1
      : 0;
  if (!Number.isSafeInteger(2 * (bonus + Math.max(0, wmax)) * Math.max(1, n))) {
    throw new RangeError('weights too large for exact arithmetic');
  }
  const k =
    opts.candidatesPerVertex ??
    (bound || m > 16 * Math.max(1, n) ? DEFAULT_K : 0);

  let stages = 0;
  let checks = 0;
  let added = 0;
  let solver: BlossomSolver;
  let coldTrims = 0;
  /** Called for a pool edge the solver lets go (it may be offered again). */
  let released: (u: number, v: number) => void = () => undefined;
  /** The weight offset the solver's edges carry now: 0 in the plain stage, then the bonus. */
  let cur = 0;
  // Edges the solver has, as parallel arrays (kept for a cold restart).
  const su: number[] = [];
  const sv: number[] = [];
  const sw: number[] = [];
  /**
   * Solves the current edge set from scratch. Maximum cardinality first runs in two steps: the
   * plain maximum-weight optimum (cheap: few blossoms), then every weight is raised by the bonus
   * and the search continues from there (see {@link BlossomSolver.shiftWeights}).
   */
  const solveFresh = (): BlossomSolver => {
    const s = new BlossomSolver(n, su, sv, sw).solve();
    if (bonus !== 0) s.shiftWeights(bonus).solve();
    cur = bonus;
    stages += s.stats.stages;
    return s;
  };
  /**
   * Adds edges (original weights) and re-solves from the current solution (warm start), however
   * many: on the 20,000-person benchmark cohort, repairing locally beat a cold solve even after a dual
   * check that added 200,000 edges (most of the matching and its blossoms survive).
   */
  const enlarge = (eu: number[], ev: number[], ew: number[]): void => {
    added += eu.length;
    for (let i = 0; i < eu.length; i++) {
      su.push(eu[i]);
      sv.push(ev[i]);
      sw.push(ew[i]);
    }
    let violating = 0;
    if (cur === 0) {
      for (let i = 0; i < eu.length; i++)
        if (solver.reducedCost2(eu[i], ev[i], ew[i]) < 0) violating++;
    }
    if (cur === 0 && 2 * violating > n) {
      // Plain stage, many edges at once: a cold solve (greedy start) beats repairing thousands of
      // broken pairs one tree at a time (20,000-person cohort: 3.4 s against 6.9 s).
      // The old edges far from tight are left out (the dual checks bring back any that matter).
      if (coldTrims < COLD_TRIMS) {
        coldTrims++;
        const old = su.length - eu.length;
        let o = 0;
        for (let i = 0; i < su.length; i++) {
          if (
            i < old &&
            solver.reducedCost2(su[i], sv[i], sw[i]) >= COLD_KEEP
          ) {
            released(su[i], sv[i]);
            continue;
          }
          su[o] = su[i];
          sv[o] = sv[i];
          sw[o++] = sw[i];
        }
        su.length = sv.length = sw.length = o;
      }
      solver = new BlossomSolver(n, su, sv, sw).solve();
      stages += solver.stats.stages;
      return;
    }
    const before = solver.stats.stages;
    solver.addEdges(eu, ev, cur === 0 ? ew : ew.map((w) => w + cur)).solve();
    stages += solver.stats.stages - before;
  };

  if (k <= 0) {
    src.forEachEdge((u, v, w) => {
      if (!counted(u, v, w)) return;
      if (bound && (w < wmin || w > wmax)) outOfBound(w);
      su.push(u);
      sv.push(v);
      sw.push(w);
    });
    m = su.length;
    solver = solveFresh();
  } else {
    // One pass: a pool of the heaviest edges per vertex, plus a few pseudo-random ones.
    const poolK = Math.max(k, opts.poolPerVertex ?? DEFAULT_POOL);
    const k2 = opts.spreadPerVertex ?? DEFAULT_SPREAD;
    let pool: TopK;
    let spread: TopK | null;
    let count = 0;
    if (src.selectCandidates) {
      // The source chooses (the cohort graph from its stored scores, without a heap operation
      // for most edges); the lists are those every edge offered at both ends would give.
      const lists = new CandidateLists({
        n,
        poolK,
        spreadK: k2,
        maxCard,
      });
      src.selectCandidates(lists);
      pool = lists.pool;
      spread = lists.spread;
      count = lists.kept / 2;
    } else {
      const heavy = new TopK(n, poolK);
      const spreadAll = k2 > 0 ? new TopK(n, k2) : null;
      pool = heavy;
      spread = spreadAll;
      src.forEachEdge((u, v, w) => {
        if (!counted(u, v, w)) return;
        if (bound && (w < wmin || w > wmax)) outOfBound(w);
        count++;
        heavy.offer(u, v, w);
        heavy.offer(v, u, w);
        if (spreadAll) {
          // Equal ranking weight: the pair hash alone picks a pseudo-random set of neighbours.
          spreadAll.offer(u, v, 0, w);
          spreadAll.offer(v, u, 0, w);
        }
      });
    }
    m = count;
    // Pool edges, deduplicated; the first solve takes each vertex's k heaviest plus the spread.
    const most = pool.count() + (spread?.count() ?? 0);
    const pu = new Int32Array(most);
    const pv = new Int32Array(most);
    const pw = new Float64Array(most);
    const first = new Uint8Array(most);
    let np = 0;
    const index = new PairIndex(most);
    const add = (u: number, v: number, w: number, initial: boolean): void => {
      const at = index.getOrSet(u, v, np);
      if (at >= 0) {
        if (w > pw[at]) pw[at] = w; // parallel edges: the heaviest counts
        if (initial) first[at] = 1;
        return;
      }
      pu[np] = u;
      pv[np] = v;
      pw[np] = w;
      first[np++] = initial ? 1 : 0;
    };
    pool.forEachSorted((v, x, w, rank) => add(v, x, w, rank < k));
    spread?.forEachSorted((v, x, _w, _rank, w) => add(v, x, w, true));
    const inSolver = new Uint8Array(np);
    released = (u, v) => {
      const at = index.get(u, v);
      if (at >= 0) inSolver[at] = 0;
    };
    for (let i = 0; i < np; i++) {
      if (!first[i]) continue;
      inSolver[i] = 1;
      su.push(pu[i]);
      sv.push(pv[i]);
      sw.push(pw[i]);
    }
    trace?.('candidates', { edges: m, pool: np, initial: su.length });
    // Plain maximum weight first, made exact on the whole graph (cheap: no cardinality pressure,
    // so no giant blossoms), then the bonus. The plain stage's dual checks bring in the edges that
    // decide the weights inside the odd sets maximum cardinality creates; without them those
    // edges surface only after the bonus, one costly rebuild of a giant blossom at a time.
    solver = new BlossomSolver(n, su, sv, sw).solve();
    stages += solver.stats.stages;
    trace?.('first solve', {
      stages: solver.stats.stages,
      blossoms: solver.stats.blossoms,
    });
    /** Re-solves until no pool edge violates the duals (all in memory, cheap). */
    const settlePool = (): void => {
      for (;;) {
        const eu: number[] = [];
        const ev: number[] = [];
        const ew: number[] = [];
        for (let i = 0; i < np; i++) {
          if (inSolver[i]) continue;
          if (solver.reducedCost2(pu[i], pv[i], pw[i] + cur) < POOL_NEAR) {
            inSolver[i] = 1;
            eu.push(pu[i]);
            ev.push(pv[i]);
            ew.push(pw[i]);
          }
        }
        trace?.('pool round', { violating: eu.length });
        if (eu.length === 0) return;
        enlarge(eu, ev, ew);
      }
    };
    /** Dual checks over the whole graph until no edge violates the duals. */
    const checkAll = (maxChecks = Infinity): void => {
      settlePool();
      if (np >= m) return;
      // The dual check over the whole graph. Besides violating edges (reduced cost < 0), each
      // vertex also takes its nearly tight edges, which would likely violate after the re-solve:
      // every extra pass over a large implicit graph costs more than a few extra edges.
      const near = cur === 0 ? PLAIN_NEAR : NEAR;
      const kAdd = Math.max(DEFAULT_ADD, k);
      for (let round = 0; round < maxChecks; round++) {
        checks++;
        const viol = new TopK(n, kAdd);
        let violating = 0;
        const s = solver;
        let visited = 0;
        const check = (u: number, v: number, w: number): void => {
          visited++;
          if (!counted(u, v, w)) return;
          const rc = s.reducedCost2(u, v, w + cur);
          if (rc < near) {
            if (rc < 0) violating++;
            viol.offer(u, v, -rc, w);
            viol.offer(v, u, -rc, w);
          }
        };
        const duals: DualState = {
          lower: Float64Array.from(s.vertexDuals2()),
          ...s.topBlossoms(),
          blossoms: s.blossomIndex(),
        };
        if (src.checkDuals) {
          const found = src.checkDuals(duals, 2 * cur, near, maxCard, viol);
          visited += found.visited;
          violating += found.violating;
        } else src.forEachEdge(check);
        trace?.('dual check', {
          bonus: cur === 0 ? 0 : 1,
          violating,
          visited,
          solverEdges: solver.m,
        });
        if (violating === 0) break;
        const e = viol.edges();
        const eu: number[] = [];
        const ev: number[] = [];
        const ew: number[] = [];
        for (let i = 0; i < e.u.length; i++) {
          const at = index.get(e.u[i], e.v[i]);
          if (at >= 0) {
            if (inSolver[at]) continue;
            inSolver[at] = 1;
          }
          eu.push(e.u[i]);
          ev.push(e.v[i]);
          ew.push(e.p[i]);
        }
        enlarge(eu, ev, ew);
        settlePool();
      }
    };
    checkAll(bonus !== 0 ? PLAIN_CHECKS : Infinity);
    if (bonus !== 0) {
      const before = solver.stats.stages;
      solver.shiftWeights(bonus).solve();
      stages += solver.stats.stages - before;
      cur = bonus;
      trace?.('bonus solve', { stages: solver.stats.stages - before });
      checkAll();
    }
  }

  const mate = solver.mates();
  const pairs: [number, number][] = [];
  let total = 0;
  for (let v = 0; v < n; v++) {
    const x = mate[v];
    if (x > v) {
      pairs.push([v, x]);
      total += solver.mateWeight(v) - bonus;
    }
  }
  return {
    mate,
    pairs,
    totalWeight: total,
    cardinality: pairs.length,
    stats: {
      edges: m,
      solvedEdges: solver.m,
      checks,
      addedEdges: added,
      stages,
    },
  };
}
