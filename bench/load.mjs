// Load test: mixed traffic for a fixed time against one built instance (dist/main.js, spawned
// here) on MariaDB. Browsing (pages and API), registering and cancelling, chatting in event rooms
// with acknowledgements, and one pairing round drafted and published half-way through.
//
// Reports the error rate (must be 0), p50/p99 per kind, the server's RSS over time (first minute
// against last minute, or first half against second half for shorter runs), and messages
// acknowledged against messages found in the history afterwards (lost must be 0). Exits 1 when
// anything failed or was lost. Traffic goes to 127.0.0.1 only; every loop stops at the deadline.
//
//   node bench/load.mjs [--seconds 120] [--http 12] [--chatters 24] [--database-url URL]
//
// The database: --database-url or DATABASE_URL (a MariaDB server URL; a scratch database is
// created and dropped), default mariadb://root@127.0.0.1:3306/test. RATE_LIMITS is off for the
// server: every virtual user comes from 127.0.0.1, which the per-address limits would throttle.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const SECONDS = Number(opt('seconds', 120));
const HTTP_WORKERS = Number(opt('http', 12));
const CHATTERS = Number(opt('chatters', 24));
const SERVER_URL = opt(
  'database-url',
  process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/test',
);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ADMIN = {
  email: 'admin@load.test',
  password: 'load test admin password',
};
const PASSWORD = 'correct horse battery staple';

// ---- HTTP ---------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let base = '';

function call(method, path, { token, body, accept = 'application/json' } = {}) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const t0 = performance.now();
  return new Promise((resolveCall) => {
    const req = http.request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          accept,
          ...(payload
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(payload),
              }
            : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          if (/json/.test(res.headers['content-type'] ?? ''))
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          resolveCall({
            status: res.statusCode,
            body: json,
            ms: performance.now() - t0,
          });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) =>
      resolveCall({
        status: 0,
        error: e.code ?? e.message,
        ms: performance.now() - t0,
      }),
    );
    req.end(payload);
  });
}

async function must(method, path, options, expected) {
  const r = await call(method, path, options);
  if (r.status !== expected)
    throw new Error(
      `${method} ${path}: ${r.status} ${r.error ?? JSON.stringify(r.body)?.slice(0, 300)}`,
    );
  return r.body;
}

// ---- measurements --------------------------------------------------------------------------
const kinds = new Map();
const errors = [];
let measuring = false;
function record(kind, ms, ok, detail) {
  if (!measuring) return;
  let k = kinds.get(kind);
  if (!k) kinds.set(kind, (k = { ms: [], errors: 0 }));
  k.ms.push(ms);
  if (!ok) {
    k.errors++;
    if (errors.length < 20) errors.push(`${kind}: ${detail}`);
  }
}
const pct = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : 0;

// ---- the server ----------------------------------------------------------------------------
async function scratchDatabase() {
  const { createScratchMysqlDatabase } = await import(
    `${ROOT}/dist/database/scratch-mysql.js`
  );
  return createScratchMysqlDatabase(SERVER_URL, 'uramost_load');
}

async function startServer(databaseUrl, dataDir) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      RATE_LIMITS: 'off',
      DEMO_DATA: 'false',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PUBLIC_URL: 'http://127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const problems = [];
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const port = await new Promise((resolvePort, reject) => {
    const t = setTimeout(() => reject(new Error('no start in 60 s')), 60_000);
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream }).on('line', (line) => {
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          if (line.trim()) problems.push(line);
          return;
        }
        if (entry.level >= 50) problems.push(`${entry.msg}`);
        if (typeof entry.port === 'number' && /is running/.test(entry.msg)) {
          clearTimeout(t);
          resolvePort(entry.port);
        }
      });
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(
        new Error(`the server exited with ${code}: ${problems.join('\n')}`),
      );
    });
  });
  return { child, port, problems, exited: () => exited };
}

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// ---- people --------------------------------------------------------------------------------
async function signUp(i, communityId) {
  const email = `load-${i}-${randomBytes(3).toString('hex')}@example.org`;
  const s = await must(
    'POST',
    '/api/auth/register',
    { body: { email, password: PASSWORD, displayName: `Person ${i}` } },
    201,
  );
  const p = { token: s.accessToken, id: s.user.id };
  if (communityId) {
    const texts = await must('GET', '/api/consents', {}, 200);
    await must(
      'POST',
      '/api/me/consents',
      {
        token: p.token,
        body: {
          kind: 'community-data',
          granted: true,
          textVersion: texts['community-data'].version,
        },
      },
      201,
    );
  }
  await must(
    'PUT',
    '/api/me/profile',
    {
      token: p.token,
      body: {
        birthYear: 1996,
        languages: [{ code: 'en', level: 'fluent' }],
        ...(communityId
          ? {
              communityId,
              interests: ['energy', i % 2 ? 'culture' : 'diplomas'],
              availability: ['wed-evening', 'sat-morning'],
            }
          : {}),
      },
    },
    200,
  );
  return p;
}

