import request from 'supertest';
import type { Browser } from 'playwright-core';
import {
  auth,
  completeProfile,
  createOrganiser,
  loginAdmin,
  organisationIds,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { startIsolatedApp } from '../support/app.js';
import {
  auditEveryLocale,
  launchBrowser,
  submitFormForErrors,
  type PageState,
} from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

describe('every page in every language: axe-core finds nothing serious or critical', () => {
  let t: App;
  let browser: Browser;
  let adult: Person;
  let young: Person;
  /** who looks: nobody, an adult participant, or a participant under 16 */
  let states: PageState<'anonymous' | 'adult' | 'young'>[];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startIsolatedApp(), launchBrowser()]);
    const organiser = await createOrganiser(
      t.url,
      await loginAdmin(t.url),
      (await organisationIds(t.url)).BCSP,
    );
    const start = new Date(Date.now() + 14 * 24 * 3600_000);
    start.setUTCHours(8, 0, 0, 0);
    const at = (h: number) =>
      new Date(start.getTime() + h * 3600_000).toISOString();
    const open = await publishedEvent(t.url, organiser, {
      startsAt: at(0),
      endsAt: at(8),
      description: {
        en: 'A day on the freedom of movement agreement.\n\nWith time for questions.',
        sq: 'Një ditë për marrëveshjen e lirisë së lëvizjes.',
        sr: 'Дан о споразуму о слободи кретања.',
      },
      interpretation: 'Albanian ↔ Serbian',
    });
    for (const [h, title, hall] of [
      [0.5, 'Opening', 'Hall A'],
      [1.5, 'ID cards and licence plates: what changed', 'Hall A'],
      [3, 'Young people crossing the line', 'Hall B'],
    ] as const) {
      await request(t.url)
        .post(`/api/events/${open}/sessions`)
        .set(auth(organiser))
        .send({
          title,
          startsAt: at(h),
          endsAt: at(h + 1),
          hall,
          speakers: [{ name: 'Ardita Berisha' }, { name: 'Nikola Jović' }],
        })
        .expect(201);
    }
    const full = await publishedEvent(t.url, organiser, {
      kind: 'peer-meeting',
      capacity: 1,
      venue: { name: 'Dom omladine', placeId: 'rs-beograd' },
    });
    const [first, other] = await Promise.all([signUp(t.url), signUp(t.url)]);
    adult = await signUp(t.url, { displayName: 'Arta Krasniqi' });
    young = await signUp(t.url, { displayName: 'Luka' });
    await Promise.all([
      completeProfile(t.url, first),
      completeProfile(t.url, other),
      completeProfile(t.url, adult, {
        communityId: 'kosovo-albanian',
        placeId: 'xk-prishtine',
        interests: ['freedom-of-movement'],
        availability: ['mon-evening'],
        doNotPair: [other.id],
      }),
      completeProfile(t.url, young, {
        birthYear: new Date().getUTCFullYear() - 13,
      }),
    ]);
    for (const [who, id] of [
      [first, full],
      [adult, open],
      [adult, full],
    ] as const)
      await request(t.url)
        .post(`/api/events/${id}/registrations`)
        .set(auth(who))
        .expect(200);

    states = [
      { name: 'home', as: 'anonymous', path: '/', screenshot: true },
      { name: 'events', as: 'anonymous', path: '/events', screenshot: true },
      {
        name: 'events-filter-errors',
        as: 'anonymous',
        path: '/events?kind=nothing&from=2027-02-30',
        status: 400,
      },
      {
        name: 'event',
        as: 'anonymous',
        path: `/events/${open}`,
        screenshot: true,
      },
      { name: 'login', as: 'anonymous', path: '/login', screenshot: true },
      { name: 'signup', as: 'anonymous', path: '/signup', screenshot: true },
      {
        name: 'signup-errors',
        as: 'anonymous',
        path: '/signup',
        prepare: submitFormForErrors('/signup'),
        screenshot: true,
      },
      {
        name: 'not-found',
        as: 'anonymous',
        path: '/no-such-page',
        status: 404,
      },
      { name: 'profile', as: 'adult', path: '/me/profile', screenshot: true },
      {
        name: 'profile-errors',
        as: 'adult',
        path: '/me/profile',
        prepare: async (page) => {
          await page.locator('#birthYear').fill('20x4');
          await submitFormForErrors('/me/profile')(page);
        },
      },
      { name: 'profile-under-16', as: 'young', path: '/me/profile' },
      { name: 'my-events', as: 'adult', path: '/me/events', screenshot: true },
      { name: 'event-registered', as: 'adult', path: `/events/${open}` },
      { name: 'event-waitlisted', as: 'adult', path: `/events/${full}` },
      { name: 'cancel', as: 'adult', path: `/events/${full}/cancel` },
      { name: 'my-data', as: 'adult', path: '/me/data', screenshot: true },
      { name: 'delete-account', as: 'adult', path: '/me/delete' },
    ];
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  auditEveryLocale(
    () => ({
      browser,
      baseUrl: t.url,
      states,
      tokens: { anonymous: undefined, adult: adult.token, young: young.token },
    }),
    { timeout: 240_000, parallel: 2 },
  );
});
