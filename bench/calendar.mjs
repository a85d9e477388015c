// Generation of a personal iCalendar feed: 500 events × 5 sessions (3,000 VEVENTs), time per
// feed (median and p95 over repeated runs) and size. Target: under 50 ms per feed.
// Measured: buildCalendarBytes (what the HTTP layer sends) + etagFor, and buildCalendar, which
// also decodes the bytes to a JS string. Wall and CPU time: on a busy machine they differ.
// Run: npm run build && node bench/calendar.mjs [--runs 60] [--compare]
// (No forced GC between runs: after a full gc() V8 shrinks the heap and the next build pays for
// growing it again, which a server never sees; a --expose-gc run tripled the times.)
// --compare also times ical-generator 10's ICalCalendar.toString() once on the same feed.
import os from 'node:os';

import {
  buildCalendar,
  buildCalendarBytes,
  etagFor,
} from '../dist/calendar/ical/index.js';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 60;
const WARMUP = 10;
const EVENTS = 500;
const SESSIONS = 5;
const COMPARE = args.includes('--compare');

const places = [
  { sq: 'Prishtinë', 'sr-Latn': 'Priština', 'sr-Cyrl': 'Приштина' },
  { sq: 'Mitrovicë', 'sr-Latn': 'Mitrovica', 'sr-Cyrl': 'Митровица' },
  { sq: 'Graçanicë', 'sr-Latn': 'Gračanica', 'sr-Cyrl': 'Грачаница' },
  { sq: 'Beograd', 'sr-Latn': 'Beograd', 'sr-Cyrl': 'Београд', en: 'Belgrade' },
  {
    sq: 'Pazari i Ri',
    'sr-Latn': 'Novi Pazar',
    'sr-Cyrl': 'Нови Пазар',
    en: 'Novi Pazar',
  },
];
const topics = [
  'freedom of movement',
  'civil registry',
  'licence plates',
  'recognition of diplomas',
  'energy',
  'telecommunications (+383)',
];
const kinds = [
  'conference',
  'workshop',
  'exchange visit',
  'local meeting',
  'webinar',
  'peer meeting',
];
const zones = [
  'Europe/Belgrade',
  'Europe/Belgrade',
  'Europe/Belgrade',
  'Europe/Belgrade',
  'Europe/Brussels',
  'America/New_York',
];

/** A deterministic personal feed: the same bytes on every run of the benchmark. */
function personalFeed() {
  const base = Date.UTC(2026, 0, 12, 8, 0, 0);
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const id = `6d1f3c2a-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const start = base + i * 31 * 3_600_000; // spread over ~21 months, across DST changes
    const sessions = [];
    for (let s = 0; s < SESSIONS; s++) {
      const sStart = start + s * 75 * 60_000;
      sessions.push({
        id: `0c2b8e1a-${String(s).padStart(4, '0')}-4000-8000-${String(i).padStart(12, '0')}`,
        title: {
          en: `Session ${s + 1}: customs, IBM and the Brussels agreements`,
          sq: `Sesioni ${s + 1}: dogana, MIK dhe marrëveshjet e Brukselit`,
          sr: `Сесија ${s + 1}: царина, ИУГ и бриселски споразуми`,
        },
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
        en: 'Two days of workshops, a visit to the crossing point; and a public panel.\nBring an ID card.',
        sq: 'Dy ditë punëtori, një vizitë në pikën e kalimit; dhe një panel publik.\nMerrni me vete letërnjoftimin.',
        sr: 'Два дана радионица, посета граничном прелазу; и јавни панел.\nПонесите личну карту.',
      },
      kind: kinds[i % kinds.length],
      topics: [topics[i % topics.length], topics[(i + 2) % topics.length]],
      startsAt: new Date(start),
      endsAt: new Date(start + SESSIONS * 75 * 60_000),
      timeZone: zones[i % zones.length],
      venue: {
        name: 'Qendra Rinore / Omladinski centar',
        address: 'Rr. Nëna Terezë 12',
        place: places[i % places.length],
      },
      onlineUrl: i % 7 === 0 ? `https://meet.example/uramost-${i}` : undefined,
      organiser: {
        name: 'Belgrade Centre for Security Policy',
        email: 'events@bcsp.example',
      },
      url: `https://uramost.example/events/${id}`,
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      sessions,
    });
  }
  return events;
}

const events = personalFeed();
const cal = {
  name: 'UraMost — Arta Krasniqi',
  locale: 'sq',
  publicUrl: 'https://uramost.example/me/calendar',
};
const now = new Date(Date.UTC(2026, 0, 20));

