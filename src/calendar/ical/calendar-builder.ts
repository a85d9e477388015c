// iCalendar (RFC 5545) feeds and iTIP (RFC 5546) invitations as pure functions: data in, text
// (or UTF-8 bytes) out.
//
// Written directly rather than through ical-generator 10: its calendar serialisation folds with a
// new TextEncoder per character (about 2.4 s for a 500-event × 5-session personal feed), it writes
// a JS Date under a TZID as the process's wall clock, and a calendar-level zone drops DTSTAMP's Z.
import { Buffer } from 'node:buffer';

import { escapeText, quotedParam, uriValue } from './content-line.js';
import { IcsWriter } from './ics-writer.js';
import { LABELS, assertLocale, pickText, placeName } from './localize.js';
import {
  assertTimeZone,
  formatLocal,
  formatUtc,
  isAmbiguous,
  vtimezone,
} from './time-zone.js';
import type {
  CalendarEvent,
  CalendarInfo,
  CalendarLocale,
  InvitationAttendee,
  InvitationMethod,
  InvitationOptions,
  PairMeeting,
} from './types.js';

export const PRODUCT_ID = '-//UraMost//UraMost Calendar 1.0//EN';
export const DEFAULT_TIME_ZONE = 'Europe/Belgrade';
/** A cancelled event stays in feeds (STATUS:CANCELLED) this long after its cancellation. */
export const CANCELLED_RETENTION_DAYS = 30;
const DAY = 86_400_000;

type Status = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** Stable UIDs: the same event, session or meeting keeps its UID forever. */
export const eventUid = (id: string): string => `event-${id}@uramost`;
export const sessionUid = (id: string): string => `session-${id}@uramost`;
export const meetingUid = (id: string): string => `meeting-${id}@uramost`;

/** Dates of years 1000–9999: what iCalendar's DATE-TIME can write. */
const MIN_INSTANT = Date.UTC(1000, 0, 1);
const MAX_INSTANT = Date.UTC(10000, 0, 1) - 1;

function instant(value: Date, what: string): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new TypeError(`${what} is not a valid Date`);
  if (ms < MIN_INSTANT || ms > MAX_INSTANT) {
    throw new RangeError(`${what} is outside the years 1000–9999`);
  }
  return ms;
}

function interval(
  startsAt: Date,
  endsAt: Date,
  what: string,
): [number, number] {
  const start = instant(startsAt, `${what}.startsAt`);
  const end = instant(endsAt, `${what}.endsAt`);
  if (end < start) throw new RangeError(`${what} ends before it starts`);
  return [start, end];
}

/**
 * Whether an event belongs in a feed at `now`: published events always, cancelled ones for
 * 30 days after `cancelledAt` (or `updatedAt` when the cancellation time is unknown).
 */
export function isListed(event: CalendarEvent, now: Date): boolean {
  if (event.status !== 'cancelled') return true;
  const cancelled = instant(
    event.cancelledAt ?? event.updatedAt,
    `event ${event.id} cancelledAt`,
  );
  return now.getTime() < cancelled + CANCELLED_RETENTION_DAYS * DAY;
}

function eventStamp(event: CalendarEvent): number {
  const updated = instant(event.updatedAt, `event ${event.id}.updatedAt`);
  return event.cancelledAt
    ? Math.max(updated, event.cancelledAt.getTime())
    : updated;
}

function eventStatus(event: CalendarEvent): Status {
  if (event.status === 'cancelled') return 'CANCELLED';
  return event.tentative ? 'TENTATIVE' : 'CONFIRMED';
}

function eventLocation(
  event: CalendarEvent,
  locale: CalendarLocale,
): string | undefined {
  const venue = event.venue;
  if (!venue) return event.onlineUrl;
  const parts = [
    venue.name,
    venue.address,
    venue.place && placeName(venue.place, locale),
  ];
  return (
    parts.filter((p): p is string => !!p?.trim()).join(', ') || event.onlineUrl
  );
}

function categories(event: CalendarEvent): string[] {
  const seen: string[] = [];
  for (const c of [event.kind, ...event.topics]) {
    const trimmed = c.trim();
    if (trimmed && !seen.includes(trimmed)) seen.push(trimmed);
  }
  return seen;
}

