/**
 * Exact maximum-weight matching on general graphs: Edmonds' blossom algorithm in its primal–dual
 * form (Edmonds 1965; Gabow 1976; Galil, "Efficient algorithms for finding maximum matching in
 * graphs", 1986). The data layout (edge endpoints, labels, blossom child cycles, least-slack edges)
 * follows the classic O(n³) formulation; three departures make it fast on the graphs UraMost solves:
 *
 * 1. **One alternating tree at a time.** A stage grows a single tree from one exposed vertex and
 *    only the vertices, blossoms and edges it touches are visited or reset, so a stage costs what it
 *    explores instead of O(n + m).
 * 2. **Vertex-specific starting duals and a greedy start.** Every vertex starts with the dual u(v) =
 *    max incident weight / 2 and tight edges are matched greedily. Exposed vertices then no longer
 *    share one dual value, which the textbook stopping rule needs. Instead: when the smallest dual
 *    of an S-vertex reaches zero, either it is the (exposed) root, which is then finished, or it is a
 *    matched S-vertex v, and the even alternating path root…v is flipped so that v becomes exposed
 *    with u(v) = 0 and the root becomes matched. Either way complementary slackness holds for the
 *    vertices involved and the number of exposed vertices with a positive dual falls by one, so each
 *    vertex is a root at most once.
 * 3. **Warm restarts.** Edges can be added to a solved instance ({@link BlossomSolver.addEdges});
 *    blossoms are dissolved into vertex duals, every violated or broken edge is repaired locally and
 *    only the disturbed vertices are searched again.
 *
 * At the end, the duals certify optimality: u ≥ 0, z ≥ 0, every edge has non-negative reduced cost
 * u(i) + u(j) + Σ{z(B) : i, j ∈ B} − w(i, j), matched edges have reduced cost 0, exposed vertices
 * have u = 0 and every blossom with z > 0 is full. {@link BlossomSolver.reducedCost} exposes the
 * reduced cost of any pair so that callers can check edges the solver never saw.
 *
 * Units: `dual[v]` holds 2·u(v) and `dual[b]` (b ≥ n) holds z(B), so with integer weights every
 * quantity stays an integer (tree vertices are joined by tight edges, so all their duals share one
 * parity and S–S slacks are even).
 */

const NONE = -1;
const FREE = 0;
const S = 1;
const T = 2;

export interface SolveStats {
  /** Alternating-tree searches run. */
  stages: number;
  /** Vertices matched by the greedy start. */
  greedyMatched: number;
}

export class BlossomSolver {
  readonly n: number;
  /** Number of edges currently in the graph. */
  m = 0;

  private ends: Int32Array = new Int32Array(0); // endpoint[2k], endpoint[2k+1]
  private w2: Float64Array = new Float64Array(0); // 2 · weight of edge k
  private adjStart: Int32Array;
  private adj: Int32Array = new Int32Array(0); // remote endpoint indices per vertex

  /** mate[v] = remote endpoint index p of v's matched edge (ends[p] is the partner), or -1. */
  private readonly mateP: Int32Array;
  /** dual[v] = 2·u(v) for vertices, dual[b] = z(B) for blossoms b ≥ n. */
  private readonly dual: Float64Array;
  private readonly label: Int8Array;
  private readonly labelEnd: Int32Array;
  private readonly inBlossom: Int32Array;
  private readonly parent: Int32Array;
  private readonly childs: (number[] | null)[];
  private readonly endps: (number[] | null)[];
  private readonly base: Int32Array;
  private readonly bestEdge: Int32Array;
  private readonly blossomBest: (number[] | null)[];
  private readonly unused: number[] = [];
  private allow: Int32Array = new Int32Array(0);
  private stage = 0;

  // Per-stage bookkeeping: only what a stage touches is scanned and reset.
  private readonly queue: number[] = [];
  private readonly verts: number[] = [];
  private readonly vertStamp: Int32Array;
  private readonly touched: number[] = [];
  private readonly touchStamp: Int32Array;
  private readonly bestTouched: number[] = [];
  private readonly bestStamp: Int32Array;
  private readonly bestListed: number[] = [];
  private readonly mark: Int32Array;
  private markCounter = 0;
  private readonly bestTo: Int32Array;
  private readonly bestToList: number[] = [];
  private readonly leafStack: number[] = [];
  private readonly leavesA: number[] = [];
  private readonly leavesB: number[] = [];
  private readonly leavesC: number[] = [];
  private readonly leavesD: number[] = [];
  private readonly leavesE: number[] = [];

