import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  publishedEvent,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';
import {
  browserOf,
  csrfOf,
  HTML,
  pageOf as get,
  type Agent,
} from './support/browser.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;
/** Posts a form found on `from` (its CSRF token) to `action`. */
async function post(
  agent: Agent,
  from: string,
  action: string,
  fields: Record<string, string | string[]>,
  status = 303,
) {
  const token = csrfOf(await get(agent, from));
  return agent
    .post(action)
    .set(HTML)
    .type('form')
    .send({ ...fields, _csrf: token })
    .expect(status);
}

describe('live room and pairing pages: who may open what (HTTP, no JavaScript)', () => {
  let t: App;
  let c: Cast;
  let ana: Person;
  let boris: Person;
  let stranger: Person;
  let web: Record<'ana' | 'boris' | 'stranger' | 'organiser' | 'other', Agent>;
  let cohortId: string;
  let roundId: string;
  let pairRoom: string;
  let cohortRoom: string;
  let sessionRoom: string;
  let groupId: string;

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    [ana, boris, stranger] = await Promise.all([
      signUp(t.url, { displayName: 'Ana Krasniqi' }),
      signUp(t.url, { displayName: 'Boris Petrović' }),
      signUp(t.url, { displayName: 'Stranger' }),
    ]);
    const shared = {
      languages: [
        { code: 'en', level: 'fluent' },
        { code: 'sr', level: 'conversational' },
      ],
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
    await completeProfile(t.url, stranger, {
      ...shared,
      communityId: 'serbia',
    });
    const eventId = await publishedEvent(t.url, c.organiser);
    const ev = await request(t.url).get(`/api/events/${eventId}`);
    const session = await request(t.url)
      .post(`/api/events/${eventId}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Questions to the negotiators',
        startsAt: ev.body.startsAt,
        endsAt: new Date(
          new Date(ev.body.startsAt as string).getTime() + 3600_000,
        ).toISOString(),
      })
      .expect(201);
    await request(t.url)
      .post(`/api/events/${eventId}/registrations`)
      .set(auth(ana))
      .expect(200);
    const withRooms = await request(t.url)
      .get(`/api/events/${eventId}`)
      .set(auth(ana))
      .expect(200);
    sessionRoom = (
      withRooms.body.sessions as { id: string; roomId: string }[]
    ).find((s) => s.id === session.body.id)!.roomId;
    web = {
      ana: await browserOf(t.url, ana),
      boris: await browserOf(t.url, boris),
      stranger: await browserOf(t.url, stranger),
      organiser: await browserOf(t.url, c.organiser),
      other: await browserOf(t.url, c.otherOrganiser),
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('an organiser creates a cohort, drafts, reviews and publishes a round through the forms', async () => {
    const bad = await post(
      web.organiser,
      '/cohorts',
      '/cohorts',
      { name: 'x', placePreference: 'none' },
      400,
    );
    expect(bad.text).toContain('error-summary');
    const created = await post(web.organiser, '/cohorts', '/cohorts', {
      name: 'Spring peer exchange',
      cadence: 'every two weeks',
      rules: ['trios'],
      placePreference: 'none',
    });
    cohortId = /\/cohorts\/([0-9a-f-]{36})/.exec(
      created.headers.location as string,
    )![1];
    for (const p of [ana, boris])
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/members`)
        .set(auth(p))
        .expect(201);
    const drafted = await post(
      web.organiser,
      `/cohorts/${cohortId}`,
      `/cohorts/${cohortId}/rounds`,
      {},
    );
    roundId = /rounds\/([0-9a-f-]{36})/.exec(
      drafted.headers.location as string,
    )![1];
    const review = await get(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}`,
    );
    expect(review).toMatch(
      /Ana Krasniqi \+ Boris Petrović|Boris Petrović \+ Ana Krasniqi/,
    );
    expect(review).toContain('Shared language');
    // the engine's explanations in the reader's language, with names from the reference data
    const inAlbanian = await get(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}?lang=sq`,
    );
    expect(inAlbanian).toMatch(
      /Gjuhë të përbashkëta: [^<(]+ \(më e mira: [^<,]+, rrjedhshëm\)/,
    );
    expect(inAlbanian).toContain('Interesa të përbashkëta: Energjia');
    expect(inAlbanian).not.toContain('Common language');
    expect(inAlbanian).not.toContain('<span lang="en">');
    await get(web.organiser, `/cohorts/${cohortId}/rounds/${roundId}?lang=en`);
    // a lock of one person with herself is refused next to the field
    const same = await post(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}`,
      `/cohorts/${cohortId}/rounds/${roundId}/lock`,
      { a: ana.id, b: ana.id },
      400,
    );
    expect(same.text).toContain('Choose two different people.');
    await post(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}`,
      `/cohorts/${cohortId}/rounds/${roundId}/lock`,
      { a: ana.id, b: boris.id },
    );
    const publish = await post(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}`,
      `/cohorts/${cohortId}/rounds/${roundId}/publish`,
      {},
    );
    // the notice travels in the one-time cookie: a clean address, shown once
    expect(publish.headers.location).toBe(
      `/cohorts/${cohortId}/rounds/${roundId}`,
    );
    const published = await get(
      web.organiser,
      `/cohorts/${cohortId}/rounds/${roundId}`,
    );
    expect(published).toContain('The round is published.');
    expect(published).not.toContain(`/rounds/${roundId}/publish"`);
    expect(
      await get(web.organiser, `/cohorts/${cohortId}/rounds/${roundId}`),
    ).not.toContain('The round is published.');
    const mine = await request(t.url)
      .get('/api/me/pairings')
      .set(auth(ana))
      .expect(200);
    pairRoom = mine.body[0].roomId;
    groupId = mine.body[0].groupId;
    cohortRoom = (
      await request(t.url)
        .get(`/api/cohorts/${cohortId}`)
        .set(auth(ana))
        .expect(200)
    ).body.roomId;
  });

  it('participants see their partner, the reasons and the pair room; strangers do not', async () => {
    const page = await get(web.ana, '/me/pairings');
    expect(page).toContain('Boris Petrović');
    expect(page).toContain(`href="/rooms/${pairRoom}"`);
    expect(page).toContain('Your organisers put you together.');
    expect(page).toContain('You share interests: Energy.');
    expect(page.length).toBeLessThan(100_000);
    const none = await get(web.stranger, '/me/pairings');
    expect(none).not.toContain('Boris Petrović');
    expect(none).toContain('You have no pairings yet');
  });

  it('decides who may open which room', async () => {
    await request(t.url)
      .get(`/rooms/${pairRoom}`)
      .set(HTML)
      .expect(303)
      .expect(
        'Location',
        `/login?next=${encodeURIComponent(`/rooms/${pairRoom}`)}`,
      );
    const room = await get(web.ana, `/rooms/${pairRoom}`);
    expect(room).toContain('You and Boris Petrović');
    expect(room.length).toBeLessThan(100_000);
    await get(web.boris, `/rooms/${pairRoom}`);
    // a pair room is the pair's own: other participants and, without a report, organisers stay out
    await get(web.stranger, `/rooms/${pairRoom}`, 403);
    await get(web.organiser, `/rooms/${pairRoom}`, 403);
    await get(web.other, `/rooms/${pairRoom}`, 403);
    // the cohort room: its members and its organisers (who moderate)
    await get(web.ana, `/rooms/${cohortRoom}`);
    expect(await get(web.organiser, `/rooms/${cohortRoom}`)).toContain(
      'Room settings',
    );
    await get(web.stranger, `/rooms/${cohortRoom}`, 403);
    await get(web.other, `/rooms/${cohortRoom}`, 403);
    // the session room: confirmed participants, and the event's organisers
    expect(await get(web.ana, `/rooms/${sessionRoom}`)).not.toContain(
      'Room settings',
    );
    await get(web.boris, `/rooms/${sessionRoom}`, 403);
    await get(web.other, `/rooms/${sessionRoom}`, 403);
    expect(await get(web.organiser, `/rooms/${sessionRoom}`)).toContain(
      'Waiting for a moderator',
    );
    await get(web.ana, '/rooms/not-a-room', 404);
    await get(web.ana, '/rooms/7d0c8a5e-0000-4000-8000-000000000000', 404);
  });

  it('cohort pages are for the cohort’s organisers only', async () => {
    const cohortPage = await get(web.organiser, `/cohorts/${cohortId}`);
    expect(cohortPage).toContain('Ana Krasniqi');
    expect(cohortPage).toContain('Boris Petrović');
    await get(web.ana, '/cohorts', 403);
    await get(web.ana, `/cohorts/${cohortId}`, 403);
    await get(web.other, `/cohorts/${cohortId}`, 404);
    await get(web.other, `/cohorts/${cohortId}/rounds/${roundId}`, 404);
    expect(await get(web.other, '/cohorts')).not.toContain(
      'Spring peer exchange',
    );
    expect(await get(web.organiser, '/cohorts')).toContain(
      'Spring peer exchange',
    );
    // the form posts check the same rules as the API
    await post(web.other, '/cohorts', `/cohorts/${cohortId}/rounds`, {}, 403);
  });

  it('sends messages with a plain form post, and shows Serbian in Latin script on request', async () => {
    const sent = await post(
      web.ana,
      `/rooms/${pairRoom}`,
      `/rooms/${pairRoom}/messages`,
      { body: 'Здраво, Борисе!', kind: 'chat', script: 'original' },
    );
    expect(sent.headers.location).toBe(
      `/rooms/${pairRoom}?script=original#send-form`,
    );
    // the confirmation is shown once, inside the room; a reload does not repeat it
    const after = await get(web.ana, `/rooms/${pairRoom}?script=original`);
    expect(after).toMatch(/id="room"[\s\S]*Your message is sent\.[\s\S]*<h1>/);
    expect(await get(web.ana, `/rooms/${pairRoom}`)).not.toContain(
      'Your message is sent.',
    );
    const original = await get(web.boris, `/rooms/${pairRoom}`);
    expect(original).toContain('Здраво, Борисе!');
    const latin = await get(web.boris, `/rooms/${pairRoom}?script=latin`);
    expect(latin).toContain('Zdravo, Borise!');
    expect(latin).not.toContain('Здраво, Борисе!');
    // an empty message is refused next to the box, with what was typed kept
    const empty = await post(
      web.ana,
      `/rooms/${pairRoom}`,
      `/rooms/${pairRoom}/messages`,
      { body: '   ', kind: 'chat' },
      400,
    );
    expect(empty.text).toContain('error-summary');
    // somebody else's room refuses the post as it refuses the page
    await post(
      web.stranger,
      '/me/pairings',
      `/rooms/${pairRoom}/messages`,
      { body: 'hi', kind: 'chat' },
      403,
    );
  });

  it('Q&A without JavaScript: anonymous questions, one vote each, moderation', async () => {
    await post(
      web.ana,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages`,
      {
        body: 'When do the licence plates change?',
        kind: 'question',
        anonymous: 'yes',
      },
    );
    const asOrganiser = await get(web.organiser, `/rooms/${sessionRoom}`);
    expect(asOrganiser).toContain('When do the licence plates change?');
    expect(asOrganiser).toContain('asked anonymously');
    const id = /id="m-(\d+)"/.exec(asOrganiser)![1];
    const asAna = await get(web.ana, `/rooms/${sessionRoom}`);
    expect(asAna).toContain('Anonymous');
    await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages/${id}/upvote`,
      {},
    );
    await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages/${id}/upvote`,
      {},
    );
    const voted = await get(web.ana, `/rooms/${sessionRoom}`);
    expect(voted).toMatch(/<span class="count">1<\/span>/);
    await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages/${id}/answered`,
      { answered: 'yes' },
    );
    expect(await get(web.ana, `/rooms/${sessionRoom}`)).toMatch(
      /class="question is-answered"/,
    );
    // participants cannot moderate
    await post(
      web.ana,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages/${id}/answered`,
      { answered: 'no' },
      403,
    );
    await post(
      web.ana,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/settings`,
      { mode: 'qa', slowModeSeconds: '0' },
      403,
    );
    await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/messages/${id}/hide`,
      {},
    );
    expect(await get(web.ana, `/rooms/${sessionRoom}`)).not.toContain(
      'When do the licence plates change?',
    );
    // settings: a bad slow mode is refused next to its field
    const bad = await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/settings`,
      { mode: 'qa', slowModeSeconds: 'soon' },
      400,
    );
    expect(bad.text).toContain('href="#slowModeSeconds"');
    await post(
      web.organiser,
      `/rooms/${sessionRoom}`,
      `/rooms/${sessionRoom}/settings`,
      { mode: 'qa', slowModeSeconds: '0', locked: 'yes' },
    );
    const locked = await get(web.ana, `/rooms/${sessionRoom}`);
    expect(locked).toContain('A moderator has locked this room');
    expect(locked).not.toContain(`action="/rooms/${sessionRoom}/messages"`);
  });

  it('feedback after a round: checked like the API, notes only for organisers', async () => {
    const bad = await post(
      web.ana,
      '/me/pairings',
      `/me/pairings/${groupId}/feedback`,
      { met: 'yes' },
      400,
    );
    expect(bad.text).toContain('Choose a rating from 1 to 5.');
    await post(web.ana, '/me/pairings', `/me/pairings/${groupId}/feedback`, {
      met: 'yes',
      rating: '4',
      note: 'We met in Mitrovica, it went well.',
    });
    expect(await get(web.ana, '/me/pairings')).toContain(
      'You rated this pairing 4 out of 5.',
    );
    expect(await get(web.boris, '/me/pairings')).not.toContain(
      'We met in Mitrovica',
    );
    expect(
      await get(web.organiser, `/cohorts/${cohortId}/rounds/${roundId}`),
    ).toContain('We met in Mitrovica, it went well.');
    await post(
      web.stranger,
      '/me/pairings',
      `/me/pairings/${groupId}/feedback`,
      { met: 'yes', rating: '1' },
      404,
    );
  });

  it('skipping the next round', async () => {
    const skipped = await post(
      web.boris,
      '/me/pairings',
      `/me/pairings/cohorts/${cohortId}/skip`,
      { skip: 'yes' },
    );
    expect(skipped.headers.location).toBe('/me/pairings');
    const after = await get(web.boris, '/me/pairings');
    expect(after).toContain('You sit out the next round.');
    expect(after.split('You will sit out the next round.')).toHaveLength(2);
    expect(await get(web.boris, '/me/pairings')).not.toContain(
      'You will sit out the next round.',
    );
    const me = await request(t.url)
      .get(`/api/cohorts/${cohortId}`)
      .set(auth(boris))
      .expect(200);
    expect(me.body.me.skipNext).toBe(true);
  });

  it('gives the page script a socket token only with the page’s form token', async () => {
    await web.ana
      .post('/rooms/socket-token')
      .set({ Accept: 'application/json' })
      .type('form')
      .send({ _csrf: 'forged' })
      .expect(403);
    const token = csrfOf(await get(web.ana, `/rooms/${pairRoom}`));
    const res = await web.ana
      .post('/rooms/socket-token')
      .set({ Accept: 'application/json' })
      .type('form')
      .send({ _csrf: token })
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const me = await request(t.url)
      .get('/api/me')
      .set({ Authorization: `Bearer ${res.body.token as string}` })
      .expect(200);
    expect(me.body.user.id).toBe(ana.id);
  });
});
