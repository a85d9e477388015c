// Writes content lines as UTF-8 bytes into one growing Buffer, escaping and folding in a single
// pass over the bytes. A feed of 3,000 VEVENTs is ~64,000 lines: kept as JS strings until a final
// join they survive every young-generation GC and cost more than building them. Here they live
// off-heap, and only the short-lived value strings touch the JS heap.
import { Buffer } from 'node:buffer';

import { MAX_LINE_OCTETS, foldLine } from './content-line.js';

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const BACKSLASH = 0x5c;

const encoder = new TextEncoder();

/** Scratch space for encoding one value; grows to the longest value seen. */
let scratch = new Uint8Array(16 * 1024);

function encode(value: string): number {
  if (scratch.length < value.length * 3) {
    scratch = new Uint8Array(Math.max(value.length * 3, scratch.length * 2));
  }
  return encoder.encodeInto(value, scratch).written;
}

/** A whole content line, folded and ended by CRLF, as bytes: for lines written many times. */
export function encodeLine(line: string): Uint8Array {
  return encoder.encode(foldLine(line) + '\r\n');
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

  /** Bytes from {@link encodeLine}. */
  encoded(line: Uint8Array): void {
    this.reserve(line.length);
    this.buf.set(line, this.length);
    this.length += line.length;
  }

  /** A whole unfolded content line whose value is not TEXT (or is escaped already): folded. */
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
    const src = scratch;
    const out = this.buf;
    let o = this.length;
    for (let h = 0; h < head.length; h++) out[o++] = head.charCodeAt(h);
    let octets = head.length;
    let limit = MAX_LINE_OCTETS;
    let i = 0;
    while (i < n) {
      const b = src[i];
      let width = 1;
      let escaped = -1; // the byte written after a backslash
      let consumed = 1;
      if (b < 0x80) {
        if (escape) {
          if (b === BACKSLASH || b === 0x3b || b === 0x2c) {
            escaped = b;
            width = 2;
          } else if (b === LF || b === CR) {
            escaped = 0x6e; // n
            width = 2;
            if (b === CR && i + 1 < n && src[i + 1] === LF) consumed = 2;
          } else if ((b < 0x20 && b !== 0x09) || b === 0x7f) {
            i++; // control characters are not allowed in TEXT
            continue;
          }
        }
      } else {
        // A lead byte (continuation bytes are always copied with their lead byte).
        width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      }
      if (octets + width > limit) {
        out[o++] = CR;
        out[o++] = LF;
        out[o++] = SPACE;
        octets = 0;
        limit = MAX_LINE_OCTETS - 1;
      }
      octets += width;
      if (escaped >= 0) {
        out[o++] = BACKSLASH;
        out[o++] = escaped;
        i += consumed;
      } else {
        for (const end = i + width; i < end; i++) out[o++] = src[i];
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
