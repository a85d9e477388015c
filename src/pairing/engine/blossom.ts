/**
 * Exact maximum-weight matching on general graphs: Edmonds' blossom algorithm in its primal–dual
 * form (Edmonds 1965; Gabow 1976; Galil, "Efficient algorithms for finding maximum matching in
 * graphs", 1986). The data layout (edge endpoints, labels, blossom child cycles) follows the
 * classic formulation; three departures make it fast on the graphs UraMost solves:
 *
 * 1. **All alternating trees at once, many augmentations per search, lazy duals, heaps.** Every
 *    exposed vertex with a positive dual roots a tree and all trees grow together. When two trees
 *    meet, the path is augmented and only those two trees are dissolved; the others keep growing.
 *    Dual changes are not applied vertex by vertex: the search keeps the total change D, and a
 *    labelled vertex's dual is its stored value ∓ (D − the D at which it was labelled). The four
 *    kinds of dual step (an S-vertex dual reaching 0, an S–free edge, an S–S edge or a T-blossom
 *    dual becoming tight) come from four binary heaps whose keys stay fixed while an entry is valid;
 *    an entry is valid when its key still equals the key recomputed from the current state, and
 *    invalid entries are dropped when they reach the top. A dual step is O(log m).
 * 2. **Vertex-specific starting duals and a greedy start.** Every vertex starts with the dual u(v) =
 *    max incident weight / 2 and tight edges are matched greedily. Exposed vertices then no longer
 *    share one dual value, which the textbook stopping rule needs. Instead: when the smallest dual
 *    of an S-vertex reaches zero, either it is the (exposed) root, which is then finished, or it is a
 *    matched S-vertex v, and the even alternating path root…v is flipped so that v becomes exposed
 *    with u(v) = 0 and the root becomes matched. Either way complementary slackness holds for the
 *    vertices involved, that tree is dissolved and the number of exposed vertices with a positive
 *    dual falls by one, so each
 *    vertex is a root at most once. With different root duals there is no common stopping point,
 *    so these per-vertex rules are what make a search of all trees at once correct.
 * 3. **Warm restarts.** Edges can be added to a solved instance ({@link BlossomSolver.addEdges})
 *    and every weight can be raised by a constant ({@link BlossomSolver.shiftWeights}); violated
 *    edges are repaired locally (only the blossoms around them are opened) and only the disturbed
 *    vertices are searched again.
 *
 * At the end, the duals certify optimality: u ≥ 0, z ≥ 0, every edge has non-negative reduced cost
 * u(i) + u(j) + Σ{z(B) : i, j ∈ B} − w(i, j), matched edges have reduced cost 0, exposed vertices
 * have u = 0 and every blossom with z > 0 is full. {@link BlossomSolver.reducedCost2} exposes the
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
  /** Alternating trees grown (one per exposed vertex with a positive dual, per search). */
  stages: number;
  /** Vertices matched by the greedy start. */
  greedyMatched: number;
  /** Dual steps taken. */
  dualSteps: number;
  /** Blossoms formed and expanded within stages. */
  blossoms: number;
  expansions: number;
}

export class BlossomSolver {
  readonly n: number;
  /** Number of edges currently in the graph. */
  m = 0;

  private ends: Int32Array = new Int32Array(0); // endpoint[2k], endpoint[2k+1]
  private w2: Float64Array = new Float64Array(0); // 2 · weight of edge k
  private adjStart: Int32Array;
  private adj: Int32Array = new Int32Array(0); // remote endpoint indices per vertex
  // Alongside adj: the neighbour (ends[adj[a]]) and 2 · the edge's weight, so that scanning a
  // vertex's edges reads three arrays in order instead of gathering through the endpoints.
  private adjTo: Int32Array = new Int32Array(0);
  private adjW2: Float64Array = new Float64Array(0);

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
  private readonly unused: number[] = [];
  private readonly queue: number[] = [];
  private readonly mark: Int32Array;
  private markCounter = 0;
  private readonly leafStack: number[] = [];
  private readonly augStack: number[] = [];
  /** Number of vertices in each blossom (1 for a vertex). */
  private readonly size: Int32Array;
  /** Bumped whenever duals or blossoms change; the common-blossom index is rebuilt lazily. */
  private version = 0;
  private zIndexVersion = -1;
  private depth: Int32Array = new Int32Array(0);
  private lift: Int32Array[] = [];
  private zAcc: Float64Array = new Float64Array(0);
  private readonly expandStack: number[] = [];
  private readonly leavesA: number[] = [];
  private readonly leavesB: number[] = [];
  private readonly leavesC: number[] = [];
  private readonly leavesD: number[] = [];
  private readonly leavesE: number[] = [];

  // Trees: tree[x] is the root of the tree a labelled vertex/top-level blossom belongs to;
  // treeItems[root] lists what was labelled in that tree (checked against tree[] when dissolving).
  private readonly tree: Int32Array;
  private readonly treeItems: (number[] | null)[];
  private aliveTrees = 0;

