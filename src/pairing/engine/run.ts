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

/**
 * Pairs (or groups) a cohort. `input` is validated, so untrusted JSON may be passed as is; invalid
 * input throws {@link PairingInputError}. Same input, same output.
 */
export function runPairing(
  input: PairingInput | unknown,
  now: Date = new Date(),
): PairingResult {
  return solveCohort(compileCohort(parsePairingInput(input, now)));
}

export function solveCohort(c: Cohort): PairingResult {
  return c.rules.groupSize ? groupCohort(c) : pairCohort(c);
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
