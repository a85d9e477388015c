import request from 'supertest';
import { Event } from '../src/events/entities/event.entity.js';
import { Registration } from '../src/events/entities/registration.entity.js';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  participants,
  publishedEvent,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
const HOUR = 3600_000;

describe('events, agendas and registrations', () => {
  let t: App;
  let c: Cast;
  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    await completeProfile(t.url, c.participant);
    await completeProfile(t.url, c.otherParticipant);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string, who?: Person) =>
    who ? request(t.url).get(path).set(auth(who)) : request(t.url).get(path);

  describe('drafts, publishing and listing', () => {
    it('keeps drafts inside their organisation', async () => {
      const created = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(eventBody())
        .expect(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        sequence: 0,
        seatsLeft: 50,
        timeZone: 'Europe/Belgrade',
      });
      const id = created.body.id as string;
      await get(`/api/events/${id}`).expect(404);
      await get(`/api/events/${id}`, c.participant).expect(404);
      await get(`/api/events/${id}`, c.otherOrganiser).expect(404);
      await get(`/api/events/${id}`, c.organiser).expect(200);
      const mine = await get('/api/events?mine=true', c.organiser).expect(200);
      expect(mine.body.items.map((e: { id: string }) => e.id)).toContain(id);
      const other = await get('/api/events?mine=true', c.otherOrganiser).expect(
        200,
      );
      expect(other.body.items.map((e: { id: string }) => e.id)).not.toContain(
        id,
      );
      const pub = await get('/api/events').expect(200);
      expect(pub.body.items.map((e: { id: string }) => e.id)).not.toContain(id);
      await request(t.url)
        .post(`/api/events/${id}/publish`)
        .set(auth(c.otherOrganiser))
        .expect(404);
      await request(t.url)
        .post(`/api/events/${id}/publish`)
        .set(auth(c.participant))
        .expect(403);
      const published = await request(t.url)
        .post(`/api/events/${id}/publish`)
        .set(auth(c.organiser))
        .expect(200);
      expect(published.body).toMatchObject({
        status: 'published',
        sequence: 1,
      });
      await get(`/api/events/${id}`).expect(200);
    });

    it('validates times, zones and references with clear messages', async () => {
      const bad = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(
          eventBody({
            startsAt: '2027-03-28 09:00',
            timeZone: 'Mars/Olympus',
            kind: 'party',
            capacity: 0,
          }),
        )
        .expect(400);
      expect(bad.body.message).toMatch(/startsAt must be a date and time/);
      expect(bad.body.message).toMatch(/IANA time zone/);
      expect(bad.body.message).toMatch(/kind must be one of/);
      const backwards = eventBody();
      const reversed = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send({ ...backwards, endsAt: backwards.startsAt })
        .expect(400);
      expect(reversed.body.message).toMatch(/endsAt must be after startsAt/);
      const unknown = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(eventBody({ venue: { name: 'X', placeId: 'xk-atlantis' } }))
        .expect(400);
      expect(unknown.body.message).toMatch(
        /venue.placeId has unknown ids: xk-atlantis/,
      );
      await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(eventBody({ title: {} }))
        .expect(400);
    });

    it('lists published events with filters, search across scripts and diacritics, pagination and order', async () => {
      const base = Date.now() + 30 * 24 * HOUR;
      const at = (h: number) => new Date(base + h * HOUR).toISOString();
      const a = await publishedEvent(t.url, c.organiser, {
        title: { sr: 'Радионица о царини у Грачаници' },
        kind: 'workshop',
        startsAt: at(5),
        endsAt: at(7),
        venue: { name: 'Dom kulture', placeId: 'xk-gracanice' },
        languages: ['sr'],
      });
      const b = await publishedEvent(t.url, c.otherOrganiser, {
        title: { sq: 'Takim lokal në Prishtinë' },
        kind: 'local-meeting',
        startsAt: at(1),
        endsAt: at(2),
        venue: { name: 'Qendra', placeId: 'xk-prishtine' },
        languages: ['sq'],
      });
      const ids = (res: request.Response) =>
        (res.body.items as { id: string }[]).map((e) => e.id);
      const window = `from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(10))}`;
      const all = await get(`/api/events?${window}`).expect(200);
      expect(ids(all)).toEqual([b, a]); // sorted by start
      expect(all.body.total).toBe(2);
      expect(ids(await get(`/api/events?${window}&kind=workshop`))).toEqual([
        a,
      ]);
      expect(
        ids(await get(`/api/events?${window}&organisationId=${c.otherOrgId}`)),
      ).toEqual([b]);
      expect(
        ids(await get(`/api/events?${window}&placeId=xk-gracanice`)),
      ).toEqual([a]);
      expect(ids(await get(`/api/events?${window}&language=sq`))).toEqual([b]);
      for (const q of [
        'carini',
        'ЦАРИНИ',
        'Gracanici',
        'gračanici',
        'Graçanicë',
      ]) {
        expect(
          ids(await get(`/api/events?${window}&q=${encodeURIComponent(q)}`)),
          q,
        ).toEqual([a]);
      }
      for (const q of ['prishtine', 'Приштина', 'PRISTINA']) {
        expect(
          ids(await get(`/api/events?${window}&q=${encodeURIComponent(q)}`)),
          q,
        ).toEqual([b]);
      }
      const page2 = await get(`/api/events?${window}&pageSize=1&page=2`).expect(
        200,
      );
      expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(ids(page2)).toEqual([a]);
      await get('/api/events?pageSize=1000').expect(400);
      await get('/api/events?kind=party').expect(400);
      const pct = await get(
        `/api/events?${window}&q=${encodeURIComponent('100%_')}`,
      ).expect(200);
      expect(pct.body.total).toBe(0);
    });
  });

  describe('agenda', () => {
    it('refuses hall and speaker clashes with a 409 naming the clash, and bumps the sequence', async () => {
      // one body: a second eventBody() call would start a few milliseconds later than `start`
      const body = eventBody();
      const start = Date.parse(body.startsAt as string);
      const at = (h: number) => new Date(start + h * HOUR).toISOString();
      const created = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(body)
        .expect(201);
      const id = created.body.id as string;
      const s1 = await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.organiser))
        .send({
          title: 'Opening panel',
          startsAt: at(0),
          endsAt: at(1.5),
          hall: 'Hall A',
          speakers: [{ name: 'Jelena Đorđević' }],
        })
        .expect(201);
      expect(s1.body).toMatchObject({ title: 'Opening panel', hall: 'Hall A' });
      const hall = await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.organiser))
        .send({
          title: 'Customs workshop',
          startsAt: at(1),
          endsAt: at(2),
          hall: 'hall a',
        })
        .expect(409);
      expect(hall.body).toMatchObject({ code: 'SESSION_CLASH' });
      expect(hall.body.message).toMatch(
        /hall a is already taken at that time by "Opening panel" \(\d\d:\d\d–\d\d:\d\d, Europe\/Belgrade\)/,
      );
      const speaker = await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.organiser))
        .send({
          title: 'Diplomas',
          startsAt: at(1),
          endsAt: at(2),
          hall: 'Hall B',
          speakers: [{ name: 'jelena djordjevic' }],
        })
        .expect(409);
      expect(speaker.body.message).toMatch(
        /jelena djordjevic is already speaking at that time in "Opening panel"/,
      );
      await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.organiser))
        .send({
          title: 'Late',
          startsAt: at(7.5),
          endsAt: at(9),
          hall: 'Hall B',
        })
        .expect(400);
      await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.organiser))
        .send({
          title: 'Back to back',
          startsAt: at(1.5),
          endsAt: at(3),
          hall: 'Hall A',
          speakers: [{ name: 'Jelena Đorđević' }],
        })
        .expect(201);
      await request(t.url)
        .post(`/api/events/${id}/sessions`)
        .set(auth(c.otherOrganiser))
        .send({ title: 'x', startsAt: at(4), endsAt: at(5) })
        .expect(404);
      const after = await get(`/api/events/${id}`, c.organiser).expect(200);
      expect(after.body.sequence).toBe(2);
      expect(
        after.body.sessions.map((s: { title: string }) => s.title),
      ).toEqual(['Opening panel', 'Back to back']);
      await request(t.url)
        .patch(`/api/events/${id}`)
        .set(auth(c.organiser))
        .send({ capacity: 60 })
        .expect(200);
      await request(t.url)
        .delete(`/api/events/${id}/sessions/${s1.body.id}`)
        .set(auth(c.organiser))
        .expect(204);
      expect((await get(`/api/events/${id}`, c.organiser)).body.sequence).toBe(
        4,
      );
    });
  });

  describe('registrations', () => {
    it('confirms while seats remain, then waitlists with positions; twice is idempotent', async () => {
      const id = await publishedEvent(t.url, c.organiser, { capacity: 1 });
      const first = await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(c.participant))
        .expect(200);
      expect(first.body).toMatchObject({ status: 'confirmed' });
      const again = await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(c.participant))
        .expect(200);
      expect(again.body).toEqual(first.body);
      const second = await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(c.otherParticipant))
        .expect(200);
      expect(second.body).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      const view = await get(`/api/events/${id}`, c.otherParticipant).expect(
        200,
      );
      expect(view.body).toMatchObject({
        seatsLeft: 0,
        myRegistration: { status: 'waitlisted', waitlistPosition: 1 },
      });
      expect(
        await t.ds.getRepository(Registration).countBy({ eventId: id }),
      ).toBe(2);
    });

    it('refuses drafts, cancelled events, closed windows, organisers, incomplete profiles and minors without consent', async () => {
      const draft = await request(t.url)
        .post('/api/events')
        .set(auth(c.organiser))
        .send(eventBody())
        .expect(201);
      await request(t.url)
        .post(`/api/events/${draft.body.id}/registrations`)
        .set(auth(c.participant))
        .expect(404);
      const closed = await publishedEvent(t.url, c.organiser, {
        registrationClosesAt: new Date(Date.now() + 1000).toISOString(),
      });
      await new Promise((r) => setTimeout(r, 1100));
      const late = await request(t.url)
        .post(`/api/events/${closed}/registrations`)
        .set(auth(c.participant))
        .expect(409);
      expect(late.body).toMatchObject({
        code: 'REGISTRATION_CLOSED',
        message: 'Registration for this event has closed.',
      });
      const notYet = await publishedEvent(t.url, c.organiser, {
        registrationOpensAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      });
      expect(
        (
          await request(t.url)
            .post(`/api/events/${notYet}/registrations`)
            .set(auth(c.participant))
            .expect(409)
        ).body.code,
      ).toBe('REGISTRATION_NOT_OPEN');
      const open = await publishedEvent(t.url, c.organiser);
      await request(t.url)
        .post(`/api/events/${open}/registrations`)
        .set(auth(c.organiser))
        .expect(403);
      const fresh = await signUp(t.url);
      expect(
        (
          await request(t.url)
            .post(`/api/events/${open}/registrations`)
            .set(auth(fresh))
            .expect(422)
        ).body.code,
      ).toBe('PROFILE_INCOMPLETE');
      await request(t.url)
        .put('/api/me/profile')
        .set(auth(fresh))
        .send({ birthYear: new Date().getUTCFullYear() - 14 })
        .expect(200);
      const minor = await request(t.url)
        .post(`/api/events/${open}/registrations`)
        .set(auth(fresh))
        .expect(403);
      expect(minor.body).toMatchObject({
        code: 'GUARDIAN_CONSENT_REQUIRED',
        message: expect.stringMatching(/guardian/),
      });
      await request(t.url)
        .post(`/api/events/${open}/cancel`)
        .set(auth(c.organiser))
        .expect(200);
      expect(
        (
          await request(t.url)
            .post(`/api/events/${open}/registrations`)
            .set(auth(c.participant))
            .expect(409)
        ).body.code,
      ).toBe('EVENT_CANCELLED');
    });

    it('promotes the first on the waiting list exactly once when a seat frees, and on a capacity raise', async () => {
      const id = await publishedEvent(t.url, c.organiser, { capacity: 2 });
      const people = await participants(t.url, 6);
      for (const p of people)
        await request(t.url)
          .post(`/api/events/${id}/registrations`)
          .set(auth(p))
          .expect(200);
      await request(t.url)
        .delete(`/api/events/${id}/registrations/me`)
        .set(auth(people[0]))
        .expect(200);
      let list = (
        await get(`/api/events/${id}/registrations`, c.organiser).expect(200)
      ).body as {
        accountId: string;
        status: string;
        waitlistPosition: number | null;
        id: string;
      }[];
      const statusOf = (p: Person) => list.find((r) => r.accountId === p.id)!;
      expect(statusOf(people[2]).status).toBe('confirmed');
      expect(
        [3, 4, 5].map((i) => statusOf(people[i]).waitlistPosition),
      ).toEqual([1, 2, 3]);
      // an organiser removes someone: the next one moves up
      await request(t.url)
        .delete(`/api/events/${id}/registrations/${statusOf(people[1]).id}`)
        .set(auth(c.otherOrganiser))
        .expect(403);
      await request(t.url)
        .delete(`/api/events/${id}/registrations/${statusOf(people[1]).id}`)
        .set(auth(c.organiser))
        .expect(200);
      list = (await get(`/api/events/${id}/registrations`, c.organiser)).body;
      expect(statusOf(people[3]).status).toBe('confirmed');
      expect(statusOf(people[4]).waitlistPosition).toBe(1);
      const raised = await request(t.url)
        .patch(`/api/events/${id}`)
        .set(auth(c.organiser))
        .send({ capacity: 4 })
        .expect(200);
      expect(raised.body).toMatchObject({ capacity: 4, seatsLeft: 0 });
      list = (await get(`/api/events/${id}/registrations`, c.organiser)).body;
      expect([4, 5].map((i) => statusOf(people[i]).status)).toEqual([
        'confirmed',
        'confirmed',
      ]);
      const event = await t.ds.getRepository(Event).findOneByOrFail({ id });
      expect(event.seatsTaken).toBe(
        await t.ds
          .getRepository(Registration)
          .countBy({ eventId: id, status: 'confirmed' }),
      );
      // check-in and CSV export (names and e-mails, never communities)
      const checked = await request(t.url)
        .post(
          `/api/events/${id}/registrations/${statusOf(people[4]).id}/check-in`,
        )
        .set(auth(c.organiser))
        .expect(200);
      expect(checked.body.checkedIn).toBe(true);
      const csv = await get(
        `/api/events/${id}/registrations.csv`,
        c.organiser,
      ).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain(
        'name,email,status,waitlist position,checked in,registered at',
      );
      expect(csv.text).toContain(people[4].email);
      expect(csv.text).not.toMatch(/communit|kosovo|serbia/i);
      await get(`/api/events/${id}/registrations.csv`, c.otherOrganiser).expect(
        403,
      );
      await get(`/api/events/${id}/registrations`, c.participant).expect(403);
    });

    it('cancelling an event cancels its registrations and people keep the record', async () => {
      const id = await publishedEvent(t.url, c.organiser, { capacity: 5 });
      const [p] = await participants(t.url, 1);
      await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(p))
        .expect(200);
      const cancelled = await request(t.url)
        .post(`/api/events/${id}/cancel`)
        .set(auth(c.organiser))
        .expect(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        seatsLeft: 5,
      });
      const mine = await get('/api/me/registrations', p).expect(200);
      expect(mine.body).toEqual([
        expect.objectContaining({
          eventId: id,
          status: 'cancelled',
          cancelReason: 'event-cancelled',
        }),
      ]);
    });

    it('shows organisers community counts with small groups folded away', async () => {
      const id = await publishedEvent(t.url, c.organiser, { capacity: 20 });
      const people = await participants(t.url, 8);
      for (const [i, p] of people.entries()) {
        await completeProfile(t.url, p, {
          communityId: i < 6 ? 'kosovo-serb' : 'kosovo-albanian',
        });
        await request(t.url)
          .post(`/api/events/${id}/registrations`)
          .set(auth(p))
          .expect(200);
      }
      const counts = await get(
        `/api/events/${id}/community-counts`,
        c.organiser,
      ).expect(200);
      expect(counts.body).toEqual({
        total: 8,
        byCommunity: { 'kosovo-serb': 6 },
        otherOrNotDisclosed: 2,
      });
      await get(`/api/events/${id}/community-counts`, c.otherOrganiser).expect(
        403,
      );
      await get(`/api/events/${id}/community-counts`, c.participant).expect(
        403,
      );
    });

    it('holds a seat quota per community using consented data only', async () => {
      const id = await publishedEvent(t.url, c.organiser, {
        capacity: 10,
        quota: { maxSharePercent: 20 },
      });
      const people = await participants(t.url, 4);
      for (const p of people.slice(0, 3))
        await completeProfile(t.url, p, { communityId: 'serbia' });
      const answers = [];
      for (const p of people)
        answers.push(
          (
            await request(t.url)
              .post(`/api/events/${id}/registrations`)
              .set(auth(p))
              .expect(200)
          ).body.status,
        );
      // 20% of 10 seats = 2 per community; the person without consented data is not held back
      expect(answers).toEqual([
        'confirmed',
        'confirmed',
        'waitlisted',
        'confirmed',
      ]);
    });

    it('erasure frees the seat and promotes the next person', async () => {
      const id = await publishedEvent(t.url, c.organiser, { capacity: 1 });
      const [a, b] = await participants(t.url, 2);
      await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(a))
        .expect(200);
      await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(b))
        .expect(200);
      await request(t.url).delete('/api/me').set(auth(a)).expect(204);
      const regs = await t.ds
        .getRepository(Registration)
        .findBy({ eventId: id });
      expect(regs.map((r) => [r.accountId, r.status])).toEqual([
        [b.id, 'confirmed'],
      ]);
    });
  });

  // Heavy by nature (hundreds of sign-ups with argon2id first): a generous time limit, not a timing test.
  describe(
    'concurrency: no overbooking under any interleaving',
    { timeout: 240_000 },
    () => {
      it('300 participants at once for 50 seats: 50 confirmed, 250 waitlisted with positions 1…250', async () => {
        const id = await publishedEvent(t.url, c.organiser, { capacity: 50 });
        const people = await participants(t.url, 300);
        const answers = await Promise.all(
          people.map((p) =>
            request(t.url).post(`/api/events/${id}/registrations`).set(auth(p)),
          ),
        );
        expect(answers.filter((r) => r.status >= 500)).toHaveLength(0);
        expect(answers.every((r) => r.status === 200)).toBe(true);
        const confirmed = answers.filter((r) => r.body.status === 'confirmed');
        const waitlisted = answers.filter(
          (r) => r.body.status === 'waitlisted',
        );
        expect(confirmed).toHaveLength(50);
        expect(waitlisted).toHaveLength(250);
        expect(
          waitlisted
            .map((r) => r.body.waitlistPosition as number)
            .sort((x, y) => x - y),
        ).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
        const event = await t.ds.getRepository(Event).findOneByOrFail({ id });
        expect(event.seatsTaken).toBe(
          await t.ds
            .getRepository(Registration)
            .countBy({ eventId: id, status: 'confirmed' }),
        );
        expect(event.seatsTaken).toBe(50);
      });

      it('one participant sending 20 registrations at once gets one row', async () => {
        const id = await publishedEvent(t.url, c.organiser, { capacity: 5 });
        const [p] = await participants(t.url, 1);
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            request(t.url).post(`/api/events/${id}/registrations`).set(auth(p)),
          ),
        );
        expect(new Set(answers.map((r) => r.status))).toEqual(new Set([200]));
        expect(new Set(answers.map((r) => r.body.status))).toEqual(
          new Set(['confirmed']),
        );
        expect(
          await t.ds.getRepository(Registration).countBy({ eventId: id }),
        ).toBe(1);
        expect(
          (await t.ds.getRepository(Event).findOneByOrFail({ id })).seatsTaken,
        ).toBe(1);
      });

      it('25 cancellations racing 100 new registrations never exceed capacity and promote in order', async () => {
        const capacity = 40;
        const id = await publishedEvent(t.url, c.organiser, { capacity });
        const early = await participants(t.url, 60);
        for (const p of early)
          await request(t.url)
            .post(`/api/events/${id}/registrations`)
            .set(auth(p))
            .expect(200);
        const late = await participants(t.url, 100);
        const leaving = early.slice(0, 25);
        const results = await Promise.all([
          ...leaving.map((p) =>
            request(t.url)
              .delete(`/api/events/${id}/registrations/me`)
              .set(auth(p)),
          ),
          ...late.map((p) =>
            request(t.url).post(`/api/events/${id}/registrations`).set(auth(p)),
          ),
        ]);
        expect(results.filter((r) => r.status !== 200)).toHaveLength(0);
        const regs = await t.ds
          .getRepository(Registration)
          .findBy({ eventId: id });
        const confirmed = regs.filter((r) => r.status === 'confirmed');
        expect(confirmed).toHaveLength(capacity);
        expect(
          (await t.ds.getRepository(Event).findOneByOrFail({ id })).seatsTaken,
        ).toBe(capacity);
        // the 20 people who were waiting before the race (early[40..59]) were promoted first, in order
        const confirmedIds = new Set(confirmed.map((r) => r.accountId));
        for (const p of early.slice(40, 60))
          expect(confirmedIds.has(p.id)).toBe(true);
        for (const p of leaving) expect(confirmedIds.has(p.id)).toBe(false);
        const waiting = regs
          .filter((r) => r.status === 'waitlisted')
          .sort((x, y) => x.waitSeq! - y.waitSeq!);
        expect(waiting).toHaveLength(100 - 5);
      });
    },
  );
});
