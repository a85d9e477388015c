/**
 * Helper threads for the cohort graph's full passes (filling the pair table, the candidate pass and
 * the dual checks): the rows of the table are split between the calling thread and a few worker
 * threads, each of which holds a copy of the cohort's compiled rows. The engine's API stays
 * synchronous: the caller does its own share, then blocks (Atomics.wait) until every helper has
 * posted its part, and takes the parts in row order (lists filled by a helper are merged into the
 * caller's, which keep each vertex's best entries whatever the order), so the result is the same as
 * on one thread.
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

/** A task message for a helper: the rows it runs on (sent with the first task) and the task. */
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
  /** The graph whose rows this helper holds. */
  graph: number;
}

const helpers: Helper[] = [];
let workerUrl: URL | null | undefined;
let graphs = 0;

/** A fresh id for a graph whose rows helpers may copy. */
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
 * the helpers' results in order. `state` (the rows) is sent to a helper only when it does not
 * hold graph `graph` yet. A helper that cannot be started, or does not answer long after the
 * calling thread finished its own share (killed, out of memory), is given up and its task run
 * here with `runHere`, so the pass still completes with the same result. An error thrown by a
 * helper's task is thrown here, after every helper has answered.
 */
export function runOnHelpers(
  graph: number,
  state: unknown,
  tasks: unknown[],
  local: () => void,
  runHere: (task: unknown) => unknown,
): unknown[] {
  const used = tasks.map((task, h) => {
    let helper: Helper;
    try {
      helper = helperAt(h);
    } catch {
      return null; // no thread to be had: this task runs here
    }
    Atomics.store(helper.signal, 0, 0);
    const msg: HelperMessage = { graph, task };
    if (helper.graph !== graph) msg.state = state;
    helper.graph = graph;
    helper.worker.postMessage(msg);
    return helper;
  });
  const t0 = Date.now();
  let localError: unknown = null;
  try {
    local();
  } catch (e) {
    localError = e;
  }
  // A helper's share is about the caller's: twenty times as long (and at least a minute) means
  // it is gone, whatever the machine's load.
  const deadline = Date.now() + Math.max(60_000, 20 * (Date.now() - t0));
  const replies = used.map((helper) =>
    helper === null ? null : awaitReply(helper, deadline),
  );
  if (localError !== null) throw localError;
  return replies.map((r, h) => {
    if (r === null) return runHere(tasks[h]);
    if (!r.ok) throw new Error(`pairing helper thread: ${r.message}`);
    return r.result;
  });
}

/** Blocks until the helper posts its reply (it signals after posting), or null at the deadline. */
function awaitReply(helper: Helper, deadline: number): HelperReply | null {
  for (;;) {
    const got = receiveMessageOnPort(helper.port);
    if (got !== undefined) return got.message as HelperReply;
    const left = deadline - Date.now();
    if (left <= 0) {
      // Dropped: a later pass starts a new helper (and sends it the rows again).
      void helper.worker.terminate();
      const at = helpers.indexOf(helper);
      if (at >= 0) helpers.splice(at, 1);
      return null;
    }
    Atomics.wait(helper.signal, 0, 0, Math.min(left, 1000));
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
    // A helper that dies is replaced at the next pass (its pending task is run by the caller).
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
