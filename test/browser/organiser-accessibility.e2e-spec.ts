import request from 'supertest';
import type { Browser } from 'playwright-core';
import {
  auth,
  completeProfile,
  createOrganiser,
  eventBody,
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
type Who = 'organiser' | 'admin' | 'participant';

describe('organiser, admin and my-calendar pages in every language: axe-core finds nothing serious or critical', () => {
  let t: App;
  let browser: Browser;
  const people = {} as Record<Who, Person>;
  let states: PageState<Who>[];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startIsolatedApp(), launchBrowser()]);
    const orgs = await organisationIds(t.url);
    people.admin = await loginAdmin(t.url);
    people.organiser = await createOrganiser(t.url, people.admin, orgs.BCSP);
    const organiser = people.organiser;

    const start = new Date(Date.now() + 21 * 24 * 3600_000);
    start.setUTCHours(7, 0, 0, 0);
    const at = (h: number) =>
      new Date(start.getTime() + h * 3600_000).toISOString();
    const draft = await request(t.url)
      .post('/api/events')
      .set(auth(organiser))
      .send(
        eventBody({
          startsAt: at(0),
          endsAt: at(9),
          topics: ['freedom-of-movement', 'civil-registry'],
          languages: ['sq', 'sr', 'en'],
          interpretation: 'Albanian ↔ Serbian',
          quota: { maxSharePercent: 60 },
        }),
      )
      .expect(201);
    const draftId = draft.body.id as string;
    const sessionIds: string[] = [];
    for (const [h, title, hall] of [
      [0.5, 'Opening', 'Hall A'],
      [1.5, 'Civil registry: where we are', 'Hall A'],
    ] as const) {
      const s = await request(t.url)
        .post(`/api/events/${draftId}/sessions`)
        .set(auth(organiser))
        .send({
          title,
          startsAt: at(h),
          endsAt: at(h + 1),
          hall,
          speakers: [{ name: 'Ardita Berisha' }],
        })
        .expect(201);
      sessionIds.push(s.body.id);
    }

    const published = await publishedEvent(t.url, organiser, {
      capacity: 2,
      startsAt: at(24),
      endsAt: at(30),
    });
    const cancelled = await publishedEvent(t.url, organiser, {
      startsAt: at(48),
      endsAt: at(50),
    });
    await request(t.url)
      .post(`/api/events/${cancelled}/cancel`)
      .set(auth(organiser))
      .expect(200);
    const registrants = await Promise.all(
      ['Arta Krasniqi', 'Nikola Jović', 'Milica Petrović'].map((displayName) =>
        signUp(t.url, { displayName }),
      ),
    );
    for (const p of registrants) {
      await completeProfile(t.url, p);
      await request(t.url)
        .post(`/api/events/${published}/registrations`)
        .set(auth(p))
        .expect(200);
    }
    const regs = await request(t.url)
      .get(`/api/events/${published}/registrations`)
      .set(auth(organiser))
      .expect(200);
    await request(t.url)
      .post(
        `/api/events/${published}/registrations/${regs.body[0].id}/check-in`,
      )
      .set(auth(organiser))
      .expect(200);
    people.participant = registrants[0];

    const manage = `/organiser/events/${draftId}`;
    states = [
      {
        name: 'organiser-events',
        as: 'organiser',
        path: '/organiser/events',
        screenshot: true,
      },
      {
        name: 'organiser-event-new',
        as: 'organiser',
        path: '/organiser/events/new',
        screenshot: true,
      },
      {
        name: 'organiser-event-new-errors',
        as: 'organiser',
        path: '/organiser/events/new',
        prepare: submitFormForErrors('/organiser/events/new'),
        screenshot: true,
      },
      {
        name: 'organiser-event-draft',
        as: 'organiser',
        path: manage,
        screenshot: true,
      },
      {
        name: 'organiser-session-clash',
        as: 'organiser',
        path: manage,
        prepare: async (page) => {
          await page.locator('#sessionTitle').fill('Side meeting');
          // the same hall as "Civil registry", at the same time
          const times = await page
            .locator(`#session-${sessionIds[1]} time`)
            .evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime')));
          const clock = (iso: string) =>
            new Intl.DateTimeFormat('en-GB', {
              timeZone: 'Europe/Belgrade',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            }).format(new Date(iso));
          await page.locator('#sessionStart').fill(clock(times[0]!));
          await page.locator('#sessionEnd').fill(clock(times[1]!));
          await page.locator('#hall').fill('Hall A');
          await submitFormForErrors(`${manage}/sessions`)(page);
          await page.locator('#hall-error').waitFor();
        },
        screenshot: true,
      },
      { name: 'organiser-event-edit', as: 'organiser', path: `${manage}/edit` },
      {
        name: 'organiser-session-edit',
        as: 'organiser',
        path: `${manage}/sessions/${sessionIds[0]}`,
      },
      {
        name: 'organiser-event-published',
        as: 'organiser',
        path: `/organiser/events/${published}`,
      },
      {
        name: 'organiser-event-cancel',
        as: 'organiser',
        path: `/organiser/events/${published}/cancel`,
      },
      {
        name: 'organiser-registrations',
        as: 'organiser',
        path: `/organiser/events/${published}/registrations`,
        screenshot: true,
      },
      {
        name: 'organiser-registrations-search',
        as: 'organiser',
        path: `/organiser/events/${published}/registrations?q=jovi`,
      },
      {
        name: 'organiser-event-cancelled',
        as: 'organiser',
        path: `/organiser/events/${cancelled}`,
      },
      {
        name: 'admin-organisations',
        as: 'admin',
        path: '/admin/organisations',
        screenshot: true,
      },
      {
        name: 'admin-organisations-errors',
        as: 'admin',
        path: '/admin/organisations',
        prepare: submitFormForErrors('/admin/organisations'),
      },
      {
        name: 'admin-organisation',
        as: 'admin',
        path: `/admin/organisations/${orgs.BCSP}`,
        screenshot: true,
      },
      {
        name: 'admin-organisation-errors',
        as: 'admin',
        path: `/admin/organisations/${orgs.BCSP}`,
        prepare: submitFormForErrors(
          `/admin/organisations/${orgs.BCSP}/organisers`,
        ),
      },
      {
        name: 'admin-reference',
        as: 'admin',
        path: '/admin/reference',
        screenshot: true,
      },
      {
        name: 'admin-all-events',
        as: 'admin',
        path: '/organiser/events',
      },
      {
        name: 'my-calendar',
        as: 'participant',
        path: '/me/calendar',
        screenshot: true,
      },
      {
        name: 'participant-forbidden',
        as: 'participant',
        path: '/organiser/events',
        status: 403,
      },
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
      tokens: {
        organiser: people.organiser.token,
        admin: people.admin.token,
        participant: people.participant.token,
      },
    }),
    { timeout: 300_000, parallel: 2 },
  );
});
