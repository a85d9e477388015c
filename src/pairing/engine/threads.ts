/**
 * Helper threads for the cohort stream's full passes (the candidate pass and the dual checks): the
 * rows of the pair stream are split between the calling thread and a few worker threads, each of
 * which holds a copy of the compiled stream. The engine's API stays synchronous: the caller does
 * its own share, then blocks (Atomics.wait) until every helper has posted its part, and reads the
 * parts in row order, so the result is the same, byte for byte, as on one thread.
 *
 * Helpers start on first use, are kept for later cohorts and never keep the process alive. Where
 * the compiled worker file is missing (the engine run as TypeScript without a build), everything
 * runs on the calling thread.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';

/**
 * Threads used for a full pass (the calling one included) and the fewest rows worth splitting
 * (below it a worker's start-up and copy cost more than they save). `PAIRING_THREADS` overrides
 * the thread count (1: no helpers); tests may change both.
 */
export const scoringThreads = { count: defaultCount(), minRows: 3000 };

function defaultCount(): number {
  const env = Number(process.env.PAIRING_THREADS);
  if (Number.isInteger(env) && env >= 1) return Math.min(env, 16);
  return Math.min(os.availableParallelism(), 4);
}

/** A task message for a helper: the stream it runs on (sent with the first task) and the task. */
export interface HelperMessage {
  graph: number;
  state?: unknown;
  task: unknown;
}

export type HelperReply =
  { ok: true; result: unknown } | { ok: false; message: string };

interface Helper {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  /** The graph whose stream this helper holds. */
  graph: number;
}

const helpers: Helper[] = [];
let workerUrl: URL | null | undefined;
let graphs = 0;

/** A fresh id for a stream whose state helpers may copy. */
export function newGraphId(): number {
  return ++graphs;
}

/** Helpers to use for a pass over `rows` rows (0: do it all on the calling thread). */
export function helpersFor(rows: number): number {
  if (scoringThreads.count <= 1 || rows < scoringThreads.minRows) return 0;
  if (workerFile() === null) return 0;
  return scoringThreads.count - 1;
}

/**
 * Runs `tasks[h]` on helper h (all at once), `local` on the calling thread meanwhile, and returns
 * the helpers' results in order. `state` (the stream) is sent to a helper only when it does not
 * hold graph `graph` yet. A helper's failure is thrown here, after every helper has answered.
 */
export function runOnHelpers(
  graph: number,
  state: unknown,
  tasks: unknown[],
  local: () => void,
): unknown[] {
  const used = tasks.map((task, h) => {
    const helper = helperAt(h);
    Atomics.store(helper.signal, 0, 0);
    const msg: HelperMessage = { graph, task };
    if (helper.graph !== graph) msg.state = state;
    helper.graph = graph;
    helper.worker.postMessage(msg);
    return helper;
  });
  let localError: unknown = null;
  try {
    local();
  } catch (e) {
    localError = e;
  }
  const replies = used.map(awaitReply);
  if (localError !== null) throw localError;
  return replies.map((r) => {
    if (!r.ok) throw new Error(`pairing helper thread: ${r.message}`);
    return r.result;
  });
}

/** Blocks until the helper posts its reply (it signals after posting). */
function awaitReply(helper: Helper): HelperReply {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const got = receiveMessageOnPort(helper.port);
    if (got !== undefined) return got.message as HelperReply;
    if (Date.now() > deadline) {
      // A helper that never answers (killed, out of memory): drop it, fail this pass.
      void helper.worker.terminate();
      helpers.splice(helpers.indexOf(helper), 1);
      return { ok: false, message: 'no answer within 30 minutes' };
    }
    Atomics.wait(helper.signal, 0, 0, 1000);
  }
}

function helperAt(h: number): Helper {
  while (helpers.length <= h) {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(workerFile()!, {
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    worker.unref();
    port1.unref();
    const helper: Helper = { worker, port: port1, signal, graph: 0 };
    // A helper that dies is replaced at the next pass (its pending pass fails by timeout).
    worker.on('exit', () => {
      const at = helpers.indexOf(helper);
      if (at >= 0) helpers.splice(at, 1);
    });
    helpers.push(helper);
  }
  return helpers[h];
}

/**
 * The compiled worker next to this file; when this file runs as TypeScript (the test runner), the
 * copy in dist/ if there is one (`npm test` builds first), else none.
 */
function workerFile(): URL | null {
  if (workerUrl !== undefined) return workerUrl;
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js'))
    workerUrl = new URL('./score-worker.js', import.meta.url);
  else {
    const built = new URL(
      import.meta.url.replace(
        /\/src\/pairing\/engine\/[^/]+$/,
        '/dist/pairing/engine/score-worker.js',
      ),
    );
    workerUrl = existsSync(fileURLToPath(built)) ? built : null;
  }
  return workerUrl;
}

/**
 * Row boundaries that split rows 0..n−1 into `parts` parts of equal work, the calling thread's
 * part (the first) holding `firstShare` of it; `triangle`: row a costs n − a (each pair once, from
 * its lower end), otherwise every row costs the same.
 */
export function splitRows(
  n: number,
  parts: number,
  firstShare: number,
  triangle: boolean,
): number[] {
  const cuts = [0];
  const rest = (1 - firstShare) / (parts - 1);
  for (let p = 1; p < parts; p++) {
    const f = firstShare + rest * (p - 1);
    const at = triangle ? n * (1 - Math.sqrt(1 - f)) : n * f;
    cuts.push(Math.min(n, Math.max(cuts[p - 1], Math.round(at))));
  }
  cuts.push(n);
  return cuts;
}
