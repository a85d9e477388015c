import jwt from 'jsonwebtoken';
import request from 'supertest';
import { ENTITIES } from '../src/database/entities.js';
import {
  auth,
  cast,
  completeProfile,
  PASSWORD,
  signUp,
  unique,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp, TEST_SECRET } from './support/app.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

async function consentVersion(url: string, kind: string): Promise<string> {
  return (await request(url).get('/api/consents')).body[kind].version;
}

describe('registration, accounts and profiles', () => {
  let t: App;
  let c: Cast;
  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('sign-up', () => {
    it('creates a participant, normalises the e-mail and answers {accessToken, user}', async () => {
      const name = unique('Mixed');
      const res = await request(t.url)
        .post('/api/auth/register')
        .send({
          email: `  ${name}@Example.ORG `,
          password: PASSWORD,
          displayName: ' Arta ',
          locale: 'sq',
        })
        .expect(201);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.user).toMatchObject({
        email: `${name.toLowerCase()}@example.org`,
        role: 'participant',
        locale: 'sq',
        displayName: 'Arta',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|tokenVersion/);
      const again = await request(t.url)
        .post('/api/auth/register')
        .send({
          email: `${name.toUpperCase()}@example.org`,
          password: PASSWORD,
          displayName: 'Other',
        })
        .expect(409);
      expect(again.body).toMatchObject({
        code: 'EMAIL_TAKEN',
        message: expect.stringContaining('already exists'),
      });
    });

    it('refuses short and common passwords with a clear message', async () => {
      const short = await request(t.url)
        .post('/api/auth/register')
        .send({
          email: `${unique('s')}@x.org`,
          password: 'short',
          displayName: 'S',
        })
        .expect(400);
      expect(short.body.message).toMatch(
        /password must be 8 to 128 characters/,
      );
      const common = await request(t.url)
        .post('/api/auth/register')
        .send({
          email: `${unique('c')}@x.org`,
          password: 'Password123',
          displayName: 'C',
        })
        .expect(400);
      expect(common.body).toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
      const long = await request(t.url)
        .post('/api/auth/register')
        .send({
          email: `${unique('l')}@x.org`,
          password: 'x'.repeat(129),
          displayName: 'L',
        })
        .expect(400);
      expect(long.body.code).toBe('VALIDATION_FAILED');
    });

    it('rejects mass assignment in the sign-up body and creates nothing', async () => {
      for (const extra of [
        { role: 'admin' },
        { organisationId: c.orgId },
        { tokenVersion: 5 },
        { communityId: 'serbia' },
      ]) {
        const email = `${unique('mass')}@example.org`;
        const res = await request(t.url)
          .post('/api/auth/register')
          .send({ email, password: PASSWORD, displayName: 'M', ...extra })
          .expect(400);
        expect(res.body.message).toMatch(/is not a field you can send here/);
        await request(t.url)
          .post('/api/auth/login')
          .send({ email, password: PASSWORD })
          .expect(401);
      }
    });
  });

  describe('login and tokens', () => {
    it('gives the same answer for a wrong e-mail and a wrong password', async () => {
      const p = await signUp(t.url);
      const wrongPassword = await request(t.url)
        .post('/api/auth/login')
        .send({ email: p.email, password: 'not the password' })
        .expect(401);
      const wrongEmail = await request(t.url)
        .post('/api/auth/login')
        .send({ email: `nobody-${p.email}`, password: PASSWORD })
        .expect(401);
      const strip = (b: Record<string, unknown>) => ({
        ...b,
        requestId: undefined,
      });
      expect(strip(wrongPassword.body)).toEqual(strip(wrongEmail.body));
      expect(wrongEmail.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('refuses expired, forged, alg-none and foreign-audience tokens', async () => {
      const p = await signUp(t.url);
      await request(t.url).get('/api/me').set(auth(p)).expect(200);
      const claims = { ver: 0 };
      const base = {
        subject: p.id,
        audience: 'uramost',
        issuer: t.config.jwt.issuer,
      };
      const expired = jwt.sign(
        { ...claims, exp: Math.floor(Date.now() / 1000) - 10 },
        TEST_SECRET,
        { subject: p.id, audience: 'uramost', issuer: t.config.jwt.issuer },
      );
      const forged = jwt.sign(
        claims,
        'another secret of sufficient length 1234567890',
        { ...base, expiresIn: 600 },
      );
      const none = jwt.sign(claims, '', {
        ...base,
        algorithm: 'none',
        expiresIn: 600,
      });
      const otherAudience = jwt.sign(claims, TEST_SECRET, {
        ...base,
        audience: 'someone-else',
        expiresIn: 600,
      });
      const hs512 = jwt.sign(claims, TEST_SECRET, {
        ...base,
        algorithm: 'HS512',
        expiresIn: 600,
      });
      for (const token of [
        expired,
        forged,
        none,
        otherAudience,
        hs512,
        'garbage',
        '',
      ]) {
        const res = await request(t.url)
          .get('/api/me')
          .set('Authorization', `Bearer ${token}`)
          .expect(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('logout and password change revoke every earlier token', async () => {
      const p = await signUp(t.url);
      const second = (
        await request(t.url)
          .post('/api/auth/login')
          .send({ email: p.email, password: PASSWORD })
          .expect(200)
      ).body.accessToken as string;
      await request(t.url).post('/api/auth/logout').set(auth(p)).expect(204);
      await request(t.url).get('/api/me').set(auth(p)).expect(401);
      await request(t.url)
        .get('/api/me')
        .set('Authorization', `Bearer ${second}`)
        .expect(401);

      const fresh = (
        await request(t.url)
          .post('/api/auth/login')
          .send({ email: p.email, password: PASSWORD })
          .expect(200)
      ).body.accessToken as string;
      await request(t.url)
        .put('/api/me/password')
        .set('Authorization', `Bearer ${fresh}`)
        .send({
          currentPassword: 'wrong one!',
          newPassword: 'a new pass phrase',
        })
        .expect(401);
      const changed = await request(t.url)
        .put('/api/me/password')
        .set('Authorization', `Bearer ${fresh}`)
        .send({ currentPassword: PASSWORD, newPassword: 'a new pass phrase' })
        .expect(200);
      await request(t.url)
        .get('/api/me')
        .set('Authorization', `Bearer ${fresh}`)
        .expect(401);
      await request(t.url)
        .get('/api/me')
        .set('Authorization', `Bearer ${changed.body.accessToken}`)
        .expect(200);
      await request(t.url)
        .post('/api/auth/login')
        .send({ email: p.email, password: PASSWORD })
        .expect(401);
    });
  });

  describe('profile', () => {
    it('is validated field by field', async () => {
      const p = await signUp(t.url);
      const res = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({
          birthYear: 1800,
          languages: [{ code: 'sq', level: 'native' }],
          availability: ['someday'],
          placeId: 'Not An Id',
        })
        .expect(400);
      const fields = (res.body.details.fields as { field: string }[])
        .map((f) => f.field)
        .sort();
      expect(fields).toEqual([
        'availability',
        'birthYear',
        'languages.0.level',
        'placeId',
      ]);
      const unknown = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({ placeId: 'xk-atlantis', interests: ['cooking'] })
        .expect(400);
      expect(unknown.body.message).toMatch(
        /placeId has unknown ids: xk-atlantis/,
      );
      expect(unknown.body.message).toMatch(
        /interests has unknown ids: cooking/,
      );
    });

    it('saves a full profile and shows it to its owner', async () => {
      const p = await signUp(t.url);
      const body = {
        displayName: 'Milica',
        birthYear: 2001,
        placeId: 'xk-gracanice',
        languages: [
          { code: 'sr', level: 'fluent' },
          { code: 'en', level: 'conversational' },
        ],
        interests: ['freedom-of-movement', 'energy'],
        availability: ['mon-evening', 'sat-morning'],
        bio: 'Student in Gračanica.',
        doNotPair: [c.otherParticipant.id],
      };
      const res = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send(body)
        .expect(200);
      expect(res.body.user.displayName).toBe('Milica');
      const { displayName: _name, ...profile } = body;
      expect(res.body.profile).toMatchObject({
        ...profile,
        communityId: null,
        limited: false,
        profileComplete: true,
      });
    });

    it('rejects mass assignment in the profile body and changes nothing', async () => {
      const p = await signUp(t.url);
      for (const extra of [
        { role: 'admin' },
        { organisationId: c.orgId },
        { tokenVersion: 3 },
        { consents: { communityData: true } },
        { guardianConsentAt: '2020-01-01' },
      ]) {
        await request(t.url)
          .put('/api/me/profile')
          .set(auth(p))
          .send({ bio: 'changed', ...extra })
          .expect(400);
      }
      const me = await request(t.url).get('/api/me').set(auth(p)).expect(200);
      expect(me.body.user.role).toBe('participant');
      expect(me.body.user.organisationId).toBeNull();
      expect(me.body.profile.bio).toBeNull();
      expect(me.body.profile.consents.communityData).toBe(false);
    });
  });

  describe('community affiliation', () => {
    it('is refused without consent (422), stored with it, and deleted on withdrawal', async () => {
      const p = await signUp(t.url);
      const refused = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({ communityId: 'kosovo-serb' })
        .expect(422);
      expect(refused.body).toMatchObject({
        code: 'COMMUNITY_CONSENT_REQUIRED',
        message: expect.stringMatching(/consent/),
      });

      const version = await consentVersion(t.url, 'community-data');
      await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({ kind: 'community-data', granted: true, textVersion: 'old' })
        .expect(422);
      await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({ kind: 'community-data', granted: true, textVersion: version })
        .expect(201);
      const stored = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({ communityId: 'kosovo-serb' })
        .expect(200);
      expect(stored.body.profile.communityId).toBe('kosovo-serb');

      const withdrawn = await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({ kind: 'community-data', granted: false, textVersion: version })
        .expect(201);
      expect(withdrawn.body.profile.communityId).toBeNull();
      const log = await request(t.url)
        .get('/api/me/consents')
        .set(auth(p))
        .expect(200);
      expect(log.body).toEqual([
        expect.objectContaining({
          kind: 'community-data',
          granted: true,
          textVersion: version,
        }),
        expect.objectContaining({
          kind: 'community-data',
          granted: false,
          textVersion: version,
        }),
      ]);
      await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({ communityId: 'kosovo-serb' })
        .expect(422);
    });

    it('is never shown to other participants or organisers', async () => {
      const p = await signUp(t.url);
      await completeProfile(t.url, p, {
        communityId: 'kosovo-albanian',
        placeId: 'xk-prizren',
        interests: ['energy'],
      });
      for (const viewer of [
        c.otherParticipant,
        c.organiser,
        c.otherOrganiser,
      ]) {
        const res = await request(t.url)
          .get(`/api/participants/${p.id}`)
          .set(auth(viewer))
          .expect(200);
        expect(res.body).toEqual({
          id: p.id,
          displayName: p.displayName,
          placeId: 'xk-prizren',
          languages: [{ code: 'en', level: 'fluent' }],
          interests: ['energy'],
        });
        expect(JSON.stringify(res.body)).not.toMatch(/kosovo-albanian|@/);
      }
    });
  });

  describe('minors', () => {
    it('are limited until a guardian consents', async () => {
      const p = await signUp(t.url);
      const year = new Date().getUTCFullYear();
      const res = await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({ birthYear: year - 14 })
        .expect(200);
      expect(res.body.profile.limited).toBe(true);
      const version = await consentVersion(t.url, 'guardian');
      const missing = await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({ kind: 'guardian', granted: true, textVersion: version })
        .expect(400);
      expect(missing.body.message).toMatch(/guardianName is needed/);
      const ok = await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({
          kind: 'guardian',
          granted: true,
          textVersion: version,
          guardianName: 'Vesna',
          guardianContact: 'vesna@example.org',
        })
        .expect(201);
      expect(ok.body.profile).toMatchObject({
        limited: false,
        guardian: { name: 'Vesna', contact: 'vesna@example.org' },
      });
    });
  });

  describe('rights of the person', () => {
    it('export holds the profile and the consent log', async () => {
      const p = await signUp(t.url);
      await completeProfile(t.url, p, {
        communityId: 'serbia',
        bio: 'from Niš',
      });
      const res = await request(t.url)
        .get('/api/me/export')
        .set(auth(p))
        .expect(200);
      expect(res.body.account).toMatchObject({ id: p.id, email: p.email });
      expect(res.body.profile).toMatchObject({
        communityId: 'serbia',
        bio: 'from Niš',
      });
      expect(res.body.consents).toHaveLength(1);
    });

    it('erasure leaves no row that names the person', async () => {
      const p = await signUp(t.url, { displayName: unique('Erase') });
      await completeProfile(t.url, p, {
        communityId: 'serbia',
        bio: `bio of ${p.displayName}`,
      });
      await request(t.url).delete('/api/me').set(auth(p)).expect(204);
      await request(t.url).get('/api/me').set(auth(p)).expect(401);
      await request(t.url)
        .post('/api/auth/login')
        .send({ email: p.email, password: PASSWORD })
        .expect(401);
      for (const entity of ENTITIES) {
        const rows = await t.ds.getRepository(entity).find();
        const dump = JSON.stringify(rows);
        expect(dump, `table of ${entity.name}`).not.toContain(p.id);
        expect(dump, `table of ${entity.name}`).not.toContain(p.email);
        expect(dump, `table of ${entity.name}`).not.toContain(p.displayName);
      }
    });
  });

  describe('organisations and organisers', () => {
    it('only admins create organisations and organisers; duplicates are a clear 409', async () => {
      const body = {
        name: 'Youth Initiative',
        shortName: unique('YI').slice(0, 12),
        country: 'RS',
      };
      for (const p of [c.participant, c.organiser])
        await request(t.url)
          .post('/api/organisations')
          .set(auth(p))
          .send(body)
          .expect(403);
      await request(t.url).post('/api/organisations').send(body).expect(401);
      const created = await request(t.url)
        .post('/api/organisations')
        .set(auth(c.admin))
        .send(body)
        .expect(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        shortName: body.shortName,
      });
      await request(t.url)
        .post('/api/organisations')
        .set(auth(c.admin))
        .send(body)
        .expect(409);
      const organiser = {
        email: `${unique('o')}@example.org`,
        displayName: 'O',
        password: PASSWORD,
      };
      await request(t.url)
        .post(`/api/organisations/${created.body.id}/organisers`)
        .set(auth(c.organiser))
        .send(organiser)
        .expect(403);
      const made = await request(t.url)
        .post(`/api/organisations/${created.body.id}/organisers`)
        .set(auth(c.admin))
        .send(organiser)
        .expect(201);
      expect(made.body.user).toMatchObject({
        role: 'organiser',
        organisationId: created.body.id,
      });
      await request(t.url)
        .post(
          `/api/organisations/00000000-0000-4000-8000-000000000000/organisers`,
        )
        .set(auth(c.admin))
        .send({ ...organiser, email: `x${organiser.email}` })
        .expect(404);
      await request(t.url)
        .post(`/api/organisations/not-an-id/organisers`)
        .set(auth(c.admin))
        .send(organiser)
        .expect(404);
    });
  });

  describe('role matrix', () => {
    type Who = keyof Omit<Cast, 'orgId' | 'otherOrgId'> | 'anonymous';
    const everyone: Who[] = [
      'anonymous',
      'participant',
      'otherParticipant',
      'otherOrganiser',
      'organiser',
      'admin',
    ];
    const signedIn = (status: number) => ({
      anonymous: 401,
      participant: status,
      otherParticipant: status,
      otherOrganiser: status,
      organiser: status,
      admin: status,
    });
    const rows: {
      name: string;
      call: (who: Person | undefined) => request.Test;
      expect: Record<Who, number>;
    }[] = [
      {
        name: 'GET /api/me',
        call: (w) => req(w).get('/api/me'),
        expect: signedIn(200),
      },
      {
        name: 'GET /api/me/export',
        call: (w) => req(w).get('/api/me/export'),
        expect: signedIn(200),
      },
      {
        name: 'GET /api/me/consents',
        call: (w) => req(w).get('/api/me/consents'),
        expect: signedIn(200),
      },
      {
        name: 'PUT /api/me/profile',
        call: (w) => req(w).put('/api/me/profile').send({ bio: 'hello' }),
        expect: signedIn(200),
      },
      {
        name: 'GET /api/reference',
        call: (w) => req(w).get('/api/reference'),
        expect: { ...signedIn(200), anonymous: 200 },
      },
      {
        name: 'GET /api/consents',
        call: (w) => req(w).get('/api/consents'),
        expect: { ...signedIn(200), anonymous: 200 },
      },
      {
        name: 'GET /api/participants/:participant',
        call: (w) => req(w).get(`/api/participants/${c.participant.id}`),
        expect: signedIn(200),
      },
      {
        name: 'POST /api/organisations',
        call: (w) =>
          req(w)
            .post('/api/organisations')
            .send({
              name: 'Matrix org',
              shortName: unique('M').slice(0, 10),
              country: 'XK',
            }),
        expect: {
          anonymous: 401,
          participant: 403,
          otherParticipant: 403,
          otherOrganiser: 403,
          organiser: 403,
          admin: 201,
        },
      },
      {
        name: 'POST /api/organisations/:org/organisers',
        call: (w) =>
          req(w)
            .post(`/api/organisations/${c.orgId}/organisers`)
            .send({
              email: `${unique('m')}@x.org`,
              displayName: 'M',
              password: PASSWORD,
            }),
        expect: {
          anonymous: 401,
          participant: 403,
          otherParticipant: 403,
          otherOrganiser: 403,
          organiser: 403,
          admin: 201,
        },
      },
      {
        name: 'GET /api/organisations/:org/organisers',
        call: (w) => req(w).get(`/api/organisations/${c.orgId}/organisers`),
        expect: {
          anonymous: 401,
          participant: 403,
          otherParticipant: 403,
          otherOrganiser: 403,
          organiser: 200,
          admin: 200,
        },
      },
    ];
    function req(who: Person | undefined) {
      const agent = request(t.url);
      const wrap = (r: request.Test) => (who ? r.set(auth(who)) : r);
      return {
        get: (u: string) => wrap(agent.get(u)),
        put: (u: string) => wrap(agent.put(u)),
        post: (u: string) => wrap(agent.post(u)),
      };
    }
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      for (const who of everyone) {
        const person = who === 'anonymous' ? undefined : c[who];
        const res = await row.call(person);
        expect({ who, status: res.status }).toEqual({
          who,
          status: row.expect[who],
        });
        if (res.status >= 400)
          expect(res.body).toMatchObject({
            statusCode: res.status,
            code: expect.any(String),
            message: expect.any(String),
          });
      }
    });
  });
});

describe('login rate limits', () => {
  let t: App;
  beforeAll(async () => {
    t = await startIsolatedApp({ RATE_LIMITS: 'on' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 with Retry-After after too many attempts on one account', async () => {
    const p = await signUp(t.url);
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await request(t.url)
        .post('/api/auth/login')
        .send({ email: p.email, password: `wrong ${i} password` });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.body).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/wait \d+ seconds/),
    });
    // even the right password waits: the limit is per account
    await request(t.url)
      .post('/api/auth/login')
      .send({ email: p.email, password: PASSWORD })
      .expect(429);
  });
});

describe('the session cookie on the JSON API', () => {
  let t: App;
  beforeAll(async () => {
    t = await startIsolatedApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts for reads only, so a cross-site form cannot change anything through /api', async () => {
    const p = await signUp(t.url);
    const cookie = `uramost_session=${p.token}`;
    await request(t.url).get('/api/me').set('Cookie', cookie).expect(200);
    await request(t.url)
      .put('/api/me/profile')
      .set('Cookie', cookie)
      .send({ bio: 'forged' })
      .expect(401);
    await request(t.url).delete('/api/me').set('Cookie', cookie).expect(401);
    await request(t.url)
      .put('/api/me/profile')
      .set(auth(p))
      .send({ bio: 'mine' })
      .expect(200);
  });
});
