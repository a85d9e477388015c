// Plain input data for the iCalendar builders. No Nest, no entities: the calendar service maps its
// entities to these shapes, so the builders stay pure and easy to test.

/** The subscriber's language; decides SUMMARY/DESCRIPTION and the order of place names. */
export type CalendarLocale = 'en' | 'sq' | 'sr-Latn' | 'sr-Cyrl';

/** Text an organiser entered in one or more languages; `sr` serves both Serbian scripts. */
export interface LocalizedText {
  en?: string;
  sq?: string;
  sr?: string;
}

/** Both official forms of a place name (see shared/data/places.json); `en` where one exists. */
export interface PlaceNames {
  sq: string;
  'sr-Latn': string;
  'sr-Cyrl': string;
  en?: string;
}

export interface CalendarVenue {
  name: string;
  address?: string;
  place?: PlaceNames;
}

export interface CalendarOrganiser {
  name: string;
  email?: string;
}

export interface CalendarSession {
  id: string;
  title: string | LocalizedText;
  startsAt: Date;
  endsAt: Date;
  /** Room or hall inside the event's venue. */
  hall?: string;
  /** Display names of the speakers (public programme data). */
  speakers?: readonly string[];
  /** Own sequence if sessions are versioned separately; the event's sequence is the floor. */
  sequence?: number;
}

export interface CalendarEvent {
  id: string;
  /** Bumped on every change; written as SEQUENCE. */
  sequence: number;
  status: 'published' | 'cancelled';
  /** At least one language must be present. */
  title: LocalizedText;
  description?: LocalizedText;
  /** Written to CATEGORIES as given: pass display labels in the subscriber's language. */
  kind: string;
  topics: readonly string[];
  /** UTC instants. Sub-second parts are dropped (iCalendar has second precision). */
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the event is shown in; default `Europe/Belgrade`. */
  timeZone?: string;
  venue?: CalendarVenue;
  onlineUrl?: string;
  organiser: CalendarOrganiser;
  /** The public event page. */
  url: string;
  updatedAt: Date;
  cancelledAt?: Date;
  /** Waitlisted in a personal feed: STATUS:TENTATIVE. */
  tentative?: boolean;
  sessions?: readonly CalendarSession[];
}

/** A pair meeting in a personal feed. The title must not name the other person or a community. */
export interface PairMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone?: string;
  url: string;
  sequence?: number;
  /**
   * Written as DTSTAMP/LAST-MODIFIED. Pass it (e.g. when the round was published): without it the
   * build time is used and the feed's bytes, hence its ETag, change on every request.
   */
  updatedAt?: Date;
}

export interface CalendarInfo {
  /** NAME and X-WR-CALNAME. */
  name: string;
  locale: CalendarLocale;
  /** A web page for this calendar (URL). Not the tokenised personal feed address. */
  publicUrl: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL; default 60. */
  refreshMinutes?: number;
  /** Optional X-WR-TIMEZONE hint for clients that want a default display zone. */
  timeZone?: string;
}

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface InvitationAttendee {
  email: string;
  name?: string;
  /** Language of the invitation text; default `en`. */
  locale?: CalendarLocale;
}

export interface InvitationOptions {
  /** DTSTAMP of the iTIP message; default now. */
  now?: Date;
  /** Overrides the event's organiser (ORGANIZER must be an e-mail address in an invitation). */
  organizer?: { name: string; email: string };
}
