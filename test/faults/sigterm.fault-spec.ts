import http from 'node:http';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  auth,
  completeProfile,
  createOrganiser,
  eventBody,
  loginAdmin,
  organisationIds,
  publishedEvent,
  signUp,
  type Person,
} from '../support/actors.js';
import { createTestDatabase, type TestDatabase } from '../support/app.js';
import { ask, closeAll, type Client } from '../support/sockets.js';
import { recordSummary } from '../hardening/support/summary.js';
import {
  call,
  freePort,
  reconnectingClient,
  sleep,
  startServer,
  type Sample,
  type Server,
} from './support.js';

/** A POST whose body is only half sent: in flight for as long as the test wants. */
function halfSent(url: string, path: string, token: string, body: unknown) {
  const u = new URL(path, url);
  const payload = Buffer.from(JSON.stringify(body));
  let finish!: () => void;
  const response = new Promise<
    { status: number; body: string } | { error: string }
  >((resolve) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ error: e.code ?? e.message }),
    );
    req.flushHeaders();
    req.write(payload.subarray(0, payload.length >> 1));
    finish = () => req.end(payload.subarray(payload.length >> 1));
  });
  return { response, finish: () => finish() };
}

/**
 * SIGTERM while the built server is busy: requests already in flight finish, sockets are dropped
 * at the transport (so Socket.IO clients reconnect by themselves, here to the next instance on
 * the same port), and the process exits with 0 promptly.
 */
describe('SIGTERM under load', () => {
  let db: TestDatabase;
  let server: Server;
  let next: Server | undefined;
  const sockets: Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    closeAll(...sockets);
    await server?.kill();
    await next?.kill();
    await db?.dispose();
  });

  it('in-flight requests finish, sockets are told to reconnect, the process exits 0', async () => {
    const port = await freePort();
    const env = { ...db.env, PORT: String(port) };
    server = await startServer(env);
    const url = server.url;
    const admin = await loginAdmin(url);
    const orgs = await organisationIds(url);
    const organiser = await createOrganiser(url, admin, orgs.BCSP);
    const eventId = await publishedEvent(url, organiser);
    const people: Person[] = [];
    for (let i = 0; i < 4; i++) {
      const p = await signUp(url);
      await completeProfile(url, p);
      await request(url)
        .post(`/api/events/${eventId}/registrations`)
        .set(auth(p))
        .expect(200);
      people.push(p);
    }
    const roomId = (await request(url).get(`/api/events/${eventId}`)).body
      .roomId as string;
    const reasons: string[] = [];
    const reconnected: number[] = [];
    for (const p of people) {
      const s = await reconnectingClient(url, p.token);
      sockets.push(s);
      s.on('disconnect', (reason) => reasons.push(reason));
      s.io.on('reconnect', () => reconnected.push(Date.now()));
      const r = await ask(s, 'room:join', { roomId });
      if (!('data' in r)) throw new Error(JSON.stringify(r));
    }

    // load: reads and writes from several loops, until the server is gone
    const tag = randomBytes(3).toString('hex');
    const samples: Sample[] = [];
    let stop = false;
    let n = 0;
    const loop = async (i: number) => {
      while (!stop) {
        const s =
          i % 3 === 0
            ? await call(url, 'POST', '/api/events', {
                token: organiser.token,
                body: eventBody({ title: { en: `SIGTERM ${tag} ${++n}` } }),
                kind: 'write',
              })
            : await call(url, 'GET', i % 3 === 1 ? '/api/events' : '/', {
                kind: 'read',
              });
        samples.push(s);
        if (s.error) await sleep(50);
      }
    };
    const load = Array.from({ length: 6 }, (_, i) => loop(i));
    const slow = Array.from({ length: 3 }, (_, i) =>
      halfSent(
        url,
        '/api/events',
        organiser.token,
        eventBody({ title: { en: `In flight ${tag} ${i}` } }),
      ),
    );
    await sleep(1500);

    const termAt = Date.now();
    server.child.kill('SIGTERM');
    await sleep(300);
    for (const s of slow) s.finish();
    const exit = await Promise.race([
      server.exited,
      sleep(15_000).then(() => null),
    ]);
    stop = true;
    await Promise.all(load);
    expect(exit).not.toBeNull();
    expect(exit).toMatchObject({ code: 0, signal: null });
    const shutdownMs = exit!.at - termAt;
    expect(shutdownMs).toBeLessThan(10_000);
    expect(server.other.filter((l) => l.trim())).toEqual([]);

    // the half-sent requests were in flight at SIGTERM: all answered 201
    const slowResults = await Promise.all(slow.map((s) => s.response));
    for (const r of slowResults) expect(r).toMatchObject({ status: 201 });

    // every request that got an answer got a good one; failures are refusals after the close
    const answered = samples.filter((s) => !s.error);
    expect(
      answered
        .filter((s) => s.status >= 300)
        .map((s) => `${s.kind} ${s.status}`),
    ).toEqual([]);
    const failed = samples.filter((s) => s.error);
    for (const f of failed) {
      expect(f.error).toMatch(/ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/);
      expect(f.started + f.ms).toBeGreaterThanOrEqual(termAt);
    }

    // sockets were dropped at the transport: a Socket.IO client reconnects by itself on that
    // (it would not after a server-side "io server disconnect")
    expect(reasons).toHaveLength(people.length);
    for (const r of reasons) expect(r).toBe('transport close');
    next = await startServer(env);
    const until = Date.now() + 20_000;
    while (reconnected.length < people.length && Date.now() < until)
      await sleep(100);
    expect(reconnected).toHaveLength(people.length);
    for (const s of sockets) {
      const r = await ask(s, 'room:join', { roomId });
      expect('data' in r).toBe(true);
    }
    // the writes acknowledged before the exit are there
    const created = slowResults.map(
      (r) => JSON.parse((r as { body: string }).body).id as string,
    );
    for (const id of created)
      await request(next.url)
        .get(`/api/events/${id}`)
        .set(auth(organiser))
        .expect(200);

    const figures = {
      requests: samples.length,
      answeredOk: answered.length,
      refusedAfterClose: failed.length,
      inFlightAtSigterm: slow.length,
      inFlightCompleted: slowResults.filter(
        (r) => 'status' in r && r.status === 201,
      ).length,
      exitCode: exit!.code ?? -1,
      shutdownMs,
      socketsDropped: reasons.length,
      socketsReconnected: reconnected.length,
    };
    process.stdout.write(`SIGTERM: ${JSON.stringify(figures)}\n`);
    recordSummary('faults-sigterm', db.kind, figures);
  });
});
