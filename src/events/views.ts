import type { Organisation } from '../organisations/entities/organisation.entity.js';
import type { EventSession } from './entities/event-session.entity.js';
import type { Event } from './entities/event.entity.js';
import type { Registration } from './entities/registration.entity.js';

export interface PlaceNames {
  id: string;
  names: Record<string, string>;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** published events whose end has passed are shown as completed */
export function displayStatus(e: Event, now = new Date()) {
  return e.status === 'published' && e.endsAt <= now ? 'completed' : e.status;
}

export function registrationOpen(e: Event, now = new Date()) {
  return (
    e.status === 'published' &&
    e.endsAt > now &&
    (!e.registrationOpensAt || e.registrationOpensAt <= now) &&
    (!e.registrationClosesAt || e.registrationClosesAt > now)
  );
}

export function toSessionView(s: EventSession) {
  return {
    id: s.id,
    title: s.title,
    startsAt: iso(s.startsAt),
    endsAt: iso(s.endsAt),
    hall: s.hall,
    speakers: s.speakers.map((sp) => ({ name: sp.name })),
    roomId: null as string | null,
  };
}

export function toEventView(
  e: Event,
  rel: {
    organisation?: Organisation;
    place?: PlaceNames;
    sessions?: EventSession[];
  },
) {
  return {
    id: e.id,
    organisation: rel.organisation
      ? {
          id: rel.organisation.id,
          name: rel.organisation.name,
          shortName: rel.organisation.shortName,
        }
      : { id: e.organisationId },
    title: e.title,
    description: e.description,
    kind: e.kind,
    startsAt: iso(e.startsAt),
    endsAt: iso(e.endsAt),
    timeZone: e.timeZone,
    venue:
      e.venueName || e.placeId
        ? {
            name: e.venueName,
            address: e.venueAddress,
            place:
              rel.place ?? (e.placeId ? { id: e.placeId, names: {} } : null),
          }
        : null,
    onlineUrl: e.onlineUrl,
    languages: e.languages,
    interpretation: e.interpretation,
    topics: e.topics,
    capacity: e.capacity,
    seatsTaken: Math.min(e.seatsTaken, e.capacity),
    seatsLeft: Math.max(e.capacity - e.seatsTaken, 0),
    quota: e.quota,
    registration: {
      opensAt: iso(e.registrationOpensAt),
      closesAt: iso(e.registrationClosesAt),
      open: registrationOpen(e),
    },
    status: displayStatus(e),
    sequence: e.sequence,
    roomId: null as string | null,
    sessions: rel.sessions?.map(toSessionView),
    cancelledAt: iso(e.cancelledAt),
    updatedAt: iso(e.updatedAt),
  };
}

export type EventView = ReturnType<typeof toEventView>;

export function toRegistrationView(
  r: Registration,
  waitlistPosition: number | null,
) {
  return {
    eventId: r.eventId,
    status: r.status,
    ...(r.status === 'waitlisted' ? { waitlistPosition } : {}),
    checkedIn: r.checkedInAt !== null,
    ...(r.cancelReason ? { cancelReason: r.cancelReason } : {}),
  };
}
