/**
 * Input model of the pairing engine: participants, places, cohort rules and their defaults, and the
 * validation that turns untrusted JSON into them. Plain data, no Nest.
 */

export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const WEEK_DAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** Weekly availability slots in week order: 'mon-morning', 'mon-afternoon', … 'sun-evening'. */
export const WEEK_SLOTS: readonly string[] = WEEK_DAYS.flatMap((d) =>
  DAY_PARTS.map((p) => `${d}-${p}`),
);

export interface LanguageSkill {
  /** Language code, e.g. 'sq', 'sr', 'en'. */
  code: string;
  level: LanguageLevel;
}

export interface ParticipantInput {
  /** Stable id (a string; numbers are accepted and converted). */
  id: string;
  /** Community id; members of a group come from different communities. */
  community: string;
  birthYear: number;
  languages: LanguageSkill[];
  /** Topic ids or names. */
  interests?: string[];
  /** Weekly slots such as 'mon-morning' (see {@link WEEK_SLOTS}). */
  availability?: string[];
  /** Place id; coordinates come from `places` unless lat/lon are given here. */
  placeId?: string;
  lat?: number;
  lon?: number;
  /** Confidential "do not pair me with" list; either direction blocks the pair. Never reported. */
  doNotPair?: string[];
  /** Earlier partners in this cohort (repeats are avoided while alternatives exist). */
  previousPartners?: string[];
  /** Earlier partners this person rated low: never paired again (either direction). */
  lowRated?: string[];
  /** Earlier partners this person rated highly: a score bonus when a repeat is allowed. */
  positivePartners?: string[];
}

export interface PlaceInput {
  id: string;
  lat: number;
  lon: number;
}

export interface ScoreWeights {
  /** Points per shared interest. */
  interest: number;
  /** At most this many shared interests count. */
  maxSharedInterests: number;
  /** Points per common weekly slot. */
  availability: number;
  /** At most this many common slots count. */
  maxSharedSlots: number;
  /** Points when the best shared language is spoken at conversational level (the lower of both). */
  languageConversational: number;
  /** Points when both speak a shared language fluently. */
  languageFluent: number;
  /** Maximum place points (distance preference). */
  place: number;
  /** Distance per place point, km. */
  placeStepKm: number;
  /** Bonus when one of the two rated an earlier meeting with the other highly. */
  feedback: number;
}

export interface GroupSize {
  min: number;
  max: number;
}

export interface PairingRules {
  /** Members of a group come from different communities. */
  differentCommunities: boolean;
  /** Lowest level at which a shared language counts. */
  minLanguageLevel: LanguageLevel;
  /** Pairs without a shared language are allowed and flagged as needing an interpreter. */
  allowInterpreter: boolean;
  /** Earlier partners are not paired again while anyone else is possible. */
  avoidRepeats: boolean;
  /** Second pass: people left over only because of repeats may be paired with earlier partners. */
  repeatsForLeftovers: boolean;
  /** Minors may be grouped with adults (the age gap rule still holds). */
  allowMixedAges: boolean;
  /** Age (reference year − birth year) from which a participant counts as an adult. */
  adultAge: number;
  /** Largest age difference allowed in a group with a minor. */
  maxAgeGapWithMinor: number;
  /** Prefer partners who live near, far (exchanges), or ignore place. */
  placePreference: 'near' | 'far' | 'none';
  /** Leftover people may join a pair as a third member. */
  trios: boolean;
  /**
   * 'spanning': the newcomer may share a community with one member of the pair (the trio still
   * spans two or more communities); 'all-different': all three communities differ.
   */
  trioCommunities: 'spanning' | 'all-different';
  /** Organiser locks: these people form a group (taken out before solving). */
  locks: string[][];
  /** Organiser forbids: these two are never grouped. */
  forbids: string[][];
  /** Groups of min–max people with every community represented (heuristic), instead of pairs. */
  groupSize: GroupSize | null;
  weights: ScoreWeights;
}

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  interest: 3,
  maxSharedInterests: 4,
  availability: 1,
  maxSharedSlots: 6,
  languageConversational: 2,
  languageFluent: 4,
  place: 6,
  placeStepKm: 25,
  feedback: 5,
});

export const DEFAULT_RULES: Readonly<PairingRules> = Object.freeze({
  differentCommunities: true,
  minLanguageLevel: 'conversational',
  allowInterpreter: false,
  avoidRepeats: true,
  repeatsForLeftovers: true,
  allowMixedAges: false,
  adultAge: 18,
  maxAgeGapWithMinor: 3,
  placePreference: 'near',
  trios: true,
  trioCommunities: 'spanning',
  locks: [],
  forbids: [],
  groupSize: null,
  weights: DEFAULT_WEIGHTS,
} satisfies PairingRules);

