import type { EntityManager } from 'typeorm';

export type Job<T> = (em: EntityManager) => Promise<T>;
type Pending = {
  job: Job<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

/**
 * Group commit: jobs queued while a transaction is being committed go into the next one, so a
 * burst of messages costs one fsync instead of one each. Jobs run one after another in the order
 * they were queued, batches too, and each job's promise settles only after its transaction has
 * committed, in queue order — so callers that chain on them acknowledge and broadcast in id order.
 * If a batch fails, its jobs run again one per transaction, so one bad job fails alone.
 *
 * Each batch starts one event-loop turn after the previous one ended (setImmediate), so that it
 * holds every job the sockets' packets of that turn queued. better-sqlite3 runs a whole
 * transaction, fsync included, without giving the event loop a turn: without the pause every
 * batch held the one job whose packet happened to be handled first (measured: 1.00 jobs per
 * commit under 1,000 senders), and every message paid a whole fsync.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private running = false;

  constructor(
    private readonly transaction: <T>(work: Job<T>) => Promise<T>,
    private readonly maxBatch = 256,
  ) {}

  run<T>(job: Job<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        job,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      for (;;) {
        // let the sockets' pending packets queue their jobs first (see above)
        await new Promise<void>((r) => setImmediate(r));
        if (this.queue.length === 0) break;
        const batch = this.queue.splice(0, this.maxBatch);
        let results: unknown[] | null = null;
        try {
          results = await this.transaction(async (em) => {
            const out: unknown[] = [];
            for (const p of batch) out.push(await p.job(em));
            return out;
          });
        } catch (e) {
          if (batch.length === 1) {
            batch[0].reject(e);
            continue;
          }
        }
        if (results) {
          batch.forEach((p, i) => p.resolve(results[i]));
          continue;
        }
        for (const p of batch) {
          try {
            p.resolve(await this.transaction(p.job));
          } catch (e) {
            p.reject(e);
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}
