import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { CsrfTokens } from '../../src/web/csrf.js';
import {
  auth,
  createOrganiser,
  eventBody,
  login,
  PASSWORD,
  signUp,
  unique,
  type Person,
} from '../support/actors.js';
import { ADMIN, startIsolatedApp } from '../support/app.js';
import { send, type RawResponse } from './support/http.js';
import { recordSummary } from './support/summary.js';
import { buildWorld, type World } from './support/world.js';

/**
 * The authorisation matrix: every route of the running app (read from Express's router, so a new
 * route without a row here fails the suite) × six viewpoints, each cell one real request with the
 * outcome written below. Every response to someone who is not an organiser of the owning
 * organisation (or an admin) is scanned for other people's e-mails, communities and pairs.
 *
 * `HARDENING_PRINT_MATRIX=1 npx vitest run test/hardening/authz.e2e-spec.ts` prints the outcomes
 * the app gives now, in the table's own format, to help review a new route's row.
 */

const ACTORS = [
  'anonymous',
  'participant',
  'otherParticipant',
  'otherOrganiser',
  'organiser',
  'admin',
] as const;
type ActorName = (typeof ACTORS)[number];

/*
 * One row per route; the cells in the order of ACTORS:
 *   anonymous · participant · other participant · organiser of another organisation · organiser · admin
 * `ok` = 2xx, `3xx` = a redirect (pages: to sign in, or after a form), a number = that status.
 * The resources in the paths belong to the participant and to the organiser's organisation (World).
 */
