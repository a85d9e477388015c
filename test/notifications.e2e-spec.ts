import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodeIcal from 'node-ical';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { eventUid } from '../src/calendar/ical/index.js';
import { MailOutbox } from '../src/notifications/entities/mail-outbox.entity.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import {
  auth,
  cast,
  participants,
  publishedEvent,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { startApp, startIsolatedApp } from './support/app.js';

// ---- a real SMTP server in the test process ------------------------------------------------

interface Received {
  to: string[];
  raw: string;
  mail: ParsedMail;
}

/** Accepts everything, except that `refuse(address, n)` answers the next n deliveries with 451. */
class TestSmtpServer {
  readonly received: Received[] = [];
  private readonly refusals = new Map<string, number>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const to = address.address.toLowerCase();
      const left = this.refusals.get(to) ?? 0;
      if (left === 0) return callback();
      this.refusals.set(to, left - 1);
      callback(
        Object.assign(new Error(`4.7.1 <${to}>: greylisted, try later`), {
          responseCode: 451,
        }),
      );
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((mail) => {
          const to = session.envelope.rcptTo.map((r) =>
            r.address.toLowerCase(),
          );
          this.received.push({ to, raw, mail });
          callback();
        }, callback);
      });
    },
  });

  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }
  refuse(address: string, times: number) {
    this.refusals.set(address.toLowerCase(), times);
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

/** The invitation of a mail: the text/calendar part, parsed by ical.js. */
function invitationOf(m: Received) {
  const part = m.mail.attachments.find((a) =>
    /^(text\/calendar|application\/ics)/.test(a.contentType),
  );
  expect(part, 'the mail carries an invitation').toBeDefined();
  expect(m.raw).toMatch(
    /Content-Type: text\/calendar; charset=utf-8; method=/i,
  );
  const text = part!.content.toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  return {
    text,
    method: cal.getFirstPropertyValue('method'),
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    status: vevent.getFirstPropertyValue('status'),
    summary: vevent.getFirstPropertyValue('summary'),
    attendee: String(vevent.getFirstPropertyValue('attendee')),
  };
}

// ---- the suite ----------------------------------------------------------------------------

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

describe('e-mail notifications', () => {
  const smtp = new TestSmtpServer();
  let t: App;
  let c: Cast;
  const logged: string[] = [];

  beforeAll(async () => {
    // Everything the app logs through Nest loggers, to check that no address or body leaks.
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      vi.spyOn(Logger.prototype, level).mockImplementation(
        (...args: unknown[]) => {
          logged.push(args.map(String).join(' '));
        },
      );
    }
    const smtpUrl = await smtp.start();
    t = await startIsolatedApp({
      SMTP_URL: smtpUrl,
      MAIL_POLL_MS: '100',
      MAIL_RETRY_MS: '150',
      MAIL_MAX_ATTEMPTS: '4',
    });
    c = await cast(t.url);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
    vi.restoreAllMocks();
  });

  /** A participant in this locale, ready to register. */
  async function person(locale: string): Promise<Person> {
    const p = await signUp(t.url, { locale });
    await request(t.url)
      .put('/api/me/profile')
      .set(auth(p))
      .send({ birthYear: 1999 })
      .expect(200);
    return p;
  }

  async function register(p: Person, eventId: string) {
    const res = await request(t.url)
      .post(`/api/events/${eventId}/registrations`)
      .set(auth(p))
      .expect(200);
    return res.body as { status: string; waitlistPosition?: number };
  }

  /** Exactly one mail reaches the address (after giving the worker time to send a second). */
  async function onlyMailTo(address: string, subject: RegExp) {
    const m = await waitFor(
      () => smtp.to(address).find((r) => subject.test(r.mail.subject ?? '')),
      `a mail "${subject.source}" to a participant`,
    );
    await sleep(250);
    expect(
      smtp.to(address).filter((r) => subject.test(r.mail.subject ?? '')),
    ).toHaveLength(1);
    return m;
  }

  async function eventView(id: string) {
    return (await request(t.url).get(`/api/events/${id}`).expect(200)).body as {
      sequence: number;
    };
  }

  /** UID and SEQUENCE of the event in its public feed (node-ical), when that route exists. */
  async function feedVersion(id: string) {
    const res = await request(t.url)
      .get(`/api/events/${id}/calendar.ics`)
      .buffer(true)
      .parse((r, cb) => {
        let s = '';
        r.setEncoding('utf8');
        r.on('data', (d: string) => (s += d));
        r.on('end', () => cb(null, s));
      });
    if (res.status === 404 && !String(res.text).startsWith('BEGIN')) {
      // No feed route yet: the builder's UID and the event's own sequence are the reference.
      return { uid: eventUid(id), sequence: (await eventView(id)).sequence };
    }
    expect(res.status).toBe(200);
    const parsed = nodeIcal.sync.parseICS(res.body as string);
    const vevent = Object.values(parsed).find(
      (v) => v?.type === 'VEVENT' && v.uid === eventUid(id),
    ) as { uid: string; sequence: string | number } | undefined;
    expect(vevent, 'the feed lists the event').toBeDefined();
    return { uid: vevent!.uid, sequence: Number(vevent!.sequence) };
  }

  it('confirms a registration once, in Albanian, with an invitation that matches the feed', async () => {
    const arta = await person('sq');
    const id = await publishedEvent(t.url, c.organiser);
    expect((await register(arta, id)).status).toBe('confirmed');
    const m = await onlyMailTo(arta.email, /^Regjistrimi u konfirmua: /);
    expect(m.mail.subject).toBe(
      'Regjistrimi u konfirmua: Liria e lëvizjes: një vit më pas',
    );
    expect(m.mail.text).toContain(`Përshëndetje ${arta.displayName},`);
    // In the event's zone, Albanian words, 24-hour clock, the zone's offset.
    expect(m.mail.text).toMatch(
      /\nKur: e (hënë|martë|mërkurë|enjte|premte|shtunë|diel), \d+ \p{L}+ \d{4}.* \d{2}:\d{2}.*\(GMT\+[12]\)\n/u,
    );
    expect(m.mail.text).not.toMatch(/p\.d\.|m\.d\./);
    expect(m.mail.html).toContain('<html lang="sq">');
    expect(m.raw).toMatch(/^Content-Language: sq/m);
    const inv = invitationOf(m);
    expect(inv.method).toBe('REQUEST');
    expect(inv.status).toBe('CONFIRMED');
    expect(inv.summary).toBe('Liria e lëvizjes: një vit më pas');
    expect(inv.attendee.toLowerCase()).toBe(`mailto:${arta.email}`);
    const feed = await feedVersion(id);
    expect(inv.uid).toBe(feed.uid);
    expect(inv.sequence).toBe(feed.sequence);
    // The same change announced again (a repeated hook) does not queue a second mail.
    await t.app.get(NotificationsService).onHappening({
      type: 'registration.confirmed',
      eventId: id,
      accountId: arta.id,
    });
    await sleep(300);
    expect(smtp.to(arta.email)).toHaveLength(1);
  });

  it('writes Cyrillic to sr-Cyrl readers and Latin to sr-Latn readers', async () => {
    const [cyr, lat, en] = await Promise.all([
      person('sr-Cyrl'),
      person('sr-Latn'),
      person('en'),
    ]);
    const id = await publishedEvent(t.url, c.organiser);
    for (const p of [cyr, lat, en]) await register(p, id);
    const mc = await onlyMailTo(cyr.email, /^Пријава потврђена: /);
    expect(mc.mail.subject).toBe(
      'Пријава потврђена: Слобода кретања: годину дана касније',
    );
    expect(mc.mail.text).toContain('Ваше место на догађају');
    expect(mc.mail.text).toMatch(/Када: [а-яђјљњћџ]+, \d+\. [а-я]+ \d{4}\./);
    expect(invitationOf(mc).summary).toBe(
      'Слобода кретања: годину дана касније',
    );
    const ml = await onlyMailTo(lat.email, /^Prijava potvrđena: /);
    expect(ml.mail.subject).toBe(
      'Prijava potvrđena: Sloboda kretanja: godinu dana kasnije',
    );
    expect(ml.mail.text).not.toMatch(/[\u0400-\u04ff]/);
    expect(invitationOf(ml).summary).toBe(
      'Sloboda kretanja: godinu dana kasnije',
    );
    const me = await onlyMailTo(en.email, /^Registration confirmed: /);
    expect(me.mail.subject).toBe(
      'Registration confirmed: Freedom of movement: one year on',
    );
  });

  it('tells the waiting list its place, promotes in order and cancels removed registrations', async () => {
    const [first, second] = await Promise.all([person('en'), person('sq')]);
    const id = await publishedEvent(t.url, c.organiser, { capacity: 1 });
    expect((await register(first, id)).status).toBe('confirmed');
    const waiting = await register(second, id);
    expect(waiting).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const w = await onlyMailTo(second.email, /^Lista e pritjes: /);
    expect(w.mail.text).toContain('Numri juaj në listën e pritjes: 1.');
    expect(invitationOf(w)).toMatchObject({
      method: 'REQUEST',
      status: 'TENTATIVE',
    });

    const regs = await request(t.url)
      .get(`/api/events/${id}/registrations`)
      .set(auth(c.organiser))
      .expect(200);
    const firstReg = (regs.body as { id: string; accountId: string }[]).find(
      (r) => r.accountId === first.id,
    )!;
    await request(t.url)
      .delete(`/api/events/${id}/registrations/${firstReg.id}`)
      .set(auth(c.organiser))
      .expect((r) => expect(r.status).toBeLessThan(300));

    const cancelled = await onlyMailTo(
      first.email,
      /^Registration cancelled: /,
    );
    expect(cancelled.mail.text).toContain(
      'The organisers have cancelled your registration',
    );
    const inv = invitationOf(cancelled);
    expect(inv).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: eventUid(id),
    });
    const promoted = await onlyMailTo(
      second.email,
      /^U lirua një vend për ju: /,
    );
    expect(invitationOf(promoted)).toMatchObject({
      method: 'REQUEST',
      status: 'CONFIRMED',
      uid: eventUid(id),
    });
  });

  it('sends one change notice per registrant with the new SEQUENCE', async () => {
    const [a, b] = await participants(t.url, 2);
    const id = await publishedEvent(t.url, c.organiser);
    await register(a, id);
    await register(b, id);
    await onlyMailTo(a.email, /^Registration confirmed/);
    await onlyMailTo(b.email, /^Registration confirmed/);
    const before = (await eventView(id)).sequence;
    await request(t.url)
      .patch(`/api/events/${id}`)
      .set(auth(c.organiser))
      .send({ venue: { name: 'Dom kulture', placeId: 'xk-gracanice' } })
      .expect(200);
    const after = await feedVersion(id);
    expect(after.sequence).toBeGreaterThan(before);
    for (const p of [a, b]) {
      const m = await onlyMailTo(p.email, /^Changed: /);
      expect(m.mail.text).toContain(
        'Where: Dom kulture, Graçanicë / Gračanica',
      );
      expect(invitationOf(m)).toMatchObject({
        method: 'REQUEST',
        uid: after.uid,
        sequence: after.sequence,
      });
    }
  });

  it('sends METHOD:CANCEL to everyone registered when the event is cancelled', async () => {
    const [a, b] = await Promise.all([person('sr-Cyrl'), person('en')]);
    const id = await publishedEvent(t.url, c.organiser, { capacity: 1 });
    await register(a, id);
    await register(b, id); // waiting list
    await request(t.url)
      .post(`/api/events/${id}/cancel`)
      .set(auth(c.organiser))
      .expect(200);
    const seq = (await eventView(id)).sequence;
    const ma = await onlyMailTo(a.email, /^Отказано: /);
    expect(invitationOf(ma)).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: eventUid(id),
      sequence: seq,
    });
    const mb = await onlyMailTo(b.email, /^Cancelled: /);
    expect(invitationOf(mb).method).toBe('CANCEL');
  });

  it('retries when the SMTP server answers 451 and delivers exactly once', async () => {
    const p = await person('en');
    smtp.refuse(p.email, 2);
    const id = await publishedEvent(t.url, c.organiser);
    await register(p, id);
    await onlyMailTo(p.email, /^Registration confirmed/);
    const row = await t.ds
      .getRepository(MailOutbox)
      .findOneByOrFail({ recipient: p.email, kind: 'registration-confirmed' });
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(row.lastError).toMatch(/451/);
    expect(row.lastError).not.toContain(p.email);
  });

  it('keeps a mail it cannot deliver, marked failed after the last attempt', async () => {
    const p = await person('en');
    smtp.refuse(p.email, 100);
    const id = await publishedEvent(t.url, c.organiser);
    await register(p, id);
    const repo = t.ds.getRepository(MailOutbox);
    const row = await waitFor(async () => {
      const r = await repo.findOneBy({ recipient: p.email });
      return r?.status === 'failed' ? r : undefined;
    }, 'the mail to be marked failed');
    expect(row.attempts).toBe(4);
    expect(smtp.to(p.email)).toHaveLength(0);
    smtp.refuse(p.email, 0);
  });

  it('tells pairs who their partners are, once per round, in their language', async () => {
    const p = await person('sr-Latn');
    const notifications = t.app.get(NotificationsService);
    const notice = {
      roundId: 'round-1',
      cohortName: 'Mladi 2027',
      partnerNames: ['Arta <b>K.</b>'],
      meeting: { slot: 'wed-evening' },
    };
    expect(await notifications.notifyPairingPublished(p.id, notice)).toBe(true);
    expect(await notifications.notifyPairingPublished(p.id, notice)).toBe(
      false,
    );
    const m = await onlyMailTo(p.email, /^Imate para u programu Mladi 2027$/);
    expect(m.mail.text).toContain('spojeni ste sa: Arta <b>K.</b>.');
    expect(m.mail.text).toContain('Predloženi prvi susret: sreda (veče)');
    expect(m.mail.html).toContain('Arta &lt;b&gt;K.&lt;/b&gt;');
    expect(m.mail.html).not.toContain('<b>K.</b>');
  });

  it('announces a published pairing round to both partners, each in their language', async () => {
    const [arta, marko] = await Promise.all([person('sq'), person('sr-Cyrl')]);
    const consent = (await request(t.url).get('/api/consents').expect(200))
      .body['community-data'].version as number;
    for (const [p, communityId, own] of [
      [arta, 'kosovo-albanian', 'sq'],
      [marko, 'kosovo-serb', 'sr'],
    ] as const) {
      await request(t.url)
        .post('/api/me/consents')
        .set(auth(p))
        .send({ kind: 'community-data', granted: true, textVersion: consent })
        .expect(201);
      await request(t.url)
        .put('/api/me/profile')
        .set(auth(p))
        .send({
          communityId,
          languages: [
            { code: 'en', level: 'fluent' },
            { code: own, level: 'fluent' },
          ],
          availability: ['wed-evening'],
        })
        .expect(200);
    }
    const cohort = await request(t.url)
      .post('/api/cohorts')
      .set(auth(c.organiser))
      .send({ name: 'Ura 2027' })
      .expect(201);
    const cohortId = cohort.body.id as string;
    for (const p of [arta, marko])
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/members`)
        .set(auth(p))
        .expect(201);
    const round = await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds`)
      .set(auth(c.organiser))
      .expect(201);
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds/${round.body.id}/publish`)
      .set(auth(c.organiser))
      .expect((r) => expect(r.status).toBeLessThan(300));
    const ma = await onlyMailTo(arta.email, /^Keni një partner në Ura 2027$/);
    expect(ma.mail.text).toContain(`jeni çiftuar me ${marko.displayName}.`);
    // The slot both have free (the pairing module may add the date of the next one).
    expect(ma.mail.text).toContain('Takimi i parë i sugjeruar: e mërkurë');
    const mm = await onlyMailTo(
      marko.email,
      /^Имате пара у програму Ura 2027$/,
    );
    expect(mm.mail.text).toContain(`спојени сте са: ${arta.displayName}.`);
    expect(mm.mail.text).toContain('Предложени први сусрет: среда');
    for (const m of [ma, mm])
      expect(m.raw).not.toMatch(
        /kosovo-(albanian|serb)|Kosovo (Albanian|Serb)/i,
      );
  });

  it('asks a guardian for consent by e-mail, and not a phone number', async () => {
    const young = await signUp(t.url, { locale: 'sq' });
    const notifications = t.app.get(NotificationsService);
    expect(
      await notifications.requestGuardianConsent(young.id, {
        guardianName: 'Drita',
        guardianContact: '+383 44 123 456',
      }),
    ).toEqual({ queued: false, reason: 'no-guardian-email' });
    const guardian = `guardian-${young.id.slice(0, 8)}@example.org`;
    const texts = await request(t.url).get('/api/consents').expect(200);
    await request(t.url)
      .post('/api/me/consents')
      .set(auth(young))
      .send({
        kind: 'guardian',
        granted: true,
        textVersion: texts.body.guardian.version,
        guardianName: 'Drita',
        guardianContact: guardian,
      })
      .expect(201);
    expect(
      await notifications.requestGuardianConsent(young.id, {
        confirmUrl: 'https://uramost.example/guardian/confirm/secret-token',
      }),
    ).toEqual({ queued: true });
    const m = await onlyMailTo(guardian, /^Pëlqimi që /);
    expect(m.mail.subject).toBe(
      `Pëlqimi që ${young.displayName} të marrë pjesë në UraMost`,
    );
    expect(m.mail.text).toContain('I/e nderuar Drita,');
    expect(m.mail.html).toContain(
      'href="https://uramost.example/guardian/confirm/secret-token"',
    );
  });

  it('sends the bulletin confirmation with its link, once per link', async () => {
    const notifications = t.app.get(NotificationsService);
    const c1 = {
      subscriptionId: 'sub-1',
      email: 'Reader@Example.org',
      locale: 'sr-Cyrl',
      confirmUrl: 'https://uramost.example/bulletin/confirm/tok-1',
      expiresAt: new Date(Date.now() + 48 * 3600_000),
    };
    expect(await notifications.sendBulletinConfirmation(c1)).toBe(true);
    expect(await notifications.sendBulletinConfirmation(c1)).toBe(false);
    const m = await onlyMailTo('reader@example.org', /^Потврдите претплату/);
    expect(m.mail.text).toContain(
      'https://uramost.example/bulletin/confirm/tok-1',
    );
    expect(m.mail.text).toMatch(/важи до \d+\. [а-я]+ \d{4}\./);
  });

  it('delivers each mail once when two instances share the outbox', async () => {
    const second = await startApp(t.db, {
      SMTP_URL: t.config.smtpUrl!,
      MAIL_POLL_MS: '50',
      MAIL_RETRY_MS: '150',
    });
    try {
      const notifications = t.app.get(NotificationsService);
      const addresses = Array.from(
        { length: 30 },
        (_, i) => `many-${i}@example.org`,
      );
      await Promise.all(
        addresses.map((email, i) =>
          notifications.sendBulletinConfirmation({
            subscriptionId: `many-${i}`,
            email,
            locale: 'en',
            confirmUrl: `https://uramost.example/bulletin/confirm/many-${i}`,
          }),
        ),
      );
      await waitFor(
        () => addresses.every((a) => smtp.to(a).length > 0),
        'all 30 mails',
      );
      await sleep(500);
      for (const a of addresses) expect(smtp.to(a)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('lists a person’s mails in their export and erases them with the account', async () => {
    const p = await person('en');
    const id = await publishedEvent(t.url, c.organiser);
    await register(p, id);
    await onlyMailTo(p.email, /^Registration confirmed/);
    const exported = await request(t.url)
      .get('/api/me/export')
      .set(auth(p))
      .expect(200);
    expect(JSON.stringify(exported.body)).toContain(
      '"kind":"registration-confirmed"',
    );
    const repo = t.ds.getRepository(MailOutbox);
    expect(await repo.countBy({ accountId: p.id })).toBe(1);
    await request(t.url).delete('/api/me').set(auth(p)).expect(204);
    expect(await repo.countBy({ accountId: p.id })).toBe(0);
    expect(await repo.countBy({ recipient: p.email })).toBe(0);
  });

  it('logs no addresses, bodies or tokens', () => {
    expect(
      logged.some((l) => /mail \d+ \(registration-confirmed\) sent/.test(l)),
    ).toBe(true);
    const all = logged.join('\n');
    expect(all).not.toMatch(/@example\.org/i);
    expect(all).not.toContain('secret-token');
    expect(all).not.toContain('tok-1');
    expect(all).not.toContain('Përshëndetje');
  });
});

describe('e-mail without an SMTP server', () => {
  it('writes each mail as an .eml file to DATA_DIR/outbox', async () => {
    const t = await startIsolatedApp({ MAIL_POLL_MS: '100' });
    try {
      const p = await signUp(t.url, { locale: 'sr-Cyrl' });
      await t.app.get(NotificationsService).notifyPairingPublished(p.id, {
        roundId: 'r1',
        cohortName: 'Кохорта',
        partnerNames: ['Arta'],
        meeting: null,
      });
      const dir = join(t.config.dataDir, 'outbox');
      const file = await waitFor(() => {
        try {
          return readdirSync(dir).find((f) =>
            f.endsWith('-pairing-published.eml'),
          );
        } catch {
          return undefined;
        }
      }, 'an .eml file');
      expect(file).not.toContain('@');
      const mail = await simpleParser(readFileSync(join(dir, file)));
      expect(mail.subject).toBe('Имате пара у програму Кохорта');
      expect(
        (mail.to as { value: { address: string }[] }).value[0].address,
      ).toBe(p.email);
    } finally {
      await t.close();
    }
  });
});
