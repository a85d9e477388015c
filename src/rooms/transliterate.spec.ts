import { hasCyrillic, inScript, toLatin } from './transliterate.js';

describe('Serbian Cyrillic → Latin', () => {
  it('transliterates every letter of the alphabet', () => {
    expect(toLatin('абвгдђежзијклљмнњопрстћуфхцчџш')).toBe(
      'abvgdđežzijklljmnnjoprstćufhcčdžš',
    );
    expect(toLatin('АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ')).toBe(
      'ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ',
    );
  });

  it('writes digraphs in title case inside a capitalised word and in capitals inside a capitalised one', () => {
    expect(toLatin('Љубав')).toBe('Ljubav');
    expect(toLatin('Његош')).toBe('Njegoš');
    expect(toLatin('Џеп')).toBe('Džep');
    expect(toLatin('ЉУБАВ')).toBe('LJUBAV');
    expect(toLatin('НАЏАК')).toBe('NADŽAK');
    expect(toLatin('ЏЕП и Љ')).toBe('DŽEP i Lj');
    expect(toLatin('ТЕЉ')).toBe('TELJ');
  });

  it('leaves Latin, Albanian, digits, punctuation and emoji as they are', () => {
    const sq = 'Mirë se vini në Prishtinë! 12:30 — ok 👍';
    expect(toLatin(sq)).toBe(sq);
    expect(hasCyrillic(sq)).toBe(false);
    expect(toLatin('Приштина / Prishtinë, Београд 2024.')).toBe(
      'Priština / Prishtinë, Beograd 2024.',
    );
  });

  it('is used only when the reader asks for Latin', () => {
    expect(inScript('Здраво', 'original')).toBe('Здраво');
    expect(inScript('Здраво', 'latin')).toBe('Zdravo');
  });

  it('is idempotent: Latin output transliterates to itself', () => {
    const once = toLatin('Шта има ново у Грачаници и Митровици?');
    expect(once).toBe('Šta ima novo u Gračanici i Mitrovici?');
    expect(toLatin(once)).toBe(once);
  });
});
