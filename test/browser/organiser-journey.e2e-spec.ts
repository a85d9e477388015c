import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  auth,
  completeProfile,
  createOrganiser,
  loginAdmin,
  login,
  organisationIds,
  PASSWORD,
  publishedEvent,
  signUp,
  unique,
  type Person,
} from '../support/actors.js';
import { startIsolatedApp } from '../support/app.js';
import {
  launchBrowser,
  phoneContext,
  screenshot,
  signInWithToken,
} from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

/** Reports script errors and CSP violations of a page as test failures. */
function watch(page: Page, errors: string[]) {
  page.on('console', (m) => {
    // a form answered with 400 or 409 and its errors is logged as a failed load: expected
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}

describe('organisers and admins in a real browser', () => {
  let t: App;
  let browser: Browser;
  let admin: Person;
  let organiser: Person;
  const browserErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  async function signedInPage(who: Person, lang = 'en-GB,en;q=0.9') {
    const context = await phoneContext(browser, lang);
    contexts.push(context);
    await signInWithToken(context, t.url, who.token);
    const page = await context.newPage();
    watch(page, browserErrors);
    return page;
  }

  beforeAll(async () => {
    [t, browser] = await Promise.all([startIsolatedApp(), launchBrowser()]);
    admin = await loginAdmin(t.url);
    organiser = await createOrganiser(
      t.url,
      admin,
      (await organisationIds(t.url)).D4D,
    );
  });

  afterEach(() => {
    const errors = browserErrors.splice(0);
    if (errors.length)
      throw new Error(`the browser reported: ${errors.join(' | ')}`);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await t?.close();
  });

  it('an organiser creates an event with sessions, sees the clash, publishes, checks someone in and downloads the list', async () => {
    const page = await signedInPage(organiser);
    const year = new Date().getUTCFullYear() + 1;
    const day = `${year}-07-15`;

    await page.goto(t.url);
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Manage events' })
      .click();
    await page.getByRole('link', { name: 'Create an event' }).click();

    // a first try with nothing filled: the summary on top, each message at its field
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    const summary = page.getByRole('alert');
    await summary
      .getByText(
        'Enter a title in at least one language, up to 200 characters each.',
      )
      .waitFor();
    await summary
      .getByRole('link', { name: 'Choose the type of event.' })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kind');
    await page.locator('#capacity-error').waitFor();

    const title = page.getByRole('group', { name: 'Title' });
    await title
      .getByLabel('In English')
      .fill('Customs and trade: the new rules');
    await title
      .getByLabel('In Albanian')
      .fill('Dogana dhe tregtia: rregullat e reja');
    await title
      .getByLabel('In Serbian (Latin or Cyrillic)')
      .fill('Царина и трговина: нова правила');
    await page.getByLabel('Type of event').selectOption('conference');
    await page.getByLabel('Start date').fill(day);
    await page.getByLabel('Start time').fill('09:00');
    await page.getByLabel('End date').fill(day);
    await page.getByLabel('End time').fill('17:00');
    expect(await page.getByLabel('Time zone').inputValue()).toBe(
      'Europe/Belgrade',
    );
    await page.getByLabel('Venue (optional)').fill('Hotel Grand');
    await page
      .getByLabel('Town or city (optional)')
      .selectOption('xk-prishtine');
    await page.getByLabel('Number of places').fill('1');
    await page.getByRole('checkbox', { name: 'Customs' }).check();
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByText('The event is saved as a draft.').waitFor();
    await page.waitForURL(/\/organiser\/events\/[0-9a-f-]{36}$/);
    const eventId = page.url().split('/').pop()!;

    // 09:00 in Belgrade in July is 07:00 UTC
    const api = await request(t.url)
      .get(`/api/events/${eventId}`)
      .set(auth(organiser))
      .expect(200);
    expect(api.body).toMatchObject({
      status: 'draft',
      startsAt: `${year}-07-15T07:00:00.000Z`,
      endsAt: `${year}-07-15T15:00:00.000Z`,
      topics: ['customs'],
      capacity: 1,
    });

    const addSession = async (
      name: string,
      from: string,
      to: string,
      hall: string,
      speakers: string,
    ) => {
      await page.getByLabel('Title of the session').fill(name);
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(
        day,
      );
      await page.getByLabel('Starts at').fill(from);
      await page.getByLabel('Ends at').fill(to);
      await page.getByLabel('Room or hall (optional)').fill(hall);
      await page.getByLabel('Speakers (optional)').fill(speakers);
      await page.getByRole('button', { name: 'Add the session' }).click();
    };
    await addSession('Opening', '09:00', '10:00', 'Hall A', 'Ardita Berisha');
    await page.getByText('The session is added to the agenda.').waitFor();
    await addSession(
      'Goods at the crossings',
      '10:00',
      '11:30',
      'Hall A',
      'Nikola Jović\nArdita Berisha',
    );
    await page.getByText('The session is added to the agenda.').waitFor();

    // the same hall at an overlapping time: the API's clash, next to the room field
    await addSession(
      'Side meeting',
      '11:00',
      '12:00',
      'hall a',
      'Milica Petrović',
    );
    const clash =
      'hall a is already taken at that time by “Goods at the crossings” (10:00–11:30).';
    await page.locator('#hall-error').getByText(clash).waitFor();
    await page.getByRole('alert').getByRole('link', { name: clash }).waitFor();
    expect(await page.getByLabel('Title of the session').inputValue()).toBe(
      'Side meeting',
    );
    await screenshot(page, 'organiser-en-session-clash');
    // a speaker in two places at once: the message is at the speakers
    await page.getByLabel('Room or hall (optional)').fill('Hall B');
    await page.getByLabel('Speakers (optional)').fill('ardita berisha');
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page
      .locator('#speakers-error')
      .getByText(
        'ardita berisha is already speaking at that time in “Goods at the crossings” (10:00–11:30).',
      )
      .waitFor();
    await page.getByLabel('Speakers (optional)').fill('Milica Petrović');
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByText('The session is added to the agenda.').waitFor();
    const sessions = await request(t.url)
      .get(`/api/events/${eventId}`)
      .set(auth(organiser))
      .expect(200);
    expect(
      (sessions.body.sessions as { title: string; hall: string }[]).map(
        (s) => `${s.title} @ ${s.hall}`,
      ),
    ).toEqual([
      'Opening @ Hall A',
      'Goods at the crossings @ Hall A',
      'Side meeting @ Hall B',
    ]);

    await page.getByRole('button', { name: 'Publish the event' }).click();
    await page.getByText('The event is published.').waitFor();
    await screenshot(page, 'organiser-en-event');

    // two participants register: one gets the place, the other waits
    const [arta, marko] = await Promise.all([
      signUp(t.url, { displayName: 'Arta Krasniqi' }),
      signUp(t.url, { displayName: 'Marko Ilić' }),
    ]);
    for (const p of [arta, marko]) {
      await completeProfile(t.url, p);
      await request(t.url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
    }

    await page
      .getByRole('link', { name: 'Registrations and waiting list' })
      .click();
    const numbers = page.locator('dl.summary');
    await numbers.getByText('1 of 1').waitFor();
    await page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { name: '1. Marko Ilić' }) })
      .waitFor();
    const artaCard = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Arta Krasniqi' }),
    });
    await artaCard
      .getByRole('button', { name: 'Check in Arta Krasniqi' })
      .click();
    await page.getByText('The participant is checked in.').waitFor();
    await artaCard.getByText('Checked in').waitFor();
    expect(await artaCard.getByRole('button').count()).toBe(0);
    await screenshot(page, 'organiser-en-registrations');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the list (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'name,email,status,waitlist position,checked in,registered at',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(`^Arta Krasniqi,${arta.email},confirmed,,yes,`),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^Marko Ilić,${marko.email},waitlisted,1,no,`),
    );

    // cancelling asks first, and then frees every place
    await page.getByRole('link', { name: 'Back to the event' }).click();
    await page.getByRole('link', { name: 'Cancel the event' }).click();
    await page.getByText('2 people have a place or are waiting.').waitFor();
    await page.getByRole('link', { name: 'No, keep it' }).click();
    await page.getByRole('link', { name: 'Cancel the event' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the event' }).click();
    await page.getByText('The event is cancelled').first().waitFor();
    const cancelled = await request(t.url)
      .get(`/api/events/${eventId}`)
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('an admin adds an organisation and an organiser, who can then sign in; reference data is listed', async () => {
    const page = await signedInPage(admin);
    await page.goto(t.url);
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page
      .getByRole('heading', { name: 'Organisations', level: 1 })
      .waitFor();
    await page.getByRole('rowheader', { name: 'BCSP' }).waitFor();

    // BCSP is taken: the message is at the short name
    await page
      .getByLabel('Name', { exact: true })
      .fill('Youth Initiative for Human Rights');
    await page.getByLabel('Short name').fill('BCSP');
    await page.getByRole('radio', { name: 'Kosovo' }).check();
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page
      .locator('#shortName-error')
      .getByText('Another organisation already uses this short name.')
      .waitFor();
    const shortName = unique('YI').slice(0, 12).toUpperCase();
    await page.getByLabel('Short name').fill(shortName);
    await page
      .getByLabel('Website (optional)')
      .fill('https://yihr.example.org');
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.getByText('The organisation is added.').waitFor();
    await page
      .getByRole('heading', { name: 'Youth Initiative for Human Rights' })
      .waitFor();
    await page.getByText('This organisation has no organisers yet.').waitFor();

    const email = `${unique('lirije')}@example.org`;
    await page.getByLabel('Name', { exact: true }).fill('Lirije Gashi');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('First password').fill('short');
    await page
      .getByRole('button', { name: 'Create the organiser account' })
      .click();
    await page
      .locator('#password-error')
      .getByText('Enter a password of 8 to 128 characters.')
      .waitFor();
    await page.getByLabel('First password').fill(PASSWORD);
    await page
      .getByRole('button', { name: 'Create the organiser account' })
      .click();
    await page.getByText('The organiser account is created.').waitFor();
    await page.getByText(email).waitFor();
    await screenshot(page, 'admin-en-organisation');

    const lirije = await login(t.url, email, PASSWORD);
    const orgs = await request(t.url).get('/api/organisations').expect(200);
    const created = (orgs.body as { id: string; shortName: string }[]).find(
      (o) => o.shortName === shortName,
    )!;
    expect(lirije.organisationId).toBe(created.id);

    await page.getByRole('link', { name: 'Reference data' }).click();
    await page
      .getByRole('table', { name: 'Topics' })
      .getByRole('rowheader', { name: 'freedom-of-movement' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Places' })
      .getByRole('cell', { name: 'Prishtinë', exact: true })
      .waitFor();
    await screenshot(page, 'admin-en-reference');
  });

  it('my calendar: the subscribe link, and a new address makes the old feed stop working', async () => {
    const organiserEvent = await publishedEvent(t.url, organiser, {});
    const participant = await signUp(t.url, { locale: 'sq' });
    await completeProfile(t.url, participant);
    await request(t.url)
      .post(`/api/events/${organiserEvent}/registrations`)
      .set(auth(participant))
      .expect(200);
    const page = await signedInPage(participant, 'sq,en;q=0.5');
    await page.goto(t.url);
    await page
      .getByRole('navigation', { name: 'Menyja kryesore' })
      .getByRole('link', { name: 'Kalendari im' })
      .click();
    const subscribe = page.getByRole('link', {
      name: 'Abonohu në aplikacionin e kalendarit',
    });
    const webcal = (await subscribe.getAttribute('href'))!;
    const address = await page
      .getByLabel('Adresa e kalendarit tënd')
      .inputValue();
    expect(webcal).toBe(address.replace(/^https?:/, 'webcal:'));
    const download = page.getByRole('link', {
      name: 'Shkarko ngjarjet e mia (skedar .ics)',
    });
    expect(await download.getAttribute('href')).toBe(address);
    await page.getByText('Shkarkimi të jep një skedar').waitFor();
    await screenshot(page, 'calendar-sq');

    const oldPath = new URL(address).pathname;
    const feed = await request(t.url).get(oldPath).expect(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.text).toContain('BEGIN:VEVENT');

    await page.getByRole('button', { name: 'Krijo një adresë të re' }).click();
    await page.getByText('Kalendari yt ka një adresë të re.').waitFor();
    const fresh = await page
      .getByLabel('Adresa e kalendarit tënd')
      .inputValue();
    expect(fresh).not.toBe(address);
    await request(t.url).get(oldPath).expect(404);
    await request(t.url).get(new URL(fresh).pathname).expect(200);
  });
});
