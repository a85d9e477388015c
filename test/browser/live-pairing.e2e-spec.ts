import request from 'supertest';
import {
  auth,
  completeProfile,
  signUp,
  type Person,
} from '../support/actors.js';
import { startLiveStage } from './live-app.js';
import { screenshot, submit } from './support/browser.js';

describe('a pairing round, published in the browser, then the pair talks live', () => {
  let stage: Awaited<ReturnType<typeof startLiveStage>>;
  let ana: Person;
  let boris: Person;
  let cohortId: string;

  beforeAll(async () => {
    stage = await startLiveStage();
    [ana, boris] = await Promise.all([
      signUp(stage.url, { displayName: 'Ana Krasniqi' }),
      signUp(stage.url, { displayName: 'Boris Petrović' }),
    ]);
    const shared = {
      languages: [{ code: 'en', level: 'fluent' }],
      interests: ['energy'],
      availability: ['wed-evening'],
    };
    await completeProfile(stage.url, ana, {
      ...shared,
      communityId: 'kosovo-albanian',
    });
    await completeProfile(stage.url, boris, {
      ...shared,
      communityId: 'kosovo-serb',
    });
    cohortId = (
      await request(stage.url)
        .post('/api/cohorts')
        .set(auth(stage.organiser))
        .send({ name: 'Peer exchange Mitrovica' })
        .expect(201)
    ).body.id;
    for (const p of [ana, boris])
      await request(stage.url)
        .post(`/api/cohorts/${cohortId}/members`)
        .set(auth(p))
        .expect(201);
  });

  afterAll(async () => {
    await stage?.close();
  });

  it('drafts and publishes; each sees the other; they chat live, and a reconnect fills the gap', async () => {
    // the organiser drafts, reviews and publishes through the pages
    const org = await stage.open(stage.organiser);
    await org.goto(`${stage.url}/cohorts/${cohortId}`);
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
    const a = await stage.open(ana);
    const b = await stage.open(boris);
    await a.goto(`${stage.url}/me/pairings`);
    await b.goto(`${stage.url}/me/pairings`);
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
    expect(stage.pageErrors).toEqual([]);
  }, 180_000);
});