  // Lazy duals: total dual change of the search, and when each vertex/blossom was labelled.
  private delta = 0;
  private readonly since: Float64Array; // per vertex and blossom: value of `delta` at labelling
  private readonly sKey: Float64Array; // S-vertex: dual + since (its dual is sKey − delta)
  private readonly h1 = new MinHeap(); // S vertices, key sKey
  private readonly h2 = new MinHeap(); // S–free edges by remote (free) endpoint, key slack + D
  private readonly best2: Float64Array; // key of the last h2 entry pushed for each free vertex
  /**
   * Vertices freed (their tree dissolved) whose best edge to an S-vertex is not known yet. They
   * are scanned just before the next dual step, not at once: many are taken into another tree
   * (or freed again) before then, and each scan reads the vertex's whole adjacency.
   */
  private readonly freedPending: number[] = [];
  private readonly freedMark: Uint8Array;
  /**
   * S–S edges, key slack + 2D: one entry per S-vertex, its least-slack edge to another S-blossom
   * (`best3`: the key of its latest entry), found when it is scanned and again whenever that entry
   * is used or goes stale. An edge that becomes S–S later is offered by the end scanned later, so
   * the least-slack S–S edge always has an entry at least as small.
   */
  private readonly h3 = new MinHeap();
  private readonly best3: Float64Array;
  private readonly h4 = new MinHeap(); // T-blossoms, key z + D

  readonly stats: SolveStats = {
    stages: 0,
    greedyMatched: 0,
    dualSteps: 0,
    blossoms: 0,
    expansions: 0,
  };
  private solvedOnce = false;

  /**
   * @param n number of vertices
   * @param eu, ev, w edges (u ≠ v, both < n; self-loops are ignored). Edges with w ≤ 0 never
   *   improve a maximum-weight matching; they are kept so that {@link shiftWeights} can make them
   *   count.
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
    for (let b = 2 * n - 1; b >= n; b--) this.unused.push(b);
    this.mark = new Int32Array(2 * n);
    this.size = new Int32Array(2 * n).fill(1);
    this.tree = new Int32Array(2 * n).fill(NONE);
    this.treeItems = new Array<number[] | null>(n).fill(null);
    this.since = new Float64Array(2 * n);
    this.sKey = new Float64Array(n);
    this.best2 = new Float64Array(n).fill(Infinity);
    this.best3 = new Float64Array(n).fill(Infinity);
    this.freedMark = new Uint8Array(n);
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
      if (a === b) continue;
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
      if (a === b) continue;
      ends[2 * k] = a;
      ends[2 * k + 1] = b;
      w2[k] = 2 * w[i];
      k++;
    }
    this.ends = ends;
    this.w2 = w2;
    this.m = m;
    // CSR adjacency of remote endpoints, in edge order (deterministic).
    const start = this.adjStart;
    start.fill(0);
    for (let p = 0; p < 2 * m; p++) start[ends[p] + 1]++;
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const adj = new Int32Array(2 * m);
    for (let p = 0; p < 2 * m; p++) adj[fill[ends[p]]++] = p ^ 1;
    const adjTo = new Int32Array(2 * m);
    const adjW2 = new Float64Array(2 * m);
    for (let a = 0; a < 2 * m; a++) {
      adjTo[a] = ends[adj[a]];
      adjW2[a] = w2[adj[a] >> 1];
    }
    this.adj = adj;
    this.adjTo = adjTo;
    this.adjW2 = adjW2;
    return m0;
  }

  // ---------------------------------------------------------------- public API

  /** Solves (or, after {@link addEdges}, re-solves) the instance. */
  solve(greedyStart = true): this {
    this.version++;
    if (!this.solvedOnce) {
      this.initDuals(greedyStart);
      this.solvedOnce = true;
    }
    this.search();
    return this;
  }

  /**
   * Adds edges to a solved instance. Each new edge that violates the duals is repaired locally:
   * while both ends lie inside blossoms, the smaller top-level blossom is opened (its z moves into
   * its vertices' duals); then the dual of an end that stands alone is raised by the deficit. A
   * matched edge that loses tightness on the way is unmatched. The rest of the solution, blossoms included, stays,
   * and {@link solve} searches again from the few exposed vertices this creates.
   */
  addEdges(
    eu: ArrayLike<number>,
    ev: ArrayLike<number>,
    w: ArrayLike<number>,
  ): this {
    const m0 = this.appendEdges(eu, ev, w);
    if (!this.solvedOnce) return this;
    const { ends, w2, dual, mateP, n } = this;
    this.version++;
    for (let k = m0; k < this.m; k++) {
      const i = ends[2 * k];
      const j = ends[2 * k + 1];
      for (;;) {
        // The blossom structure changes as blossoms are opened here, so the common-blossom dual
        // is found by walking up the parents (an index rebuild per query would be O(n) each).
        let rc = dual[i] + dual[j] - w2[k];
        if (rc < 0 && this.top(i) === this.top(j))
          rc += 2 * this.commonBlossomDualWalk(i, j);
        if (rc >= 0) break;
        const ti = this.top(i);
        const tj = this.top(j);
        if (ti >= n && tj >= n) {
          // Both ends inside blossoms: open the smaller one (never peel a giant one needlessly).
          this.openBlossom(this.size[ti] <= this.size[tj] ? ti : tj);
          continue;
        }
        // Raise the dual of an end that stands alone by the deficit; prefer an exposed one (no
        // matched edge is lost).
        const x =
          ti >= n
            ? j
            : tj >= n
              ? i
              : mateP[i] === NONE
                ? i
                : mateP[j] === NONE
                  ? j
                  : i;
        dual[x] -= rc;
        if (mateP[x] !== NONE) {
          const y = ends[mateP[x]];
          mateP[x] = NONE;
          mateP[y] = NONE;
        }
        break;
      }
    }
    return this;
  }