function eventBody(n) {
  const start = Date.now() + (7 + n) * 24 * 3600_000;
  return {
    title: {
      en: `Load test event ${n}`,
      sq: `Ngjarje ${n}`,
      sr: `Догађај ${n}`,
    },
    description: { en: 'Mixed traffic for the load test.' },
    kind: 'conference',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 8 * 3600_000).toISOString(),
    timeZone: 'Europe/Belgrade',
    venue: {
      name: 'Hotel Grand',
      address: 'Mother Teresa Blvd',
      placeId: 'xk-prishtine',
    },
    languages: ['sq', 'sr', 'en'],
    topics: ['freedom-of-movement'],
    capacity: 1000,
  };
}

// ---- the sockets ---------------------------------------------------------------------------
function connectSocket(token) {
  const s = io(`${base}/rooms`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
  });
  return new Promise((resolveSocket, reject) => {
    s.once('connect', () => resolveSocket(s));
    s.once('connect_error', (e) => reject(e));
  });
}
const ask = (s, event, payload, timeoutMs = 15_000) =>
  new Promise((resolveAck) => {
    const t0 = performance.now();
    const t = setTimeout(
      () => resolveAck({ timeout: true, ms: timeoutMs }),
      timeoutMs,
    );
    s.emit(event, payload, (r) => {
      clearTimeout(t);
      resolveAck({ ...r, ms: performance.now() - t0 });
    });
  });

