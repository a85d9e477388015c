// Calendar benchmark (issue 5): a personal feed of 500 events × 5 sessions (3,000 VEVENTs).
//
// 1. Generation: the pure builder (buildCalendarBytes + etagFor) on in-memory data — time per feed
//    (median and p95) and size.
// 2. HTTP, on the built app (dist/) over loopback, data made through the real API: one person
//    registered for 500 events (some waitlisted, some cancelled) with 5 sessions each.
//    - a feed rendered in full (rendered feeds and events forgotten before each request),
//    - a feed after one entry changed (the feed and one event's VEVENTs forgotten),
//    - a feed answered from the rendered feed (the data did not change),
//    - a conditional request (If-None-Match → 304),
//    each as median/p95 of sequential requests, then requests per second with 8 clients at once
//    next to a bare Nest route (GET /health/live: no guard, no database) in the same run.
// Target: under 50 ms per feed.
// Run: npm run build && node bench/calendar.mjs [--runs 40] [--mariadb mariadb://root@127.0.0.1:3306/test]
// (No forced GC between runs: after a full gc() V8 shrinks the heap and the next build pays for
// growing it again, which a server never sees.)
import http from 'node:http';
import os from 'node:os';

import { bootApp, call, closedLoop, fmt } from './lib.mjs';

const args = process.argv.slice(2);
const arg = (name) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const RUNS = Number(arg('--runs')) || 40;
const WARMUP = 5;
const EVENTS = 500;
const SESSIONS = 5;
const mariadb = arg('--mariadb');

const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const round = (x) => +x.toFixed(2);

// ---- 1. generation (pure builder) ------------------------------------------------------------

const { buildCalendarBytes, etagFor } =
  await import('../dist/calendar/ical/index.js');

const places = [
  { sq: 'Prishtinë', 'sr-Latn': 'Priština', 'sr-Cyrl': 'Приштина' },
  { sq: 'Mitrovicë', 'sr-Latn': 'Mitrovica', 'sr-Cyrl': 'Митровица' },
  { sq: 'Graçanicë', 'sr-Latn': 'Gračanica', 'sr-Cyrl': 'Грачаница' },
  { sq: 'Beograd', 'sr-Latn': 'Beograd', 'sr-Cyrl': 'Београд', en: 'Belgrade' },
];
const zones = [
  'Europe/Belgrade',
  'Europe/Belgrade',
  'Europe/Belgrade',
  'Europe/Brussels',
  'America/New_York',
];

/** A deterministic personal feed in memory: the same bytes on every run. */
function memoryFeed() {
  const base = Date.UTC(2026, 0, 12, 8, 0, 0);
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const id = `6d1f3c2a-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const start = base + i * 31 * 3_600_000; // ~21 months, across DST changes
    const sessions = [];
    for (let s = 0; s < SESSIONS; s++) {
      const sStart = start + s * 75 * 60_000;
      sessions.push({
        id: `0c2b8e1a-${String(s).padStart(4, '0')}-4000-8000-${String(i).padStart(12, '0')}`,
        title: `Сесија ${s + 1}: царина, ИУГ и бриселски споразуми`,
        startsAt: new Date(sStart),
        endsAt: new Date(sStart + 60 * 60_000),
        hall: `Sala ${String.fromCharCode(65 + s)}`,
        speakers: ['Ana Petrović', 'Blerim Gashi', 'Jelena Đorđević'],
      });
    }
    events.push({
      id,
      sequence: 1 + (i % 4),
      status: i % 50 === 7 ? 'cancelled' : 'published',
      cancelledAt: i % 50 === 7 ? new Date(Date.UTC(2026, 0, 5)) : undefined,
      tentative: i % 10 === 3,
      title: {
        en: `Freedom of movement: youth dialogue no. ${i}`,
        sq: `Liria e lëvizjes: dialogu i të rinjve nr. ${i} — çështjet e targave`,
        sr: `Слобода кретања: дијалог младих бр. ${i} — питање таблица`,
      },
      description: {
        sq: 'Dy ditë punëtori, një vizitë në pikën e kalimit; dhe një panel publik.\nMerrni me vete letërnjoftimin.',
      },
      kind: 'Konferencë',
      topics: ['Liria e lëvizjes', 'Targat e makinave'],
      startsAt: new Date(start),
      endsAt: new Date(start + SESSIONS * 75 * 60_000),
      timeZone: zones[i % zones.length],
      venue: {
        name: 'Qendra Rinore / Omladinski centar',
        address: 'Rr. Nëna Terezë 12',
        place: places[i % places.length],
      },
      onlineUrl: i % 7 === 0 ? `https://meet.example/uramost-${i}` : undefined,
      organiser: { name: 'Belgrade Centre for Security Policy' },
      url: `https://uramost.example/events/${id}`,
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      sessions,
    });
  }
  return events;
}

