import fc from 'fast-check';

import {
  MAX_LINE_OCTETS,
  escapeText,
  foldLine,
  unfold,
} from './content-line.js';
import { IcsWriter } from './ics-writer.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Physical lines of the writer's output, each decoded strictly on its own. */
function physical(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(strict.decode(bytes.subarray(start, i)));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length); // everything ends with CRLF
  return lines;
}

/** Every physical line is whole UTF-8 of at most 75 octets (continuations: see unfold checks). */
function expectWellFolded(bytes: Uint8Array): void {
  for (const line of physical(bytes)) {
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
  }
}

const letters = [
  ...Array.from('abc ,;:\\"\t'),
  '\n',
  '\r\n',
  '\r',
  '\u0007',
  ...Array.from('ëçčćđšžЖђљњћџш'),
  '😀',
  '🇽🇰',
  '橋',
];
const text = fc
  .array(fc.constantFrom(...letters), { maxLength: 300 })
  .map((a) => a.join(''));

describe('IcsWriter', () => {
  it('text(): escapes, folds at 75 octets and ends the line with CRLF', () => {
    const w = new IcsWriter();
    w.text('SUMMARY:', 'Prishtinë, Priština; Приштина\\ 😀\nDay 2');
    const out = Buffer.from(w.bytes()).toString('utf8');
    expect(out).toBe(
      'SUMMARY:Prishtinë\\, Priština\\; Приштина\\\\ 😀\\nDay 2\r\n',
    );
  });

  it('text(): never splits an escape sequence or a character across a fold', () => {
    const w = new IcsWriter();
    w.text('X:', 'a'.repeat(72) + ',' + 'b');
    expect(physical(w.bytes())).toEqual(['X:' + 'a'.repeat(72), ' \\,b']);
  });

  it('line(): folds without escaping', () => {
    const w = new IcsWriter();
    w.line('URL:https://x.example/' + 'p'.repeat(80) + '?a=1,2;b');
    const lines = physical(w.bytes());
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([75, 36]);
    expect(unfold(lines.join('\r\n'))).toContain('?a=1,2;b');
  });

  it('line(): drops line breaks and control characters instead of breaking the stream', () => {
    const w = new IcsWriter();
    w.line('URL:https://x.example/a\r\nX-INJECTED:1\u0000');
    expect(Buffer.from(w.bytes()).toString('utf8')).toBe(
      'URL:https://x.example/aX-INJECTED:1\r\n',
    );
  });

  it('grows past its initial capacity', () => {
    const w = new IcsWriter(1);
    for (let i = 0; i < 500; i++) w.text('DESCRIPTION:', 'Ђ'.repeat(100));
    expect(w.bytes().length).toBeGreaterThan(100_000);
    expectWellFolded(w.bytes());
  });

  it('ascii() and encoded() write whole lines', () => {
    const block = new IcsWriter();
    block.line('LOCATION:' + 'Приштина '.repeat(10));
    const w = new IcsWriter();
    w.ascii('BEGIN:VEVENT');
    w.encoded(block.bytes());
    expectWellFolded(w.bytes());
    expect(unfold(Buffer.from(w.bytes()).toString('utf8'))).toBe(
      'BEGIN:VEVENT\r\nLOCATION:' + 'Приштина '.repeat(10) + '\r\n',
    );
  });

  it('property: text() equals escapeText then foldLine, once unfolded, and folds safely', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('SUMMARY:', 'DESCRIPTION:', 'X-A;B=C:'),
        (value, head) => {
          const w = new IcsWriter(64);
          w.text(head, value);
          w.line(head + escapeText(value));
          expectWellFolded(w.bytes());
          const [a, b] = unfold(Buffer.from(w.bytes()).toString('utf8')).split(
            '\r\n',
          );
          expect(a).toBe(head + escapeText(value));
          expect(b).toBe(a);
          expect(unfold(foldLine(a))).toBe(a);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000); // property tests: generous on a loaded machine
});
