/**
 * Dates and times as an organiser types them (a day and a clock time in the event's zone) and
 * back: the API takes instants, the forms speak wall-clock time where the event happens.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(
    n('year'),
    n('month') - 1,
    n('day'),
    n('hour'),
    n('minute'),
    n('second'),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** "2027-03-28" → the day, or undefined when it is no real day between 2000 and 2100. */
export function parseDay(
  text: string,
): { y: number; m: number; d: number } | undefined {
  const match = DAY.exec(text.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== m - 1 ||
    check.getUTCDate() !== d ||
    y < 2000 ||
    y > 2100
  )
    return undefined;
  return { y, m, d };
}

/** "9:30", "09:30" or "09.30" → minutes after midnight, or undefined. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [h, min] = [Number(match[1]), Number(match[2])];
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/**
 * The instant a wall-clock time on a day has in a zone. A time skipped by the spring change
 * (02:30 on the last Sunday of March in Belgrade) lands an hour later, as clocks do.
 */
export function zonedInstant(
  day: string,
  clock: string,
  timeZone: string,
): Date | undefined {
  const d = parseDay(day);
  const minutes = parseClock(clock);
  if (!d || minutes === undefined) return undefined;
  return instantOfWall(Date.UTC(d.y, d.m - 1, d.d, 0, minutes), timeZone);
}

/**
 * The instant at which a zone's clocks show `wall` (a wall-clock time written as if it were UTC).
 * Two passes settle the offset on either side of a change.
 */
export function instantOfWall(wall: number, timeZone: string): Date {
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return new Date(at);
}

/** An instant as the day and the clock time the zone shows: ["2027-03-28", "09:30"]. */
export function wallClock(
  at: Date | string,
  timeZone: string,
): [string, string] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(at));
  const p = (type: string) => parts.find((x) => x.type === type)!.value;
  return [
    `${p('year')}-${p('month')}-${p('day')}`,
    `${p('hour')}:${p('minute')}`,
  ];
}