  readonly stats: SolveStats = { stages: 0, greedyMatched: 0 };
  private solvedOnce = false;

  /**
   * @param n number of vertices
   * @param eu, ev, w edges (u ≠ v, both < n); edges with w ≤ 0 never improve a maximum-weight
   *   matching and are ignored
   */
  constructor(
    n: number,
    eu: ArrayLike<number>,
    ev: ArrayLike<number>,
    w: ArrayLike<number>,
  ) {
    this.n = n;
    this.adjStart = new Int32Array(n + 1);
    this.mateP = new Int32Array(n).fill(NONE);
    this.dual = new Float64Array(2 * n);
    this.label = new Int8Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(NONE);
    this.inBlossom = new Int32Array(n);
    for (let v = 0; v < n; v++) this.inBlossom[v] = v;
    this.parent = new Int32Array(2 * n).fill(NONE);
    this.childs = new Array<number[] | null>(2 * n).fill(null);
    this.endps = new Array<number[] | null>(2 * n).fill(null);
    this.base = new Int32Array(2 * n).fill(NONE);
    for (let v = 0; v < n; v++) this.base[v] = v;
    this.bestEdge = new Int32Array(2 * n).fill(NONE);
    this.blossomBest = new Array<number[] | null>(2 * n).fill(null);
    for (let b = 2 * n - 1; b >= n; b--) this.unused.push(b);
    this.vertStamp = new Int32Array(n);
    this.touchStamp = new Int32Array(2 * n);
    this.bestStamp = new Int32Array(2 * n);
    this.mark = new Int32Array(2 * n);
    this.bestTo = new Int32Array(2 * n).fill(NONE);
    this.appendEdges(eu, ev, w);
  }

  // ---------------------------------------------------------------- graph storage

  private appendEdges(
    eu: ArrayLike<number>,
    ev: ArrayLike<number>,
    w: ArrayLike<number>,
  ): number {
    const n = this.n;
    let add = 0;
    for (let i = 0; i < eu.length; i++) {
      const a = eu[i];
      const b = ev[i];
      if (a === b || w[i] <= 0) continue;
      if (
        a < 0 ||
        b < 0 ||
        a >= n ||
        b >= n ||
        !Number.isInteger(a) ||
        !Number.isInteger(b)
      ) {
        throw new RangeError(
          `edge ${i}: vertex out of range (${a}, ${b}) for n = ${n}`,
        );
      }
      if (!Number.isFinite(w[i]))
        throw new RangeError(`edge ${i}: weight is not finite`);
      add++;
    }
    const m0 = this.m;
    const m = m0 + add;
    const ends = new Int32Array(2 * m);
    ends.set(this.ends.subarray(0, 2 * m0));
    const w2 = new Float64Array(m);
    w2.set(this.w2.subarray(0, m0));
    let k = m0;
    for (let i = 0; i < eu.length; i++) {
      const a = eu[i];
      const b = ev[i];
      if (a === b || w[i] <= 0) continue;
      ends[2 * k] = a;
      ends[2 * k + 1] = b;
      w2[k] = 2 * w[i];
      k++;
    }
    this.ends = ends;
    this.w2 = w2;
    this.m = m;
    const allow = new Int32Array(m);
    allow.set(this.allow.subarray(0, m0));
    this.allow = allow;
    // CSR adjacency of remote endpoints, in edge order (deterministic).
    const start = this.adjStart;
    start.fill(0);
    for (let p = 0; p < 2 * m; p++) start[ends[p] + 1]++;
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const adj = new Int32Array(2 * m);
    for (let p = 0; p < 2 * m; p++) adj[fill[ends[p]]++] = p ^ 1;
    this.adj = adj;
    return m0;
  }

  // ---------------------------------------------------------------- public API

