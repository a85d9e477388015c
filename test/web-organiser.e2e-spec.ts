import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  publishedEvent,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';
import { csrfOf, HTML } from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

/**
 * A browser without JavaScript: it keeps the cookies the site sets (the form token's secret, the
 * language, the one-time notices), signed in with an API token as its session cookie.
 */
class Browser {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly url: string,
    who?: Person,
  ) {
    if (who) this.cookies.set('uramost_session', who.token);
  }

  private keep(res: request.Response) {
    for (const c of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
      const [pair, ...attrs] = c.split(';');
      const [name, ...value] = pair.split('=');
      const gone = attrs.some((a) =>
        /^(max-age=0|expires=thu, 01 jan 1970)/i.test(a.trim()),
      );
      if (gone) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return res;
  }

  private cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string) {
    return this.keep(
      await request(this.url).get(path).set(HTML).set('Cookie', this.cookie()),
    );
  }

  /** Opens `from`, takes its form token and posts the fields to `action`. */
  async post(
    from: string,
    action: string,
    fields: Record<string, string | string[]>,
  ) {
    const form = await this.get(from);
    if (form.status !== 200)
      throw new Error(`${from} answered ${form.status}, not the form`);
    return this.keep(
      await request(this.url)
        .post(action)
        .set(HTML)
        .set('Cookie', this.cookie())
        .type('form')
        .send({ ...fields, _csrf: csrfOf(form.text) }),
    );
  }

  /** A post without a form token, as a form on another site would send it. */
  async postWithoutToken(action: string) {
    return this.keep(
      await request(this.url)
        .post(action)
        .set(HTML)
        .set('Cookie', this.cookie())
        .type('form')
        .send({}),
    );
  }
}