export interface PairingInput {
  /** Year used for ages; defaults to the current UTC year (pass it for reproducible output). */
  referenceYear?: number;
  rules?: Partial<Omit<PairingRules, 'weights'>> & {
    weights?: Partial<ScoreWeights>;
  };
  participants: ParticipantInput[];
  places?: PlaceInput[];
}

/** Invalid engine input; `path` points at the offending field. */
export class PairingInputError extends Error {
  readonly code = 'PAIRING_INVALID_INPUT';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'PairingInputError';
  }
}

const MAX_PARTICIPANTS = 1_000_000;
const MAX_LIST = 10_000;
const MAX_STRING = 200;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown, path: string): string {
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (typeof x !== 'string' || x.length === 0 || x.length > MAX_STRING) {
    throw new PairingInputError(
      `expected a non-empty string of at most ${MAX_STRING} characters`,
      path,
    );
  }
  return x;
}

function strList(x: unknown, path: string): string[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x) || x.length > MAX_LIST) {
    throw new PairingInputError(
      `expected an array of at most ${MAX_LIST} strings`,
      path,
    );
  }
  return x.map((v, i) => str(v, `${path}[${i}]`));
}

function int(x: unknown, path: string, lo: number, hi: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < lo || x > hi) {
    throw new PairingInputError(`expected an integer in [${lo}, ${hi}]`, path);
  }
  return x;
}

function bool(x: unknown, path: string): boolean {
  if (typeof x !== 'boolean')
    throw new PairingInputError('expected true or false', path);
  return x;
}

function oneOf<T extends string>(
  x: unknown,
  path: string,
  values: readonly T[],
): T {
  if (typeof x !== 'string' || !(values as readonly string[]).includes(x)) {
    throw new PairingInputError(`expected one of ${values.join(', ')}`, path);
  }
  return x as T;
}

function coord(x: unknown, path: string, limit: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > limit) {
    throw new PairingInputError(
      `expected a number in [-${limit}, ${limit}]`,
      path,
    );
  }
  return x;
}

/** Validates and normalises one participant. */
export function parseParticipant(x: unknown, path: string): ParticipantInput {
  if (!isRecord(x)) throw new PairingInputError('expected an object', path);
  const languages = x.languages ?? [];
  if (!Array.isArray(languages) || languages.length > 50) {
    throw new PairingInputError(
      'expected an array of at most 50 languages',
      `${path}.languages`,
    );
  }
  const p: ParticipantInput = {
    id: str(x.id, `${path}.id`),
    community: str(x.community, `${path}.community`),
    birthYear: int(x.birthYear, `${path}.birthYear`, 1900, 2200),
    languages: languages.map((l: unknown, i: number) => {
      const lp = `${path}.languages[${i}]`;
      if (!isRecord(l))
        throw new PairingInputError('expected {code, level}', lp);
      return {
        code: str(l.code, `${lp}.code`).toLowerCase(),
        level: oneOf(l.level, `${lp}.level`, LANGUAGE_LEVELS),
      };
    }),
    interests: strList(x.interests, `${path}.interests`),
    availability: strList(x.availability, `${path}.availability`).map((s) =>
      s.toLowerCase(),
    ),
    doNotPair: strList(x.doNotPair, `${path}.doNotPair`),
    previousPartners: strList(x.previousPartners, `${path}.previousPartners`),
    lowRated: strList(x.lowRated, `${path}.lowRated`),
    positivePartners: strList(x.positivePartners, `${path}.positivePartners`),
  };
  if (x.placeId !== undefined && x.placeId !== null)
    p.placeId = str(x.placeId, `${path}.placeId`);
  if (x.lat !== undefined || x.lon !== undefined) {
    p.lat = coord(x.lat, `${path}.lat`, 90);
    p.lon = coord(x.lon, `${path}.lon`, 180);
  }
  return p;
}

function pairList(x: unknown, path: string, exactlyTwo: boolean): string[][] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x) || x.length > MAX_LIST) {
    throw new PairingInputError(
      `expected an array of at most ${MAX_LIST} id lists`,
      path,
    );
  }
  return x.map((g, i) => {
    const ids = strList(g, `${path}[${i}]`);
    if (exactlyTwo ? ids.length !== 2 : ids.length < 2 || ids.length > 8) {
      throw new PairingInputError(
        exactlyTwo ? 'expected exactly two ids' : 'expected two to eight ids',
        `${path}[${i}]`,
      );
    }
    return ids;
  });
}