function generation() {
  const events = memoryFeed();
  const cal = {
    name: 'UraMost – Arta Krasniqi',
    locale: 'sq',
    publicUrl: 'https://uramost.example/me/calendar',
  };
  const now = new Date(Date.UTC(2026, 0, 20));
  const first = buildCalendarBytes(cal, events, [], now);
  for (let i = 0; i < WARMUP; i++) buildCalendarBytes(cal, events, [], now);
  const build = [];
  const etag = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const feed = buildCalendarBytes(cal, events, [], now);
    const t1 = performance.now();
    etagFor(feed);
    etag.push(performance.now() - t1);
    build.push(t1 - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    if (Buffer.compare(feed, first) !== 0)
      throw new Error('the feed is not deterministic');
  }
  return {
    bytes: first.length,
    vevents: first.toString('latin1').split('BEGIN:VEVENT').length - 1,
    buildMedianMs: round(quantile(build, 0.5)),
    buildP95Ms: round(quantile(build, 0.95)),
    etagMedianMs: round(quantile(etag, 0.5)),
    cpuMedianMs: round(quantile(cpu, 0.5)),
  };
}

// ---- 2. over HTTP ----------------------------------------------------------------------------

const json = (res) => {
  if (res.status >= 300)
    throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** `count` calls of `fn(i)`, `width` at a time. */
async function inBatches(count, width, fn) {
  for (let i = 0; i < count; i += width) {
    await Promise.all(
      Array.from({ length: Math.min(width, count - i) }, (_, j) => fn(i + j)),
    );
  }
}

async function person(url, email, role) {
  const s = json(
    await call(`${url}/api/auth/register`, 'POST', {
      email,
      password: 'bench participant password',
      displayName: role,
      locale: 'sq',
    }),
  );
  const h = { authorization: `Bearer ${s.accessToken}` };
  json(
    await call(
      `${url}/api/me/profile`,
      'PUT',
      { birthYear: 1999, languages: [{ code: 'sq', level: 'fluent' }] },
      h,
    ),
  );
  return h;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A feed request that only counts the bytes it receives: `call` from lib.mjs also decodes and
 * tries to parse each 2.7 MiB body, client work in this process that the bare route never has.
 */
function fetchFeed(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            bytes,
            etag: res.headers.etag,
            ms: performance.now() - t0,
          }),
        );
      })
      .on('error', reject);
  });
}

/**
 * Sequential requests: median and p95 latency in ms, and CPU time per request (server and client
 * share this process; on a busy machine wall time mostly measures waiting for a core).
 */
async function latencies(fn, runs) {
  const ms = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const r = await fn();
    if (r.status >= 400) throw new Error(`status ${r.status}`);
    ms.push(r.ms);
  }
  const c = process.cpuUsage(c0);
  return {
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    cpu: (c.user + c.system) / 1000 / runs,
  };
}

