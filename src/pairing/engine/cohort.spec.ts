/**
 * The cohort graph (its stored score table) against the pair-by-pair rules, its candidate lists and
 * dual check against their contracts (whole table, chunks, threads), and the whole first pass
 * against the plain exact solve.
 */
import { groupAllowed, trioAllowed } from './assemble.js';
import {
  CandidateLists,
  solveEdgeSource,
  TopK,
  type DualState,
} from './matching.js';
import { newHistogram, pairTable, poolThresholds } from './pair-table.js';
import { createRng } from './random.js';
import {
  parsePairingInput,
  type LanguageSkill,
  type PairingInput,
} from './rules.js';
import { BlossomSolver } from './blossom.js';
import { firstPassGraph, runPairing } from './run.js';
import {
  cohortGraph,
  compileCohort,
  pairBarrier,
  pairScore,
  type Cohort,
} from './score.js';
import { helpersFor, runOnHelpers, scoringThreads } from './threads.js';

const COMMUNITIES = ['ka', 'ks', 'rs', 'rae', 'bo'];
const LANGS = ['sq', 'sr', 'en', 'de', 'tr'];
const LEVELS = ['basic', 'conversational', 'fluent'] as const;
const TOPICS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
  ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`),
);
const PLACES = [
  { id: 'prishtine', lat: 42.663, lon: 21.166 },
  { id: 'mitrovice', lat: 42.894, lon: 20.866 },
  { id: 'prizren', lat: 42.214, lon: 20.741 },
  { id: 'beograd', lat: 44.787, lon: 20.457 },
  { id: 'nis', lat: 43.321, lon: 21.896 },
];

/** A random cohort with every rule in play: minors, blocks, repeats, praise, scarce languages. */
function cohortInput(
  seed: number,
  n: number,
  rules: PairingInput['rules'] = {},
): PairingInput {
  const rng = createRng(seed);
  const participants = [];
  for (let i = 0; i < n; i++) {
    const community = rng.pick(COMMUNITIES);
    const own = community === 'rs' || community === 'ks' ? 'sr' : 'sq';
    const languages: LanguageSkill[] = [{ code: own, level: 'fluent' }];
    for (const code of LANGS) {
      if (code !== own && rng.next() < 0.35)
        languages.push({ code, level: rng.pick(LEVELS) });
    }
    const pickSome = (items: string[], lo: number, hi: number): string[] => [
      ...new Set(
        Array.from({ length: rng.int(lo, hi) }, () => rng.pick(items)),
      ),
    ];
    participants.push({
      id: `p${i}`,
      community,
      birthYear: rng.next() < 0.2 ? rng.int(2009, 2012) : rng.int(1990, 2007),
      languages,
      interests: pickSome(TOPICS, 0, 5),
      availability: pickSome(SLOTS, 0, 8),
      placeId: rng.next() < 0.9 ? rng.pick(PLACES).id : undefined,
      doNotPair: rng.next() < 0.05 ? [`p${rng.int(0, n - 1)}`] : [],
      previousPartners: Array.from(
        { length: rng.int(0, 3) },
        () => `p${rng.int(0, n - 1)}`,
      ),
      lowRated: rng.next() < 0.03 ? [`p${rng.int(0, n - 1)}`] : [],
      positivePartners: rng.next() < 0.1 ? [`p${rng.int(0, n - 1)}`] : [],
    });
  }
  return { referenceYear: 2026, rules, participants, places: PLACES };
}

function compiled(input: PairingInput): Cohort {
  return compileCohort(parsePairingInput(input, new Date()));
}

const RULE_SETS: PairingInput['rules'][] = [
  {},
  { placePreference: 'far', minLanguageLevel: 'basic' },
  { allowInterpreter: true, allowMixedAges: true, placePreference: 'none' },
  { avoidRepeats: false, placePreference: 'near' },
];

describe('cohort graph', () => {
  it('streams exactly the pairs the hard rules allow, with their scores', () => {
    let seed = 11;
    for (const rules of RULE_SETS) {
      const c = compiled(cohortInput(seed++, 90, rules));
      const active = Int32Array.from({ length: c.n }, (_, i) => i);
      const g = cohortGraph(c, active, { allowRepeats: false });
      const seen = new Map<number, number>();
      g.forEachEdge((u, v, w) => {
        expect(u).toBeLessThan(v);
        expect(seen.has(u * c.n + v)).toBe(false);
        seen.set(u * c.n + v, w);
      });
      let expected = 0;
      for (let i = 0; i < c.n; i++) {
        for (let j = i + 1; j < c.n; j++) {
          const ok = pairBarrier(c, i, j, { allowRepeats: false }) === null;
          expect(seen.has(i * c.n + j)).toBe(ok);
          if (!ok) continue;
          expected++;
          expect(seen.get(i * c.n + j)).toBe(pairScore(c, i, j));
        }
      }
      expect(seen.size).toBe(expected);
    }
  });
});

describe('pairing a cohort exactly', () => {
  it('the first pass reaches the plain exact optimum (same cardinality, same weight)', () => {
    let seed = 100;
    let repaired = 0;
    for (const n of [300, 700]) {
      for (const rules of RULE_SETS) {
        const input = cohortInput(seed++, n, rules);
        const c = compiled(input);
        const g = firstPassGraph(c);
        const full = solveEdgeSource(g, {
          maxCardinality: true,
          candidatesPerVertex: 0,
        });
        // Small candidate lists force the dual check to repair the candidate solution.
        for (const opts of [
          {},
          { candidatesPerVertex: 2, poolPerVertex: 3, spreadPerVertex: 1 },
        ]) {
          const sparse = solveEdgeSource(g, { maxCardinality: true, ...opts });
          expect(sparse.cardinality).toBe(full.cardinality);
          expect(sparse.totalWeight).toBe(full.totalWeight);
          repaired += sparse.stats.addedEdges;
        }
        const result = runPairing(input);
        expect(result.stats.matchingWeight).toBe(full.totalWeight);
      }
    }
    expect(repaired).toBeGreaterThan(0); // the dual check did find and add violating pairs
  }, 180_000);

  it('is deterministic', () => {
    const input = cohortInput(7, 400, { placePreference: 'far' });
    expect(runPairing(input)).toEqual(runPairing(input));
  });
});

describe('the trio rule', () => {
  it('trioAllowed decides exactly as groupAllowed', () => {
    const rng = createRng(3);
    let seed = 60;
    let allowed = 0;
    for (const rules of [
      ...RULE_SETS,
      { trioCommunities: 'all-different' as const },
    ]) {
      const c = compiled(cohortInput(seed++, 80, rules));
      for (let t = 0; t < 20_000; t++) {
        const a = rng.int(0, c.n - 1);
        const b = rng.int(0, c.n - 1);
        const p = rng.int(0, c.n - 1);
        for (const opts of [
          { allowRepeats: false, minCommunities: 2 },
          { allowRepeats: true, minCommunities: 3 },
        ]) {
          const fast = trioAllowed(c, a, b, p, opts);
          expect(fast).toBe(groupAllowed(c, [a, b, p], opts));
          if (fast) allowed++;
        }
      }
    }
    expect(allowed).toBeGreaterThan(1000); // both answers occur
  });
});

/** Every pass of a cohort graph, recorded: its edges, candidate lists and one dual check. */
function passes(c: Cohort, maxCard: boolean, seed = 8) {
  const active = Int32Array.from({ length: c.n }, (_, i) => i);
  const rng = createRng(seed);
  // Random vertex duals (no blossoms) around the score scale.
  const duals: DualState = {
    lower: Float64Array.from({ length: c.n }, () =>
      rng.int(0, 2 * c.maxPairScore),
    ),
    group: new Int32Array(c.n).fill(-1),
    z: new Float64Array(c.n),
    group2: new Int32Array(c.n).fill(-1),
    z2: new Float64Array(c.n),
    blossoms: { depth: new Int32Array(0), lift: [], zAcc: new Float64Array(0) },
  };
  const g = cohortGraph(c, active, { allowRepeats: false });
  const edges: number[] = [];
  g.forEachEdge((u, v, w) => edges.push(u, v, w));
  const lists = new CandidateLists({ n: c.n, poolK: 12, spreadK: 3, maxCard });
  g.selectCandidates!(lists);
  const near = new TopK(c.n, 8);
  const counts = g.checkDuals!(duals, 0, 6, maxCard, near);
  return {
    edges,
    kept: lists.kept,
    pool: lists.pool.sortedEntries(),
    spread: lists.spread!.sortedEntries(),
    counts,
    near: near.sortedEntries(),
  };
}

describe('the stored score table', () => {
  const saved = { ...pairTable };
  afterEach(() => Object.assign(pairTable, saved));

  it('scored afresh in chunks, gives what the whole table gives', () => {
    let seed = 70;
    for (const maxCard of [true, false]) {
      const c = compiled(cohortInput(seed++, 400, { placePreference: 'far' }));
      const whole = passes(c, maxCard);
      for (const maxBytes of [1, 997, 20_000]) {
        pairTable.maxBytes = maxBytes;
        expect(passes(c, maxCard)).toEqual(whole);
      }
      expect(whole.counts.violating).toBeGreaterThan(0);
      expect(whole.kept).toBe((whole.edges.length / 3) * 2);
    }
  });

  it('pools hold what every edge offered at both ends would leave, with one- and two-byte scores', () => {
    let seed = 80;
    for (const weights of [{}, { interest: 300, place: 500 }]) {
      for (const maxCard of [true, false]) {
        const c = compiled(cohortInput(seed++, 300, { weights }));
        const got = passes(c, maxCard);
        const all = new TopK(c.n, 12);
        for (let e = 0; e < got.edges.length; e += 3) {
          const [u, v, w] = got.edges.slice(e, e + 3);
          if (!maxCard && w <= 0) continue;
          all.offer(u, v, w);
          all.offer(v, u, w);
        }
        expect(got.pool).toEqual(all.sortedEntries());
        expect(got.pool.length).toBeGreaterThan(c.n);
      }
    }
  });

  it('pools stay exact where more partners share a score than the histogram counts', () => {
    // Alike profiles: most of a person's pairs get one score, far more than the 255 at which the
    // per-person score counts saturate.
    const input = cohortInput(85, 700);
    for (const p of input.participants) {
      p.interests = ['a', 'b'];
      p.availability = ['mon-evening', 'tue-evening'];
      p.placeId = PLACES[0].id;
    }
    const c = compiled(input);
    const got = passes(c, true);
    const perScore = new Map<number, number>();
    const all = new TopK(c.n, 12);
    for (let e = 0; e < got.edges.length; e += 3) {
      const [u, v, w] = got.edges.slice(e, e + 3);
      for (const x of [u, v]) {
        const key = x * 1000 + w;
        perScore.set(key, (perScore.get(key) ?? 0) + 1);
      }
      all.offer(u, v, w);
      all.offer(v, u, w);
    }
    expect(Math.max(...perScore.values())).toBeGreaterThan(255);
    expect(got.pool).toEqual(all.sortedEntries());
  });

  it('score counts saturate instead of wrapping, so thresholds stay as high as they can be', () => {
    const buckets = 10;
    const hist = newHistogram(2, buckets)!;
    for (let i = 0; i < 260; i++) hist[9]++; // vertex 0: 260 partners at score 9
    hist[buckets + 9] = 5; // vertex 1: 5 at 9, 20 at 7
    hist[buckets + 7] = 20;
    expect(hist[9]).toBe(255);
    expect([...poolThresholds(hist, 2, buckets, 12, 1)]).toEqual([9, 7]);
    // Pools too large for saturating counts: every edge may be offered.
    expect([...poolThresholds(hist, 2, buckets, 300, 1)]).toEqual([1, 1]);
  });

  it('two-byte scores are the pair-by-pair scores', () => {
    const c = compiled(cohortInput(90, 150, { weights: { interest: 300 } }));
    expect(c.maxPairScore).toBeGreaterThan(255);
    const active = Int32Array.from({ length: c.n }, (_, i) => i);
    const g = cohortGraph(c, active, { allowRepeats: false });
    let count = 0;
    let heavy = 0;
    g.forEachEdge((u, v, w) => {
      expect(w).toBe(pairScore(c, u, v));
      count++;
      if (w > 255) heavy++;
    });
    let expected = 0;
    for (let i = 0; i < c.n; i++)
      for (let j = i + 1; j < c.n; j++)
        if (pairBarrier(c, i, j, { allowRepeats: false }) === null) expected++;
    expect(count).toBe(expected);
    expect(heavy).toBeGreaterThan(0);
  });
});

/**
 * The full passes split between this thread and helper threads (threads.ts) give the same lists,
 * the same check stream in the same order, and the same pairing as one thread. Helpers run the
 * compiled worker from dist/ (`npm test` builds first).
 */
describe('full passes on several threads', () => {
  const saved = { ...scoringThreads };
  afterEach(() => Object.assign(scoringThreads, saved));
  const threads = (count: number): void => {
    scoringThreads.count = count;
    scoringThreads.minRows = 0;
  };

  it('uses helper threads when asked to', () => {
    threads(3);
    expect(helpersFor(10)).toBe(2);
    threads(1);
    expect(helpersFor(10)).toBe(0);
  });

  it('edges, candidate lists and the dual check are the same as on one thread', () => {
    const c = compiled(cohortInput(21, 500, { placePreference: 'far' }));
    threads(1);
    const one = passes(c, true);
    threads(3);
    expect(passes(c, true)).toEqual(one);
    const maxBytes = pairTable.maxBytes;
    pairTable.maxBytes = 5_000; // chunks, each split between the threads
    try {
      expect(passes(c, true)).toEqual(one);
    } finally {
      pairTable.maxBytes = maxBytes;
    }
    expect(one.counts.violating).toBeGreaterThan(0);
    expect(one.pool.length).toBeGreaterThan(c.n);
  });

  it('pairs a cohort exactly as on one thread', () => {
    const input = cohortInput(33, 900, { placePreference: 'near' });
    threads(1);
    const one = runPairing(input);
    threads(2);
    const two = runPairing(input);
    expect(two).toEqual(one);
  });

  it("the dual check finds what the solver's own test finds, on one thread and on three", () => {
    const c = compiled(cohortInput(44, 600, { placePreference: 'far' }));
    const active = Int32Array.from({ length: c.n }, (_, i) => i);
    // Duals with deeply nested blossoms: a solution on a random graph over the same people (each
    // keeps its 3 heaviest random pairs; the cohort's own sparse graphs hardly form blossoms).
    const rng = createRng(5);
    const best = new TopK(c.n, 3);
    for (let u = 0; u < c.n; u++) {
      for (let v = u + 1; v < c.n; v++) {
        if (rng.next() >= 0.3) continue;
        const w = rng.int(1, 40);
        best.offer(u, v, w);
        best.offer(v, u, w);
      }
    }
    const e = best.edges();
    const bonus = 400;
    const solver = new BlossomSolver(c.n, e.u, e.v, e.w).solve();
    solver.shiftWeights(bonus).solve();
    const index = solver.blossomIndex();
    // Cohort pairs weigh on these duals as if raised by `off`: some violate, some nearly do.
    const off = bonus + 25;
    expect(Math.max(...index.depth)).toBeGreaterThan(10);
    for (const [margin, maxCard] of [
      [2, true],
      [8, false],
    ] as const) {
      const expected = new TopK(c.n, 16);
      let visited = 0;
      let violating = 0;
      const g = cohortGraph(c, active, { allowRepeats: false });
      g.forEachEdge((u, v, w) => {
        const rc = solver.reducedCost2(u, v, w + off);
        if (rc >= margin) return;
        visited++;
        if (!maxCard && w <= 0) return;
        if (rc < 0) violating++;
        expected.offer(u, v, -rc, w);
        expected.offer(v, u, -rc, w);
      });
      expect(violating).toBeGreaterThan(0);
      for (const count of [1, 3]) {
        threads(count);
        const got = new TopK(c.n, 16);
        const counts = cohortGraph(c, active, {
          allowRepeats: false,
        }).checkDuals!(
          {
            lower: Float64Array.from(solver.vertexDuals2()),
            ...solver.topBlossoms(),
            blossoms: index,
          },
          2 * off,
          margin,
          maxCard,
          got,
        );
        expect(counts).toEqual({ visited, violating });
        expect(got.sortedEntries()).toEqual(expected.sortedEntries());
      }
    }
  });

  it("a helper's failure is thrown to the caller, not papered over", () => {
    threads(2);
    let ranHere = 0;
    expect(() =>
      runOnHelpers(
        -1,
        {},
        [{ kind: 'no such task' }],
        () => undefined,
        () => ranHere++,
      ),
    ).toThrow(/pairing helper thread/);
    expect(ranHere).toBe(0);
  });
});
