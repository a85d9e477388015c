import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  auth,
  completeProfile,
  createOrganiser,
  eventBody,
  loginAdmin,
  organisationIds,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { ask, closeAll, type Client } from '../support/sockets.js';
import { recordSummary } from '../hardening/support/summary.js';
import {
  call,
  percentile,
  privateMariadb,
  reconnectingClient,
  sleep,
  startServer,
  type Sample,
  type Server,
} from './support.js';

const OUTAGE_MS = Number(process.env.FAULTS_OUTAGE_SECONDS ?? 20) * 1000;

/**
 * MariaDB stopped for real (clean shutdown, port closed) for 20 s while the built server is under
 * mixed load, then started again. Requests fail fast with 503 and a clear message, /health says
 * the database is down, nothing crashes, service resumes without a restart, and every write that
 * was acknowledged is there afterwards.
 */
describe('MariaDB stopped for 20 s under load', () => {
  let db: Awaited<ReturnType<typeof privateMariadb>>;
  let server: Server;
  const sockets: Client[] = [];

  beforeAll(async () => {
    db = await privateMariadb();
    await db.sql(
      'CREATE DATABASE uramost_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    );
    server = await startServer({ DATABASE_URL: db.url('uramost_faults') });
  }, 120_000);
  afterAll(async () => {
    closeAll(...sockets);
    await server?.kill('SIGTERM');
    await db?.dispose();
  }, 60_000);

  it('503 with a clear message while it is away, health says so, nothing crashes, it resumes by itself, no acknowledged write is lost', async () => {
    const url = server.url;
    const admin = await loginAdmin(url);
    const orgs = await organisationIds(url);
    const organiser = await createOrganiser(url, admin, orgs.BCSP);
    const eventId = await publishedEvent(url, organiser, { capacity: 500 });
    const people: Person[] = [];
    for (let i = 0; i < 24; i++) {
      const p = await signUp(url);
      await completeProfile(url, p);
      people.push(p);
    }
    // half register before the outage (they chat); the other half during the load
    const talkers = people.slice(0, 6);
    for (const p of talkers)
      await request(url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
    const event = await request(url)
      .get(`/api/events/${eventId}`)
      .set(auth(talkers[0]));
    const roomId = event.body.roomId as string;
    for (const p of talkers) {
      const s = await reconnectingClient(url, p.token);
      sockets.push(s);
      const joined = await ask(s, 'room:join', { roomId });
      if (!('data' in joined)) throw new Error(JSON.stringify(joined));
    }

    const samples: Sample[] = [];
    const health: {
      at: number;
      status: number;
      database?: string;
      message?: string;
    }[] = [];
    const live: number[] = [];
    const createdEvents: string[] = [];
    const registered = new Set<string>();
    const acked: { clientMsgId: string; id: number }[] = [];
    const ackErrors: Record<string, number> = {};
    let ackTimeouts = 0;
    let stop = false;
    let seq = 0;
    const tag = randomBytes(3).toString('hex');

    const record = (s: Sample) => samples.push(s);
    const browse = async () => {
      const paths = [
        '/api/events',
        `/api/events/${eventId}`,
        '/',
        '/events',
        '/api/reference',
      ];
      let i = 0;
      while (!stop) {
        const path = paths[i++ % paths.length];
        record(
          await call(url, 'GET', path, {
            kind: `GET ${path.startsWith('/api') ? 'api' : 'page'}`,
          }),
        );
        await sleep(20);
      }
    };
    const writeEvents = async () => {
      while (!stop) {
        const s = await call(url, 'POST', '/api/events', {
          token: organiser.token,
          body: eventBody({ title: { en: `Outage test ${tag} ${++seq}` } }),
          kind: 'POST event',
        });
        record(s);
        if (s.status === 201) createdEvents.push((s.body as { id: string }).id);
        await sleep(100);
      }
    };
    const register = async () => {
      const queue = people.slice(6);
      let i = 0;
      while (!stop) {
        const p = queue[i++ % queue.length];
        const s = await call(
          url,
          'POST',
          `/api/events/${eventId}/registrations`,
          {
            token: p.token,
            kind: 'POST registration',
          },
        );
        record(s);
        if (s.status === 200) registered.add(p.id);
        await sleep(150);
      }
    };
    const me = async () => {
      let i = 0;
      while (!stop) {
        const p = people[i++ % people.length];
        record(
          await call(url, 'GET', '/api/me', { token: p.token, kind: 'GET me' }),
        );
        await sleep(50);
      }
    };
    const chat = async (s: Client, n: number) => {
      let i = 0;
      while (!stop) {
        const clientMsgId = `outage-${tag}-${n}-${++i}`;
        const r = await ask(
          s,
          'message:send',
          { roomId, body: `message ${n}.${i}`, clientMsgId },
          15_000,
        ).catch(() => null);
        if (r === null) ackTimeouts++;
        else if ('data' in r) acked.push({ clientMsgId, id: r.data.id });
        else ackErrors[r.error.code] = (ackErrors[r.error.code] ?? 0) + 1;
        await sleep(200);
      }
    };
    const watch = async () => {
      while (!stop) {
        const h = await call(url, 'GET', '/health', { kind: 'health' });
        const b = h.body as { database?: string; message?: string };
        health.push({
          at: h.started,
          status: h.status,
          database: b?.database,
          message: b?.message,
        });
        live.push(
          (await call(url, 'GET', '/health/live', { kind: 'live' })).status,
        );
        await sleep(250);
      }
    };

    const load = [
      browse(),
      browse(),
      writeEvents(),
      register(),
      me(),
      watch(),
      ...sockets.map((s, n) => chat(s, n)),
    ];
    await sleep(4000);
    const down = Date.now();
    await db.stop();
    const stopped = Date.now();
    await sleep(OUTAGE_MS);
    const restarting = Date.now();
    await db.start();
    const upAgain = Date.now();
    // service resumes by itself: /health says ok and a write goes through, without touching the app
    let resumed = 0;
    for (const end = Date.now() + 60_000; Date.now() < end;) {
      const h = await call(url, 'GET', '/health');
      const w = await call(url, 'POST', '/api/events', {
        token: organiser.token,
        body: eventBody({ title: { en: `Outage test ${tag} probe` } }),
      });
      if (w.status === 201) createdEvents.push((w.body as { id: string }).id);
      if (h.status === 200 && w.status === 201) {
        resumed = Date.now();
        break;
      }
      await sleep(100);
    }
    expect(resumed).toBeGreaterThan(0);
    await sleep(4000);
    stop = true;
    await Promise.all(load);

    // nothing crashed
    expect(server.alive()).toBe(true);
    expect(server.other.filter((l) => l.trim())).toEqual([]);
    expect(server.logs.filter((l) => l.level >= 60)).toEqual([]);
    expect(live.every((s) => s === 200)).toBe(true);

    // every response is a success or a clear 503; no 500, no dropped connection
    const byStatus: Record<string, number> = {};
    for (const s of samples)
      byStatus[s.error ?? s.status] = (byStatus[s.error ?? s.status] ?? 0) + 1;
    const bad = samples.filter(
      (s) => s.error || (s.status >= 300 && s.status !== 503),
    );
    expect(
      bad.map((s) => `${s.kind} ${s.error ?? s.status} ${s.code ?? ''}`),
    ).toEqual([]);
    const unavailable = samples.filter((s) => s.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const s of unavailable.filter((x) => x.kind !== 'GET page'))
      expect(s).toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        message: expect.stringMatching(/database is not reachable/),
      });
    // 503s only while it was away (plus the moment it took to notice it was back)
    for (const s of unavailable) {
      expect(s.started + s.ms).toBeGreaterThanOrEqual(down);
      expect(s.started).toBeLessThanOrEqual(resumed);
    }
    // failures are fast: nobody waits for a dead database
    const failMs = unavailable.map((s) => s.ms).sort((a, b) => a - b);
    expect(percentile(failMs, 99)).toBeLessThan(10_000);

    // /health said so while it was away, and was fine before and after
    const during = health.filter(
      (h) => h.at > stopped + 500 && h.at < restarting,
    );
    expect(during.length).toBeGreaterThan(0);
    for (const h of during)
      expect(h).toMatchObject({
        status: 503,
        database: 'down',
        message: expect.stringMatching(/database does not answer/),
      });
    expect(
      health.filter((h) => h.at < down).every((h) => h.status === 200),
    ).toBe(true);
    expect(
      health.filter((h) => h.at > resumed).every((h) => h.status === 200),
    ).toBe(true);

    // no acknowledged write is lost
    for (const id of createdEvents)
      await request(url)
        .get(`/api/events/${id}`)
        .set(auth(organiser))
        .expect(200);
    const regs = await request(url)
      .get(`/api/events/${eventId}/registrations`)
      .set(auth(organiser))
      .expect(200);
    const regText = JSON.stringify(regs.body);
    for (const id of registered) expect(regText).toContain(id);
    const history = new Map<string, number>();
    let after = 0;
    for (;;) {
      const page = await request(url)
        .get(`/api/rooms/${roomId}/messages`)
        .query({ after, limit: 100 })
        .set(auth(talkers[0]))
        .expect(200);
      const items = page.body.items as {
        id: number;
        clientMsgId?: string;
        body: string;
      }[];
      for (const m of items) history.set(m.clientMsgId ?? m.body, m.id);
      if (!page.body.hasMore || items.length === 0) break;
      after = items.at(-1)!.id;
    }
    const ids = new Set(history.values());
    const lost = acked.filter((a) => !ids.has(a.id));
    expect(lost).toEqual([]);
    // the sockets stayed up (or came back by themselves)
    for (const s of sockets) expect(s.connected).toBe(true);

    const okMs = samples
      .filter((s) => s.status < 300)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const figures = {
      outageSeconds: Math.round((restarting - stopped) / 1000),
      stopMs: stopped - down,
      startMs: upAgain - restarting,
      resumedAfterStartMs: resumed - upAgain,
      requests: samples.length,
      ok: samples.filter((s) => s.status < 300).length,
      unavailable503: unavailable.length,
      other: bad.length,
      failP99Ms: percentile(failMs, 99),
      okP99Ms: percentile(okMs, 99),
      healthChecksDuringOutage: during.length,
      writesAcknowledged: createdEvents.length + registered.size + acked.length,
      writesLost: lost.length,
      messagesAcknowledged: acked.length,
      messageErrorAcks: Object.values(ackErrors).reduce((a, b) => a + b, 0),
      messageAckTimeouts: ackTimeouts,
      crashed: !server.alive(),
    };
    process.stdout.write(
      `MariaDB outage: ${JSON.stringify({ ...figures, byStatus, ackErrors })}\n`,
    );
    recordSummary('faults-mariadb', 'mysql', figures);
  }, 180_000);
});