function paragraphs(...parts: (string | undefined)[]): string | undefined {
  const kept = parts
    .filter((p): p is string => !!p?.trim())
    .map((p) => p.trim());
  return kept.length ? kept.join('\n\n') : undefined;
}

/** Collects, per TZID written, the UTC years its times fall in. */
class ZoneYears {
  private readonly years = new Map<string, { min: number; max: number }>();

  add(zone: string, ms: number): void {
    const year = new Date(ms).getUTCFullYear();
    const range = this.years.get(zone);
    if (!range) this.years.set(zone, { min: year, max: year });
    else if (year < range.min) range.min = year;
    else if (year > range.max) range.max = year;
  }

  /** Adds another collection's years (an event rendered on its own). */
  merge(other: ZoneYears): void {
    for (const [zone, { min, max }] of other.years) {
      const range = this.years.get(zone);
      if (!range) this.years.set(zone, { min, max });
      else {
        if (min < range.min) range.min = min;
        if (max > range.max) range.max = max;
      }
    }
  }

  /** VTIMEZONEs for every TZID used, covering a year either side of the times written. */
  vtimezones(): string[] {
    const lines: string[] = [];
    for (const zone of [...this.years.keys()].sort()) {
      const { min, max } = this.years.get(zone)!;
      lines.push(...vtimezone(zone, min - 1, max + 1));
    }
    return lines;
  }
}

/** What an event and its sessions share: the zone, and their common lines encoded once. */
interface Shared {
  zone: string;
  /** DTSTAMP, STATUS, CATEGORIES, URL, CONFERENCE, ORGANIZER, ATTENDEE, LAST-MODIFIED, hints. */
  lines: Uint8Array;
}

/** Encodes the common lines (already escaped; folded here) into one block of bytes. */
function sharedLines(lines: readonly string[]): Uint8Array {
  const block = new IcsWriter(1024);
  for (const line of lines) block.line(line);
  return block.bytes();
}

/** What is each VEVENT's own. */
interface Own {
  uid: string;
  start: number;
  end: number;
  sequence: number;
  summary: string;
  description?: string;
  location?: string;
  parent?: string;
}

/** IANA zone names are ASCII; only a very long one needs folding. */
function dateLine(out: IcsWriter, line: string): void {
  if (line.length <= 75) out.ascii(line);
  else out.line(line);
}

/** Writes one VEVENT, noting the TZID it uses in `zones`. */
function writeVevent(
  out: IcsWriter,
  zones: ZoneYears,
  shared: Shared,
  v: Own,
): void {
  const zone = shared.zone;
  if (!Number.isSafeInteger(v.sequence) || v.sequence < 0) {
    throw new RangeError(`${v.uid}: SEQUENCE must be a whole number ≥ 0`);
  }
  out.ascii('BEGIN:VEVENT');
  out.text('UID:', v.uid);
  // A wall-clock time in the repeated hour when clocks go back names two instants; RFC 5545 takes
  // the first and clients differ. Such events are written in UTC, everything else in its zone.
  if (isAmbiguous(zone, v.start) || isAmbiguous(zone, v.end)) {
    out.ascii('DTSTART:' + formatUtc(v.start));
    out.ascii('DTEND:' + formatUtc(v.end));
  } else {
    zones.add(zone, v.start);
    zones.add(zone, v.end);
    dateLine(out, `DTSTART;TZID=${zone}:${formatLocal(zone, v.start)}`);
    dateLine(out, `DTEND;TZID=${zone}:${formatLocal(zone, v.end)}`);
  }
  out.ascii('SEQUENCE:' + v.sequence);
  out.text('SUMMARY:', v.summary);
  if (v.description) out.text('DESCRIPTION:', v.description);
  if (v.location) out.text('LOCATION:', v.location);
  if (v.parent) out.text('RELATED-TO;RELTYPE=PARENT:', v.parent);
  out.encoded(shared.lines);
  out.ascii('END:VEVENT');
}

interface EventOptions {
  sessions: boolean;
  /** Invitations: the sending time as DTSTAMP, iTIP status, organiser and attendee. */
  stamp?: number;
  status?: Status;
  organizer?: { name: string; email: string };
  attendee?: { name?: string; email: string; partstat: string };
}

