import jwt from 'jsonwebtoken';
import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  publishedEvent,
  signUp,
  PASSWORD,
  unique,
  type Cast,
} from './support/actors.js';
import {
  startIsolatedApp,
  startApp,
  createTestDatabase,
  TEST_SECRET,
} from './support/app.js';
import { csrfOf, HTML } from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
type Agent = ReturnType<typeof request.agent>;

const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const cookieNamed = (res: request.Response, name: string) =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith(`${name}=`));

/** A browser without JavaScript: cookies, HTML forms, CSRF tokens taken from the page. */
async function page(agent: Agent, path: string, status = 200) {
  const res = await agent.get(path).set(HTML).expect(status);
  return res.text;
}
async function post(
  agent: Agent,
  from: string,
  action: string,
  fields: Record<string, string | string[]>,
  status: number,
  location?: string,
) {
  const token = csrfOf(await page(agent, from));
  const res = await agent
    .post(action)
    .set(HTML)
    .type('form')
    .send({ ...fields, _csrf: token })
    .expect(status);
  if (location !== undefined) expect(res.headers.location).toBe(location);
  return res;
}

describe('web pages (HTTP, no JavaScript)', () => {
  let t: App;
  let c: Cast;
  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    await completeProfile(t.url, c.otherParticipant);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('languages', () => {
    it('answers in the language the browser asks for, and switches with ?lang=', async () => {
      const sr = await request(t.url)
        .get('/')
        .set({ ...HTML, 'Accept-Language': 'sr-RS,sr;q=0.9,en;q=0.5' })
        .expect(200);
      expect(langOf(sr.text)).toBe('sr-Cyrl');
      expect(sr.headers['content-language']).toBe('sr-Cyrl');
      expect(sr.text).toContain('Догађаји');

      const agent = request.agent(t.url);
      const switched = await agent
        .get('/events?lang=sq')
        .set({ ...HTML, 'Accept-Language': 'en' })
        .expect(200);
      expect(langOf(switched.text)).toBe('sq');
      expect(cookieNamed(switched, 'uramost_lang')).toMatch(/HttpOnly/);
      // the choice sticks without the parameter, and every language link keeps the page
      const next = await page(agent, '/events?kind=webinar');
      expect(langOf(next)).toBe('sq');
      expect(next).toContain('href="/events?kind=webinar&amp;lang=sr-Latn"');
      expect(langOf(await page(agent, '/?lang=sr-Latn'))).toBe('sr-Latn');
    });

    it("uses the account's language over the browser's", async () => {
      const p = await signUp(t.url, { locale: 'sr-Latn' });
      const res = await request(t.url)
        .get('/')
        .set({
          ...HTML,
          'Accept-Language': 'sq',
          Cookie: `uramost_session=${p.token}`,
        })
        .expect(200);
      expect(langOf(res.text)).toBe('sr-Latn');
      expect(res.text).toContain('Moji događaji');
    });

    it('falls back to English', async () => {
      const res = await request(t.url)
        .get('/login')
        .set({ ...HTML, 'Accept-Language': 'de-DE' })
        .expect(200);
      expect(langOf(res.text)).toBe('en');
    });
  });

  it('lets a participant sign up, fill the profile, register and cancel with plain form posts', async () => {
    const eventId = await publishedEvent(t.url, c.organiser, { capacity: 3 });
    const agent = request.agent(t.url);
    const email = `${unique('web')}@example.org`;

    const signedUp = await post(
      agent,
      '/signup?lang=sq',
      '/signup',
      {
        displayName: 'Arta',
        email,
        password: PASSWORD,
        locale: 'sq',
      },
      303,
    );
    expect(signedUp.headers.location).toBe('/me/profile');
    const session = cookieNamed(signedUp, 'uramost_session');
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);

    const profile = await page(agent, '/me/profile');
    expect(profile).toContain('Llogaria jote është gati');

    // a mistake first: the summary at the top links to the field, the field says it too
    const wrong = await post(
      agent,
      '/me/profile',
      '/me/profile',
      {
        displayName: 'Arta',
        locale: 'sq',
        birthYear: '20x4',
      },
      400,
    );
    expect(wrong.text).toContain('<a href="#birthYear">');
    expect(wrong.text).toContain('id="birthYear-error"');
    expect(wrong.text).toContain('aria-invalid="true"');

    await post(
      agent,
      '/me/profile',
      '/me/profile',
      {
        displayName: 'Arta',
        locale: 'sq',
        birthYear: '2001',
        placeId: 'xk-prishtine',
        lang_sq: 'fluent',
        lang_sr: 'basic',
        interests: ['freedom-of-movement', 'diplomas'],
        availability: ['mon-evening', 'sat-morning'],
        bio: 'Studime juridike në Prishtinë.',
      },
      303,
    );
    const me = await request(t.url)
      .get('/api/me')
      .set('Cookie', session!.split(';')[0])
      .expect(200);
    expect(me.body.profile).toMatchObject({
      birthYear: 2001,
      placeId: 'xk-prishtine',
      languages: [
        { code: 'sq', level: 'fluent' },
        { code: 'sr', level: 'basic' },
      ],
      interests: ['freedom-of-movement', 'diplomas'],
      availability: ['mon-evening', 'sat-morning'],
    });

    // the community needs the consent box ticked; then it is saved with the consent
    const noConsent = await post(
      agent,
      '/me/profile',
      '/me/profile/community',
      { communityId: 'kosovo-albanian' },
      400,
    );
    expect(noConsent.text).toContain('<a href="#consent">');
    await post(
      agent,
      '/me/profile',
      '/me/profile/community',
      {
        communityId: 'kosovo-albanian',
        consent: 'yes',
      },
      303,
    );
    const consents = await request(t.url)
      .get('/api/me/consents')
      .set('Cookie', session!.split(';')[0])
      .expect(200);
    expect(consents.body).toEqual([
      expect.objectContaining({ kind: 'community-data', granted: true }),
    ]);

    await post(
      agent,
      `/events/${eventId}`,
      `/events/${eventId}/register`,
      {},
      303,
      `/events/${eventId}`,
    );
    const eventPage = await page(agent, `/events/${eventId}`);
    expect(eventPage).toContain('Ke një vend në këtë ngjarje.');
    expect(eventPage).toContain('Prishtinë / Priština');
    // the calendar links carry the reader's language: the app that fetches them later has no cookie
    const file = `/api/events/${eventId}/calendar.ics?lang=sq`;
    expect(eventPage).toContain(`href="${file}"`);
    expect(eventPage).toContain(`href="webcal://127.0.0.1${file}"`);
    const [linked, english] = await Promise.all([
      request(t.url).get(file).set('Accept-Language', 'en').expect(200),
      request(t.url)
        .get(`/api/events/${eventId}/calendar.ics`)
        .set('Accept-Language', 'en')
        .expect(200),
    ]);
    const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded(linked.text)).toContain('Konferencë');
    expect(unfolded(linked.text)).not.toContain('Conference');
    expect(unfolded(english.text)).toContain('Conference');

    await post(
      agent,
      `/events/${eventId}/cancel`,
      `/events/${eventId}/cancel`,
      {},
      303,
      '/me/events',
    );
    expect(await page(agent, '/me/events')).toContain(
      'Regjistrimi yt u anulua.',
    );
  });

  it("links the event's room and its sessions' rooms only for those who may enter", async () => {
    const body = eventBody();
    const created = await request(t.url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(body)
      .expect(201);
    const id = created.body.id as string;
    const start = Date.parse(body.startsAt);
    await request(t.url)
      .post(`/api/events/${id}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Opening',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3600_000).toISOString(),
      })
      .expect(201);
    await request(t.url)
      .post(`/api/events/${id}/publish`)
      .set(auth(c.organiser))
      .expect(200);
    const view = await request(t.url)
      .get(`/api/events/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    const eventRoom = `href="/rooms/${view.body.roomId}"`;
    const sessionRoom = `href="/rooms/${view.body.sessions[0].roomId}"`;

    const anonymous = await page(request.agent(t.url), `/events/${id}`);
    expect(anonymous).not.toContain('href="/rooms/');
    const asParticipant = (path: string) =>
      request(t.url)
        .get(path)
        .set({ ...HTML, Cookie: `uramost_session=${c.otherParticipant.token}` })
        .expect(200)
        .then((r) => r.text);
    expect(await asParticipant(`/events/${id}`)).not.toContain('href="/rooms/');
    await request(t.url)
      .post(`/api/events/${id}/registrations`)
      .set(auth(c.otherParticipant))
      .expect(200);
    const registered = await asParticipant(`/events/${id}`);
    expect(registered).toContain(eventRoom);
    expect(registered).toContain(sessionRoom);
    const organiser = await request(t.url)
      .get(`/events/${id}`)
      .set({ ...HTML, Cookie: `uramost_session=${c.organiser.token}` })
      .expect(200);
    expect(organiser.text).toContain(eventRoom);
  });

  it('takes the consent of a parent for an under-16, and lets them withdraw consents and list entries', async () => {
    const eventId = await publishedEvent(t.url, c.organiser);
    const agent = request.agent(t.url);
    await post(
      agent,
      '/signup',
      '/signup',
      {
        displayName: 'Luka',
        email: `${unique('young')}@example.org`,
        password: PASSWORD,
        locale: 'en',
      },
      303,
    );
    const year = String(new Date().getUTCFullYear() - 13);
    await post(
      agent,
      '/me/profile',
      '/me/profile',
      { displayName: 'Luka', locale: 'en', birthYear: year, lang_sr: 'fluent' },
      303,
    );
    const profile = await page(agent, '/me/profile');
    expect(profile).toContain('Consent of a parent or guardian');
    expect(profile).toContain('You cannot register for events');

    const refused = await post(
      agent,
      `/events/${eventId}`,
      `/events/${eventId}/register`,
      {},
      403,
    );
    expect(refused.text).toContain('<a href="/me/profile">');

    const missing = await post(
      agent,
      '/me/profile',
      '/me/profile/guardian',
      { guardianName: 'J', guardianContact: '' },
      400,
    );
    for (const field of ['guardianName', 'guardianContact', 'guardianAgree'])
      expect(missing.text).toContain(`<a href="#${field}">`);
    await post(
      agent,
      '/me/profile',
      '/me/profile/guardian',
      {
        guardianName: 'Jelena Petrović',
        guardianContact: '+381 64 123 4567',
        agree: 'yes',
      },
      303,
      '/me/profile#guardian-title',
    );
    expect(await page(agent, '/me/profile')).toContain(
      'Given by Jelena Petrović on',
    );
    await post(
      agent,
      `/events/${eventId}`,
      `/events/${eventId}/register`,
      {},
      303,
    );

    // community: given, then withdrawn, and the community is gone
    await post(
      agent,
      '/me/profile',
      '/me/profile/community',
      { communityId: 'kosovo-serb', consent: 'yes' },
      303,
    );
    await post(agent, '/me/profile', '/me/profile/community/withdraw', {}, 303);
    const withdrawn = await page(agent, '/me/profile');
    expect(withdrawn).toContain(
      'Your consent is withdrawn and your community has been deleted.',
    );
    expect(withdrawn).not.toContain('value="kosovo-serb" selected');

    // do-not-pair: an unknown address is refused, a participant is added and removed
    const unknown = await post(
      agent,
      '/me/profile',
      '/me/profile/do-not-pair',
      { email: 'nobody-here@example.org' },
      400,
    );
    expect(unknown.text).toContain('No participant uses this e-mail address.');
    await post(
      agent,
      '/me/profile',
      '/me/profile/do-not-pair',
      { email: c.participant.email },
      303,
    );
    const listed = await page(agent, '/me/profile');
    expect(listed).toContain(c.participant.displayName);
    expect(listed).not.toContain(c.participant.email);
    await post(
      agent,
      '/me/profile',
      '/me/profile/do-not-pair/remove',
      { id: c.participant.id },
      303,
    );
    expect(await page(agent, '/me/profile')).toContain('Your list is empty.');
  });

  describe('CSRF', () => {
    it('refuses a form post without the token, or with a token from another browser', async () => {
      const none = await request(t.url)
        .post('/login')
        .set(HTML)
        .type('form')
        .send({ email: c.participant.email, password: PASSWORD })
        .expect(403);
      expect(none.text).toContain('This form has expired');
      expect(none.headers['set-cookie'] ?? []).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^uramost_session=/)]),
      );

      const other = request.agent(t.url);
      const foreignToken = csrfOf(await page(other, '/login'));
      const victim = request.agent(t.url);
      await page(victim, '/login');
      await victim
        .post('/login')
        .set(HTML)
        .type('form')
        .send({
          email: c.participant.email,
          password: PASSWORD,
          _csrf: foreignToken,
        })
        .expect(403);
    });

    it('ties the token to the sign-in: a token from before signing in is refused after it', async () => {
      const agent = request.agent(t.url);
      const before = csrfOf(await page(agent, '/login'));
      await agent
        .post('/login')
        .set(HTML)
        .type('form')
        .send({
          email: c.otherParticipant.email,
          password: PASSWORD,
          _csrf: before,
        })
        .expect(303);
      await agent
        .post('/logout')
        .set(HTML)
        .type('form')
        .send({ _csrf: before })
        .expect(403);
      const after = csrfOf(await page(agent, '/me/events'));
      await agent
        .post('/logout')
        .set(HTML)
        .type('form')
        .send({ _csrf: after })
        .expect(303)
        .expect('Location', '/');
      // the API's logout ran: the old token is revoked everywhere
      await request(t.url)
        .get('/api/me')
        .set(auth(c.otherParticipant))
        .expect(401);
    });
  });

  it('renews the session cookie of a page view past half its lifetime, and never on a post', async () => {
    const p = await signUp(t.url);
    const now = Math.floor(Date.now() / 1000);
    const ver = 0;
    const old = jwt.sign(
      { ver, iat: now - 3000, exp: now + 600 },
      TEST_SECRET,
      {
        algorithm: 'HS256',
        subject: p.id,
        audience: t.config.jwt.audience,
        issuer: t.config.jwt.issuer,
      },
    );
    // a young token is left alone
    const young = await request(t.url)
      .get('/me/events')
      .set({ ...HTML, Cookie: `uramost_session=${p.token}` })
      .expect(200);
    expect(cookieNamed(young, 'uramost_session')).toBeUndefined();
    const viewed = await request(t.url)
      .get('/me/events')
      .set({ ...HTML, Cookie: `uramost_session=${old}` })
      .expect(200);
    const renewed = cookieNamed(viewed, 'uramost_session');
    expect(renewed).toMatch(/HttpOnly/);
    const fresh = renewed!.split(';')[0].slice('uramost_session='.length);
    expect(fresh).not.toBe(old);
    // the forms on that page are made for the new cookie
    const csrf = cookieNamed(viewed, 'uramost_csrf')!.split(';')[0];
    await request(t.url)
      .post('/logout')
      .set({ ...HTML, Cookie: `uramost_session=${fresh}; ${csrf}` })
      .type('form')
      .send({ _csrf: csrfOf(viewed.text) })
      .expect(303);
  });

  it('answers a form too large for the body parser with a page', async () => {
    const res = await request(t.url)
      .post('/signup')
      .set(HTML)
      .type('form')
      .send({ displayName: 'x'.repeat(200_000) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('What you sent is too long.');
  });

  describe('errors', () => {
    it('keeps JSON for the API and answers browsers with pages', async () => {
      const api = await request(t.url)
        .get('/api/events/00000000-0000-4000-8000-000000000000')
        .set(HTML)
        .expect(404);
      expect(api.headers['content-type']).toMatch(/json/);
      expect(api.body.code).toBe('EVENT_NOT_FOUND');

      const missing = await request(t.url)
        .get('/no-such-page')
        .set({ ...HTML, 'Accept-Language': 'sq' })
        .expect(404);
      expect(missing.headers['content-type']).toMatch(/text\/html/);
      expect(missing.text).toContain('Faqja nuk u gjet');

      const json = await request(t.url).get('/no-such-page').expect(404);
      expect(json.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });

      await request(t.url)
        .get('/events/00000000-0000-4000-8000-000000000000')
        .set(HTML)
        .expect(404);
    });

    it('sends the signed out to the sign-in page and back, never to another site', async () => {
      await request(t.url)
        .get('/me/profile')
        .set(HTML)
        .expect(303)
        .expect('Location', '/login?next=%2Fme%2Fprofile');

      const agent = request.agent(t.url);
      const res = await post(
        agent,
        '/login',
        '/login',
        {
          email: c.participant.email,
          password: PASSWORD,
          next: '//evil.example/steal',
        },
        303,
      );
      expect(res.headers.location).toBe('/');
      const wrong = await post(
        request.agent(t.url),
        '/login',
        '/login',
        {
          email: c.participant.email,
          password: 'not the password',
        },
        401,
      );
      expect(wrong.text).toContain(
        'The e-mail address or the password is not right.',
      );
    });
  });

  it('serves pages without inline scripts, under 100 KB, and cacheable assets', async () => {
    const eventId = await publishedEvent(t.url, c.organiser);
    const pages: { path: string; bytes: number; inlineScripts: string[] }[] =
      [];
    for (const path of [
      '/',
      '/events',
      `/events/${eventId}`,
      '/signup',
      '/login',
    ]) {
      const res = await request(t.url).get(path).set(HTML).expect(200);
      expect(res.headers['content-security-policy']).toContain(
        "script-src 'self'",
      );
      pages.push({
        path,
        bytes: Buffer.byteLength(res.text),
        // a script without src, or an event handler attribute, would be inline
        inlineScripts: [
          ...(res.text.match(/<script\b[^>]*>/g) ?? []).filter(
            (tag) => !/\bsrc="\/assets\//.test(tag),
          ),
          ...(res.text.match(/\son[a-z]+="[^"]*"/g) ?? []),
        ],
      });
    }
    expect(pages.filter((p) => p.bytes >= 100_000)).toEqual([]);
    expect(pages.flatMap((p) => p.inlineScripts)).toEqual([]);
    expect(pages.every((p) => p.bytes > 1_000)).toBe(true);
    const home = await request(t.url).get('/').set(HTML);
    const css = /href="(\/assets\/uramost\.[0-9a-f]+\.css)"/.exec(
      home.text,
    )![1];
    const asset = await request(t.url).get(css).expect(200);
    expect(asset.headers['content-type']).toMatch(/text\/css/);
    expect(asset.headers['cache-control']).toContain('immutable');
    await request(t.url).get('/assets/nope.css').expect(404);
  });

  it('exports my data and deletes my account only when confirmed', async () => {
    const agent = request.agent(t.url);
    const email = `${unique('bye')}@example.org`;
    await post(
      agent,
      '/signup',
      '/signup',
      {
        displayName: 'Milan',
        email,
        password: PASSWORD,
        locale: 'sr-Cyrl',
      },
      303,
    );
    const exported = await agent.get('/me/data/export').set(HTML).expect(200);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="uramost-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(JSON.parse(exported.text).account.email).toBe(email);

    const unconfirmed = await post(agent, '/me/delete', '/me/delete', {}, 400);
    expect(unconfirmed.text).toContain('<a href="#confirm">');
    const deleted = await post(
      agent,
      '/me/delete',
      '/me/delete',
      {
        confirm: 'yes',
      },
      303,
    );
    expect(cookieNamed(deleted, 'uramost_session')).toMatch(
      /Expires=Thu, 01 Jan 1970/,
    );
    expect(await page(agent, '/')).toContain(
      'Твој налог и твоји подаци су обрисани.',
    );
    await request(t.url)
      .post('/api/auth/login')
      .send({ email, password: PASSWORD })
      .expect(401);
  });
});

describe('web pages in production', () => {
  it('marks every cookie Secure', async () => {
    const db = await createTestDatabase();
    const app = await startApp(db, {
      NODE_ENV: 'production',
      RATE_LIMITS: 'on',
      DEMO_DATA: 'false',
    });
    try {
      const p = await signUp(app.url);
      const first = await request(app.url).get('/login').set(HTML).expect(200);
      const csrf = cookieNamed(first, 'uramost_csrf');
      expect(csrf).toMatch(/Secure/);
      const res = await request(app.url)
        .post('/login')
        .set({ ...HTML, Cookie: csrf!.split(';')[0] })
        .type('form')
        .send({ email: p.email, password: PASSWORD, _csrf: csrfOf(first.text) })
        .expect(303);
      const session = cookieNamed(res, 'uramost_session');
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Lax/);
      expect(session).toMatch(/Secure/);
    } finally {
      await app.close();
      await db.dispose();
    }
  });
});
