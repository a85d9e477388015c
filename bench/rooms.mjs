// Live rooms under load: UraMost's /rooms namespace (built app from dist/, every message stored
// before its ack) next to a bare socket.io server written here (stores nothing, checks nothing),
// same machine, same run, same clients, loopback only.
//
//   npm run build && node bench/rooms.mjs [--seconds 10] [--rounds 4] [--fanout-clients 500]
//                          [--pairs 500] [--mariadb mariadb://root@127.0.0.1:3306]
//                          [--only fanout|pairs]
//
// --mariadb (or --mysql) SERVER: UraMost stores on a scratch database made on that server for
// the run and dropped afterwards (DATABASE_URL names one database to use as it is instead).
// Otherwise a fresh SQLite file in a temporary directory.
//
// --only fanout|pairs: that scenario alone (memory comes with fan-out); the other is not set up
// and shows as '–'. Nothing about what the scenario measures changes: a shorter run, for
// comparing one change at a time on a shared machine.
//
// Scenarios:
//   fan-out  one room, N clients, 10 of them sending as fast as acks come back (--window 1):
//            deliveries per second at the receivers and p50/p99 send→receive latency
//   pairs    P pair rooms (2 clients each), everybody sending, the next message after the ack:
//            acknowledged messages per second and p50/p99 ack latency
//   memory   heap and RSS per connected client, measured in the server process after a GC
//
// Each server runs in its own child process (`--serve uramost|bare`), the clients in this one.
// Both servers are up at once and take turns: per scenario, --rounds windows each of
// --seconds / --rounds measured seconds (after 1 s of warm-up), bare and UraMost alternating,
// so that both see the same drift of a shared machine's load; the table gives the ratio over all
// windows and the spread of the per-round ratios. Prints a table and, last, one JSON line.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', 10));
const SENDERS = 10;
/** Unacknowledged messages per sender: 1 = the next message after the ack (closed loop). */
const SENDER_WINDOW = Number(arg('window', 1));
const ONLY = arg('only', null);
if (ONLY !== null && ONLY !== 'fanout' && ONLY !== 'pairs')
  throw new Error('--only takes fanout or pairs');
const RUN_FANOUT = ONLY !== 'pairs';
const RUN_PAIRS = ONLY !== 'fanout';
const FANOUT_CLIENTS = RUN_FANOUT ? Number(arg('fanout-clients', 500)) : 0;
const PAIRS = RUN_PAIRS ? Number(arg('pairs', 500)) : 0;
/** Measured seconds are split into this many windows per server, taken in turns. */
const ROUNDS = Math.max(1, Number(arg('rounds', 4)));
const WARMUP_MS = 1000;
const KINDS = ['bare', 'uramost'];
/** Numbers the measuring windows: every window's clientMsgIds are new. */
let windowNo = 0;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs, p) => {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const children = new Set();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

if (process.argv.includes('--serve')) await serve(arg('serve'));
else await main();

// ---------------------------------------------------------------- servers (child processes)

/** Answers each command from the parent with one message. */
async function serve(kind) {
  const server = kind === 'bare' ? await serveBare() : await serveUramost();
  process.on('message', (m) => {
    if (m?.cmd === 'setup')
      void server.setup(m.spec).then((setup) => process.send({ setup }));
    if (m?.cmd === 'mem') {
      globalThis.gc?.();
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send({ mem: { rss, heapUsed } });
    }
    if (m?.cmd === 'cpu')
      process.send({ cpu: process.cpuUsage(), main: mainThreadCpuUs() });
    if (m?.cmd === 'profile') void profile(m.on).then(() => process.send({}));
    if (m?.cmd === 'exit') process.exit(0);
  });
  process.send({ port: server.port });
}

/**
 * CPU time of the process's main thread alone (Linux: /proc), in microseconds, or null.
 * process.cpuUsage() adds up every thread (libuv's pool, the SQLite checkpoint thread …); the
 * event loop is what caps the throughput, and on a shared machine its CPU time is a steadier
 * figure than messages per second.
 */
function mainThreadCpuUs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat) in clock ticks of 1/100 s
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