  /** Solves (or, after {@link addEdges}, re-solves) the instance. */
  solve(greedyStart = true): this {
    if (!this.solvedOnce) {
      this.initDuals(greedyStart);
      this.solvedOnce = true;
    }
    const n = this.n;
    for (let v = 0; v < n; v++) {
      if (this.mateP[v] === NONE && this.dual[v] > 0) this.runStage(v);
    }
    return this;
  }

  /**
   * Adds edges to a solved instance and restores a feasible dual solution with complementary
   * slackness everywhere except at a few exposed vertices, which {@link solve} then searches from.
   */
  addEdges(
    eu: ArrayLike<number>,
    ev: ArrayLike<number>,
    w: ArrayLike<number>,
  ): this {
    if (!this.solvedOnce) {
      this.appendEdges(eu, ev, w);
      return this;
    }
    this.flattenBlossoms();
    const m0 = this.appendEdges(eu, ev, w);
    const { ends, w2, dual, mateP } = this;
    for (let k = m0; k < this.m; k++) {
      const i = ends[2 * k];
      const j = ends[2 * k + 1];
      const s = dual[i] + dual[j] - w2[k];
      if (s >= 0) continue;
      // Raise one endpoint's dual by the deficit; prefer an exposed endpoint (no tight edge lost).
      const x = mateP[i] === NONE ? i : mateP[j] === NONE ? j : i;
      dual[x] -= s;
      if (mateP[x] !== NONE) {
        const y = ends[mateP[x]];
        mateP[x] = NONE;
        mateP[y] = NONE;
      }
    }
    return this;
  }

  /** Partner of every vertex, or -1. */
  mates(): Int32Array {
    const out = new Int32Array(this.n).fill(NONE);
    for (let v = 0; v < this.n; v++)
      if (this.mateP[v] !== NONE) out[v] = this.ends[this.mateP[v]];
    return out;
  }

  /** Sum of the weights of the matched edges. */
  matchedWeight(): number {
    let total = 0;
    for (let v = 0; v < this.n; v++) {
      const p = this.mateP[v];
      if (p !== NONE && v < this.ends[p]) total += this.w2[p >> 1] / 2;
    }
    return total;
  }

  /** Weight of v's matched edge, or 0 when v is exposed. */
  mateWeight(v: number): number {
    const p = this.mateP[v];
    return p === NONE ? 0 : this.w2[p >> 1] / 2;
  }

  /** Vertex dual u(v) (in weight units). */
  vertexDual(v: number): number {
    return this.dual[v] / 2;
  }

  /**
   * 2 × reduced cost of a pair (i, j) with weight w under the current duals:
   * 2u(i) + 2u(j) + 2Σ z(B ∋ i, j) − 2w. Negative means the edge would violate the dual solution,
   * i.e. the current matching might not be optimal once the edge is added.
   */
  reducedCost2(i: number, j: number, w: number): number {
    const d = this.dual;
    let s = d[i] + d[j] - 2 * w;
    if (s >= 0 || this.inBlossom[i] !== this.inBlossom[j]) return s;
    return s + 2 * this.commonBlossomDual(i, j);
  }

  /** Σ z(B) over blossoms containing both i and j. */
  private commonBlossomDual(i: number, j: number): number {
    const parent = this.parent;
    const mk = ++this.markCounter;
    for (let b = parent[i]; b !== NONE; b = parent[b]) this.mark[b] = mk;
    let lca = parent[j];
    while (lca !== NONE && this.mark[lca] !== mk) lca = parent[lca];
    let z = 0;
    for (let b = lca; b !== NONE; b = parent[b]) z += this.dual[b];
    return z;
  }

