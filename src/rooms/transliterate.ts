/**
 * Serbian Cyrillic → Latin (Gajica), for readers who ask to see a room in Latin script. The stored
 * text never changes: this runs on the way out. The direction is deterministic; Latin → Cyrillic
 * is not (nj, lj, dž can be one letter or two), so there is no inverse here.
 */
const LOWER: Readonly<Record<string, string>> = {
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

const HAS_SERBIAN_CYRILLIC = /[\u0400-\u045F]/;

export type Script = 'original' | 'latin';

export function hasCyrillic(text: string): boolean {
  return HAS_SERBIAN_CYRILLIC.test(text);
}

const isUpper = (ch: string | undefined) =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Upper-case digraph letters (Љ, Њ, Џ) become "Lj", "Nj", "Dž" in a capitalised word and "LJ",
 * "NJ", "DŽ" in a word written in capitals ("ЉУБАВ" → "LJUBAV", "Љубав" → "Ljubav").
 */
export function toLatin(text: string): string {
  if (!hasCyrillic(text)) return text;
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const latin = LOWER[lower];
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

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function inScript(text: string, script: Script): string {
  return script === 'latin' ? toLatin(text) : text;
}
