import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ADMIN } from './app.js';

export interface Person {
  token: string;
  id: string;
  email: string;
  displayName: string;
  organisationId?: string | null;
}

export const PASSWORD = 'correct horse battery staple';
export const unique = (prefix: string) =>
  `${prefix}-${randomBytes(4).toString('hex')}`;
export const auth = (p: { token: string }) => ({
  Authorization: `Bearer ${p.token}`,
});

export async function signUp(
  url: string,
  overrides: Record<string, unknown> = {},
): Promise<Person> {
  const name = unique('p');
  const body = {
    email: `${name}@example.org`,
    password: PASSWORD,
    displayName: `Person ${name}`,
    ...overrides,
  };
  const res = await request(url).post('/api/auth/register').send(body);
  if (res.status !== 201)
    throw new Error(
      `sign-up failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  return {
    token: res.body.accessToken,
    id: res.body.user.id,
    email: res.body.user.email,
    displayName: res.body.user.displayName,
  };
}

export async function login(
  url: string,
  email: string,
  password: string,
): Promise<Person> {
  const res = await request(url)
    .post('/api/auth/login')
    .send({ email, password });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    token: res.body.accessToken,
    id: res.body.user.id,
    email,
    displayName: res.body.user.displayName,
    organisationId: res.body.user.organisationId,
  };
}

export const loginAdmin = (url: string) =>
  login(url, ADMIN.email, ADMIN.password);

export async function organisationIds(
  url: string,
): Promise<Record<string, string>> {
  const res = await request(url).get('/api/reference');
  return Object.fromEntries(
    (res.body.organisations as { shortName: string; id: string }[]).map((o) => [
      o.shortName,
      o.id,
    ]),
  );
}

export async function createOrganiser(
  url: string,
  admin: Person,
  organisationId: string,
): Promise<Person> {
  const name = unique('org');
  const email = `${name}@example.org`;
  const res = await request(url)
    .post(`/api/organisations/${organisationId}/organisers`)
    .set(auth(admin))
    .send({ email, displayName: `Organiser ${name}`, password: PASSWORD });
  if (res.status !== 201)
    throw new Error(
      `organiser creation failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  return login(url, email, PASSWORD);
}

/** A complete profile with consent for community data, ready to register and be paired. */
export async function completeProfile(
  url: string,
  p: Person,
  profile: Record<string, unknown> = {},
) {
  const { communityId, ...rest } = profile;
  if (communityId) {
    const texts = await request(url).get('/api/consents');
    await request(url)
      .post('/api/me/consents')
      .set(auth(p))
      .send({
        kind: 'community-data',
        granted: true,
        textVersion: texts.body['community-data'].version,
      })
      .expect(201);
  }
  const res = await request(url)
    .put('/api/me/profile')
    .set(auth(p))
    .send({
      birthYear: 1998,
      languages: [{ code: 'en', level: 'fluent' }],
      ...rest,
      ...(communityId ? { communityId } : {}),
    });
  if (res.status !== 200)
    throw new Error(
      `profile failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  return res.body;
}

/** The six viewpoints of the role matrix. */
export interface Cast {
  admin: Person;
  organiser: Person;
  otherOrganiser: Person;
  participant: Person;
  otherParticipant: Person;
  orgId: string;
  otherOrgId: string;
}

export async function cast(url: string): Promise<Cast> {
  const orgs = await organisationIds(url);
  const admin = await loginAdmin(url);
  const [organiser, otherOrganiser, participant, otherParticipant] =
    await Promise.all([
      createOrganiser(url, admin, orgs.BCSP),
      createOrganiser(url, admin, orgs.KCSS),
      signUp(url),
      signUp(url),
    ]);
  return {
    admin,
    organiser,
    otherOrganiser,
    participant,
    otherParticipant,
    orgId: orgs.BCSP,
    otherOrgId: orgs.KCSS,
  };
}

/** Many ready-to-register participants (signed up, birth year set), created a batch at a time. */
export async function participants(
  url: string,
  count: number,
  batch = 25,
): Promise<Person[]> {
  const out: Person[] = [];
  for (let i = 0; i < count; i += batch) {
    const group = await Promise.all(
      Array.from({ length: Math.min(batch, count - i) }, async () => {
        const p = await signUp(url);
        await request(url)
          .put('/api/me/profile')
          .set(auth(p))
          .send({ birthYear: 1999 })
          .expect(200);
        return p;
      }),
    );
    out.push(...group);
  }
  return out;
}

export function eventBody(overrides: Record<string, unknown> = {}) {
  const start = Date.now() + 7 * 24 * 3600_000;
  return {
    title: {
      en: 'Freedom of movement: one year on',
      sq: 'Liria e lëvizjes: një vit më pas',
      sr: 'Слобода кретања: годину дана касније',
    },
    description: { en: 'A conference on the dialogue.' },
    kind: 'conference',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 8 * 3600_000).toISOString(),
    timeZone: 'Europe/Belgrade',
    venue: {
      name: 'Hotel Grand',
      address: 'Mother Teresa Blvd',
      placeId: 'xk-prishtine',
    },
    languages: ['sq', 'sr', 'en'],
    topics: ['freedom-of-movement'],
    capacity: 50,
    ...overrides,
  };
}

/** Creates and publishes an event as this organiser; returns its id. */
export async function publishedEvent(
  url: string,
  organiser: Person,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await request(url)
    .post('/api/events')
    .set(auth(organiser))
    .send(eventBody(overrides));
  if (created.status !== 201)
    throw new Error(
      `event creation failed: ${created.status} ${JSON.stringify(created.body)}`,
    );
  await request(url)
    .post(`/api/events/${created.body.id}/publish`)
    .set(auth(organiser))
    .expect(200);
  return created.body.id as string;
}