  /**
   * Checks the optimality certificate on the solver's own edges (for tests): returns an error
   * message or null.
   */
  verifyCertificate(): string | null {
    const { n, m, ends, w2, dual, mateP, parent, base } = this;
    for (let v = 0; v < n; v++) {
      if (dual[v] < 0) return `negative vertex dual at ${v}`;
      if (mateP[v] === NONE && dual[v] !== 0)
        return `exposed vertex ${v} has dual ${dual[v]}`;
      if (mateP[v] !== NONE && ends[mateP[v] ^ 1] !== v)
        return `mate pointer broken at ${v}`;
      if (mateP[v] !== NONE && mateP[ends[mateP[v]]] !== (mateP[v] ^ 1))
        return `mate not symmetric at ${v}`;
    }
    for (let b = n; b < 2 * n; b++) {
      if (base[b] >= 0 && dual[b] < 0) return `negative blossom dual at ${b}`;
    }
    for (let k = 0; k < m; k++) {
      const i = ends[2 * k];
      const j = ends[2 * k + 1];
      const s =
        dual[i] +
        dual[j] -
        w2[k] +
        (parent[i] === NONE ? 0 : 2 * this.commonBlossomDual(i, j));
      if (s < 0) return `edge ${k} (${i}, ${j}) has negative reduced cost ${s}`;
      if (mateP[i] === 2 * k + 1 && s !== 0)
        return `matched edge ${k} is not tight (${s})`;
    }
    for (let b = n; b < 2 * n; b++) {
      if (base[b] < 0 || dual[b] <= 0) continue;
      const leaves = this.leaves(b, []);
      let inside = 0;
      for (const v of leaves) {
        const p = mateP[v];
        if (p !== NONE && leaves.includes(ends[p])) inside++;
      }
      if (inside !== leaves.length - 1)
        return `blossom ${b} with z > 0 is not full`;
    }
    return null;
  }

  // ---------------------------------------------------------------- initialisation

