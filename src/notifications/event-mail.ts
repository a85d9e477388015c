// From an event row to what a mail shows and to the iCalendar invitation it carries. The
// invitation comes from the calendar's own builder, so it has the UID and SEQUENCE of the feeds.
import {
  buildInvitation,
  placeName,
  type CalendarEvent,
  type InvitationMethod,
  type PlaceNames,
} from '../calendar/ical/index.js';
import { cyrillicToLatin } from '../common/text.js';
import type { Event } from '../events/entities/event.entity.js';
import { CATALOGS, type MailLocale } from './templates/catalog.js';
import { localText, type EventFacts } from './templates/messages.js';

/** An event with what a mail needs besides its own row. */
export interface EventContext {
  event: Event;
  organisationName: string;
  /** Official names of the event's place (Place.names). */
  placeNames?: Record<string, string>;
  /** The public event page. */
  url: string;
}

function toPlaceNames(names: Record<string, string>): PlaceNames | undefined {
  const sq = names.sq ?? names['sr-Latn'] ?? names.en;
  const latn =
    names['sr-Latn'] ??
    (names['sr-Cyrl'] ? cyrillicToLatin(names['sr-Cyrl']) : sq);
  const cyrl = names['sr-Cyrl'] ?? latn;
  if (!sq || !latn) return undefined;
  return { sq, 'sr-Latn': latn, 'sr-Cyrl': cyrl, en: names.en };
}

export function eventFacts(ctx: EventContext, locale: MailLocale): EventFacts {
  const e = ctx.event;
  const place = ctx.placeNames ? toPlaceNames(ctx.placeNames) : undefined;
  const venue = [e.venueName, e.venueAddress, place && placeName(place, locale)]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p)
    .join(', ');
  return {
    title: localText(e.title, locale),
    startsAt: new Date(e.startsAt),
    endsAt: new Date(e.endsAt),
    timeZone: e.timeZone,
    venue: venue || undefined,
    onlineUrl: e.onlineUrl ?? undefined,
    organiser: ctx.organisationName,
    url: ctx.url,
  };
}

/** The event as the calendar builders take it, in the reader's language. */
export function calendarEvent(
  ctx: EventContext,
  locale: MailLocale,
  tentative = false,
): CalendarEvent {
  const e = ctx.event;
  const place = ctx.placeNames ? toPlaceNames(ctx.placeNames) : undefined;
  // Serbian text is entered in either script; a Latin reader gets it in Latin.
  const sr = (t?: string) =>
    t && locale === 'sr-Latn' ? cyrillicToLatin(t) : t;
  return {
    id: e.id,
    sequence: e.sequence,
    status: e.status === 'cancelled' ? 'cancelled' : 'published',
    title: { ...e.title, sr: sr(e.title.sr) },
    description: { ...e.description, sr: sr(e.description?.sr) },
    kind: CATALOGS[locale].kinds[e.kind] ?? e.kind,
    topics: [],
    startsAt: new Date(e.startsAt),
    endsAt: new Date(e.endsAt),
    timeZone: e.timeZone,
    venue:
      e.venueName || place
        ? {
            name: e.venueName ?? '',
            address: e.venueAddress ?? undefined,
            place,
          }
        : undefined,
    onlineUrl: e.onlineUrl ?? undefined,
    organiser: { name: ctx.organisationName },
    url: ctx.url,
    updatedAt: new Date(e.updatedAt),
    cancelledAt: e.cancelledAt ? new Date(e.cancelledAt) : undefined,
    tentative,
  };
}

export function invitation(
  ctx: EventContext,
  method: InvitationMethod,
  attendee: { email: string; name?: string; locale: MailLocale },
  organizer: { name: string; email: string },
  tentative = false,
): string {
  return buildInvitation(
    calendarEvent(ctx, attendee.locale, tentative),
    method,
    attendee,
    { organizer },
  );
}
