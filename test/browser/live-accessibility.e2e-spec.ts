import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import {
  auth,
  completeProfile,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { connect, ask } from '../support/sockets.js';
import { startLiveStage } from './live-app.js';
import {
  auditEveryLocale,
  submitForErrors,
  type PageState,
} from './support/browser.js';

type Stage = Awaited<ReturnType<typeof startLiveStage>>;
const live = async (page: Page) => {
  await page.locator('#room-status[data-state=live]').waitFor();
};

describe('live room and pairing pages in every language: axe-core finds nothing serious or critical', () => {
  let stage: Stage;
  let t: Stage['app'];
  let browser: Browser;
  let ana: Person;
  let organiser: Person;
  let states: PageState<'participant' | 'organiser'>[];

  beforeAll(async () => {
    stage = await startLiveStage();
    ({ app: t, browser, organiser } = stage);
    const people = await Promise.all(
      ['Ana Krasniqi', 'Бојан Јовић', 'Drita Hoxha', 'Marko Ilić'].map(
        (displayName) => signUp(t.url, { displayName }),
      ),
    );
    ana = people[0];
    const communities = [
      'kosovo-albanian',
      'kosovo-serb',
      'kosovo-albanian',
      'serbia',
    ];
    for (const [i, p] of people.entries())
      await completeProfile(t.url, p, {
        communityId: communities[i],
        placeId: i % 2 ? 'rs-beograd' : 'xk-prishtine',
        languages: [{ code: 'en', level: 'fluent' }],
        interests: ['energy', 'freedom-of-movement'],
        availability: ['wed-evening'],
      });
    const cohort = async (name: string, members: Person[]) => {
      const id = (
        await request(t.url)
          .post('/api/cohorts')
          .set(auth(organiser))
          .send({ name })
          .expect(201)
      ).body.id as string;
      for (const p of members)
        await request(t.url)
          .post(`/api/cohorts/${id}/members`)
          .set(auth(p))
          .expect(201);
      const round = (
        await request(t.url)
          .post(`/api/cohorts/${id}/rounds`)
          .set(auth(organiser))
          .expect(201)
      ).body.id as string;
      return { id, round };
    };
    const published = await cohort('Peer exchange Mitrovica', [
      people[0],
      people[1],
    ]);
    await request(t.url)
      .post(`/api/cohorts/${published.id}/rounds/${published.round}/publish`)
      .set(auth(organiser))
      .expect(200);
    const draft = await cohort('Young journalists', people);
    const pairing = (
      await request(t.url).get('/api/me/pairings').set(auth(ana)).expect(200)
    ).body[0] as { roomId: string; groupId: string };
    await request(t.url)
      .post(`/api/me/pairings/${pairing.groupId}/feedback`)
      .set(auth(people[1]))
      .send({ met: true, rating: 5, note: 'Great conversation.' })
      .expect(200);
    const cohortRoom = (
      await request(t.url)
        .get(`/api/cohorts/${published.id}`)
        .set(auth(ana))
        .expect(200)
    ).body.roomId as string;

    const eventId = await publishedEvent(t.url, organiser);
    const ev = await request(t.url).get(`/api/events/${eventId}`);
    await request(t.url)
      .post(`/api/events/${eventId}/sessions`)
      .set(auth(organiser))
      .send({
        title: 'Questions to the negotiators',
        startsAt: ev.body.startsAt,
        endsAt: new Date(
          new Date(ev.body.startsAt as string).getTime() + 3600_000,
        ).toISOString(),
      })
      .expect(201);
    for (const p of people.slice(0, 2))
      await request(t.url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
    const sessionRoom = (
      await request(t.url)
        .get(`/api/events/${eventId}`)
        .set(auth(ana))
        .expect(200)
    ).body.sessions[0].roomId as string;
    await request(t.url)
      .patch(`/api/rooms/${sessionRoom}`)
      .set(auth(organiser))
      .send({ qaModeration: true, slowModeSeconds: 5 })
      .expect(200);

    // some conversation in each room, sent the way the page script sends it
    const say = async (
      who: Person,
      roomId: string,
      body: string,
      extra: { kind?: 'question'; anonymous?: boolean } = {},
    ) => {
      const s = await connect(t.url, who.token);
      await ask(s, 'room:join', { roomId });
      const res = await ask(s, 'message:send', {
        roomId,
        body,
        clientMsgId: `a11y-${Math.random().toString(36).slice(2)}`,
        ...extra,
      });
      s.close();
      if ('error' in res) throw new Error(res.error.message);
      return res.data;
    };
    await say(ana, pairing.roomId, 'Hi! Shall we meet on Wednesday?');
    await say(people[1], pairing.roomId, 'Здраво! Може, у среду увече.');
    await say(ana, cohortRoom, 'Welcome, everyone.');
    await say(organiser, cohortRoom, 'The next round starts in two weeks.');
    await say(organiser, sessionRoom, 'Will there be interpretation?', {
      kind: 'question',
    });
    await say(ana, sessionRoom, 'When do the plates change?', {
      kind: 'question',
      anonymous: true,
    });

    states = [
      {
        name: 'my-pairings',
        as: 'participant',
        path: '/me/pairings',
        screenshot: true,
      },
      {
        name: 'my-pairings-feedback-errors',
        as: 'participant',
        path: '/me/pairings',
        prepare: async (page) => {
          await page.locator('details summary').first().click();
          await submitForErrors(
            'form[action$="/feedback"] button[type=submit]',
          )(page);
        },
      },
      {
        name: 'pair-room',
        as: 'participant',
        path: `/rooms/${pairing.roomId}`,
        prepare: live,
        screenshot: true,
      },
      {
        name: 'cohort-room',
        as: 'participant',
        path: `/rooms/${cohortRoom}`,
        prepare: live,
      },
      {
        name: 'session-qa',
        as: 'participant',
        path: `/rooms/${sessionRoom}`,
        prepare: live,
        screenshot: true,
      },
      {
        name: 'session-qa-latin',
        as: 'participant',
        path: `/rooms/${sessionRoom}?script=latin`,
        prepare: live,
      },
      {
        name: 'session-qa-moderator',
        as: 'organiser',
        path: `/rooms/${sessionRoom}`,
        prepare: live,
        screenshot: true,
      },
      {
        name: 'cohort-room-moderator',
        as: 'organiser',
        path: `/rooms/${cohortRoom}`,
        prepare: live,
      },
      { name: 'cohorts', as: 'organiser', path: '/cohorts', screenshot: true },
      {
        name: 'cohorts-errors',
        as: 'organiser',
        path: '/cohorts',
        prepare: submitForErrors('form[action="/cohorts"] button[type=submit]'),
      },
      {
        name: 'cohort',
        as: 'organiser',
        path: `/cohorts/${draft.id}`,
        screenshot: true,
      },
      {
        name: 'round-draft',
        as: 'organiser',
        path: `/cohorts/${draft.id}/rounds/${draft.round}`,
        screenshot: true,
      },
      {
        name: 'round-draft-errors',
        as: 'organiser',
        path: `/cohorts/${draft.id}/rounds/${draft.round}`,
        prepare: submitForErrors('form[action$="/swap"] button[type=submit]'),
      },
      {
        name: 'round-published',
        as: 'organiser',
        path: `/cohorts/${published.id}/rounds/${published.round}`,
      },
    ];
  });

  afterAll(async () => {
    await stage?.close();
  });

  auditEveryLocale(
    () => ({
      browser,
      baseUrl: t.url,
      states,
      tokens: { participant: ana.token, organiser: organiser.token },
    }),
    { timeout: 240_000, parallel: 1, screenshotPrefix: 'live-' },
  );
});
