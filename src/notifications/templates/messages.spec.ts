import { describeError, retryDelay } from '../mail-worker.js';
import { parseMailbox } from '../mail-transport.js';
import { CATALOGS, MAIL_LOCALES, mailLocale } from './catalog.js';
import {
  bulletinConfirmationMail,
  eventMail,
  formatTimeRange,
  guardianConsentMail,
  localText,
  pairingMail,
  slotLabel,
  type EventFacts,
} from './messages.js';
import { escapeHtml, fill } from './render.js';

const event: EventFacts = {
  title: 'Freedom of movement',
  startsAt: new Date('2026-12-04T08:00:00Z'),
  endsAt: new Date('2026-12-04T16:00:00Z'),
  timeZone: 'Europe/Belgrade',
  venue: 'Hotel Grand, Prishtinë / Priština',
  url: 'https://uramost.example/events/1',
  organiser: 'BCSP',
};

describe('mail templates', () => {
  it('have every string in every locale, Serbian Latin derived from Cyrillic', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k],
      );
    const reference = keys(CATALOGS.en).sort();
    for (const l of MAIL_LOCALES)
      expect(keys(CATALOGS[l]).sort()).toEqual(reference);
    expect(CATALOGS['sr-Cyrl'].confirmed.subject).toMatch(/[\u0400-\u04ff]/);
    expect(CATALOGS['sr-Latn'].confirmed.subject).not.toMatch(
      /[\u0400-\u04ff]/,
    );
    expect(CATALOGS['sr-Latn'].confirmed.subject).toBe(
      'Prijava potvrđena: {title}',
    );
    expect(mailLocale('de')).toBe('en');
    expect(mailLocale('sr-Cyrl')).toBe('sr-Cyrl');
  });

  it('pick the reader’s version of a text and transliterate Serbian for Latin readers', () => {
    const t = { en: 'Roads', sq: 'Rrugët', sr: 'Путеви' };
    expect(localText(t, 'en')).toBe('Roads');
    expect(localText(t, 'sq')).toBe('Rrugët');
    expect(localText(t, 'sr-Cyrl')).toBe('Путеви');
    expect(localText(t, 'sr-Latn')).toBe('Putevi');
    expect(localText({ sq: 'Vetëm shqip' }, 'sr-Cyrl')).toBe('Vetëm shqip');
    expect(localText({ sr: 'Само српски', en: ' ' }, 'en')).toBe('Само српски');
  });

  it('show times in the event’s zone, formatted for the locale', () => {
    expect(
      formatTimeRange('en', event.startsAt, event.endsAt, event.timeZone),
    ).toBe('Friday, 4 December 2026, 09:00–17:00 (GMT+1)');
    expect(
      formatTimeRange('sq', event.startsAt, event.endsAt, event.timeZone),
    ).toMatch(/^e premte, 4 dhjetor 2026, 09:00\s*–\s*17:00 \(GMT\+1\)$/);
    expect(
      formatTimeRange('sr-Cyrl', event.startsAt, event.endsAt, event.timeZone),
    ).toMatch(/^петак, 4\. децембар 2026\. 09:00/);
    // Summer time is shown as such.
    expect(
      formatTimeRange(
        'en',
        new Date('2026-07-01T08:00:00Z'),
        new Date('2026-07-01T09:00:00Z'),
        'Europe/Belgrade',
      ),
    ).toMatch(/10:00–11:00 \(GMT\+2\)$/);
  });

  it('write each event mail in the reader’s language, as text and HTML', () => {
    const en = eventMail(
      'registration-confirmed',
      { name: 'Ana', locale: 'en' },
      event,
    );
    expect(en.subject).toBe('Registration confirmed: Freedom of movement');
    expect(en.text).toContain('Hello Ana,');
    expect(en.text).toContain(
      'When: Friday, 4 December 2026, 09:00–17:00 (GMT+1)',
    );
    expect(en.text).toContain('Event page: https://uramost.example/events/1');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(
      '<a href="https://uramost.example/events/1">Event page</a>',
    );

    const sq = eventMail(
      'registration-waitlisted',
      { name: 'Arta', locale: 'sq' },
      event,
      { position: 3 },
    );
    expect(sq.subject).toBe('Lista e pritjes: Freedom of movement');
    expect(sq.text).toContain('Numri juaj në listën e pritjes: 3.');

    const cyrl = eventMail(
      'event-cancelled',
      { name: 'Марко', locale: 'sr-Cyrl' },
      {
        ...event,
        title: 'Слобода кретања',
      },
    );
    expect(cyrl.subject).toBe('Отказано: Слобода кретања');
    expect(cyrl.text).toContain('Здраво, Марко,');
    const latn = eventMail(
      'registration-cancelled',
      { name: 'Marko', locale: 'sr-Latn' },
      event,
      {
        by: 'organiser',
      },
    );
    expect(latn.text).toContain('Organizatori su otkazali vašu prijavu');
  });

  it('escape everything interpolated into HTML and keep subjects on one line', () => {
    const evil = '<script>alert(1)</script> & "x"';
    const m = eventMail(
      'event-changed',
      { name: `<b>${evil}</b>`, locale: 'en' },
      {
        ...event,
        title: `Title\r\nBcc: victim@example.org ${evil}`,
        venue: `<img src=x onerror=alert(1)>`,
        onlineUrl: 'javascript:alert(1)',
      },
    );
    expect(m.html).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(m.html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;',
    );
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(escapeHtml(`'`)).toBe('&#39;');
    expect(fill('{a} {b}', { a: '{b}' })).toBe('{b} {b}');
  });

  it('name pairing partners and the suggested meeting', () => {
    const m = pairingMail(
      { name: 'Arta', locale: 'sq' },
      {
        cohortName: 'Cohort 2027',
        partnerNames: ['Marko', 'Jelena'],
        meeting: { slot: 'mon-evening' },
        url: 'https://uramost.example/me/pairings',
      },
    );
    expect(m.text).toContain('jeni çiftuar me Marko dhe Jelena');
    expect(m.text).toContain('Takimi i parë i sugjeruar: e hënë (mbrëmje)');
    expect(slotLabel('sr-Cyrl', 'sun-morning')).toBe('недеља (јутро)');
    expect(slotLabel('sr-Latn', 'sun-morning')).toBe('nedelja (jutro)');
    const none = pairingMail(
      { name: 'Ana', locale: 'en' },
      {
        cohortName: 'C',
        partnerNames: ['B'],
        meeting: null,
        url: 'https://x.example/',
      },
    );
    expect(none.text).toContain('no free time in common');
  });

  it('write the guardian and bulletin mails', () => {
    const g = guardianConsentMail(
      { name: 'Dragana', locale: 'sr-Cyrl' },
      { participantName: 'Лука', contactUrl: 'https://uramost.example' },
    );
    expect(g.subject).toBe('Сагласност да Лука учествује на платформи UraMost');
    expect(g.text).toContain('Поштовани/а Dragana,');
    const b = bulletinConfirmationMail('en', {
      confirmUrl: 'https://uramost.example/bulletin/confirm/abc',
      expiresAt: new Date('2026-12-05T12:00:00Z'),
    });
    expect(b.text).toContain('valid until 5 December 2026 at 13:00 (GMT+1)');
    expect(b.html).toContain(
      'href="https://uramost.example/bulletin/confirm/abc"',
    );
  });
});

describe('mail delivery helpers', () => {
  it('never keep an address in an error', () => {
    const e = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: Recipient address rejected",
      ),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    const d = describeError(e);
    expect(d).toMatch(/^EENVELOPE 550 /);
    expect(d).not.toContain('bob@example.org');
    expect(d).toContain('[address]');
  });

  it('wait longer after each failure, at most an hour', () => {
    const d1 = retryDelay(1000, 1);
    const d3 = retryDelay(1000, 3);
    expect(d1).toBeGreaterThanOrEqual(900);
    expect(d1).toBeLessThanOrEqual(1100);
    expect(d3).toBeGreaterThanOrEqual(3600);
    expect(retryDelay(60_000, 30)).toBeLessThanOrEqual(3600_000 * 1.1);
  });

  it('read the sender from MAIL_FROM', () => {
    expect(parseMailbox('UraMost <no-reply@uramost.local>')).toEqual({
      name: 'UraMost',
      address: 'no-reply@uramost.local',
    });
    expect(parseMailbox('"Ura Most" <a@b.org>').name).toBe('Ura Most');
    expect(parseMailbox('a@b.org')).toEqual({ name: '', address: 'a@b.org' });
  });
});
