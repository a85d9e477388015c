import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Transactions } from '../database/transactions.js';
import { CHECKPOINT_FALLBACK_PAGES, SqliteWriter } from './sqlite-writer.js';

/** Transactions.exclusive as on SQLite: one turn after another. */
function queue(): Transactions {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    exclusive<T>(work: () => T | Promise<T>): Promise<T> {
      const next = tail.then(work, work);
      tail = next.catch(() => undefined);
      return next;
    },
  } as unknown as Transactions;
}

describe('SqliteWriter', () => {
  let dir: string;
  let db: Database.Database;
  let writer: SqliteWriter;
  const rows = () =>
    (db.prepare('SELECT v FROM t ORDER BY id').all() as { v: string }[]).map(
      (r) => r.v,
    );
  const insert = (v: string) => (d: Database.Database) => {
    if (v.startsWith('bad')) {
      d.prepare('INSERT INTO t (v) VALUES (?)').run(`${v}-partial`);
      throw new Error(v);
    }
    return Number(
      d.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid,
    );
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-writer-'));
    db = new Database(join(dir, 'x.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(
      'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT UNIQUE)',
    );
    writer = new SqliteWriter(db, queue());
  });
  afterEach(async () => {
    await writer.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits jobs queued a few microtasks apart in one transaction and settles them in order', async () => {
    const spy = vi.spyOn(writer, 'statement');
    const settled: string[] = [];
    const all: Promise<unknown>[] = [];
    for (const v of ['a', 'b', 'c']) {
      all.push(writer.run(insert(v)).then(() => settled.push(v)));
      await Promise.resolve();
      await Promise.resolve();
    }
    await Promise.all(all);
    expect(settled).toEqual(['a', 'b', 'c']);
    expect(rows()).toEqual(['a', 'b', 'c']);
    const commits = spy.mock.calls.filter(([sql]) => sql === 'COMMIT');
    expect(commits).toHaveLength(1);
  });

  it('a job that throws is undone and fails alone; a duplicate fails only its statement', async () => {
    const results = await Promise.allSettled([
      writer.run(insert('a')),
      writer.run(insert('bad-b')),
      writer.run(insert('a')),
      writer.run(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(rows()).toEqual(['a', 'c']);
    // (the second run of the batch's good jobs, one transaction each, gave the ids of the rows)
    const ids = db.prepare('SELECT id FROM t ORDER BY id').all() as {
      id: number;
    }[];
    expect(
      results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    ).toEqual(ids.map((r) => r.id));
  });

  it('relaxes synchronous only for its own commit, and leaves no transaction open', async () => {
    let during: unknown;
    await writer.run((d) => {
      during = d.pragma('synchronous', { simple: true });
      return insert('a')(d);
    });
    expect(during).toBe(1); // NORMAL: the WAL is synced by the writer itself
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.inTransaction).toBe(false);
  });

  it('fails the whole batch, acknowledging nothing, when the transaction cannot be opened', async () => {
    db.exec('BEGIN');
    await expect(writer.run(insert('a'))).rejects.toThrow(/transaction/);
    db.exec('ROLLBACK');
    expect(rows()).toEqual([]);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('leaves checkpoints to its thread: the database file fills while the connection does not checkpoint', async () => {
    const file = join(dir, 'x.db');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(
      CHECKPOINT_FALLBACK_PAGES,
    );
    const before = statSync(file).size;
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => writer.run(insert(`v${i}`))),
    );
    const deadline = Date.now() + 5000;
    while (statSync(file).size <= before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(statSync(file).size).toBeGreaterThan(before);
    await writer.close();
    // the connection checkpoints by itself again once the thread is gone
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