async function overHttp() {
  let scratch;
  const env = {};
  if (mariadb) {
    const { createScratchMysqlDatabase } =
      await import('../dist/database/scratch-mysql.js');
    scratch = await createScratchMysqlDatabase(mariadb, 'uramost_bench');
    env.DATABASE_URL = scratch.url;
  }
  const t = await bootApp(env);
  try {
    const url = t.url;
    const admin = json(
      await call(`${url}/api/auth/login`, 'POST', {
        email: 'admin@bench.test',
        password: 'bench admin password',
      }),
    );
    const orgs = json(await call(`${url}/api/reference`)).organisations;
    json(
      await call(
        `${url}/api/organisations/${orgs[0].id}/organisers`,
        'POST',
        {
          email: 'org@bench.test',
          displayName: 'Org',
          password: 'bench organiser password',
        },
        { authorization: `Bearer ${admin.accessToken}` },
      ),
    );
    const org = {
      authorization: `Bearer ${
        json(
          await call(`${url}/api/auth/login`, 'POST', {
            email: 'org@bench.test',
            password: 'bench organiser password',
          }),
        ).accessToken
      }`,
    };
    const me = await person(url, 'me@bench.test', 'Arta Krasniqi');
    const first = await person(url, 'first@bench.test', 'First');

    process.stderr.write(
      `creating ${EVENTS} events × ${SESSIONS} sessions through the API…\n`,
    );
    const t0 = performance.now();
    const base = Date.now() + 10 * 86_400_000;
    await inBatches(EVENTS, 8, async (i) => {
      const start = base + i * 31 * 3_600_000;
      const waitlisted = i % 10 === 3;
      const e = json(
        await call(
          `${url}/api/events`,
          'POST',
          {
            title: {
              en: `Freedom of movement: youth dialogue no. ${i}`,
              sq: `Liria e lëvizjes: dialogu i të rinjve nr. ${i} — çështjet e targave`,
              sr: `Слобода кретања: дијалог младих бр. ${i} — питање таблица`,
            },
            description: {
              en: 'Two days of workshops, a visit to the crossing point; and a public panel.',
              sq: 'Dy ditë punëtori, një vizitë në pikën e kalimit; dhe një panel publik.',
            },
            kind: ['conference', 'workshop', 'webinar'][i % 3],
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + SESSIONS * 75 * 60_000).toISOString(),
            timeZone: zones[i % zones.length],
            venue: {
              name: 'Qendra Rinore / Omladinski centar',
              address: 'Rr. Nëna Terezë 12',
              placeId: i % 2 ? 'xk-prishtine' : 'rs-beograd',
            },
            ...(i % 7 === 0
              ? { onlineUrl: `https://meet.example/uramost-${i}` }
              : {}),
            languages: ['sq', 'sr'],
            topics: ['freedom-of-movement'],
            capacity: waitlisted ? 1 : 50,
          },
          org,
        ),
      );
      json(
        await call(`${url}/api/events/${e.id}/publish`, 'POST', undefined, org),
      );
      for (let s = 0; s < SESSIONS; s++) {
        const sStart = start + s * 75 * 60_000;
        json(
          await call(
            `${url}/api/events/${e.id}/sessions`,
            'POST',
            {
              title: `Сесија ${s + 1}: царина, ИУГ и бриселски споразуми`,
              startsAt: new Date(sStart).toISOString(),
              endsAt: new Date(sStart + 60 * 60_000).toISOString(),
              hall: `Sala ${String.fromCharCode(65 + s)}`,
              speakers: [{ name: 'Ana Petrović' }, { name: 'Blerim Gashi' }],
            },
            org,
          ),
        );
      }
      if (waitlisted)
        json(
          await call(
            `${url}/api/events/${e.id}/registrations`,
            'POST',
            undefined,
            first,
          ),
        );
      json(
        await call(
          `${url}/api/events/${e.id}/registrations`,
          'POST',
          undefined,
          me,
        ),
      );
      if (i % 50 === 7)
        json(
          await call(
            `${url}/api/events/${e.id}/cancel`,
            'POST',
            undefined,
            org,
          ),
        );
    });
    const setupSeconds = (performance.now() - t0) / 1000;

    const { feedUrl } = json(
      await call(`${url}/api/me/calendar`, 'GET', undefined, me),
    );
    const feed = `${url}${new URL(feedUrl).pathname}`;
    const body = await call(feed);
    if (body.status !== 200) throw new Error(`feed: ${body.status}`);
    const text = String(body.body);
    const bytes = Buffer.byteLength(text, 'utf8');
    const vevents = text.split('BEGIN:VEVENT').length - 1;
    const tentative = text.split('\r\nSTATUS:TENTATIVE').length - 1;
    const cancelled = text.split('\r\nSTATUS:CANCELLED').length - 1;
    const { etag } = await fetchFeed(feed);

    // The rendered feeds and events, reached in-process, to time renders over HTTP: a full
    // render (both forgotten), and a render after one entry changed (the feed and one event's
    // VEVENTs forgotten: one event and its sessions read and rendered again).
    const { RenderedFeeds, RenderedEvents } =
      await import('../dist/calendar/rendered-feeds.js');
    const rendered = t.app.get(RenderedFeeds);
    const renderedEvents = t.app.get(RenderedEvents);
    const uncached = () => {
      rendered.clear();
      renderedEvents.clear();
      return fetchFeed(feed);
    };
    const oneChanged = () => {
      rendered.clear();
      const [key] = renderedEvents.entries.keys();
      renderedEvents.forget(key);
      return fetchFeed(feed);
    };
    const conditional = () => fetchFeed(feed, { 'if-none-match': etag });

    for (let i = 0; i < WARMUP; i++) await uncached();
    const render = await latencies(uncached, RUNS);
    await fetchFeed(feed);
    const changed = await latencies(oneChanged, RUNS);
    for (let i = 0; i < WARMUP; i++) await fetchFeed(feed);
    const cached = await latencies(() => fetchFeed(feed), RUNS);
    const notModified = await latencies(conditional, RUNS);
    const bareOne = await latencies(() => call(`${url}/health/live`), RUNS);

    const loop = { concurrency: 8, durationMs: 4000 };
    const bare = await closedLoop(() => call(`${url}/health/live`), loop);
    const full = await closedLoop(() => fetchFeed(feed), loop);
    const revalidated = await closedLoop(conditional, loop);
    const rendering = await closedLoop(uncached, loop);
    const changing = await closedLoop(oneChanged, loop);
    return {
      database: mariadb ? 'MariaDB' : 'SQLite',
      setupSeconds: round(setupSeconds),
      bytes,
      vevents,
      tentative,
      cancelled,
      render,
      changed,
      cached,
      notModified,
      bareOne,
      bare,
      full,
      revalidated,
      rendering,
      changing,
    };
  } finally {
    await t.close();
    await scratch?.drop();
  }
}

