import { etagFor, lastModifiedFor } from './http-cache.js';
import type { CalendarEvent, PairMeeting } from './types.js';

const NOW = new Date('2026-03-01T12:00:00Z');

function event(extra: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'e',
    sequence: 1,
    status: 'published',
    title: { en: 'Event' },
    kind: 'webinar',
    topics: [],
    startsAt: new Date('2026-04-01T10:00:00Z'),
    endsAt: new Date('2026-04-01T11:00:00Z'),
    organiser: { name: 'YUCOM' },
    url: 'https://uramost.example/events/e',
    updatedAt: new Date('2026-02-01T00:00:00Z'),
    ...extra,
  };
}

describe('etagFor', () => {
  it('is a strong, quoted validator that follows the bytes', () => {
    const tag = etagFor('BEGIN:VCALENDAR\r\n');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(etagFor('BEGIN:VCALENDAR\r\n')).toBe(tag);
    expect(etagFor('BEGIN:VCALENDAR\n')).not.toBe(tag);
    expect(etagFor('Приштина')).not.toBe(etagFor('Prishtinë'));
  });
});

describe('lastModifiedFor', () => {
  it('is the latest update or cancellation among the listed events, in whole seconds', () => {
    const events = [
      event({ updatedAt: new Date('2026-02-10T08:00:00.750Z') }),
      event({ updatedAt: new Date('2026-02-05T00:00:00Z') }),
      event({
        status: 'cancelled',
        updatedAt: new Date('2026-02-01T00:00:00Z'),
        cancelledAt: new Date('2026-02-20T09:30:15.500Z'),
      }),
    ];
    expect(lastModifiedFor(events, [], NOW)).toEqual(
      new Date('2026-02-20T09:30:15Z'),
    );
  });

  it('ignores cancellations that have left the feed, and takes dated meetings into account', () => {
    const old = event({
      status: 'cancelled',
      cancelledAt: new Date('2026-01-15T00:00:00Z'),
    });
    const meeting: PairMeeting = {
      id: 'm',
      title: 'Pair meeting',
      startsAt: new Date('2026-03-05T10:00:00Z'),
      endsAt: new Date('2026-03-05T11:00:00Z'),
      url: 'https://uramost.example/me/pairings',
      updatedAt: new Date('2026-02-28T10:00:00Z'),
    };
    expect(lastModifiedFor([old], [], NOW)).toBeUndefined();
    expect(lastModifiedFor([old], [meeting], NOW)).toEqual(
      new Date('2026-02-28T10:00:00Z'),
    );
  });
});
