import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  auth,
  completeProfile,
  createOrganiser,
  loginAdmin,
  organisationIds,
  signUp,
  type Person,
} from '../support/actors.js';
import { startLiveApp } from './live-app.js';
import {
  launchBrowser,
  phoneContext,
  screenshot,
  signInWithToken,
  submit,
} from './support/browser.js';

type App = Awaited<ReturnType<typeof startLiveApp>>;

describe('a pairing round, published in the browser, then the pair talks live', () => {
  let t: App;
  let browser: Browser;
  let organiser: Person;
  let ana: Person;
  let boris: Person;
  let cohortId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function open(who: Person): Promise<Page> {
    const context = await phoneContext(browser);
    contexts.push(context);
    await signInWithToken(context, t.url, who.token);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        pageErrors.push(m.text());
    });
    return page;
  }

  beforeAll(async () => {
    [t, browser] = await Promise.all([startLiveApp(), launchBrowser()]);
    organiser = await createOrganiser(
      t.url,
      await loginAdmin(t.url),
      (await organisationIds(t.url)).BCSP,
    );
    [ana, boris] = await Promise.all([
      signUp(t.url, { displayName: 'Ana Krasniqi' }),
      signUp(t.url, { displayName: 'Boris Petrović' }),
    ]);
    const shared = {
      languages: [{ code: 'en', level: 'fluent' }],
      interests: ['energy'],
      availability: ['wed-evening'],
    };
    await completeProfile(t.url, ana, {
      ...shared,
      communityId: 'kosovo-albanian',
    });
    await completeProfile(t.url, boris, {
      ...shared,
      communityId: 'kosovo-serb',
    });
    cohortId = (
      await request(t.url)
        .post('/api/cohorts')
        .set(auth(organiser))
        .send({ name: 'Peer exchange Mitrovica' })
        .expect(201)
    ).body.id;
    for (const p of [ana, boris])
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/members`)
        .set(auth(p))
        .expect(201);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await t?.close();
  });

  it('drafts and publishes; each sees the other; they chat live, and a reconnect fills the gap', async () => {
    // the organiser drafts, reviews and publishes through the pages
    const org = await open(organiser);
    await org.goto(`${t.url}/cohorts/${cohortId}`);
    await submit(
      org,
      org.locator('form#draft button[type=submit]'),
      'A draft round is ready.',
    );
    expect(org.url()).toMatch(/\/rounds\/[0-9a-f-]{36}$/);
    await org.locator('ol.groups h3', { hasText: 'Ana Krasniqi' }).waitFor();
    expect(await org.locator('ol.groups h3').textContent()).toContain(
      'Boris Petrović',
    );
    await screenshot(org, 'live-round-draft');
    await submit(
      org,
      org.locator('form#publish button[type=submit]'),
      'The round is published.',
    );
    expect(await org.locator('h1 .tag').textContent()).toContain('Published');

    // each participant sees the other on "my pairings", and opens the pair room
    const a = await open(ana);
    const b = await open(boris);
    await a.goto(`${t.url}/me/pairings`);
    await b.goto(`${t.url}/me/pairings`);
    await a.locator('h3', { hasText: 'Boris Petrović' }).waitFor();
    await b.locator('h3', { hasText: 'Ana Krasniqi' }).waitFor();
    await screenshot(a, 'live-my-pairings');
    for (const p of [a, b]) {
      await p.locator('a.button', { hasText: 'Open your pair room' }).click();
      await p.locator('#room-status[data-state=live]').waitFor();
    }
    const roomUrl = a.url();
    expect(b.url()).toBe(roomUrl);

    // presence counts people, and both are here
    await a.locator('#presence', { hasText: 'Boris Petrović' }).waitFor();
    await b.locator('#presence', { hasText: 'Ana Krasniqi' }).waitFor();

    // typing shows on the other side
    await b.locator('#body').pressSequentially('Zdr');
    await a.locator('#typing', { hasText: 'Boris Petrović' }).waitFor();

    // a message appears on the other side without a reload
    await a.locator('#body').fill('Hi Boris, shall we meet on Wednesday?');
    await a.locator('#send-form button[type=submit]').click();
    await b
      .locator('#messages .message-body', {
        hasText: 'Hi Boris, shall we meet on Wednesday?',
      })
      .waitFor();
    await b.locator('#body').fill('Yes, at the bridge at six.');
    await b.locator('#send-form button[type=submit]').click();
    await a
      .locator('#messages .message-body', {
        hasText: 'Yes, at the bridge at six.',
      })
      .waitFor();
    expect(a.url()).toBe(roomUrl); // no post, no reload

    // Boris goes offline; Ana writes meanwhile; back online, he gets it once
    await b.context().setOffline(true);
    await b.locator('#room-status[data-state=offline]').waitFor();
    await a.locator('#body').fill('Did you get this while you were away?');
    await a.locator('#send-form button[type=submit]').click();
    await a
      .locator('#messages .message-body', {
        hasText: 'Did you get this while you were away?',
      })
      .waitFor();
    expect(
      await b
        .locator('#messages .message-body', { hasText: 'while you were away' })
        .count(),
    ).toBe(0);
    await b.context().setOffline(false);
    await b.locator('#room-status[data-state=live]').waitFor();
    await b
      .locator('#messages .message-body', { hasText: 'while you were away' })
      .waitFor();
    const bodies = await b.locator('#messages .message-body').allTextContents();
    expect(bodies).toEqual([
      'Hi Boris, shall we meet on Wednesday?',
      'Yes, at the bridge at six.',
      'Did you get this while you were away?',
    ]);
    const ids = await b
      .locator('#messages > li')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
    expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    await screenshot(b, 'live-pair-room');
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
