// The mails themselves: pure functions from plain data to subject, text and HTML in the reader's
// language. Times are shown in the event's zone, formatted for the reader's locale.
import { cyrillicToLatin } from '../../common/text.js';
import {
  CATALOGS,
  INTL_LOCALE,
  type Catalog,
  type MailLocale,
} from './catalog.js';
import { fill, renderMail, type Block, type RenderedMail } from './render.js';

export interface LocalizedText {
  en?: string;
  sq?: string;
  sr?: string;
}

/**
 * The reader's version of a text (`sr` serves both Serbian scripts), else English, else any; a
 * Serbian Latin reader gets Cyrillic text transliterated.
 */
export function localText(
  text: LocalizedText | undefined,
  locale: MailLocale,
): string {
  if (!text) return '';
  const own = locale === 'en' ? text.en : locale === 'sq' ? text.sq : text.sr;
  const picked =
    [own, text.en, text.sq, text.sr].find((t) => t?.trim())?.trim() ?? '';
  return locale === 'sr-Latn' ? cyrillicToLatin(picked) : picked;
}

// Building an Intl formatter costs far more than using one; a change notice to a full event
// formats the same (locale, zone) hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: MailLocale,
  timeZone: string,
  style: 'range' | 'instant' | 'zone',
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      INTL_LOCALE[locale],
      style === 'zone'
        ? { timeZone, timeZoneName: 'shortOffset' }
        : {
            dateStyle: style === 'range' ? 'full' : 'long',
            timeStyle: 'short',
            hourCycle: 'h23',
            timeZone,
          },
    );
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

function zoneLabel(locale: MailLocale, at: Date, timeZone: string): string {
  const part = formatter(locale, timeZone, 'zone')
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Friday, 4 December 2026, 09:00–17:00 (GMT+1)" in the reader's locale and the event's zone. */
export function formatTimeRange(
  locale: MailLocale,
  start: Date,
  end: Date,
  timeZone: string,
): string {
  const f = formatter(locale, timeZone, 'range');
  const range =
    end.getTime() > start.getTime()
      ? f.formatRange(start, end)
      : f.format(start);
  return `${range} (${zoneLabel(locale, start, timeZone)})`;
}

export function formatInstant(
  locale: MailLocale,
  at: Date,
  timeZone: string,
): string {
  const f = formatter(locale, timeZone, 'instant');
  return `${f.format(at)} (${zoneLabel(locale, at, timeZone)})`;
}

export function formatList(locale: MailLocale, items: readonly string[]) {
  return new Intl.ListFormat(INTL_LOCALE[locale], {
    type: 'conjunction',
  }).format(items);
}

/** 'mon-evening' → "Monday (evening)", "e hënë (mbrëmje)", "понедељак (вече)". */
export function slotLabel(locale: MailLocale, slot: string): string {
  const c = CATALOGS[locale];
  const [day, part] = slot.split('-');
  if (!c.days[day]) return slot;
  return c.dayParts[part]
    ? `${c.days[day]} (${c.dayParts[part]})`
    : c.days[day];
}

function greeting(c: Catalog, name: string): string {
  return name.trim() ? fill(c.hello, { name: name.trim() }) : c.helloNoName;
}

export interface Reader {
  name: string;
  locale: MailLocale;
}

/** An event as a mail shows it: texts already in the reader's language. */
export interface EventFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue?: string;
  onlineUrl?: string;
  organiser?: string;
  url: string;
}

export type EventMailKind =
  | 'registration-confirmed'
  | 'registration-waitlisted'
  | 'registration-promoted'
  | 'registration-cancelled'
  | 'event-changed'
  | 'event-cancelled';

function eventFacts(c: Catalog, locale: MailLocale, e: EventFacts): Block {
  const rows: [string, string][] = [
    [c.when, formatTimeRange(locale, e.startsAt, e.endsAt, e.timeZone)],
  ];
  if (e.venue) rows.push([c.where, e.venue]);
  if (e.onlineUrl) rows.push([c.online, e.onlineUrl]);
  if (e.organiser) rows.push([c.organiser, e.organiser]);
  return { kind: 'facts', rows };
}

