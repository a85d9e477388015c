/** Entry point of the participant pipeline: validate, compile, solve in the cohort's mode. */
import type { PairingResult } from './assemble.js';
import { groupCohort, groupLocks } from './groups.js';
import { pairCohort, pairLocks } from './pairs.js';
import { parsePairingInput, type PairingInput } from './rules.js';
import {
  cohortGraph,
  compileCohort,
  type Cohort,
  type CohortGraph,
} from './score.js';

export type Trace = (phase: string, figures: Record<string, number>) => void;

export interface RunOptions {
  /** Clock for the default reference year (when the input has none). */
  now?: Date;
  /** Called after each phase with a few figures (benchmarks, diagnostics). */
  trace?: Trace;
}

/**
 * Pairs (or groups) a cohort. `input` is validated, so untrusted JSON may be passed as is; invalid
 * input throws {@link PairingInputError}. Same input (and reference year), same output.
 */
export function runPairing(
  input: PairingInput | unknown,
  options: RunOptions = {},
): PairingResult {
  const trace = options.trace;
  const parsed = parsePairingInput(input, options.now ?? new Date());
  trace?.('parsed', { participants: parsed.participants.length });
  const cohort = compileCohort(parsed);
  trace?.('compiled', { participants: cohort.n });
  return solveCohort(cohort, trace);
}

export function solveCohort(c: Cohort, trace?: Trace): PairingResult {
  return c.rules.groupSize ? groupCohort(c, trace) : pairCohort(c, trace);
}

/**
 * The weighted graph the exact matching of the first pass solves: everyone not in an organiser
 * lock, hard rules applied, no repeats, weight = pair score (solved maximum cardinality first).
 */
export function firstPassGraph(c: Cohort): CohortGraph {
  const locked = (c.rules.groupSize ? groupLocks(c) : pairLocks(c)).lockedSet;
  const active: number[] = [];
  for (let i = 0; i < c.n; i++) if (!locked[i]) active.push(i);
  return cohortGraph(c, Int32Array.from(active), { allowRepeats: false });
}
