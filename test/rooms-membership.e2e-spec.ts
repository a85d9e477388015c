import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  participants,
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
  waitFor,
  type Client,
} from './support/sockets.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

let seq = 0;
const msgId = () => `mm-${Date.now().toString(36)}-${++seq}`;

/**
 * When a membership ends through the HTTP API, the person's very next message is refused: the
 * owning module tells the rooms module at once, instead of the room reusing the person's access
 * grant for up to 5 seconds (GRANT_REUSE_MS). Each test joins and writes first, so that a grant is
 * there to be reused.
 */
describe('rooms: a membership that ends takes effect at once', () => {
  let t: App;
  let c: Cast;
  const open: Client[] = [];
  const client = async (who: Person) => {
    const s = await connect(t.url, who.token);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
  });
  afterEach(() => closeAll(...open.splice(0)));
  afterAll(async () => {
    await t.close();
  });

  /** A published event with one session, and confirmed participants; the rooms' ids. */
  async function eventWith(
    people: Person[],
    speakers: { name: string; accountId?: string }[] = [
      { name: 'Jelena Đorđević' },
    ],
  ) {
    const body = eventBody();
    const start = Date.parse(body.startsAt as string);
    const created = await request(t.url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(body)
      .expect(201);
    const id = created.body.id as string;
    await request(t.url)
      .post(`/api/events/${id}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Opening panel',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3600_000).toISOString(),
        hall: 'Hall A',
        speakers,
      })
      .expect(201);
    await request(t.url)
      .post(`/api/events/${id}/publish`)
      .set(auth(c.organiser))
      .expect(200);
    for (const p of people) {
      const r = await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(p));
      expect(r.status).toBeLessThan(300);
      expect(r.body.status).toBe('confirmed');
    }
    const view = await request(t.url)
      .get(`/api/events/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    return {
      id,
      sessionId: view.body.sessions[0].id as string,
      eventRoom: view.body.roomId as string,
      sessionRoom: view.body.sessions[0].roomId as string,
    };
  }

  /** Joined and one message written: the person's grant for the room is fresh. */
  async function writing(who: Person, roomId: string) {
    const s = await client(who);
    dataOf(await ask(s, 'room:join', { roomId }));
    dataOf(
      await ask(s, 'message:send', {
        roomId,
        body: 'hello',
        clientMsgId: msgId(),
      }),
    );
    return s;
  }

  async function refusedAtOnce(s: Client, roomId: string) {
    const r = await ask(s, 'message:send', {
      roomId,
      body: 'still here?',
      clientMsgId: msgId(),
    });
    expect(errorOf(r).code).toBe('ROOM_FORBIDDEN');
  }

  it('cancelling one’s own registration: out of the event’s room and its sessions’ rooms, the next message refused', async () => {
    const [ana, besa] = await participants(t.url, 2);
    const ev = await eventWith([ana, besa]);
    const inEvent = await writing(ana, ev.eventRoom);
    const inSession = await writing(ana, ev.sessionRoom);
    const other = await writing(besa, ev.eventRoom);
    // (every socket of the person hears about every room it was taken out of)
    const removed = collect(inEvent, 'room:removed');

    await request(t.url)
      .delete(`/api/events/${ev.id}/registrations/me`)
      .set(auth(ana))
      .expect(200);

    await refusedAtOnce(inEvent, ev.eventRoom);
    await refusedAtOnce(inSession, ev.sessionRoom);
    await eventually(() =>
      expect(new Set(removed.map((r) => `${r.roomId} ${r.code}`))).toEqual(
        new Set([
          `${ev.eventRoom} ROOM_ACCESS_ENDED`,
          `${ev.sessionRoom} ROOM_ACCESS_ENDED`,
        ]),
      ),
    );
    // the others go on
    dataOf(
      await ask(other, 'message:send', {
        roomId: ev.eventRoom,
        body: 'still talking',
        clientMsgId: msgId(),
      }),
    );
  });

  it('an organiser removing a registration, or cancelling the event: the next message refused', async () => {
    const [ana, besa] = await participants(t.url, 2);
    const ev = await eventWith([ana, besa]);
    const a = await writing(ana, ev.eventRoom);
    const b = await writing(besa, ev.sessionRoom);

    const list = await request(t.url)
      .get(`/api/events/${ev.id}/registrations`)
      .set(auth(c.organiser))
      .expect(200);
    const mine = (list.body as { id: string; accountId: string }[]).find(
      (r) => r.accountId === ana.id,
    )!;
    await request(t.url)
      .delete(`/api/events/${ev.id}/registrations/${mine.id}`)
      .set(auth(c.organiser))
      .expect(200);
    await refusedAtOnce(a, ev.eventRoom);

    await request(t.url)
      .post(`/api/events/${ev.id}/cancel`)
      .set(auth(c.organiser))
      .expect(200);
    await refusedAtOnce(b, ev.sessionRoom);
  });

  it('leaving a cohort: out of its room, the next message refused', async () => {
    const [ana] = await participants(t.url, 1);
    await completeProfile(t.url, ana, { communityId: 'kosovo-serb' });
    const cohort = await request(t.url)
      .post('/api/cohorts')
      .set(auth(c.organiser))
      .send({ name: 'Autumn exchange', cadence: 'fortnightly' })
      .expect(201);
    const cohortId = cohort.body.id as string;
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/members`)
      .set(auth(ana))
      .expect(201);
    const view = await request(t.url)
      .get(`/api/cohorts/${cohortId}`)
      .set(auth(ana))
      .expect(200);
    const roomId = view.body.roomId as string;
    const s = await writing(ana, roomId);
    const removed = waitFor(s, 'room:removed');

    const left = await request(t.url)
      .delete(`/api/cohorts/${cohortId}/members/me`)
      .set(auth(ana));
    expect(left.status).toBeLessThan(300);

    await refusedAtOnce(s, roomId);
    expect(await removed).toMatchObject({ roomId, code: 'ROOM_ACCESS_ENDED' });
  });

  it('a speaker taken off a session, and a deleted session: the next message refused', async () => {
    const [ana, besa] = await participants(t.url, 2);
    const ev = await eventWith(
      [besa],
      [{ name: ana.displayName, accountId: ana.id }],
    );
    // ana is in both rooms as the session's speaker only
    const inSession = await writing(ana, ev.sessionRoom);
    const inEvent = await writing(ana, ev.eventRoom);
    const registered = await writing(besa, ev.sessionRoom);

    await request(t.url)
      .patch(`/api/events/${ev.id}/sessions/${ev.sessionId}`)
      .set(auth(c.organiser))
      .send({ speakers: [{ name: 'Jelena Đorđević' }] })
      .expect(200);
    await refusedAtOnce(inSession, ev.sessionRoom);
    await refusedAtOnce(inEvent, ev.eventRoom);

    await request(t.url)
      .delete(`/api/events/${ev.id}/sessions/${ev.sessionId}`)
      .set(auth(c.organiser))
      .expect(204);
    await refusedAtOnce(registered, ev.sessionRoom);
  });
});
