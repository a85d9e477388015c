import {
  DEFAULT_FILTER_LISTS,
  foldForFilter,
  WordFilter,
} from './word-filter.js';

describe('word filter', () => {
  const filter = new WordFilter(DEFAULT_FILTER_LISTS);

  it('folds script, case, diacritics and digit swaps', () => {
    expect(foldForFilter('ШИПТАР')).toBe('siptar');
    expect(foldForFilter('Šiptari')).toBe('siptari');
    expect(foldForFilter('5h1kje')).toBe('shikje');
    expect(foldForFilter('Đorđe')).toBe('djordje');
  });

  it('holds the listed Serbian slurs in either script and any inflection', () => {
    expect(filter.check('ti si šiptar')).toMatchObject({ language: 'sr' });
    expect(filter.check('Шиптари су…')).toMatchObject({ language: 'sr' });
    expect(filter.check('BALIJE')).toMatchObject({ language: 'sr' });
  });

  it('holds the listed Albanian slurs', () => {
    expect(filter.check('ata shkijet')).toMatchObject({ language: 'sq' });
    expect(filter.check('Shkja!')).toMatchObject({ language: 'sq' });
  });

  it('lets ordinary words through, including ones that contain a stem in the middle', () => {
    expect(
      filter.check('Shqiptar, Albanac, Srbin, Serb — mirëdita, zdravo'),
    ).toBeNull();
    expect(filter.check('Albanci i Srbi; shqiptarët dhe serbët')).toBeNull();
    expect(filter.check('Priština, Prishtinë, Приштина')).toBeNull();
  });

  it("takes a deployment's extra terms per language and ignores malformed input", () => {
    const custom = WordFilter.withExtra({ en: ['badword'], sq: 'not a list' });
    expect(custom.check('a BadWords here')).toEqual({
      language: 'en',
      term: 'badword',
    });
    expect(custom.check('siptar')).toMatchObject({ language: 'sr' });
    expect(WordFilter.withExtra(null).check('hello')).toBeNull();
  });
});