  /**
   * Adds `bonus` to every edge weight of a solved instance and `bonus` to every vertex's 2u, so
   * every reduced cost and the whole solution stay as they are; exposed vertices now have a positive
   * dual and {@link solve} continues from there. Used to turn a maximum-weight solution into the
   * start of a maximum-cardinality-first one.
   */
  shiftWeights(bonus: number): this {
    this.version++;
    for (let k = 0; k < this.m; k++) this.w2[k] += 2 * bonus;
    for (let a = 0; a < 2 * this.m; a++) this.adjW2[a] += 2 * bonus;
    for (let v = 0; v < this.n; v++) this.dual[v] += bonus;
    return this;
  }

  /** Removes top-level blossom b outside any search, moving its z into its vertices' duals. */
  private openBlossom(b: number): void {
    this.version++;
    const { n, dual, mateP, ends, parent, inBlossom } = this;
    const z = dual[b];
    if (z !== 0) {
      for (const v of this.leaves(b, this.leavesA)) dual[v] += z;
      // The base's matched edge leaves the blossom and is no longer tight.
      const bs = this.base[b];
      const p = mateP[bs];
      if (p !== NONE) {
        mateP[ends[p]] = NONE;
        mateP[bs] = NONE;
      }
    }
    for (const s of this.childs[b]!) {
      parent[s] = NONE;
      if (s < n) inBlossom[s] = s;
      else for (const v of this.leaves(s, this.leavesD)) inBlossom[v] = s;
    }
    this.childs[b] = null;
    this.endps[b] = null;
    this.base[b] = NONE;
    this.dual[b] = 0;
    this.label[b] = FREE;
    this.tree[b] = NONE;
    this.unused.push(b);
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

  /** 2u(v) for every vertex (a view of the solver's state, valid until it changes). */
  vertexDuals2(): Float64Array {
    return this.dual.subarray(0, this.n);
  }

  /**
   * The top-level blossom of every vertex that lies in one (else -1) and its z, and the next
   * blossom down that holds the vertex (group2, z2). Every pair inside a top blossom gets 2z in its
   * reduced cost, 2z2 more inside the same group2 (deeper blossoms may add more:
   * {@link blossomIndex} gives the exact sum).
   */
  topBlossoms(): {
    group: Int32Array;
    z: Float64Array;
    group2: Int32Array;
    z2: Float64Array;
  } {
    const { n, parent, dual } = this;
    const group = new Int32Array(n).fill(NONE);
    const z = new Float64Array(n);
    const group2 = new Int32Array(n).fill(NONE);
    const z2 = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const b = this.top(v);
      if (b < n) continue;
      group[v] = b;
      z[v] = dual[b];
      // The child of b that holds v: walk up from v's innermost blossom.
      let c = v;
      while (parent[c] !== b) c = parent[c];
      if (c >= n) {
        group2[v] = c;
        z2[v] = dual[c];
      }
    }
    return { group, z, group2, z2 };
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
    const s = d[i] + d[j] - 2 * w;
    if (s >= 0 || this.top(i) !== this.top(j)) return s;
    return s + 2 * this.commonBlossomDual(i, j);
  }

  /**
   * Σ z(B) over blossoms containing both i and j: z summed from the root down to their lowest
   * common blossom, found by binary lifting over the (static between solves) blossom forest.
   */
  private commonBlossomDual(i: number, j: number): number {
    return commonBlossomZ(this.blossomIndex(), i, j);
  }

  /**
   * The blossom forest as plain arrays (rebuilt when stale): with {@link commonBlossomZ}, the exact
   * Σ z(B ∋ i, j) of any pair, on any thread.
   */
  blossomIndex(): BlossomIndex {
    if (this.zIndexVersion !== this.version) this.buildZIndex();
    return { depth: this.depth, lift: this.lift, zAcc: this.zAcc };
  }

  /** {@link commonBlossomDual} without the index: O(nesting depth), for a changing structure. */
  private commonBlossomDualWalk(i: number, j: number): number {
    const { parent, mark, dual } = this;
    const mk = ++this.markCounter;
    for (let x = parent[i]; x !== NONE; x = parent[x]) mark[x] = mk;
    let c = parent[j];
    while (c !== NONE && mark[c] !== mk) c = parent[c];
    let z = 0;
    for (; c !== NONE; c = parent[c]) z += dual[c];
    return z;
  }

