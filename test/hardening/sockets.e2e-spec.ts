import { createHmac, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { TokensService } from '../../src/auth/tokens.service.js';
import { MAX_SOCKET_PAYLOAD_BYTES } from '../../src/rooms/rooms-io.adapter.js';
import { auth, completeProfile, signUp } from '../support/actors.js';
import { startIsolatedApp } from '../support/app.js';
import {
  ask,
  connect,
  dataOf,
  disconnected,
  errorOf,
  eventually,
  messageIds,
  TestRooms,
  TestSockets,
  waitFor,
  type Client,
} from '../support/sockets.js';
import { recordSummary } from './support/summary.js';
import { buildWorld, type World } from './support/world.js';

/**
 * Socket abuse against a real app over real Socket.IO connections: handshakes without a valid
 * sign-in, foreign pages, rooms of others, oversize frames and floods. Each attack must be refused,
 * must deliver nothing to the attacker, and must leave the server serving everybody else.
 */

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

const msgId = messageIds('abuse');
const figures: Record<string, number> = {};
const count = (key: string, n = 1) => {
  figures[key] = (figures[key] ?? 0) + n;
};

/** Every event the socket receives, whatever its name. */
function everything(socket: Client) {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) =>
    seen.push({ event, payload }),
  );
  return seen;
}

const b64 = (v: unknown) =>
  Buffer.from(JSON.stringify(v)).toString('base64url');