// prettier-ignore
const MATRIX: Record<string, string> = {
  'GET /api/docs/swagger-ui-init.js':                           'ok ok ok ok ok ok',
  'GET /api/docs/docs/swagger-ui-init.js':                      'ok ok ok ok ok ok',
  'GET /api/docs':                                              'ok ok ok ok ok ok',
  'GET /api/docs/index.html':                                   'ok ok ok ok ok ok',
  'GET /api/docs/LICENSE':                                      '404 404 404 404 404 404',
  'GET /api/docs/':                                             'ok ok ok ok ok ok',
  'GET /api/docs-json':                                         'ok ok ok ok ok ok',
  'GET /api/docs-yaml':                                         'ok ok ok ok ok ok',
  'GET /api/reference':                                         'ok ok ok ok ok ok',
  'POST /api/auth/register':                                    'ok ok ok ok ok ok',
  'POST /api/auth/login':                                       'ok ok ok ok ok ok',
  'POST /api/auth/logout':                                      '401 ok ok ok ok ok',
  'PUT /api/me/password':                                       '401 ok ok ok ok ok',
  'GET /api/organisations':                                     'ok ok ok ok ok ok',
  'GET /api/organisations/:id':                                 'ok ok ok ok ok ok',
  'POST /api/organisations':                                    '401 403 403 403 403 ok',
  'POST /api/organisations/:id/organisers':                     '401 403 403 403 403 ok',
  'GET /api/organisations/:id/organisers':                      '401 403 403 403 ok ok',
  'GET /api/me':                                                '401 ok ok ok ok ok',
  'PUT /api/me/profile':                                        '401 ok ok ok ok ok',
  'POST /api/me/consents':                                      '401 ok ok ok ok ok',
  'GET /api/me/consents':                                       '401 ok ok ok ok ok',
  'GET /api/consents':                                          'ok ok ok ok ok ok',
  'GET /api/me/export':                                         '401 ok ok ok ok ok',
  'DELETE /api/me':                                             '401 ok ok ok ok ok',
  'GET /api/participants/:id':                                  '401 ok ok ok ok ok',
  'GET /api/events':                                            'ok ok ok ok ok ok',
  'GET /api/events/:id':                                        'ok ok ok ok ok ok',
  'POST /api/events':                                           '401 403 403 ok ok 403',
  'PATCH /api/events/:id':                                      '401 403 403 403 ok ok',
  'POST /api/events/:id/publish':                               '401 403 403 404 ok ok',
  'POST /api/events/:id/cancel':                                '401 403 403 403 ok ok',
  'POST /api/events/:id/sessions':                              '401 403 403 403 ok ok',
  'PATCH /api/events/:id/sessions/:sessionId':                  '401 403 403 403 ok ok',
  'DELETE /api/events/:id/sessions/:sessionId':                 '401 403 403 403 ok ok',
  'POST /api/events/:id/registrations':                         '401 ok ok 403 403 403',
  'DELETE /api/events/:id/registrations/me':                    '401 ok ok 404 404 404',
  'GET /api/events/:id/registrations':                          '401 403 403 403 ok ok',
  'GET /api/events/:id/registrations.csv':                      '401 403 403 403 ok ok',
  'DELETE /api/events/:id/registrations/:registrationId':       '401 403 403 403 ok ok',
  'POST /api/events/:id/registrations/:registrationId/check-in':  '401 403 403 403 ok ok',
  'GET /api/events/:id/community-counts':                       '401 403 403 403 ok ok',
  'GET /api/me/registrations':                                  '401 ok ok ok ok ok',
  'GET /api/publications':                                      'ok ok ok ok ok ok',
  'GET /api/publications/feed.xml':                             'ok ok ok ok ok ok',
  'GET /api/publications/:id':                                  'ok ok ok ok ok ok',
  'POST /api/publications':                                     '401 403 403 ok ok 400',
  'PATCH /api/publications/:id':                                '401 403 403 403 ok ok',
  'POST /api/publications/:id/publish':                         '401 403 403 404 ok ok',
  'GET /api/publications/:id/comments':                         'ok ok ok ok ok ok',
  'POST /api/publications/:id/comments':                        '401 ok ok ok ok ok',
  'POST /api/publications/:id/comments/:commentId/approve':     '401 403 403 403 ok ok',
  'POST /api/publications/:id/comments/:commentId/reject':      '401 403 403 403 ok ok',
  'POST /api/bulletin/subscriptions':                           'ok ok ok ok ok ok',
  'GET /api/bulletin/confirm/:token':                           '404 404 404 404 404 404',
  'GET /api/bulletin/unsubscribe/:token':                       '404 404 404 404 404 404',
  'POST /api/bulletin/unsubscribe/:token':                      '404 404 404 404 404 404',
  'POST /api/bulletins':                                        '401 403 403 ok ok 400',
  'GET /api/bulletins/:id':                                     '401 403 403 404 ok ok',
  'POST /api/bulletins/:id/send':                               '401 403 403 404 ok ok',
  'GET /api/events/:id/calendar.ics':                           'ok ok ok ok ok ok',
  'GET /api/organisations/:id/calendar.ics':                    'ok ok ok ok ok ok',
  'GET /api/me/calendar':                                       '401 ok ok ok ok ok',
  'POST /api/me/calendar/rotate':                               '401 ok ok ok ok ok',
  'GET /calendar/:file':                                        'ok ok ok ok ok ok',
  'POST /api/cohorts':                                          '401 403 403 ok ok 403',
  'GET /api/cohorts':                                           '401 ok ok ok ok ok',
  'GET /api/cohorts/:id':                                       '401 ok 404 404 ok ok',
  'POST /api/cohorts/:id/members':                              '401 ok 422 403 403 403',
  'DELETE /api/cohorts/:id/members/me':                         '401 ok ok ok ok ok',
  'POST /api/cohorts/:id/skip':                                 '401 ok 404 404 404 404',
  'GET /api/cohorts/:id/rounds':                                '401 403 403 403 ok ok',
  'POST /api/cohorts/:id/rounds':                               '401 403 403 403 ok ok',
  'GET /api/cohorts/:id/rounds/:roundId':                       '401 403 403 403 ok ok',
  'POST /api/cohorts/:id/rounds/:roundId/locks':                '401 403 403 403 ok ok',
  'POST /api/cohorts/:id/rounds/:roundId/forbids':              '401 403 403 403 ok ok',
  'POST /api/cohorts/:id/rounds/:roundId/swap':                 '401 403 403 403 400 400',
  'POST /api/cohorts/:id/rounds/:roundId/resolve':              '401 403 403 403 ok ok',
  'POST /api/cohorts/:id/rounds/:roundId/publish':              '401 403 403 403 ok ok',
  'GET /api/cohorts/:id/rounds/:roundId/feedback':              '401 403 403 403 ok ok',
  'GET /api/me/pairings':                                       '401 ok ok ok ok ok',
  'POST /api/me/pairings/:groupId/feedback':                    '401 ok 404 404 404 404',
  'GET /api/rooms/:id':                                         '401 ok 403 403 ok ok',
  'PATCH /api/rooms/:id':                                       '401 403 403 403 ok ok',
  'GET /api/rooms/:id/messages':                                '401 ok 403 403 ok ok',
  'GET /api/rooms/:id/questions':                               '401 ok 403 403 ok ok',
  'GET /api/rooms/:id/held':                                    '401 403 403 403 ok ok',
  'POST /api/rooms/:id/messages/:messageId/approve':            '401 403 403 403 422 422',
  'DELETE /api/rooms/:id/messages/:messageId':                  '401 ok 403 403 ok ok',
  'POST /api/rooms/:id/messages/:messageId/answered':           '401 403 403 403 422 422',
  'POST /api/rooms/:id/sanctions':                              '401 403 403 403 ok ok',
  'DELETE /api/rooms/:id/sanctions/:accountId/:kind':           '401 403 403 403 ok ok',
  'POST /api/rooms/:id/report':                                 '401 ok 403 403 ok ok',
  'GET /api/rooms/:id/moderation-log':                          '401 403 403 403 ok ok',
  'GET /health':                                                'ok ok ok ok ok ok',
  'GET /health/live':                                           'ok ok ok ok ok ok',
  'GET /assets/:file':                                          'ok ok ok ok ok ok',
  'GET /':                                                      'ok ok ok ok ok ok',
  'GET /events':                                                'ok ok ok ok ok ok',
  'GET /events/:id':                                            'ok ok ok ok ok ok',
  'POST /events/:id/register':                                  '3xx 3xx 3xx 403 403 403',
  'GET /events/:id/cancel':                                     '3xx ok 3xx 3xx 3xx 3xx',
  'POST /events/:id/cancel':                                    '3xx 3xx 3xx 404 404 404',
  'GET /signup':                                                'ok 3xx 3xx 3xx 3xx 3xx',
  'POST /signup':                                               '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /login':                                                 'ok 3xx 3xx 3xx 3xx 3xx',
  'POST /login':                                                '3xx 3xx 3xx 3xx 3xx 3xx',
  'POST /logout':                                               '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /me/profile':                                            '3xx ok ok ok ok ok',
  'POST /me/profile':                                           '3xx 400 400 400 400 400',
  'POST /me/profile/community':                                 '3xx 3xx 400 400 400 400',
  'POST /me/profile/community/withdraw':                        '3xx 3xx 3xx 3xx 3xx 3xx',
  'POST /me/profile/guardian':                                  '3xx 400 400 400 400 400',
  'POST /me/profile/guardian/withdraw':                         '3xx 3xx 3xx 3xx 3xx 3xx',
  'POST /me/profile/do-not-pair':                               '3xx 3xx 3xx 3xx 3xx 3xx',
  'POST /me/profile/do-not-pair/remove':                        '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /me/events':                                             '3xx ok ok ok ok ok',
  'GET /me/data':                                               '3xx ok ok ok ok ok',
  'GET /me/data/export':                                        '3xx ok ok ok ok ok',
  'GET /me/delete':                                             '3xx ok ok ok ok ok',
  'POST /me/delete':                                            '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /me/calendar':                                           '3xx ok ok ok ok ok',
  'POST /me/calendar/rotate':                                   '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /organiser/events':                                      '3xx 403 403 ok ok ok',
  'GET /organiser/events/new':                                  '3xx 403 403 ok ok 403',
  'POST /organiser/events/new':                                 '3xx 403 403 400 400 403',
  'GET /organiser/events/:id/edit':                             '3xx 403 403 403 ok ok',
  'POST /organiser/events/:id/edit':                            '3xx 403 403 403 400 400',
  'GET /organiser/events/:id':                                  '3xx 403 403 403 ok ok',
  'POST /organiser/events/:id/publish':                         '3xx 403 403 403 3xx 3xx',
  'GET /organiser/events/:id/cancel':                           '3xx 403 403 403 ok ok',
  'POST /organiser/events/:id/cancel':                          '3xx 403 403 403 3xx 3xx',
  'POST /organiser/events/:id/sessions':                        '3xx 403 403 403 400 400',
  'GET /organiser/events/:id/sessions/:sessionId':              '3xx 403 403 403 ok ok',
  'POST /organiser/events/:id/sessions/:sessionId':             '3xx 403 403 403 400 400',
  'POST /organiser/events/:id/sessions/:sessionId/remove':      '3xx 403 403 403 3xx 3xx',
  'GET /organiser/events/:id/registrations':                    '3xx 403 403 403 ok ok',
  'POST /organiser/events/:id/registrations/:registrationId/check-in': '3xx 403 403 403 3xx 3xx',
  'GET /admin':                                                 '3xx 403 403 403 403 3xx',
  'GET /admin/organisations':                                   '3xx 403 403 403 403 ok',
  'POST /admin/organisations':                                  '3xx 403 403 403 403 400',
  'GET /admin/organisations/:id':                               '3xx 403 403 403 403 ok',
  'POST /admin/organisations/:id/organisers':                   '3xx 403 403 403 403 400',
  'GET /admin/reference':                                       '3xx 403 403 403 403 ok',
  // live room and pairing pages
  'POST /rooms/socket-token':                                   '3xx ok ok ok ok ok',
  'GET /rooms/:id':                                             '3xx ok 403 403 ok ok',
  'POST /rooms/:id/messages':                                   '3xx 3xx 403 403 3xx 3xx',
  'POST /rooms/:id/messages/:messageId/upvote':                 '3xx 422 403 403 422 422',
  'POST /rooms/:id/messages/:messageId/hide':                   '3xx 3xx 403 403 3xx 3xx',
  'POST /rooms/:id/messages/:messageId/answered':               '3xx 403 403 403 422 422',
  'POST /rooms/:id/messages/:messageId/approve':                '3xx 403 403 403 422 422',
  'POST /rooms/:id/sanctions':                                  '3xx 403 403 403 3xx 3xx',
  'POST /rooms/:id/settings':                                   '3xx 403 403 403 3xx 3xx',
  'GET /me/pairings':                                           '3xx ok ok ok ok ok',
  'POST /me/pairings/:groupId/feedback':                        '3xx 3xx 404 404 404 404',
  'POST /me/pairings/cohorts/:id/skip':                         '3xx 3xx 404 404 404 404',
  'GET /me/cohorts/:id/join':                                   '3xx ok ok ok ok ok',
  'POST /me/cohorts/:id/join':                                  '3xx 422 422 403 403 403',
  'POST /me/cohorts/:id/leave':                                 '3xx 3xx 3xx 3xx 3xx 3xx',
  'GET /cohorts':                                               '3xx 403 403 ok ok ok',
  'POST /cohorts':                                              '3xx 403 403 3xx 3xx 400',
  'GET /cohorts/:id':                                           '3xx 403 403 404 ok ok',
  'POST /cohorts/:id/rounds':                                   '3xx 403 403 403 3xx 3xx',
  'GET /cohorts/:id/rounds/:roundId':                           '3xx 403 403 404 ok ok',
  'POST /cohorts/:id/rounds/:roundId/:action':                  '3xx 403 403 403 3xx 3xx',
};

