import {
  hasLoneSurrogate,
  MAX_INPUT_DEPTH,
  nestsDeeperThan,
} from './validation.js';

describe('nestsDeeperThan', () => {
  const nested = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  it('accepts flat values and bodies up to the limit', () => {
    expect(nestsDeeperThan('text', 2)).toBe(false);
    expect(nestsDeeperThan(null, 2)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_INPUT_DEPTH), MAX_INPUT_DEPTH)).toBe(
      false,
    );
  });

  it('finds a body one level deeper, and 100,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(MAX_INPUT_DEPTH + 1), MAX_INPUT_DEPTH)).toBe(
      true,
    );
    expect(nestsDeeperThan(nested(100_000), MAX_INPUT_DEPTH)).toBe(true);
  });
});

describe('hasLoneSurrogate', () => {
  it('accepts whole pairs (emoji) and every script', () => {
    expect(hasLoneSurrogate({ a: ['😀 Слобода ë', { 'ключ 🇽🇰': 1 }] })).toBe(
      false,
    );
  });

  it('finds half a pair in a value or a key, at either end', () => {
    expect(hasLoneSurrogate({ email: '\udfff' })).toBe(true);
    expect(hasLoneSurrogate(['x\ud800'])).toBe(true);
    expect(hasLoneSurrogate({ ['\ud83d']: 1 })).toBe(true);
  });
});
