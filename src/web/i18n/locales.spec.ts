import { localeForTag, negotiateLocale } from './locales.js';

describe('choosing a locale from Accept-Language', () => {
  it.each([
    ['sq-AL,sq;q=0.9,en;q=0.8', 'sq'],
    ['sr-RS,sr;q=0.9', 'sr-Cyrl'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['de-DE,hr;q=0.7,en;q=0.5', 'sr-Latn'],
    ['en;q=0.2,sq;q=0.9', 'sq'],
    ['fr, de', undefined],
    ['', undefined],
    ['*', undefined],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('reads scripts and regions in any case', () => {
    expect(localeForTag('SR-cyrl-XK')).toBe('sr-Cyrl');
    expect(localeForTag('sr_ME')).toBe('sr-Latn');
    expect(localeForTag('en-US')).toBe('en');
  });
});
