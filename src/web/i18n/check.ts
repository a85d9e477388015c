import { INTL_LOCALE, type Locale } from './locales.js';
import type { Message } from './translator.js';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

const texts = (m: Message): string[] =>
  typeof m === 'string'
    ? [m]
    : Object.values(m).filter((v): v is string => typeof v === 'string');

/**
 * What is wrong with a translated catalogue compared with English: missing or extra keys, a plain
 * text where English has plural forms (or the other way), missing plural categories for the
 * language, placeholders that differ, empty texts.
 */
export function catalogueProblems(
  english: Record<string, Message>,
  candidate: Record<string, Message | undefined>,
  locale: Locale,
): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions()
    .pluralCategories;
  for (const [key, source] of Object.entries(english)) {
    const m = candidate[key];
    if (m === undefined) {
      problems.push(`${locale}: missing "${key}"`);
      continue;
    }
    if (typeof source !== typeof m) {
      problems.push(
        `${locale}: "${key}" must be ${typeof source === 'string' ? 'a text' : 'plural forms'}`,
      );
      continue;
    }
    if (typeof m !== 'string')
      for (const c of categories)
        if (!m[c]) problems.push(`${locale}: "${key}" has no "${c}" form`);
    const want = placeholders(texts(source)[0]);
    for (const text of texts(m)) {
      if (!text.trim()) problems.push(`${locale}: "${key}" is empty`);
      if (placeholders(text) !== want)
        problems.push(
          `${locale}: "${key}" has placeholders {${placeholders(text)}}, English has {${want}}`,
        );
    }
  }
  for (const key of Object.keys(candidate))
    if (!(key in english))
      problems.push(`${locale}: "${key}" is not in the English catalogue`);
  return problems;
}
