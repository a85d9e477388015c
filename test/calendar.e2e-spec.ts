import ICAL from 'ical.js';
import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  participants,
  publishedEvent,
  type Cast,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return cal;
}

function vevents(text: string) {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        sequence: e.sequence,
        status: v.getFirstPropertyValue('status'),
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        tzid: v.getFirstProperty('dtstart')!.getParameter('tzid'),
        dtstamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time)
          .toJSDate()
          .getTime(),
        lastModified: (v.getFirstPropertyValue('last-modified') as ICAL.Time)
          .toJSDate()
          .getTime(),
        busy: v.getFirstPropertyValue('x-microsoft-cdo-busystatus'),
      };
    });
}

describe('calendar feeds', () => {
  let t: App;
  let c: Cast;
  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    await completeProfile(t.url, c.participant);
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves one event with its sessions, RFC 5545 framed, times equal to the stored instants across DST', async () => {
    // the last Sunday of March 2027 (Europe/Belgrade moves from +01:00 to +02:00 at 01:00 UTC)
    const id = await publishedEvent(t.url, c.organiser, {
      title: {
        en: 'Granica; zapad, \\ istok',
        sr: 'Гранична прелаза и ђачке дипломе — čćđšž ë ç 🙂',
      },
      startsAt: '2027-03-27T20:00:00Z',
      endsAt: '2027-03-28T12:00:00Z',
      registrationClosesAt: '2027-03-27T12:00:00Z',
    });
    const s = await request(t.url)
      .post(`/api/events/${id}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Морнинг сесија — čćđ',
        startsAt: '2027-03-28T06:30:00Z',
        endsAt: '2027-03-28T08:00:00Z',
        hall: 'Sala A',
      })
      .expect(201);
    const res = await request(t.url)
      .get(`/api/events/${id}/calendar.ics?lang=sr-Cyrl`)
      .expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = res.text;
    const raw = Buffer.from(text, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(raw.toString('utf8')).not.toContain('\uFFFD');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Belgrade/);
    expect(parse(text).getFirstPropertyValue('x-wr-calname')).toBe(
      'Гранична прелаза и ђачке дипломе — čćđšž ë ç 🙂',
    );
    const evs = vevents(text);
    expect(evs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          uid: `event-${id}@uramost`,
          start: '2027-03-27T20:00:00.000Z',
          end: '2027-03-28T12:00:00.000Z',
          tzid: 'Europe/Belgrade',
          summary: 'Гранична прелаза и ђачке дипломе — čćđšž ë ç 🙂',
        }),
        expect.objectContaining({
          uid: `session-${s.body.id}@uramost`,
          start: '2027-03-28T06:30:00.000Z',
          end: '2027-03-28T08:00:00.000Z',
        }),
      ]),
    );
    const en = vevents(
      (await request(t.url).get(`/api/events/${id}/calendar.ics?lang=en`)).text,
    );
    expect(en.find((e) => e.uid.startsWith('event-'))!.summary).toBe(
      'Granica; zapad, \\ istok',
    );
  });

  it('keeps the UID, raises SEQUENCE on updates, answers 304 to If-None-Match, and marks a cancellation', async () => {
    const id = await publishedEvent(t.url, c.organiser);
    const first = await request(t.url)
      .get(`/api/events/${id}/calendar.ics`)
      .expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(first.headers['last-modified']).toBeTruthy();
    await request(t.url)
      .get(`/api/events/${id}/calendar.ics`)
      .set('If-None-Match', etag)
      .expect(304);
    const before = vevents(first.text)[0];
    await request(t.url)
      .patch(`/api/events/${id}`)
      .set(auth(c.organiser))
      .send({ title: { en: 'Renamed' } })
      .expect(200);
    const changed = await request(t.url)
      .get(`/api/events/${id}/calendar.ics`)
      .set('If-None-Match', etag)
      .expect(200);
    const after = vevents(changed.text)[0];
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.summary).toBe('Renamed');
    await request(t.url)
      .post(`/api/events/${id}/cancel`)
      .set(auth(c.organiser))
      .expect(200);
    const cancelled = vevents(
      (await request(t.url).get(`/api/events/${id}/calendar.ics`).expect(200))
        .text,
    )[0];
    expect(cancelled).toMatchObject({ uid: before.uid, status: 'CANCELLED' });
    expect(cancelled.sequence).toBeGreaterThan(after.sequence);
  });

  it('hides drafts and unknown events (404), and serves an organisation feed', async () => {
    const draft = await request(t.url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(eventBody())
      .expect(201);
    await request(t.url)
      .get(`/api/events/${draft.body.id}/calendar.ics`)
      .expect(404);
    await request(t.url)
      .get(`/api/events/${draft.body.id}/calendar.ics`)
      .set(auth(c.otherOrganiser))
      .expect(404);
    await request(t.url)
      .get(`/api/events/${draft.body.id}/calendar.ics`)
      .set(auth(c.organiser))
      .expect(200);
    await request(t.url)
      .get('/api/events/00000000-0000-4000-8000-000000000000/calendar.ics')
      .expect(404);
    const published = await publishedEvent(t.url, c.organiser);
    const org = await request(t.url)
      .get(`/api/organisations/${c.orgId}/calendar.ics`)
      .expect(200);
    const uids = vevents(org.text).map((e) => e.uid);
    expect(uids).toContain(`event-${published}@uramost`);
    expect(uids).not.toContain(`event-${draft.body.id}@uramost`);
    expect(org.text).toMatch(
      /X-WR-CALNAME:UraMost – Belgrade Centre for Security Policy/,
    );
    // the calendar's URL is a page that exists: the events list filtered to the organisation
    expect(parse(org.text).getFirstPropertyValue('url')).toBe(
      `http://127.0.0.1/events?organisationId=${c.orgId}`,
    );
    await request(t.url).get(`/events?organisationId=${c.orgId}`).expect(200);
  });

  it('gives each person a private feed of their events (waitlisted as tentative) that rotation kills at once', async () => {
    const [a, b] = await participants(t.url, 2);
    const small = await publishedEvent(t.url, c.organiser, {
      capacity: 1,
      title: { en: 'Small one' },
    });
    const other = await publishedEvent(t.url, c.organiser, {
      title: { en: 'Not mine' },
    });
    await request(t.url)
      .post(`/api/events/${small}/registrations`)
      .set(auth(b))
      .expect(200);
    await request(t.url)
      .post(`/api/events/${small}/registrations`)
      .set(auth(a))
      .expect(200);
    const urls = await request(t.url)
      .get('/api/me/calendar')
      .set(auth(a))
      .expect(200);
    expect(urls.body.feedUrl).toMatch(
      /^http:\/\/127\.0\.0\.1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    expect(urls.body.webcalUrl).toBe(
      urls.body.feedUrl.replace(/^http:/, 'webcal:'),
    );
    expect(
      (await request(t.url).get('/api/me/calendar').set(auth(a))).body,
    ).toEqual(urls.body);
    const path = new URL(urls.body.feedUrl).pathname;
    const feed = await request(t.url).get(path).expect(200);
    const evs = vevents(feed.text);
    expect(evs.map((e) => e.uid)).toEqual([`event-${small}@uramost`]);
    expect(evs[0].status).toBe('TENTATIVE');
    expect(feed.text).not.toContain(b.displayName);
    expect(feed.text).not.toContain(`event-${other}`);
    const rotated = await request(t.url)
      .post('/api/me/calendar/rotate')
      .set(auth(a))
      .expect(200);
    expect(rotated.body.feedUrl).not.toBe(urls.body.feedUrl);
    await request(t.url).get(path).expect(404);
    await request(t.url)
      .get(new URL(rotated.body.feedUrl).pathname)
      .expect(200);
    await request(t.url).get('/calendar/not-a-token.ics').expect(404);
    await request(t.url).get('/api/me/calendar').expect(401);
  });

  it('shows a promotion from the waiting list in the personal feed: TENTATIVE → CONFIRMED with a higher SEQUENCE', async () => {
    const [holder, waiting] = await participants(t.url, 2);
    const id = await publishedEvent(t.url, c.organiser, {
      capacity: 1,
      title: { en: 'One seat' },
    });
    await request(t.url)
      .post(`/api/events/${id}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Opening',
        startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        endsAt: new Date(
          Date.now() + 7 * 24 * 3600_000 + 3600_000,
        ).toISOString(),
      })
      .expect(201);
    await request(t.url)
      .post(`/api/events/${id}/registrations`)
      .set(auth(holder))
      .expect(200);
    const queued = await request(t.url)
      .post(`/api/events/${id}/registrations`)
      .set(auth(waiting))
      .expect(200);
    expect(queued.body.status).toBe('waitlisted');
    // another event of the same person: its entry is reused as rendered when the first changes
    const other = await publishedEvent(t.url, c.organiser, {
      title: { en: 'Plenty of seats' },
    });
    await request(t.url)
      .post(`/api/events/${other}/registrations`)
      .set(auth(waiting))
      .expect(200);
    const path = new URL(
      (await request(t.url).get('/api/me/calendar').set(auth(waiting))).body
        .feedUrl,
    ).pathname;
    const mine = (text: string) =>
      vevents(text).filter((e) => !e.uid.includes(other));
    const otherEntry = (text: string) =>
      vevents(text).filter((e) => e.uid.includes(other));

    const before = await request(t.url).get(path).expect(200);
    const tentative = mine(before.text);
    expect(tentative.map((e) => e.status)).toEqual(['TENTATIVE', 'TENTATIVE']);
    expect(tentative[0].busy).toBe('TENTATIVE');
    const etag = before.headers.etag as string;
    // unchanged data: the same bytes (served again from the rendered feed) and a 304
    const again = await request(t.url).get(path).expect(200);
    expect(again.text).toBe(before.text);
    await request(t.url).get(path).set('If-None-Match', etag).expect(304);

    await request(t.url)
      .delete(`/api/events/${id}/registrations/me`)
      .set(auth(holder))
      .expect(200);
    const after = await request(t.url)
      .get(path)
      .set('If-None-Match', etag)
      .expect(200);
    const confirmed = mine(after.text);
    expect(otherEntry(after.text)).toEqual(otherEntry(before.text));
    expect(otherEntry(after.text)[0]).toMatchObject({
      summary: 'Plenty of seats',
      status: 'CONFIRMED',
    });
    expect(confirmed.map((e) => e.uid)).toEqual(tentative.map((e) => e.uid));
    expect(confirmed.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(confirmed[0].busy).toBeNull();
    for (const [i, e] of confirmed.entries()) {
      expect(e.sequence).toBe(tentative[i].sequence + 1);
      expect(e.dtstamp).toBeGreaterThanOrEqual(tentative[i].dtstamp);
      expect(e.lastModified).toBeGreaterThanOrEqual(tentative[i].lastModified);
    }
    expect(after.headers.etag).not.toBe(etag);
    // the public event feed keeps the organiser's own SEQUENCE: the promotion is this person's
    const pub = vevents(
      (await request(t.url).get(`/api/events/${id}/calendar.ics`)).text,
    );
    expect(pub[0].sequence).toBe(tentative[0].sequence);

    // a later change by the organiser still raises the person's SEQUENCE, and shows at once
    await request(t.url)
      .patch(`/api/events/${id}`)
      .set(auth(c.organiser))
      .send({ title: { en: 'One seat, new room' } })
      .expect(200);
    const changedText = (await request(t.url).get(path).expect(200)).text;
    expect(otherEntry(changedText)).toEqual(otherEntry(before.text));
    const changed = mine(changedText);
    expect(changed[0].summary).toBe('One seat, new room');
    expect(changed[0].sequence).toBeGreaterThan(confirmed[0].sequence);
    expect(changed[0].status).toBe('CONFIRMED');
  });

  it("writes summaries in the subscriber's language: ?lang, the account, then Accept-Language", async () => {
    const id = await publishedEvent(t.url, c.organiser, {
      title: { en: 'Dialogue', sq: 'Dialogu', sr: 'Дијалог' },
    });
    const summary = async (headers: Record<string, string>, query = '') =>
      vevents(
        (
          await request(t.url)
            .get(`/api/events/${id}/calendar.ics${query}`)
            .set(headers)
            .expect(200)
        ).text,
      )[0].summary;
    expect(await summary({})).toBe('Dialogue');
    expect(
      await summary({ 'Accept-Language': 'sq-AL,sq;q=0.9,en;q=0.5' }),
    ).toBe('Dialogu');
    expect(await summary({ 'Accept-Language': 'de, sr;q=0.8' })).toBe(
      'Дијалог',
    );
    expect(await summary({ 'Accept-Language': 'sr-Latn-RS' })).toBe('Dijalog');
    expect(await summary({ 'Accept-Language': 'sq' }, '?lang=sr-Latn')).toBe(
      'Dijalog',
    );
  });

  it('keeps a cancelled event in the personal and organisation feeds for 30 days after the cancellation, then drops it', async () => {
    const [p] = await participants(t.url, 1);
    const id = await publishedEvent(t.url, c.organiser, {
      title: { en: 'Called off' },
    });
    await request(t.url)
      .post(`/api/events/${id}/registrations`)
      .set(auth(p))
      .expect(200);
    const path = new URL(
      (await request(t.url).get('/api/me/calendar').set(auth(p))).body.feedUrl,
    ).pathname;
    const uid = `event-${id}@uramost`;
    const personal = async () =>
      vevents((await request(t.url).get(path).expect(200)).text).find(
        (e) => e.uid === uid,
      );
    const organisation = async () =>
      vevents(
        (
          await request(t.url)
            .get(`/api/organisations/${c.orgId}/calendar.ics`)
            .expect(200)
        ).text,
      ).find((e) => e.uid === uid);
    expect((await personal())?.status).toBe('CONFIRMED');
    expect((await organisation())?.status).toBe('CONFIRMED');

    await request(t.url)
      .post(`/api/events/${id}/cancel`)
      .set(auth(c.organiser))
      .expect(200);
    expect((await personal())?.status).toBe('CANCELLED');
    expect((await organisation())?.status).toBe('CANCELLED');

    // The cancellation moved back in time (the clock cannot be): 29 days ago, then 31.
    const cancelledDaysAgo = (days: number) =>
      t.ds
        .createQueryBuilder()
        .update('events')
        .set({ cancelledAt: new Date(Date.now() - days * 24 * 3600_000) })
        .where('id = :id', { id })
        .execute();
    await cancelledDaysAgo(29);
    expect((await personal())?.status).toBe('CANCELLED');
    expect((await organisation())?.status).toBe('CANCELLED');
    await cancelledDaysAgo(31);
    expect(await personal()).toBeUndefined();
    expect(await organisation()).toBeUndefined();
  });

  it('shows a renamed organisation at once in feeds it had already rendered', async () => {
    const [p] = await participants(t.url, 1);
    const id = await publishedEvent(t.url, c.otherOrganiser, {
      title: { en: 'Renamed host' },
    });
    await request(t.url)
      .post(`/api/events/${id}/registrations`)
      .set(auth(p))
      .expect(200);
    const path = new URL(
      (await request(t.url).get('/api/me/calendar').set(auth(p))).body.feedUrl,
    ).pathname;
    const organiserOf = async (url: string) => {
      const text = (await request(t.url).get(url).expect(200)).text;
      const v = parse(text)
        .getAllSubcomponents('vevent')
        .find((e) => e.getFirstPropertyValue('uid') === `event-${id}@uramost`)!;
      return v.getFirstProperty('organizer')!.getParameter('cn');
    };
    const orgFeed = `/api/organisations/${c.otherOrgId}/calendar.ics`;
    const before = await organiserOf(path);
    expect(await organiserOf(orgFeed)).toBe(before);
    await t.ds
      .createQueryBuilder()
      .update('organisations')
      .set({ name: 'Renamed Partner Organisation' })
      .where('id = :id', { id: c.otherOrgId })
      .execute();
    expect(await organiserOf(path)).toBe('Renamed Partner Organisation');
    expect(await organiserOf(orgFeed)).toBe('Renamed Partner Organisation');
  });
});
