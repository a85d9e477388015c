import fc from 'fast-check';

import {
  MAX_LINE_OCTETS,
  escapeText,
  foldLine,
  quotedParam,
  serialize,
  unfold,
  uriValue,
} from './content-line.js';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits the UTF-8 bytes of a folded line at CRLF and decodes each part strictly. */
function physicalLines(folded: string): string[] {
  const bytes = Buffer.from(folded, 'utf8');
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      parts.push(strictUtf8.decode(bytes.subarray(start, i)));
      start = i + 2;
    }
  }
  parts.push(strictUtf8.decode(bytes.subarray(start)));
  return parts;
}

function expectWellFolded(line: string): void {
  const folded = foldLine(line);
  const lines = physicalLines(folded); // throws if a UTF-8 sequence was split
  for (const [i, physical] of lines.entries()) {
    expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    if (i > 0) expect(physical.startsWith(' ')).toBe(true);
    // Folding uses the room it has: only the last part may be short.
    if (i < lines.length - 1)
      expect(octets(physical)).toBeGreaterThan(MAX_LINE_OCTETS - 4);
  }
  expect(unfold(folded)).toBe(line);
}

// Albanian, Serbian Latin and Cyrillic letters (2 octets), emoji (4 octets), CJK (3 octets).
const letters = [
  ...Array.from('abcxyz ,;:\\"'),
  ...Array.from('ëËçÇ'),
  ...Array.from('čćđšžČĆĐŠŽ'),
  ...Array.from('абвгдђежзијклљмнњопрстћуфхцчџшАБВЂЉЊЋЏШ'),
  '😀',
  '🇽🇰',
  '👩🏽‍💻',
  '🌉',
  ...Array.from('橋大'),
];
const mixedText = fc
  .array(fc.constantFrom(...letters), { maxLength: 400 })
  .map((a) => a.join(''));

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nf\\ng',
    );
  });

  it('leaves colons, quotes and non-ASCII letters alone', () => {
    expect(escapeText('Prishtinë: "Ура" 😀')).toBe('Prishtinë: "Ура" 😀');
  });

  it('drops control characters that iCalendar text may not contain', () => {
    expect(escapeText('a\u0000b\u0007c\u007fd\te')).toBe('abcd\te');
  });
});

describe('quotedParam', () => {
  it('quotes the value so that : ; , are safe', () => {
    expect(quotedParam('BCSP: Belgrade; Centre, Security')).toBe(
      '"BCSP: Belgrade; Centre, Security"',
    );
  });

  it('cannot be closed early: double quotes become single, line breaks spaces', () => {
    expect(quotedParam('NGO "ACTIV"\nMitrovica')).toBe(
      `"NGO 'ACTIV' Mitrovica"`,
    );
  });

  it('encodes a ^ that RFC 6868 would read as an escape, and only that', () => {
    expect(quotedParam("a^n b^' c^^ d^e")).toBe(`"a^^n b^^' c^^^ d^e"`);
  });
});

describe('uriValue', () => {
  it('keeps a URL as it is (URIs are not TEXT-escaped)', () => {
    expect(uriValue('https://x.example/a?b=1,2;c=3')).toBe(
      'https://x.example/a?b=1,2;c=3',
    );
  });

  it('percent-encodes whitespace and control characters so a line cannot be broken', () => {
    expect(uriValue(' https://x.example/a b\r\nX-EVIL:1 ')).toBe(
      'https://x.example/a%20b%0D%0AX-EVIL:1',
    );
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const exact = 'S'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine('S'.repeat(76))).toBe('S'.repeat(75) + '\r\n ' + 'S');
  });

  it('counts octets, not characters: 40 Cyrillic letters (80 octets) are folded', () => {
    const line = 'Ж'.repeat(40);
    const folded = foldLine(line);
    expect(folded).toBe('Ж'.repeat(37) + '\r\n ' + 'Ж'.repeat(3));
    expectWellFolded(line);
  });

  it('never splits a 2-octet letter that straddles the 75th octet', () => {
    const line = 'SUMMARY:' + 'a'.repeat(66) + 'ë' + 'tail';
    const [first] = foldLine(line).split('\r\n');
    expect(octets(first)).toBe(74);
    expectWellFolded(line);
  });

  it('never splits an emoji (surrogate pair, 4 octets)', () => {
    const line = 'SUMMARY:' + 'a'.repeat(65) + '😀' + 'tail';
    const [first, second] = foldLine(line).split('\r\n');
    expect(first).toBe('SUMMARY:' + 'a'.repeat(65));
    expect(second).toBe(' 😀tail');
    expectWellFolded(line);
  });

  it('continuation lines hold 74 octets after the space', () => {
    const lines = foldLine('x'.repeat(75 + 74 + 10)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 11]);
  });

  it('counts a lone surrogate as the 3 octets of U+FFFD it is encoded as', () => {
    const line = 'a'.repeat(73) + '\ud800' + 'b';
    expect(foldLine(line)).toBe('a'.repeat(73) + '\r\n \ud800b');
  });

  it('property: any mix of Albanian, Serbian, Cyrillic, emoji and CJK folds safely', () => {
    fc.assert(
      fc.property(
        mixedText,
        fc.constantFrom('SUMMARY:', 'DESCRIPTION:', ''),
        (text, name) => {
          expectWellFolded(name + text);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000); // property tests: generous on a loaded machine

  it('property: arbitrary Unicode text folds safely', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectWellFolded('DESCRIPTION:' + escapeText(text));
      }),
      { numRuns: 500 },
    );
  }, 60_000); // property tests: generous on a loaded machine
});

describe('serialize', () => {
  it('ends every line, the last one too, with CRLF and folds long ones', () => {
    const text = serialize(['BEGIN:X', 'A:' + 'é'.repeat(50), 'END:X']);
    expect(text.endsWith('END:X\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n').slice(0, -1)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
    }
    expect(unfold(text)).toBe(
      'BEGIN:X\r\nA:' + 'é'.repeat(50) + '\r\nEND:X\r\n',
    );
  });
});