type Params = Record<string, string>;

/** What a row sends, where the defaults (World's resources, no body) do not fit. */
interface RouteRequest {
  /** a JSON body (API) or form fields (pages) */
  body?: (w: World, params: Params, who?: Person) => unknown;
  /** resources made afresh for every cell (a publish, a delete, a cancel can happen only once) */
  fresh?: (w: World, who?: Person) => Promise<Params>;
  /** the cell acts on itself (logout, erasure, password): a throwaway account of the same role */
  self?: boolean;
  query?: string;
}

let t: Awaited<ReturnType<typeof startIsolatedApp>>;
let w: World;
let csrf: CsrfTokens;
let assetFile: string;
let guardianTextVersion: string;
/** an account outside World, for the sign-in rows */
let loginPerson: Person;

const api = () => request(t.url);

async function freshEvent(publish: boolean, organiser = w.organiser) {
  const created = await api()
    .post('/api/events')
    .set(auth(organiser))
    .send(eventBody({ title: { en: unique('Matrix event') } }))
    .expect(201);
  if (publish)
    await api()
      .post(`/api/events/${created.body.id}/publish`)
      .set(auth(organiser))
      .expect(200);
  return created.body.id as string;
}

async function register(eventId: string, p: Person) {
  const res = await api()
    .post(`/api/events/${eventId}/registrations`)
    .set(auth(p))
    .expect(200);
  const regs = await api()
    .get(`/api/events/${eventId}/registrations`)
    .set(auth(w.organiser))
    .expect(200);
  const list = (
    Array.isArray(regs.body) ? regs.body : regs.body.items
  ) as Record<string, unknown>[];
  const r = list.find((x) => JSON.stringify(x).includes(p.id));
  void res;
  return r!.id as string;
}

