import { createRequire } from 'node:module';
import fc from 'fast-check';
import { BlossomSolver } from './blossom.js';
import { maxWeightMatching } from './matching.js';
import { createRng, type Rng } from './random.js';

type Edge = [number, number, number];

/** Exhaustive optimum by dynamic programming over vertex subsets (n ≤ 12). */
function bruteForce(
  n: number,
  edges: Edge[],
  maxCardinality: boolean,
): [number, number] {
  const w: number[][] = Array.from({ length: n }, () =>
    new Array<number>(n).fill(-Infinity),
  );
  for (const [u, v, x] of edges) {
    if (u !== v && x > w[u][v]) w[u][v] = w[v][u] = x;
  }
  const memo = new Map<number, [number, number]>();
  const better = (a: [number, number], b: [number, number]): boolean =>
    maxCardinality
      ? a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])
      : a[1] > b[1];
  const best = (mask: number): [number, number] => {
    if (mask === 0) return [0, 0];
    const hit = memo.get(mask);
    if (hit) return hit;
    let i = 0;
    while (!(mask & (1 << i))) i++;
    const rest = mask & ~(1 << i);
    let result = best(rest);
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j)) || w[i][j] === -Infinity) continue;
      if (!maxCardinality && w[i][j] <= 0) continue;
      const sub = best(rest & ~(1 << j));
      const cand: [number, number] = [sub[0] + 1, sub[1] + w[i][j]];
      if (better(cand, result)) result = cand;
    }
    memo.set(mask, result);
    return result;
  };
  return best((1 << n) - 1);
}

function randomGraph(
  rng: Rng,
  maxN: number,
  maxW = 100,
): { n: number; edges: Edge[] } {
  const n = rng.int(1, maxN);
  const density = rng.next();
  const narrow = rng.next() < 0.3; // many ties
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (rng.next() < density)
        edges.push([i, j, rng.int(1, narrow ? 4 : maxW)]);
    }
  }
  return { n, edges };
}

function assertValidMatching(
  n: number,
  edges: Edge[],
  mate: Int32Array,
): number {
  const weight = new Map<string, number>();
  for (const [u, v, w] of edges) {
    const key = `${Math.min(u, v)},${Math.max(u, v)}`;
    weight.set(key, Math.max(weight.get(key) ?? -Infinity, w));
  }
  let total = 0;
  for (let v = 0; v < n; v++) {
    const x = mate[v];
    if (x === -1) continue;
    expect(mate[x]).toBe(v);
    const w = weight.get(`${Math.min(v, x)},${Math.max(v, x)}`);
    expect(w).toBeDefined();
    if (v < x) total += w!;
  }
  return total;
}

// edmonds-blossom (reference only, dev dependency) is CommonJS and assigns an undeclared global
// `b`; load it through require so the leak stays inside the test process.
const require = createRequire(import.meta.url);
const edmonds = require('edmonds-blossom') as (
  edges: Edge[],
  maxCardinality?: boolean,
) => number[];