/** A well-formed HS256 token with these claims, signed with `secret`. */
function forge(claims: Record<string, unknown>, secret: string): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe('socket abuse', () => {
  let t: App;
  let w: World;
  const sockets = new TestSockets(() => t.url);
  const client = sockets.connect.bind(sockets);
  const person = (id: string) => w.people.find((p) => p.id === id)!;

  /** Both members of the victims' pair in their room, and a working conversation between them. */
  async function victimsTalk(roomId = w.otherPairRoomId) {
    const [one, two] = w.pairs[1].map(person);
    const a = await client(one);
    const b = await client(two);
    dataOf(await ask(a, 'room:join', { roomId }));
    dataOf(await ask(b, 'room:join', { roomId }));
    const got = waitFor(b, 'message:new');
    const sent = dataOf(
      await ask(a, 'message:send', {
        roomId,
        body: `still talking ${msgId()}`,
        clientMsgId: msgId(),
      }),
    );
    expect((await got).id).toBe(sent.id);
    return { a, b, sent };
  }

  beforeAll(async () => {
    t = await startIsolatedApp();
    w = await buildWorld(t.url);
  });
  afterEach(() => sockets.closeAll());
  afterAll(async () => {
    await t?.close();
    if (t)
      recordSummary('sockets', t.db.kind, {
        ...figures,
        eventsDeliveredToAttackers: figures.eventsDeliveredToAttackers ?? 0,
      });
  });

  it('a handshake without a valid sign-in gets no connection: no token, garbage, forged, expired, unknown or erased account', async () => {
    const { secret, audience, issuer } = t.config.jwt;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: w.participant.id,
      ver: 0,
      aud: audience,
      iss: issuer,
      iat: now,
      exp: now + 600,
    };
    const tokens = t.app.get(TokensService);
    const refused: [string, string | undefined][] = [
      ['no token', undefined],
      ['empty token', ''],
      ['garbage', 'not.a.token'],
      ['over-long token', 'x'.repeat(5000)],
      ['another secret', forge(claims, 'someone else’s secret')],
      ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
      [
        'expired',
        forge({ ...claims, iat: now - 7200, exp: now - 3600 }, secret),
      ],
      ['another audience', forge({ ...claims, aud: 'elsewhere' }, secret)],
      [
        'an account that never existed',
        tokens.issue({ id: randomUUID(), tokenVersion: 0 }),
      ],
      [
        'the right account, an old token version',
        forge({ ...claims, ver: 99 }, secret),
      ],
    ];
    for (const [what, token] of refused) {
      const err = await connect(t.url, token).then(
        (s) => {
          s.close();
          throw new Error(`${what}: connected`);
        },
        (e: Error & { data?: { code?: string; message?: string } }) => e,
      );
      expect({ what, ...err.data }).toMatchObject({
        what,
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/sign in/i),
      });
      count('handshakesRefused');
    }
    // a token from the app's own JwtService with the wrong secret fails the same way
    const other = new JwtService().sign(
      { ver: 0 },
      {
        subject: w.participant.id,
        audience,
        issuer,
        expiresIn: 600,
        secret: 'x'.repeat(40),
      },
    );
    await expect(connect(t.url, other)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    count('handshakesRefused');

    // an account erased while connected: its socket is ended, and its token opens nothing again
    const erased = await signUp(t.url);
    await completeProfile(t.url, erased);
    const before = await client(erased);
    const seen = everything(before);
    const gone = disconnected(before);
    await request(t.url).delete('/api/me').set(auth(erased)).expect(204);
    await gone;
    expect(seen.map((s) => s.event)).toContain('session:ended');
    await expect(connect(t.url, erased.token)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    count('handshakesRefused');

    await victimsTalk();
  });

  it('a page on another site cannot open a socket, with or without a valid token', async () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1.evil.example',
      'null',
      'http://127.0.0.1:1',
    ]) {
      await expect(
        connect(t.url, w.participant.token, { origin }),
      ).rejects.toBeInstanceOf(Error);
      await expect(
        connect(t.url, undefined, { origin }),
      ).rejects.toBeInstanceOf(Error);
      count('foreignOriginsRefused', 2);
    }
    // the transport refuses it before any namespace is reached, polling as well as WebSocket
    const polling = await request(t.url)
      .get('/socket.io/')
      .query({ EIO: 4, transport: 'polling' })
      .set('Origin', 'https://evil.example');
    expect(polling.status).toBeGreaterThanOrEqual(400);
    expect(polling.status).toBeLessThan(500);
    expect(polling.text).not.toContain('"sid"');
    // our own origin is fine
    const ok = await client(w.participant, { origin: 'http://127.0.0.1' });
    expect(ok.connected).toBe(true);
  });

  it('nobody gets into a room that is not theirs: another pair’s room, an event room without registration; nothing reaches them', async () => {
    // the participant is in one pair and attacks the other; otherParticipant is registered nowhere
    const insider = await client(w.participant);
    const stranger = await client(w.otherParticipant);
    const seenByInsider = everything(insider);
    const seenByStranger = everything(stranger);
    const ownPartner = person(
      w.pairs[0].find((id) => id !== w.participant.id)!,
    );
    dataOf(await ask(insider, 'room:join', { roomId: w.pairRoomId }));

    const attacks: [Client, string][] = [
      [insider, w.otherPairRoomId],
      [stranger, w.otherPairRoomId],
      [stranger, w.pairRoomId],
      [stranger, w.eventRoomId],
    ];
    for (const [s, roomId] of attacks) {
      for (const script of ['original', 'latin'] as const)
        expect(
          errorOf(await ask(s, 'room:join', { roomId, script })).code,
        ).toBe('ROOM_FORBIDDEN');
      expect(
        errorOf(
          await ask(s, 'message:send', {
            roomId,
            body: 'let me in',
            clientMsgId: msgId(),
          }),
        ).code,
      ).toBe('ROOM_FORBIDDEN');
      expect(
        errorOf(
          await ask(s, 'message:send', {
            roomId,
            body: 'an anonymous question',
            clientMsgId: msgId(),
            kind: 'question',
            anonymous: true,
          }),
        ).code,
      ).toMatch(/ROOM_FORBIDDEN|VALIDATION_FAILED|QUESTIONS_ONLY|NOT_QA/);
      expect(errorOf(await ask(s, 'typing', { roomId })).code).toBe(
        'ROOM_FORBIDDEN',
      );
      // leaving a room one is not in changes nothing and tells nothing
      await ask(s, 'room:leave', { roomId });
      count('joinsRefused', 2);
      count('sendsRefused', 2);
    }
    // the victims' message ids do not help either
    const { a, b, sent } = await victimsTalk();
    for (const s of [insider, stranger]) {
      expect(
        errorOf(await ask(s, 'message:delete', { messageId: sent.id })).code,
      ).toMatch(/ROOM_FORBIDDEN|MESSAGE_NOT_FOUND/);
      expect(
        errorOf(await ask(s, 'question:upvote', { messageId: sent.id })).code,
      ).toMatch(/ROOM_FORBIDDEN|MESSAGE_NOT_FOUND|NOT_A_QUESTION/);
    }
    // malformed room references are validation errors, not lookups
    for (const roomId of ['../../etc', `${w.otherPairRoomId}' OR 1=1`, '', 42])
      expect(
        errorOf(await ask(stranger, 'room:join', { roomId } as never)).code,
      ).toBe('VALIDATION_FAILED');
    // nor does the history over HTTP
    for (const who of [w.participant, w.otherParticipant])
      await request(t.url)
        .get(`/api/rooms/${w.otherPairRoomId}/messages`)
        .set(auth(who))
        .expect(403);
    await request(t.url)
      .get(`/api/rooms/${w.eventRoomId}/messages`)
      .set(auth(w.otherParticipant))
      .expect(403);

    // the victims go on talking; the event room too
    const more = dataOf(
      await ask(b, 'message:send', {
        roomId: w.otherPairRoomId,
        body: 'a private reply',
        clientMsgId: msgId(),
      }),
    );
    await waitFor(a, 'message:new');
    const member = await client(person(w.pairs[1][0]));
    dataOf(await ask(member, 'room:join', { roomId: w.eventRoomId }));
    dataOf(
      await ask(member, 'message:send', {
        roomId: w.eventRoomId,
        body: 'event room chatter',
        clientMsgId: msgId(),
      }),
    );
    // Socket.IO keeps each socket's order: once the insider hears its own partner (sent after
    // everything above) and the stranger hears its own ack, anything leaked would have arrived
    const marker = waitFor(insider, 'message:new');
    const partner = await client(ownPartner);
    dataOf(await ask(partner, 'room:join', { roomId: w.pairRoomId }));
    const last = dataOf(
      await ask(partner, 'message:send', {
        roomId: w.pairRoomId,
        body: 'marker',
        clientMsgId: msgId(),
      }),
    );
    expect((await marker).id).toBe(last.id);
    await ask(stranger, 'typing', { roomId: w.pairRoomId });

    const attacked = [w.otherPairRoomId, w.eventRoomId];
    const leaked = [...seenByInsider, ...seenByStranger].filter(
      ({ payload }) => {
        const text = JSON.stringify(payload);
        return (
          attacked.some((id) => text.includes(id)) ||
          [sent.body, more.body, 'event room chatter'].some((body) =>
            text.includes(body),
          )
        );
      },
    );
    count('eventsDeliveredToAttackers', leaked.length);
    expect(leaked).toEqual([]);
    expect(seenByStranger).toEqual([]);
  });

  it('oversize frames close the sender’s connection; nothing is stored; everybody else goes on', async () => {
    const { a, b } = await victimsTalk();
    const attacker = person(w.pairs[1][0]);
    // the second client only polls: the limit holds for HTTP long-polling bodies too
    for (const transport of ['websocket', 'polling'] as const) {
      const s = await client(attacker, { transport });
      const clientMsgId = msgId();
      const gone = disconnected(s, 10_000);
      s.emit(
        'message:send',
        {
          roomId: w.otherPairRoomId,
          body: 'x'.repeat(MAX_SOCKET_PAYLOAD_BYTES + 1024),
          clientMsgId,
        },
        () => {
          throw new Error('an oversize frame was acknowledged');
        },
      );
      const reason = await gone;
      expect(`${transport}: ${reason}`).toMatch(
        /^(websocket|polling): transport (close|error)$/,
      );
      count('oversizeFramesDropped');
      const history = await request(t.url)
        .get(`/api/rooms/${w.otherPairRoomId}/messages`)
        .set(auth(attacker))
        .expect(200);
      expect(JSON.stringify(history.body)).not.toContain(clientMsgId);
    }
    // just under the limit the frame arrives and the message is refused with a clear error
    const s = await client(attacker);
    const under = errorOf(
      await ask(s, 'message:send', {
        roomId: w.otherPairRoomId,
        body: 'y'.repeat(MAX_SOCKET_PAYLOAD_BYTES - 4096),
        clientMsgId: msgId(),
      }),
    );
    expect(under).toMatchObject({
      code: expect.stringMatching(/VALIDATION_FAILED|MESSAGE_TOO_LONG/),
      message: expect.any(String),
    });
    // the connection survives a refused message, and the room goes on
    const got = waitFor(a, 'message:new');
    const ok = dataOf(
      await ask(b, 'message:send', {
        roomId: w.otherPairRoomId,
        body: 'after the big ones',
        clientMsgId: msgId(),
      }),
    );
    expect((await got).id).toBe(ok.id);
    expect(s.connected).toBe(true);
    await request(t.url).get('/health').expect(200);
  });
});

