import { zonedDayStart } from './dates.js';

describe('zonedDayStart', () => {
  it('is local midnight in the zone, summer and winter', () => {
    expect(zonedDayStart('2027-03-28', 'Europe/Belgrade')?.toISOString()).toBe(
      '2027-03-27T23:00:00.000Z',
    );
    expect(zonedDayStart('2027-03-29', 'Europe/Belgrade')?.toISOString()).toBe(
      '2027-03-28T22:00:00.000Z',
    );
    expect(
      zonedDayStart('2027-12-31', 'Europe/Belgrade', 1)?.toISOString(),
    ).toBe('2027-12-31T23:00:00.000Z');
    expect(zonedDayStart('2027-06-01', 'UTC')?.toISOString()).toBe(
      '2027-06-01T00:00:00.000Z',
    );
  });

  it('refuses days that do not exist', () => {
    expect(zonedDayStart('2027-02-30', 'Europe/Belgrade')).toBeUndefined();
    expect(zonedDayStart('27-02-01', 'Europe/Belgrade')).toBeUndefined();
    expect(zonedDayStart('1850-01-01', 'Europe/Belgrade')).toBeUndefined();
  });
});
