/**
 * UraMost pairing engine: plain TypeScript, no Nest, deterministic.
 *
 * - {@link runPairing}: participants + cohort rules → groups, unplaced people with reasons, stats.
 * - {@link maxWeightMatching} / {@link solveEdgeSource}: exact maximum-weight matching (optionally
 *   maximum cardinality first) on general graphs.
 */
export { BlossomSolver, type SolveStats } from './blossom.js';
export {
  edgeSource,
  maxWeightMatching,
  solveEdgeSource,
  type EdgeArrays,
  type EdgeInput,
  type EdgeSource,
  type MatchingOptions,
  type MatchingResult,
  type MatchingStats,
} from './matching.js';
export {
  DEFAULT_RULES,
  DEFAULT_WEIGHTS,
  LANGUAGE_LEVELS,
  PairingInputError,
  WEEK_SLOTS,
  parsePairingInput,
  resolveRules,
  type GroupSize,
  type LanguageLevel,
  type LanguageSkill,
  type PairingInput,
  type PairingRules,
  type ParsedInput,
  type ParticipantInput,
  type PlaceInput,
  type ScoreWeights,
} from './rules.js';
export {
  compileCohort,
  cohortGraph,
  pairScore,
  scoreParts,
  type Cohort,
  type ScorePart,
} from './score.js';
export {
  REASON_MESSAGES,
  slotLabel,
  type ExplainedPart,
  type UnplacedReason,
} from './explain.js';
export type {
  Group,
  GroupFlag,
  PairingResult,
  PairingStats,
  PairingWarning,
  UnplacedPerson,
} from './assemble.js';
export {
  firstPassGraph,
  runPairing,
  solveCohort,
  type RunOptions,
  type Trace,
} from './run.js';
export { createRng, type Rng } from './random.js';