describe('socket floods (rate limits on)', () => {
  let t: App;
  const sockets = new TestSockets(() => t.url);
  beforeAll(async () => {
    t = await startIsolatedApp({ RATE_LIMITS: 'on' });
  });
  afterAll(async () => {
    sockets.closeAll();
    await t?.close();
    if (t) recordSummary('socket-floods', t.db.kind, floodFigures);
  });
  const floodFigures: Record<string, number> = {};

  it('hundreds of events a second from one connection get RATE_LIMITED acks; others are served meanwhile; nothing extra is stored', async () => {
    const [flooder, one, two] = await Promise.all(
      [0, 1, 2].map(async () => {
        const p = await signUp(t.url);
        await completeProfile(t.url, p);
        return p;
      }),
    );
    const rooms = new TestRooms([t.app]);
    const floodRoom = await rooms.create('event', null, [flooder, one]);
    const quietRoom = await rooms.create('event', null, [one, two]);
    const f = await sockets.connect(flooder);
    const a = await sockets.connect(one);
    const b = await sockets.connect(two);
    dataOf(await ask(f, 'room:join', { roomId: floodRoom }));
    for (const s of [a, b])
      dataOf(await ask(s, 'room:join', { roomId: quietRoom }));

    const N = 1500;
    const acks: Promise<{
      error?: { code: string; message: string };
      data?: unknown;
    }>[] = [];
    const emit = f.emit.bind(f) as (
      e: string,
      p: unknown,
      ack?: (r: never) => void,
    ) => void;
    const started = Date.now();
    for (let i = 0; i < N; i++) {
      const kind = i % 5;
      acks.push(
        new Promise((resolve) => {
          if (kind === 0)
            emit(
              'message:send',
              {
                roomId: floodRoom,
                body: `flood ${i}`,
                clientMsgId: `flood-${i}`,
              },
              resolve,
            );
          else if (kind === 1) emit('typing', { roomId: floodRoom }, resolve);
          else if (kind === 2)
            emit('room:join', { roomId: floodRoom }, resolve);
          else if (kind === 3) emit('message:send', 'not an object', resolve);
          else emit('question:upvote', { messageId: -i }, resolve);
        }),
      );
      // unknown events are ignored by the server: no handler, no ack, no error
      if (i % 100 === 0) emit('no:such:event', { i });
    }
    const emittedMs = Date.now() - started;
    // meanwhile two other people talk, and HTTP answers
    const latencies: number[] = [];
    const during = (async () => {
      // 8 each: the per-person message limit (10 per 10 s and room) is not what is measured here
      for (let i = 0; i < 16; i++) {
        const [from, to] = i % 2 ? [a, b] : [b, a];
        const t0 = Date.now();
        const got = waitFor(to, 'message:new', 10_000);
        dataOf(
          await ask(
            from,
            'message:send',
            {
              roomId: quietRoom,
              body: `quiet ${i}`,
              clientMsgId: `quiet-${i}`,
            },
            10_000,
          ),
        );
        await got;
        latencies.push(Date.now() - t0);
      }
    })();
    const health = await request(t.url).get('/health');
    const results = await Promise.all(acks);
    await during;
    const elapsed = (Date.now() - started) / 1000;
    expect(health.status).toBe(200);

    const flood = results.filter(
      (r) =>
        r.error?.message === 'Too many events from this connection. Slow down.',
    );
    const served = results.length - flood.length;
    // 100 at once and 50 a second after that; everything else is turned away cheaply
    expect(served).toBeGreaterThan(50);
    expect(served).toBeLessThanOrEqual(100 + Math.ceil(elapsed * 50) + 5);
    expect(flood.length).toBeGreaterThan(N - 100 - Math.ceil(elapsed * 50) - 5);
    for (const r of flood)
      expect(r.error).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: 1,
      });
    // every event got exactly one answer, none a 500-like one
    expect(results).toHaveLength(N);
    expect(results.filter((r) => r.error?.code === 'INTERNAL_ERROR')).toEqual(
      [],
    );

    // the room holds exactly the messages that were acknowledged, once each
    const stored = results.filter(
      (r) =>
        r.data &&
        typeof r.data === 'object' &&
        'clientMsgId' in (r.data as object),
    ).length;
    const history = await request(t.url)
      .get(`/api/rooms/${floodRoom}/messages`)
      .query({ limit: 100 })
      .set(auth(one))
      .expect(200);
    const items = (
      Array.isArray(history.body) ? history.body : history.body.items
    ) as {
      body: string;
    }[];
    expect(items.filter((m) => m.body.startsWith('flood ')).length).toBe(
      stored,
    );
    expect(stored).toBeLessThanOrEqual(10); // the per-room message limit on top

    // the flooder is not banned: a second later it is served again
    const back = await eventually(
      async () => {
        const r = await ask(f, 'typing', { roomId: floodRoom });
        if ('error' in r) throw new Error(r.error.code);
        return r;
      },
      5000,
      200,
    );
    expect(back.data).toEqual({ roomId: floodRoom });
    expect(f.connected).toBe(true);

    latencies.sort((x, y) => x - y);
    Object.assign(floodFigures, {
      floodEvents: N,
      floodEmitMs: emittedMs,
      floodServed: served,
      floodRateLimited: flood.length,
      floodMessagesStored: stored,
      bystanderMessages: latencies.length,
      bystanderMaxMs: latencies.at(-1) ?? 0,
      bystanderP50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0,
    });
  });
});
