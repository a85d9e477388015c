/**
 * A helper thread of the cohort graph (threads.ts): holds a copy of one cohort's compiled rows and
 * scores row ranges into the shared pair table, posting the result on its port, then signalling.
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { runRowTask, type RowTask, type TableState } from './score.js';
import type { HelperMessage, HelperReply } from './threads.js';

const { port, signal } = workerData as {
  port: MessagePort;
  signal: Int32Array;
};
let state: TableState | null = null;

parentPort!.on('message', (msg: HelperMessage) => {
  let reply: HelperReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (msg.state !== undefined) state = msg.state as TableState;
    if (state === null) throw new Error('no cohort loaded');
    const result = runRowTask(state, msg.task as RowTask, transfer);
    reply = { ok: true, result };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply, transfer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