async function freshMessage(roomId = w.eventRoomId) {
  const { ask, connect } = await import('../support/sockets.js');
  const socket = await connect(t.url, w.participant.token);
  try {
    await ask(socket, 'room:join', { roomId });
    const sent = await ask(socket, 'message:send', {
      roomId,
      body: 'A message for the matrix.',
      clientMsgId: unique('m'),
    });
    if (!('data' in sent) || !sent.data) throw new Error(JSON.stringify(sent));
    return String(sent.data.id);
  } finally {
    socket.close();
  }
}

async function freshDraftRound() {
  const cohort = await api()
    .post('/api/cohorts')
    .set(auth(w.organiser))
    .send({ name: unique('Matrix cohort') })
    .expect(201);
  for (const p of w.victims)
    await api()
      .post(`/api/cohorts/${cohort.body.id}/members`)
      .set(auth(p))
      .expect(201);
  const round = await api()
    .post(`/api/cohorts/${cohort.body.id}/rounds`)
    .set(auth(w.organiser))
    .expect(201);
  return { id: cohort.body.id as string, roundId: round.body.id as string };
}

/** A new cohort of the matrix organisation, joined by `who` when given (to be left). */
async function cohortJoinedBy(w: World, who?: Person) {
  const c = await api()
    .post('/api/cohorts')
    .set(auth(w.organiser))
    .send({ name: unique('Matrix cohort') })
    .expect(201);
  // only participants with community consent can join: the others leave nothing
  if (who) await api().post(`/api/cohorts/${c.body.id}/members`).set(auth(who));
  return { id: c.body.id as string };
}