  private buildZIndex(): void {
    const { n, parent, base } = this;
    const N = 2 * n;
    const depth = new Int32Array(N).fill(-1);
    const zAcc = new Float64Array(N);
    const stack: number[] = [];
    let maxDepth = 0;
    for (let x = 0; x < N; x++) {
      if (x >= n && base[x] < 0) continue;
      // Walk up to the first node with a known depth, then fill the path top-down.
      let y = x;
      while (y !== NONE && depth[y] < 0) {
        stack.push(y);
        y = parent[y];
      }
      while (stack.length > 0) {
        const z = stack.pop()!;
        const p = parent[z];
        depth[z] = p === NONE ? 0 : depth[p] + 1;
        zAcc[z] = (z >= n ? this.dual[z] : 0) + (p === NONE ? 0 : zAcc[p]);
        if (depth[z] > maxDepth) maxDepth = depth[z];
      }
    }
    const lift: Int32Array[] = [Int32Array.from(parent)];
    for (let k = 1; 1 << k <= maxDepth; k++) {
      const prev = lift[k - 1];
      const next = new Int32Array(N);
      for (let x = 0; x < N; x++)
        next[x] = prev[x] === NONE ? NONE : prev[prev[x]];
      lift.push(next);
    }
    this.depth = depth;
    this.zAcc = zAcc;
    this.lift = lift;
    this.zIndexVersion = this.version;
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
    // Augmenting paths of length 3 over tight edges: v–x, x=y (matched), y–z with v and z
    // exposed. Flipping keeps every matched edge tight, so the duals stay a valid start.
    for (let v = 0; v < n; v++) {
      if (mateP[v] !== NONE || dual[v] === 0) continue;
      let done = false;
      for (let a = adjStart[v]; a < adjStart[v + 1] && !done; a++) {
        const p = adj[a];
        const x = ends[p];
        const mx = mateP[x];
        if (mx === NONE || dual[v] + dual[x] !== w2[p >> 1]) continue;
        const y = ends[mx];
        for (let c = adjStart[y]; c < adjStart[y + 1]; c++) {
          const q = adj[c];
          const z = ends[q];
          if (z === v || mateP[z] !== NONE || dual[y] + dual[z] !== w2[q >> 1])
            continue;
          mateP[v] = p;
          mateP[x] = p ^ 1;
          mateP[y] = q;
          mateP[z] = q ^ 1;
          matched += 2;
          done = true;
          break;
        }
      }
    }
    this.stats.greedyMatched = matched;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The top-level blossom containing v. `inBlossom[v]` may point at a blossom nested inside it
   * (forming a blossom does not touch the vertices of its S-sub-blossoms); the pointer is
   * shortened on the way. Only expanding a blossom resets the pointers into it.
   */
  private top(v: number): number {
    const parent = this.parent;
    let b = this.inBlossom[v];
    if (parent[b] === NONE) return b;
    b = parent[b];
    while (parent[b] !== NONE) b = parent[b];
    this.inBlossom[v] = b;
    return b;
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

  /** v (with an up-to-date `dual[v]`) becomes an S-vertex now. */
  private becomeS(v: number): void {
    this.since[v] = this.delta;
    this.sKey[v] = this.dual[v] + this.delta;
    this.h1.push(this.sKey[v], v);
    this.queue.push(v);
  }

  // ---------------------------------------------------------------- labels and blossoms

  /**
   * Labels the (free) top-level blossom containing w with t, reached through endpoint p (whose
   * vertex, already in a tree, is the labeller), or makes it a new root when p is -1.
   */
  private assignLabel(w: number, t: number, p: number): void {
    const b = this.top(w);
    const r = p === NONE ? w : this.tree[this.top(this.ends[p])];
    if (p === NONE) {
      this.treeItems[r] = [];
      this.aliveTrees++;
      this.stats.stages++;
    }
    this.label[w] = t;
    this.label[b] = t;
    this.tree[w] = r;
    this.tree[b] = r;
    this.treeItems[r]!.push(b);
    this.labelEnd[w] = p;
    this.labelEnd[b] = p;
    const leaves = this.leaves(b, this.leavesA);
    if (b >= this.n) this.since[b] = this.delta;
    if (t === S) {
      for (let i = 0; i < leaves.length; i++) this.becomeS(leaves[i]);
    } else {
      for (let i = 0; i < leaves.length; i++)
        this.since[leaves[i]] = this.delta;
      if (b >= this.n) this.markT(b);
      const mp = this.mateP[this.base[b]];
      this.assignLabel(this.ends[mp], S, mp ^ 1);
    }
  }

  /** A nontrivial blossom b just became a top-level T-blossom (its z is up to date). */
  private markT(b: number): void {
    this.since[b] = this.delta;
    this.h4.push(this.dual[b] + this.delta, b);
  }

  /** Walks up from both ends of an S–S edge; returns the base of the new blossom. */
  private scanBlossom(v0: number, w0: number): number {
    const mk = ++this.markCounter;
    const { inBlossom, labelEnd, ends, mark } = this;
    let v = v0;
    let w = w0;
    while (v !== NONE || w !== NONE) {
      const b = this.top(v);
      if (mark[b] === mk) return this.base[b];
      mark[b] = mk;
      if (labelEnd[b] === NONE) v = NONE;
      else {
        const t = ends[labelEnd[b]];
        v = ends[labelEnd[this.top(t)]];
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
    const { ends, labelEnd, parent } = this;
    let v = ends[2 * k];
    let w = ends[2 * k + 1];
    const bb = this.top(baseV);
    let bv = this.top(v);
    let bw = this.top(w);
    const b = this.unused.pop()!;
    this.stats.blossoms++;
    this.base[b] = baseV;
    parent[b] = NONE;
    const path: number[] = [];
    const eps: number[] = [];
    while (bv !== bb) {
      parent[bv] = b;
      path.push(bv);
      eps.push(labelEnd[bv]);
      v = ends[labelEnd[bv]];
      bv = this.top(v);
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
      bw = this.top(w);
    }
    parent[bb] = b; // only now: both walks must see bb as a top-level blossom
    let leafCount = 0;
    for (let i = 0; i < path.length; i++) leafCount += this.size[path[i]];
    this.size[b] = leafCount;
    this.childs[b] = path;
    this.endps[b] = eps;
    // The sub-blossoms stop changing: fix their z, then turn T-vertices into S-vertices.
    const d = this.delta;
    for (let i = 0; i < path.length; i++) {
      const sub = path[i];
      if (sub < this.n) continue;
      if (this.label[sub] === S) this.dual[sub] += d - this.since[sub];
      else this.dual[sub] -= d - this.since[sub];
    }
    // Only the T-sub-blossoms' vertices are touched (they become S-vertices); the others find
    // their new top-level blossom through the parent pointers (see top()).
    for (let i = 0; i < path.length; i++) {
      const sub = path[i];
      if (this.label[sub] !== T) continue;
      const leaves = this.leaves(sub, this.leavesB);
      for (let li = 0; li < leaves.length; li++) {
        const x = leaves[li];
        this.dual[x] += d - this.since[x];
        this.becomeS(x);
      }
    }
    // Sub-blossoms carry no label of their own (an expansion relabels them from scratch).
    for (let i = 0; i < path.length; i++) this.label[path[i]] = FREE;
    this.label[b] = S;
    const r = this.tree[bb];
    this.tree[b] = r;
    this.treeItems[r]!.push(b);
    labelEnd[b] = labelEnd[bb];
    this.dual[b] = 0;
    this.since[b] = d;
  }

  /** Expands blossom b (outside any tree) and, recursively, its sub-blossoms with z = 0. */
  private expandZero(b: number): void {
    const stack = this.expandStack;
    stack.length = 0;
    stack.push(b);
    while (stack.length > 0) this.expandBlossom(stack.pop()!, true);
  }

  /** Expands a blossom; within a stage (endStage false) a T-blossom's children are relabelled. */
  private expandBlossom(b: number, endStage: boolean): void {
    const { n, inBlossom, parent, ends, labelEnd } = this;
    const ch = this.childs[b]!;
    const inStage = !endStage && this.label[b] === T;
    this.stats.expansions++;
    if (inStage) {
      // Fix the duals of the T-vertices inside before their labels change.
      const leaves = this.leaves(b, this.leavesD);
      for (let i = 0; i < leaves.length; i++) {
        const x = leaves[i];
        this.dual[x] += this.delta - this.since[x];
        this.since[x] = this.delta;
      }
    }
    for (let i = 0; i < ch.length; i++) {
      const s = ch[i];
      parent[s] = NONE;
      if (s < n) inBlossom[s] = s;
      else if (endStage && this.dual[s] === 0) this.expandStack.push(s);
      else {
        const leaves = this.leaves(s, this.leavesD);
        for (let li = 0; li < leaves.length; li++) inBlossom[leaves[li]] = s;
      }
    }
    if (inStage) {
      const len = ch.length;
      const ep = this.endps[b]!;
      const at = (j: number): number => (j < 0 ? j + len : j);
      const entryChild = this.top(ends[labelEnd[b] ^ 1]);
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
        j += jstep;
        p = ep[at(j - trick)] ^ trick;
        j += jstep;
      }
      // The child reached through the base becomes T without relabelling its mate.
      const bv = ch[at(j)];
      const r = this.tree[b];
      this.label[ends[p ^ 1]] = T;
      this.label[bv] = T;
      this.tree[bv] = r;
      this.treeItems[r]!.push(bv);
      labelEnd[ends[p ^ 1]] = p;
      labelEnd[bv] = p;
      if (bv >= n) this.markT(bv);
      j += jstep;
      while (ch[at(j)] !== entryChild) {
        const sub = ch[at(j)];
        if (this.label[sub] === S) {
          j += jstep;
          continue;
        }
        // A vertex reached from outside by a tight edge from a (still) S-vertex gives the
        // sub-blossom a T label; markers left by dissolved trees are ignored.
        const leaves = this.leaves(sub, this.leavesE);
        let reached = NONE;
        for (let li = 0; li < leaves.length; li++) {
          const x = leaves[li];
          if (this.label[x] === FREE) continue;
          const q = labelEnd[x];
          const y = ends[q];
          if (
            this.label[this.top(y)] === S &&
            this.sKey[y] - this.delta + this.dual[x] - this.w2[q >> 1] === 0
          ) {
            reached = x;
            break;
          }
          this.label[x] = FREE;
        }
        if (reached !== NONE) {
          this.label[reached] = FREE;
          this.label[ends[this.mateP[this.base[sub]]]] = FREE;
          this.assignLabel(reached, T, labelEnd[reached]);
        }
        j += jstep;
      }
      // Children left without a label are free again: their edges to S-vertices become candidates
      // for the S–free dual step (their duals changed while they were T).
      for (let i = 0; i < ch.length; i++) {
        const sub = ch[i];
        if (this.label[sub] !== FREE) continue;
        const leaves = this.leaves(sub, this.leavesC);
        for (let li = 0; li < leaves.length; li++) {
          this.label[leaves[li]] = FREE;
          this.pushFreeEdges(leaves[li]);
        }
      }
    }
    this.label[b] = FREE;
    labelEnd[b] = NONE;
    this.childs[b] = null;
    this.endps[b] = null;
    this.base[b] = NONE;
    this.dual[b] = 0;
    this.tree[b] = NONE;
    this.unused.push(b);
  }

  /**
   * Queues the least-slack edge from free vertex x to an S-vertex for the dual step. Only one entry
   * per free vertex is kept current (`best2`); when it goes stale it is recomputed here.
   */
  private pushFreeEdges(x: number): void {
    const { adjStart, adj, adjTo, adjW2, label, sKey } = this;
    const dx = this.dual[x];
    let best = Infinity;
    let bestP = NONE;
    for (let a = adjStart[x]; a < adjStart[x + 1]; a++) {
      const y = adjTo[a];
      if (label[this.top(y)] !== S) continue;
      // key = slack + D = sKey[y] + dual[x] − 2w; the remote endpoint adj[a] ^ 1 points at x.
      const key = sKey[y] + dx - adjW2[a];
      if (key < best) {
        best = key;
        bestP = adj[a] ^ 1;
      }
    }
    this.best2[x] = best;
    if (bestP !== NONE) this.h2.push(best, bestP);
  }

  /** Queues S-vertex v's least-slack edge to another S-blossom (see {@link h3}). */
  private pushBestSS(v: number): void {
    const { adjStart, adj, adjTo, adjW2, label, sKey } = this;
    const bv = this.top(v);
    let best = Infinity;
    let bestP = NONE;
    for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
      const w = adjTo[a];
      const bw = this.top(w);
      if (bw === bv || label[bw] !== S) continue;
      const key = sKey[v] + sKey[w] - adjW2[a];
      if (key < best) {
        best = key;
        bestP = adj[a];
      }
    }
    this.best3[v] = best;
    if (bestP !== NONE) this.h3.push(best, bestP);
  }

  /** Swaps matched and unmatched edges inside blossom b so that vertex v becomes its base. */
  private augmentBlossom(b0: number, v0: number): void {
    // Iterative: nested blossoms can be thousands of levels deep. The sub-blossom tasks touch
    // disjoint vertex sets and never the mate of their new base, so their order is free.
    const { n, parent, ends, mateP } = this;
    const stack = this.augStack;
    stack.length = 0;
    stack.push(b0, v0);
    while (stack.length > 0) {
      const v = stack.pop()!;
      const b = stack.pop()!;
      let t = v;
      while (parent[t] !== b) t = parent[t];
      if (t >= n) stack.push(t, v);
      const ch = this.childs[b]!;
      const ep = this.endps[b]!;
      const len = ch.length;
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
        let sub = ch[j < 0 ? j + len : j];
        const jt = j - trick;
        const p = ep[jt < 0 ? jt + len : jt] ^ trick;
        if (sub >= n) stack.push(sub, ends[p]);
        j += jstep;
        sub = ch[j < 0 ? j + len : j];
        if (sub >= n) stack.push(sub, ends[p ^ 1]);
        mateP[ends[p]] = p ^ 1;
        mateP[ends[p ^ 1]] = p;
      }
      if (i > 0) {
        this.childs[b] = ch.slice(i).concat(ch.slice(0, i));
        this.endps[b] = ep.slice(i).concat(ep.slice(0, i));
      }
      this.base[b] = v;
    }
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
      const bs = this.top(s);
      if (bs >= n) this.augmentBlossom(bs, s);
      mateP[s] = p;
      if (labelEnd[bs] === NONE) return;
      const t = ends[labelEnd[bs]];
      const bt = this.top(t);
      s = ends[labelEnd[bt]];
      const j = ends[labelEnd[bt] ^ 1];
      if (bt >= n) this.augmentBlossom(bt, j);
      mateP[j] = labelEnd[bt];
      p = labelEnd[bt] ^ 1;
    }
  }

