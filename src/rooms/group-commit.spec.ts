import type { EntityManager } from 'typeorm';
import { GroupCommit, type Job } from './group-commit.js';

/** A fake transaction: records what committed; a job that throws rolls its batch back. */
function fakeDb() {
  const committed: string[][] = [];
  let transactions = 0;
  const transaction = async <T>(work: Job<T>): Promise<T> => {
    transactions++;
    const writes: string[] = [];
    const em = { writes } as unknown as EntityManager;
    await new Promise((r) => setTimeout(r, 5));
    const out = await work(em);
    committed.push(writes);
    return out;
  };
  const write =
    (v: string): Job<string> =>
    async (em) => {
      if (v.startsWith('bad')) throw new Error(v);
      (em as unknown as { writes: string[] }).writes.push(v);
      return v;
    };
  return { committed, transaction, write, count: () => transactions };
}

describe('GroupCommit', () => {
  it('commits what queues up meanwhile in one transaction and settles in queue order', async () => {
    const db = fakeDb();
    const gc = new GroupCommit(db.transaction);
    const settled: string[] = [];
    const all = ['a', 'b', 'c', 'd', 'e'].map((v) =>
      gc.run(db.write(v)).then((r) => settled.push(r)),
    );
    await Promise.all(all);
    expect(settled).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(db.committed).toEqual([['a'], ['b', 'c', 'd', 'e']]);
    expect(db.count()).toBe(2);
  });

  it('a failing job fails alone: its batch is retried one job per transaction', async () => {
    const db = fakeDb();
    const gc = new GroupCommit(db.transaction);
    const results = await Promise.allSettled(
      ['a', 'b', 'bad-c', 'd'].map((v) => gc.run(db.write(v))),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(db.committed.flat()).toEqual(['a', 'b', 'd']);
  });

  it('caps the batch size', async () => {
    const db = fakeDb();
    const gc = new GroupCommit(db.transaction, 2);
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((v) => gc.run(db.write(v))),
    );
    expect(db.committed).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
});
