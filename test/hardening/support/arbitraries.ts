import fc from 'fast-check';
import type { Operation, Schema } from './openapi.js';

interface BodyCase {
  kind: string;
  value?: unknown;
  text?: string | Buffer;
}

/** One generated request: what it tries, and its bytes. */
export interface FuzzCase {
  kind: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Strings that have broken web applications before: scripts, SQL, odd Unicode, odd numbers. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\uFEFF',
  '\u200B\u200C\u200D',
  'Z\u0351\u0356\u0361\u036B\u0312a\u0315\u033Bl\u0339\u0358g\u0332o',
  '👩‍👩‍👧‍👦🇽🇰🇷🇸',
  '𝕌𝕣𝕒𝕄𝕠𝕤𝕥',
  'Слобода кретања',
  'Ђ Ж Љ Њ Ћ Џ ђ ж љ њ ћ џ',
  'Liria e lëvizjes ç Ç ë Ë',
  'Prishtinë / Priština',
  '\r\n\r\nX-Injected: 1',
  '\t\u000b\u000c\u0085\u2028\u2029',
  "' OR '1'='1",
  "'; DROP TABLE accounts; --",
  '" OR ""="',
  '1; SELECT SLEEP(5)',
  "1' UNION SELECT email, password_hash FROM accounts --",
  '%27%20OR%201=1',
  '\\',
  '\\\\\\"',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '..%2f..%2f',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x7fffffff',
  '9007199254740993',
  'true',
  'null',
  'undefined',
  '2027-02-30T25:61:00Z',
  '0000-00-00T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2027-03-28T09:00:00+14:00',
  'Europe/Nowhere',
  'a@b',
  `${'a'.repeat(300)}@example.org`,
  'ADMIN@URAMOST.TEST',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '7b0c4f3e-0000-4000-8000-00000000000G',
];

/** Fields that must never be mass-assigned. */
const PRIVILEGED_KEYS = [
  'role',
  'organisationId',
  'tokenVersion',
  'isAdmin',
  'passwordHash',
  'id',
  'accountId',
  'communityId',
  'status',
  'createdAt',
  '__proto__',
  'constructor',
];

const nastyString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('x', 'ы', '€', '😀'),
        fc.integer({ min: 200, max: 60_000 }),
      )
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Objects and lists nested `n` levels, as JSON-ready values. */
const nested = (n: number, kind: 'object' | 'array'): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < n; i++) v = kind === 'object' ? { a: v } : [v];
  return v;
};
const deep = fc
  .tuple(
    fc.integer({ min: 30, max: 3000 }),
    fc.constantFrom('object', 'array') as fc.Arbitrary<'object' | 'array'>,
  )
  .map(([n, kind]) => nested(n, kind));

/** A value of any type, most of them wrong for whatever field receives it. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -1,
      1.5,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53 + 2,
      1e308,
      -1e308,
      Number.MIN_VALUE,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom(...PRIVILEGED_KEYS, 'en', 'x'),
      nastyString,
      { maxKeys: 3 },
    ),
  },
  { weight: 1, arbitrary: deep },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 500, max: 5000 })
      .map((n) => Array.from({ length: n }, (_, i) => i)),
  },
);

/** A value the schema allows (as far as the document says: formats and cross-field rules are not in it). */
export function validValue(s: Schema, depth = 0): fc.Arbitrary<unknown> {
  const base = byType(s, depth);
  const withExample =
    s.example !== undefined
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constant(s.example) },
          { weight: 1, arbitrary: base },
        )
      : base;
  return s.nullable
    ? fc.option(withExample, { nil: null, freq: 6 })
    : withExample;
}

const LOCALE_KEYS = ['en', 'sq', 'sr', 'sr-Latn', 'sr-Cyrl'];

function byType(s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (s.oneOf?.length)
    return fc.oneof(...s.oneOf.map((x) => validValue(x, depth + 1)));
  if (s.properties && Object.keys(s.properties).length > 0) {
    const model = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [
        k,
        validValue(v, depth + 1),
      ]),
    );
    return fc.record(model, {
      requiredKeys: (s.required ?? []).filter((k) => k in model),
    });
  }
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid();
      return fc.string({
        minLength: s.minLength ?? 0,
        maxLength: Math.min(s.maxLength ?? 40, 60),
        unit: 'grapheme',
      });
    case 'number':
    case 'integer':
      return fc.integer({ min: s.minimum ?? -10, max: s.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(
        s.items ? validValue(s.items, depth + 1) : fc.string({ maxLength: 20 }),
        { maxLength: 3 },
      );
    case undefined:
    default:
      // an object the document does not describe (localized texts and the like)
      return depth > 3
        ? fc.constant({})
        : fc.dictionary(
            fc.constantFrom(...LOCALE_KEYS),
            fc.string({ minLength: 1, maxLength: 40 }),
            {
              minKeys: 1,
              maxKeys: 3,
            },
          );
  }
}

