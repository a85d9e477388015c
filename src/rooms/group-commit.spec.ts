import type { EntityManager } from 'typeorm';
import { GroupCommit, type Job } from './group-commit.js';

/**
 * A fake transaction: records what committed; a job that throws rolls its batch back. `slow`: the
 * commit waits for a timer (like MySQL); otherwise it takes microtasks only (like better-sqlite3).
 */
function fakeDb(slow = true) {
  const committed: string[][] = [];
  let transactions = 0;
  let began: () => void = () => undefined;
  const transaction = async <T>(work: Job<T>): Promise<T> => {
    transactions++;
    began();
    const writes: string[] = [];
    const em = { writes } as unknown as EntityManager;
    if (slow) await new Promise((r) => setTimeout(r, 5));
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
  return {
    committed,
    transaction,
    write,
    count: () => transactions,
    /** Resolves when the next transaction begins. */
    begins: () => new Promise<void>((r) => (began = r)),
  };
}

describe('GroupCommit', () => {
  it('commits what queues up meanwhile in one transaction and settles in queue order', async () => {
    const db = fakeDb();
    const gc = new GroupCommit(db.transaction);
    const settled: string[] = [];
    const queue = (v: string) =>
      gc.run(db.write(v)).then((r) => settled.push(r));
    const began = db.begins();
    const all = ['a', 'b'].map(queue);
    await began;
    all.push(...['c', 'd', 'e'].map(queue));
    await Promise.all(all);
    expect(settled).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(db.committed).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(db.count()).toBe(2);
  });

  it('waits one event-loop turn before a batch: jobs queued a few microtasks apart share it, even when the commit itself never yields to the event loop', async () => {
    const db = fakeDb(false);
    const gc = new GroupCommit(db.transaction);
    const all = [gc.run(db.write('a'))];
    // like the handlers of several socket packets read in one turn, each a few awaits deep
    for (const v of ['b', 'c', 'd']) {
      await Promise.resolve();
      await Promise.resolve();
      all.push(gc.run(db.write(v)));
    }
    await Promise.all(all);
    expect(db.committed).toEqual([['a', 'b', 'c', 'd']]);
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
    expect(db.committed).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('hands runs of bulk items to the bulk writer and keeps queue order across both kinds', async () => {
    const db = fakeDb(false);
    const bulks: string[][] = [];
    const gc = new GroupCommit<string, string>(
      db.transaction,
      256,
      async (items) => {
        bulks.push(items);
        return items.map((i) => i.toUpperCase());
      },
    );
    const settled: string[] = [];
    const all = [
      gc.runBulk('a'),
      gc.runBulk('b'),
      gc.run(db.write('t1')),
      gc.runBulk('c'),
    ].map((p) => p.then((v) => settled.push(v)));
    await Promise.all(all);
    expect(bulks).toEqual([['a', 'b'], ['c']]);
    expect(db.committed).toEqual([['t1']]);
    expect(settled).toEqual(['A', 'B', 't1', 'C']);
  });
});
