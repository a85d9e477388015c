// Zone arithmetic from Intl (Node 20 has no Temporal) and VTIMEZONE components built from it.
//
// Offsets come from the runtime's tz database through Intl.DateTimeFormat. For each zone and year
// the transitions are found once (daily samples, then bisection to the second) and cached, so the
// per-date cost in a feed is a lookup. tz data cannot change while the process runs.

const SECOND = 1000;
const DAY = 86_400_000;

interface Transition {
  /** First instant (epoch ms) of the new offset. */
  at: number;
  /** Offsets in ms east of UTC before and after. */
  from: number;
  to: number;
}

interface YearData {
  /** Offset at 1 January 00:00 UTC. */
  start: number;
  /** Transitions with `at` inside the UTC year, in order. */
  transitions: Transition[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** zone → UTC year → data. Nested so that a lookup allocates nothing. */
const years = new Map<string, Map<number, YearData>>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${zone}"`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Throws a RangeError unless `zone` is an IANA zone this runtime knows. */
export function assertTimeZone(zone: string): void {
  formatterFor(zone);
}

const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** Offset (ms east of UTC) straight from Intl; slow, used to build the cache. */
function intlOffset(zone: string, ms: number): number {
  const whole = Math.floor(ms / SECOND) * SECOND;
  const formatter = formatterFor(zone);
  // format() and a regular expression are three times cheaper than formatToParts().
  const m = WALL_CLOCK.exec(formatter.format(whole));
  let fields: number[];
  if (m) {
    fields = [m[3], m[1], m[2], m[4], m[5], m[6]].map(Number);
  } else {
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of formatter.formatToParts(whole)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const {
      year = 1970,
      month = 1,
      day = 1,
      hour = 0,
      minute = 0,
      second = 0,
    } = parts;
    fields = [year, month, day, hour, minute, second];
  }
  const [year, month, day, hour, minute, second] = fields;
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  return local.getTime() - whole;
}

/**
 * Offsets are sampled every SAMPLE_STEP and bisected where they differ, so two changes that
 * cancel out within one step would go unseen. Daily, because weekly is not enough: Brazil had a
 * one-week daylight time in October 2000 and the tz rules for Gaza predict a 6-day one in 2040.
 */
const SAMPLE_STEP = DAY;

function yearData(zone: string, year: number): YearData {
  let byYear = years.get(zone);
  if (!byYear) years.set(zone, (byYear = new Map()));
  const cached = byYear.get(year);
  if (cached) return cached;

  const begin = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const start = intlOffset(zone, begin);
  const transitions: Transition[] = [];

  const before = intlOffset(zone, begin - SECOND);
  if (before !== start)
    transitions.push({ at: begin, from: before, to: start });

  let previous = begin;
  let offset = start;
  while (previous < end) {
    const t = Math.min(previous + SAMPLE_STEP, end);
    if (intlOffset(zone, t) === offset) {
      previous = t;
      continue;
    }
    // Bisect (previous, t] for the first second with a different offset.
    let lo = previous;
    let hi = t;
    while (hi - lo > SECOND) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
      if (intlOffset(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    const to = intlOffset(zone, hi);
    if (hi < end) transitions.push({ at: hi, from: offset, to });
    offset = to;
    previous = hi;
  }

  const data = { start, transitions };
  byYear.set(year, data);
  return data;
}

/** Offset in ms east of UTC for an instant in a zone. */
export function offsetAt(zone: string, ms: number): number {
  const data = yearData(zone, new Date(ms).getUTCFullYear());
  let offset = data.start;
  for (const transition of data.transitions) {
    if (ms < transition.at) break;
    offset = transition.to;
  }
  return offset;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYYMMDDTHHMMSS` of a Date's UTC fields (years 1000–9999). */
function basicDateTime(date: Date): string {
  const day =
    date.getUTCFullYear() * 10000 +
    (date.getUTCMonth() + 1) * 100 +
    date.getUTCDate();
  const time =
    1_000_000 +
    date.getUTCHours() * 10000 +
    date.getUTCMinutes() * 100 +
    date.getUTCSeconds();
  return day + 'T' + String(time).slice(1);
}

/** An instant as a UTC DATE-TIME: `20261025T013000Z`. */
export function formatUtc(ms: number): string {
  return basicDateTime(new Date(Math.floor(ms / SECOND) * SECOND)) + 'Z';
}

/** The wall-clock time of an instant in a zone, as a local DATE-TIME: `20261025T023000`. */
export function formatLocal(zone: string, ms: number): string {
  const whole = Math.floor(ms / SECOND) * SECOND;
  return basicDateTime(new Date(whole + offsetAt(zone, whole)));
}

/**
 * True when the instant's wall-clock time occurs twice in the zone (the hour repeated when clocks
 * go back). RFC 5545 maps such a local time to its first occurrence, so it cannot name the second,
 * and clients disagree on the first: callers write these instants in UTC instead.
 */
export function isAmbiguous(zone: string, ms: number): boolean {
  // Clocks going back by d at instant T repeat the wall clock of [T - d, T) in [T, T + d).
  ms = Math.floor(ms / SECOND) * SECOND;
  const year = new Date(ms).getUTCFullYear();
  for (let y = year - 1; y <= year + 1; y++) {
    for (const { at, from, to } of yearData(zone, y).transitions) {
      const d = from - to;
      if (d > 0 && ms >= at - d && ms < at + d) return true;
    }
  }
  return false;
}

/** `+0100`, `-0430`, `+053328` (seconds only when present); zero is `+0000` (RFC 5545 §3.3.14). */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offset) / SECOND);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return (
    sign + pad(hours, 2) + pad(minutes, 2) + (seconds ? pad(seconds, 2) : '')
  );
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** A short zone name such as CET, CEST, EDT; falls back to Intl's `GMT+9` form. */
function zoneAbbreviation(zone: string, ms: number): string {
  let fallback = '';
  for (const locale of ['en-US', 'en-GB']) {
    const key = locale + '\u0000' + zone;
    let formatter = nameFormatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, {
        timeZone: zone,
        timeZoneName: 'short',
      });
      nameFormatters.set(key, formatter);
    }
    const name =
      formatter.formatToParts(ms).find((p) => p.type === 'timeZoneName')
        ?.value ?? '';
    if (/^[A-Z]{2,6}$/.test(name)) return name;
    fallback ||= name;
  }
  return fallback;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  transition: Transition;
  /** Wall clock just before the transition, in the old offset (the observance's DTSTART). */
  local: Date;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The yearly rule shared by all observances, e.g. `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` for "last
 * Sunday of March", or null when they differ (a zone whose rules changed within the range).
 */
function yearlyRule(observances: readonly Observance[]): string | null {
  const first = observances[0];
  const month = first.local.getUTCMonth();
  const weekday = first.local.getUTCDay();
  const time = first.local.getTime() % DAY;
  let allLast = true;
  let nth: number | null = Math.ceil(first.local.getUTCDate() / 7);
  for (const o of observances) {
    const d = o.local;
    if (
      d.getUTCMonth() !== month ||
      d.getUTCDay() !== weekday ||
      d.getTime() % DAY !== time ||
      o.transition.from !== first.transition.from ||
      o.transition.to !== first.transition.to
    ) {
      return null;
    }
    if (d.getUTCDate() + 7 <= daysInMonth(d.getUTCFullYear(), month))
      allLast = false;
    if (Math.ceil(d.getUTCDate() / 7) !== nth) nth = null;
  }
  const byDay = allLast ? '-1' : nth !== null ? String(nth) : null;
  if (byDay === null) return null;
  return `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${byDay}${WEEKDAYS[weekday]}`;
}

function observanceLines(
  zone: string,
  o: Observance,
  rule: string | null,
): string[] {
  const lines = [
    'BEGIN:' + o.kind,
    'DTSTART:' + basicDateTime(o.local),
    'TZOFFSETFROM:' + formatOffset(o.transition.from),
    'TZOFFSETTO:' + formatOffset(o.transition.to),
  ];
  if (rule) lines.push('RRULE:' + rule);
  const name = zoneAbbreviation(zone, o.transition.at);
  if (name) lines.push('TZNAME:' + name);
  lines.push('END:' + o.kind);
  return lines;
}

const vtimezones = new Map<string, readonly string[]>();

/**
 * The VTIMEZONE for `zone`, correct for every instant from 1 January `fromYear` (local) through the
 * end of `toYear`. When the zone follows one yearly rule in that range (EU: last Sunday of March
 * and of October) it is written as STANDARD/DAYLIGHT with RRULE, which also carries on past
 * `toYear`; otherwise each transition becomes its own observance. A zone without transitions
 * gets a single STANDARD observance.
 */
export function vtimezone(
  zone: string,
  fromYear: number,
  toYear: number,
): readonly string[] {
  const key = `${zone}\u0000${fromYear}\u0000${toYear}`;
  const cached = vtimezones.get(key);
  if (cached) return cached;

  assertTimeZone(zone);
  const transitions: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    transitions.push(...yearData(zone, year).transitions);
  }

  const lines = ['BEGIN:VTIMEZONE', 'TZID:' + zone];
  if (transitions.length === 0) {
    const offset = yearData(zone, fromYear).start;
    const begin = Date.UTC(fromYear, 0, 1);
    lines.push(
      ...observanceLines(
        zone,
        {
          kind: 'STANDARD',
          transition: { at: begin, from: offset, to: offset },
          local: new Date(begin),
        },
        null,
      ),
    );
  } else {
    // Both directions present: the higher offset is daylight time. One-way changes are standard.
    const forward = transitions.some((t) => t.to > t.from);
    const backward = transitions.some((t) => t.to < t.from);
    const observances: Observance[] = transitions.map((t) => ({
      kind: forward && backward && t.to > t.from ? 'DAYLIGHT' : 'STANDARD',
      transition: t,
      local: new Date(t.at + t.from),
    }));

    const yearCount = toYear - fromYear + 1;
    const daylight = observances.filter((o) => o.kind === 'DAYLIGHT');
    const standard = observances.filter((o) => o.kind === 'STANDARD');
    const regular =
      daylight.length === yearCount &&
      standard.length === yearCount &&
      observances.every(
        (o) =>
          new Date(o.transition.at).getUTCFullYear() ===
          o.local.getUTCFullYear(),
      );
    const daylightRule = regular ? yearlyRule(daylight) : null;
    const standardRule = regular ? yearlyRule(standard) : null;

    if (daylightRule && standardRule) {
      lines.push(...observanceLines(zone, daylight[0], daylightRule));
      lines.push(...observanceLines(zone, standard[0], standardRule));
    } else {
      // Times before the first transition need an observance too.
      const begin = Date.UTC(fromYear, 0, 1);
      const first = transitions[0];
      if (first.at > begin) {
        const offset = first.from;
        lines.push(
          ...observanceLines(
            zone,
            {
              // Before a change back to standard time, daylight time was in force.
              kind:
                observances[0].kind === 'STANDARD' && forward && backward
                  ? 'DAYLIGHT'
                  : 'STANDARD',
              transition: { at: begin, from: offset, to: offset },
              local: new Date(begin),
            },
            null,
          ),
        );
      }
      for (const o of observances)
        lines.push(...observanceLines(zone, o, null));
    }
  }
  lines.push('END:VTIMEZONE');

  vtimezones.set(key, lines);
  return lines;
}
