import { spawn } from 'node:child_process';
import request from 'supertest';
import { Organisation } from '../src/organisations/entities/organisation.entity.js';
import { pendingSchemaChanges } from '../src/database/data-source.js';
import {
  createTestDatabase,
  startApp,
  startIsolatedApp,
  type TestApp,
} from './support/app.js';

function expectErrorFormat(body: Record<string, unknown>, status: number) {
  expect(body.statusCode).toBe(status);
  expect(typeof body.code).toBe('string');
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/); // no stack traces
}

describe('foundation (real app, real database)', () => {
  let t: Awaited<ReturnType<typeof startIsolatedApp>>;
  beforeAll(async () => {
    t = await startIsolatedApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('health answers 200 with the database up', async () => {
    const res = await request(t.url).get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: 'up',
      redis: 'disabled',
    });
  });

  it('serves reference data with ids', async () => {
    const res = await request(t.url).get('/api/reference').expect(200);
    const ref = res.body as Record<string, { id: string }[]>;
    expect(
      ref.organisations
        .map((o) => (o as unknown as { shortName: string }).shortName)
        .sort(),
    ).toEqual(
      ['ACTIV', 'BCSP', 'BFPE', 'BPRG', 'D4D', 'EMinS', 'KCSS', 'YUCOM'].sort(),
    );
    expect(ref.communities.map((c) => c.id)).toEqual(
      expect.arrayContaining(['kosovo-albanian', 'kosovo-serb', 'serbia']),
    );
    expect(ref.languages.map((c) => c.id)).toEqual(
      expect.arrayContaining(['sq', 'sr', 'en']),
    );
    expect(ref.topics.map((c) => c.id)).toEqual(
      expect.arrayContaining(['freedom-of-movement', 'licence-plates']),
    );
    const prishtina = ref.places.find(
      (p) => p.id === 'xk-prishtine',
    ) as unknown as { names: Record<string, string> };
    expect(prishtina.names).toMatchObject({
      sq: 'Prishtinë',
      'sr-Latn': 'Priština',
      'sr-Cyrl': 'Приштина',
    });
    for (const list of Object.values(ref))
      for (const item of list) expect(item.id).toBeTruthy();
  });

  it('answers an unknown route with the error format, not a 500', async () => {
    const res = await request(t.url).get('/api/no-such-thing').expect(404);
    expectErrorFormat(res.body, 404);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers malformed JSON and oversized bodies with a clear 4xx', async () => {
    const bad = await request(t.url)
      .post('/api/reference')
      .set('Content-Type', 'application/json')
      .send('{"a": ')
      .expect(400);
    expectErrorFormat(bad.body, 400);
    expect(bad.body.code).toBe('MALFORMED_JSON');
    const big = await request(t.url)
      .post('/api/reference')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ a: 'x'.repeat(200_000) }))
      .expect(413);
    expectErrorFormat(big.body, 413);
  });

  it('serves OpenAPI at /api/docs and /api/docs-json', async () => {
    const json = await request(t.url).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/reference');
    const html = await request(t.url).get('/api/docs').expect(200);
    expect(html.text).toContain('swagger');
  });

  it('sets security headers and a request id', async () => {
    const res = await request(t.url).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain(
      "default-src 'self'",
    );
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has a schema that matches the entities exactly after migrations', async () => {
    expect(await pendingSchemaChanges(t.ds)).toEqual({ up: [], down: [] });
  });

  // last: it closes the database under the running app
  it('answers 503 on /health when the database is gone', async () => {
    await t.ds.destroy();
    const res = await request(t.url).get('/health').expect(503);
    expect(res.body).toMatchObject({ status: 'unavailable', database: 'down' });
    expect(res.body.message).toMatch(/database does not answer/);
    const ref = await request(t.url).get('/api/reference').expect(503);
    expectErrorFormat(ref.body, 503);
  });
});

describe('restarting on the same database', () => {
  it('keeps the data and does not duplicate reference data', async () => {
    const db = await createTestDatabase();
    let t: TestApp | undefined;
    try {
      t = await startApp(db);
      const counts = async (app: TestApp) =>
        (await request(app.url).get('/api/reference').expect(200))
          .body as Record<string, unknown[]>;
      const first = await counts(t);
      await t.ds.getRepository(Organisation).insert({
        name: 'Test Org',
        shortName: 'TEST',
        country: 'XK',
        base: null,
        website: null,
      });
      await t.close();
      t = await startApp(db);
      const second = await counts(t);
      for (const key of ['communities', 'topics', 'languages', 'places'])
        expect(second[key]).toHaveLength(first[key].length);
      expect(second.organisations).toHaveLength(first.organisations.length + 1);
    } finally {
      await t?.close();
      await db.dispose();
    }
  });
});

describe('the built server (node dist/main.js)', () => {
  it('stops with one clear line naming a wrong variable', async () => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      env: {
        ...process.env,
        PORT: 'not-a-port',
        DATA_DIR: '/tmp/uramost-never',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) =>
      child.on('exit', resolve),
    );
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Configuration error: PORT must be a whole number from 0 to 65535 (got "not-a-port").',
    );
  });
});

describe('demo mode', () => {
  it('fills a new database once: demo logins work and upcoming events have agendas', async () => {
    const db = await createTestDatabase();
    let t: TestApp | undefined;
    try {
      t = await startApp(db, { DEMO_DATA: 'true' });
      const events = await request(t.url).get('/api/events').expect(200);
      expect(events.body.total).toBe(3);
      const withAgenda = await request(t.url)
        .get(`/api/events/${events.body.items[1].id}`)
        .expect(200);
      expect(withAgenda.body.sessions.length).toBeGreaterThan(0);
      const login = await request(t.url)
        .post('/api/auth/login')
        .send({ email: 'arta@demo.uramost.org', password: 'bridge-demo-2026' })
        .expect(200);
      const me = await request(t.url)
        .get('/api/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(me.body.profile.communityId).toBe('kosovo-albanian');
      await t.close();
      t = await startApp(db, { DEMO_DATA: 'true' });
      expect(
        (await request(t.url).get('/api/events').expect(200)).body.total,
      ).toBe(3);
    } finally {
      await t?.close();
      await db.dispose();
    }
  });
});
