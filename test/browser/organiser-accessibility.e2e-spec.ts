import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
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
  launchBrowser,
  phoneContext,
  screenshot,
  seriousViolations,
  signInWithToken,
  type AxeViolation,
} from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
const LOCALES = ['en', 'sq', 'sr-Latn', 'sr-Cyrl'] as const;

/** Runs at most `n` of the given tasks at once. */
function limiter(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

type Who = 'organiser' | 'admin' | 'participant';

interface PageState {
  name: string;
  as: Who;
  path: string;
  status?: number;
  /** brings the page into the state to check (a form with errors …); nothing is saved */
  prepare?: (page: Page) => Promise<void>;
  /** kept as test-results/screenshots/<locale>-<name>.png */
  screenshot?: boolean;
}

describe('organiser, admin and my-calendar pages in every language: axe-core finds nothing serious or critical', () => {
  let t: App;
  let browser: Browser;
  const people = {} as Record<Who, Person>;
  let states: PageState[];

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

    const submit = (action: string) => async (page: Page) => {
      await page
        .locator(`form[action="${action}"] button[type=submit]`)
        .click();
      await page.locator('.error-summary').waitFor();
    };
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
        prepare: submit('/organiser/events/new'),
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
          await submit(`${manage}/sessions`)(page);
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
        prepare: submit('/admin/organisations'),
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
        prepare: submit(`/admin/organisations/${orgs.BCSP}/organisers`),
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

  // Two locales at a time: the browser renders one while the app answers the other. The
  // generous timeout is for a busy machine; an idle one takes a fraction of it.
  const slots = limiter(2);
  it.concurrent.each(LOCALES)(
    '%s',
    (locale) => slots(() => checkLocale(locale)),
    300_000,
  );

  async function checkLocale(locale: (typeof LOCALES)[number]) {
    const problems: (AxeViolation & { page: string })[] = [];
    const wrong: string[] = [];
    const tooLarge: string[] = [];
    for (const as of ['organiser', 'admin', 'participant'] as const) {
      const context = await phoneContext(browser, undefined, { forAxe: true });
      await signInWithToken(context, t.url, people[as].token);
      const page = await context.newPage();
      await page.goto(`${t.url}/?lang=${locale}`);
      for (const state of states.filter((s) => s.as === as)) {
        const res = await page.goto(t.url + state.path);
        if (res!.status() !== (state.status ?? 200))
          wrong.push(`${state.name}: status ${res!.status()}`);
        const bytes = (await res!.body()).length;
        if (bytes >= 100_000) tooLarge.push(`${state.name}: ${bytes} bytes`);
        if (state.prepare) await state.prepare(page);
        const lang = await page.getAttribute('html', 'lang');
        if (lang !== locale) wrong.push(`${state.name}: lang ${lang}`);
        for (const v of await seriousViolations(page))
          problems.push({ page: state.name, ...v });
        if (state.screenshot) await screenshot(page, `${locale}-${state.name}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(wrong).toEqual([]);
    expect(tooLarge).toEqual([]);
  }
});
