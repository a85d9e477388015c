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
});
