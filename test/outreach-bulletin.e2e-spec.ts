import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { In } from 'typeorm';
import { MailOutbox } from '../src/notifications/entities/mail-outbox.entity.js';
import { BulletinsService } from '../src/outreach/bulletins.service.js';
import {
  Bulletin,
  BulletinDelivery,
  BulletinSubscription,
} from '../src/outreach/entities/bulletin.entities.js';
import { auth, cast, publishedEvent, type Cast } from './support/actors.js';
import { startIsolatedApp } from './support/app.js';

// ---- a real SMTP server in the test process (as in notifications.e2e-spec.ts) ---------------

interface Received {
  to: string[];
  mail: ParsedMail;
}

class TestSmtpServer {
  readonly received: Received[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          this.received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            mail,
          });
          callback();
        }, callback);
      });
    },
  });
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }
  to(address: string) {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }
  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let smtp: TestSmtpServer;
let t: Awaited<ReturnType<typeof startIsolatedApp>>;
let c: Cast;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  const smtpUrl = await smtp.start();
  t = await startIsolatedApp({
    SMTP_URL: smtpUrl,
    MAIL_POLL_MS: '100',
    MAIL_RETRY_MS: '150',
  });
  c = await cast(t.url);
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

const subscribe = (email: string, locale = 'en') =>
  request(t.url).post('/api/bulletin/subscriptions').send({ email, locale });

/** Subscribes and returns the token of the confirmation link that arrives by mail. */
async function confirmationToken(email: string, locale = 'en', nth = 1) {
  await subscribe(email, locale).expect(202);
  const mail = await waitFor(
    () => smtp.to(email).length >= nth && smtp.to(email)[nth - 1],
    `confirmation mail ${nth} to ${email}`,
  );
  const m = /\/api\/bulletin\/confirm\/([A-Za-z0-9_-]+)/.exec(
    mail.mail.text ?? '',
  );
  expect(m, 'the mail carries a confirmation link').not.toBeNull();
  return { token: m![1], mail };
}