export function eventMail(
  kind: EventMailKind,
  reader: Reader,
  event: EventFacts,
  extra: { position?: number | null; by?: 'self' | 'organiser' } = {},
): RenderedMail {
  const { locale } = reader;
  const c = CATALOGS[locale];
  const v = { title: event.title, name: reader.name };
  const blocks: Block[] = [{ kind: 'p', text: greeting(c, reader.name) }];
  let subject: string;
  let note: string;
  switch (kind) {
    case 'registration-confirmed':
      subject = c.confirmed.subject;
      blocks.push({ kind: 'p', text: fill(c.confirmed.body, v) });
      note = c.inviteNote;
      break;
    case 'registration-waitlisted':
      subject = c.waitlisted.subject;
      blocks.push({ kind: 'p', text: fill(c.waitlisted.body, v) });
      if (extra.position)
        blocks.push({
          kind: 'p',
          text: fill(c.waitlisted.position, { position: extra.position }),
        });
      blocks.push({ kind: 'p', text: c.waitlisted.afterwards });
      note = c.tentativeNote;
      break;
    case 'registration-promoted':
      subject = c.promoted.subject;
      blocks.push({ kind: 'p', text: fill(c.promoted.body, v) });
      note = c.inviteNote;
      break;
    case 'registration-cancelled':
      subject = c.registrationCancelled.subject;
      blocks.push({
        kind: 'p',
        text: fill(
          extra.by === 'organiser'
            ? c.registrationCancelled.organiser
            : c.registrationCancelled.self,
          v,
        ),
      });
      note = c.cancelNote;
      break;
    case 'event-changed':
      subject = c.changed.subject;
      blocks.push({ kind: 'p', text: fill(c.changed.body, v) });
      note = c.inviteNote;
      break;
    case 'event-cancelled':
      subject = c.cancelled.subject;
      blocks.push({ kind: 'p', text: fill(c.cancelled.body, v) });
      note = c.cancelNote;
      break;
  }
  blocks.push(eventFacts(c, locale, event));
  blocks.push({ kind: 'link', label: c.eventPage, url: event.url });
  blocks.push({ kind: 'p', text: note });
  blocks.push({ kind: 'small', text: `${c.footerEvent} ${c.automatic}` });
  return renderMail(locale, fill(subject, v), blocks);
}

/** The suggested first meeting: a weekly slot from the profiles and/or a concrete time. */
export interface MeetingSuggestion {
  /** A weekly availability slot such as 'mon-evening'. */
  slot?: string;
  startsAt?: Date;
  endsAt?: Date;
  /** Zone the time is shown in; default Europe/Belgrade. */
  timeZone?: string;
  /** Where, as a plain text the organiser or the engine chose. */
  place?: string;
}

export function meetingLabel(
  locale: MailLocale,
  m: MeetingSuggestion,
): string | undefined {
  const zone = m.timeZone ?? 'Europe/Belgrade';
  const when = m.startsAt
    ? formatTimeRange(locale, m.startsAt, m.endsAt ?? m.startsAt, zone)
    : m.slot
      ? slotLabel(locale, m.slot)
      : undefined;
  const parts = [when, m.place?.trim()].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

export function pairingMail(
  reader: Reader,
  p: {
    cohortName: string;
    partnerNames: readonly string[];
    meeting: MeetingSuggestion | null;
    url: string;
  },
): RenderedMail {
  const { locale } = reader;
  const c = CATALOGS[locale];
  const v = {
    name: reader.name,
    cohort: p.cohortName,
    partners: formatList(locale, p.partnerNames),
  };
  const meeting = p.meeting ? meetingLabel(locale, p.meeting) : undefined;
  const blocks: Block[] = [
    { kind: 'p', text: greeting(c, reader.name) },
    { kind: 'p', text: fill(c.pairing.body, v) },
    meeting
      ? { kind: 'facts', rows: [[c.pairing.meeting, meeting]] }
      : { kind: 'p', text: c.pairing.noMeeting },
    { kind: 'link', lead: c.pairing.next, label: c.pairing.link, url: p.url },
    { kind: 'small', text: `${c.pairing.footer} ${c.automatic}` },
  ];
  return renderMail(locale, fill(c.pairing.subject, v), blocks);
}

export function guardianConsentMail(
  guardian: Reader,
  p: { participantName: string; confirmUrl?: string; contactUrl: string },
): RenderedMail {
  const { locale } = guardian;
  const c = CATALOGS[locale];
  const v = {
    name: guardian.name,
    participant: p.participantName,
    url: p.contactUrl,
  };
  const blocks: Block[] = [
    {
      kind: 'p',
      text: guardian.name.trim() ? fill(c.helloFormal, v) : c.helloNoName,
    },
    { kind: 'p', text: fill(c.guardian.body, v) },
    p.confirmUrl
      ? {
          kind: 'link',
          lead: c.guardian.withLink,
          label: c.guardian.link,
          url: p.confirmUrl,
        }
      : { kind: 'p', text: fill(c.guardian.withoutLink, v) },
    { kind: 'small', text: `${c.guardian.footer} ${c.automatic}` },
  ];
  return renderMail(locale, fill(c.guardian.subject, v), blocks);
}

export function bulletinConfirmationMail(
  locale: MailLocale,
  p: { confirmUrl: string; expiresAt?: Date; timeZone?: string },
): RenderedMail {
  const c = CATALOGS[locale];
  const lead = p.expiresAt
    ? fill(c.bulletin.actionUntil, {
        expires: formatInstant(
          locale,
          p.expiresAt,
          p.timeZone ?? 'Europe/Belgrade',
        ),
      })
    : c.bulletin.action;
  const blocks: Block[] = [
    { kind: 'p', text: c.bulletin.body },
    { kind: 'link', lead, label: c.bulletin.link, url: p.confirmUrl },
    { kind: 'p', text: c.bulletin.ignore },
    { kind: 'small', text: c.automatic },
  ];
  return renderMail(locale, c.bulletin.subject, blocks);
}