const REQUESTS: Record<string, RouteRequest> = {
  'POST /me/calendar/rotate': { self: true },
  'POST /organiser/events/:id/cancel': {
    fresh: async () => ({ id: await freshEvent(true) }),
  },
  'POST /organiser/events/:id/sessions/:sessionId/remove': {
    fresh: async () => {
      const id = await freshEvent(true);
      const ev = await api().get(`/api/events/${id}`).expect(200);
      const start = new Date(ev.body.startsAt as string).getTime();
      const s = await api()
        .post(`/api/events/${id}/sessions`)
        .set(auth(w.organiser))
        .send({
          title: 'To remove',
          startsAt: new Date(start + 3600_000).toISOString(),
          endsAt: new Date(start + 2 * 3600_000).toISOString(),
        })
        .expect(201);
      return { id, sessionId: s.body.id as string };
    },
  },
  'POST /organiser/events/:id/registrations/:registrationId/check-in': {
    fresh: async (w) => {
      const id = await freshEvent(true);
      return { id, registrationId: await register(id, w.participant) };
    },
  },
  'POST /api/auth/register': {
    body: () => ({
      email: `${unique('new')}@example.org`,
      password: PASSWORD,
      displayName: 'New person',
    }),
  },
  // a person of their own (the answer names whoever signs in)
  'POST /api/auth/login': {
    body: () => ({ email: loginPerson.email, password: PASSWORD }),
  },
  'POST /api/auth/logout': { self: true },
  'PUT /api/me/password': {
    self: true,
    body: (_w, _p, who) => ({
      currentPassword: who?.email === ADMIN.email ? ADMIN.password : PASSWORD,
      newPassword: `${PASSWORD} again`,
    }),
  },
  'POST /api/organisations': {
    body: () => ({
      name: unique('Matrix organisation'),
      shortName: unique('M').slice(0, 10),
      country: 'XK',
    }),
  },
  'POST /api/organisations/:id/organisers': {
    body: () => ({
      email: `${unique('organiser')}@example.org`,
      displayName: 'New organiser',
      password: PASSWORD,
    }),
  },
  'DELETE /api/me': { self: true },
  'PUT /api/me/profile': { body: () => ({ interests: ['energy'] }) },
  'POST /api/me/consents': {
    body: () => ({
      kind: 'guardian',
      granted: false,
      textVersion: guardianTextVersion,
    }),
  },
  'POST /api/events': { body: () => eventBody() },
  'PATCH /api/events/:id': { body: () => ({ capacity: 60 }) },
  'POST /api/events/:id/publish': {
    fresh: async () => ({ id: await freshEvent(false) }),
  },
  'POST /api/events/:id/cancel': {
    fresh: async () => ({ id: await freshEvent(true) }),
  },
  'POST /api/events/:id/sessions': {
    body: () => ({
      title: 'Another session',
      startsAt: new Date(
        Date.now() + 7 * 24 * 3600_000 + 3 * 3600_000,
      ).toISOString(),
      endsAt: new Date(
        Date.now() + 7 * 24 * 3600_000 + 4 * 3600_000,
      ).toISOString(),
    }),
  },
  'PATCH /api/events/:id/sessions/:sessionId': {
    body: () => ({ hall: 'Hall B' }),
  },
  'DELETE /api/events/:id/sessions/:sessionId': {
    fresh: async () => {
      const id = await freshEvent(true);
      const ev = await api().get(`/api/events/${id}`).expect(200);
      const start = new Date(ev.body.startsAt as string).getTime();
      const s = await api()
        .post(`/api/events/${id}/sessions`)
        .set(auth(w.organiser))
        .send({
          title: 'To delete',
          startsAt: new Date(start + 3600_000).toISOString(),
          endsAt: new Date(start + 2 * 3600_000).toISOString(),
        })
        .expect(201);
      return { id, sessionId: s.body.id as string };
    },
  },
  'POST /api/events/:id/registrations': {
    fresh: async () => ({ id: await freshEvent(true) }),
  },
  'DELETE /api/events/:id/registrations/me': {
    fresh: async (_w, who) => {
      const id = await freshEvent(true);
      // organisers and admins cannot register: their cell cancels nothing of theirs
      if (who)
        await api().post(`/api/events/${id}/registrations`).set(auth(who));
      return { id };
    },
  },
  'DELETE /api/events/:id/registrations/:registrationId': {
    fresh: async (w) => {
      const id = await freshEvent(true);
      return { id, registrationId: await register(id, w.participant) };
    },
  },
  'POST /api/events/:id/registrations/:registrationId/check-in': {
    fresh: async (w) => {
      const id = await freshEvent(true);
      return { id, registrationId: await register(id, w.participant) };
    },
  },
  'POST /api/publications': {
    body: () => ({
      kind: 'article',
      title: 'A matrix article',
      authorName: 'Matrix',
      body: 'Text.',
      language: 'en',
    }),
  },
  'PATCH /api/publications/:id': { body: () => ({ tags: ['energy'] }) },
  'POST /api/publications/:id/publish': {
    fresh: async () => {
      const p = await api()
        .post('/api/publications')
        .set(auth(w.organiser))
        .send({
          kind: 'story',
          title: 'To publish',
          authorName: 'Matrix',
          body: 'Text.',
          language: 'en',
        })
        .expect(201);
      return { id: p.body.id as string };
    },
  },
  'POST /api/publications/:id/comments': {
    body: () => ({ body: 'A comment from the matrix.' }),
  },
  'POST /api/publications/:id/comments/:commentId/approve': {
    fresh: async (w) => ({ commentId: await freshComment(w) }),
  },
  'POST /api/publications/:id/comments/:commentId/reject': {
    fresh: async (w) => ({ commentId: await freshComment(w) }),
  },
  'POST /api/bulletin/subscriptions': {
    body: () => ({ email: `${unique('reader')}@example.org`, locale: 'en' }),
  },
  'POST /api/bulletins': {
    body: () => ({ publicationIds: [], eventIds: 'upcoming' }),
  },
  'POST /api/bulletins/:id/send': {
    fresh: async () => {
      const b = await api()
        .post('/api/bulletins')
        .set(auth(w.organiser))
        .send({ publicationIds: [], eventIds: 'upcoming' })
        .expect(201);
      return { id: b.body.id as string };
    },
  },
  'POST /api/me/calendar/rotate': { self: true },
  'POST /api/cohorts': { body: () => ({ name: unique('Matrix cohort') }) },
  'POST /api/cohorts/:id/members': {},
  'DELETE /api/cohorts/:id/members/me': {
    fresh: (w, who) => cohortJoinedBy(w, who),
  },
  'POST /api/cohorts/:id/skip': { body: () => ({ skip: false }) },
  'POST /api/cohorts/:id/rounds': {
    fresh: async () => {
      const c = await api()
        .post('/api/cohorts')
        .set(auth(w.organiser))
        .send({ name: unique('Matrix cohort') })
        .expect(201);
      for (const p of w.victims.slice(0, 2))
        await api()
          .post(`/api/cohorts/${c.body.id}/members`)
          .set(auth(p))
          .expect(201);
      return { id: c.body.id as string };
    },
  },
  'POST /api/cohorts/:id/rounds/:roundId/locks': {
    fresh: freshDraftRound,
    body: (w) => ({ members: [w.victims[0].id, w.victims[1].id] }),
  },
  'POST /api/cohorts/:id/rounds/:roundId/forbids': {
    fresh: freshDraftRound,
    body: (w) => ({ members: [w.victims[0].id, w.victims[1].id] }),
  },
  'POST /api/cohorts/:id/rounds/:roundId/swap': {
    fresh: freshDraftRound,
    body: (w) => ({ a: w.victims[0].id, b: w.victims[1].id }),
  },
  'POST /api/cohorts/:id/rounds/:roundId/resolve': { fresh: freshDraftRound },
  'POST /api/cohorts/:id/rounds/:roundId/publish': { fresh: freshDraftRound },
  'POST /api/me/pairings/:groupId/feedback': {
    body: () => ({ met: true, rating: 4 }),
  },
  'PATCH /api/rooms/:id': { body: () => ({ slowModeSeconds: 0 }) },
  'POST /api/rooms/:id/messages/:messageId/approve': {
    fresh: async () => ({ messageId: await freshMessage() }),
  },
  'DELETE /api/rooms/:id/messages/:messageId': {
    fresh: async () => ({ messageId: await freshMessage() }),
  },
  'POST /api/rooms/:id/messages/:messageId/answered': {
    body: () => ({ answered: true }),
  },
  'POST /api/rooms/:id/sanctions': {
    body: (w) => ({ accountId: w.victims[2].id, kind: 'mute', minutes: 1 }),
  },
  'DELETE /api/rooms/:id/sanctions/:accountId/:kind': {
    fresh: async (w) => {
      await api()
        .post(`/api/rooms/${w.eventRoomId}/sanctions`)
        .set(auth(w.organiser))
        .send({ accountId: w.victims[2].id, kind: 'mute', minutes: 1 })
        .expect(201);
      return {};
    },
  },
  'POST /api/rooms/:id/report': {
    fresh: async (w) => ({ id: w.pairRoomId }),
    body: () => ({ reason: 'matrix' }),
  },
  // pages: form fields (the CSRF token is added for every page post)
  'POST /signup': {
    body: () => ({
      email: `${unique('web')}@example.org`,
      password: PASSWORD,
      displayName: 'Web person',
    }),
  },
  'POST /login': {
    body: () => ({ email: loginPerson.email, password: PASSWORD }),
  },
  'POST /logout': { self: true },
  'POST /me/delete': { self: true, body: () => ({ confirm: 'yes' }) },
  'POST /events/:id/register': {
    fresh: async () => ({ id: await freshEvent(true) }),
  },
  'POST /events/:id/cancel': {
    fresh: async (_w, who) => {
      const id = await freshEvent(true);
      // organisers and admins cannot register: their cell cancels nothing of theirs
      if (who)
        await api().post(`/api/events/${id}/registrations`).set(auth(who));
      return { id };
    },
  },
  'POST /me/profile': { body: () => ({ displayName: 'Renamed' }) },
  'POST /me/profile/do-not-pair': {
    body: (w) => ({ email: w.victims[1].email }),
  },
  // live room and pairing pages
  'POST /rooms/:id/messages': { body: () => ({ body: 'From the matrix.' }) },
  'POST /rooms/:id/messages/:messageId/hide': {
    fresh: async () => ({ messageId: await freshMessage() }),
  },
  'POST /rooms/:id/messages/:messageId/approve': {
    fresh: async () => ({ messageId: await freshMessage() }),
  },
  'POST /rooms/:id/messages/:messageId/answered': {
    body: () => ({ answered: 'yes' }),
  },
  'POST /rooms/:id/sanctions': {
    body: (w) => ({ accountId: w.victims[2].id, kind: 'mute' }),
  },
  'POST /rooms/:id/settings': {
    body: () => ({ slowModeSeconds: '0', mode: 'chat' }),
  },
  'POST /me/pairings/:groupId/feedback': {
    body: () => ({ met: 'yes', rating: '4' }),
  },
  'POST /me/pairings/cohorts/:id/skip': { body: () => ({ skip: 'no' }) },
  'POST /me/cohorts/:id/leave': { fresh: (w, who) => cohortJoinedBy(w, who) },
  'POST /cohorts': { body: () => ({ name: unique('Page cohort') }) },
  'POST /cohorts/:id/rounds': {
    fresh: async () => {
      const c = await api()
        .post('/api/cohorts')
        .set(auth(w.organiser))
        .send({ name: unique('Matrix cohort') })
        .expect(201);
      for (const p of w.victims.slice(0, 2))
        await api()
          .post(`/api/cohorts/${c.body.id}/members`)
          .set(auth(p))
          .expect(201);
      return { id: c.body.id as string };
    },
  },
  'POST /cohorts/:id/rounds/:roundId/:action': {
    fresh: async () => ({ ...(await freshDraftRound()), action: 'resolve' }),
  },
  'POST /me/profile/do-not-pair/remove': {
    body: (w) => ({ id: w.victims[1].id }),
  },
};

