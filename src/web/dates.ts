import { instantOfWall, parseDay } from './zoned-time.js';

/**
 * The instant a calendar day (YYYY-MM-DD, plus `addDays`) starts in a zone, or undefined for a day
 * that does not exist (2027-02-30).
 */
export function zonedDayStart(
  day: string,
  timeZone: string,
  addDays = 0,
): Date | undefined {
  const d = parseDay(day);
  if (!d) return undefined;
  return instantOfWall(Date.UTC(d.y, d.m - 1, d.d + addDays), timeZone);
}
