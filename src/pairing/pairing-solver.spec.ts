import {
  createRng,
  runPairing,
  WEEK_SLOTS,
  type PairingInput,
} from './engine/index.js';
import { PairingSolver } from './pairing-solver.js';

/** A cohort of `n` people from three communities with some language, interest and slot overlap. */
function cohort(n: number, seed: number): PairingInput {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => rng.pick(xs);
  const topics = ['cadastre', 'customs', 'diplomas', 'energy', 'missing'];
  return {
    referenceYear: 2026,
    participants: Array.from({ length: n }, (_, i) => ({
      id: `p${String(i).padStart(5, '0')}`,
      community: ['ka', 'ks', 'rs'][i % 3],
      birthYear: rng.int(1996, 2003),
      languages: [
        { code: i % 3 === 0 ? 'sq' : 'sr', level: 'fluent' as const },
        { code: 'en', level: pick(['basic', 'conversational'] as const) },
      ],
      interests: [pick(topics), pick(topics)],
      availability: [pick(WEEK_SLOTS), pick(WEEK_SLOTS), pick(WEEK_SLOTS)],
    })),
  };
}

describe('PairingSolver', () => {
  it('solves small cohorts inline and large ones in a worker, with the same result', async () => {
    const solver = new PairingSolver();
    solver.inlineLimit = 50;
    const small = cohort(40, 1);
    const large = cohort(600, 2);
    expect(await solver.solve(small)).toEqual(runPairing(small));
    expect(await solver.solve(large)).toEqual(runPairing(large));
  });

  it('keeps the event loop turning while a large cohort is solved', async () => {
    const solver = new PairingSolver();
    solver.inlineLimit = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await solver.solve(cohort(1500, 3));
    } finally {
      clearInterval(timer);
    }
    // inline, the solve would hold the loop from start to end: no tick at all
    expect(ticks).toBeGreaterThan(3);
  });

  it('reports invalid input from the worker as a PairingInputError', async () => {
    const solver = new PairingSolver();
    solver.inlineLimit = 0;
    const bad = cohort(10, 4);
    bad.participants[3].birthYear = 1200;
    await expect(solver.solve(bad)).rejects.toMatchObject({
      name: 'PairingInputError',
      path: 'participants[3].birthYear',
    });
    // and the queue still works afterwards
    expect((await solver.solve(cohort(10, 5))).stats.participants).toBe(10);
  });
});
