import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { Transactions } from '../database/transactions.js';

export type SyncJob<T> = (db: BetterSqlite3.Database) => T;
type Pending = {
  job: SyncJob<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The group commit for messages on SQLite, with the disk sync off the event loop.
 *
 * better-sqlite3 runs every statement on the main thread, COMMIT's fsync included: with
 * synchronous=FULL each commit stopped the whole server for as long as the disk took (0.2 ms on an
 * idle disk, 5–20 ms on a busy one), and under load that, not the CPU, was what capped messages
 * per second. So a batch here commits with synchronous=NORMAL — SQLite writes the WAL frames but
 * does not sync them — and then the WAL file is fdatasync'ed on libuv's thread pool; the jobs'
 * promises (and so the acks) settle only after that sync has finished. That is the guarantee of
 * synchronous=FULL, where SQLite syncs the WAL right after writing the commit frame: an
 * acknowledged message survives a power loss, not only a crash of the process. The event loop
 * meanwhile reads the next messages, which form the next batch. (Checkpoints still sync the WAL
 * and the database file themselves, as NORMAL does; other modules' commits keep the configured
 * level, which is restored before anything else runs.)
 *
 * Jobs are synchronous and the whole batch — BEGIN, the jobs, COMMIT — runs without giving the
 * event loop a turn, inside a turn of the shared transaction queue, so no other code's statement
 * can land inside the transaction or commit under the relaxed level. A job that throws fails
 * alone (see commit). Batches commit in queue order, and each job's promise settles in that
 * order.
 */
export class SqliteWriter {
  private queue: Pending[] = [];
  private running = false;
  private readonly wal: string | null;
  private walFd: number | null = null;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly tx: Transactions,
    private readonly maxBatch = 256,
  ) {
    const journal = String(db.pragma('journal_mode', { simple: true }));
    this.wal =
      journal.toLowerCase() === 'wal' && !db.memory ? `${db.name}-wal` : null;
  }

  run<T>(job: SyncJob<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        job,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.running) void this.drain();
    });
  }

  /** A prepared statement, prepared once. */
  statement(sql: string): BetterSqlite3.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  close(): void {
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
  }

  private async drain() {
    this.running = true;
    try {
      for (;;) {
        // one event-loop turn: the batch takes everything the sockets delivered meanwhile
        await new Promise<void>((r) => setImmediate(r));
        if (this.queue.length === 0) break;
        const batch = this.queue.splice(0, this.maxBatch);
        let outcomes: Outcome[];
        try {
          outcomes = await this.tx.exclusive(() => this.commit(batch));
          await this.syncWal();
        } catch (e) {
          // not committed, or not known to be on disk: no job may say it is stored
          for (const p of batch) p.reject(e);
          continue;
        }
        batch.forEach((p, i) => {
          const o = outcomes[i];
          if (o.ok) p.resolve(o.value);
          else p.reject(o.error);
        });
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * One transaction for the batch. If a job throws, the batch is rolled back and its jobs run
   * again one transaction each (they are synchronous and nothing else ran meanwhile), so that
   * one bad job fails alone — cheaper than a savepoint around every job when none fails.
   */
  private commit(batch: Pending[]): Outcome[] {
    const db = this.db;
    const level = Number(db.pragma('synchronous', { simple: true }));
    const relax = this.wal !== null && level > 1;
    if (relax) db.pragma('synchronous = NORMAL');
    try {
      const all = this.transaction(batch);
      if (all.ok) return all.value as Outcome[];
      if (batch.length === 1) return [all];
      return batch.map((p) => {
        const one = this.transaction([p]);
        return one.ok ? (one.value as Outcome[])[0] : one;
      });
    } finally {
      if (relax) db.pragma(`synchronous = ${level}`);
    }
  }

  /** Runs the jobs in one transaction, or rolls it back when one of them throws. */
  private transaction(jobs: Pending[]): Outcome {
    const db = this.db;
    this.statement('BEGIN IMMEDIATE').run();
    const out: Outcome[] = [];
    for (const p of jobs) {
      try {
        out.push({ ok: true, value: p.job(db) });
      } catch (error) {
        if (db.inTransaction) this.statement('ROLLBACK').run();
        return { ok: false, error };
      }
    }
    try {
      this.statement('COMMIT').run();
    } catch (e) {
      if (db.inTransaction) this.statement('ROLLBACK').run();
      throw e;
    }
    return { ok: true, value: out };
  }

  /** Everything written to the WAL so far is on disk when this resolves. */
  private syncWal(): Promise<void> {
    const path = this.wal;
    if (path === null) return Promise.resolve();
    // the WAL goes away only when the last connection closes; check anyway that it is the same file
    if (this.walFd !== null && fstatSync(this.walFd).ino !== statSync(path).ino)
      this.close();
    const fd = (this.walFd ??= openSync(path, 'r+'));
    return new Promise<void>((resolve, reject) =>
      fdatasync(fd, (e) => (e ? reject(e) : resolve())),
    );
  }
}
