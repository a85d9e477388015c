import type { EntityManager } from 'typeorm';

export type Job<T> = (em: EntityManager) => Promise<T>;
type Pending = {
  /** A job for a transaction, or (undefined) an item for the bulk writer. */
  job: Job<unknown> | undefined;
  item?: unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

/** Writes several items with one statement; one result per item, in order. */
export type Bulk<I, R> = (items: I[]) => Promise<R[]>;

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
export class GroupCommit<I = never, R = never> {
  private queue: Pending[] = [];
  private running = false;

  /**
   * `bulk`: items queued with `runBulk` (one after another in the queue) are handed to it
   * together instead of to a transaction — e.g. one multi-row INSERT, which commits on its own.
   */
  constructor(
    private readonly transaction: <T>(work: Job<T>) => Promise<T>,
    private readonly maxBatch = 256,
    private readonly bulk?: Bulk<I, R>,
  ) {}

  run<T>(job: Job<T>): Promise<T> {
    return this.push(job, undefined) as Promise<T>;
  }

  runBulk(item: I): Promise<R> {
    if (!this.bulk) throw new Error('This group commit has no bulk writer.');
    return this.push(undefined, item) as Promise<R>;
  }

  private push(job: Job<unknown> | undefined, item: unknown) {
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ job, item, resolve, reject });
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
        // the longest run of one kind at the head of the queue: queue order is kept
        const bulk = this.queue[0].job === undefined;
        let n = 1;
        while (
          n < this.queue.length &&
          n < this.maxBatch &&
          (this.queue[n].job === undefined) === bulk
        )
          n++;
        const batch = this.queue.splice(0, n);
        if (bulk) {
          try {
            const out = await this.bulk!(batch.map((p) => p.item as I));
            batch.forEach((p, i) => p.resolve(out[i]));
          } catch (e) {
            for (const p of batch) p.reject(e);
          }
          continue;
        }
        let results: unknown[] | null = null;
        try {
          results = await this.transaction(async (em) => {
            const out: unknown[] = [];
            for (const p of batch) out.push(await p.job!(em));
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
            p.resolve(await this.transaction(p.job!));
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
