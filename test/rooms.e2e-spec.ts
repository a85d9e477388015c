import request from 'supertest';
import { AccountsRepository } from '../src/auth/accounts.repository.js';
import {
  auth,
  cast,
  completeProfile,
  login,
  PASSWORD,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';
import {
  ask,
  closeAll,
  collect,
  connect,
  dataOf,
  errorOf,
  eventually,
  TestRooms,
  waitFor,
  type Client,
} from './support/sockets.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let seq = 0;
const msgId = () => `m-${Date.now().toString(36)}-${++seq}`;

async function participant(url: string): Promise<Person> {
  const p = await signUp(url);
  await completeProfile(url, p);
  return p;
}

async function history(
  url: string,
  who: Person,
  roomId: string,
  query: Record<string, string | number> = {},
) {
  const res = await request(url)
    .get(`/api/rooms/${roomId}/messages`)
    .query(query)
    .set(auth(who));
  return res;
}

describe('rooms over Socket.IO', () => {
  let t: App;
  let c: Cast;
  let rooms: TestRooms;
  let ana: Person;
  let besa: Person;
  let outsider: Person;
  const open: Client[] = [];
  const client = async (who: Person | string, options = {}) => {
    const s = await connect(
      t.url,
      typeof who === 'string' ? who : who.token,
      options,
    );
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    [ana, besa, outsider] = await Promise.all([
      participant(t.url),
      participant(t.url),
      participant(t.url),
    ]);
    rooms = new TestRooms([t.app]);
  });
  afterEach(() => closeAll(...open.splice(0)));
  afterAll(async () => {
    await t.close();
  });

  describe('messages', () => {
    it('two clients: the sender gets the stored message as ack, both get it as message:new, in order; history after a reconnect has every acknowledged message', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana, besa]);
      const a = await client(ana);
      const b = await client(besa);
      const joinedA = dataOf(await ask(a, 'room:join', { roomId }));
      expect(joinedA.room).toMatchObject({
        id: roomId,
        kind: 'event',
        permissions: { canRead: true, canWrite: true, canModerate: false },
      });
      expect(joinedA.recent).toEqual([]);
      dataOf(await ask(b, 'room:join', { roomId }));
      const seenByB = collect(b, 'message:new');
      const seenByA = collect(a, 'message:new');

      // ten messages without waiting for each ack: stored, acknowledged and delivered in order
      const bodies = Array.from({ length: 10 }, (_, i) => `Përshëndetje ${i}`);
      const acks = await Promise.all(
        bodies.map((body) =>
          ask(a, 'message:send', { roomId, body, clientMsgId: msgId() }),
        ),
      );
      const stored = acks.map((r) => dataOf(r));
      expect(stored.map((m) => m.body)).toEqual(bodies);
      const ids = stored.map((m) => m.id);
      expect([...ids].sort((x, y) => x - y)).toEqual(ids);
      expect(stored[0]).toMatchObject({
        roomId,
        kind: 'chat',
        status: 'visible',
        author: { id: ana.id, displayName: ana.displayName },
        clientMsgId: expect.any(String),
      });
      await eventually(() => expect(seenByB).toHaveLength(10));
      expect(seenByB.map((m) => m.id)).toEqual(ids);
      expect(seenByB[0]).not.toHaveProperty('clientMsgId');
      await eventually(() => expect(seenByA.map((m) => m.id)).toEqual(ids));

      // B drops, A keeps writing, B comes back and asks for everything after the last id it saw
      const lastSeen = seenByB[seenByB.length - 1].id;
      b.close();
      const whileAway = [];
      for (let i = 0; i < 5; i++)
        whileAway.push(
          dataOf(
            await ask(a, 'message:send', {
              roomId,
              body: `while away ${i}`,
              clientMsgId: msgId(),
            }),
          ),
        );
      const b2 = await client(besa);
      dataOf(await ask(b2, 'room:join', { roomId }));
      const missed = await history(t.url, besa, roomId, { after: lastSeen });
      expect(missed.status).toBe(200);
      expect(missed.body.items.map((m: { id: number }) => m.id)).toEqual(
        whileAway.map((m) => m.id),
      );
      expect(missed.body.hasMore).toBe(false);

      // paging: the whole history, every acknowledged message exactly once, oldest first
      const all: number[] = [];
      let after = 0;
      for (;;) {
        const page = await history(t.url, besa, roomId, { after, limit: 4 });
        all.push(...page.body.items.map((m: { id: number }) => m.id));
        if (!page.body.hasMore) break;
        after = all[all.length - 1];
      }
      expect(all).toEqual([...ids, ...whileAway.map((m) => m.id)]);
      const latest = await history(t.url, besa, roomId, { limit: 3 });
      expect(latest.body.items.map((m: { id: number }) => m.id)).toEqual(
        all.slice(-3),
      );
      const before = await history(t.url, besa, roomId, {
        before: all[5],
        limit: 2,
      });
      expect(before.body.items.map((m: { id: number }) => m.id)).toEqual(
        all.slice(3, 5),
      );
    });

    it('a retry with the same clientMsgId returns the stored message and stores nothing new', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana, besa]);
      const a = await client(ana);
      const b = await client(besa);
      dataOf(await ask(b, 'room:join', { roomId }));
      const seen = collect(b, 'message:new');
      const clientMsgId = msgId();
      const first = dataOf(
        await ask(a, 'message:send', { roomId, body: 'once', clientMsgId }),
      );
      const again = dataOf(
        await ask(a, 'message:send', { roomId, body: 'once', clientMsgId }),
      );
      expect(again).toEqual(first);
      // a reconnecting client retrying several times at once
      const a2 = await client(ana);
      const retries = await Promise.all(
        [a, a2, a, a2].map((s) =>
          ask(s, 'message:send', { roomId, body: ' once ', clientMsgId }),
        ),
      );
      for (const r of retries) expect(dataOf(r).id).toBe(first.id);
      // concurrent first sends of a new id from two sockets
      const other = msgId();
      const racing = await Promise.all(
        [a, a2].map((s) =>
          ask(s, 'message:send', { roomId, body: 'race', clientMsgId: other }),
        ),
      );
      expect(dataOf(racing[0]).id).toBe(dataOf(racing[1]).id);
      const reused = errorOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'something else',
          clientMsgId,
        }),
      );
      expect(reused.code).toBe('CLIENT_MSG_ID_REUSED');

      const page = await history(t.url, ana, roomId);
      expect(page.body.items.map((m: { body: string }) => m.body)).toEqual([
        'once',
        'race',
      ]);
      await sleep(100);
      expect(seen.map((m) => m.body)).toEqual(['once', 'race']);
    });

    it('validates every message: trimmed, 1–2,000 characters, no control characters, a well-formed payload', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana]);
      const a = await client(ana);
      const send = (p: Record<string, unknown>) =>
        ask(a, 'message:send', {
          roomId,
          body: 'x',
          clientMsgId: msgId(),
          ...p,
        } as never);
      expect(errorOf(await send({ body: '   ' })).code).toBe('MESSAGE_EMPTY');
      expect(errorOf(await send({ body: 'x'.repeat(2001) }))).toMatchObject({
        code: 'MESSAGE_TOO_LONG',
        message: expect.stringContaining('2000'),
      });
      expect(errorOf(await send({ body: 'bell\u0007' })).code).toBe(
        'MESSAGE_INVALID_CHARACTERS',
      );
      expect(errorOf(await send({ clientMsgId: 'no spaces' })).code).toBe(
        'VALIDATION_FAILED',
      );
      expect(errorOf(await send({ roomId: 'not-a-uuid' })).code).toBe(
        'VALIDATION_FAILED',
      );
      expect(errorOf(await send({ extra: true })).message).toMatch(
        /extra is not a field/,
      );
      expect(errorOf(await send({ kind: 'system' })).code).toBe(
        'VALIDATION_FAILED',
      );
      expect(errorOf(await send({ kind: 'question' })).code).toBe(
        'NOT_A_QA_ROOM',
      );
      const ok = dataOf(await send({ body: '  Zdravo\r\nsvima  ' }));
      expect(ok.body).toBe('Zdravo\nsvima');
      // a payload over 64 KB is refused by the transport: the connection closes
      const closed = new Promise((r) => a.once('disconnect', r));
      a.emit(
        'message:send',
        {
          roomId,
          body: 'x'.repeat(70_000),
          clientMsgId: msgId(),
        } as never,
        () => undefined,
      );
      await expect(closed).resolves.toBeDefined();
    });
  });

  describe('who gets in', () => {
    it('an outsider cannot join, send, read the history or see anything', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana]);
      const a = await client(ana);
      const o = await client(outsider);
      dataOf(await ask(a, 'room:join', { roomId }));
      const leaked = collect(o, 'message:new');
      const joined = errorOf(await ask(o, 'room:join', { roomId }));
      expect(joined).toMatchObject({
        code: 'ROOM_FORBIDDEN',
        message: expect.any(String),
      });
      expect(
        errorOf(
          await ask(o, 'message:send', {
            roomId,
            body: 'let me in',
            clientMsgId: msgId(),
          }),
        ).code,
      ).toBe('ROOM_FORBIDDEN');
      expect(errorOf(await ask(o, 'typing', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
      const m = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'members only',
          clientMsgId: msgId(),
        }),
      );
      expect(
        errorOf(await ask(o, 'message:delete', { messageId: m.id })).code,
      ).toBe('ROOM_FORBIDDEN');
      const res = await history(t.url, outsider, roomId);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ROOM_FORBIDDEN');
      expect((await history(t.url, outsider, roomId)).status).toBe(403);
      await request(t.url).get(`/api/rooms/${roomId}/messages`).expect(401);
      const unknown = await history(
        t.url,
        ana,
        '00000000-0000-4000-8000-000000000000',
      );
      expect(unknown.status).toBe(404);
      await sleep(100);
      expect(leaked).toEqual([]);
      // organisers of the room's organisation moderate; those of another do not get in
      const org = await client(c.organiser);
      expect(
        dataOf(await ask(org, 'room:join', { roomId })).room.permissions,
      ).toEqual({ canRead: true, canWrite: true, canModerate: true });
      const other = await client(c.otherOrganiser);
      expect(errorOf(await ask(other, 'room:join', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
    });

    it('authenticates the handshake: no token, a bad token or a foreign Origin get no connection', async () => {
      await expect(connect(t.url, undefined)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
      await expect(connect(t.url, 'not.a.token')).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
      await expect(
        connect(t.url, ana.token, { origin: 'https://evil.example' }),
      ).rejects.toBeInstanceOf(Error);
      const ok = await client(ana, { origin: 'http://127.0.0.1' });
      expect(ok.connected).toBe(true);
    });

    it('logging out disconnects the account’s sockets at once; a reconnect authenticates again', async () => {
      const p = await participant(t.url);
      const roomId = await rooms.create('event', c.orgId, [p]);
      const s1 = await client(p);
      const s2 = await client(p);
      dataOf(await ask(s1, 'room:join', { roomId }));
      const ended = waitFor(s1, 'session:ended');
      const gone = Promise.all(
        [s1, s2].map((s) => new Promise((r) => s.once('disconnect', r))),
      );
      await request(t.url).post('/api/auth/logout').set(auth(p)).expect(204);
      expect(await ended).toMatchObject({ code: 'SESSION_ENDED' });
      expect(await gone).toEqual([
        'io server disconnect',
        'io server disconnect',
      ]);
      await expect(connect(t.url, p.token)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
      const again = await login(t.url, p.email, PASSWORD);
      const s3 = await client(again.token);
      dataOf(await ask(s3, 'room:join', { roomId }));
    });

    it('a banned account is disconnected within seconds', async () => {
      const p = await participant(t.url);
      const s = await client(p);
      const gone = new Promise((r) => s.once('disconnect', r));
      // (an admin's ban: there is no endpoint for it yet, so straight into the accounts table)
      await t.app
        .get(AccountsRepository)
        .update(p.id, { bannedAt: new Date() });
      expect(await gone).toBe('io server disconnect');
      await expect(connect(t.url, p.token)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
    });
  });
});
