import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import {
  auth,
  completeProfile,
  signUp,
  type Person,
} from './support/actors.js';
import {
  createTestDatabase,
  TEST_SECRET,
  type TestDatabase,
} from './support/app.js';
import { ask, closeAll, connect, type Client } from './support/sockets.js';

/**
 * The built server (dist/, as `npm start` runs it) in a child process, with a room whose access a
 * ten-line harness grants to everybody signed in: events and pairing are not needed for this.
 */
const dist = (p: string) => pathToFileURL(resolve('dist', p)).href;
const HARNESS = `
const { createApp } = await import(${JSON.stringify(dist('app.factory.js'))});
const { loadConfig } = await import(${JSON.stringify(dist('config/index.js'))});
const { RoomAccess } = await import(${JSON.stringify(dist('rooms/room-access.js'))});
const { RoomsService } = await import(${JSON.stringify(dist('rooms/rooms.service.js'))});
const { app } = await createApp(loadConfig());
const ref = process.env.CRASH_ROOM_REF;
app.get(RoomAccess).register('event', async (_actor, room) =>
  room.refId === ref ? { canRead: true, canWrite: true, canModerate: false, via: 'member' } : null);
await app.listen(0, '127.0.0.1');
const roomId = await app.get(RoomsService).ensureRoom('event', ref, null);
process.stdout.write(JSON.stringify({ port: app.getHttpServer().address().port, roomId }) + '\\n');
`;

interface Running {
  child: ChildProcess;
  url: string;
  roomId: string;
}

function startServer(db: TestDatabase, ref: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', HARNESS],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        RATE_LIMITS: 'off',
        DEMO_DATA: 'false',
        JWT_SECRET: TEST_SECRET,
        PUBLIC_URL: 'http://127.0.0.1',
        CRASH_ROOM_REF: ref,
        ...db.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const t = setTimeout(
      () => reject(new Error('the server did not start in 30 s')),
      30_000,
    );
    lines.on('line', (line) => {
      if (!line.startsWith('{"port"')) return;
      clearTimeout(t);
      const { port, roomId } = JSON.parse(line) as {
        port: number;
        roomId: string;
      };
      resolvePromise({ child, url: `http://127.0.0.1:${port}`, roomId });
    });
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`the server exited with ${code}`));
    });
  });
}

describe('a crash while clients send', () => {
  let db: TestDatabase;
  let server: Running | undefined;
  const sockets: Client[] = [];

  beforeAll(() => {
    // `npm test` builds first; a direct `vitest run` may find dist/ older than src/
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], {
      stdio: 'inherit',
      timeout: 180_000,
    });
  }, 200_000);
  afterAll(async () => {
    closeAll(...sockets);
    server?.child.kill('SIGKILL');
    await db?.dispose();
  });

  it('after SIGKILL and a restart, every acknowledged message is in the history, and retries store nothing twice', async () => {
    db = await createTestDatabase();
    const ref = randomUUID();
    server = await startServer(db, ref);
    const { url, roomId } = server;
    const people: Person[] = [];
    for (let i = 0; i < 2; i++) {
      const p = await signUp(url);
      await completeProfile(url, p);
      people.push(p);
    }

    const acked = new Map<
      string,
      { id: number; body: string; authorId: string }
    >();
    const unacked = new Map<string, { body: string; who: Person }>();
    let stop = false;
    const sender = async (who: Person, n: number) => {
      const s = await connect(url, who.token);
      sockets.push(s);
      const join = await ask(s, 'room:join', { roomId });
      if (!('data' in join)) throw new Error(JSON.stringify(join));
      const inFlight = new Set<Promise<void>>();
      let i = 0;
      while (!stop && s.connected) {
        const clientMsgId = `${who.id.slice(0, 8)}-${n}-${i}`;
        const body = `message ${i++} from ${n}`;
        unacked.set(clientMsgId, { body, who });
        const p = new Promise<void>((done) => {
          s.emit('message:send', { roomId, body, clientMsgId }, (r) => {
            if ('data' in r) {
              acked.set(clientMsgId, {
                id: r.data.id,
                body: r.data.body,
                authorId: who.id,
              });
              unacked.delete(clientMsgId);
            }
            done();
          });
          s.once('disconnect', () => done());
        });
        inFlight.add(p);
        void p.then(() => inFlight.delete(p));
        if (inFlight.size >= 8) await Promise.race(inFlight);
      }
    };
    const senders = people.map((p, n) => sender(p, n));
    const started = Date.now();
    while (acked.size < 200 && Date.now() - started < 5000)
      await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((r) => server!.child.once('exit', r));
    server.child.kill('SIGKILL');
    await exited;
    stop = true;
    await Promise.all(senders);
    closeAll(...sockets.splice(0));
    expect(acked.size).toBeGreaterThan(20);

    server = await startServer(db, ref);
    expect(server.roomId).toBe(roomId);
    const readAll = async () => {
      const items: {
        id: number;
        body: string;
        author: { id: string } | null;
      }[] = [];
      let after = 0;
      for (;;) {
        const res = await request(server!.url)
          .get(`/api/rooms/${roomId}/messages`)
          .query({ after, limit: 200 })
          .set(auth(people[0]))
          .expect(200);
        items.push(...res.body.items);
        if (!res.body.hasMore) return items;
        after = items[items.length - 1].id;
      }
    };
    const stored = await readAll();
    const byId = new Map(stored.map((m) => [m.id, m]));
    for (const [, m] of acked) {
      expect(byId.get(m.id)).toMatchObject({
        body: m.body,
        author: { id: m.authorId },
      });
    }

    // the clients retry what was never acknowledged: each is stored once, whether or not it
    // had reached the database before the crash
    const again = new Map<string, Client>();
    for (const p of people) {
      const s = await connect(server.url, p.token);
      sockets.push(s);
      again.set(p.id, s);
    }
    for (const [clientMsgId, { body, who }] of unacked) {
      const r = await ask(again.get(who.id)!, 'message:send', {
        roomId,
        body,
        clientMsgId,
      });
      expect(r).toHaveProperty('data');
    }
    const final = await readAll();
    const keys = final.map((m) => `${m.author?.id}:${m.body}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { body, who } of unacked.values())
      expect(keys).toContain(`${who.id}:${body}`);
  });
});