const gen = generation();
const web = await overHttp();

const row = (name, value) => console.log(`  ${name.padEnd(52)} ${value}`);
const ms = (x) =>
  `${x.median.toFixed(1)} / ${x.p95.toFixed(1)} ms (CPU ${x.cpu.toFixed(1)} ms per request)`;
const rate = (x) =>
  `${fmt(x.perSecond)} req/s  p50 ${x.p50.toFixed(1)} p99 ${x.p99.toFixed(1)} ms  ${x.errors} errors` +
  ` (${((x.perSecond / web.bare.perSecond) * 100).toFixed(1)} % of bare)`;
console.log(
  `calendar: personal feed of ${EVENTS} events × ${SESSIONS} sessions`,
);
console.log('generation (pure builder, in memory)');
row('size', `${(gen.bytes / 1048576).toFixed(2)} MiB, ${gen.vevents} VEVENTs`);
row(
  `buildCalendarBytes, median / p95 of ${RUNS}`,
  `${gen.buildMedianMs} / ${gen.buildP95Ms} ms (CPU median ${gen.cpuMedianMs} ms)`,
);
row('etagFor (SHA-256 of the bytes), median', `${gen.etagMedianMs} ms`);
console.log(
  `over HTTP (${web.database}, data made through the API in ${web.setupSeconds} s)`,
);
row(
  'feed',
  `${(web.bytes / 1048576).toFixed(2)} MiB, ${web.vevents} VEVENTs (${web.tentative} tentative, ${web.cancelled} cancelled)`,
);
row(`rendered per request, median / p95 of ${RUNS}`, ms(web.render));
row(`one entry changed, median / p95`, ms(web.changed));
row(`unchanged, reused, median / p95`, ms(web.cached));
row(`If-None-Match → 304, median / p95`, ms(web.notModified));
row(`bare route, median / p95`, ms(web.bareOne));
console.log('  8 clients at once, 4 s each:');
row('bare Nest route GET /health/live', `${fmt(web.bare.perSecond)} req/s`);
row('feed (cached)', rate(web.full));
row('feed, If-None-Match → 304', rate(web.revalidated));
row('feed rendered on every request', rate(web.rendering));
row('feed with one entry changed each time', rate(web.changing));
row(
  'machine',
  `${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}`,
);
row(
  'target: < 50 ms per feed (one entry changed, p95)',
  web.changed.p95 < 50 ? 'met' : 'NOT met',
);
console.log(
  JSON.stringify({
    bench: 'calendar',
    database: web.database,
    events: EVENTS,
    sessionsPerEvent: SESSIONS,
    vevents: web.vevents,
    bytes: web.bytes,
    buildMedianMs: gen.buildMedianMs,
    buildP95Ms: gen.buildP95Ms,
    etagMedianMs: gen.etagMedianMs,
    renderMedianMs: round(web.render.median),
    renderP95Ms: round(web.render.p95),
    renderCpuMs: round(web.render.cpu),
    changedMedianMs: round(web.changed.median),
    changedP95Ms: round(web.changed.p95),
    changedCpuMs: round(web.changed.cpu),
    changingPerSecond: Math.round(web.changing.perSecond),
    cachedMedianMs: round(web.cached.median),
    cachedP95Ms: round(web.cached.p95),
    cachedCpuMs: round(web.cached.cpu),
    notModifiedMedianMs: round(web.notModified.median),
    barePerSecond: Math.round(web.bare.perSecond),
    feedPerSecond: Math.round(web.full.perSecond),
    conditionalPerSecond: Math.round(web.revalidated.perSecond),
    renderingPerSecond: Math.round(web.rendering.perSecond),
    loadAverage: +os.loadavg()[0].toFixed(2),
    targetMs: 50,
  }),
);
process.exit(0);
