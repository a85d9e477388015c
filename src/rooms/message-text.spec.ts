import { AppError } from '../common/errors.js';
import { MAX_MESSAGE_CHARS, normaliseMessageBody } from './message-text.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
};

describe('message text', () => {
  it('trims, keeps inner line breaks and normalises line endings and NFC', () => {
    expect(normaliseMessageBody('  Zdravo\r\nsvima  ')).toBe('Zdravo\nsvima');
    expect(normaliseMessageBody('Prishtine\u0308')).toBe('Prishtinë');
  });

  it('refuses empty, whitespace-only and non-text bodies', () => {
    expect(codeOf(() => normaliseMessageBody(''))).toBe('MESSAGE_EMPTY');
    expect(codeOf(() => normaliseMessageBody(' \n\t '))).toBe('MESSAGE_EMPTY');
    expect(codeOf(() => normaliseMessageBody(42))).toBe('VALIDATION_FAILED');
  });

  it('counts characters, not UTF-16 units', () => {
    const emoji = '👍'.repeat(MAX_MESSAGE_CHARS);
    expect(normaliseMessageBody(emoji)).toBe(emoji);
    expect(codeOf(() => normaliseMessageBody('a'.repeat(2001)))).toBe(
      'MESSAGE_TOO_LONG',
    );
  });

  it('refuses control characters and bidirectional overrides', () => {
    for (const bad of [
      'a\u0000b',
      'a\u0007b',
      'a\tb',
      'a\u001bb',
      'a\u202Eb',
      'a\u2066b',
      'a\u0085b',
    ])
      expect(codeOf(() => normaliseMessageBody(bad))).toBe(
        'MESSAGE_INVALID_CHARACTERS',
      );
  });
});
