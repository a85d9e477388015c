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

export function cyrillicToLatin(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const lat = CYR_TO_LAT[lower];
    if (lat === undefined) {
      out += ch;
      continue;
    }
    if (ch === lower) {
      out += lat;
      continue;
    }
    // Upper case: digraphs are "Lj" before lower case ("Љубав" → "Ljubav"), "LJ" in all caps ("ЉУБАВ").
    const next = chars[i + 1];
    const prev = chars[i - 1];
    const allCaps =
      (next !== undefined && next !== next.toLowerCase()) ||
      ((next === undefined || next.toLowerCase() === next.toUpperCase()) &&
        prev !== undefined &&
        prev !== prev.toLowerCase());
    out +=
      lat.length > 1 && !allCaps
        ? lat[0].toUpperCase() + lat.slice(1)
        : lat.toUpperCase();
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
