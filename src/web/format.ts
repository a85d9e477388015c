import { cyrillicToLatin } from '../common/text.js';
import type { Locale } from './i18n/locales.js';
import { INTL_LOCALE } from './i18n/locales.js';

/** Text in the language it is written in, for the `lang` attribute of what shows it. */
export interface LangText {
  text: string;
  lang: string;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/** Which of an event's texts ({en, sq, sr}) a reader gets first. */
const PREFERENCE: Record<Locale, ('en' | 'sq' | 'sr')[]> = {
  en: ['en', 'sq', 'sr'],
  sq: ['sq', 'en', 'sr'],
  'sr-Latn': ['sr', 'en', 'sq'],
  'sr-Cyrl': ['sr', 'en', 'sq'],
};

/**
 * The version of an organiser's text in the reader's language when there is one, else the next
 * best. Serbian written in Cyrillic is shown in Latin to sr-Latn readers (never the other way).
 */
export function pickText(
  texts: { en?: string; sq?: string; sr?: string } | null | undefined,
  locale: Locale,
): LangText | undefined {
  if (!texts) return undefined;
  for (const key of PREFERENCE[locale]) {
    const text = texts[key]?.trim();
    if (!text) continue;
    if (key !== 'sr') return { text, lang: key };
    if (CYRILLIC.test(text)) {
      return locale === 'sr-Latn'
        ? { text: cyrillicToLatin(text), lang: 'sr-Latn' }
        : { text, lang: 'sr-Cyrl' };
    }
    return { text, lang: 'sr-Latn' };
  }
  return undefined;
}

/** A reference label ({en, sq, sr-Latn, sr-Cyrl}) in the reader's locale. */
export function label(
  names: object | undefined,
  locale: Locale,
  fallback = '',
): string {
  const n = names as Partial<Record<string, string>> | undefined;
  return n?.[locale] ?? n?.en ?? fallback;
}

/**
 * A place in both official forms, the reader's first: "Prishtinë / Priština" for Albanian readers,
 * "Приштина / Prishtinë" for Cyrillic ones. Kosovo's official languages are Albanian and Serbian;
 * Serbia's is Serbian, so a place there is shown in the reader's form and the Serbian one.
 */
export function placeName(
  place: { names: Record<string, string>; country?: string } | null | undefined,
  locale: Locale,
): string {
  if (!place) return '';
  const n = place.names;
  const serbian = locale === 'sr-Cyrl' ? n['sr-Cyrl'] : n['sr-Latn'];
  const albanian = n.sq;
  const kosovo = place.country ? place.country === 'XK' : !!albanian;
  let forms: (string | undefined)[];
  if (locale === 'sq') forms = [albanian, kosovo ? serbian : n['sr-Latn']];
  else if (locale === 'en')
    forms = kosovo ? [albanian, serbian] : [n.en, serbian];
  else forms = [serbian, kosovo ? albanian : undefined];
  const out: string[] = [];
  for (const f of forms) if (f && !out.includes(f)) out.push(f);
  if (out.length === 0) out.push(n.en ?? Object.values(n)[0] ?? '');
  return out.join(' / ');
}

/** Time-zone label ("Central European Time") for a zone, in the reader's language. */
export function zoneName(timeZone: string, locale: Locale, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

export function formatDate(
  at: Date | string,
  timeZone: string,
  locale: Locale,
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    dateStyle: 'full',
  }).format(new Date(at));
}

export function formatTime(
  at: Date | string,
  timeZone: string,
  locale: Locale,
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

/** "Sunday, 28 March 2027, 11:00–19:00" or across days, in the event's zone. */
export function formatRange(
  start: Date | string,
  end: Date | string,
  timeZone: string,
  locale: Locale,
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatRange(new Date(start), new Date(end));
}

/** Short, for lists: "Sun 28 Mar 2027, 11:00". */
export function formatShort(
  at: Date | string,
  timeZone: string,
  locale: Locale,
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}