  // ---------------------------------------------------------------- the search

  /** Grows a tree from every exposed vertex with a positive dual until no tree is left. */
  private search(): void {
    const {
      queue,
      inBlossom,
      label,
      ends,
      dual,
      w2,
      adjStart,
      adj,
      adjTo,
      adjW2,
      mateP,
      sKey,
      n,
      parent,
    } = this;
    const { h1, h2, h3, h4 } = this;
    queue.length = 0;
    h1.clear();
    h2.clear();
    h3.clear();
    h4.clear();
    this.delta = 0;
    this.aliveTrees = 0;
    this.best2.fill(Infinity);
    this.best3.fill(Infinity);
    for (let v = 0; v < n; v++) {
      if (mateP[v] === NONE && dual[v] > 0 && label[this.top(v)] === FREE) {
        this.assignLabel(v, S, NONE);
      }
    }

    while (this.aliveTrees > 0) {
      while (queue.length > 0) {
        const v = queue.pop()!;
        if (label[this.top(v)] !== S) continue; // its tree was dissolved
        const dv = sKey[v] - this.delta;
        let best3 = Infinity;
        let best3P = NONE;
        for (let a = adjStart[v]; a < adjStart[v + 1]; a++) {
          const w = adjTo[a];
          let bv = inBlossom[v];
          if (parent[bv] !== NONE) bv = this.top(v);
          let bw = inBlossom[w];
          if (parent[bw] !== NONE) bw = this.top(w);
          if (bv === bw) continue;
          const lw = label[bw];
          const dw =
            lw === S
              ? sKey[w] - this.delta
              : lw === T
                ? dual[w] + (this.delta - this.since[w])
                : dual[w];
          const w2k = adjW2[a];
          const p = adj[a];
          if (dv + dw - w2k > 0) {
            if (lw === S) {
              const key = sKey[v] + sKey[w] - w2k;
              if (key < best3) {
                best3 = key;
                best3P = p;
              }
            } else if (lw === FREE) {
              const key = sKey[v] + dual[w] - w2k;
              if (key < this.best2[w]) {
                this.best2[w] = key;
                h2.push(key, p);
              }
            }
            continue;
          }
          this.tightEdge(v, p);
          if (label[this.top(v)] !== S) break; // v's tree was dissolved by an augmentation
        }
        if (best3P !== NONE && label[this.top(v)] === S) {
          this.best3[v] = best3;
          h3.push(best3, best3P);
        }
      }
      if (this.aliveTrees === 0) break;
      this.scanFreed();

      // The largest dual step that keeps every constraint satisfied; invalid heap entries (whose
      // key no longer matches the current state) are dropped on the way.
      const d0 = this.delta;
      while (h1.size > 0) {
        const v = h1.topA();
        if (label[this.top(v)] === S && sKey[v] === h1.topKey()) break;
        h1.pop();
      }
      let type = 1;
      let step = h1.topKey() - d0;
      let arg = h1.topA();
      while (h2.size > 0) {
        const p = h2.topA();
        const key = h2.topKey();
        const x = ends[p];
        if (label[this.top(x)] !== FREE) {
          h2.pop();
          continue;
        }
        const y = ends[p ^ 1];
        if (label[this.top(y)] === S && sKey[y] + dual[x] - w2[p >> 1] === key)
          break;
        h2.pop();
        // x's current best went stale (its S end left its tree): find x's next best edge.
        if (key === this.best2[x]) this.pushFreeEdges(x);
      }
      if (h2.size > 0 && h2.topKey() - d0 < step) {
        type = 2;
        step = h2.topKey() - d0;
        arg = h2.topA();
      }
      while (h3.size > 0) {
        const p = h3.topA();
        const key = h3.topKey();
        const i = ends[p ^ 1];
        const j = ends[p];
        if (
          this.top(i) !== this.top(j) &&
          label[this.top(i)] === S &&
          label[this.top(j)] === S &&
          sKey[i] + sKey[j] - w2[p >> 1] === key
        )
          break;
        h3.pop();
        // i's current best went stale (an end left its tree, or both ends joined one blossom).
        if (key === this.best3[i]) {
          this.best3[i] = Infinity;
          if (label[this.top(i)] === S) this.pushBestSS(i);
        }
      }
      if (h3.size > 0 && (h3.topKey() - 2 * d0) / 2 < step) {
        type = 3;
        step = (h3.topKey() - 2 * d0) / 2;
        arg = h3.topA();
      }
      while (h4.size > 0) {
        const b = h4.topA();
        if (
          this.base[b] >= 0 &&
          this.parent[b] === NONE &&
          label[b] === T &&
          dual[b] + this.since[b] === h4.topKey()
        )
          break;
        h4.pop();
      }
      if (h4.size > 0 && h4.topKey() - d0 < step) {
        type = 4;
        step = h4.topKey() - d0;
        arg = h4.topA();
      }
      this.delta = d0 + step;
      this.stats.dualSteps++;

      if (type === 1) {
        // An S-vertex's dual reached zero: a finished root, or flip its path so it is exposed.
        h1.pop();
        const r = this.tree[this.top(arg)];
        if (mateP[arg] !== NONE) this.flipToRoot(arg, NONE);
        this.dissolve(r);
      } else if (type === 2) {
        // arg is the remote endpoint (the free vertex) of an edge that just became tight.
        h2.pop();
        const x = ends[arg];
        this.best2[x] = Infinity;
        this.tightEdge(ends[arg ^ 1], arg);
        // After an augmentation x is matched but still outside every tree: keep it reachable.
        if (label[this.top(x)] === FREE) this.pushFreeEdges(x);
      } else if (type === 3) {
        // arg is the remote endpoint of an S–S edge that just became tight; its owner needs its
        // next best edge once the edge is used.
        h3.pop();
        const v = ends[arg ^ 1];
        this.best3[v] = Infinity;
        this.tightEdge(v, arg);
        if (label[this.top(v)] === S) this.pushBestSS(v);
      } else {
        h4.pop();
        this.expandBlossom(arg, false);
      }
    }
    for (const v of this.freedPending) this.freedMark[v] = 0;
    this.freedPending.length = 0;
    this.delta = 0;
  }