function organizerLine(name: string, address: string): string {
  return `ORGANIZER;CN=${quotedParam(name)}:${uriValue(address)}`;
}

/** Writes the event, and its sessions in start order, in the reader's language. */
function writeEvent(
  out: IcsWriter,
  zones: ZoneYears,
  event: CalendarEvent,
  locale: CalendarLocale,
  options: EventOptions,
): void {
  const labels = LABELS[locale];
  const zone = event.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(zone);
  const title = pickText(event.title, locale);
  if (title === undefined)
    throw new RangeError(`event ${event.id} has no title`);
  const [start, end] = interval(
    event.startsAt,
    event.endsAt,
    `event ${event.id}`,
  );
  const status = options.status ?? eventStatus(event);
  const prefix = event.status === 'cancelled' ? labels.cancelled + ': ' : '';
  const modified = eventStamp(event);
  const location = eventLocation(event, locale);
  const online = event.onlineUrl
    ? `${labels.online}: ${event.onlineUrl}`
    : undefined;

  const props: string[] = [];
  const cats = categories(event);
  if (cats.length) props.push('CATEGORIES:' + cats.map(escapeText).join(','));
  props.push('URL:' + uriValue(event.url));
  if (event.onlineUrl) {
    props.push(
      'CONFERENCE;VALUE=URI;FEATURE=VIDEO:' + uriValue(event.onlineUrl),
    );
  }
  if (options.organizer) {
    props.push(
      organizerLine(
        options.organizer.name,
        'mailto:' + options.organizer.email,
      ),
    );
  } else {
    // ORGANIZER is a CAL-ADDRESS (a URI); without an e-mail address, the event page stands in.
    const { name, email } = event.organiser;
    props.push(organizerLine(name, email ? 'mailto:' + email : event.url));
  }
  if (options.attendee) {
    const { name, email, partstat } = options.attendee;
    const cn = name ? ';CN=' + quotedParam(name) : '';
    props.push(
      `ATTENDEE${cn};ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};RSVP=FALSE:` +
        uriValue('mailto:' + email),
    );
  }
  const shared: Shared = {
    zone,
    lines: sharedLines([
      'DTSTAMP:' + formatUtc(options.stamp ?? modified),
      'STATUS:' + status,
      ...props,
      'LAST-MODIFIED:' + formatUtc(modified),
      ...(status === 'TENTATIVE'
        ? ['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE']
        : []),
    ]),
  };

  const uid = eventUid(event.id);
  writeVevent(out, zones, shared, {
    uid,
    start,
    end,
    sequence: event.sequence,
    summary: prefix + title,
    description: paragraphs(
      status === 'TENTATIVE' ? labels.waitlisted : undefined,
      pickText(event.description, locale),
      online,
      event.url,
    ),
    location,
  });
  if (!options.sessions || !event.sessions?.length) return;

  const sessions = event.sessions.map((session) => {
    const [sStart, sEnd] = interval(
      session.startsAt,
      session.endsAt,
      `session ${session.id}`,
    );
    return { session, start: sStart, end: sEnd, uid: sessionUid(session.id) };
  });
  sessions.sort(byStartThenUid);
  for (const { session, start: sStart, end: sEnd, uid: sUid } of sessions) {
    const speakers = session.speakers?.filter((s) => s.trim()).join(', ');
    writeVevent(out, zones, shared, {
      uid: sUid,
      start: sStart,
      end: sEnd,
      // Never below the event's: a change to the event (cancellation) must reach its sessions.
      sequence: Math.max(event.sequence, session.sequence ?? 0),
      summary: prefix + (pickText(session.title, locale) ?? title),
      description: paragraphs(
        title,
        speakers ? `${labels.speakers}: ${speakers}` : undefined,
        online,
        event.url,
      ),
      location:
        [session.hall, location].filter((p) => !!p?.trim()).join(', ') ||
        undefined,
      parent: uid,
    });
  }
}