describe('BlossomSolver against brute force', () => {
  it(
    'matches the exhaustive optimum and certifies it on 4,000 random graphs (n ≤ 12)',
    { timeout: 60_000 },
    () => {
      const rng = createRng(20240601);
      for (let it = 0; it < 4000; it++) {
        const { n, edges } = randomGraph(rng, 12);
        const solver = new BlossomSolver(
          n,
          edges.map((e) => e[0]),
          edges.map((e) => e[1]),
          edges.map((e) => e[2]),
        ).solve(it % 2 === 0);
        expect(solver.verifyCertificate()).toBeNull();
        const total = assertValidMatching(n, edges, solver.mates());
        expect(total).toBe(bruteForce(n, edges, false)[1]);
        expect(solver.matchedWeight()).toBe(total);
      }
    },
  );

  it('maximum cardinality first: same cardinality and weight as brute force (3,000 graphs)', () => {
    const rng = createRng(7);
    for (let it = 0; it < 3000; it++) {
      const { n, edges } = randomGraph(rng, 12);
      const res = maxWeightMatching(n, edges, {
        maxCardinality: true,
        candidatesPerVertex: 0,
      });
      const [card, weight] = bruteForce(n, edges, true);
      expect(res.cardinality).toBe(card);
      expect(res.totalWeight).toBe(weight);
      expect(assertValidMatching(n, edges, res.mate)).toBe(weight);
    }
  });

  it('stays exact after edges are added to a solved instance (warm restart)', () => {
    const rng = createRng(99);
    for (let it = 0; it < 3000; it++) {
      const { n, edges } = randomGraph(rng, 12);
      const cut = rng.int(0, edges.length);
      const first = edges.slice(0, cut);
      const later = edges.slice(cut);
      const solver = new BlossomSolver(
        n,
        first.map((e) => e[0]),
        first.map((e) => e[1]),
        first.map((e) => e[2]),
      ).solve();
      solver
        .addEdges(
          later.map((e) => e[0]),
          later.map((e) => e[1]),
          later.map((e) => e[2]),
        )
        .solve();
      expect(solver.verifyCertificate()).toBeNull();
      expect(assertValidMatching(n, edges, solver.mates())).toBe(
        bruteForce(n, edges, false)[1],
      );
    }
  });

  it('handles parallel edges, self-loops, isolated vertices and non-positive weights', () => {
    const edges: Edge[] = [
      [0, 1, 3],
      [1, 0, 7],
      [2, 2, 50],
      [2, 3, 0],
      [3, 4, -5],
    ];
    const plain = maxWeightMatching(6, edges);
    expect(plain.totalWeight).toBe(7);
    expect(plain.pairs).toEqual([[0, 1]]);
    const card = maxWeightMatching(6, edges, { maxCardinality: true });
    expect(card.cardinality).toBe(2);
    expect(card.totalWeight).toBe(7);
    expect(maxWeightMatching(0, []).pairs).toEqual([]);
    expect(maxWeightMatching(3, []).mate).toEqual(new Int32Array([-1, -1, -1]));
  });

  it('prefers fewer heavy edges without maxCardinality and more edges with it', () => {
    // path 1-2-3-4: middle edge 11 beats 5 + 5, but cardinality first takes both outer edges
    const edges: Edge[] = [
      [1, 2, 5],
      [2, 3, 11],
      [3, 4, 5],
    ];
    expect(maxWeightMatching(5, edges).pairs).toEqual([[2, 3]]);
    expect(maxWeightMatching(5, edges, { maxCardinality: true }).pairs).toEqual(
      [
        [1, 2],
        [3, 4],
      ],
    );
  });

  it('rejects malformed input', () => {
    expect(() => maxWeightMatching(2, [[0, 2, 1]])).toThrow(RangeError);
    expect(() => maxWeightMatching(2, [[0, 1, 1.5]])).toThrow(RangeError);
    expect(() => maxWeightMatching(-1, [])).toThrow(RangeError);
    expect(() => maxWeightMatching(2, new Int32Array([0, 1]))).toThrow(
      RangeError,
    );
  });

  it('property: optimum equals brute force (fast-check, shrinking)', () => {
    const graph = fc
      .integer({ min: 1, max: 10 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: n - 1 }),
              fc.integer({ min: 0, max: n - 1 }),
              fc.integer({ min: 1, max: 100 }),
            ),
            { maxLength: 40 },
          ),
        ),
      );
    fc.assert(
      fc.property(graph, fc.boolean(), ([n, edges], maxCardinality) => {
        const res = maxWeightMatching(n, edges, { maxCardinality });
        const [card, weight] = bruteForce(n, edges as Edge[], maxCardinality);
        expect(res.totalWeight).toBe(weight);
        if (maxCardinality) expect(res.cardinality).toBe(card);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('BlossomSolver against edmonds-blossom (reference implementation)', () => {
  function weightOf(edges: Edge[], mate: ArrayLike<number>): number {
    const w = new Map<number, number>();
    for (const [u, v, x] of edges)
      w.set(u * 100_000 + v, x).set(v * 100_000 + u, x);
    let total = 0;
    for (let v = 0; v < mate.length; v++) {
      if (mate[v] > v) total += w.get(v * 100_000 + mate[v])!;
    }
    return total;
  }

  it('same total weight on random graphs up to n = 400 (sparse and dense, both modes)', () => {
    const rng = createRng(31337);
    const sizes = [20, 50, 100, 150, 200, 300, 400];
    for (const n of sizes) {
      for (const density of [0.02, 0.1, 0.5]) {
        const edges: Edge[] = [];
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++)
            if (rng.next() < density) edges.push([i, j, rng.int(1, 100)]);
        }
        if (edges.length === 0 || n * density > 60) continue;
        // edmonds-blossom sizes its arrays from the largest vertex id present.
        const top = edges.reduce((a, e) => Math.max(a, e[0], e[1]), 0) + 1;
        for (const maxCardinality of [false, true]) {
          const ref = edmonds(edges, maxCardinality);
          const ours = maxWeightMatching(top, edges, { maxCardinality });
          expect(ours.totalWeight).toBe(weightOf(edges, ref));
          if (maxCardinality) {
            expect(ours.cardinality).toBe(ref.filter((x) => x >= 0).length / 2);
          }
        }
      }
    }
  });

  it('same total weight on dense cross-community graphs (3 communities, n = 300 and 400)', () => {
    const rng = createRng(5);
    for (const n of [300, 400]) {
      const edges: Edge[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++)
          if (i % 3 !== j % 3) edges.push([i, j, rng.int(1, 100)]);
      }
      const ref = edmonds(edges, true);
      const ours = maxWeightMatching(n, edges, { maxCardinality: true });
      expect(ours.stats.checks).toBeGreaterThan(0); // the sparse path was exercised
      expect(ours.totalWeight).toBe(weightOf(edges, ref));
    }
  });
});