async function freshComment(w: World) {
  const c = await api()
    .post(`/api/publications/${w.publicationId}/comments`)
    .set(auth(w.victims[1]))
    .send({ body: unique('Held comment') })
    .expect(201);
  return c.body.id as string;
}

/** The default resource for a path parameter: World's, chosen by the route's first segments. */
function defaultParams(path: string): Params {
  const byPrefix: [RegExp, () => string][] = [
    [/^\/api\/events\/:id/, () => w.eventId],
    [/^\/api\/organisations\/:id/, () => w.orgId],
    [/^\/api\/participants\/:id/, () => w.participant.id],
    [/^\/api\/publications\/:id/, () => w.publicationId],
    [/^\/api\/bulletins\/:id/, () => w.bulletinId],
    [/^\/api\/cohorts\/:id/, () => w.cohortId],
    [/^\/api\/rooms\/:id/, () => w.eventRoomId],
    [/^\/events\/:id/, () => w.eventId],
    [/^\/organiser\/events\/:id/, () => w.eventId],
    [/^\/admin\/organisations\/:id/, () => w.orgId],
    [/^\/rooms\/:id/, () => w.eventRoomId],
    [/^\/cohorts\/:id/, () => w.cohortId],
    [/^\/me\/pairings\/cohorts\/:id/, () => w.cohortId],
    [/^\/me\/cohorts\/:id/, () => w.cohortId],
  ];
  const id = byPrefix.find(([re]) => re.test(path))?.[1]();
  return {
    ...(id ? { id } : {}),
    sessionId: w.sessionId,
    registrationId: w.registrationId,
    roundId: w.roundId,
    groupId: w.groupId,
    messageId: String(w.messageId),
    commentId: w.commentId,
    accountId: w.victims[2].id,
    kind: 'mute',
    token: randomBytes(32).toString('base64url'),
    file: path.startsWith('/calendar')
      ? w.feedPath.slice('/calendar/'.length)
      : assetFile,
  };
}

