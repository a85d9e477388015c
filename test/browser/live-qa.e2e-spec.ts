import request from 'supertest';
import type { Page } from 'playwright-core';
import {
  auth,
  completeProfile,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { startLiveStage } from './live-app.js';
import { screenshot, submit } from './support/browser.js';

describe('a session room in Q&A mode, live for two participants and a moderator', () => {
  let stage: Awaited<ReturnType<typeof startLiveStage>>;
  let ana: Person;
  let boris: Person;
  let roomId: string;

  /** The session room, as `who`, with its socket connected. */
  async function open(who: Person): Promise<Page> {
    const page = await stage.open(who);
    await page.goto(`${stage.url}/rooms/${roomId}`);
    await page.locator('#room-status[data-state=live]').waitFor();
    return page;
  }
  const question = (page: Page, text: string) =>
    page.locator('#questions > li', { hasText: text });
  const order = (page: Page) =>
    page.locator('#questions .message-body').allTextContents();

  beforeAll(async () => {
    stage = await startLiveStage();
    [ana, boris] = await Promise.all([
      signUp(stage.url, { displayName: 'Ana Krasniqi' }),
      signUp(stage.url, { displayName: 'Борис Петровић' }),
    ]);
    await Promise.all([
      completeProfile(stage.url, ana),
      completeProfile(stage.url, boris),
    ]);
    const eventId = await publishedEvent(stage.url, stage.organiser);
    const ev = await request(stage.url).get(`/api/events/${eventId}`);
    const session = await request(stage.url)
      .post(`/api/events/${eventId}/sessions`)
      .set(auth(stage.organiser))
      .send({
        title: 'Licence plates: questions to the negotiators',
        startsAt: ev.body.startsAt,
        endsAt: new Date(
          new Date(ev.body.startsAt as string).getTime() + 3600_000,
        ).toISOString(),
      })
      .expect(201);
    for (const p of [ana, boris])
      await request(stage.url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
    const full = await request(stage.url)
      .get(`/api/events/${eventId}`)
      .set(auth(ana))
      .expect(200);
    roomId = (full.body.sessions as { id: string; roomId: string }[]).find(
      (s) => s.id === session.body.id,
    )!.roomId;
  });

  afterAll(async () => {
    await stage?.close();
  });

  it('asks, upvotes once, moderates — everything seen live by both; Latin on request', async () => {
    const mod = await open(stage.organiser);
    // questions wait for a moderator (set through the settings form)
    await mod.locator('#qaModeration').check();
    await submit(
      mod,
      mod.locator('form[action$="/settings"] button[type=submit]'),
      'The room settings are saved.',
    );
    await mod.locator('#room-status[data-state=live]').waitFor();
    expect(await mod.locator('#qaModeration').isChecked()).toBe(true);

    const a = await open(ana);
    const b = await open(boris);

    // Ana asks anonymously: it waits in the moderator's queue, which fills in live
    await a
      .locator('#body')
      .fill('When do the new licence plates become valid?');
    await a.locator('#anonymous').check();
    await a.locator('#send-form button[type=submit]').click();
    await a
      .locator('#send-error', { hasText: 'waits for a moderator' })
      .waitFor();
    const held = mod.locator('#held > li', {
      hasText: 'When do the new licence plates become valid?',
    });
    await held.waitFor();
    expect(await held.locator('.author').textContent()).toContain(
      'Ana Krasniqi',
    );
    // Boris asks under his name
    await b.locator('#body').fill('Will the interpreters be there?');
    await b.locator('#send-form button[type=submit]').click();
    await mod
      .locator('#held > li', { hasText: 'Will the interpreters be there?' })
      .waitFor();

    // the moderator approves both (plain form posts); both participants see them appear live
    for (const text of [
      'When do the new licence plates become valid?',
      'Will the interpreters be there?',
    ]) {
      await submit(
        mod,
        mod
          .locator('#held > li', { hasText: text })
          .locator('form[action$="/approve"] button'),
        'The message is approved and everyone can see it.',
      );
      await mod.locator('#room-status[data-state=live]').waitFor();
      await question(a, text).waitFor();
      await question(b, text).waitFor();
    }
    // the anonymous asker stays anonymous to the others
    expect(
      await question(b, 'licence plates').locator('.author').textContent(),
    ).toContain('Anonymous');

    // upvotes: one each, counted live on both sides, most votes first
    await question(a, 'interpreters').locator('button.upvote').click();
    await question(b, 'interpreters')
      .locator('.count', { hasText: '1' })
      .waitFor();
    await question(b, 'interpreters').locator('button.upvote').click();
    await question(a, 'interpreters')
      .locator('.count', { hasText: '2' })
      .waitFor();
    expect(
      await question(a, 'interpreters').locator('button.upvote').isDisabled(),
    ).toBe(true);
    expect((await order(a))[0]).toBe('Will the interpreters be there?');
    expect((await order(b))[0]).toBe('Will the interpreters be there?');
    // a second vote from the same person is not counted (through the form, without the script)
    const csrf = await a.locator('#room input[name=_csrf]').last().inputValue();
    const id = await question(a, 'interpreters').getAttribute('data-id');
    await a.request.post(`${stage.url}/rooms/${roomId}/messages/${id}/upvote`, {
      form: { _csrf: csrf },
      maxRedirects: 0,
    });
    await mod.reload();
    expect(
      await question(mod, 'interpreters').locator('.count').textContent(),
    ).toBe('2');
    await mod.locator('#room-status[data-state=live]').waitFor();

    // answered: both see the tag, which was not there before
    for (const p of [a, b])
      expect(
        await question(p, 'interpreters').locator('.answered-tag').isVisible(),
      ).toBe(false);
    await submit(
      mod,
      question(mod, 'interpreters').locator('form[action$="/answered"] button'),
      'The question is updated.',
    );
    await mod.locator('#room-status[data-state=live]').waitFor();
    for (const p of [a, b])
      await question(p, 'interpreters')
        .locator('.answered-tag:visible')
        .waitFor();

    // hidden: gone for both, without a reload
    await submit(
      mod,
      question(mod, 'licence plates').locator('form[action$="/hide"] button'),
      'The message is hidden.',
    );
    expect(mod.url()).not.toContain('done=');
    await mod.locator('#room-status[data-state=live]').waitFor();
    for (const p of [a, b])
      await question(p, 'licence plates').waitFor({ state: 'detached' });
    await screenshot(b, 'live-qa-participant');
    await screenshot(mod, 'live-qa-moderator');

    // the moderator asks in Cyrillic; Boris switches to Latin script
    await mod.locator('#body').fill('Када почиње пренос уживо?');
    await mod.locator('#send-form button[type=submit]').click();
    await question(b, 'Када почиње пренос уживо?').waitFor();
    await b.locator('#script-toggle').click();
    await b.waitForURL(/script=latin/);
    await question(b, 'Kada počinje prenos uživo?').waitFor();
    expect(await b.locator('#questions').textContent()).not.toContain(
      'Када почиње',
    );
    await b.locator('#room-status[data-state=live]').waitFor();
    // and what arrives live after the switch is in Latin too
    await mod.locator('#body').fill('Хвала свима.');
    await mod.locator('#send-form button[type=submit]').click();
    await question(b, 'Hvala svima.').waitFor();
    await question(a, 'Хвала свима.').waitFor();
    expect(stage.pageErrors).toEqual([]);
  }, 180_000);
});
