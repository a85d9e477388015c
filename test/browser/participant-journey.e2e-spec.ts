import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  auth,
  completeProfile,
  createOrganiser,
  loginAdmin,
  organisationIds,
  PASSWORD,
  publishedEvent,
  signUp,
  unique,
  type Person,
} from '../support/actors.js';
import { startIsolatedApp } from '../support/app.js';
import { launchBrowser, phoneContext, screenshot } from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
const DAY = 24 * 3600_000;

/** 10:00 in Belgrade, `days` from now: the event's own zone decides what the page shows. */
function tenOClockBelgrade(days: number) {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(9, 0, 0, 0); // 10:00 CET / 11:00 CEST
  return d;
}

describe('a participant in Albanian, in a real browser', () => {
  let t: App;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let other: Person;
  let openEvent: string;
  let fullEvent: string;
  const email = `${unique('arta')}@example.org`;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startIsolatedApp(), launchBrowser()]);
    const orgs = await organisationIds(t.url);
    const organiser = await createOrganiser(
      t.url,
      await loginAdmin(t.url),
      orgs.KCSS,
    );
    const starts = tenOClockBelgrade(10);
    openEvent = await publishedEvent(t.url, organiser, {
      title: {
        en: 'Freedom of movement: one year on',
        sq: 'Liria e lëvizjes: një vit më pas',
        sr: 'Слобода кретања: годину дана касније',
      },
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 7 * 3600_000).toISOString(),
      capacity: 20,
    });
    fullEvent = await publishedEvent(t.url, organiser, {
      title: {
        en: 'Diplomas across the line',
        sq: 'Diplomat përtej vijës',
        sr: 'Дипломе преко линије',
      },
      kind: 'workshop',
      venue: { name: 'Qendra Rinore', placeId: 'xk-mitrovice-jug' },
      capacity: 1,
    });
    other = await signUp(t.url, { displayName: 'Milica' });
    await completeProfile(t.url, other);
    await request(t.url)
      .post(`/api/events/${fullEvent}/registrations`)
      .set(auth(other))
      .expect(200);
    context = await phoneContext(browser, 'en-GB,en;q=0.9');
    page = await context.newPage();
    // the pages' own script must run under the CSP: any violation or script error fails the test
    page.on('console', (m) => {
      // a form answered with 400 and its errors is logged as a failed load: that is expected
      if (
        m.type() === 'error' &&
        !m.text().startsWith('Failed to load resource')
      )
        browserErrors.push(m.text());
    });
    page.on('pageerror', (e) => browserErrors.push(e.message));
  });

  afterEach(() => {
    const errors = browserErrors.splice(0);
    if (errors.length)
      throw new Error(`the browser reported: ${errors.join(' | ')}`);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('switches to Albanian and signs up', async () => {
    await page.goto(t.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Shqip' })
      .click();
    expect(await page.getAttribute('html', 'lang')).toBe('sq');
    await page
      .getByRole('navigation', { name: 'Menyja kryesore' })
      .getByRole('link', { name: 'Krijo llogari' })
      .click();

    // a mistake first: GOV.UK summary on top, message at the field, focus on the summary
    await page.getByRole('button', { name: 'Krijo llogarinë time' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Shkruaj adresën tënde të e-mailit.').waitFor();
    expect(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('error-summary'),
      ),
    ).toBe(true);
    await summary.getByRole('link', { name: /e-mailit/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');

    await page.getByLabel('Emri yt').fill('Arta');
    await page.getByLabel('Adresa e e-mailit').fill(email);
    await page.getByLabel('Fjalëkalimi').fill(PASSWORD);
    expect(await page.getByRole('radio', { name: 'Shqip' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Krijo llogarinë time' }).click();
    await page.waitForURL(/\/me\/profile$/);
    await page.getByText('Llogaria jote është gati.').waitFor();
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'uramost_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('fills the profile: languages, interests, availability, place, community with consent, do-not-pair', async () => {
    await page.getByLabel('Viti i lindjes').fill('2003');
    await page.getByLabel('Ku jeton').selectOption('xk-prishtine');
    await page.locator('select[name="lang_sq"]').selectOption('fluent');
    await page.getByLabel('Serbisht').selectOption('conversational');
    await page.getByLabel('Anglisht').selectOption('fluent');
    await page.getByLabel('Liria e lëvizjes').check();
    await page.getByLabel('Njohja e diplomave').check();
    await page.getByLabel('E hënë, mbrëmje').check();
    await page.getByLabel('E shtunë, paradite').check();
    await page
      .getByLabel('Rreth teje (opsionale)')
      .fill('Studioj drejtësi në Prishtinë.');
    await page.getByRole('button', { name: 'Ruaj profilin tim' }).click();
    await page.getByText('Profili yt u ruajt.').waitFor();
    expect(await page.getByLabel('E hënë, mbrëmje').isChecked()).toBe(true);
    expect(await page.getByLabel('Serbisht').inputValue()).toBe(
      'conversational',
    );

    // the consent text is there in plain words, and the community needs the box ticked
    await page.getByText('Askush tjetër nuk e sheh komunitetin tënd').waitFor();
    await page
      .getByLabel('Komuniteti', { exact: true })
      .selectOption('kosovo-albanian');
    await page.getByLabel(/Pajtohem që UraMost ta regjistrojë/).check();
    await page
      .getByRole('button', { name: 'Pajtohem dhe ruaj komunitetin tim' })
      .click();
    await page
      .getByText('Faleminderit. Pëlqimi dhe komuniteti yt u ruajtën.')
      .waitFor();

    await page.getByLabel('Adresa e e-mailit të personit').fill(other.email);
    await page.getByRole('button', { name: 'Shto në listën time' }).click();
    await page.getByText('Ky person është në listën tënde.').waitFor();
    // listed by name, with a remove button that says whom it removes
    await page.getByRole('button', { name: 'Hiq Milica' }).waitFor();
    await screenshot(page, 'journey-sq-profile');

    const token = (await context.cookies()).find(
      (c) => c.name === 'uramost_session',
    )!.value;
    const me = await request(t.url).get('/api/me').set(auth({ token }));
    expect(me.body.profile).toMatchObject({
      birthYear: 2003,
      placeId: 'xk-prishtine',
      languages: expect.arrayContaining([
        { code: 'sq', level: 'fluent' },
        { code: 'sr', level: 'conversational' },
        { code: 'en', level: 'fluent' },
      ]),
      interests: ['freedom-of-movement', 'diplomas'],
      availability: ['mon-evening', 'sat-morning'],
      communityId: 'kosovo-albanian',
      doNotPair: [other.id],
      consents: { communityData: true },
    });
  });

  it('finds an event, registers, and sees it in the event’s time zone', async () => {
    await page
      .getByRole('navigation', { name: 'Menyja kryesore' })
      .getByRole('link', { name: 'Ngjarjet', exact: true })
      .click();
    await page.getByLabel('Kërko').fill('levizjes'); // no diacritics: search ignores them
    await page.getByRole('button', { name: 'Shfaq ngjarjet' }).click();
    await page.getByText('1 ngjarje').waitFor();
    await page
      .getByRole('link', { name: 'Liria e lëvizjes: një vit më pas' })
      .click();
    await page.getByText('Prishtinë / Priština').waitFor();
    const when = await page.locator('dl.summary time').first().textContent();
    const expected = new Intl.DateTimeFormat('sq-XK', {
      timeZone: 'Europe/Belgrade',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(tenOClockBelgrade(10));
    expect(when).toContain(expected);
    expect(
      await page
        .getByRole('link', { name: 'Shto në kalendar (shkarko)' })
        .getAttribute('href'),
    ).toBe(`/api/events/${openEvent}/calendar.ics?lang=sq`);
    expect(
      await page
        .getByRole('link', { name: 'Abonohu në këtë ngjarje' })
        .getAttribute('href'),
    ).toMatch(
      new RegExp(
        `^webcal://.+/api/events/${openEvent}/calendar\\.ics\\?lang=sq$`,
      ),
    );

    await page.getByRole('button', { name: 'Regjistrohu' }).click();
    await page.getByText('Ke një vend në këtë ngjarje.').first().waitFor();
    await page.getByText('Vendi u konfirmua').waitFor();
  });

  it('is waitlisted when the event is full, and promoted when the other registrant cancels', async () => {
    await page.goto(`${t.url}/events/${fullEvent}`);
    await page.getByText('Plot: lista e pritjes').waitFor();
    await page.getByText('Mitrovicë e Jugut / Južna Mitrovica').waitFor();
    await page
      .getByRole('button', { name: 'Futu në listën e pritjes' })
      .click();
    await page.getByText(/je në listën e pritjes/).waitFor();
    await page.getByText('Je numri 1 në listën e pritjes.').waitFor();
    await screenshot(page, 'journey-sq-event-waitlisted');

    await page
      .getByRole('navigation', { name: 'Menyja kryesore' })
      .getByRole('link', { name: 'Ngjarjet e mia' })
      .click();
    await page.getByText('Lista e pritjes: numri 1').waitFor();

    // the other registrant gives the seat back through the API
    await request(t.url)
      .delete(`/api/events/${fullEvent}/registrations/me`)
      .set(auth(other))
      .expect(200);

    await page.reload();
    const card = page.locator('li.card', { hasText: 'Diplomat përtej vijës' });
    await card.getByText('Vendi u konfirmua').waitFor();
    expect(await page.getByText('Lista e pritjes: numri 1').count()).toBe(0);
    await screenshot(page, 'journey-sq-my-events');
  });
});
