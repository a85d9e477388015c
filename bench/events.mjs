// Events benchmark (issue 4): registrations per second in the "300 at once for 50 seats" scenario,
// and GET /api/events requests per second with 1,000 events — each next to a bare Nest route
// (GET /health/live: no guard, no database) on the same app, in the same run.
// Run: npm run build && node bench/events.mjs [--mariadb mariadb://root@127.0.0.1:3306/test]
import { bootApp, call, closedLoop, fmt } from './lib.mjs';

const args = process.argv.slice(2);
const mariadb = args.includes('--mariadb')
  ? args[args.indexOf('--mariadb') + 1]
  : undefined;
let scratch;
const env = {};
if (mariadb) {
  const { createScratchMysqlDatabase } =
    await import('../dist/database/scratch-mysql.js');
  scratch = await createScratchMysqlDatabase(mariadb, 'uramost_bench');
  env.DATABASE_URL = scratch.url;
}
const t = await bootApp(env);
const json = (res) => {
  if (res.status >= 300)
    throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

try {
  const admin = json(
    await call(`${t.url}/api/auth/login`, 'POST', {
      email: 'admin@bench.test',
      password: 'bench admin password',
    }),
  );
  const orgs = json(await call(`${t.url}/api/reference`)).organisations;
  await call(
    `${t.url}/api/organisations/${orgs[0].id}/organisers`,
    'POST',
    {
      email: 'org@bench.test',
      displayName: 'Org',
      password: 'bench organiser password',
    },
    { authorization: `Bearer ${admin.accessToken}` },
  );
  const org = json(
    await call(`${t.url}/api/auth/login`, 'POST', {
      email: 'org@bench.test',
      password: 'bench organiser password',
    }),
  );
  const orgAuth = { authorization: `Bearer ${org.accessToken}` };

  const start = Date.now() + 10 * 86400_000;
  const makeEvent = async (i, capacity = 50) => {
    const e = json(
      await call(
        `${t.url}/api/events`,
        'POST',
        {
          title: {
            en: `Bench event ${i}`,
            sr: `Догађај ${i}`,
            sq: `Ngjarje ${i}`,
          },
          kind: ['conference', 'workshop', 'webinar'][i % 3],
          startsAt: new Date(start + i * 3600_000).toISOString(),
          endsAt: new Date(start + i * 3600_000 + 7200_000).toISOString(),
          venue: {
            name: 'Venue',
            placeId: i % 2 ? 'xk-prishtine' : 'rs-beograd',
          },
          languages: ['sq', 'sr'],
          capacity,
        },
        orgAuth,
      ),
    );
    json(
      await call(
        `${t.url}/api/events/${e.id}/publish`,
        'POST',
        undefined,
        orgAuth,
      ),
    );
    return e.id;
  };

  // 300 participants with a birth year (sign-up cost is argon2id, not measured here)
  process.stderr.write('preparing 300 participants…\n');
  const people = [];
  for (let i = 0; i < 300; i += 30) {
    people.push(
      ...(await Promise.all(
        Array.from({ length: 30 }, async (_, j) => {
          const s = json(
            await call(`${t.url}/api/auth/register`, 'POST', {
              email: `p${i + j}@bench.test`,
              password: 'bench participant password',
              displayName: `P${i + j}`,
            }),
          );
          const h = { authorization: `Bearer ${s.accessToken}` };
          json(
            await call(
              `${t.url}/api/me/profile`,
              'PUT',
              { birthYear: 1999 },
              h,
            ),
          );
          return h;
        }),
      )),
    );
  }

  // Scenario 1: 300 at once for 50 seats, five rounds, against 300 bare requests at once.
  const rounds = 5;
  let regMs = 0;
  let bareMs = 0;
  let confirmed = 0;
  let fivexx = 0;
  for (let r = 0; r < rounds; r++) {
    const id = await makeEvent(1000 + r);
    let t0 = performance.now();
    const answers = await Promise.all(
      people.map((h) =>
        call(`${t.url}/api/events/${id}/registrations`, 'POST', undefined, h),
      ),
    );
    regMs += performance.now() - t0;
    confirmed += answers.filter((a) => a.body.status === 'confirmed').length;
    fivexx += answers.filter((a) => a.status >= 500).length;
    t0 = performance.now();
    await Promise.all(people.map(() => call(`${t.url}/health/live`)));
    bareMs += performance.now() - t0;
  }
  const regPerSec = (rounds * 300) / (regMs / 1000);
  const barePerSec = (rounds * 300) / (bareMs / 1000);

  // Scenario 2: GET /api/events with 1,000 published events.
  process.stderr.write('creating 1,000 events…\n');
  for (let i = 0; i < 1000; i += 25)
    await Promise.all(Array.from({ length: 25 }, (_, j) => makeEvent(i + j)));
  const list = await closedLoop(() => call(`${t.url}/api/events?pageSize=20`), {
    concurrency: 16,
    durationMs: 5000,
  });
  const search = await closedLoop(
    () =>
      call(
        `${t.url}/api/events?q=%D0%B4%D0%BE%D0%B3%D0%B0%D1%92%D0%B0%D1%98%2099&pageSize=20`,
      ),
    { concurrency: 16, durationMs: 5000 },
  );
  const bare = await closedLoop(() => call(`${t.url}/health/live`), {
    concurrency: 16,
    durationMs: 5000,
  });

  const db = mariadb ? 'MariaDB' : 'SQLite';
  console.log(
    `events benchmark on ${db} (2-core machine, one process, loopback)`,
  );
  console.log(
    'scenario                                       per second      p50 ms     p99 ms   vs bare route',
  );
  console.log(
    `300 registrations at once, 50 seats (x${rounds})   ${fmt(regPerSec)}                          ${fmt((regPerSec / barePerSec) * 100, 1)} %   (bare ${barePerSec.toFixed(0)}/s, ${confirmed / rounds} confirmed/round, ${fivexx} 5xx)`,
  );
  console.log(
    `GET /api/events, 1,000 events                  ${fmt(list.perSecond)}  ${fmt(list.p50, 1)}  ${fmt(list.p99, 1)}   ${fmt((list.perSecond / bare.perSecond) * 100, 1)} %`,
  );
  console.log(
    `GET /api/events?q=… (Cyrillic search)          ${fmt(search.perSecond)}  ${fmt(search.p50, 1)}  ${fmt(search.p99, 1)}   ${fmt((search.perSecond / bare.perSecond) * 100, 1)} %`,
  );
  console.log(
    `bare Nest route GET /health/live               ${fmt(bare.perSecond)}  ${fmt(bare.p50, 1)}  ${fmt(bare.p99, 1)}`,
  );
  console.log(
    JSON.stringify({
      bench: 'events',
      database: db,
      registrationsPerSecond: Math.round(regPerSec),
      bareBurstPerSecond: Math.round(barePerSec),
      confirmedPerRound: confirmed / rounds,
      serverErrors: fivexx,
      listPerSecond: Math.round(list.perSecond),
      listP99Ms: +list.p99.toFixed(1),
      searchPerSecond: Math.round(search.perSecond),
      barePerSecond: Math.round(bare.perSecond),
      listVsBare: +(list.perSecond / bare.perSecond).toFixed(3),
    }),
  );
} finally {
  await t.close();
  await scratch?.drop();
  process.exit(0);
}
