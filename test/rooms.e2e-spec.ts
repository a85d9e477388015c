import request from 'supertest';
import { AccountsRepository } from '../src/auth/accounts.repository.js';
import { RoomsGateway } from '../src/rooms/rooms.gateway.js';
import { RoomsService } from '../src/rooms/rooms.service.js';
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

    it('a room with more sockets than the small-room limit (16): every socket gets every message once, in id order', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana, besa]);
      const sockets = await Promise.all(
        Array.from({ length: 20 }, (_, i) => client(i % 2 ? besa : ana)),
      );
      for (const s of sockets) dataOf(await ask(s, 'room:join', { roomId }));
      const seen = sockets.map((s) => collect(s, 'message:new'));
      const acks = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          ask(sockets[i % 4], 'message:send', {
            roomId,
            body: `many ${i}`,
            clientMsgId: msgId(),
          }),
        ),
      );
      const ids = acks.map((r) => dataOf(r).id).sort((x, y) => x - y);
      for (const list of seen)
        await eventually(() => expect(list.map((m) => m.id)).toEqual(ids));
      expect(seen[7][0]).not.toHaveProperty('clientMsgId');
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

    it('participants under 16 need their guardian’s consent first', async () => {
      const young = await signUp(t.url);
      await completeProfile(t.url, young, {
        birthYear: new Date().getFullYear() - 14,
      });
      const roomId = await rooms.create('event', c.orgId, [young]);
      const s = await client(young);
      expect(errorOf(await ask(s, 'room:join', { roomId })).code).toBe(
        'GUARDIAN_CONSENT_REQUIRED',
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

    it('when membership ends, the person’s sockets leave the room: at once when the owning module says so, else at the periodic re-check', async () => {
      const [p1, p2] = await Promise.all([
        participant(t.url),
        participant(t.url),
      ]);
      const roomId = await rooms.create('event', c.orgId, [ana, p1, p2]);
      const a = await client(ana);
      const s1 = await client(p1);
      const s2 = await client(p2);
      for (const s of [a, s1, s2])
        dataOf(await ask(s, 'room:join', { roomId }));

      rooms.remove(roomId, p1);
      const removed1 = waitFor(s1, 'room:removed');
      t.app.get(RoomsService).membershipEnded(roomId, p1.id);
      expect(await removed1).toMatchObject({
        roomId,
        code: 'ROOM_ACCESS_ENDED',
      });

      rooms.remove(roomId, p2);
      const removed2 = waitFor(s2, 'room:removed');
      await t.app.get(RoomsGateway).recheckAccess();
      expect(await removed2).toMatchObject({
        roomId,
        code: 'ROOM_ACCESS_ENDED',
      });

      const leaked1 = collect(s1, 'message:new');
      const leaked2 = collect(s2, 'message:new');
      const onA = waitFor(a, 'message:new');
      dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'still here?',
          clientMsgId: msgId(),
        }),
      );
      await onA;
      await sleep(100);
      expect([...leaked1, ...leaked2]).toEqual([]);
      expect(errorOf(await ask(s1, 'room:join', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
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
  describe('Q&A', () => {
    it('one vote per person under concurrent upvotes; questions sort by votes; askers can be anonymous to everybody but moderators', async () => {
      const voters = await Promise.all(
        Array.from({ length: 4 }, () => participant(t.url)),
      );
      const roomId = await rooms.create(
        'session',
        c.orgId,
        [ana, besa, ...voters],
        {
          mode: 'qa',
        },
      );
      const a = await client(ana);
      const b = await client(besa);
      const mod = await client(c.organiser);
      for (const s of [a, b, mod])
        dataOf(await ask(s, 'room:join', { roomId }));
      const onB = collect(b, 'message:new');
      const onMod = collect(mod, 'message:new');
      const updates = collect(b, 'question:updated');

      expect(
        errorOf(
          await ask(a, 'message:send', {
            roomId,
            body: 'chat?',
            clientMsgId: msgId(),
            kind: 'chat',
          }),
        ).code,
      ).toBe('QUESTIONS_ONLY');
      const anonymous = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'Kur hapet pika kufitare?',
          clientMsgId: msgId(),
          anonymous: true,
        }),
      );
      expect(anonymous).toMatchObject({ kind: 'question', anonymous: true });
      const popular = dataOf(
        await ask(b, 'message:send', {
          roomId,
          body: 'What about licence plates?',
          clientMsgId: msgId(),
          kind: 'question',
        }),
      );
      const quiet = dataOf(
        await ask(b, 'message:send', {
          roomId,
          body: 'And diplomas?',
          clientMsgId: msgId(),
        }),
      );
      await eventually(() => expect(onB).toHaveLength(3));
      expect(onB[0]).toMatchObject({
        id: anonymous.id,
        author: null,
        anonymous: true,
      });
      await eventually(() => expect(onMod).toHaveLength(3));
      expect(onMod[0]).toMatchObject({
        author: { id: ana.id },
        anonymous: true,
      });
      expect(
        errorOf(
          await ask(a, 'message:send', {
            roomId,
            body: 'x',
            clientMsgId: msgId(),
            anonymous: true,
            kind: 'announcement',
          }),
        ).code,
      ).toBe('NOT_A_MODERATOR');

      // every voter on two sockets, each emitting three upvotes at once
      const sockets = await Promise.all(
        voters.flatMap((v) => [client(v), client(v)]),
      );
      const results = await Promise.all(
        sockets.flatMap((s) =>
          [1, 2, 3].map(() =>
            ask(s, 'question:upvote', { messageId: popular.id }),
          ),
        ),
      );
      const counted = results.map((r) => dataOf(r)).filter((r) => r.counted);
      expect(counted).toHaveLength(voters.length);
      for (const v of voters.slice(0, 2))
        dataOf(
          await ask(await client(v), 'question:upvote', {
            messageId: anonymous.id,
          }),
        );
      const [[{ n }]] = [
        await t.ds.query(
          'SELECT COUNT(*) AS n FROM question_votes WHERE messageId = ?',
          [popular.id],
        ),
      ];
      expect(Number(n)).toBe(voters.length);
      await eventually(() =>
        expect(
          updates
            .filter((u) => u.messageId === popular.id)
            .map((u) => u.upvotes)
            .sort((x, y) => x - y),
        ).toEqual([1, 2, 3, 4]),
      );

      const list = await request(t.url)
        .get(`/api/rooms/${roomId}/questions`)
        .set(auth(voters[0]))
        .expect(200);
      expect(list.body.map((q: { id: number }) => q.id)).toEqual([
        popular.id,
        anonymous.id,
        quiet.id,
      ]);
      expect(list.body.map((q: { upvotes: number }) => q.upvotes)).toEqual([
        4, 2, 0,
      ]);
      expect(list.body.map((q: { votedByMe: boolean }) => q.votedByMe)).toEqual(
        [true, true, false],
      );
      expect(list.body[1]).toMatchObject({ author: null, anonymous: true });
      const asModerator = await request(t.url)
        .get(`/api/rooms/${roomId}/questions`)
        .set(auth(c.organiser))
        .expect(200);
      expect(asModerator.body[1].author).toEqual({
        id: ana.id,
        displayName: ana.displayName,
      });
      const recent = await request(t.url)
        .get(`/api/rooms/${roomId}/questions?sort=recent`)
        .set(auth(besa))
        .expect(200);
      expect(recent.body.map((q: { id: number }) => q.id)).toEqual([
        quiet.id,
        popular.id,
        anonymous.id,
      ]);
      const hist = await history(t.url, besa, roomId);
      expect(hist.body.items[0]).toMatchObject({
        author: null,
        anonymous: true,
      });
      expect(JSON.stringify(hist.body)).not.toContain(ana.id);
    });

    it('with the queue on, questions wait for a moderator and appear under a new id; a moderator marks one answered', async () => {
      const roomId = await rooms.create('session', c.orgId, [ana, besa], {
        mode: 'qa',
      });
      const a = await client(ana);
      const b = await client(besa);
      const mod = await client(c.organiser);
      for (const s of [a, b, mod])
        dataOf(await ask(s, 'room:join', { roomId }));
      const roomUpdate = waitFor(b, 'room:updated');
      const patched = await request(t.url)
        .patch(`/api/rooms/${roomId}`)
        .set(auth(c.organiser))
        .send({ qaModeration: true })
        .expect(200);
      expect(patched.body).toMatchObject({ mode: 'qa', qaModeration: true });
      expect(await roomUpdate).toMatchObject({
        id: roomId,
        qaModeration: true,
      });
      await request(t.url)
        .patch(`/api/rooms/${roomId}`)
        .set(auth(besa))
        .send({ locked: true })
        .expect(403);

      const onB = collect(b, 'message:new');
      const held = collect(mod, 'message:held');
      const clientMsgId = msgId();
      const q = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'Will there be interpretation?',
          clientMsgId,
        }),
      );
      expect(q).toMatchObject({ status: 'held' });
      await eventually(() => expect(held.map((m) => m.id)).toEqual([q.id]));
      const queue = await request(t.url)
        .get(`/api/rooms/${roomId}/held`)
        .set(auth(c.organiser))
        .expect(200);
      expect(queue.body).toEqual([
        expect.objectContaining({ id: q.id, heldReason: 'queue' }),
      ]);
      await request(t.url)
        .get(`/api/rooms/${roomId}/held`)
        .set(auth(besa))
        .expect(403);
      const lastSeen =
        (await history(t.url, besa, roomId)).body.items.at(-1)?.id ?? 0;

      const approved = await request(t.url)
        .post(`/api/rooms/${roomId}/messages/${q.id}/approve`)
        .set(auth(c.organiser))
        .expect(200);
      expect(approved.body.id).toBeGreaterThan(q.id);
      expect(approved.body.status).toBe('visible');
      await eventually(() =>
        expect(onB.map((m) => m.id)).toEqual([approved.body.id]),
      );
      const missed = await history(t.url, besa, roomId, { after: lastSeen });
      expect(missed.body.items.map((m: { id: number }) => m.id)).toEqual([
        approved.body.id,
      ]);
      // the author's retry now finds the published question
      const retry = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'Will there be interpretation?',
          clientMsgId,
        }),
      );
      expect(retry.id).toBe(approved.body.id);

      const answered = waitFor(b, 'question:updated');
      await request(t.url)
        .post(`/api/rooms/${roomId}/messages/${approved.body.id}/answered`)
        .set(auth(c.organiser))
        .send({ answered: true })
        .expect(200);
      expect(await answered).toMatchObject({
        messageId: approved.body.id,
        answered: true,
      });
    });
  });

  describe('moderation', () => {
    it('hide, mute, lock and slow mode act at once and say when to try again; every act is logged with who did it', async () => {
      const cara = await participant(t.url);
      const roomId = await rooms.create('event', c.orgId, [ana, besa, cara]);
      const a = await client(ana);
      const b = await client(besa);
      const mod = await client(c.organiser);
      for (const s of [a, b, mod])
        dataOf(await ask(s, 'room:join', { roomId }));
      const send = (s: Client, body: string) =>
        ask(s, 'message:send', { roomId, body, clientMsgId: msgId() });

      // hide: everybody sees it go; the author may delete only their own
      const m1 = dataOf(await send(a, 'first'));
      const m2 = dataOf(await send(b, 'a private remark'));
      expect(
        errorOf(await ask(a, 'message:delete', { messageId: m2.id })).code,
      ).toBe('NOT_YOUR_MESSAGE');
      const deletedA = waitFor(a, 'message:deleted');
      const deletedB = waitFor(b, 'message:deleted');
      dataOf(await ask(mod, 'message:delete', { messageId: m2.id }));
      expect(await deletedA).toEqual({ roomId, messageId: m2.id });
      expect(await deletedB).toEqual({ roomId, messageId: m2.id });
      dataOf(await ask(a, 'message:delete', { messageId: m1.id }));
      expect((await history(t.url, besa, roomId)).body.items).toEqual([]);

      // mute for a while
      await request(t.url)
        .post(`/api/rooms/${roomId}/sanctions`)
        .set(auth(c.organiser))
        .send({ accountId: besa.id, kind: 'mute', minutes: 5 })
        .expect(201);
      const muted = errorOf(await send(b, 'can I?'));
      expect(muted).toMatchObject({
        code: 'MUTED',
        message: expect.stringMatching(/5 minutes/),
      });
      expect(muted.retryAfterSeconds).toBeGreaterThan(240);
      dataOf(await ask(b, 'room:join', { roomId })); // still reads
      await request(t.url)
        .delete(`/api/rooms/${roomId}/sanctions/${besa.id}/mute`)
        .set(auth(c.organiser))
        .expect(204);
      dataOf(await send(b, 'thanks'));

      // lock: read-only for all but moderators
      await request(t.url)
        .patch(`/api/rooms/${roomId}`)
        .set(auth(c.organiser))
        .send({ locked: true })
        .expect(200);
      expect(errorOf(await send(a, 'locked?')).code).toBe('ROOM_LOCKED');
      dataOf(await send(mod, 'The room is closed for now.'));
      await request(t.url)
        .patch(`/api/rooms/${roomId}`)
        .set(auth(c.organiser))
        .send({ locked: false, slowModeSeconds: 30 })
        .expect(200);

      // slow mode: one message per 30 s per person, moderators exempt
      const cs = await client(cara);
      // two at once: the second is refused even though the first is not committed yet
      const [one, two] = await Promise.all([send(cs, 'one'), send(cs, 'two')]);
      dataOf(one);
      const slow = errorOf(two);
      expect(slow.code).toBe('SLOW_MODE');
      expect(slow.retryAfterSeconds).toBeGreaterThanOrEqual(28);
      expect(slow.retryAfterSeconds).toBeLessThanOrEqual(31);
      dataOf(await send(mod, 'moderators are not slowed'));
      dataOf(await send(mod, 'at all'));

      // ban: out of the room, no reading, no writing
      const removed = waitFor(b, 'room:removed');
      await request(t.url)
        .post(`/api/rooms/${roomId}/sanctions`)
        .set(auth(c.organiser))
        .send({ accountId: besa.id, kind: 'ban' })
        .expect(201);
      expect(await removed).toMatchObject({ roomId, code: 'BANNED_FROM_ROOM' });
      expect(errorOf(await ask(b, 'room:join', { roomId })).code).toBe(
        'BANNED_FROM_ROOM',
      );
      expect((await history(t.url, besa, roomId)).status).toBe(403);

      const log = await request(t.url)
        .get(`/api/rooms/${roomId}/moderation-log`)
        .set(auth(c.organiser))
        .expect(200);
      expect(
        log.body.map((e: { action: string }) => e.action).reverse(),
      ).toEqual([
        'hide',
        'mute',
        'unmute',
        'lock',
        'unlock',
        'slow-mode',
        'ban',
      ]);
      for (const e of log.body) expect(e.actorId).toBe(c.organiser.id);
      expect(
        log.body.find((e: { action: string }) => e.action === 'hide'),
      ).toMatchObject({
        targetAccountId: besa.id,
        targetMessageId: m2.id,
      });
      expect(JSON.stringify(log.body)).not.toContain('private remark');
      await request(t.url)
        .get(`/api/rooms/${roomId}/moderation-log`)
        .set(auth(ana))
        .expect(403);
      await request(t.url)
        .post(`/api/rooms/${roomId}/sanctions`)
        .set(auth(ana))
        .send({ accountId: besa.id, kind: 'ban' })
        .expect(403);
    });

    it('the word filter holds a message for the moderators instead of publishing it', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana, besa]);
      const a = await client(ana);
      const b = await client(besa);
      const mod = await client(c.organiser);
      for (const s of [a, b, mod])
        dataOf(await ask(s, 'room:join', { roomId }));
      const onB = collect(b, 'message:new');
      const held = waitFor(mod, 'message:held');
      const m = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'Ти си шиптар',
          clientMsgId: msgId(),
        }),
      );
      expect(m.status).toBe('held');
      expect(await held).toMatchObject({ id: m.id, author: { id: ana.id } });
      const ok = dataOf(
        await ask(a, 'message:send', {
          roomId,
          body: 'Shqiptarë dhe serbë',
          clientMsgId: msgId(),
        }),
      );
      expect(ok.status).toBe('visible');
      await eventually(() => expect(onB.map((x) => x.id)).toEqual([ok.id]));
      const page = await history(t.url, besa, roomId);
      expect(page.body.items.map((x: { id: number }) => x.id)).toEqual([ok.id]);
      const queue = await request(t.url)
        .get(`/api/rooms/${roomId}/held?script=latin`)
        .set(auth(c.organiser))
        .expect(200);
      expect(queue.body).toEqual([
        expect.objectContaining({
          id: m.id,
          body: 'Ti si šiptar',
          heldReason: 'filter',
        }),
      ]);
    });
  });

  describe('readers, presence and typing', () => {
    it('a reader who asks for Latin gets Serbian Cyrillic transliterated; the stored text never changes', async () => {
      const cyrillicName = await signUp(t.url, {
        displayName: 'Љубица Јовановић',
      });
      await completeProfile(t.url, cyrillicName);
      const roomId = await rooms.create('event', c.orgId, [
        ana,
        besa,
        cyrillicName,
      ]);
      const writer = await client(cyrillicName);
      const latin = await client(ana);
      const original = await client(besa);
      dataOf(await ask(writer, 'room:join', { roomId }));
      dataOf(await ask(latin, 'room:join', { roomId, script: 'latin' }));
      dataOf(await ask(original, 'room:join', { roomId }));
      const onLatin = waitFor(latin, 'message:new');
      const onOriginal = waitFor(original, 'message:new');
      dataOf(
        await ask(writer, 'message:send', {
          roomId,
          body: 'Добро јутро из Грачанице! ЉУБАВ',
          clientMsgId: msgId(),
        }),
      );
      expect(await onLatin).toMatchObject({
        body: 'Dobro jutro iz Gračanice! LJUBAV',
        author: { displayName: 'Ljubica Jovanović' },
      });
      expect(await onOriginal).toMatchObject({
        body: 'Добро јутро из Грачанице! ЉУБАВ',
        author: { displayName: 'Љубица Јовановић' },
      });
      const asLatin = await history(t.url, ana, roomId, { script: 'latin' });
      expect(asLatin.body.items[0].body).toBe(
        'Dobro jutro iz Gračanice! LJUBAV',
      );
      const stored = await history(t.url, ana, roomId);
      expect(stored.body.items[0].body).toBe('Добро јутро из Грачанице! ЉУБАВ');
      const rejoined = dataOf(
        await ask(latin, 'room:join', { roomId, script: 'latin' }),
      );
      expect(rejoined.recent[0].body).toBe('Dobro jutro iz Gračanice! LJUBAV');
    });

    it('presence counts people, not tabs; typing reaches the others, throttled', async () => {
      const roomId = await rooms.create('event', c.orgId, [ana, besa]);
      const a1 = await client(ana);
      const a2 = await client(ana);
      const b = await client(besa);
      const presence = collect(b, 'presence');
      for (const s of [a1, a2, b])
        dataOf(await ask(s, 'room:join', { roomId }));
      await eventually(() =>
        expect(presence.at(-1)).toMatchObject({ roomId, count: 2 }),
      );
      a1.close();
      await sleep(500);
      expect(presence.at(-1)).toMatchObject({ count: 2 });
      a2.close();
      await eventually(() =>
        expect(presence.at(-1)).toMatchObject({
          count: 1,
          people: [{ id: besa.id, displayName: besa.displayName }],
        }),
      );

      const a3 = await client(ana);
      const a4 = await client(ana);
      for (const s of [a3, a4]) dataOf(await ask(s, 'room:join', { roomId }));
      const typingB = collect(b, 'typing');
      const typingOwn = collect(a4, 'typing');
      for (let i = 0; i < 5; i++) dataOf(await ask(a3, 'typing', { roomId }));
      await eventually(() => expect(typingB).toHaveLength(1));
      expect(typingB[0]).toEqual({
        roomId,
        user: { id: ana.id, displayName: ana.displayName },
      });
      await sleep(200);
      expect(typingB).toHaveLength(1);
      expect(typingOwn).toEqual([]);
    });
  });

  describe('pair rooms (safeguarding)', () => {
    it('organisers get in only after one of the pair reports a problem, and the pair is told', async () => {
      const [p1, p2] = await Promise.all([
        participant(t.url),
        participant(t.url),
      ]);
      const roomId = await rooms.create('pair', c.orgId, [p1, p2]);
      const s1 = await client(p1);
      const s2 = await client(p2);
      const org = await client(c.organiser);
      const admin = await client(c.admin);
      for (const s of [s1, s2]) dataOf(await ask(s, 'room:join', { roomId }));
      const early = dataOf(
        await ask(s1, 'message:send', {
          roomId,
          body: 'private',
          clientMsgId: msgId(),
        }),
      );
      expect(errorOf(await ask(org, 'room:join', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
      expect(errorOf(await ask(admin, 'room:join', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
      expect((await history(t.url, c.organiser, roomId)).status).toBe(403);
      await request(t.url)
        .post(`/api/rooms/${roomId}/report`)
        .set(auth(outsider))
        .send({})
        .expect(403);

      const notice = waitFor(s2, 'message:new');
      const updated = waitFor(s1, 'room:updated');
      const res = await request(t.url)
        .post(`/api/rooms/${roomId}/report`)
        .set(auth(p2))
        .send({ reason: 'uncomfortable' })
        .expect(200);
      expect(res.body).toMatchObject({ roomId, reported: true });
      expect(await notice).toMatchObject({
        kind: 'system',
        author: null,
        authorDeleted: false,
        body: expect.stringContaining('organisers'),
      });
      expect(await updated).toMatchObject({ id: roomId, reported: true });
      await request(t.url)
        .post(`/api/rooms/${roomId}/report`)
        .set(auth(p1))
        .send({})
        .expect(200);

      const joined = dataOf(await ask(org, 'room:join', { roomId }));
      expect(joined.room.permissions.canModerate).toBe(true);
      expect(joined.recent.map((m) => m.id)).toContain(early.id);
      const page = await history(t.url, c.organiser, roomId);
      expect(
        page.body.items.filter((m: { kind: string }) => m.kind === 'system'),
      ).toHaveLength(1);
      await request(t.url)
        .post(`/api/rooms/${await rooms.create('event', c.orgId, [p1])}/report`)
        .set(auth(p1))
        .send({})
        .expect(400);
      const log = await request(t.url)
        .get(`/api/rooms/${roomId}/moderation-log`)
        .set(auth(c.organiser))
        .expect(200);
      expect(log.body).toEqual([
        expect.objectContaining({ action: 'report', actorId: p2.id }),
      ]);
    });
  });

  describe('export and erasure', () => {
    it('export carries the person’s messages; after erasure they stay as "deleted user" without text', async () => {
      const p = await participant(t.url);
      const roomId = await rooms.create('event', c.orgId, [p, besa]);
      const s = await client(p);
      const m = dataOf(
        await ask(s, 'message:send', {
          roomId,
          body: 'mine to take',
          clientMsgId: msgId(),
        }),
      );
      const exported = await request(t.url)
        .get('/api/me/export')
        .set(auth(p))
        .expect(200);
      expect(exported.body.roomMessages).toEqual([
        expect.objectContaining({ id: m.id, roomId, body: 'mine to take' }),
      ]);
      const gone = new Promise((r) => s.once('disconnect', r));
      await request(t.url).delete('/api/me').set(auth(p)).expect(204);
      await gone;
      const page = await history(t.url, besa, roomId);
      expect(page.body.items).toEqual([
        expect.objectContaining({
          id: m.id,
          body: '',
          author: null,
          authorDeleted: true,
        }),
      ]);
      const rows = await t.ds.query(
        'SELECT COUNT(*) AS n FROM room_messages WHERE authorId = ?',
        [p.id],
      );
      expect(Number(rows[0].n)).toBe(0);
    });
  });
});

describe('rooms with rate limits on', () => {
  let t: App;
  const open: Client[] = [];
  beforeAll(async () => {
    t = await startIsolatedApp({ RATE_LIMITS: 'on' });
  });
  afterAll(async () => {
    closeAll(...open);
    await t.close();
  });

  it('about ten messages per ten seconds per person and room; the error says when to try again', async () => {
    const p = await participant(t.url);
    const rooms = new TestRooms([t.app]);
    const roomId = await rooms.create('event', null, [p]);
    const other = await rooms.create('event', null, [p]);
    const s = await connect(t.url, p.token);
    open.push(s);
    for (let i = 0; i < 10; i++)
      dataOf(
        await ask(s, 'message:send', {
          roomId,
          body: `m${i}`,
          clientMsgId: msgId(),
        }),
      );
    const limited = errorOf(
      await ask(s, 'message:send', {
        roomId,
        body: 'one too many',
        clientMsgId: msgId(),
      }),
    );
    expect(limited).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/again in \d+ seconds/),
    });
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(10);
    // another room has its own budget
    dataOf(
      await ask(s, 'message:send', {
        roomId: other,
        body: 'here',
        clientMsgId: msgId(),
      }),
    );
  });
});
