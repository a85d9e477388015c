import { LOCALES, type Locale } from '../../auth/entities/account.entity.js';

export { LOCALES, type Locale };

/** Intl tags: Albanian as written in Kosovo (24-hour clock), English as in Europe. */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  sq: 'sq-XK',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
};

/** Each locale's name written in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  sq: 'Shqip',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
};

export function isLocale(value: unknown): value is Locale {
  return (
    typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
  );
}

/**
 * The UI locale for a language tag from Accept-Language, or undefined. Plain `sr` is Cyrillic
 * (CLDR's default script for Serbian); `sr-Latn`, and the languages whose readers read Serbian
 * Latin best (Croatian, Bosnian, Montenegrin, the old `sh`), are Latin.
 */
export function localeForTag(tag: string): Locale | undefined {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const [lang] = parts;
  if (lang === 'en') return 'en';
  if (lang === 'sq') return 'sq';
  if (lang === 'sr') {
    if (parts.includes('latn')) return 'sr-Latn';
    if (parts.includes('cyrl')) return 'sr-Cyrl';
    return parts.includes('me') ? 'sr-Latn' : 'sr-Cyrl';
  }
  if (['hr', 'bs', 'sh', 'cnr'].includes(lang)) return 'sr-Latn';
  return undefined;
}

/** The best UI locale for an Accept-Language header, by quality and then order. */
export function negotiateLocale(
  header: string | undefined,
): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params
        .map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p))
        .find((m) => m !== null);
      return { tag, q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.tag && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranges) {
    const locale = localeForTag(r.tag);
    if (locale) return locale;
  }
  return undefined;
}
