// Writes content lines as UTF-8 bytes into one growing Buffer, escaping and folding in a single
// pass over the bytes. A feed of 3,000 VEVENTs is ~64,000 lines: kept as JS strings until a final
// join they survive every young-generation GC and cost more than building them. Here they live
// off-heap, and only the short-lived value strings touch the JS heap.
import { Buffer } from 'node:buffer';

import { MAX_LINE_OCTETS } from './content-line.js';

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const BACKSLASH = 0x5c;

// What to do with each byte of a value: copy it, escape it, drop it, or copy the whole UTF-8
// sequence it starts (continuation bytes are always copied with their lead byte).
const COPY = 0;
const ESCAPE = 1; // \ ; ,
const LINE_FEED = 2;
const CARRIAGE_RETURN = 3;
const DROP = 4; // control characters other than HTAB (and line breaks outside TEXT)
const LEAD2 = 5; // then LEAD3 = 6, LEAD4 = 7

/** TEXT values escape \\ ; , and line breaks; other values only lose control characters. */
function byteKinds(escape: boolean): Uint8Array {
  const kinds = new Uint8Array(256);
  for (let b = 0xc0; b < 0x100; b++) {
    kinds[b] = b >= 0xf0 ? LEAD2 + 2 : b >= 0xe0 ? LEAD2 + 1 : LEAD2;
  }
  for (let b = 0; b < 0x20; b++) kinds[b] = DROP;
  kinds[0x7f] = DROP;
  kinds[0x09] = COPY;
  if (escape) {
    kinds[LF] = LINE_FEED;
    kinds[CR] = CARRIAGE_RETURN;
    kinds[BACKSLASH] = kinds[0x3b] = kinds[0x2c] = ESCAPE;
  }
  return kinds;
}
const TEXT = byteKinds(true);
const PLAIN = byteKinds(false);

const encoder = new TextEncoder();

/** Scratch space for encoding one value; grows to the longest value seen. */
let scratch = new Uint8Array(16 * 1024);

function encode(value: string): number {
  if (scratch.length < value.length * 3) {
    scratch = new Uint8Array(Math.max(value.length * 3, scratch.length * 2));
  }
  return encoder.encodeInto(value, scratch).written;
}

export class IcsWriter {
  private buf: Uint8Array;
  private length = 0;

  constructor(capacity = 64 * 1024) {
    this.buf = new Uint8Array(Math.max(capacity, 1024));
  }

  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buf.length) return;
    let size = Math.max(this.buf.length * 2, 1024);
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** A short ASCII line (at most 75 characters, no line breaks) and CRLF. */
  ascii(line: string): void {
    const n = line.length;
    this.reserve(n + 2);
    const out = this.buf;
    let o = this.length;
    for (let i = 0; i < n; i++) out[o++] = line.charCodeAt(i);
    out[o++] = CR;
    out[o++] = LF;
    this.length = o;
  }

  /** Bytes of whole lines, e.g. from another writer's {@link bytes}. */
  encoded(line: Uint8Array): void {
    this.reserve(line.length);
    this.buf.set(line, this.length);
    this.length += line.length;
  }

  /**
   * A whole unfolded content line whose value is not TEXT (or is escaped already): folded. Line
   * breaks and other control characters cannot break the stream: they are dropped.
   */
  line(line: string): void {
    this.put('', line, false);
  }

  /** `head` (name, parameters, colon; ASCII) then `value` escaped as TEXT, folded. */
  text(head: string, value: string): void {
    this.put(head, value, true);
  }

  private put(head: string, value: string, escape: boolean): void {
    const n = encode(value);
    // Escaping at most doubles the value; a fold adds 3 octets per 74.
    this.reserve(head.length + 3 * n + 8);
    const kinds = escape ? TEXT : PLAIN;
    const src = scratch;
    const out = this.buf;
    let o = this.length;
    for (let h = 0; h < head.length; h++) out[o++] = head.charCodeAt(h);
    let octets = head.length;
    let limit = MAX_LINE_OCTETS;
    let i = 0;
    while (i < n) {
      const b = src[i];
      const kind = kinds[b];
      if (kind === COPY) {
        if (octets === limit) {
          out[o++] = CR;
          out[o++] = LF;
          out[o++] = SPACE;
          octets = 0;
          limit = MAX_LINE_OCTETS - 1;
        }
        out[o++] = b;
        octets++;
        i++;
      } else if (kind >= LEAD2) {
        const width = kind - LEAD2 + 2;
        if (octets + width > limit) {
          out[o++] = CR;
          out[o++] = LF;
          out[o++] = SPACE;
          octets = 0;
          limit = MAX_LINE_OCTETS - 1;
        }
        for (const end = i + width; i < end; i++) out[o++] = src[i];
        octets += width;
      } else if (kind === DROP) {
        i++; // a control character: not allowed in a content line
      } else {
        if (octets + 2 > limit) {
          out[o++] = CR;
          out[o++] = LF;
          out[o++] = SPACE;
          octets = 0;
          limit = MAX_LINE_OCTETS - 1;
        }
        out[o++] = BACKSLASH;
        if (kind === ESCAPE) {
          out[o++] = b;
          i++;
        } else {
          out[o++] = 0x6e; // \n for LF, CR and CRLF
          i +=
            kind === CARRIAGE_RETURN && i + 1 < n && src[i + 1] === LF ? 2 : 1;
        }
        octets += 2;
      }
    }
    out[o++] = CR;
    out[o++] = LF;
    this.length = o;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Buffer {
    return Buffer.from(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}
