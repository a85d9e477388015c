/**
 * Worker-thread entry of {@link PairingSolver}: solves one cohort given as `workerData` and posts
 * the result (or the input error) back. Plain engine code only, no Nest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PairingInputError, runPairing } from './engine/index.js';
import type { WorkerReply } from './pairing-solver.js';

let reply: WorkerReply;
try {
  reply = { ok: true, result: runPairing(workerData) };
} catch (e) {
  if (!(e instanceof PairingInputError)) throw e; // the solver reports it as a crash
  reply = { ok: false, message: e.message, path: e.path };
}
parentPort!.postMessage(reply);
