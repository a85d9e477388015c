/**
 * Exact maximum-weight matching for large or dense graphs: solve a sparse candidate graph exactly,
 * then prove (or repair) optimality on the full graph with the dual solution.
 *
 * 1. Every vertex keeps its `k` heaviest edges (ties: lower neighbour index). The union is the
 *    candidate graph, solved exactly by {@link BlossomSolver}.
 * 2. Every edge of the full graph is checked against the duals: an edge is harmless when its
 *    reduced cost u(i) + u(j) + Σ z(B ∋ i, j) − w(i, j) is ≥ 0. The duals are then feasible for the
 *    full graph and complementary slackness holds for the matching, so by LP duality the matching is
 *    optimal on the full graph, not only on the candidates.
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
 */
import { BlossomSolver } from './blossom.js';

/** A graph given as a stream of edges; `forEachEdge` must yield the same edges on every call. */
export interface EdgeSource {
  readonly n: number;
  forEachEdge(visit: (u: number, v: number, w: number) => void): void;
  /**
   * Optional bounds on every weight. With them the solver skips the statistics pass over the
   * stream (which only serves to size the maximum-cardinality bonus).
   */
  readonly weightBound?: { min: number; max: number };
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

  constructor(
    n: number,
    readonly k: number,
  ) {
    this.w = new Float64Array(n * k);
    this.x = new Int32Array(n * k);
    this.t = new Float64Array(n * k);
    this.p = new Float64Array(n * k);
    this.size = new Int32Array(n);
  }

  offer(v: number, x: number, wt: number, payload = 0): void {
    const k = this.k;
    const o = v * k;
    const hw = this.w;
    const hx = this.x;
    const ht = this.t;
    const hp = this.p;
    let s = this.size[v];
    if (s === k && wt < hw[o]) return; // fast reject: lighter than the worst kept entry
    const tie = pairTieKey(v, x);
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
      return;
    }
    if (!(hw[o] < wt || (hw[o] === wt && ht[o] > tie))) return;
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
  }

  has(v: number, x: number, wt: number): boolean {
    const o = v * this.k;
    for (let i = 0; i < this.size[v]; i++) {
      if (this.x[o + i] === x && this.w[o + i] >= wt) return true;
    }
    return false;
  }

  /** Distinct edges kept by any vertex, as parallel arrays (weights as stored). */
  edges(): { u: number[]; v: number[]; w: number[]; p: number[] } {
    const u: number[] = [];
    const v: number[] = [];
    const w: number[] = [];
    const pl: number[] = [];
    const k = this.k;
    for (let a = 0; a < this.size.length; a++) {
      const o = a * k;
      for (let i = 0; i < this.size[a]; i++) {
        const x = this.x[o + i];
        const wt = this.w[o + i];
        if (a > x && this.has(x, a, wt)) continue;
        u.push(a);
        v.push(x);
        w.push(wt);
        pl.push(this.p[o + i]);
      }
    }
    return { u, v, w, p: pl };
  }
}

/** Solves a streamed graph exactly; the stream is read once plus once per dual check. */
export function solveEdgeSource(
  src: EdgeSource,
  opts: MatchingOptions = {},
): MatchingResult {
  const n = src.n;
  const maxCard = opts.maxCardinality === true;
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

  let cu: number[] = [];
  let cv: number[] = [];
  let cw: number[] = [];
  let pruned = false;
  const outOfBound = (w: number): never => {
    throw new RangeError(`edge weight ${w} outside the declared bound`);
  };
  if (k <= 0) {
    src.forEachEdge((u, v, w) => {
      if (!counted(u, v, w)) return;
      if (bound && (w < wmin || w > wmax)) outOfBound(w);
      cu.push(u);
      cv.push(v);
      cw.push(w + bonus);
    });
    m = cu.length;
  } else {
    const top = new TopK(n, k);
    let count = 0;
    src.forEachEdge((u, v, w) => {
      if (!counted(u, v, w)) return;
      if (bound && (w < wmin || w > wmax)) outOfBound(w);
      count++;
      top.offer(u, v, w);
      top.offer(v, u, w);
    });
    m = count;
    const c = top.edges();
    cu = c.u;
    cv = c.v;
    cw = c.w.map((w) => w + bonus);
    pruned = cu.length < m;
  }

  let solver = new BlossomSolver(n, cu, cv, cw).solve();
  let checks = 0;
  let added = 0;
  let stages = solver.stats.stages;
  if (pruned) {
    // Violating edges, at most `kAdd` per vertex (the most violated), ranked by −reduced cost.
    const kAdd = Math.max(4, k);
    for (;;) {
      checks++;
      const viol = new TopK(n, kAdd);
      let count = 0;
      const s = solver;
      src.forEachEdge((u, v, w) => {
        if (!counted(u, v, w)) return;
        const wt = w + bonus;
        const rc = s.reducedCost2(u, v, wt);
        if (rc < 0) {
          count++;
          viol.offer(u, v, -rc, wt);
          viol.offer(v, u, -rc, wt);
        }
      });
      if (count === 0) break;
      // has() in edges() compares ranking keys; both sides rank the same edge with the same key.
      const e = viol.edges();
      added += e.u.length;
      if (e.u.length * 8 <= n) {
        solver.addEdges(e.u, e.v, e.p).solve();
      } else {
        // Many violations: a fresh greedy start on the enlarged graph beats local repairs.
        for (let i = 0; i < e.u.length; i++) {
          cu.push(e.u[i]);
          cv.push(e.v[i]);
          cw.push(e.p[i]);
        }
        solver = new BlossomSolver(n, cu, cv, cw).solve();
      }
      stages += solver.stats.stages;
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
