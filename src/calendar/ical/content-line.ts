// RFC 5545 content lines as strings: value escaping, parameter quoting and folding at 75 octets.
// Feeds are written as bytes by IcsWriter (same rules); these build the lines an event shares.
import { Buffer } from 'node:buffer';

/** Control characters other than HTAB, CR and LF: not allowed in iCalendar text. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const TEXT_SPECIAL = /\r\n|[\\;,\r\n\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const HAS_TEXT_SPECIAL = /[\\;,\r\n\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const NON_ASCII = /[^\x00-\x7F]/;

function escapeTextChar(c: string): string {
  switch (c) {
    case '\\':
    case ';':
    case ',':
      return '\\' + c;
    case '\r\n':
    case '\r':
    case '\n':
      return '\\n';
    default:
      return ''; // a control character
  }
}

/** A TEXT value (RFC 5545 §3.3.11): escape backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return HAS_TEXT_SPECIAL.test(value)
    ? value.replace(TEXT_SPECIAL, escapeTextChar)
    : value;
}

/**
 * A quoted parameter value such as CN. Parameters cannot contain DQUOTE and have no escapes in
 * RFC 5545; RFC 6868 (`^'`, `^n`, `^^`) is decoded by ical.js but shown raw by parsers without
 * it, node-ical among them. So a name stays readable everywhere: `"` becomes `'`, line breaks
 * and tabs become spaces, and only a `^` that RFC 6868 would misread is encoded as `^^`.
 */
export function quotedParam(value: string): string {
  const encoded = value
    .replace(CONTROL, '')
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/"/g, "'")
    .replace(/\^(?=[\^n'])/g, '^^');
  return '"' + encoded + '"';
}

/**
 * A URI value (URL, CAL-ADDRESS). URIs are not TEXT and are not escaped, but whitespace and
 * control characters are percent-encoded so that a value can never break the content line.
 */
export function uriValue(value: string): string {
  return value
    .trim()
    .replace(
      /[\x00-\x20\x7F]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
    );
}

/** Content lines are at most 75 octets, excluding the line break (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one unfolded content line so that no physical line exceeds 75 octets of UTF-8, and no
 * UTF-8 sequence (nor a surrogate pair) is split. Continuation lines start with one space, which
 * counts towards their 75 octets.
 */
export function foldLine(line: string): string {
  const n = line.length;
  // Every UTF-16 code unit encodes to at most 3 octets (a surrogate pair: 2 units, 4 octets).
  if (n * 3 <= MAX_LINE_OCTETS) return line;
  if (!NON_ASCII.test(line)) {
    // One octet per character: cut every 75, then every 74 after the leading space.
    if (n <= MAX_LINE_OCTETS) return line;
    let folded = line.slice(0, MAX_LINE_OCTETS);
    for (let i = MAX_LINE_OCTETS; i < n; i += MAX_LINE_OCTETS - 1) {
      folded += '\r\n ' + line.slice(i, i + MAX_LINE_OCTETS - 1);
    }
    return folded;
  }
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;

  let folded = '';
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    let width = 3;
    let units = 1;
    if (c < 0x80) width = 1;
    else if (c < 0x800) width = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 4;
        units = 2;
      } // else a lone surrogate, encoded as the 3 octets of U+FFFD
    }
    if (octets + width > limit) {
      folded += line.slice(start, i) + '\r\n ';
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of the continuation line
    }
    octets += width;
    i += units;
  }
  return folded + line.slice(start);
}

/** Undoes folding (RFC 5545 §3.1): a line break followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Joins content lines into an iCalendar stream: folded, each line ended by CRLF. */
export function serialize(lines: readonly string[]): string {
  return lines.length ? lines.map(foldLine).join('\r\n') + '\r\n' : '';
}
