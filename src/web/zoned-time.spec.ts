import { parseClock, parseDay, wallClock, zonedInstant } from './zoned-time.js';

describe('wall-clock times in an event’s zone', () => {
  it('turns a day and a time in Belgrade into the instant, winter and summer', () => {
    expect(zonedInstant('2027-01-15', '09:30', 'Europe/Belgrade')).toEqual(
      new Date('2027-01-15T08:30:00Z'),
    );
    expect(zonedInstant('2027-07-15', '9.30', 'Europe/Belgrade')).toEqual(
      new Date('2027-07-15T07:30:00Z'),
    );
    expect(zonedInstant('2027-07-15', '09:30', 'UTC')).toEqual(
      new Date('2027-07-15T09:30:00Z'),
    );
  });

  it('handles the days the clocks change', () => {
    // 28 March 2027: 02:00 CET becomes 03:00 CEST
    expect(zonedInstant('2027-03-28', '01:30', 'Europe/Belgrade')).toEqual(
      new Date('2027-03-28T00:30:00Z'),
    );
    expect(zonedInstant('2027-03-28', '03:30', 'Europe/Belgrade')).toEqual(
      new Date('2027-03-28T01:30:00Z'),
    );
    // 31 October 2027: 03:00 CEST becomes 02:00 CET
    expect(zonedInstant('2027-10-31', '12:00', 'Europe/Belgrade')).toEqual(
      new Date('2027-10-31T11:00:00Z'),
    );
  });

  it('gives the day and time back as the zone shows them', () => {
    expect(wallClock('2027-07-15T22:30:00Z', 'Europe/Belgrade')).toEqual([
      '2027-07-16',
      '00:30',
    ]);
    expect(wallClock('2027-01-15T08:05:00Z', 'Europe/Belgrade')).toEqual([
      '2027-01-15',
      '09:05',
    ]);
    const at = zonedInstant('2027-05-02', '18:45', 'Europe/London')!;
    expect(wallClock(at, 'Europe/London')).toEqual(['2027-05-02', '18:45']);
  });

  it('refuses what is not a day or a time', () => {
    expect(parseDay('2027-02-30')).toBeUndefined();
    expect(parseDay('28.03.2027')).toBeUndefined();
    expect(parseDay('1999-01-01')).toBeUndefined();
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('9:75')).toBeUndefined();
    expect(parseClock('nine')).toBeUndefined();
    expect(parseClock(' 7:05 ')).toBe(425);
    expect(zonedInstant('2027-02-30', '10:00', 'UTC')).toBeUndefined();
    expect(zonedInstant('2027-02-03', '', 'UTC')).toBeUndefined();
  });
});
