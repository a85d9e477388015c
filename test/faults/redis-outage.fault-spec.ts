import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  auth,
  completeProfile,
  createOrganiser,
  loginAdmin,
  organisationIds,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { createTestDatabase, type TestDatabase } from '../support/app.js';
import { ask, closeAll, waitFor, type Client } from '../support/sockets.js';
import { recordSummary } from '../hardening/support/summary.js';
import {
  call,
  privateRedis,
  reconnectingClient,
  sleep,
  startServer,
  type Server,
} from './support.js';

/**
 * Two built servers sharing one Redis (rooms over the Redis adapter, shared rate limits). Redis is
 * stopped for real (SHUTDOWN) and started again with .ci/run's command. test/rooms-cluster covers
 * the adapter's behaviour in process; this covers real processes: they never exit, they log the
 * outage (once, not per message), each keeps serving its own clients over sockets and HTTP, and
 * rooms span both again once Redis is back.
 */
describe('Redis stopped under two instances', () => {
  let db: TestDatabase;
  let redis: Awaited<ReturnType<typeof privateRedis>>;
  let one: Server;
  let two: Server;
  const sockets: Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await privateRedis();
    const env = {
      ...db.env,
      RATE_LIMITS: 'on',
      REDIS_URL: `redis://127.0.0.1:${redis.port}/0?keyPrefix=faults-${randomBytes(3).toString('hex')}:`,
    };
    one = await startServer(env);
    two = await startServer(env);
  });
  afterAll(async () => {
    closeAll(...sockets);
    await one?.kill('SIGTERM');
    await two?.kill('SIGTERM');
    await redis?.dispose();
    await db?.dispose();
  });

  it('each instance serves its own clients while Redis is away, logs it, and spans both again when it is back', async () => {
    const admin = await loginAdmin(one.url);
    const orgs = await organisationIds(one.url);
    const organiser = await createOrganiser(one.url, admin, orgs.BCSP);
    const eventId = await publishedEvent(one.url, organiser);
    const people: Person[] = [];
    for (let i = 0; i < 4; i++) {
      const p = await signUp(one.url);
      await completeProfile(one.url, p);
      await request(one.url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
      people.push(p);
    }
    const roomId = (await request(one.url).get(`/api/events/${eventId}`)).body
      .roomId as string;
    const join = async (server: Server, p: Person) => {
      const s = await reconnectingClient(server.url, p.token);
      sockets.push(s);
      const r = await ask(s, 'room:join', { roomId });
      if (!('data' in r)) throw new Error(JSON.stringify(r));
      return s;
    };
    const [a1, a2] = [await join(one, people[0]), await join(one, people[1])];
    const [b1, b2] = [await join(two, people[2]), await join(two, people[3])];
    let seq = 0;
    const send = async (from: Client, body: string) => {
      const r = await ask(from, 'message:send', {
        roomId,
        body,
        clientMsgId: `redis-${++seq}`,
      });
      if (!('data' in r)) throw new Error(JSON.stringify(r));
      return r.data;
    };
    /** Sends from `from`; resolves with the ids that reached each listener within `ms`. */
    const spread = async (from: Client, to: Client[], ms: number) => {
      const got = to.map((s) =>
        waitFor(s, 'message:new', ms).then(
          (m) => m.id,
          () => null,
        ),
      );
      const sent = await send(from, `spread ${seq}`);
      return { id: sent.id, got: await Promise.all(got) };
    };

    // both instances, one room
    const before = await spread(a1, [a2, b1, b2], 5000);
    expect(before.got).toEqual([before.id, before.id, before.id]);

    await redis.stop();
    const stoppedAt = Date.now();
    await sleep(1500);
    // each instance serves its own clients, over sockets and HTTP
    const localOne = await spread(a1, [a2, b1], 3000);
    expect(localOne.got[0]).toBe(localOne.id);
    const localTwo = await spread(b1, [b2], 5000);
    expect(localTwo.got[0]).toBe(localTwo.id);
    const httpDuring: number[] = [];
    for (const server of [one, two])
      for (const path of ['/api/events', '/', `/api/events/${eventId}`])
        httpDuring.push((await call(server.url, 'GET', path)).status);
    expect(httpDuring.every((s) => s === 200)).toBe(true);
    // a rate-limited write (login) falls back to local limits instead of failing
    const login = await call(one.url, 'POST', '/api/auth/login', {
      body: {
        email: people[0].email,
        password: 'correct horse battery staple',
      },
    });
    expect(login.status).toBe(200);
    // readiness says Redis is away but keeps the instance in rotation (it serves its own
    // clients; a 503 on every instance at once would take the whole site out of the proxy)
    for (const server of [one, two]) {
      const h = await call(server.url, 'GET', '/health');
      expect(h).toMatchObject({
        status: 200,
        body: { status: 'degraded', redis: 'down', database: 'up' },
      });
      expect((await call(server.url, 'GET', '/health/live')).status).toBe(200);
    }
    await sleep(3000);

    await redis.start();
    const restartedAt = Date.now();
    // rooms span both instances again by themselves
    let recoveredAt = 0;
    for (const end = Date.now() + 30_000; Date.now() < end;) {
      const r = await spread(a1, [b1], 1000);
      if (r.got[0] === r.id) {
        recoveredAt = Date.now();
        break;
      }
    }
    expect(recoveredAt).toBeGreaterThan(0);
    const after = await spread(b2, [a1, a2, b1], 5000);
    expect(after.got).toEqual([after.id, after.id, after.id]);
    for (const server of [one, two])
      expect((await call(server.url, 'GET', '/health')).status).toBe(200);

    // never crashed; the outage and the recovery were logged, briefly
    for (const server of [one, two]) {
      expect(server.alive()).toBe(true);
      expect(server.other.filter((l) => l.trim())).toEqual([]);
      expect(server.logs.filter((l) => l.level >= 60)).toEqual([]);
      const said = (re: RegExp) =>
        server.logs.filter((l) => re.test(l.msg)).length;
      expect(said(/Redis is not reachable/)).toBeGreaterThanOrEqual(1);
      expect(said(/Redis is back/)).toBeGreaterThanOrEqual(1);
      expect(server.logs.length).toBeLessThan(500);
    }
    for (const s of sockets) expect(s.connected).toBe(true);

    const figures = {
      instances: 2,
      outageSeconds: Math.round((restartedAt - stoppedAt) / 1000),
      localDeliveriesDuringOutage: [localOne, localTwo].filter(
        (r) => r.got[0] === r.id,
      ).length,
      // without Redis the other instance cannot hear it (expected 0)
      crossInstanceDuringOutage: localOne.got[1] === localOne.id ? 1 : 0,
      httpDuringOutageOk: httpDuring.length,
      recoveredAfterRestartMs: recoveredAt - restartedAt,
      crashed: !one.alive() || !two.alive(),
      logLinesOne: one.logs.length,
      logLinesTwo: two.logs.length,
    };
    process.stdout.write(`Redis outage: ${JSON.stringify(figures)}\n`);
    recordSummary('faults-redis', db.kind, figures);
  });
});