describe('e-bulletin subscriptions', () => {
  it('confirms by double opt-in with a hashed, single-use token', async () => {
    const email = 'Reader.One@Example.org';
    const { token, mail } = await confirmationToken(email, 'sq');
    expect(mail.to).toEqual(['reader.one@example.org']);
    expect(mail.mail.headers.get('content-language')).toBe('sq');
    const row = await t.ds
      .getRepository(BulletinSubscription)
      .findOneByOrFail({ email: 'reader.one@example.org' });
    expect(row.status).toBe('pending');
    expect(row.confirmTokenHash).toBe(
      createHash('sha256').update(token).digest('hex'),
    );
    expect(JSON.stringify(row)).not.toContain(token);

    const ok = await request(t.url)
      .get(`/api/bulletin/confirm/${token}`)
      .expect(200);
    expect(ok.body.status).toBe('confirmed');
    expect(ok.body.unsubscribeUrl).toMatch(/\/api\/bulletin\/unsubscribe\//);
    await request(t.url).get(`/api/bulletin/confirm/${token}`).expect(404);
    await request(t.url)
      .get('/api/bulletin/confirm/not-a-real-token-at-all-xyz')
      .expect(404);
  });

  it('answers the same whether or not the address is known', async () => {
    const known = await subscribe('reader.one@example.org', 'sq').expect(202);
    const fresh = await subscribe('someone.new@example.org').expect(202);
    expect(known.body).toEqual(fresh.body);
    await subscribe('not an address').expect(400);
    await request(t.url)
      .post('/api/bulletin/subscriptions')
      .send({ email: 'x@example.org', locale: 'de' })
      .expect(400);
  });

  it('refuses an expired confirmation link with 410', async () => {
    const email = 'late@example.org';
    const { token } = await confirmationToken(email);
    await t.ds
      .getRepository(BulletinSubscription)
      .update({ email }, { confirmExpiresAt: new Date(Date.now() - 1000) });
    const res = await request(t.url)
      .get(`/api/bulletin/confirm/${token}`)
      .expect(410);
    expect(res.body.code).toBe('BULLETIN_LINK_EXPIRED');
    // subscribing again sends a new link that works
    const again = await confirmationToken(email, 'en', 2);
    expect(again.token).not.toBe(token);
    await request(t.url)
      .get(`/api/bulletin/confirm/${again.token}`)
      .expect(200);
  });
});

describe('bulletins', () => {
  it('is composed and sent by organisers only', async () => {
    const body = { publicationIds: [], eventIds: 'upcoming' };
    await request(t.url).post('/api/bulletins').send(body).expect(401);
    await request(t.url)
      .post('/api/bulletins')
      .set(auth(c.participant))
      .send(body)
      .expect(403);
    const b = await request(t.url)
      .post('/api/bulletins')
      .set(auth(c.organiser))
      .send(body)
      .expect(201);
    await request(t.url)
      .get(`/api/bulletins/${b.body.id}`)
      .set(auth(c.otherOrganiser))
      .expect(404);
    await request(t.url)
      .post(`/api/bulletins/${b.body.id}/send`)
      .set(auth(c.otherOrganiser))
      .expect(404);
    await request(t.url)
      .post('/api/bulletins')
      .set(auth(c.organiser))
      .send({
        publicationIds: ['7b0c4f3e-0000-4000-8000-000000000000'],
        eventIds: [],
      })
      .expect(400);
    await request(t.url)
      .post('/api/bulletins')
      .set(auth(c.organiser))
      .send({ publicationIds: [], eventIds: 'soon' })
      .expect(400);
  });

  it('resumes an interrupted send without sending any address twice, and honours unsubscribe', async () => {
    // content: a publication (with markup in its title) and an upcoming event
    const pub = await request(t.url)
      .post('/api/publications')
      .set(auth(c.organiser))
      .send({
        kind: 'story',
        title: 'Bridges <script>alert(1)</script>',
        authorName: 'Ana',
        body: 'Text',
        language: 'en',
        versions: { sq: { title: 'Ura', body: 'Tekst' } },
      })
      .expect(201);
    await request(t.url)
      .post(`/api/publications/${pub.body.id}/publish`)
      .set(auth(c.organiser))
      .expect(200);
    await publishedEvent(t.url, c.organiser);

    // subscribers: the one confirmed above (sq), plus seven confirmed directly
    const subs = t.ds.getRepository(BulletinSubscription);
    const emails = Array.from({ length: 7 }, (_, i) => `bulk${i}@example.org`);
    for (const [i, email] of emails.entries())
      await subs.insert({
        email,
        locale: i % 2 ? 'sr-Cyrl' : 'en',
        status: 'confirmed',
        confirmTokenHash: null,
        confirmExpiresAt: null,
        confirmedAt: new Date(),
      });
    const everyone = ['reader.one@example.org', 'late@example.org', ...emails];

    const composed = await request(t.url)
      .post('/api/bulletins')
      .set(auth(c.organiser))
      .send({
        subject: { en: 'Our November bulletin' },
        publicationIds: [pub.body.id],
        eventIds: 'upcoming',
      })
      .expect(201);
    const id = composed.body.id as string;

    // the first run stops after three addresses ("the process died")
    const service = t.app.get(BulletinsService);
    const bulletin = await t.ds.getRepository(Bulletin).findOneByOrFail({ id });
    await service.prepare(bulletin);
    expect(await service.deliverPending(id, 3)).toBe(3);
    // … and died between queueing the third mail and marking its delivery row
    const deliveries = t.ds.getRepository(BulletinDelivery);
    const done = await deliveries.find({
      where: { bulletinId: id, status: 'queued' },
      order: { id: 'ASC' },
    });
    expect(done).toHaveLength(3);
    await deliveries.update(
      { id: done[2].id },
      { status: 'pending', queuedAt: null },
    );

    const midway = await request(t.url)
      .get(`/api/bulletins/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(midway.body.total).toBe(everyone.length);
    expect(midway.body.status).toBe('sending');
    expect(midway.body.sent + midway.body.pending).toBe(everyone.length);

    // someone not reached yet unsubscribes before the rest goes out
    const notYet = await deliveries.find({
      where: { bulletinId: id, status: 'pending' },
      order: { id: 'DESC' },
    });
    // (one of the bulk subscribers, so that the checks on the other mails below stay fixed)
    const pendingSubs = await subs.findBy({
      id: In(
        notYet.filter((d) => d.id !== done[2].id).map((d) => d.subscriptionId),
      ),
    });
    const leaver = pendingSubs.find((s) => s.email.startsWith('bulk'))!;
    expect(leaver, 'a bulk subscriber is still to be reached').toBeDefined();
    const leaving = leaver.email;
    const token = service.unsubscribeToken(leaver.id);
    await request(t.url).post(`/api/bulletin/unsubscribe/${token}`).expect(200);
    await request(t.url)
      .post(`/api/bulletin/unsubscribe/${token.slice(0, -2)}xx`)
      .expect(404);

    // resume over HTTP
    const resumed = await request(t.url)
      .post(`/api/bulletins/${id}/send`)
      .set(auth(c.organiser))
      .expect(200);
    expect(resumed.body.status).toBe('sent');
    // sending again changes nothing
    await request(t.url)
      .post(`/api/bulletins/${id}/send`)
      .set(auth(c.organiser))
      .expect(200);

    const receivers = everyone.filter((e) => e !== leaving);
    const bulletinMails = () =>
      smtp.received.filter((m) =>
        m.mail.text?.includes('/api/bulletin/unsubscribe/'),
      );
    await waitFor(
      () => bulletinMails().length >= receivers.length,
      'every bulletin',
    );
    await sleep(400); // room for a duplicate to show up
    const counts = new Map<string, number>();
    for (const m of bulletinMails())
      for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(receivers.map((e) => [e, 1])),
    );
    const outbox = await t.ds
      .getRepository(MailOutbox)
      .countBy({ topic: `bulletin:${id}` });
    expect(outbox).toBe(receivers.length);

    // in the reader's language, with escaped content and a working one-click unsubscribe
    const sq = bulletinMails().find((m) =>
      m.to.includes('reader.one@example.org'),
    )!;
    expect(sq.mail.subject).toBe('Buletini i UraMost');
    expect(sq.mail.text).toContain('Ura');
    const en = bulletinMails().find((m) =>
      m.to.includes(receivers.find((e) => /bulk[0246]/.test(e))!),
    )!;
    expect(en.mail.subject).toBe('Our November bulletin');
    expect(en.mail.text).toContain('Bridges <script>alert(1)</script>');
    expect(en.mail.text).toContain('Freedom of movement: one year on');
    expect(en.mail.html).toContain('Bridges &lt;script&gt;');
    expect(en.mail.html).not.toContain('<script');
    const cyr = bulletinMails().find((m) =>
      m.to.includes(receivers.find((e) => /bulk[135]/.test(e))!),
    )!;
    expect(cyr.mail.subject).toBe('UraMost билтен');
    expect(cyr.mail.text).toContain('Слобода кретања');

    const progress = await waitFor(async () => {
      const r = await request(t.url)
        .get(`/api/bulletins/${id}`)
        .set(auth(c.organiser));
      return r.body.pending === 0 && r.body;
    }, 'progress to settle');
    expect(progress).toMatchObject({
      total: everyone.length,
      sent: receivers.length,
      pending: 0,
      skipped: 1,
    });

    const link = /(\/api\/bulletin\/unsubscribe\/\S+)/.exec(en.mail.text!)![1];
    const gone = await request(t.url).get(link).expect(200);
    expect(gone.body.status).toBe('unsubscribed');
    expect(
      (await subs.findOneByOrFail({ email: 'bulk0@example.org' })).status,
    ).toBe('unsubscribed');
  });
});

describe('subscription rate limit', () => {
  let limited: Awaited<ReturnType<typeof startIsolatedApp>>;
  beforeAll(async () => {
    limited = await startIsolatedApp({
      SMTP_URL: t.config.smtpUrl!,
      MAIL_POLL_MS: '100',
      RATE_LIMITS: 'on',
    });
  });
  afterAll(() => limited?.close());

  it('sends at most three confirmation mails per address an hour, and answers the same', async () => {
    const email = 'flooded@example.org';
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await request(limited.url)
        .post('/api/bulletin/subscriptions')
        .send({ email, locale: 'en' })
        .expect(202);
      bodies.add(JSON.stringify(res.body));
    }
    expect(bodies.size).toBe(1);
    await waitFor(() => smtp.to(email).length >= 3, 'three confirmation mails');
    await sleep(400);
    expect(smtp.to(email)).toHaveLength(3);
  });
});