  private initDuals(greedyStart: boolean): void {
    const { n, ends, w2, dual, mateP, adjStart, adj } = this;
    for (let k = 0; k < this.m; k++) {
      const w = w2[k] / 2;
      const a = ends[2 * k];
      const b = ends[2 * k + 1];
      if (w > dual[a]) dual[a] = w;
      if (w > dual[b]) dual[b] = w;
    }
    if (!greedyStart) {
      // Textbook start: one common dual (the maximum weight) for every vertex.
      let max = 0;
      for (let v = 0; v < n; v++) if (dual[v] > max) max = dual[v];
      for (let v = 0; v < n; v++) dual[v] = max;
      return;
    }
    let matched = 0;
    // Match tight edges greedily (an edge is tight when it is the heaviest at both ends).
    for (let v = 0; v < n; v++) {
      if (mateP[v] !== NONE) continue;
      for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
        const p = adj[a];
        const x = ends[p];
        if (mateP[x] === NONE && dual[v] + dual[x] === w2[p >> 1]) {
          mateP[v] = p;
          mateP[x] = p ^ 1;
          matched += 2;
          break;
        }
      }
    }
    // Lower each exposed vertex's dual to the least feasible value; then it has a tight edge and,
    // if that edge leads to another exposed vertex, match it.
    for (let v = 0; v < n; v++) {
      if (mateP[v] !== NONE) continue;
      let need = 0;
      for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
        const p = adj[a];
        const d = w2[p >> 1] - dual[ends[p]];
        if (d > need) need = d;
      }
      dual[v] = need;
      if (need === 0) continue;
      for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
        const p = adj[a];
        const x = ends[p];
        if (mateP[x] === NONE && dual[v] + dual[x] === w2[p >> 1]) {
          mateP[v] = p;
          mateP[x] = p ^ 1;
          matched += 2;
          break;
        }
      }
    }
    this.stats.greedyMatched = matched;
  }

  /** Dissolves every blossom into its vertices' duals; unmatches edges that lose tightness. */
  private flattenBlossoms(): void {
    const { n, dual, base, mateP, ends, w2 } = this;
    let any = false;
    for (let b = n; b < 2 * n; b++) {
      if (base[b] < 0) continue;
      any = true;
      const z = dual[b];
      if (z !== 0) for (const v of this.leaves(b, this.leavesA)) dual[v] += z;
    }
    if (!any) return;
    for (let b = n; b < 2 * n; b++) {
      base[b] = NONE;
      this.childs[b] = null;
      this.endps[b] = null;
      this.blossomBest[b] = null;
      dual[b] = 0;
      this.parent[b] = NONE;
      this.label[b] = FREE;
    }
    this.unused.length = 0;
    for (let b = 2 * n - 1; b >= n; b--) this.unused.push(b);
    for (let v = 0; v < n; v++) {
      this.inBlossom[v] = v;
      this.parent[v] = NONE;
    }
    for (let v = 0; v < n; v++) {
      const p = mateP[v];
      if (p === NONE) continue;
      const x = ends[p];
      if (dual[v] + dual[x] !== w2[p >> 1]) {
        mateP[v] = NONE;
        mateP[x] = NONE;
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private slack(k: number): number {
    return (
      this.dual[this.ends[2 * k]] + this.dual[this.ends[2 * k + 1]] - this.w2[k]
    );
  }

  private leaves(b: number, out: number[]): number[] {
    out.length = 0;
    if (b < this.n) {
      out.push(b);
      return out;
    }
    const stack = this.leafStack;
    stack.length = 0;
    stack.push(b);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x < this.n) out.push(x);
      else {
        const ch = this.childs[x]!;
        for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
      }
    }
    return out;
  }

  private setLabel(x: number, l: number): void {
    this.label[x] = l;
    if (l !== FREE && this.touchStamp[x] !== this.stage) {
      this.touchStamp[x] = this.stage;
      this.touched.push(x);
    }
  }

  private setBest(x: number, k: number): void {
    this.bestEdge[x] = k;
    if (this.bestStamp[x] !== this.stage) {
      this.bestStamp[x] = this.stage;
      this.bestTouched.push(x);
    }
  }

  private addVert(v: number): void {
    if (this.vertStamp[v] !== this.stage) {
      this.vertStamp[v] = this.stage;
      this.verts.push(v);
    }
  }

  // ---------------------------------------------------------------- labels and blossoms

  /** Labels the top-level blossom containing w with t, reached through endpoint p. */
  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w];
    this.setLabel(w, t);
    this.setLabel(b, t);
    this.labelEnd[w] = p;
    this.labelEnd[b] = p;
    this.bestEdge[w] = NONE;
    this.bestEdge[b] = NONE;
    const leaves = this.leaves(b, this.leavesA);
    if (t === S) {
      for (let i = 0; i < leaves.length; i++) {
        this.addVert(leaves[i]);
        this.queue.push(leaves[i]);
      }
    } else {
      for (let i = 0; i < leaves.length; i++) this.addVert(leaves[i]);
      const mp = this.mateP[this.base[b]];
      this.assignLabel(this.ends[mp], S, mp ^ 1);
    }
  }

  /** Walks up from both ends of an S–S edge; returns the base of the new blossom. */
  private scanBlossom(v0: number, w0: number): number {
    const mk = ++this.markCounter;
    const { inBlossom, labelEnd, ends, mark } = this;
    let v = v0;
    let w = w0;
    while (v !== NONE || w !== NONE) {
      const b = inBlossom[v];
      if (mark[b] === mk) return this.base[b];
      mark[b] = mk;
      if (labelEnd[b] === NONE) v = NONE;
      else {
        const t = ends[labelEnd[b]];
        v = ends[labelEnd[inBlossom[t]]];
      }
      if (w !== NONE) {
        const x = v;
        v = w;
        w = x;
      }
    }
    return NONE;
  }

  /** Creates a blossom with the given base from the cycle closed by S–S edge k. */
  private addBlossom(baseV: number, k: number): void {
    const { ends, inBlossom, labelEnd, parent, n } = this;
    let v = ends[2 * k];
    let w = ends[2 * k + 1];
    const bb = inBlossom[baseV];
    let bv = inBlossom[v];
    let bw = inBlossom[w];
    const b = this.unused.pop()!;
    this.base[b] = baseV;
    parent[b] = NONE;
    parent[bb] = b;
    const path: number[] = [];
    const eps: number[] = [];
    while (bv !== bb) {
      parent[bv] = b;
      path.push(bv);
      eps.push(labelEnd[bv]);
      v = ends[labelEnd[bv]];
      bv = inBlossom[v];
    }
    path.push(bb);
    path.reverse();
    eps.reverse();
    eps.push(2 * k);
    while (bw !== bb) {
      parent[bw] = b;
      path.push(bw);
      eps.push(labelEnd[bw] ^ 1);
      w = ends[labelEnd[bw]];
      bw = inBlossom[w];
    }
    this.childs[b] = path;
    this.endps[b] = eps;
    this.setLabel(b, S);
    labelEnd[b] = labelEnd[bb];
    this.dual[b] = 0;
    const leaves = this.leaves(b, this.leavesB);
    for (let i = 0; i < leaves.length; i++) {
      const x = leaves[i];
      if (this.label[inBlossom[x]] === T) this.queue.push(x);
      inBlossom[x] = b;
    }
    // Least-slack edges from the new blossom to every other S-blossom.
    const bestTo = this.bestTo;
    const toList = this.bestToList;
    toList.length = 0;
    const consider = (kk: number): void => {
      let j = ends[2 * kk + 1];
      if (inBlossom[j] === b) j = ends[2 * kk];
      const bj = inBlossom[j];
      if (bj !== b && this.label[bj] === S) {
        const cur = bestTo[bj];
        if (cur === NONE) {
          toList.push(bj);
          bestTo[bj] = kk;
        } else if (this.slack(kk) < this.slack(cur)) bestTo[bj] = kk;
      }
    };
    for (let i = 0; i < path.length; i++) {
      const sub = path[i];
      const list = this.blossomBest[sub];
      if (list === null) {
        const sl = this.leaves(sub, this.leavesC);
        for (let li = 0; li < sl.length; li++) {
          const x = sl[li];
          for (let a = this.adjStart[x]; a < this.adjStart[x + 1]; a++)
            consider(this.adj[a] >> 1);
        }
      } else {
        for (let li = 0; li < list.length; li++) consider(list[li]);
      }
      this.blossomBest[sub] = null;
      this.bestEdge[sub] = NONE;
    }
    const list: number[] = [];
    let best = NONE;
    let bestSlack = 0;
    for (let i = 0; i < toList.length; i++) {
      const kk = bestTo[toList[i]];
      bestTo[toList[i]] = NONE;
      list.push(kk);
      const s = this.slack(kk);
      if (best === NONE || s < bestSlack) {
        best = kk;
        bestSlack = s;
      }
    }
    this.blossomBest[b] = list;
    this.bestListed.push(b);
    this.bestEdge[b] = NONE;
    if (best !== NONE) this.setBest(b, best);
    if (b < n) throw new Error('blossom id underflow');
  }

  /** Expands a blossom; within a stage (endStage false) a T-blossom's children are relabelled. */
  private expandBlossom(b: number, endStage: boolean): void {
    const { n, inBlossom, parent, ends, labelEnd } = this;
    const ch = this.childs[b]!;
    for (let i = 0; i < ch.length; i++) {
      const s = ch[i];
      parent[s] = NONE;
      if (s < n) inBlossom[s] = s;
      else if (endStage && this.dual[s] === 0) this.expandBlossom(s, true);
      else {
        const leaves = this.leaves(s, this.leavesD);
        for (let li = 0; li < leaves.length; li++) inBlossom[leaves[li]] = s;
      }
    }
    if (!endStage && this.label[b] === T) {
      const len = ch.length;
      const ep = this.endps[b]!;
      const at = (j: number): number => (j < 0 ? j + len : j);
      const entryChild = inBlossom[ends[labelEnd[b] ^ 1]];
      let j = ch.indexOf(entryChild);
      let jstep: number;
      let trick: number;
      if (j & 1) {
        j -= len;
        jstep = 1;
        trick = 0;
      } else {
        jstep = -1;
        trick = 1;
      }
      let p = labelEnd[b];
      while (j !== 0) {
        // Relabel the T-sub-blossom on the path and the S-sub-blossom after it.
        this.label[ends[p ^ 1]] = FREE;
        this.label[ends[ep[at(j - trick)] ^ trick ^ 1]] = FREE;
        this.assignLabel(ends[p ^ 1], T, p);
        this.allow[ep[at(j - trick)] >> 1] = this.stage;
        j += jstep;
        p = ep[at(j - trick)] ^ trick;
        this.allow[p >> 1] = this.stage;
        j += jstep;
      }
      // The child reached through the base becomes T without relabelling its mate.
      const bv = ch[at(j)];
      this.setLabel(ends[p ^ 1], T);
      this.setLabel(bv, T);
      labelEnd[ends[p ^ 1]] = p;
      labelEnd[bv] = p;
      this.bestEdge[bv] = NONE;
      j += jstep;
      while (ch[at(j)] !== entryChild) {
        const sub = ch[at(j)];
        if (this.label[sub] === S) {
          j += jstep;
          continue;
        }
        const leaves = this.leaves(sub, this.leavesE);
        let reached = NONE;
        for (let li = 0; li < leaves.length; li++) {
          if (this.label[leaves[li]] !== FREE) {
            reached = leaves[li];
            break;
          }
        }
        if (reached !== NONE) {
          this.label[reached] = FREE;
          this.label[ends[this.mateP[this.base[sub]]]] = FREE;
          this.assignLabel(reached, T, labelEnd[reached]);
        }
        j += jstep;
      }
    }
    this.label[b] = FREE;
    labelEnd[b] = NONE;
    this.childs[b] = null;
    this.endps[b] = null;
    this.base[b] = NONE;
    this.blossomBest[b] = null;
    this.bestEdge[b] = NONE;
    this.dual[b] = 0;
    this.unused.push(b);
  }

  /** Swaps matched and unmatched edges inside blossom b so that vertex v becomes its base. */
  private augmentBlossom(b: number, v: number): void {
    const { n, parent, ends, mateP } = this;
    let t = v;
    while (parent[t] !== b) t = parent[t];
    if (t >= n) this.augmentBlossom(t, v);
    const ch = this.childs[b]!;
    const ep = this.endps[b]!;
    const len = ch.length;
    const at = (j: number): number => (j < 0 ? j + len : j);
    const i = ch.indexOf(t);
    let j = i;
    let jstep: number;
    let trick: number;
    if (i & 1) {
      j -= len;
      jstep = 1;
      trick = 0;
    } else {
      jstep = -1;
      trick = 1;
    }
    while (j !== 0) {
      j += jstep;
      let sub = ch[at(j)];
      const p = ep[at(j - trick)] ^ trick;
      if (sub >= n) this.augmentBlossom(sub, ends[p]);
      j += jstep;
      sub = ch[at(j)];
      if (sub >= n) this.augmentBlossom(sub, ends[p ^ 1]);
      mateP[ends[p]] = p ^ 1;
      mateP[ends[p ^ 1]] = p;
    }
    if (i > 0) {
      this.childs[b] = ch.slice(i).concat(ch.slice(0, i));
      this.endps[b] = ep.slice(i).concat(ep.slice(0, i));
    }
    this.base[b] = this.base[this.childs[b]![0]];
  }

  /**
   * Flips the alternating path from vertex s (entered through remote endpoint p, or -1 to leave s
   * exposed) up to the root of its tree.
   */
  private flipToRoot(s0: number, p0: number): void {
    const { n, inBlossom, labelEnd, ends, mateP } = this;
    let s = s0;
    let p = p0;
    for (;;) {
      const bs = inBlossom[s];
      if (bs >= n) this.augmentBlossom(bs, s);
      mateP[s] = p;
      if (labelEnd[bs] === NONE) return;
      const t = ends[labelEnd[bs]];
      const bt = inBlossom[t];
      s = ends[labelEnd[bt]];
      const j = ends[labelEnd[bt] ^ 1];
      if (bt >= n) this.augmentBlossom(bt, j);
      mateP[j] = labelEnd[bt];
      p = labelEnd[bt] ^ 1;
    }
  }

  // ---------------------------------------------------------------- the stage

  private runStage(root: number): void {
    this.stats.stages++;
    this.stage++;
    const stage = this.stage;
    const {
      queue,
      inBlossom,
      label,
      ends,
      dual,
      w2,
      adjStart,
      adj,
      allow,
      mateP,
      parent,
    } = this;
    queue.length = 0;
    this.verts.length = 0;
    this.touched.length = 0;
    this.bestTouched.length = 0;
    this.bestListed.length = 0;
    this.assignLabel(root, S, NONE);

    for (;;) {
      while (queue.length > 0) {
        const v = queue.pop()!;
        for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
          const p = adj[a];
          const k = p >> 1;
          const w = ends[p];
          const bv = inBlossom[v];
          const bw = inBlossom[w];
          if (bv === bw) continue;
          let kslack = 0;
          if (allow[k] !== stage) {
            kslack = dual[v] + dual[w] - w2[k];
            if (kslack <= 0) allow[k] = stage;
          }
          if (allow[k] === stage) {
            const lw = label[bw];
            if (lw === FREE) {
              if (mateP[this.base[bw]] === NONE) {
                // Tight edge to an exposed vertex outside the tree: augment.
                this.labelEnd[bw] = NONE;
                this.flipToRoot(v, p);
                this.flipToRoot(w, p ^ 1);
                this.endStage();
                return;
              }
              this.assignLabel(w, T, p ^ 1);
            } else if (lw === S) {
              const b = this.scanBlossom(v, w);
              if (b === NONE)
                throw new Error('blossom: S–S edge between two trees');
              this.addBlossom(b, k);
            } else if (label[w] === FREE) {
              // w sits inside a T-blossom and is now reachable; remember how, for expansion.
              this.setLabel(w, T);
              this.labelEnd[w] = p ^ 1;
            }
          } else if (label[bw] === S) {
            const be = this.bestEdge[bv];
            if (be === NONE || kslack < this.slack(be)) this.setBest(bv, k);
          } else if (label[w] === FREE) {
            const be = this.bestEdge[w];
            if (be === NONE || kslack < this.slack(be)) this.setBest(w, k);
          }
        }
      }

      // Dual adjustment: the largest step that keeps every constraint satisfied.
      let type = 0;
      let delta = 0;
      let arg = NONE;
      const verts = this.verts;
      for (let i = 0; i < verts.length; i++) {
        const v = verts[i];
        if (label[inBlossom[v]] === S && (type === 0 || dual[v] < delta)) {
          type = 1;
          delta = dual[v];
          arg = v;
        }
      }
      const bt = this.bestTouched;
      for (let i = 0; i < bt.length; i++) {
        const x = bt[i];
        const k = this.bestEdge[x];
        if (k === NONE) continue;
        if (x < this.n && label[inBlossom[x]] === FREE) {
          const s = this.slack(k);
          if (s < delta) {
            type = 2;
            delta = s;
            arg = k;
          }
        } else if (
          parent[x] === NONE &&
          label[x] === S &&
          (x < this.n || this.base[x] >= 0)
        ) {
          const s = this.slack(k) / 2;
          if (s < delta) {
            type = 3;
            delta = s;
            arg = k;
          }
        }
      }
      const touched = this.touched;
      for (let i = 0; i < touched.length; i++) {
        const b = touched[i];
        if (
          b >= this.n &&
          this.base[b] >= 0 &&
          parent[b] === NONE &&
          label[b] === T &&
          dual[b] < delta
        ) {
          type = 4;
          delta = dual[b];
          arg = b;
        }
      }

      if (delta !== 0) {
        for (let i = 0; i < verts.length; i++) {
          const v = verts[i];
          const l = label[inBlossom[v]];
          if (l === S) dual[v] -= delta;
          else if (l === T) dual[v] += delta;
        }
        for (let i = 0; i < touched.length; i++) {
          const b = touched[i];
          if (b < this.n || this.base[b] < 0 || parent[b] !== NONE) continue;
          if (label[b] === S) dual[b] += delta;
          else if (label[b] === T) dual[b] -= delta;
        }
      }

      if (type === 1) {
        // An S-vertex's dual reached zero: finished root, or flip its path so it is exposed.
        if (mateP[arg] !== NONE) this.flipToRoot(arg, NONE);
        this.endStage();
        return;
      } else if (type === 2) {
        allow[arg] = stage;
        let i = ends[2 * arg];
        if (label[inBlossom[i]] === FREE) i = ends[2 * arg + 1];
        queue.push(i);
      } else if (type === 3) {
        allow[arg] = stage;
        queue.push(ends[2 * arg]);
      } else {
        this.expandBlossom(arg, false);
      }
    }
  }

  private endStage(): void {
    const { n, touched, label, parent, base, dual } = this;
    for (let i = 0; i < touched.length; i++) {
      const b = touched[i];
      if (
        b >= n &&
        base[b] >= 0 &&
        parent[b] === NONE &&
        label[b] === S &&
        dual[b] === 0
      ) {
        this.expandBlossom(b, true);
      }
    }
    for (let i = 0; i < touched.length; i++) label[touched[i]] = FREE;
    const bt = this.bestTouched;
    for (let i = 0; i < bt.length; i++) this.bestEdge[bt[i]] = NONE;
    const bl = this.bestListed;
    for (let i = 0; i < bl.length; i++) this.blossomBest[bl[i]] = null;
  }
}