  /** Handles the tight edge from S-vertex v through remote endpoint p. */
  private tightEdge(v: number, p: number): void {
    const { inBlossom, label, ends } = this;
    const w = ends[p];
    const bv = this.top(v);
    const bw = this.top(w);
    if (bv === bw) return;
    const lw = label[bw];
    if (lw === FREE) {
      if (this.mateP[this.base[bw]] === NONE) {
        // An exposed vertex outside every tree (its dual is 0): augment.
        const r = this.tree[bv];
        this.labelEnd[bw] = NONE;
        this.flipToRoot(v, p);
        this.flipToRoot(w, p ^ 1);
        this.dissolve(r);
        return;
      }
      this.assignLabel(w, T, p ^ 1);
    } else if (lw === S) {
      const b = this.scanBlossom(v, w);
      if (b !== NONE) {
        this.addBlossom(b, p >> 1);
        return;
      }
      // Two trees meet: augment along root…v–w…root and dissolve both trees.
      const r1 = this.tree[bv];
      const r2 = this.tree[bw];
      this.flipToRoot(v, p);
      this.flipToRoot(w, p ^ 1);
      this.dissolve(r1);
      this.dissolve(r2);
    } else if (
      label[w] === FREE ||
      (w !== bw && label[this.top(ends[this.labelEnd[w]])] !== S)
    ) {
      // w sits inside a T-blossom and is reachable from v: remember how, for its expansion
      // (replacing a marker whose S-vertex has since left its tree).
      label[w] = T;
      this.labelEnd[w] = p ^ 1;
    }
  }

