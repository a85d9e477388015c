import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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
 *
 * Checkpoints (copying the WAL back into the database file, with two fsyncs) run on a thread of
 * their own, on a second, read-only connection: SQLite's automatic checkpoint ran inside whichever
 * COMMIT crossed 1,000 WAL pages — with a few hundred messages per batch, nearly every batch —
 * and stopped the event loop for its copy and syncs. The connection's automatic checkpoint is
 * moved up to CHECKPOINT_FALLBACK_PAGES, which only matters when the thread falls behind or
 * cannot start. Checkpoints do not change what is durable: a frame stays in the WAL until the
 * database file holding it has been synced.
 */
export class SqliteWriter {
  private queue: Pending[] = [];
  private running = false;
  private readonly wal: string | null;
  private walFd: number | null = null;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private checkpointer: Worker | null = null;
  private autoCheckpoint: number | null = null;

  /**
   * `maxBatch`: a batch of 2,000 messages holds the event loop for about 40 ms; under a load that
   * fills it, each message costs a little less the larger the batch (index pages that several
   * messages share are written to the WAL once).
   */
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly tx: Transactions,
    private readonly maxBatch = 2048,
    options: { checkpointThread?: boolean } = {},
  ) {
    const journal = String(db.pragma('journal_mode', { simple: true }));
    this.wal =
      journal.toLowerCase() === 'wal' && !db.memory ? `${db.name}-wal` : null;
    if (this.wal !== null && options.checkpointThread !== false)
      this.startCheckpointer();
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

  /** Closes the WAL file and stops the checkpoint thread; resolves once the thread is gone. */
  close(): Promise<void> {
    this.closeWal();
    const worker = this.checkpointer;
    if (!worker) return Promise.resolve();
    this.stopCheckpointer(worker);
    return worker.terminate().then(
      () => undefined,
      () => undefined,
    );
  }

  private closeWal() {
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
  }

  private startCheckpointer() {
    let lib: string;
    try {
      lib = createRequire(import.meta.url).resolve('better-sqlite3');
    } catch {
      return;
    }
    const worker = new Worker(CHECKPOINTER, {
      eval: true,
      workerData: { lib, file: this.db.name },
    });
    worker.unref();
    // a thread that cannot open the database leaves checkpoints to the connection, as before
    worker.on('error', () => this.stopCheckpointer(worker));
    worker.on('exit', () => this.stopCheckpointer(worker));
    this.checkpointer = worker;
    this.autoCheckpoint = Number(
      this.db.pragma('wal_autocheckpoint', { simple: true }),
    );
    if (this.autoCheckpoint > 0)
      this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_FALLBACK_PAGES}`);
  }

  private stopCheckpointer(worker: Worker) {
    if (this.checkpointer !== worker) return;
    this.checkpointer = null;
    if (this.autoCheckpoint !== null && this.db.open)
      this.db.pragma(`wal_autocheckpoint = ${this.autoCheckpoint}`);
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
          this.checkpointer?.postMessage(0);
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
      this.closeWal();
    const fd = (this.walFd ??= openSync(path, 'r+'));
    return new Promise<void>((resolve, reject) =>
      fdatasync(fd, (e) => (e ? reject(e) : resolve())),
    );
  }
}

/** WAL pages after which the connection checkpoints by itself (the thread normally does it first). */
export const CHECKPOINT_FALLBACK_PAGES = 20_000;

/**
 * The checkpoint thread: told after every batch, it checkpoints whatever the WAL holds (PASSIVE:
 * never waits for, nor blocks, readers or the writer), one checkpoint at a time, at most every
 * 50 ms. synchronous=FULL: the WAL is synced before its pages are copied and the database file
 * after.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.lib);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 5000 });
db.pragma('synchronous = FULL');
let due = false, timer = null;
const run = () => {
  timer = null;
  if (!due) return;
  due = false;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  timer = setTimeout(run, 50);
};
parentPort.on('message', () => { due = true; if (!timer) timer = setTimeout(run, 0); });
`;
