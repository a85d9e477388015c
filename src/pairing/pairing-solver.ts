import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  PairingInputError,
  runPairing,
  type PairingInput,
  type PairingResult,
} from './engine/index.js';

export type WorkerReply =
  | { ok: true; result: PairingResult }
  | { ok: false; message: string; path: string };

/** Cohorts up to this size solve inline: milliseconds, less than a worker's start-up. */
export const INLINE_LIMIT = 300;

/**
 * Runs the pairing engine without freezing the instance. A cohort of a few hundred people solves
 * in milliseconds, but thousands take seconds of pure CPU, during which every live room and page
 * served by this instance would stall: larger cohorts are solved in a worker thread, one at a time
 * (the machines have few cores, and a second solve would only slow the first).
 */
@Injectable()
export class PairingSolver implements OnModuleDestroy {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly running = new Set<Worker>();

  /** Larger cohorts go to a worker (settable for tests). */
  inlineLimit = INLINE_LIMIT;

  solve(input: PairingInput): Promise<PairingResult> {
    if (input.participants.length <= this.inlineLimit)
      return Promise.resolve().then(() => runPairing(input));
    const run = this.queue.then(() => this.inWorker(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.running].map((w) => w.terminate()));
  }

  private inWorker(input: PairingInput): Promise<PairingResult> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerFile(), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      });
      this.running.add(worker);
      let settled = false;
      worker.once('message', (reply: WorkerReply) => {
        settled = true;
        if (reply.ok) resolve(reply.result);
        else reject(new PairingInputError(stripPath(reply), reply.path));
      });
      worker.once('error', (e) => {
        settled = true;
        reject(e);
      });
      worker.once('exit', (code) => {
        this.running.delete(worker);
        if (!settled)
          reject(new Error(`the pairing worker stopped (exit code ${code})`));
      });
    });
  }
}

/** PairingInputError prefixes its message with the path; the rebuilt error adds it again. */
function stripPath(reply: { message: string; path: string }): string {
  const prefix = `${reply.path}: `;
  return reply.message.startsWith(prefix)
    ? reply.message.slice(prefix.length)
    : reply.message;
}

/**
 * The compiled worker next to this file; when this file runs as TypeScript (the test runner), the
 * copy in dist/ (`npm test` builds first).
 */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js'))
    return new URL('./pairing.worker.js', import.meta.url);
  const built = new URL(
    import.meta.url.replace(
      /\/src\/pairing\/[^/]+$/,
      '/dist/pairing/pairing.worker.js',
    ),
  );
  if (!existsSync(built))
    throw new Error(
      'dist/pairing/pairing.worker.js is missing: run npm run build',
    );
  return built;
}