  /**
   * Removes tree r: its vertices and blossoms become free (their lazy duals are written back),
   * S-blossoms with z = 0 are expanded, and the edges from other trees' S-vertices to the freed
   * vertices become candidates for the S–free dual step.
   */
  private dissolve(r: number): void {
    const items = this.treeItems[r]!;
    this.treeItems[r] = null;
    this.aliveTrees--;
    const { n, label, parent, base, dual, since, tree } = this;
    const d = this.delta;
    const freed: number[] = [];
    const zeroS: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (tree[x] !== r || label[x] === FREE || parent[x] !== NONE) continue;
      if (x >= n && base[x] < 0) continue;
      const l = label[x];
      const leaves = this.leaves(x, this.leavesC);
      for (let li = 0; li < leaves.length; li++) {
        const v = leaves[li];
        if (l === S) dual[v] = this.sKey[v] - d;
        else dual[v] += d - since[v];
        label[v] = FREE;
        freed.push(v);
      }
      if (x >= n) {
        if (l === S) dual[x] += d - since[x];
        else dual[x] -= d - since[x];
        if (l === S && dual[x] === 0) zeroS.push(x);
      }
      label[x] = FREE;
      tree[x] = NONE;
    }
    for (const b of zeroS)
      if (base[b] >= 0 && parent[b] === NONE) this.expandZero(b);
    const { best2, freedMark, freedPending } = this;
    for (let i = 0; i < freed.length; i++) {
      const v = freed[i];
      best2[v] = Infinity; // any S-vertex scanned from now on offers its edge to v
      if (freedMark[v] === 0) {
        freedMark[v] = 1;
        freedPending.push(v);
      }
    }
  }

  /** Finds the best S-edge of every freed vertex that is still free (see {@link freedPending}). */
  private scanFreed(): void {
    const { freedMark, freedPending, label } = this;
    for (let i = 0; i < freedPending.length; i++) {
      const v = freedPending[i];
      freedMark[v] = 0;
      if (label[this.top(v)] === FREE) this.pushFreeEdges(v);
    }
    freedPending.length = 0;
  }
}

