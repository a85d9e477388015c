import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  eventBody,
  publishedEvent,
  signUp,
  type Cast,
  type Person,
} from '../../support/actors.js';
import { ask, connect } from '../../support/sockets.js';

/**
 * A small world with something of every kind for the hardening suites: the six viewpoints of the
 * role matrix, three more participants whose community, e-mail and pairs must never leak, an event
 * with a session and registrations, a published pairing round, a publication with a comment, a
 * bulletin and a chat message.
 */
export interface World extends Cast {
  victims: Person[];
  /** everybody whose data is private: participant, otherParticipant and the victims */
  people: Person[];
  community: Map<string, string>;
  eventId: string;
  draftEventId: string;
  sessionId: string;
  eventRoomId: string;
  registrationId: string;
  cohortId: string;
  roundId: string;
  /** the participant's pair group and its room */
  groupId: string;
  pairRoomId: string;
  /** the victims' pair group and its room (the participant is not in it) */
  otherGroupId: string;
  otherPairRoomId: string;
  /** the members' account ids of those two groups */
  pairs: string[][];
  publicationId: string;
  commentId: string;
  bulletinId: string;
  messageId: number;
  feedPath: string;
}

async function expectStatus(
  res: request.Response,
  status: number,
  what: string,
): Promise<request.Response> {
  if (res.status !== status)
    throw new Error(
      `${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  return res;
}

export async function buildWorld(url: string): Promise<World> {
  const c = await cast(url);
  const victims = await Promise.all([signUp(url), signUp(url), signUp(url)]);
  const community = new Map<string, string>([
    [c.participant.id, 'kosovo-albanian'],
    [victims[0].id, 'kosovo-serb'],
    [victims[1].id, 'kosovo-albanian'],
    [victims[2].id, 'kosovo-serb'],
  ]);
  await completeProfile(url, c.otherParticipant);
  for (const p of [c.participant, ...victims])
    await completeProfile(url, p, {
      communityId: community.get(p.id),
      languages: [{ code: 'en', level: 'fluent' }],
      interests: ['energy'],
      availability: ['wed-evening', 'sat-morning'],
    });

  const eventId = await publishedEvent(url, c.organiser);
  const draft = await expectStatus(
    await request(url)
      .post('/api/events')
      .set(auth(c.organiser))
      .send(eventBody({ title: { en: 'A draft' } })),
    201,
    'draft event',
  );
  const event = await request(url).get(`/api/events/${eventId}`);
  const start = new Date(event.body.startsAt as string).getTime();
  const session = await expectStatus(
    await request(url)
      .post(`/api/events/${eventId}/sessions`)
      .set(auth(c.organiser))
      .send({
        title: 'Opening',
        startsAt: new Date(start + 3600_000).toISOString(),
        endsAt: new Date(start + 2 * 3600_000).toISOString(),
      }),
    201,
    'session',
  );
  for (const p of [c.participant, ...victims])
    await expectStatus(
      await request(url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p)),
      200,
      'registration',
    );
  const regs = await expectStatus(
    await request(url)
      .get(`/api/events/${eventId}/registrations`)
      .set(auth(c.organiser)),
    200,
    'registrations',
  );
  const regList = (
    Array.isArray(regs.body) ? regs.body : regs.body.items
  ) as Record<string, unknown>[];
  const mine = regList.find((r) =>
    JSON.stringify(r).includes(c.participant.id),
  );
  if (!mine) throw new Error('no registration of the participant');

  const cohort = await expectStatus(
    await request(url)
      .post('/api/cohorts')
      .set(auth(c.organiser))
      .send({ name: 'Hardening cohort' }),
    201,
    'cohort',
  );
  const cohortId = cohort.body.id as string;
  for (const p of [c.participant, ...victims])
    await expectStatus(
      await request(url).post(`/api/cohorts/${cohortId}/members`).set(auth(p)),
      201,
      'cohort member',
    );
  const round = await expectStatus(
    await request(url)
      .post(`/api/cohorts/${cohortId}/rounds`)
      .set(auth(c.organiser)),
    201,
    'round',
  );
  await expectStatus(
    await request(url)
      .post(`/api/cohorts/${cohortId}/rounds/${round.body.id}/publish`)
      .set(auth(c.organiser)),
    200,
    'publish round',
  );
  const pairings = async (p: Person) =>
    (
      await expectStatus(
        await request(url).get('/api/me/pairings').set(auth(p)),
        200,
        'pairings',
      )
    ).body as { groupId: string; roomId: string; partners: { id: string }[] }[];
  const [own] = await pairings(c.participant);
  const outsider = victims.find(
    (v) => !own.partners.some((x) => x.id === v.id),
  )!;
  const [other] = await pairings(outsider);

  const publication = await expectStatus(
    await request(url).post('/api/publications').set(auth(c.organiser)).send({
      kind: 'article',
      title: 'Freedom of movement: one year on',
      authorName: 'Ana Petrović',
      body: 'People cross at **Jarinje** every day.',
      language: 'en',
    }),
    201,
    'publication',
  );
  await expectStatus(
    await request(url)
      .post(`/api/publications/${publication.body.id}/publish`)
      .set(auth(c.organiser)),
    200,
    'publish publication',
  );
  const comment = await expectStatus(
    await request(url)
      .post(`/api/publications/${publication.body.id}/comments`)
      .set(auth(victims[0]))
      .send({ body: 'A comment to moderate.' }),
    201,
    'comment',
  );
  const bulletin = await expectStatus(
    await request(url)
      .post('/api/bulletins')
      .set(auth(c.organiser))
      .send({ publicationIds: [], eventIds: 'upcoming' }),
    201,
    'bulletin',
  );

  const eventRoomId = event.body.roomId as string;
  const socket = await connect(url, c.participant.token);
  let messageId: number;
  try {
    const joined = await ask(socket, 'room:join', { roomId: eventRoomId });
    if (!('data' in joined)) throw new Error(`join: ${JSON.stringify(joined)}`);
    const sent = await ask(socket, 'message:send', {
      roomId: eventRoomId,
      body: 'Hello from the hardening world.',
      clientMsgId: 'hardening-1',
    });
    if (!('data' in sent) || !sent.data)
      throw new Error(`send: ${JSON.stringify(sent)}`);
    messageId = sent.data.id;
  } finally {
    socket.close();
  }
  const feed = await expectStatus(
    await request(url).get('/api/me/calendar').set(auth(c.participant)),
    200,
    'calendar',
  );

  return {
    ...c,
    victims,
    people: [c.participant, c.otherParticipant, ...victims],
    community,
    eventId,
    draftEventId: draft.body.id as string,
    sessionId: session.body.id as string,
    eventRoomId,
    registrationId: mine.id as string,
    cohortId,
    roundId: round.body.id as string,
    groupId: own.groupId,
    pairRoomId: own.roomId,
    otherGroupId: other.groupId,
    otherPairRoomId: other.roomId,
    pairs: [
      [c.participant.id, ...own.partners.map((x) => x.id)],
      [outsider.id, ...other.partners.map((x) => x.id)],
    ],
    publicationId: publication.body.id as string,
    commentId: comment.body.id as string,
    bulletinId: bulletin.body.id as string,
    messageId,
    feedPath: new URL(feed.body.feedUrl as string).pathname,
  };
}
