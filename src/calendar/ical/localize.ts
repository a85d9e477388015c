// Choosing the subscriber's language: event texts, place names and the few words the feed adds.
import { cyrillicToLatin } from '../../common/text.js';
import type { CalendarLocale, LocalizedText, PlaceNames } from './types.js';

export const CALENDAR_LOCALES: readonly CalendarLocale[] = [
  'en',
  'sq',
  'sr-Latn',
  'sr-Cyrl',
];

export function assertLocale(locale: string): asserts locale is CalendarLocale {
  if (!(CALENDAR_LOCALES as readonly string[]).includes(locale)) {
    throw new RangeError(`Unknown calendar locale "${locale}"`);
  }
}

interface Labels {
  cancelled: string;
  waitlisted: string;
  online: string;
  speakers: string;
}

export const LABELS: Readonly<Record<CalendarLocale, Labels>> = {
  en: {
    cancelled: 'Cancelled',
    waitlisted: 'You are on the waiting list for this event.',
    online: 'Online',
    speakers: 'Speakers',
  },
  sq: {
    cancelled: 'Anuluar',
    waitlisted: 'Jeni në listën e pritjes për këtë ngjarje.',
    online: 'Online',
    speakers: 'Folësit',
  },
  'sr-Latn': {
    cancelled: 'Otkazano',
    waitlisted: 'Nalazite se na listi čekanja za ovaj događaj.',
    online: 'Onlajn',
    speakers: 'Govornici',
  },
  'sr-Cyrl': {
    cancelled: 'Отказано',
    waitlisted: 'Налазите се на листи чекања за овај догађај.',
    online: 'Онлајн',
    speakers: 'Говорници',
  },
};

/**
 * The version in the reader's language (`sr` for both Serbian scripts), else English, else any.
 * Blank strings count as missing. Serbian Latin readers get Cyrillic text in Latin, as the web
 * pages show it (never the other way: Latin → Cyrillic is not exact).
 */
export function pickText(
  text: LocalizedText | string | undefined,
  locale: CalendarLocale,
): string | undefined {
  const picked = pick(text, locale);
  return picked !== undefined && locale === 'sr-Latn'
    ? cyrillicToLatin(picked)
    : picked;
}

function pick(
  text: LocalizedText | string | undefined,
  locale: CalendarLocale,
): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text.trim() || undefined;
  const own = locale === 'en' ? text.en : locale === 'sq' ? text.sq : text.sr;
  for (const candidate of [own, text.en, text.sq, text.sr]) {
    if (candidate?.trim()) return candidate.trim();
  }
  return undefined;
}

/**
 * Both official forms of a place, the reader's first: `Prishtinë / Priština` for Albanian,
 * `Priština / Prishtinë` for Serbian Latin, `Приштина / Prishtinë` for Serbian Cyrillic. English
 * readers get the English name where there is one, then the Albanian and Serbian forms. A form
 * identical to one already shown is not repeated (`Prizren`).
 */
export function placeName(place: PlaceNames, locale: CalendarLocale): string {
  const order =
    locale === 'sq'
      ? [place.sq, place['sr-Latn']]
      : locale === 'sr-Latn'
        ? [place['sr-Latn'], place.sq]
        : locale === 'sr-Cyrl'
          ? [place['sr-Cyrl'], place.sq]
          : [place.en, place.sq, place['sr-Latn']];
  const names: string[] = [];
  for (const name of order) {
    const trimmed = name?.trim();
    if (trimmed && !names.includes(trimmed)) names.push(trimmed);
  }
  return names.join(' / ');
}
