import {
  buildCalendarBytes,
  buildCalendarFromBlocks,
  renderEventBlock,
  type CalendarEvent,
  type CalendarInfo,
} from './index.js';

const at = (iso: string) => new Date(iso);
const NOW = at('2027-03-01T00:00:00Z');

function event(
  n: number,
  zone: string,
  start: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  const startsAt = at(start);
  return {
    id: `6d1f3c2a-0000-4000-8000-00000000000${n}`,
    sequence: n,
    status: 'published',
    title: { en: `Event ${n}`, sq: `Ngjarja ${n} — ë ç`, sr: `Догађај ${n}` },
    kind: 'Workshop',
    topics: ['Energy'],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
    timeZone: zone,
    organiser: { name: 'BCSP' },
    url: `https://uramost.example/events/${n}`,
    updatedAt: at('2027-01-01T10:00:00Z'),
    sessions: [
      {
        id: `0c2b8e1a-0000-4000-8000-00000000000${n}`,
        title: 'Сесија',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
      },
    ],
    ...extra,
  };
}

describe('feeds from rendered event blocks', () => {
  it('are byte for byte the feed built in one go, whatever order the blocks come in', () => {
    const cal: CalendarInfo = {
      name: 'UraMost – Arta',
      locale: 'sq',
      publicUrl: 'https://uramost.example/me/events',
    };
    const events = [
      event(1, 'Europe/Belgrade', '2027-10-31T00:30:00Z'),
      event(2, 'America/New_York', '2026-03-08T15:00:00Z'),
      event(3, 'Europe/Belgrade', '2028-03-26T09:00:00Z', {
        tentative: true,
      }),
      event(4, 'Europe/Belgrade', '2027-05-01T09:00:00Z', {
        status: 'cancelled',
        cancelledAt: at('2027-02-20T00:00:00Z'),
      }),
    ];
    const meetings = [
      {
        id: 'm1',
        title: 'First meeting',
        startsAt: at('2027-04-01T16:00:00Z'),
        endsAt: at('2027-04-01T17:00:00Z'),
        url: 'https://uramost.example/me/pairings',
        updatedAt: at('2027-01-02T00:00:00Z'),
      },
    ];
    const whole = buildCalendarBytes(cal, events, meetings, NOW);
    const blocks = events.map((e) => renderEventBlock(e, 'sq')).reverse();
    const assembled = buildCalendarFromBlocks(cal, blocks, meetings, NOW);
    expect(assembled.toString('utf8')).toBe(whole.toString('utf8'));
    // two zones, each VTIMEZONE once
    expect(whole.toString('utf8').match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
  });
});