function fill(path: string, params: Params): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for :${name} in ${path}`);
    return encodeURIComponent(v);
  });
}

/** A throwaway account with the same role (and organisation) as the actor. */
async function clone(actor: ActorName): Promise<Person> {
  switch (actor) {
    case 'participant':
    case 'otherParticipant':
      return signUp(t.url);
    case 'organiser':
      return createOrganiser(t.url, w.admin, w.orgId);
    case 'otherOrganiser':
      return createOrganiser(t.url, w.admin, w.otherOrgId);
    case 'admin': {
      const p = await signUp(t.url);
      await t.ds.query("UPDATE accounts SET role = 'admin' WHERE id = ?", [
        p.id,
      ]);
      return login(t.url, p.email, PASSWORD);
    }
    case 'anonymous':
      throw new Error('anonymous has no account to clone');
  }
}

const isPage = (path: string) => !/^\/(api|health)(\/|$)/.test(path);

async function runCell(route: string, actor: ActorName): Promise<RawResponse> {
  const [method, path] = route.split(' ');
  const spec = REQUESTS[route] ?? {};
  let who: Person | undefined =
    actor === 'anonymous' ? undefined : (w[actor] as Person);
  if (spec.self && who) who = await clone(actor);
  const params = {
    ...defaultParams(path),
    ...(spec.fresh ? await spec.fresh(w, who) : {}),
  };
  const target = fill(path, params) + (spec.query ?? '');
  const headers: Record<string, string> = {};
  let body: string | undefined;
  const fields = spec.body?.(w, params, who);
  if (isPage(path)) {
    headers.accept = 'text/html';
    const browser = CsrfTokens.newBrowserSecret();
    const cookies = [`uramost_csrf=${browser}`];
    if (who) cookies.push(`uramost_session=${who.token}`);
    headers.cookie = cookies.join('; ');
    if (method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({
        ...(fields as Record<string, string> | undefined),
        _csrf: csrf.tokenFor(browser, who?.token),
      }).toString();
    }
  } else {
    headers.accept = 'application/json';
    if (who) headers.authorization = `Bearer ${who.token}`;
    if (fields !== undefined || ['POST', 'PUT', 'PATCH'].includes(method)) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(fields ?? {});
    }
  }
  return send(t.url, { method, path: target, headers, body });
}

/** Express's own route table: every method and path the app answers. */
function routeTable(): string[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router?: {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    _router?: {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
  };
  const stack = (express.router ?? express._router)!.stack;
  const routes = new Set<string>();
  for (const layer of stack)
    if (layer.route)
      for (const m of Object.keys(layer.route.methods))
        if (m !== '_all') routes.add(`${m.toUpperCase()} ${layer.route.path}`);
  return [...routes];
}

const matches = (token: string, status: number) =>
  token === 'ok'
    ? status >= 200 && status < 300
    : token === '3xx'
      ? status >= 300 && status < 400
      : Number(token) === status;

/** Other people's personal data found in a response to `viewer` (who may be anonymous). */
function leaks(
  res: RawResponse,
  viewer: Person | undefined,
  route: string,
): string[] {
  // The personal feed's unguessable URL is its owner's key (every cell here fetches the
  // participant's): whoever holds it sees what the owner sees; the calendar suite checks its content.
  if (route === 'GET /calendar/:file') return [];
  const found: string[] = [];
  const text = res.text.toLowerCase();
  for (const p of w.people)
    if (p.id !== viewer?.id && text.includes(p.email.toLowerCase()))
      found.push(`e-mail of ${p.displayName}`);
  const groups = [
    { id: w.groupId, room: w.pairRoomId, members: w.pairs[0] },
    { id: w.otherGroupId, room: w.otherPairRoomId, members: w.pairs[1] },
  ];
  for (const g of groups) {
    if (viewer && g.members.includes(viewer.id)) continue;
    if (text.includes(g.id)) found.push('a pair group id');
    if (text.includes(g.room) && route !== 'POST /api/rooms/:id/report')
      found.push('a pair room id');
    if (g.members.every((m) => text.includes(m)))
      found.push('both members of a pair');
  }
  const walk = (v: unknown, own: boolean) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, own));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (/^community(Id)?$/i.test(k) && x && !own)
          found.push(`a community (${k})`);
        walk(x, own);
      }
  };
  // the OpenAPI document names the fields, it holds nobody's data
  if (route === 'GET /api/docs-json') return found;
  walk(
    res.json,
    /^(GET|PUT|POST) \/api\/me(\/(profile|export|consents))?$/.test(route),
  );
  return found;
}

beforeAll(async () => {
  t = await startIsolatedApp();
  csrf = new CsrfTokens(t.config.jwt.secret);
  w = await buildWorld(t.url);
  const home = await api().get('/').set('accept', 'text/html').expect(200);
  loginPerson = await signUp(t.url);
  const texts = await api().get('/api/consents').expect(200);
  guardianTextVersion = texts.body.guardian.version as string;
  assetFile = /\/assets\/([^"]+\.css)/.exec(home.text)![1];
}, 120_000);
afterAll(() => t?.close());

describe('authorisation matrix', () => {
  it('has a row for every route of the running app, and no row for a route that is gone', () => {
    const routes = routeTable();
    expect(routes.length).toBeGreaterThan(100);
    if (process.env.HARDENING_PRINT_MATRIX) return;
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
    const widths = Object.entries(MATRIX).map(([route, row]) => [
      route,
      row.split(/\s+/).length,
    ]);
    expect(widths.filter(([, n]) => n !== ACTORS.length)).toEqual([]);
  });

  it('gives every actor the expected outcome on every route, and nobody else’s community, e-mail or pair', async () => {
    const wrong: string[] = [];
    const leaked: string[] = [];
    const printed: string[] = [];
    let cells = 0;
    let leakChecked = 0;
    for (const route of routeTable()) {
      const row = MATRIX[route]?.split(/\s+/);
      const got: string[] = [];
      for (const [i, actor] of ACTORS.entries()) {
        const res = await runCell(route, actor);
        cells++;
        got.push(
          res.status >= 200 && res.status < 300
            ? 'ok'
            : res.status >= 300 && res.status < 400
              ? '3xx'
              : String(res.status),
        );
        if (row && !matches(row[i], res.status))
          wrong.push(
            `${route} as ${actor}: expected ${row[i]}, got ${res.status} ${res.text.slice(0, 160)}`,
          );
        // a redirect of a signed-in actor is the page's answer, never "please sign in" (which
        // would mean the session was not recognised and the cell proved nothing)
        const location = String(res.headers.location ?? '');
        if (actor !== 'anonymous' && /^\/login\b/.test(location))
          wrong.push(`${route} as ${actor}: sent to sign in (${location})`);
        if (actor !== 'organiser' && actor !== 'admin') {
          leakChecked++;
          const viewer =
            actor === 'anonymous' ? undefined : (w[actor] as Person);
          for (const l of leaks(res, viewer, route))
            leaked.push(`${route} as ${actor}: ${l}`);
        }
      }
      printed.push(
        `  '${route}': ${' '.repeat(Math.max(1, 58 - route.length))}'${got.join(' ')}',`,
      );
    }
    if (process.env.HARDENING_PRINT_MATRIX)
      process.stdout.write(`${printed.join('\n')}\n`);
    process.stdout.write(
      `authorisation matrix: ${cells} cells checked (${routeTable().length} routes × ${ACTORS.length} actors), ${leakChecked} responses scanned for leaks, ${wrong.length} unexpected, ${leaked.length} leaks\n`,
    );
    recordSummary('authz', t.db.kind, {
      routes: routeTable().length,
      actors: ACTORS.length,
      cellsChecked: cells,
      unexpectedOutcomes: wrong.length,
      responsesScannedForLeaks: leakChecked,
      leaks: leaked.length,
    });
    expect(leaked).toEqual([]);
    expect(wrong).toEqual([]);
  }, 300_000);
});
