/** Milliseconds a zone is ahead of UTC at an instant. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    n('year'),
    n('month') - 1,
    n('day'),
    n('hour'),
    n('minute'),
    n('second'),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD, plus `addDays`) starts in a zone, or undefined for a day
 * that does not exist (2027-02-30).
 */
export function zonedDayStart(
  day: string,
  timeZone: string,
  addDays = 0,
): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  if (
    utc.getUTCFullYear() !== y ||
    utc.getUTCMonth() !== mo - 1 ||
    utc.getUTCDate() !== d ||
    y < 2000 ||
    y > 2100
  )
    return undefined;
  const midnight = Date.UTC(y, mo - 1, d + addDays);
  // two passes settle the offset on either side of a DST change
  let at = midnight - offsetAt(new Date(midnight), timeZone);
  at = midnight - offsetAt(new Date(at), timeZone);
  return new Date(at);
}
