import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import {
  createTestDatabase,
  startApp,
  type TestApp,
  type TestDatabase,
} from './support/app.js';
import {
  ask,
  closeAll,
  collect,
  connect,
  dataOf,
  eventually,
  TestRooms,
  type Client,
} from './support/sockets.js';

let seq = 0;
const msgId = () => `c-${Date.now().toString(36)}-${++seq}`;

async function participant(url: string): Promise<Person> {
  const p = await signUp(url);
  await completeProfile(url, p);
  return p;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Every test run uses its own key prefix (and so its own adapter channels) on the shared Redis. */
const redisUrl = (port: number, prefix: string) =>
  `redis://127.0.0.1:${port}?keyPrefix=${encodeURIComponent(prefix)}`;

async function dropKeys(port: number, prefix: string) {
  const r = new Redis({
    port,
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await r.connect();
    const keys = await r.keys(`${prefix}*`);
    if (keys.length) await r.del(...keys);
  } catch {
    // nothing to clean
  } finally {
    r.disconnect();
  }
}

describe('rooms on two instances sharing one Redis', () => {
  const prefix = `uramost-test-${randomBytes(4).toString('hex')}:`;
  let db: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let rooms: TestRooms;
  const open: Client[] = [];
  const client = async (app: TestApp, who: Person) => {
    const s = await connect(app.url, who.token);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    one = await startApp(db, { REDIS_URL: redisUrl(6379, prefix) });
    two = await startApp(db, { REDIS_URL: redisUrl(6379, prefix) });
    c = await cast(one.url);
    rooms = new TestRooms([one.app, two.app]);
  });
  afterEach(() => closeAll(...open.splice(0)));
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await db?.dispose();
    await dropKeys(6379, prefix);
  });

  it('a message sent on one instance reaches a client on the other, acknowledged and in order', async () => {
    const [ana, besa] = await Promise.all([
      participant(one.url),
      participant(one.url),
    ]);
    const roomId = await rooms.create('event', c.orgId, [ana, besa]);
    const a = await client(one, ana);
    const b = await client(two, besa);
    dataOf(await ask(a, 'room:join', { roomId }));
    dataOf(await ask(b, 'room:join', { roomId }));
    const seen = collect(b, 'message:new');
    const acks = await Promise.all(
      ['një', 'dva', 'tri'].map((body) =>
        ask(a, 'message:send', { roomId, body, clientMsgId: msgId() }),
      ),
    );
    const ids = acks.map((r) => dataOf(r).id);
    await eventually(() => expect(seen.map((m) => m.id)).toEqual(ids));
    // and the other way round, and history from either instance
    const seenByA = collect(a, 'message:new');
    const back = dataOf(
      await ask(b, 'message:send', {
        roomId,
        body: 'mirë',
        clientMsgId: msgId(),
      }),
    );
    await eventually(() => expect(seenByA.map((m) => m.id)).toEqual([back.id]));
    const res = await request(two.url)
      .get(`/api/rooms/${roomId}/messages`)
      .set(auth(ana))
      .expect(200);
    expect(res.body.items.map((m: { id: number }) => m.id)).toEqual([
      ...ids,
      back.id,
    ]);
  });

  it('presence counts people across both instances, not sockets', async () => {
    const [ana, besa] = await Promise.all([
      participant(one.url),
      participant(one.url),
    ]);
    const roomId = await rooms.create('event', c.orgId, [ana, besa]);
    const a1 = await client(one, ana);
    const a2 = await client(two, ana); // the same person in a second tab, on the other instance
    const b = await client(two, besa);
    const onA1 = collect(a1, 'presence');
    const onB = collect(b, 'presence');
    for (const s of [a1, a2, b]) dataOf(await ask(s, 'room:join', { roomId }));
    const last = <T>(xs: T[]) => xs[xs.length - 1];
    await eventually(() => {
      expect(last(onA1)).toMatchObject({ roomId, count: 2 });
      expect(last(onB)).toMatchObject({ roomId, count: 2 });
    });
    expect(
      last(onA1)
        .people.map((p) => p.id)
        .sort(),
    ).toEqual([ana.id, besa.id].sort());
    b.close();
    await eventually(() => expect(last(onA1)).toMatchObject({ count: 1 }));
    a1.close();
    // Ana is still there in her other tab
    const onA2 = collect(a2, 'presence');
    await eventually(() => expect(last(onA2)).toMatchObject({ count: 1 }));
    expect(last(onA2).people).toEqual([
      { id: ana.id, displayName: ana.displayName },
    ]);
  });

  it('logging out on one instance disconnects the account’s sockets on the other', async () => {
    const p = await participant(one.url);
    const s = await client(two, p);
    const gone = new Promise((r) => s.once('disconnect', r));
    await request(one.url).post('/api/auth/logout').set(auth(p)).expect(204);
    expect(await gone).toBe('io server disconnect');
  });

  it('a ban on one instance takes the person out of the room on the other', async () => {
    const [ana, besa] = await Promise.all([
      participant(one.url),
      participant(one.url),
    ]);
    const roomId = await rooms.create('event', c.orgId, [ana, besa]);
    const a = await client(one, ana);
    const b = await client(two, besa);
    dataOf(await ask(a, 'room:join', { roomId }));
    dataOf(await ask(b, 'room:join', { roomId }));
    const removed = new Promise((r) => b.once('room:removed', r));
    await request(one.url)
      .post(`/api/rooms/${roomId}/sanctions`)
      .set(auth(c.organiser))
      .send({ accountId: besa.id, kind: 'ban' })
      .expect(201);
    expect(await removed).toMatchObject({ roomId, code: 'BANNED_FROM_ROOM' });
    const leaked = collect(b, 'message:new');
    dataOf(
      await ask(a, 'message:send', {
        roomId,
        body: 'after the ban',
        clientMsgId: msgId(),
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(leaked).toEqual([]);
  });
});

describe('when Redis goes away', () => {
  const prefix = `uramost-test-${randomBytes(4).toString('hex')}:`;
  let port: number;
  let redis: ChildProcess | undefined;
  let db: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  const open: Client[] = [];

  const startRedis = async () => {
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      {
        stdio: 'ignore',
      },
    );
    await eventually(
      async () => {
        const r = new Redis({
          port,
          lazyConnect: true,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        });
        r.on('error', () => undefined);
        try {
          await r.connect();
          expect(await r.ping()).toBe('PONG');
        } finally {
          r.disconnect();
        }
      },
      10_000,
      100,
    );
  };
  const stopRedis = async () => {
    const gone = new Promise((r) => redis?.once('exit', r));
    redis?.kill('SIGKILL');
    await gone;
    redis = undefined;
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    db = await createTestDatabase();
    one = await startApp(db, { REDIS_URL: redisUrl(port, prefix) });
    two = await startApp(db, { REDIS_URL: redisUrl(port, prefix) });
  });
  afterEach(() => closeAll(...open.splice(0)));
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await db?.dispose();
    if (redis) await stopRedis();
  });

  it('each instance keeps serving its own clients, and they span both again once Redis is back', async () => {
    const c = await cast(one.url);
    const rooms = new TestRooms([one.app, two.app]);
    const [ana, besa, dren] = await Promise.all([
      participant(one.url),
      participant(one.url),
      participant(one.url),
    ]);
    const roomId = await rooms.create('event', c.orgId, [ana, besa, dren]);
    const connectTo = async (app: TestApp, p: Person) => {
      const s = await connect(app.url, p.token);
      open.push(s);
      dataOf(await ask(s, 'room:join', { roomId }));
      return s;
    };
    const a = await connectTo(one, ana);
    const b = await connectTo(one, besa);
    const d = await connectTo(two, dren);
    const onB = collect(b, 'message:new');
    const onD = collect(d, 'message:new');

    await stopRedis();
    const during = dataOf(
      await ask(a, 'message:send', {
        roomId,
        body: 'Redis is away',
        clientMsgId: msgId(),
      }),
    );
    await eventually(() => expect(onB.map((m) => m.id)).toContain(during.id));
    const presence = collect(b, 'presence');
    const late = await connectTo(one, ana); // a second tab joins: presence still answers
    await eventually(
      () => expect(presence.at(-1)).toMatchObject({ roomId }),
      8000,
    );
    late.close();

    await startRedis();
    await eventually(
      async () => {
        const m = dataOf(
          await ask(a, 'message:send', {
            roomId,
            body: 'back',
            clientMsgId: msgId(),
          }),
        );
        await eventually(
          () => expect(onD.map((x) => x.id)).toContain(m.id),
          500,
        );
      },
      15_000,
      200,
    );
    // the message sent while Redis was away is in the history on both instances
    for (const app of [one, two]) {
      const res = await request(app.url)
        .get(`/api/rooms/${roomId}/messages`)
        .set(auth(dren))
        .expect(200);
      expect(res.body.items.map((m: { id: number }) => m.id)).toContain(
        during.id,
      );
    }
  });
});
