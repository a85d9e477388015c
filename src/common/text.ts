/**
 * Serbian Cyrillic → Latin (Gaj's alphabet). Deterministic in this direction only: Latin → Cyrillic
 * is ambiguous (nj, lj, dž can be one letter or two).
 */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

const SERBIAN_CYRILLIC = /[\u0400-\u045F]/;

export function hasCyrillic(text: string): boolean {
  return SERBIAN_CYRILLIC.test(text);
}

const isUpper = (ch: string | undefined) =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined) =>
  ch !== undefined && /\p{L}/u.test(ch);

/**
 * Upper-case digraph letters (Љ, Њ, Џ) become "Lj", "Nj", "Dž" in a capitalised word and "LJ",
 * "NJ", "DŽ" in a word written in capitals ("ЉУБАВ" → "LJUBAV", "Љубав" → "Ljubav").
 */
export function cyrillicToLatin(text: string): string {
  if (!hasCyrillic(text)) return text;
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const latin = CYR_TO_LAT[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (ch === lower) {
      out += latin;
      continue;
    }
    if (latin.length === 1) {
      out += latin.toUpperCase();
      continue;
    }
    const next = chars[i + 1];
    const prev = chars[i - 1];
    const wordInCapitals = isUpper(next) || (!isLetter(next) && isUpper(prev));
    out += wordInCapitals
      ? latin.toUpperCase()
      : latin[0].toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Folds text for search so that case, diacritics and Serbian script do not matter:
 * "Приштина", "Priština", "PRISTINA" and "Prishtinë" fold to "pristina"/"prishtine".
 */
export function foldForSearch(text: string): string {
  return cyrillicToLatin(text)
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