/** BENCH_PROFILE=dir: a CPU profile of UraMost during each scenario (steady state only). */
let session = null;
let profiling = null;
async function profile(on) {
  if (!process.env.BENCH_PROFILE) return;
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  if (on) {
    profiling = on;
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    return;
  }
  const { profile: p } = await session.post('Profiler.stop');
  mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
  writeFileSync(
    join(
      process.env.BENCH_PROFILE,
      `rooms-${profiling}-${process.argv[process.argv.indexOf('--serve') + 1]}-${process.pid}.cpuprofile`,
    ),
    JSON.stringify(p),
  );
}

/** A socket.io server with the same event names and acks, and nothing else. */
async function serveBare() {
  const { createServer } = await import('node:http');
  const { Server } = await import('socket.io');
  const http = createServer();
  const io = new Server(http, {
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });
  const ns = io.of('/rooms');
  let id = 0;
  ns.on('connection', (socket) => {
    socket.on('room:join', (p, ack) => {
      void socket.join(p.roomId);
      ack({ data: { room: { id: p.roomId }, recent: [] } });
    });
    socket.on('message:send', (p, ack) => {
      const m = {
        id: ++id,
        roomId: p.roomId,
        kind: 'chat',
        body: p.body,
        author: { id: socket.id, displayName: 'bench' },
        anonymous: false,
        authorDeleted: false,
        status: 'visible',
        upvotes: 0,
        answered: false,
        createdAt: new Date().toISOString(),
      };
      ack({ data: { ...m, clientMsgId: p.clientMsgId } });
      ns.to(p.roomId).emit('message:new', m);
    });
  });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  return { port: http.address().port, setup: async (spec) => bareSetup(spec) };
}

function bareSetup({ fanout, pairs }) {
  return {
    tokens: Array.from({ length: fanout + pairs * 2 }, () => 'none'),
    fanoutRoom: randomUUID(),
    pairRooms: Array.from({ length: pairs }, () => randomUUID()),
  };
}

/**
 * The built UraMost app on a fresh SQLite database (or DATABASE_URL), with participants made
 * directly through the services (no password hashing: 1,500 sign-ups would take minutes) and a
 * room-access resolver that admits the bench's members, like the events and pairing resolvers do.
 */
async function serveUramost() {
  const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
  const { loadConfig } = await import(dist('config/index.js'));
  const { createApp } = await import(dist('app.factory.js'));
  const { RoomAccess } = await import(dist('rooms/room-access.js'));
  const { RoomsService } = await import(dist('rooms/rooms.service.js'));
  const { AccountsRepository } = await import(
    dist('auth/accounts.repository.js')
  );
  const { TokensService } = await import(dist('auth/tokens.service.js'));
  const { toActor } = await import(dist('auth/auth.service.js'));
  const { ParticipantsService } = await import(
    dist('participants/participants.service.js')
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'uramost-bench-rooms-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    RATE_LIMITS: 'off',
    DATA_DIR: dataDir,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...(process.env.DATABASE_URL
      ? { DATABASE_URL: process.env.DATABASE_URL }
      : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  });
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const members = new Map();
  const grant = {
    canRead: true,
    canWrite: true,
    canModerate: false,
    via: 'member',
  };
  for (const kind of ['event', 'pair'])
    app
      .get(RoomAccess)
      .register(kind, async (actor, room) =>
        members.get(room.refId)?.has(actor.id) ? grant : null,
      );
  const setup = async ({ fanout, pairs }) => {
    const accounts = app.get(AccountsRepository);
    const tokens = app.get(TokensService);
    const participants = app.get(ParticipantsService);
    const people = [];
    for (let i = 0; i < fanout + pairs * 2; i++) {
      const a = await accounts.insert({
        email: `bench-${i}-${randomUUID().slice(0, 8)}@bench.test`,
        passwordHash: 'not-a-hash',
        displayName: `Bench ${i}`,
        role: 'participant',
        locale: 'en',
        organisationId: null,
      });
      await participants.updateProfile(toActor(a), {
        birthYear: 1995,
        languages: [{ code: 'en', level: 'fluent' }],
      });
      people.push(a);
    }
    const rooms = app.get(RoomsService);
    const fanoutRef = randomUUID();
    members.set(fanoutRef, new Set(people.slice(0, fanout).map((p) => p.id)));
    const fanoutRoom = await rooms.ensureRoom('event', fanoutRef, null);
    const pairRooms = [];
    for (let i = 0; i < pairs; i++) {
      const ref = randomUUID();
      const two = people.slice(fanout + 2 * i, fanout + 2 * i + 2);
      members.set(ref, new Set(two.map((p) => p.id)));
      pairRooms.push(await rooms.ensureRoom('pair', ref, null));
    }
    return {
      tokens: people.map((p) => tokens.issue(p)),
      fanoutRoom,
      pairRooms,
    };
  };
  return { port: app.getHttpServer().address().port, setup };
}

