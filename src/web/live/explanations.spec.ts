/**
 * The sentences come from the real engine (pairing/engine), so that a new wording there, which
 * the round review would show in English, fails here.
 */
import {
  runPairing,
  type ExplainedPart,
  type PairingInput,
  type ParticipantInput,
} from '../../pairing/engine/index.js';
import { LOCALES, type Locale } from '../i18n/locales.js';
import { translator } from '../i18n/translator.js';
import type { PageContext } from '../page-context.js';
import {
  explanationText,
  RULES,
  type ExplanationNames,
} from './explanations.js';

const pageIn = (locale: Locale) =>
  ({ locale, t: translator(locale) }) as PageContext;

const fluent = (code: string) => ({ code, level: 'fluent' as const });
const person = (
  id: string,
  community: string,
  more: Partial<ParticipantInput> = {},
): ParticipantInput => ({
  id,
  community,
  birthYear: 1995,
  languages: [fluent('en')],
  ...more,
});
const SIX = ['t1', 't2', 't3', 't4', 't5', 't6'];
const SLOTS = ['mon-morning', 'tue-evening', 'wed-evening', 'sun-afternoon'];
const PLACES = [
  { id: 'prishtine', lat: 42.663, lon: 21.166 },
  { id: 'beograd', lat: 44.787, lon: 20.457 },
];

function partsOf(input: Omit<PairingInput, 'referenceYear'>): ExplainedPart[] {
  return runPairing({ referenceYear: 2026, ...input }).groups.flatMap(
    (g) => g.parts,
  );
}

/** Every kind of sentence the engine writes, from a few small cohorts. */
const PARTS: ExplainedPart[] = [
  // a locked repeat that went well: interests, slots, languages, same place, feedback
  ...partsOf({
    rules: { locks: [['a', 'b']] },
    places: PLACES,
    participants: [
      person('a', 'ka', {
        languages: [fluent('en'), { code: 'sr', level: 'conversational' }],
        interests: SIX,
        availability: SLOTS,
        placeId: 'prishtine',
        previousPartners: ['b'],
        positivePartners: ['b'],
      }),
      person('b', 'ks', {
        languages: [fluent('en'), fluent('sr')],
        interests: SIX,
        availability: SLOTS,
        placeId: 'prishtine',
      }),
    ],
  }),
  // far apart, in a cohort that favours distance; one common slot, one language
  ...partsOf({
    rules: { placePreference: 'far' },
    places: PLACES,
    participants: [
      person('a', 'ka', {
        availability: ['fri-evening'],
        placeId: 'prishtine',
      }),
      person('b', 'rs', { availability: ['fri-evening'], placeId: 'beograd' }),
    ],
  }),
  // no common language: an interpreter for the pair, and for a locked group of three
  ...partsOf({
    rules: { allowInterpreter: true },
    participants: [
      person('a', 'ka', { languages: [fluent('sq')] }),
      person('b', 'rs', { languages: [fluent('sr')] }),
    ],
  }),
  ...partsOf({
    rules: { allowInterpreter: true, locks: [['a', 'b', 'c']] },
    participants: [
      person('a', 'ka', { languages: [fluent('sq'), fluent('en')] }),
      person('b', 'ks', { languages: [fluent('sr'), fluent('en')] }),
      person('c', 'rs', { languages: [fluent('sr'), fluent('sq')] }),
    ],
  }),
];

const names: ExplanationNames = {
  topic: (id) => `topic:${id}`,
  language: (code) => `lang:${code}`,
  slot: (slot) => `slot:${slot}`,
};

describe('the engine’s explanations in the reader’s language', () => {
  it('the cohorts above give every rule and both interpreter sentences', () => {
    expect(new Set(PARTS.map((p) => p.rule))).toEqual(new Set(RULES));
    const interpreter = PARTS.filter((p) => p.rule === 'interpreter');
    expect(new Set(interpreter.map((p) => p.detail)).size).toBe(2);
  });

  it.each(LOCALES)(
    'reads back every sentence of the engine in %s',
    (locale) => {
      const page = pageIn(locale);
      for (const part of PARTS) {
        const text = explanationText(page, part, names);
        expect(text, `${part.rule}: ${part.detail}`).toBeTruthy();
        const stillEnglish = locale !== 'en' && text === part.detail;
        expect(stillEnglish, part.detail).toBe(false);
      }
    },
  );

  it('English reads as the engine wrote it, with the names of the values', () => {
    const page = pageIn('en');
    const texts = PARTS.map((p) => explanationText(page, p, names));
    expect(texts).toContain(
      'Shared interests: topic:t1, topic:t2, topic:t3, topic:t4 (+2 more)',
    );
    expect(texts).toContain(
      '4 common time slots: slot:mon-morning, slot:tue-evening, slot:wed-evening (+1 more)',
    );
    expect(texts).toContain('1 common time slot: slot:fri-evening');
    expect(texts).toContain(
      'Common languages: lang:en, lang:sr (best: lang:en, fluent)',
    );
    expect(texts).toContain('Live close to each other (same place)');
    expect(
      texts.filter((t) => t?.startsWith('Live far apart (about ')),
    ).toHaveLength(1);
  });

  it('Albanian and Serbian: the sentence and its values in the reader’s words', () => {
    const sq = pageIn('sq');
    const byRule = (rule: string) => PARTS.find((p) => p.rule === rule)!;
    expect(explanationText(sq, byRule('language'), names)).toBe(
      'Gjuhë të përbashkëta: lang:en, lang:sr (më e mira: lang:en, rrjedhshëm)',
    );
    expect(explanationText(sq, byRule('interests'), names)).toBe(
      'Interesa të përbashkëta: topic:t1, topic:t2, topic:t3, topic:t4 (+2 të tjera)',
    );
    expect(explanationText(sq, byRule('locked'), names)).toBe(
      'Grupuar nga një organizator',
    );
    const sr = pageIn('sr-Cyrl');
    expect(explanationText(sr, byRule('availability'), names)).toBe(
      '4 заједничка термина: slot:mon-morning, slot:tue-evening, slot:wed-evening (+1 још)',
    );
    expect(explanationText(pageIn('sr-Latn'), byRule('feedback'), names)).toBe(
      'Raniji susret ovo dvoje je dobro ocenjen',
    );
  });

  it('leaves a sentence it does not know, or one under another rule, to the page (shown in English)', () => {
    const page = pageIn('sq');
    expect(
      explanationText(
        page,
        { rule: 'interests', detail: 'Something new' },
        names,
      ),
    ).toBeUndefined();
    expect(
      explanationText(
        page,
        { rule: 'place', detail: 'Grouped by an organiser' },
        names,
      ),
    ).toBeUndefined();
    expect(
      explanationText(
        page,
        { rule: 'language', detail: 'Common language: en (best: en, superb)' },
        names,
      ),
    ).toBeUndefined();
  });
});