/** The edges of what a field allows, and one step past them. */
function boundaryValue(s: Schema): fc.Arbitrary<unknown> {
  switch (s.type) {
    case 'string': {
      const max = s.maxLength ?? 255;
      const min = s.minLength ?? 1;
      return fc.constantFrom(
        '',
        'x'.repeat(Math.max(0, min - 1)),
        'x'.repeat(min),
        'x'.repeat(max),
        'x'.repeat(max + 1),
        'ж'.repeat(max),
        '😀'.repeat(max),
      );
    }
    case 'number':
    case 'integer': {
      const lo = s.minimum ?? 0;
      const hi = s.maximum ?? 2 ** 31;
      return fc.constantFrom(lo - 1, lo, hi, hi + 1, 0, -1, 0.5, hi + 0.5);
    }
    case 'array':
      return fc.constantFrom(
        [],
        Array.from({ length: 101 }, () => 'x'),
        Array.from({ length: 2000 }, () => 'x'),
      );
    case 'boolean':
      return fc.constantFrom('true', 1, 0, 'false');
    case undefined:
    default:
      return fc.constantFrom({}, [], '');
  }
}

/** Malformed JSON and bodies that are JSON but not an object. */
const MALFORMED = [
  '',
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":NaN}',
  '{"a":1}{"b":2}',
  '/* comment */{}',
  '\uFEFF{}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '[1,2',
  'nul',
  'true',
  '"a string"',
  '12',
  '{"a":1e999999}',
  '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"role":"admin"}}}',
  '{"a":"\u0000"}',
  '\u0000',
  '{"a":"b"'.padEnd(200, ' '),
];
const INVALID_UTF8 = [
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]),
  Buffer.from([
    0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d,
  ]),
];

/** Percent-encodes the UTF-8 bytes of a string (lone surrogates become U+FFFD, as a browser would). */
export function encode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c)
      ? c
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Path segments: real ids most of the time (to get past the first check), then anything. */
function pathSegment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: real.length ? fc.constantFrom(...real.map(encode)) : fc.uuid(),
    },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
    {
      weight: 3,
      arbitrary: nastyString
        .filter((s) => s.length < 3000)
        .map((s) => encode(s) || '%20'),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%zz',
        '%ff',
        '%C0%AF',
        '%ED%A0%80',
        '%E0%A4%A',
        '%00',
        '..',
        '.',
        '%2e%2e',
        '%2F',
        '0',
        '-1',
        '1e3',
        '99999999999999999999',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 6000 }).map((n) => 'a'.repeat(n)),
    },
  );
}

function queryString(op: Operation): fc.Arbitrary<string> {
  const documented = Object.entries(op.query);
  const pair = (k: string, v: unknown) =>
    `${encode(k)}=${encode(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`;
  const fromDoc = documented.length
    ? fc
        .record(
          Object.fromEntries(
            documented.map(([k, s]) => [
              k,
              fc.oneof(
                {
                  weight: 4,
                  arbitrary: validValue(s).map((v) =>
                    typeof v === 'string' ? v : String(v),
                  ),
                },
                {
                  weight: 2,
                  arbitrary: boundaryValue(s).map((v) =>
                    typeof v === 'string' ? v : JSON.stringify(v),
                  ),
                },
                { weight: 2, arbitrary: nastyString },
              ),
            ]),
          ),
          { requiredKeys: [] },
        )
        .map((r) =>
          Object.entries(r)
            .map(([k, v]) => pair(k, v))
            .join('&'),
        )
    : fc.constant('');
  const extras = fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...PRIVILEGED_KEYS, 'page', 'limit', 'q'),
          nastyString.filter((s) => s.length < 200),
        ),
        nastyString.filter((s) => s.length < 2000),
      ),
      { maxLength: 3 },
    )
    .map((ps) => ps.map(([k, v]) => pair(k, v)).join('&'));
  const raw = fc.constantFrom(
    'a[b]=1',
    'page=1&page=2',
    'q[]=x&q[]=y',
    '%ff=1',
    'q=%',
    'q=%zz',
    '&&&',
    '=',
    'limit=1e3',
    'after=-1',
    'before=0x10',
    'script=latin&script=original',
    'mine=true&mine=false',
    'pageSize=100000',
  );
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constant('') },
      { weight: 4, arbitrary: fromDoc },
      { weight: 2, arbitrary: extras },
      { weight: 1, arbitrary: raw },
    )
    .map((q) => (q ? `?${q}` : ''));
}

