import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** the parsed JSON body, or undefined when the body is not JSON */
  json: unknown;
}

export interface RawRequest {
  method: string;
  /** path and query, already percent-encoded as it should go on the wire */
  path: string;
  headers?: Record<string, string>;
  /** sent as-is; a string is sent as UTF-8 */
  body?: string | Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * One HTTP request with full control over the bytes (malformed JSON, bodies on any method,
 * malformed percent-encoding in the path), which fetch and supertest normalise away.
 */
export function send(base: string, req: RawRequest): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined)
      headers['content-length'] = Buffer.byteLength(req.body);
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          if (/json/.test(res.headers['content-type'] ?? '')) {
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
          });
        });
        res.on('error', reject);
      },
    );
    r.setTimeout(30_000, () => r.destroy(new Error('request timed out')));
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/** Runs the tasks with at most `limit` in flight, in order of the array. */
export async function pool<T>(
  items: T[],
  limit: number,
  run: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const i = next++;
        await run(items[i], i);
      }
    },
  );
  await Promise.all(workers);
}

const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\.[cm]?[jt]s:\d+|Error:|TypeError|RangeError|ReferenceError|QueryFailedError|EntityNotFound|SQLITE_|ER_[A-Z_]+|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\[object Object\]|Cannot (GET|POST|PUT|PATCH|DELETE|read properties)/g;

/**
 * The problems with an error response (empty when it is fine): the body must be
 * `{statusCode, code, message, details?, requestId?}`, statusCode equal to the HTTP status, a
 * stable upper-case code, and a message that is a readable sentence without internals.
 */
export function errorFormatProblems(res: RawResponse, sent = ''): string[] {
  // a message may quote what was sent (a field's name): only internals that did not come from
  // the request count
  const internals = (text: string) =>
    [...text.matchAll(INTERNALS)].some((m) => !sent.includes(m[0]));
  const problems: string[] = [];
  const body = res.json as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return [`body is not a JSON object: ${res.text.slice(0, 120)}`];
  const allowed = new Set([
    'statusCode',
    'code',
    'message',
    'details',
    'requestId',
  ]);
  for (const k of Object.keys(body))
    if (!allowed.has(k)) problems.push(`unexpected key ${k}`);
  if (body.statusCode !== res.status)
    problems.push(
      `statusCode ${String(body.statusCode)} is not the HTTP status ${res.status}`,
    );
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(body.code))
    problems.push(`code ${JSON.stringify(body.code)} is not a stable code`);
  const m = body.message;
  if (typeof m !== 'string') problems.push('message is not a string');
  else {
    // (a sentence may start with something the request named, like a hall called "x")
    const firstWord = m.split(/\s/)[0];
    if (!/^\p{Lu}/u.test(m) && !(firstWord && sent.includes(firstWord)))
      problems.push(`message does not start a sentence: ${m.slice(0, 100)}`);
    if (!/[.!?]$/.test(m))
      problems.push(`message does not end a sentence: ${m.slice(0, 100)}`);
    if (!/\s/.test(m) || m.length < 10)
      problems.push(`message is not a sentence: ${m}`);
    if (internals(m))
      problems.push(`message shows internals: ${m.slice(0, 160)}`);
  }
  if (
    /\bat [\w.<>]+ \(|node_modules|\.[cm]?[jt]s:\d+/.test(
      JSON.stringify(body.details ?? ''),
    )
  )
    problems.push('details show a stack trace');
  return problems;
}
