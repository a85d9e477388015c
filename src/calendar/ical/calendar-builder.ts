// iCalendar (RFC 5545) feeds and iTIP (RFC 5546) invitations as pure functions: data in, text out.
//
// Written directly rather than through ical-generator 10: its calendar serialisation folds with a
// new TextEncoder per character (about 2.4 s for a 500-event × 5-session personal feed), it writes
// a JS Date under a TZID as the process's wall clock, and a calendar-level zone drops DTSTAMP's Z.
import {
  escapeText,
  quotedParam,
  serialize,
  uriValue,
} from './content-line.js';
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

/** One VEVENT, resolved to the reader's language. */
interface Entry {
  uid: string;
  sequence: number;
  /** DTSTAMP: the entry's last change in a feed, the sending time in an invitation. */
  stamp: number;
  /** LAST-MODIFIED: the entry's last change. */
  modified: number;
  start: number;
  end: number;
  zone: string;
  status: Status;
  summary: string;
  description?: string;
  location?: string;
  categories: readonly string[];
  url: string;
  organizer?: { name: string; address: string };
  attendee?: { name?: string; email: string; partstat: string };
  conference?: string;
  parent?: string;
}

/** Stable UIDs: the same event, session or meeting keeps its UID forever. */
export const eventUid = (id: string): string => `event-${id}@uramost`;
export const sessionUid = (id: string): string => `session-${id}@uramost`;
export const meetingUid = (id: string): string => `meeting-${id}@uramost`;

function instant(value: Date, what: string): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new TypeError(`${what} is not a valid Date`);
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

function organizer(event: CalendarEvent): Entry['organizer'] {
  const { name, email } = event.organiser;
  // ORGANIZER is a CAL-ADDRESS (a URI); without an e-mail address, the event page stands in.
  return { name, address: email ? 'mailto:' + email : event.url };
}

function paragraphs(...parts: (string | undefined)[]): string | undefined {
  const kept = parts
    .filter((p): p is string => !!p?.trim())
    .map((p) => p.trim());
  return kept.length ? kept.join('\n\n') : undefined;
}

/** The event and its sessions as VEVENTs in the reader's language. */
function eventEntries(event: CalendarEvent, locale: CalendarLocale): Entry[] {
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
  const status = eventStatus(event);
  const prefix = status === 'CANCELLED' ? labels.cancelled + ': ' : '';
  const stamp = eventStamp(event);
  const location = eventLocation(event, locale);
  const cats = categories(event);
  const online = event.onlineUrl
    ? `${labels.online}: ${event.onlineUrl}`
    : undefined;
  const shared = {
    stamp,
    modified: stamp,
    zone,
    status,
    categories: cats,
    url: event.url,
    organizer: organizer(event),
    conference: event.onlineUrl,
  };

  const entries: Entry[] = [
    {
      ...shared,
      uid: eventUid(event.id),
      sequence: event.sequence,
      start,
      end,
      summary: prefix + title,
      description: paragraphs(
        status === 'TENTATIVE' ? labels.waitlisted : undefined,
        pickText(event.description, locale),
        online,
        event.url,
      ),
      location,
    },
  ];

  for (const session of event.sessions ?? []) {
    const sessionTitle = pickText(session.title, locale) ?? title;
    const [sStart, sEnd] = interval(
      session.startsAt,
      session.endsAt,
      `session ${session.id}`,
    );
    const speakers = session.speakers?.filter((s) => s.trim()).join(', ');
    entries.push({
      ...shared,
      uid: sessionUid(session.id),
      // Never below the event's: a change to the event (cancellation) must reach its sessions.
      sequence: Math.max(event.sequence, session.sequence ?? 0),
      start: sStart,
      end: sEnd,
      summary: prefix + sessionTitle,
      description: paragraphs(
        title,
        speakers ? `${labels.speakers}: ${speakers}` : undefined,
        online,
        event.url,
      ),
      location:
        [session.hall, location].filter((p) => !!p?.trim()).join(', ') ||
        undefined,
      parent: eventUid(event.id),
    });
  }
  return entries;
}

function meetingEntry(meeting: PairMeeting, now: number): Entry {
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
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence ?? 0,
    stamp,
    modified: stamp,
    start,
    end,
    zone,
    status: 'CONFIRMED',
    summary: meeting.title,
    description: meeting.url,
    categories: [],
    url: meeting.url,
  };
}

/** Collects, per TZID written, the UTC years its times fall in. */
class ZoneYears {
  private readonly years = new Map<string, { min: number; max: number }>();