describe('organiser, admin and my-calendar pages (HTTP, no JavaScript)', () => {
  let t: App;
  let c: Cast;
  let published: string;
  let draft: string;

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    published = await publishedEvent(t.url, c.organiser, {
      title: { en: 'Licence plates across the line' },
    });
    const created = await request(t.url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(eventBody({ title: { en: 'A draft about diplomas' } }))
      .expect(201);
    draft = created.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const organiserPages = () => [
    '/organiser/events',
    '/organiser/events/new',
    `/organiser/events/${published}`,
    `/organiser/events/${published}/edit`,
    `/organiser/events/${published}/registrations`,
    `/organiser/events/${published}/cancel`,
    `/organiser/events/${draft}`,
  ];
  const adminPages = [
    '/admin/organisations',
    '/admin/reference',
    '/admin/organisations/00000000-0000-4000-8000-000000000000',
  ];

  it('sends the anonymous to sign in, and back afterwards', async () => {
    for (const path of [...organiserPages(), ...adminPages, '/me/calendar']) {
      const res = await request(t.url).get(path).set(HTML).expect(303);
      expect(res.headers.location).toBe(
        `/login?next=${encodeURIComponent(path)}`,
      );
    }
  });

  it('refuses participants every organiser and admin page with the 403 page', async () => {
    for (const path of [...organiserPages(), ...adminPages]) {
      const res = await new Browser(t.url, c.participant).get(path);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('You cannot do this');
    }
  });

  it("keeps another organisation's events from an organiser: 404 for a draft, 403 once published", async () => {
    const other = new Browser(t.url, c.otherOrganiser);
    expect((await other.get(`/organiser/events/${draft}`)).status).toBe(404);
    expect((await other.get(`/organiser/events/${draft}/edit`)).status).toBe(
      404,
    );
    for (const path of [
      `/organiser/events/${published}`,
      `/organiser/events/${published}/edit`,
      `/organiser/events/${published}/registrations`,
      `/organiser/events/${published}/cancel`,
    ])
      expect((await other.get(path)).status).toBe(403);
    const list = await other.get('/organiser/events');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain('Licence plates across the line');
    expect(list.text).not.toContain(published);
    // posting, with a valid form token, is refused just the same and changes nothing
    const refused = await other.post(
      '/organiser/events',
      `/organiser/events/${published}/cancel`,
      {},
    );
    expect(refused.status).toBe(403);
    const still = await request(t.url)
      .get(`/api/events/${published}`)
      .expect(200);
    expect(still.body.status).toBe('published');
    for (const path of adminPages)
      expect((await other.get(path)).status).toBe(403);
  });

  it("lets the organiser reach their own events, and the admin every organisation's", async () => {
    for (const path of organiserPages())
      expect((await new Browser(t.url, c.organiser).get(path)).status).toBe(
        200,
      );
    const own = await new Browser(t.url, c.organiser).get('/organiser/events');
    expect(own.status).toBe(200);
    expect(own.text).toContain('Licence plates across the line');
    expect(own.text).toContain('A draft about diplomas');

    for (const path of organiserPages().filter((p) => !p.endsWith('/new')))
      expect((await new Browser(t.url, c.admin).get(path)).status).toBe(200);
    // admins manage events but create none: events belong to an organisation
    expect(
      (await new Browser(t.url, c.admin).get('/organiser/events/new')).status,
    ).toBe(403);
    expect(
      (await new Browser(t.url, c.admin).get('/admin/organisations')).status,
    ).toBe(200);
    expect((await new Browser(t.url, c.admin).get(adminPages[2])).status).toBe(
      404,
    );
  });

  it('shows the navigation entries to the right people only', async () => {
    const nav = async (who?: Person) =>
      (await new Browser(t.url, who).get('/')).text;
    const anonymous = await nav();
    expect(anonymous).not.toContain('href="/me/calendar"');
    const participant = await nav(c.participant);
    expect(participant).toContain('href="/me/calendar"');
    expect(participant).not.toContain('href="/organiser/events"');
    expect(participant).not.toContain('href="/admin/organisations"');
    const organiser = await nav(c.organiser);
    expect(organiser).toContain('href="/organiser/events"');
    expect(organiser).not.toContain('href="/admin/organisations"');
    expect(await nav(c.admin)).toContain('href="/admin/organisations"');
  });

  it('creates an event from the form with times in its zone, and checks the form with the API rules', async () => {
    const organiser = new Browser(t.url, c.organiser);
    const bad = await organiser.post(
      '/organiser/events/new',
      '/organiser/events/new',
      {
        title_en: '',
        kind: 'party',
        startDate: '2027-02-30',
        startTime: '25:00',
        endDate: '2027-03-01',
        endTime: '10:00',
        timeZone: 'Mars/Olympus',
        capacity: 'many',
      },
    );
    expect(bad.status).toBe(400);
    for (const id of [
      'title_en',
      'kind',
      'startDate',
      'startTime',
      'timeZone',
      'capacity',
    ]) {
      expect(bad.text).toContain(`<a href="#${id}">`);
      expect(bad.text).toContain(`id="${id}-error"`);
    }

    const year = new Date().getUTCFullYear() + 1;
    const ok = await organiser.post(
      '/organiser/events/new',
      '/organiser/events/new',
      {
        title_en: 'Energy: who pays the bill?',
        title_sr: 'Енергетика: ко плаћа рачун?',
        kind: 'workshop',
        topics: ['energy'],
        startDate: `${year}-07-15`,
        startTime: '09:30',
        endDate: `${year}-07-15`,
        endTime: '17:00',
        timeZone: 'Europe/Belgrade',
        venueName: 'Youth Centre',
        placeId: 'xk-mitrovice-veri',
        languages: ['sq', 'sr'],
        capacity: '30',
      },
    );
    expect(ok.status).toBe(303);
    const id = /^\/organiser\/events\/([0-9a-f-]{36})$/.exec(
      ok.headers.location as string,
    )![1];
    const api = await request(t.url)
      .get(`/api/events/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(api.body).toMatchObject({
      status: 'draft',
      kind: 'workshop',
      timeZone: 'Europe/Belgrade',
      // 09:30 in Belgrade in July is 07:30 UTC
      startsAt: `${year}-07-15T07:30:00.000Z`,
      endsAt: `${year}-07-15T15:00:00.000Z`,
      capacity: 30,
      topics: ['energy'],
      languages: ['sq', 'sr'],
      title: {
        en: 'Energy: who pays the bill?',
        sr: 'Енергетика: ко плаћа рачун?',
      },
    });
    const overview = await organiser.get(ok.headers.location as string);
    expect(overview.text).toContain('The event is saved as a draft.');

    // a post without the form token is refused and changes nothing
    const forged = await organiser.postWithoutToken(
      `/organiser/events/${id}/publish`,
    );
    expect(forged.status).toBe(403);
    expect(
      (await request(t.url).get(`/api/events/${id}`).set(auth(c.organiser)))
        .body.status,
    ).toBe('draft');
  });

  it('checks in a participant with a form post, and only people with a place', async () => {
    const event = await publishedEvent(t.url, c.organiser, { capacity: 1 });
    await completeProfile(t.url, c.participant);
    await completeProfile(t.url, c.otherParticipant);
    for (const p of [c.participant, c.otherParticipant])
      await request(t.url)
        .post(`/api/events/${event}/registrations`)
        .set(auth(p))
        .expect(200);
    const regs = await request(t.url)
      .get(`/api/events/${event}/registrations`)
      .set(auth(c.organiser))
      .expect(200);
    const [confirmed, waiting] = regs.body as { id: string; status: string }[];
    expect([confirmed.status, waiting.status]).toEqual([
      'confirmed',
      'waitlisted',
    ]);
    const organiser = new Browser(t.url, c.organiser);
    const page = `/organiser/events/${event}/registrations`;
    // at the door: find the person, check them in, land on the same search
    const found = await organiser.get(
      `${page}?q=${encodeURIComponent(c.participant.email.toUpperCase())}`,
    );
    expect(found.text).toContain(c.participant.email);
    expect(found.text).not.toContain(c.otherParticipant.email);
    const done = await organiser.post(
      `${page}?q=${encodeURIComponent(c.participant.email)}`,
      `${page}/${confirmed.id}/check-in`,
      { q: c.participant.email },
    );
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(
      `${page}?q=${encodeURIComponent(c.participant.email)}#reg-${confirmed.id}`,
    );
    const after = await organiser.get(page);
    expect(after.text).toContain('The participant is checked in.');
    expect(after.text).toContain('Checked in');
    const refused = await organiser.post(
      page,
      `${page}/${waiting.id}/check-in`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(
      'Only people with a place can be checked in.',
    );
  });

  it('edits and removes sessions, and keeps the event around its agenda', async () => {
    const year = new Date().getUTCFullYear() + 1;
    // 10:00–16:00 in Belgrade in May (CEST, UTC+2)
    const created = await request(t.url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(
        eventBody({
          startsAt: `${year}-05-12T08:00:00Z`,
          endsAt: `${year}-05-12T14:00:00Z`,
        }),
      )
      .expect(201);
    const id = created.body.id as string;
    const add = async (title: string, from: string, to: string, hall: string) =>
      (
        await request(t.url)
          .post(`/api/events/${id}/sessions`)
          .set(auth(c.organiser))
          .send({
            title,
            startsAt: `${year}-05-12T${from}:00Z`,
            endsAt: `${year}-05-12T${to}:00Z`,
            hall,
          })
          .expect(201)
      ).body.id as string;
    await add('Opening', '08:00', '09:00', 'Hall A');
    const second = await add('Panel', '09:00', '10:00', 'Hall B');
    const organiser = new Browser(t.url, c.organiser);
    const manage = `/organiser/events/${id}`;
    const edit = `${manage}/sessions/${second}`;

    const form = await organiser.get(edit);
    expect(form.status).toBe(200);
    // the form shows the times as the event's zone has them
    expect(form.text).toContain(`value="${year}-05-12"`);
    expect(form.text).toContain('value="11:00"');
    expect(form.text).toContain('value="12:00"');

    const clash = await organiser.post(edit, edit, {
      sessionTitle: 'Panel',
      sessionDate: `${year}-05-12`,
      sessionStart: '10:30',
      sessionEnd: '11:30',
      hall: 'Hall A',
      speakers: '',
    });
    expect(clash.status).toBe(409);
    expect(clash.text).toMatch(
      /id="hall-error"[\s\S]*Hall A is already taken at that time by “Opening” \(10:00–11:00\)\./,
    );
    const outside = await organiser.post(edit, edit, {
      sessionTitle: 'Panel',
      sessionDate: `${year}-05-13`,
      sessionStart: '10:30',
      sessionEnd: '11:30',
      hall: 'Hall B',
    });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain('<a href="#sessionDate">');
    const saved = await organiser.post(edit, edit, {
      sessionTitle: 'Panel on diplomas',
      sessionDate: `${year}-05-12`,
      sessionStart: '14:00',
      sessionEnd: '15:30',
      hall: 'Hall A',
      speakers: 'Ardita Berisha\nNikola Jović',
    });
    expect(saved.status).toBe(303);
    const api = await request(t.url)
      .get(`/api/events/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(api.body.sessions[1]).toMatchObject({
      title: 'Panel on diplomas',
      startsAt: `${year}-05-12T12:00:00.000Z`,
      endsAt: `${year}-05-12T13:30:00.000Z`,
      speakers: [{ name: 'Ardita Berisha' }, { name: 'Nikola Jović' }],
    });

    // the event cannot shrink past its sessions: the message is at the start date
    const shrink = await organiser.post(`${manage}/edit`, `${manage}/edit`, {
      title_en: 'Freedom of movement: one year on',
      kind: 'conference',
      startDate: `${year}-05-12`,
      startTime: '12:00',
      endDate: `${year}-05-12`,
      endTime: '16:00',
      timeZone: 'Europe/Belgrade',
      capacity: '50',
    });
    expect(shrink.status).toBe(400);
    expect(shrink.text).toContain(
      'Some sessions of the agenda would fall outside these times.',
    );

    const removed = await organiser.post(
      manage,
      `${manage}/sessions/${second}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    const after = await organiser.get(manage);
    expect(after.text).toContain('The session is removed from the agenda.');
    expect(after.text).not.toContain('Panel on diplomas');
    expect((await organiser.get(edit)).status).toBe(404);
  });

  it('rotates the calendar address with a form post, and the old feed is gone', async () => {
    const participant = new Browser(t.url, c.participant);
    const before = await participant.get('/me/calendar');
    const feedPath = (html: string) =>
      /value="http:\/\/127\.0\.0\.1(\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/.exec(
        html,
      )![1];
    const old = feedPath(before.text);
    expect(before.text).toContain(`href="webcal://127.0.0.1${old}"`);
    await request(t.url).get(old).expect(200);
    const rotated = await participant.post(
      '/me/calendar',
      '/me/calendar/rotate',
      {},
    );
    expect(rotated.status).toBe(303);
    const after = await participant.get('/me/calendar');
    expect(after.text).toContain('Your calendar has a new address.');
    const fresh = feedPath(after.text);
    expect(fresh).not.toBe(old);
    await request(t.url).get(old).expect(404);
    await request(t.url).get(fresh).expect(200);
  });
});