/** Valid bodies from the schema (and known-good seeds), then the same with one thing broken. */
function bodyCase(op: Operation, seeds: unknown[]): fc.Arbitrary<BodyCase> {
  const schema = op.body ?? {};
  const valid = seeds.length
    ? fc.oneof(
        { weight: 1, arbitrary: validValue(schema) },
        { weight: 1, arbitrary: fc.constantFrom(...seeds) },
      )
    : validValue(schema);
  const props = Object.keys(schema.properties ?? {});
  const field = props.length ? fc.constantFrom(...props) : fc.constant('x');
  const mutate = fc
    .tuple(
      valid,
      field,
      fc.constantFrom(
        'wrong-type',
        'missing',
        'extra',
        'boundary',
        'deep',
        'null',
      ),
      nastyValue,
      fc.constantFrom(...PRIVILEGED_KEYS, 'unknownField'),
    )
    .chain(([v, f, how, nasty, extraKey]) => {
      const obj: Record<string, unknown> =
        v && typeof v === 'object' && !Array.isArray(v)
          ? { ...(v as object) }
          : {};
      switch (how) {
        case 'missing':
          delete obj[f];
          return fc.constant({ kind: `missing ${f}`, value: obj });
        case 'extra':
          return fc.constant({
            kind: `extra ${extraKey}`,
            value: { ...obj, [extraKey]: nasty },
          });
        case 'boundary':
          return boundaryValue(schema.properties?.[f] ?? {}).map((b) => ({
            kind: `boundary ${f}`,
            value: { ...obj, [f]: b },
          }));
        case 'deep':
          return deep.map((d) => ({
            kind: `deep ${f}`,
            value: { ...obj, [f]: d },
          }));
        case 'null':
          return fc.constant({
            kind: `null ${f}`,
            value: { ...obj, [f]: null },
          });
        case 'wrong-type':
          return fc.constant({
            kind: `wrong type ${f}`,
            value: { ...obj, [f]: nasty },
          });
      }
    });
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((value) => ({ kind: 'valid', value })) },
    { weight: 8, arbitrary: mutate },
    {
      weight: 1,
      arbitrary: nastyValue.map((value) => ({ kind: 'not an object', value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...MALFORMED)
        .map((text) => ({ kind: 'malformed JSON', text })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...INVALID_UTF8)
        .map((text) => ({ kind: 'invalid UTF-8', text })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat()).map(([v, n]) => {
        const text = JSON.stringify(v) ?? '';
        return {
          kind: 'truncated JSON',
          text: text.slice(0, n % Math.max(1, text.length)),
        };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 90_000, max: 200_000 })
        .map((n) => ({ kind: 'huge body', value: { x: 'x'.repeat(n) } })),
    },
  );
}

const CONTENT_TYPES = fc.oneof(
  { weight: 14, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=koi8-r',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      '',
    ),
  },
);

/**
 * Requests for one operation: path ids, query strings and bodies as above. `real` gives the ids
 * that exist for a path parameter; `seeds` are bodies known to be valid for the operation.
 */
export function requestArbitrary(
  op: Operation,
  real: (param: string) => string[],
  seeds: unknown[] = [],
): fc.Arbitrary<FuzzCase> {
  const segments = fc.tuple(...op.pathParams.map((p) => pathSegment(real(p))));
  const wantsBody = op.body !== undefined;
  const body: fc.Arbitrary<BodyCase> = wantsBody
    ? bodyCase(op, seeds)
    : fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constant<BodyCase>({ kind: 'no body' }),
        },
        {
          weight: 1,
          arbitrary: nastyValue.map((value): BodyCase => ({
            kind: 'unexpected body',
            value,
          })),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(...MALFORMED)
            .map((text): BodyCase => ({ kind: 'malformed JSON', text })),
        },
      );
  return fc
    .tuple(segments, queryString(op), body, CONTENT_TYPES)
    .map(([segs, query, b, contentType]) => {
      let i = 0;
      const path = op.path.replace(/\{[^}]+\}/g, () => segs[i++]) + query;
      const headers: Record<string, string> = { accept: 'application/json' };
      let bytes: string | Buffer | undefined;
      if (b.text !== undefined) bytes = b.text;
      else if ('value' in b) bytes = JSON.stringify(b.value) ?? 'null';
      if (bytes !== undefined && contentType)
        headers['content-type'] = contentType;
      const params = op.pathParams.length ? ' path ids' : '';
      return {
        kind: `${b.kind}${query ? ', query' : ''}${params}`,
        path,
        headers,
        body: bytes,
      };
    });
}