  add(zone: string, ms: number): void {
    const year = new Date(ms).getUTCFullYear();
    const range = this.years.get(zone);
    if (!range) this.years.set(zone, { min: year, max: year });
    else {
      range.min = Math.min(range.min, year);
      range.max = Math.max(range.max, year);
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

function veventLines(entry: Entry, zones: ZoneYears): string[] {
  const lines = [
    'BEGIN:VEVENT',
    'UID:' + escapeText(entry.uid),
    'DTSTAMP:' + formatUtc(entry.stamp),
  ];
  // A wall-clock time in the repeated hour when clocks go back names two instants; RFC 5545 takes
  // the first and clients differ. Such events are written in UTC, everything else in its zone.
  if (
    isAmbiguous(entry.zone, entry.start) ||
    isAmbiguous(entry.zone, entry.end)
  ) {
    lines.push(
      'DTSTART:' + formatUtc(entry.start),
      'DTEND:' + formatUtc(entry.end),
    );
  } else {
    zones.add(entry.zone, entry.start);
    zones.add(entry.zone, entry.end);
    lines.push(
      `DTSTART;TZID=${entry.zone}:${formatLocal(entry.zone, entry.start)}`,
      `DTEND;TZID=${entry.zone}:${formatLocal(entry.zone, entry.end)}`,
    );
  }
  lines.push(
    'SEQUENCE:' + entry.sequence,
    'STATUS:' + entry.status,
    'SUMMARY:' + escapeText(entry.summary),
  );
  if (entry.description)
    lines.push('DESCRIPTION:' + escapeText(entry.description));
  if (entry.location) lines.push('LOCATION:' + escapeText(entry.location));
  if (entry.categories.length) {
    lines.push('CATEGORIES:' + entry.categories.map(escapeText).join(','));
  }
  lines.push('URL:' + uriValue(entry.url));
  if (entry.conference) {
    lines.push(
      'CONFERENCE;VALUE=URI;FEATURE=VIDEO:' + uriValue(entry.conference),
    );
  }
  if (entry.organizer) {
    lines.push(
      `ORGANIZER;CN=${quotedParam(entry.organizer.name)}:${uriValue(entry.organizer.address)}`,
    );
  }
  if (entry.attendee) {
    const name = entry.attendee.name
      ? ';CN=' + quotedParam(entry.attendee.name)
      : '';
    lines.push(
      `ATTENDEE${name};ROLE=REQ-PARTICIPANT;PARTSTAT=${entry.attendee.partstat};RSVP=FALSE:` +
        uriValue('mailto:' + entry.attendee.email),
    );
  }
  if (entry.parent)
    lines.push('RELATED-TO;RELTYPE=PARENT:' + escapeText(entry.parent));
  lines.push('LAST-MODIFIED:' + formatUtc(entry.modified));
  if (entry.status === 'TENTATIVE')
    lines.push('X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE');
  lines.push('END:VEVENT');
  return lines;
}

function byStartThenUid(a: Entry, b: Entry): number {
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

/** Wraps VEVENT lines in a VCALENDAR with the VTIMEZONEs they use. */
function calendarText(
  head: readonly string[],
  entries: readonly Entry[],
): string {
  const zones = new ZoneYears();
  const events: string[] = [];
  for (const entry of entries) events.push(...veventLines(entry, zones));
  return serialize([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:' + PRODUCT_ID,
    'CALSCALE:GREGORIAN',
    ...head,
    ...zones.vtimezones(),
    ...events,
    'END:VCALENDAR',
  ]);
}

/**
 * A subscribable feed (METHOD:PUBLISH): each listed event with its sessions, and pair meetings.
 * Cancelled events older than 30 days at `now` are left out. The output depends only on the
 * arguments (DTSTAMP is the entry's last change, not the build time), so equal data gives equal
 * bytes and a stable ETag; `now` only decides which cancelled events are still listed.
 */
export function buildCalendar(
  cal: CalendarInfo,
  events: readonly CalendarEvent[],
  meetings: readonly PairMeeting[] = [],
  now: Date = new Date(),
): string {
  assertLocale(cal.locale);
  const nowMs = instant(now, 'now');
  const entries: Entry[] = [];
  for (const event of events) {
    if (isListed(event, now)) entries.push(...eventEntries(event, cal.locale));
  }
  for (const meeting of meetings) entries.push(meetingEntry(meeting, nowMs));
  entries.sort(byStartThenUid);

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
  return calendarText(head, entries);
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
  const from = options.organizer ?? event.organiser;
  if (!from.email) {
    throw new RangeError(
      `event ${event.id}: an invitation needs the organiser's e-mail address`,
    );
  }
  if (!attendee.email)
    throw new RangeError('an invitation needs the attendee e-mail address');

  const [entry] = eventEntries({ ...event, sessions: [] }, locale);
  const invitation: Entry = {
    ...entry,
    stamp: instant(options.now ?? new Date(), 'now'),
    status: method === 'CANCEL' ? 'CANCELLED' : entry.status,
    organizer: { name: from.name, address: 'mailto:' + from.email },
    attendee: {
      name: attendee.name,
      email: attendee.email,
      partstat: event.tentative ? 'TENTATIVE' : 'ACCEPTED',
    },
  };
  return calendarText(['METHOD:' + method], [invitation]);
}
