import {
  maxWeightMatching,
  solveEdgeSource,
  type EdgeSource,
} from './matching.js';
import { createRng } from './random.js';

function denseGraph(
  seed: number,
  n: number,
  communities: number,
  maxW: number,
) {
  const rng = createRng(seed);
  const u: number[] = [];
  const v: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (communities > 1 && i % communities === j % communities) continue;
      u.push(i);
      v.push(j);
      w.push(rng.int(1, maxW));
    }
  }
  return {
    u: Int32Array.from(u),
    v: Int32Array.from(v),
    w: Int32Array.from(w),
  };
}

describe('sparse candidates + dual check', () => {
  it('equals the plain full-graph solve on random dense graphs', () => {
    let seed = 1;
    for (const n of [30, 61, 120, 250]) {
      for (const communities of [1, 2, 3]) {
        for (const maxW of [3, 100]) {
          const g = denseGraph(seed++, n, communities, maxW);
          for (const maxCardinality of [false, true]) {
            const full = maxWeightMatching(n, g, {
              maxCardinality,
              candidatesPerVertex: 0,
            });
            for (const k of [1, 2, 5]) {
              const sparse = maxWeightMatching(n, g, {
                maxCardinality,
                candidatesPerVertex: k,
                poolPerVertex: k === 1 ? 1 : 8,
                spreadPerVertex: k === 5 ? 0 : 2,
              });
              expect(sparse.totalWeight).toBe(full.totalWeight);
              expect(sparse.cardinality).toBe(full.cardinality);
              expect(sparse.stats.solvedEdges).toBeLessThanOrEqual(
                full.stats.solvedEdges,
              );
            }
          }
        }
      }
    }
  });

  it('adds violating edges when the candidates are not enough (k = 1)', () => {
    const g = denseGraph(77, 200, 3, 100);
    const res = maxWeightMatching(200, g, {
      maxCardinality: true,
      candidatesPerVertex: 1,
      spreadPerVertex: 0,
      poolPerVertex: 1,
    });
    expect(res.stats.checks).toBeGreaterThan(1); // several passes over the full graph
    expect(res.stats.addedEdges).toBeGreaterThan(0);
    const pooled = maxWeightMatching(200, g, {
      maxCardinality: true,
      candidatesPerVertex: 1,
    });
    expect(pooled.stats.addedEdges).toBeGreaterThan(0); // from the in-memory pool
    expect(pooled.totalWeight).toBe(res.totalWeight);
    const full = maxWeightMatching(200, g, {
      maxCardinality: true,
      candidatesPerVertex: 0,
    });
    expect(res.totalWeight).toBe(full.totalWeight);
  });

  it('keeps maximum cardinality exact when the heavy edges lure the sparse graph away', () => {
    // A heavy star around vertex 0 plus light edges that give a perfect matching: the candidate
    // graph (k = 1) only sees the star, the dual check has to bring the light edges back.
    const n = 40;
    const edges: [number, number, number][] = [];
    for (let i = 1; i < n; i++) edges.push([0, i, 100]);
    for (let i = 1; i + 1 < n; i += 2) edges.push([i, i + 1, 1]);
    edges.push([n - 1, 0, 1]);
    const res = maxWeightMatching(n, edges, {
      maxCardinality: true,
      candidatesPerVertex: 1,
    });
    expect(res.cardinality).toBe(n / 2);
    const plain = maxWeightMatching(n, edges, { candidatesPerVertex: 1 });
    expect(plain.totalWeight).toBe(100 + 19); // 0–39 with the star weight, 19 light pairs
    expect(plain.totalWeight).toBe(
      maxWeightMatching(n, edges, { candidatesPerVertex: 0 }).totalWeight,
    );
  });

  it('accepts every input format and streams an EdgeSource', () => {
    const list: [number, number, number][] = [
      [0, 1, 4],
      [1, 2, 6],
      [2, 3, 4],
      [0, 3, 1],
    ];
    const flat = new Int32Array(list.flat());
    const arrays = {
      u: list.map((e) => e[0]),
      v: list.map((e) => e[1]),
      w: list.map((e) => e[2]),
    };
    const a = maxWeightMatching(4, list, { maxCardinality: true });
    expect(maxWeightMatching(4, flat, { maxCardinality: true })).toEqual(a);
    expect(maxWeightMatching(4, arrays, { maxCardinality: true })).toEqual(a);
    let reads = 0;
    const src: EdgeSource = {
      n: 4,
      forEachEdge(visit) {
        reads++;
        for (const [x, y, z] of list) visit(x, y, z);
      },
    };
    const s = solveEdgeSource(src, {
      maxCardinality: true,
      candidatesPerVertex: 1,
      poolPerVertex: 1,
      spreadPerVertex: 0,
    });
    expect(s.totalWeight).toBe(8);
    expect(s.pairs).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(reads).toBeGreaterThanOrEqual(3); // statistics, candidates, one dual check at least
    expect(s.stats.checks).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic', () => {
    const g = denseGraph(3, 150, 3, 5);
    const a = maxWeightMatching(150, g, { maxCardinality: true });
    const b = maxWeightMatching(150, g, { maxCardinality: true });
    expect(Array.from(a.mate)).toEqual(Array.from(b.mate));
  });
});
