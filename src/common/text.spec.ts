import { cyrillicToLatin, foldForSearch } from './text.js';

describe('cyrillicToLatin', () => {
  it('transliterates Serbian Cyrillic letter by letter', () => {
    expect(cyrillicToLatin('Приштина')).toBe('Priština');
    expect(cyrillicToLatin('Ђаковица и Грачаница')).toBe(
      'Đakovica i Gračanica',
    );
    expect(
      cyrillicToLatin('џемпер, љубав, њива, ћевап, жаба, шума, чаша'),
    ).toBe('džemper, ljubav, njiva, ćevap, žaba, šuma, čaša');
  });

  it('writes digraphs in title case or all caps as the word is written', () => {
    expect(cyrillicToLatin('Љубав')).toBe('Ljubav');
    expect(cyrillicToLatin('ЉУБАВ')).toBe('LJUBAV');
    expect(cyrillicToLatin('Џ')).toBe('Dž');
    expect(cyrillicToLatin('ЊЊ')).toBe('NJNJ');
  });

  it('leaves Latin, Albanian, digits and emoji untouched', () => {
    const text = 'Prishtinë, çështje 383 🙂 Beograd';
    expect(cyrillicToLatin(text)).toBe(text);
  });
});

describe('foldForSearch', () => {
  it('ignores case, diacritics and script', () => {
    const forms = ['Priština', 'Приштина', 'PRISTINA', 'pristina'];
    expect(new Set(forms.map(foldForSearch))).toEqual(new Set(['pristina']));
    expect(foldForSearch('Prishtinë')).toBe('prishtine');
    expect(foldForSearch('Đakovica')).toBe(foldForSearch('Ђаковица'));
    expect(foldForSearch('Gjakovë  e  bukur')).toBe('gjakove e bukur');
  });
});