function writeMeeting(
  out: IcsWriter,
  zones: ZoneYears,
  meeting: PairMeeting,
  now: number,
): void {
  const zone = meeting.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(zone);
  const [start, end] = interval(
    meeting.startsAt,
    meeting.endsAt,
    `meeting ${meeting.id}`,
  );
  const stamp = meeting.updatedAt
    ? instant(meeting.updatedAt, `meeting ${meeting.id}.updatedAt`)
    : now;
  const shared: Shared = {
    zone,
    lines: sharedLines([
      'DTSTAMP:' + formatUtc(stamp),
      'STATUS:CONFIRMED',
      'URL:' + uriValue(meeting.url),
      'LAST-MODIFIED:' + formatUtc(stamp),
    ]),
  };
  writeVevent(out, zones, shared, {
    uid: meetingUid(meeting.id),
    start,
    end,
    sequence: meeting.sequence ?? 0,
    summary: meeting.title,
    description: meeting.url,
  });
}

function byStartThenUid(
  a: { start: number; uid: string },
  b: { start: number; uid: string },
): number {
  return a.start - b.start || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);
}

function durationOfMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 1) {
    throw new RangeError(
      `refreshMinutes must be a positive integer, got ${minutes}`,
    );
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return 'PT' + (hours ? hours + 'H' : '') + (rest ? rest + 'M' : '');
}

/** The VCALENDAR: its properties, the VTIMEZONEs the VEVENTs use, then the VEVENTs. */
function calendarBytes(
  head: readonly string[],
  zones: ZoneYears,
  body: IcsWriter,
): Buffer {
  const top = new IcsWriter(16 * 1024);
  top.ascii('BEGIN:VCALENDAR');
  top.ascii('VERSION:2.0');
  top.ascii('PRODID:' + PRODUCT_ID);
  top.ascii('CALSCALE:GREGORIAN');
  for (const line of head) top.line(line);
  for (const line of zones.vtimezones()) top.line(line);
  body.ascii('END:VCALENDAR');
  return Buffer.concat([top.bytes(), body.bytes()]);
}

/**
 * A subscribable feed (METHOD:PUBLISH): each listed event with its sessions, and pair meetings.
 * Cancelled events older than 30 days at `now` are left out. The output depends only on the
 * arguments (DTSTAMP is the entry's last change, not the build time), so equal data gives equal
 * bytes and a stable ETag; `now` only decides which cancelled events are still listed (and
 * stands in for a meeting's missing `updatedAt`). Entries come in start order: each event
 * followed by its sessions, then the pair meetings.
 */
export function buildCalendar(
  cal: CalendarInfo,
  events: readonly CalendarEvent[],
  meetings: readonly PairMeeting[] = [],
  now: Date = new Date(),
): string {
  return buildCalendarBytes(cal, events, meetings, now).toString('utf8');
}

/** {@link buildCalendar} as UTF-8 bytes, ready for the response body and {@link etagFor}. */
export function buildCalendarBytes(
  cal: CalendarInfo,
  events: readonly CalendarEvent[],
  meetings: readonly PairMeeting[] = [],
  now: Date = new Date(),
): Buffer {
  const head = feedHead(cal);
  const nowMs = instant(now, 'now');
  const listed = events
    .filter((event) => isListed(event, now))
    .map((event) => ({
      event,
      start: instant(event.startsAt, `event ${event.id}.startsAt`),
      uid: eventUid(event.id),
    }))
    .sort(byStartThenUid);
  return assembleCalendar(
    head,
    listed.map(({ event }) => renderEventBlock(event, cal.locale)),
    meetings,
    nowMs,
  );
}

/**
 * One event and its sessions as finished VEVENT lines, to be put in a feed by
 * {@link buildCalendarFromBlocks}. A block depends only on the event and the locale, so a feed
 * can reuse the blocks of the events that did not change.
 */
export interface EventBlock {
  readonly uid: string;
  /** Start of the event (epoch ms): feeds list events in start order. */
  readonly start: number;
  readonly bytes: Buffer;
  /** The TZIDs its VEVENTs use, with their years. */
  readonly zones: ZoneYears;
}

export type { ZoneYears };

/** Renders {@link EventBlock} for one event (listed or not: see {@link isListed}). */
export function renderEventBlock(
  event: CalendarEvent,
  locale: CalendarLocale,
): EventBlock {
  assertLocale(locale);
  const zones = new ZoneYears();
  const out = new IcsWriter(1024 * (1 + (event.sessions?.length ?? 0)));
  writeEvent(out, zones, event, locale, { sessions: true });
  return {
    uid: eventUid(event.id),
    start: instant(event.startsAt, `event ${event.id}.startsAt`),
    bytes: Buffer.from(out.bytes()), // a copy of exactly its size
    zones,
  };
}