function time(fn) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return [wall, out, (used.user + used.system) / 1000];
}

const [coldMs, first] = time(() => buildCalendarBytes(cal, events, [], now));
for (let i = 0; i < WARMUP; i++) buildCalendar(cal, events, [], now);

// The production path first (bytes, then their ETag), then the string path in its own loop, so
// that the big strings of one do not land in the other's garbage collections.
const bytesWall = [];
const bytesCpu = [];
const etagWall = [];
for (let i = 0; i < RUNS; i++) {
  const [ms, feed, cpu] = time(() => buildCalendarBytes(cal, events, [], now));
  if (Buffer.compare(feed, first) !== 0)
    throw new Error('the feed is not deterministic');
  bytesWall.push(ms);
  bytesCpu.push(cpu);
  etagWall.push(time(() => etagFor(feed))[0]);
}
const stringWall = [];
for (let i = 0; i < RUNS; i++) {
  stringWall.push(time(() => buildCalendar(cal, events, [], now))[0]);
}

const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const round = (x) => +x.toFixed(2);
const text = first.toString('utf8');
const bytes = first.length;
const vevents = text.split('\r\nBEGIN:VEVENT\r\n').length - 1;
const lines = text.split('\r\n').length - 1;
const result = {
  bench: 'calendar-feed',
  events: EVENTS,
  sessionsPerEvent: SESSIONS,
  vevents,
  bytes,
  lines,
  runs: RUNS,
  coldMs: round(coldMs),
  medianMs: round(quantile(bytesWall, 0.5)),
  p95Ms: round(quantile(bytesWall, 0.95)),
  minMs: round(Math.min(...bytesWall)),
  cpuMedianMs: round(quantile(bytesCpu, 0.5)),
  etagMedianMs: round(quantile(etagWall, 0.5)),
  stringMedianMs: round(quantile(stringWall, 0.5)),
  stringP95Ms: round(quantile(stringWall, 0.95)),
  loadAverage: +os.loadavg()[0].toFixed(2),
  cpus: os.cpus().length,
  targetMs: 50,
};

if (COMPARE) {
  // The same feed through ical-generator 10 as one would write it naively (its folding allocates a
  // TextEncoder per character). Times only; its TZID times would be the process's wall clock.
  const { default: ical } = await import('ical-generator');
  const [ms] = time(() => {
    const c = ical({ name: cal.name, ttl: 3600 });
    for (const e of events) {
      for (const [uid, title, s, t] of [
        [`event-${e.id}@uramost`, e.title.sq, e.startsAt, e.endsAt],
        ...e.sessions.map((x) => [
          `session-${x.id}@uramost`,
          x.title.sq,
          x.startsAt,
          x.endsAt,
        ]),
      ]) {
        c.createEvent({
          id: uid,
          sequence: e.sequence,
          start: s,
          end: t,
          timezone: e.timeZone,
          stamp: e.updatedAt,
          summary: title,
          description: e.description.sq,
          location: { title: e.venue.name + ', ' + e.venue.address },
          url: e.url,
          organizer: { name: e.organiser.name, email: e.organiser.email },
          categories: [{ name: e.kind }, ...e.topics.map((name) => ({ name }))],
        });
      }
    }
    return c.toString();
  });
  result.icalGenerator10Ms = Math.round(ms);
}

const row = (name, value) => console.log(`  ${name.padEnd(40)} ${value}`);
console.log(
  `personal feed: ${EVENTS} events × ${SESSIONS} sessions (${vevents} VEVENTs, 3 zones)`,
);
row(
  'size',
  `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes} bytes, ${lines} lines)`,
);
row('first build (cold zone caches)', `${result.coldMs} ms`);
row(
  `buildCalendarBytes, median / p95 of ${RUNS}`,
  `${result.medianMs} / ${result.p95Ms} ms`,
);
row(
  'buildCalendarBytes, min; CPU median',
  `${result.minMs} ms; ${result.cpuMedianMs} ms`,
);
row('etagFor (SHA-256 of the bytes), median', `${result.etagMedianMs} ms`);
row(
  `buildCalendar (string), median / p95`,
  `${result.stringMedianMs} / ${result.stringP95Ms} ms`,
);
if (COMPARE)
  row('ical-generator 10 toString, once', `${result.icalGenerator10Ms} ms`);
row('machine', `${result.cpus} CPUs, load average ${result.loadAverage}`);
row(
  'target',
  `< ${result.targetMs} ms per feed (bytes + ETag, p95): ${result.p95Ms + result.etagMedianMs < result.targetMs ? 'met' : 'NOT met'}`,
);
console.log(JSON.stringify(result));