// ---- main ----------------------------------------------------------------------------------
async function main() {
  const scratch = await scratchDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'uramost-load-'));
  const server = await startServer(scratch.url, dataDir);
  base = `http://127.0.0.1:${server.port}`;
  const sockets = [];
  try {
    return await run(server, sockets);
  } finally {
    for (const s of sockets) s.close();
    server.child.kill('SIGTERM');
    await new Promise((r) =>
      server.exited() ? r() : server.child.once('exit', r),
    );
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(server, sockets) {
  process.stderr.write(
    `load: setting up on ${base} (database ${SERVER_URL})\n`,
  );
  const admin = await must(
    'POST',
    '/api/auth/login',
    { body: { email: ADMIN.email, password: ADMIN.password } },
    200,
  );
  const reference = await must('GET', '/api/reference', {}, 200);
  const orgId = reference.organisations.find((o) => o.shortName === 'BCSP').id;
  const orgEmail = `load-organiser-${randomBytes(3).toString('hex')}@example.org`;
  await must(
    'POST',
    `/api/organisations/${orgId}/organisers`,
    {
      token: admin.accessToken,
      body: {
        email: orgEmail,
        displayName: 'Load Organiser',
        password: PASSWORD,
      },
    },
    201,
  );
  const organiser = (
    await must(
      'POST',
      '/api/auth/login',
      { body: { email: orgEmail, password: PASSWORD } },
      200,
    )
  ).accessToken;
  const events = [];
  for (let n = 0; n < 3; n++) {
    const e = await must(
      'POST',
      '/api/events',
      { token: organiser, body: eventBody(n) },
      201,
    );
    await must(
      'POST',
      `/api/events/${e.id}/publish`,
      { token: organiser },
      200,
    );
    events.push(e.id);
  }
  const communities = ['kosovo-albanian', 'kosovo-serb', 'serbia'];
  const chatters = [];
  for (let i = 0; i < CHATTERS; i++) chatters.push(await signUp(i));
  const browsers = [];
  for (let i = 0; i < 24; i++) browsers.push(await signUp(100 + i));
  const cohortPeople = [];
  for (let i = 0; i < 24; i++)
    cohortPeople.push(await signUp(200 + i, communities[i % 3]));
  const cohort = await must(
    'POST',
    '/api/cohorts',
    { token: organiser, body: { name: 'Load cohort', cadence: 'fortnightly' } },
    201,
  );
  for (const p of cohortPeople)
    await must(
      'POST',
      `/api/cohorts/${cohort.id}/members`,
      { token: p.token },
      201,
    );
  // chatters are registered (confirmed) and in their event's room
  const rooms = [];
  for (const [n, id] of events.entries()) {
    const view = await must('GET', `/api/events/${id}`, {}, 200);
    rooms[n] = view.roomId;
  }
  for (const [i, p] of chatters.entries()) {
    const n = i % events.length;
    await must(
      'POST',
      `/api/events/${events[n]}/registrations`,
      { token: p.token },
      200,
    );
    const s = await connectSocket(p.token);
    sockets.push(s);
    const r = await ask(s, 'room:join', { roomId: rooms[n] });
    if (!r.data) throw new Error(`join: ${JSON.stringify(r)}`);
    p.socket = s;
    p.roomId = rooms[n];
  }

  process.stderr.write(
    `load: ${SECONDS} s, ${HTTP_WORKERS} HTTP workers, ${CHATTERS} chatters, 3 events, a cohort of ${cohortPeople.length}\n`,
  );
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  measuring = true;
  const rss = [];
  const sampler = setInterval(() => {
    const mb = rssOf(server.child.pid);
    if (mb !== null) rss.push({ t: (Date.now() - started) / 1000, mb });
  }, 1000);

  const browse = async (w) => {
    const pages = ['/', '/events', ...events.map((id) => `/events/${id}`)];
    const apis = [
      '/api/events',
      ...events.map((id) => `/api/events/${id}`),
      '/api/reference',
    ];
    let i = w;
    while (Date.now() < deadline) {
      i++;
      const who = browsers[i % browsers.length];
      let kind, r;
      if (i % 4 === 0) {
        kind = 'page';
        r = await call('GET', pages[i % pages.length], { accept: 'text/html' });
      } else if (i % 4 === 1) {
        kind = 'api read';
        r = await call('GET', apis[i % apis.length]);
      } else if (i % 4 === 2) {
        kind = 'api me';
        r = await call(
          'GET',
          i % 8 === 2 ? '/api/me' : '/api/me/registrations',
          {
            token: who.token,
          },
        );
      } else {
        // register, or cancel what was registered: both writes, both idempotent per person
        const eventId = events[i % events.length];
        const cancel = i % 8 === 7;
        kind = cancel ? 'cancel' : 'register';
        r = await call(
          cancel ? 'DELETE' : 'POST',
          `/api/events/${eventId}/registrations${cancel ? '/me' : ''}`,
          {
            token: who.token,
          },
        );
        if (cancel && r.status === 404) r.status = 204; // nothing to cancel yet
      }
      record(
        kind,
        r.ms,
        r.status >= 200 && r.status < 300,
        r.error ?? r.status,
      );
    }
  };

  const acked = new Map();
  const chat = async (p, n) => {
    let k = 0;
    await sleep((n * 37) % 500);
    while (Date.now() < deadline) {
      const clientMsgId = `load-${n}-${++k}`;
      const r = await ask(p.socket, 'message:send', {
        roomId: p.roomId,
        body: `Message ${k} from ${n}: zdravo, përshëndetje, hello`,
        clientMsgId,
      });
      const ok = Boolean(r.data);
      if (ok) acked.set(`${p.roomId}/${r.data.id}`, clientMsgId);
      record('chat ack', r.ms, ok, r.timeout ? 'no ack' : r.error?.code);
      await sleep(400);
    }
  };

  const pairing = async () => {
    await sleep(Math.min(60, SECONDS / 2) * 1000);
    const d = await call('POST', `/api/cohorts/${cohort.id}/rounds`, {
      token: organiser,
    });
    record('pairing draft', d.ms, d.status === 201, d.status);
    if (d.status !== 201) return;
    const p = await call(
      'POST',
      `/api/cohorts/${cohort.id}/rounds/${d.body.id}/publish`,
      {
        token: organiser,
      },
    );
    record('pairing publish', p.ms, p.status === 200, p.status);
    const mine = await call('GET', '/api/me/pairings', {
      token: cohortPeople[0].token,
    });
    record(
      'api me',
      mine.ms,
      mine.status === 200 && mine.body.length === 1,
      mine.status,
    );
    return p.body?.groups?.length ?? 0;
  };

  const [, , pairs] = await Promise.all([
    Promise.all(Array.from({ length: HTTP_WORKERS }, (_, w) => browse(w))),
    Promise.all(chatters.map((p, n) => chat(p, n))),
    pairing(),
  ]);
  clearInterval(sampler);
  measuring = false;
  const elapsed = (Date.now() - started) / 1000;

  // every acknowledged message is in its room's history
  const found = new Set();
  for (const roomId of rooms) {
    let after = 0;
    for (;;) {
      const page = await must(
        'GET',
        `/api/rooms/${roomId}/messages?after=${after}&limit=100`,
        { token: organiser },
        200,
      );
      for (const m of page.items) found.add(`${roomId}/${m.id}`);
      if (!page.hasMore || page.items.length === 0) break;
      after = page.items.at(-1).id;
    }
  }
  const lost = [...acked.keys()].filter((k) => !found.has(k));

  // report
  const rows = [];
  let total = 0;
  let failed = 0;
  for (const [kind, k] of [...kinds.entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const sorted = k.ms.sort((a, b) => a - b);
    total += sorted.length;
    failed += k.errors;
    rows.push({
      kind,
      count: sorted.length,
      errors: k.errors,
      p50: +pct(sorted, 50).toFixed(1),
      p99: +pct(sorted, 99).toFixed(1),
      max: +(sorted.at(-1) ?? 0).toFixed(1),
    });
  }
  const window = Math.min(60, elapsed / 2);
  const median = (xs) => {
    const s = xs.map((x) => x.mb).sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)] : 0;
  };
  const first = rss.filter((s) => s.t <= window);
  const last = rss.filter((s) => s.t >= elapsed - window);
  const firstMb = median(first);
  const lastMb = median(last);
  const result = {
    bench: 'load',
    seconds: Math.round(elapsed),
    httpWorkers: HTTP_WORKERS,
    chatters: CHATTERS,
    operations: total,
    perSecond: Math.round(total / elapsed),
    errors: failed,
    errorRate: total ? failed / total : 0,
    kinds: Object.fromEntries(rows.map(({ kind, ...r }) => [kind, r])),
    rssMb: {
      windowSeconds: Math.round(window),
      firstWindowMedian: +firstMb.toFixed(1),
      lastWindowMedian: +lastMb.toFixed(1),
      growthPct: firstMb
        ? +(((lastMb - firstMb) / firstMb) * 100).toFixed(1)
        : 0,
      max: +Math.max(...rss.map((s) => s.mb)).toFixed(1),
      // one sample every 10 s, to see whether it levels off
      every10s: rss.filter((_, i) => i % 10 === 0).map((s) => Math.round(s.mb)),
    },
    messages: {
      acknowledged: acked.size,
      found: acked.size - lost.length,
      lost: lost.length,
    },
    pairsPublished: pairs ?? 0,
    serverProblems: server.problems.length,
    crashed: server.exited() !== null,
  };

  const pad = (s, n) => String(s).padEnd(n);
  const lines = [
    `${pad('kind', 16)}${pad('count', 8)}${pad('errors', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}max ms`,
    ...rows.map(
      (r) =>
        `${pad(r.kind, 16)}${pad(r.count, 8)}${pad(r.errors, 8)}${pad(r.p50, 9)}${pad(r.p99, 9)}${r.max}`,
    ),
    `RSS: ${result.rssMb.firstWindowMedian} MB (first ${result.rssMb.windowSeconds} s) → ${result.rssMb.lastWindowMedian} MB (last ${result.rssMb.windowSeconds} s), ${result.rssMb.growthPct}%`,
    `RSS every 10 s (MB): ${result.rssMb.every10s.join(' ')}`,
    `messages: ${result.messages.acknowledged} acknowledged, ${result.messages.lost} lost; errors ${failed}/${total}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (errors.length)
    process.stderr.write(`first errors:\n  ${errors.join('\n  ')}\n`);
  if (server.problems.length)
    process.stderr.write(
      `server problems:\n  ${server.problems.slice(0, 10).join('\n  ')}\n`,
    );
  recordSummary(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return (
    failed === 0 &&
    lost.length === 0 &&
    !result.crashed &&
    server.problems.length === 0
  );
}

/** Merges the figures into test-results/hardening-summary.json under suites.load.mysql. */
function recordSummary(result) {
  const file = join(ROOT, 'test-results/hardening-summary.json');
  mkdirSync(dirname(file), { recursive: true });
  let summary = {};
  try {
    summary = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // none yet
  }
  summary.suites ??= {};
  const { kinds: k, rssMb, messages, ...rest } = result;
  summary.suites.load = {
    ...summary.suites.load,
    mysql: {
      ...rest,
      p99Ms: Object.fromEntries(Object.entries(k).map(([n, v]) => [n, v.p99])),
      rssFirstMb: rssMb.firstWindowMedian,
      rssLastMb: rssMb.lastWindowMedian,
      rssGrowthPct: rssMb.growthPct,
      rssMbEvery10s: rssMb.every10s.join(' '),
      messagesAcknowledged: messages.acknowledged,
      messagesLost: messages.lost,
      at: new Date().toISOString(),
    },
  };
  const tmp = join(dirname(file), `.hardening-summary.${process.pid}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(tmp, file);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    process.stderr.write(`load: ${e.stack ?? e}\n`);
    process.exit(1);
  },
);