// ---------------------------------------------------------------- clients (this process)

function startServer(kind) {
  const child = fork(self, ['--serve', kind], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const replies = [];
  child.on('message', (m) => replies.shift()?.(m));
  const next = () => new Promise((r) => replies.push(r));
  return {
    name: kind,
    child,
    ready: next(),
    ask: (msg) => {
      const p = next();
      child.send(msg);
      return p;
    },
  };
}

async function main() {
  const { io } = await import('socket.io-client');
  const server = arg('mariadb', arg('mysql', null));
  let scratch = null;
  if (server) {
    const { createScratchMysqlDatabase } = await import(
      new URL('../dist/database/scratch-mysql.js', import.meta.url).href
    );
    scratch = await createScratchMysqlDatabase(server, 'uramost_bench');
    process.env.DATABASE_URL = scratch.url;
  }
  try {
    report(await runBoth(io));
  } finally {
    await scratch?.drop();
  }
}

/**
 * Both servers run at once and take turns: ROUNDS windows each per scenario, bare and UraMost
 * alternating (bare first in odd rounds, UraMost first in even ones). On a shared machine the load
 * drifts within seconds; taking turns puts both under the same drift, and the per-round ratios
 * show how steady the comparison is.
 */
async function runBoth(io) {
  const spec = { fanout: FANOUT_CLIENTS, pairs: PAIRS };
  const servers = {};
  for (const kind of KINDS) {
    const server = startServer(kind);
    const { port } = await server.ready;
    // accounts, tokens and rooms are made in the child
    const { setup } = await server.ask({ cmd: 'setup', spec });
    console.error(
      `${kind}: ${setup.tokens.length} people, ${setup.pairRooms.length + 1} rooms`,
    );
    servers[kind] = { server, port, setup };
  }
  const results = { bare: {}, uramost: {} };

  // memory and fan-out: one room
  let fanRuns = null;
  if (RUN_FANOUT) {
    const fan = {};
    for (const kind of KINDS) {
      const { server, port, setup } = servers[kind];
      const before = (await server.ask({ cmd: 'mem' })).mem;
      const tokens = setup.tokens.slice(0, spec.fanout);
      fan[kind] = await connectMany(
        io,
        port,
        tokens,
        tokens.map(() => setup.fanoutRoom),
      );
      const after = (await server.ask({ cmd: 'mem' })).mem;
      results[kind].memory = {
        clients: spec.fanout,
        heapPerClientKB:
          (after.heapUsed - before.heapUsed) / spec.fanout / 1024,
        rssPerClientKB: (after.rss - before.rss) / spec.fanout / 1024,
      };
    }
    for (const kind of KINDS)
      await servers[kind].server.ask({ cmd: 'profile', on: 'fanout' });
    fanRuns = await takeTurns(servers, (kind) =>
      fanoutScenario(fan[kind], servers[kind].setup.fanoutRoom),
    );
    for (const kind of KINDS)
      await servers[kind].server.ask({ cmd: 'profile', on: false });
    for (const kind of KINDS) for (const s of fan[kind]) s.close();
  }

  // pairs
  let pairRuns = null;
  if (RUN_PAIRS) {
    const pairs = {};
    for (const kind of KINDS) {
      const { port, setup } = servers[kind];
      const tokens = setup.tokens.slice(spec.fanout);
      pairs[kind] = await connectMany(
        io,
        port,
        tokens,
        tokens.map((_, i) => setup.pairRooms[Math.floor(i / 2)]),
      );
    }
    const uramost = servers.uramost.server;
    await uramost.ask({ cmd: 'profile', on: 'pairs' });
    pairRuns = await takeTurns(servers, (kind) => pairsScenario(pairs[kind]));
    await uramost.ask({ cmd: 'profile', on: false });
    for (const kind of KINDS) for (const s of pairs[kind]) s.close();
  }

  for (const kind of KINDS) {
    results[kind].fanout = fanRuns && merged(fanRuns[kind]);
    results[kind].pairs = pairRuns && merged(pairRuns[kind]);
  }
  const ratios = (runs) =>
    runs?.uramost.map(
      (u, i) =>
        u.count / u.seconds / (runs.bare[i].count / runs.bare[i].seconds),
    );
  results.rounds = { fanout: ratios(fanRuns), pairs: ratios(pairRuns) };

  for (const kind of KINDS) {
    servers[kind].server.child.send({ cmd: 'exit' });
    await new Promise((r) => servers[kind].server.child.once('exit', r));
  }
  return results;
}

async function takeTurns(servers, scenario) {
  const runs = { bare: [], uramost: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const kind of round % 2 === 0 ? KINDS : [...KINDS].reverse())
      runs[kind].push(
        await measured(servers[kind].server, () => scenario(kind)),
      );
  return runs;
}

/** One figure from the windows of one server: counts and CPU added up, latencies pooled. */
function merged(runs) {
  const seconds = runs.reduce((a, r) => a + r.seconds, 0);
  const wallMs = runs.reduce((a, r) => a + r.wallMs, 0);
  const latencies = runs.flatMap((r) => r.latencies);
  const share = (us) => Math.round((100 * us) / 1000 / wallMs);
  return {
    perSecond: runs.reduce((a, r) => a + r.count, 0) / seconds,
    p50ms: percentile(latencies, 50),
    p99ms: percentile(latencies, 99),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    serverCpuPercent: share(runs.reduce((a, r) => a + r.serverCpuUs, 0)),
    /** Main-thread CPU per second of wall time (µs), null where /proc is missing. */
    mainThreadUsPerSecond: runs.some((r) => r.mainThreadCpuUs === null)
      ? null
      : (runs.reduce((a, r) => a + r.mainThreadCpuUs, 0) * 1000) / wallMs,
    clientCpuPercent: share(runs.reduce((a, r) => a + r.clientCpuUs, 0)),
  };
}

async function connectMany(io, port, tokens, rooms) {
  const sockets = [];
  for (let i = 0; i < tokens.length; i += 50) {
    const batch = tokens.slice(i, i + 50).map(
      (token, j) =>
        new Promise((resolve, reject) => {
          const s = io(`http://127.0.0.1:${port}/rooms`, {
            auth: { token },
            transports: ['websocket'],
            forceNew: true,
            reconnection: false,
          });
          s.roomId = rooms[i + j];
          s.once('connect', () =>
            s.emit('room:join', { roomId: s.roomId }, (r) =>
              r.data ? resolve(s) : reject(new Error(JSON.stringify(r.error))),
            ),
          );
          s.once('connect_error', reject);
        }),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

/** Adds the CPU time used by the server and by these clients meanwhile. */
async function measured(server, scenario) {
  const { cpu: s0, main: m0 } = await server.ask({ cmd: 'cpu' });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await scenario();
  const wallMs = performance.now() - t0;
  const { cpu: s1, main: m1 } = await server.ask({ cmd: 'cpu' });
  const c1 = process.cpuUsage(c0);
  return {
    ...result,
    wallMs,
    serverCpuUs: s1.user - s0.user + (s1.system - s0.system),
    mainThreadCpuUs: m0 === null || m1 === null ? null : m1 - m0,
    clientCpuUs: c1.user + c1.system,
  };
}

/** Measures for SECONDS / ROUNDS after a warm-up; stops the senders and waits for their acks. */
async function window(counting) {
  await sleep(WARMUP_MS);
  counting.on = true;
  const t0 = performance.now();
  await sleep((SECONDS * 1000) / ROUNDS);
  counting.on = false;
  return (performance.now() - t0) / 1000;
}

async function fanoutScenario(sockets, roomId) {
  const w = ++windowNo;
  const counting = { on: false };
  let deliveries = 0;
  const latencies = [];
  const onNew = (m) => {
    if (!counting.on) return;
    deliveries++;
    const sent = Number(m.body.slice(m.body.indexOf(' ') + 1));
    latencies.push(performance.now() - sent);
  };
  for (const s of sockets) s.on('message:new', onNew);
  let running = true;
  let errors = 0;
  const senders = sockets.slice(0, SENDERS).map(async (s, n) => {
    let inFlight = 0;
    let i = 0;
    let wake = null;
    while (running) {
      if (inFlight >= SENDER_WINDOW) {
        await new Promise((r) => (wake = r));
        continue;
      }
      inFlight++;
      s.emit(
        'message:send',
        {
          roomId,
          body: `b ${performance.now()}`,
          clientMsgId: `f${w}-${n}-${i++}`,
        },
        (r) => {
          if (!r.data && counting.on) errors++;
          inFlight--;
          wake?.();
          wake = null;
        },
      );
    }
  });
  const seconds = await window(counting);
  running = false;
  await Promise.race([Promise.all(senders), sleep(3000)]);
  // the last deliveries of this window arrive while nothing counts any more
  await sleep(200);
  for (const s of sockets) s.off('message:new', onNew);
  return { count: deliveries, seconds, latencies, errors };
}

async function pairsScenario(sockets) {
  const w = ++windowNo;
  const counting = { on: false };
  let acked = 0;
  let errors = 0;
  const latencies = [];
  let running = true;
  const loops = sockets.map(async (s, n) => {
    let i = 0;
    const roomId = s.roomId;
    while (running) {
      const t = performance.now();
      const r = await new Promise((resolve) =>
        s.emit(
          'message:send',
          { roomId, body: `p ${t}`, clientMsgId: `p${w}-${n}-${i++}` },
          resolve,
        ),
      );
      if (!counting.on) continue;
      if (r.data) {
        acked++;
        latencies.push(performance.now() - t);
      } else errors++;
    }
  });
  const seconds = await window(counting);
  running = false;
  await Promise.race([Promise.all(loops), sleep(3000)]);
  return { count: acked, seconds, latencies, errors };
}

function report({ bare, uramost, rounds }) {
  const f = (x, d = 0) => x.toFixed(d);
  const pct = (x) => `${f(100 * x)}%`;
  const span = (xs) =>
    `${pct(Math.min(...xs))}–${pct(Math.max(...xs))}`.replace(/%–/, '–');
  const ratio = (k) => uramost[k].perSecond / bare[k].perSecond;
  /** Server CPU per delivered or acknowledged message, in microseconds. */
  const cpuPer = (r) => f((r.serverCpuPercent * 10_000) / r.perSecond);
  /** The same for the main thread alone (the event loop, which caps the throughput). */
  const mainPer = (r) =>
    r.mainThreadUsPerSecond === null
      ? '–'
      : f(r.mainThreadUsPerSecond / r.perSecond);
  const rows = [
    [
      'scenario',
      'figure',
      'bare socket.io',
      'UraMost',
      'UraMost / bare',
      'target',
    ],
    ...(bare.fanout
      ? [
          [
            `fan-out ${FANOUT_CLIENTS} clients, ${SENDERS} senders`,
            'deliveries/s',
            f(bare.fanout.perSecond),
            f(uramost.fanout.perSecond),
            `${pct(ratio('fanout'))} (rounds ${span(rounds.fanout)})`,
            '≥ 85%',
          ],
          [
            '',
            'p50 / p99 latency ms',
            `${f(bare.fanout.p50ms, 1)} / ${f(bare.fanout.p99ms, 1)}`,
            `${f(uramost.fanout.p50ms, 1)} / ${f(uramost.fanout.p99ms, 1)}`,
            '',
            '',
          ],
          [
            '',
            'server CPU µs/delivery',
            cpuPer(bare.fanout),
            cpuPer(uramost.fanout),
            '',
            '',
          ],
        ]
      : []),
    ...(bare.pairs
      ? [
          [
            `${PAIRS} pair rooms, all sending`,
            'acked msgs/s',
            f(bare.pairs.perSecond),
            f(uramost.pairs.perSecond),
            `${pct(ratio('pairs'))} (rounds ${span(rounds.pairs)})`,
            '≥ 50%',
          ],
          [
            '',
            'p50 / p99 ack ms',
            `${f(bare.pairs.p50ms, 1)} / ${f(bare.pairs.p99ms, 1)}`,
            `${f(uramost.pairs.p50ms, 1)} / ${f(uramost.pairs.p99ms, 1)}`,
            '',
            '',
          ],
          [
            '',
            'server CPU µs/message',
            cpuPer(bare.pairs),
            cpuPer(uramost.pairs),
            '',
            '',
          ],
          [
            '',
            'main-thread CPU µs/message',
            mainPer(bare.pairs),
            mainPer(uramost.pairs),
            '',
            '',
          ],
          [
            '',
            'error acks',
            String(bare.pairs.errors),
            String(uramost.pairs.errors),
            '',
            '',
          ],
        ]
      : []),
    ...(bare.memory
      ? [
          [
            `memory, ${FANOUT_CLIENTS} clients`,
            'heap / RSS KB/client',
            `${f(bare.memory.heapPerClientKB, 1)} / ${f(bare.memory.rssPerClientKB, 1)}`,
            `${f(uramost.memory.heapPerClientKB, 1)} / ${f(uramost.memory.rssPerClientKB, 1)}`,
            '',
            '',
          ],
        ]
      : []),
  ];
  const database = process.env.DATABASE_URL
    ? new URL(process.env.DATABASE_URL).protocol.replace(':', '')
    : 'sqlite';
  console.log(
    `UraMost stores on ${database}; ${ROUNDS} rounds of ${f(SECONDS / ROUNDS, 1)} s per server and scenario, taken in turns; load average ${loadavg()[0].toFixed(1)}`,
  );
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length)),
  );
  for (const r of rows)
    console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log(
    JSON.stringify({
      bench: 'rooms',
      seconds: SECONDS,
      rounds: ROUNDS,
      database,
      loadAverage: loadavg(),
      fanout: bare.fanout && {
        clients: FANOUT_CLIENTS,
        senders: SENDERS,
        bare: bare.fanout,
        uramost: uramost.fanout,
        ratio: ratio('fanout'),
        roundRatios: rounds.fanout,
      },
      pairs: bare.pairs && {
        rooms: PAIRS,
        bare: bare.pairs,
        uramost: uramost.pairs,
        ratio: ratio('pairs'),
        roundRatios: rounds.pairs,
      },
      memory: bare.memory && { bare: bare.memory, uramost: uramost.memory },
    }),
  );
}