/** Merges partial rules over the defaults and validates every field. */
export function resolveRules(partial: unknown = {}): PairingRules {
  if (!isRecord(partial))
    throw new PairingInputError('expected an object', 'rules');
  const r: PairingRules = { ...DEFAULT_RULES, weights: { ...DEFAULT_WEIGHTS } };
  const known = new Set(Object.keys(DEFAULT_RULES));
  for (const key of Object.keys(partial)) {
    if (!known.has(key))
      throw new PairingInputError('unknown rule', `rules.${key}`);
  }
  const p = partial;
  const b = (k: keyof PairingRules): boolean | undefined =>
    p[k] === undefined ? undefined : bool(p[k], `rules.${k}`);
  r.differentCommunities = b('differentCommunities') ?? r.differentCommunities;
  r.allowInterpreter = b('allowInterpreter') ?? r.allowInterpreter;
  r.avoidRepeats = b('avoidRepeats') ?? r.avoidRepeats;
  r.repeatsForLeftovers = b('repeatsForLeftovers') ?? r.repeatsForLeftovers;
  r.allowMixedAges = b('allowMixedAges') ?? r.allowMixedAges;
  r.trios = b('trios') ?? r.trios;
  if (p.minLanguageLevel !== undefined) {
    r.minLanguageLevel = oneOf(
      p.minLanguageLevel,
      'rules.minLanguageLevel',
      LANGUAGE_LEVELS,
    );
  }
  if (p.adultAge !== undefined)
    r.adultAge = int(p.adultAge, 'rules.adultAge', 0, 150);
  if (p.maxAgeGapWithMinor !== undefined) {
    r.maxAgeGapWithMinor = int(
      p.maxAgeGapWithMinor,
      'rules.maxAgeGapWithMinor',
      0,
      150,
    );
  }
  if (p.placePreference !== undefined) {
    r.placePreference = oneOf(p.placePreference, 'rules.placePreference', [
      'near',
      'far',
      'none',
    ] as const);
  }
  if (p.trioCommunities !== undefined) {
    r.trioCommunities = oneOf(p.trioCommunities, 'rules.trioCommunities', [
      'spanning',
      'all-different',
    ] as const);
  }
  r.locks = pairList(p.locks, 'rules.locks', false);
  r.forbids = pairList(p.forbids, 'rules.forbids', true);
  if (p.groupSize !== undefined && p.groupSize !== null) {
    const g = p.groupSize;
    if (!isRecord(g))
      throw new PairingInputError('expected {min, max}', 'rules.groupSize');
    const min = int(g.min, 'rules.groupSize.min', 2, 8);
    const max = int(g.max, 'rules.groupSize.max', min, 8);
    r.groupSize = { min, max };
  }
  if (p.weights !== undefined) {
    const w = p.weights;
    if (!isRecord(w))
      throw new PairingInputError('expected an object', 'rules.weights');
    for (const key of Object.keys(w)) {
      if (!(key in DEFAULT_WEIGHTS))
        throw new PairingInputError('unknown weight', `rules.weights.${key}`);
      const k = key as keyof ScoreWeights;
      r.weights[k] = int(
        w[k],
        `rules.weights.${k}`,
        key === 'placeStepKm' ? 1 : 0,
        10_000,
      );
    }
  }
  return r;
}

export interface ParsedInput {
  referenceYear: number;
  rules: PairingRules;
  participants: ParticipantInput[];
  places: PlaceInput[];
}

/** Validates a whole engine input (e.g. the CLI's JSON). */
export function parsePairingInput(
  x: unknown,
  now: Date = new Date(),
): ParsedInput {
  if (!isRecord(x)) throw new PairingInputError('expected an object', '$');
  if (
    !Array.isArray(x.participants) ||
    x.participants.length > MAX_PARTICIPANTS
  ) {
    throw new PairingInputError(
      `expected an array of at most ${MAX_PARTICIPANTS} participants`,
      'participants',
    );
  }
  const participants = x.participants.map((p: unknown, i: number) =>
    parseParticipant(p, `participants[${i}]`),
  );
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    if (seen.has(p.id))
      throw new PairingInputError(
        `duplicate id ${p.id}`,
        `participants[${i}].id`,
      );
    seen.add(p.id);
  });
  const placesIn = x.places ?? [];
  if (!Array.isArray(placesIn))
    throw new PairingInputError('expected an array', 'places');
  const places = placesIn.map((pl: unknown, i: number): PlaceInput => {
    if (!isRecord(pl))
      throw new PairingInputError('expected {id, lat, lon}', `places[${i}]`);
    return {
      id: str(pl.id, `places[${i}].id`),
      lat: coord(pl.lat, `places[${i}].lat`, 90),
      lon: coord(pl.lon, `places[${i}].lon`, 180),
    };
  });
  const referenceYear =
    x.referenceYear === undefined
      ? now.getUTCFullYear()
      : int(x.referenceYear, 'referenceYear', 1900, 2200);
  return {
    referenceYear,
    rules: resolveRules(x.rules ?? {}),
    participants,
    places,
  };
}