/** The feed's head lines: name, URL, refresh interval. */
function feedHead(cal: CalendarInfo): string[] {
  assertLocale(cal.locale);
  const refresh = durationOfMinutes(cal.refreshMinutes ?? 60);
  const head = [
    'METHOD:PUBLISH',
    'NAME:' + escapeText(cal.name),
    'X-WR-CALNAME:' + escapeText(cal.name),
    'URL:' + uriValue(cal.publicUrl),
    'REFRESH-INTERVAL;VALUE=DURATION:' + refresh,
    'X-PUBLISHED-TTL:' + refresh,
  ];
  if (cal.timeZone) {
    assertTimeZone(cal.timeZone);
    head.push('X-WR-TIMEZONE:' + cal.timeZone);
  }
  return head;
}

/**
 * {@link buildCalendarBytes} from blocks rendered earlier: the caller passes the blocks of the
 * events it lists (cancelled ones only within their 30 days). Byte for byte the same feed.
 */
export function buildCalendarFromBlocks(
  cal: CalendarInfo,
  blocks: readonly EventBlock[],
  meetings: readonly PairMeeting[] = [],
  now: Date = new Date(),
): Buffer {
  return assembleCalendar(feedHead(cal), blocks, meetings, instant(now, 'now'));
}

function assembleCalendar(
  head: readonly string[],
  blocks: readonly EventBlock[],
  meetings: readonly PairMeeting[],
  nowMs: number,
): Buffer {
  const sorted = [...blocks].sort(byStartThenUid);
  const dated = meetings
    .map((meeting) => ({
      meeting,
      start: instant(meeting.startsAt, `meeting ${meeting.id}.startsAt`),
      uid: meetingUid(meeting.id),
    }))
    .sort(byStartThenUid);
  const zones = new ZoneYears();
  let size = 0;
  for (const block of sorted) {
    zones.merge(block.zones);
    size += block.bytes.length;
  }
  const body = new IcsWriter(size + 1024 * (1 + meetings.length));
  for (const block of sorted) body.encoded(block.bytes);
  for (const { meeting } of dated) writeMeeting(body, zones, meeting, nowMs);
  return calendarBytes(head, zones, body);
}

/**
 * An e-mail invitation (iTIP, RFC 5546) for one event: METHOD:REQUEST adds or updates it in the
 * attendee's calendar, METHOD:CANCEL removes it. UID and SEQUENCE are the feed's, so the entry is
 * the same one a subscription shows. Sessions are not included (one UID per iTIP message).
 * ORGANIZER needs an e-mail address: the event organiser's, or `options.organizer`.
 */
export function buildInvitation(
  event: CalendarEvent,
  method: InvitationMethod,
  attendee: InvitationAttendee,
  options: InvitationOptions = {},
): string {
  if (method !== 'REQUEST' && method !== 'CANCEL') {
    throw new RangeError(`Unknown invitation method "${String(method)}"`);
  }
  if (method === 'REQUEST' && event.status === 'cancelled') {
    throw new RangeError(`event ${event.id} is cancelled: send METHOD:CANCEL`);
  }
  const locale = attendee.locale ?? 'en';
  assertLocale(locale);
  const organizer = options.organizer ?? event.organiser;
  if (!organizer.email) {
    throw new RangeError(
      `event ${event.id}: an invitation needs the organiser's e-mail address`,
    );
  }
  if (!attendee.email)
    throw new RangeError('an invitation needs the attendee e-mail address');

  const zones = new ZoneYears();
  const body = new IcsWriter(4 * 1024);
  writeEvent(body, zones, event, locale, {
    sessions: false,
    stamp: instant(options.now ?? new Date(), 'now'),
    status: method === 'CANCEL' ? 'CANCELLED' : undefined,
    organizer: { name: organizer.name, email: organizer.email },
    attendee: {
      name: attendee.name,
      email: attendee.email,
      partstat: event.tentative ? 'TENTATIVE' : 'ACCEPTED',
    },
  });
  return calendarBytes(['METHOD:' + method], zones, body).toString('utf8');
}
