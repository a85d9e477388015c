import { toLatin } from './transliterate.js';

/**
 * Words that hold a message for a moderator instead of publishing it. Each entry is the start of a
 * word ("stem"), matched on folded text: Cyrillic read as Latin, lower case, no diacritics, common
 * digit-for-letter swaps undone. A hit never rejects or edits a message: a moderator decides.
 *
 * The lists are short on purpose: they name ethnic slurs that come up between the communities this
 * platform serves. Deployments add their own in DATA_DIR/word-filter.json (same shape).
 */
export type FilterLists = Readonly<Record<string, readonly string[]>>;

export const DEFAULT_FILTER_LISTS: FilterLists = {
  // Serbian (both scripts fold to Latin): slurs for Albanians and Bosniaks.
  sr: ['siptar', 'balij'],
  // Albanian: slurs for Serbs and for Roma/Egyptians.
  sq: ['shkij', 'shkja', 'gabel'],
  // English: deliberately empty by default; add terms in DATA_DIR/word-filter.json.
  en: [],
};

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

export function foldForFilter(text: string): string {
  return toLatin(text)
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}

export interface FilterHit {
  language: string;
  term: string;
}

export class WordFilter {
  private readonly stems: { language: string; stem: string }[];

  constructor(lists: FilterLists) {
    this.stems = [];
    for (const [language, terms] of Object.entries(lists))
      for (const term of terms) {
        const stem = foldForFilter(term.trim());
        if (stem) this.stems.push({ language, stem });
      }
  }

  /** Merges the built-in lists with a deployment's own (per language, added to the defaults). */
  static withExtra(extra: unknown): WordFilter {
    const merged: Record<string, string[]> = {};
    for (const [lang, terms] of Object.entries(DEFAULT_FILTER_LISTS))
      merged[lang] = [...terms];
    if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
      for (const [lang, terms] of Object.entries(extra)) {
        if (!Array.isArray(terms)) continue;
        merged[lang] = [
          ...(merged[lang] ?? []),
          ...terms.filter(
            (t): t is string => typeof t === 'string' && t.length <= 100,
          ),
        ];
      }
    }
    return new WordFilter(merged);
  }

  /** The first listed word the text contains, or null. */
  check(text: string): FilterHit | null {
    if (this.stems.length === 0) return null;
    const words = foldForFilter(text).split(/[^\p{L}]+/u);
    for (const word of words) {
      if (!word) continue;
      for (const s of this.stems)
        if (word.startsWith(s.stem))
          return { language: s.language, term: s.stem };
    }
    return null;
  }
}
