import { formatRange, label, pickText, placeName } from './format.js';

const prishtine = {
  country: 'XK',
  names: { sq: 'Prishtinë', 'sr-Latn': 'Priština', 'sr-Cyrl': 'Приштина' },
};
const nis = {
  country: 'RS',
  names: { sq: 'Nish', 'sr-Latn': 'Niš', 'sr-Cyrl': 'Ниш', en: 'Niš' },
};

describe('what the pages show', () => {
  it('shows a place in both official forms, the reader’s first', () => {
    expect(placeName(prishtine, 'sq')).toBe('Prishtinë / Priština');
    expect(placeName(prishtine, 'sr-Latn')).toBe('Priština / Prishtinë');
    expect(placeName(prishtine, 'sr-Cyrl')).toBe('Приштина / Prishtinë');
    expect(placeName(prishtine, 'en')).toBe('Prishtinë / Priština');
    expect(placeName(nis, 'sq')).toBe('Nish / Niš');
    expect(placeName(nis, 'sr-Cyrl')).toBe('Ниш');
    expect(placeName(nis, 'en')).toBe('Niš');
    expect(placeName(null, 'en')).toBe('');
  });

  it('picks the organiser’s text in the reader’s language, Serbian Latin from Cyrillic', () => {
    const title = { en: 'Freedom', sq: 'Liria', sr: 'Слобода кретања' };
    expect(pickText(title, 'sq')).toEqual({ text: 'Liria', lang: 'sq' });
    expect(pickText(title, 'sr-Cyrl')).toEqual({
      text: 'Слобода кретања',
      lang: 'sr-Cyrl',
    });
    expect(pickText(title, 'sr-Latn')).toEqual({
      text: 'Sloboda kretanja',
      lang: 'sr-Latn',
    });
    // a missing version falls back, and says which language it is in
    expect(pickText({ sr: 'Sloboda' }, 'sq')).toEqual({
      text: 'Sloboda',
      lang: 'sr-Latn',
    });
    expect(pickText({ en: ' ', sq: 'Liria' }, 'en')).toEqual({
      text: 'Liria',
      lang: 'sq',
    });
    expect(pickText({}, 'en')).toBeUndefined();
  });

  it('formats times in the event’s zone for the reader’s locale', () => {
    const start = '2027-03-28T09:00:00Z'; // 11:00 in Belgrade (summer time)
    const end = '2027-03-28T17:00:00Z';
    expect(formatRange(start, end, 'Europe/Belgrade', 'en')).toBe(
      'Sunday, 28 March 2027, 11:00–19:00',
    );
    expect(formatRange(start, end, 'Europe/Belgrade', 'sq')).toContain('11:00');
    expect(formatRange(start, end, 'Europe/Belgrade', 'sr-Cyrl')).toContain(
      'недеља, 28. март 2027.',
    );
    expect(formatRange(start, end, 'America/New_York', 'en')).toContain(
      '05:00–13:00',
    );
  });

  it('labels reference data in the reader’s locale, English as the fallback', () => {
    const names = { en: 'Customs', sq: 'Doganat', 'sr-Latn': 'Carina' };
    expect(label(names, 'sq')).toBe('Doganat');
    expect(label(names, 'sr-Cyrl')).toBe('Customs');
    expect(label(undefined, 'sq', 'x')).toBe('x');
  });
});