/**
 * The blossom forest of a solution: depth of every vertex and blossom, ancestors by binary lifting
 * (lift[k][x]: the 2^k-th ancestor of x, or −1) and zAcc[x]: Σ z of x and its ancestors.
 */
export interface BlossomIndex {
  depth: Int32Array;
  lift: Int32Array[];
  zAcc: Float64Array;
}

/** Σ z(B) over the blossoms holding both i and j: the zAcc of their lowest common blossom. */
export function commonBlossomZ(ix: BlossomIndex, i: number, j: number): number {
  const { depth, lift } = ix;
  let a = i;
  let b = j;
  if (depth[a] < depth[b]) {
    const t = a;
    a = b;
    b = t;
  }
  let diff = depth[a] - depth[b];
  for (let k = 0; diff > 0; k++, diff >>= 1) if (diff & 1) a = lift[k][a];
  if (a !== b) {
    for (let k = lift.length - 1; k >= 0; k--) {
      if (lift[k][a] !== lift[k][b]) {
        a = lift[k][a];
        b = lift[k][b];
      }
    }
    a = lift[0][a];
  }
  return a === NONE ? 0 : ix.zAcc[a];
}

/**
 * Min-heap of (key, a) entries, ties broken by a (deterministic). Four children per node and each
 * entry's key and a side by side in one array: a node's children share a cache line, and the tree
 * is half as deep as a binary one. The solver's heaps hold hundreds of thousands of entries, many
 * of them stale, so pops are a large part of its time.
 */
class MinHeap {
  /** e[2i] = key, e[2i + 1] = a of entry i. */
  private e = new Float64Array(128);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.e[0];
  }

  topA(): number {
    return this.e[1];
  }

  push(k: number, a: number): void {
    let e = this.e;
    if (2 * this.size === e.length) {
      const bigger = new Float64Array(2 * e.length);
      bigger.set(e);
      this.e = e = bigger;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const kp = e[2 * p];
      if (kp < k || (kp === k && e[2 * p + 1] <= a)) break;
      e[2 * i] = kp;
      e[2 * i + 1] = e[2 * p + 1];
      i = p;
    }
    e[2 * i] = k;
    e[2 * i + 1] = a;
  }

  pop(): void {
    const last = --this.size;
    if (last <= 0) return;
    const e = this.e;
    const k = e[2 * last];
    const a = e[2 * last + 1];
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= last) break;
      // The least of up to four children.
      let c = first;
      let kc = e[2 * c];
      let ac = e[2 * c + 1];
      const end = first + 4 < last ? first + 4 : last;
      for (let j = first + 1; j < end; j++) {
        const kj = e[2 * j];
        if (kj < kc || (kj === kc && e[2 * j + 1] < ac)) {
          c = j;
          kc = kj;
          ac = e[2 * j + 1];
        }
      }
      if (k < kc || (k === kc && a <= ac)) break;
      e[2 * i] = kc;
      e[2 * i + 1] = ac;
      i = c;
    }
    e[2 * i] = k;
    e[2 * i + 1] = a;
  }
}
