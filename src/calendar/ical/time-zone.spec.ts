import fc from 'fast-check';
import ICAL from 'ical.js';

import {
  assertTimeZone,
  formatLocal,
  formatOffset,
  formatUtc,
  isAmbiguous,
  offsetAt,
  vtimezone,
} from './time-zone.js';

const ZONES = [
  'Europe/Belgrade',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney', // southern hemisphere: daylight time spans the new year
  'Asia/Kolkata', // +05:30
  'America/St_Johns', // -03:30 with DST
  'Europe/Moscow', // rule changes in 2011 and 2014
  'UTC',
];

/** Intl's own reading of an instant's wall clock, with a 00–23 hour. */
function intlLocal(zone: string, ms: number): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string): string =>
    parts.find((p) => p.type === type)!.value;
  return `${get('year')}${get('month')}${get('day')}T${get('hour')}${get('minute')}${get('second')}`;
}

const instant = (iso: string): number => new Date(iso).getTime();

/** ical.js reading a local time through a VTIMEZONE of ours (not through any tz database). */
function icalJsInstant(lines: readonly string[], local: string): number {
  const component = new ICAL.Component(
    ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR', ''].join('\r\n')),
  );
  const zone = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
  const time = ICAL.Time.fromData(
    {
      year: Number(local.slice(0, 4)),
      month: Number(local.slice(4, 6)),
      day: Number(local.slice(6, 8)),
      hour: Number(local.slice(9, 11)),
      minute: Number(local.slice(11, 13)),
      second: Number(local.slice(13, 15)),
      isDate: false,
    },
    zone,
  );
  return time.toJSDate().getTime();
}

const anyInstant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => Math.floor(d.getTime() / 1000) * 1000);

describe('offsetAt and formatLocal', () => {
  it('Europe/Belgrade changes at 01:00 UTC on the last Sundays of March and October 2026', () => {
    expect(offsetAt('Europe/Belgrade', instant('2026-03-29T00:59:59Z'))).toBe(
      3_600_000,
    );
    expect(offsetAt('Europe/Belgrade', instant('2026-03-29T01:00:00Z'))).toBe(
      7_200_000,
    );
    expect(offsetAt('Europe/Belgrade', instant('2026-10-25T00:59:59Z'))).toBe(
      7_200_000,
    );
    expect(offsetAt('Europe/Belgrade', instant('2026-10-25T01:00:00Z'))).toBe(
      3_600_000,
    );
    expect(
      formatLocal('Europe/Belgrade', instant('2026-03-29T00:30:00Z')),
    ).toBe('20260329T013000');
    expect(
      formatLocal('Europe/Belgrade', instant('2026-03-29T01:30:00Z')),
    ).toBe('20260329T033000');
  });

  it('writes midnight as hour 00 (Intl in Node < 22 may say 24)', () => {
    expect(
      formatLocal('Europe/Belgrade', instant('2026-01-14T23:30:00Z')),
    ).toBe('20260115T003000');
  });

  it('drops sub-second parts', () => {
    expect(formatUtc(instant('2026-05-01T10:00:00.999Z'))).toBe(
      '20260501T100000Z',
    );
    expect(formatLocal('Asia/Tokyo', instant('2026-05-01T10:00:00.999Z'))).toBe(
      '20260501T190000',
    );
  });

  it('property: agrees with Intl for any instant 2000–2040 in zones with and without DST', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), anyInstant, (zone, ms) => {
        expect(formatLocal(zone, ms)).toBe(intlLocal(zone, ms));
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // property tests: generous on a loaded machine

  it('does not miss a daylight time that lasted one week (Recife, October 2000)', () => {
    expect(offsetAt('America/Recife', instant('2000-10-07T12:00:00Z'))).toBe(
      -3 * 3_600_000,
    );
    expect(offsetAt('America/Recife', instant('2000-10-10T12:00:00Z'))).toBe(
      -2 * 3_600_000,
    );
    expect(offsetAt('America/Recife', instant('2000-10-16T12:00:00Z'))).toBe(
      -3 * 3_600_000,
    );
  });

  it('rejects an unknown zone with a clear error', () => {
    expect(() => assertTimeZone('Europe/Pristina')).toThrow(
      /Unknown time zone "Europe\/Pristina"/,
    );
  });
});

describe('isAmbiguous', () => {
  it('is true for both instants that read 02:30 on 25 October 2026 in Belgrade', () => {
    expect(
      formatLocal('Europe/Belgrade', instant('2026-10-25T00:30:00Z')),
    ).toBe('20261025T023000');
    expect(
      formatLocal('Europe/Belgrade', instant('2026-10-25T01:30:00Z')),
    ).toBe('20261025T023000');
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-10-25T00:30:00Z')),
    ).toBe(true);
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-10-25T01:30:00Z')),
    ).toBe(true);
  });

  it('is false just outside the repeated hour, around the spring gap and in zones without DST', () => {
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-10-24T23:59:59Z')),
    ).toBe(false);
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-10-25T02:00:00Z')),
    ).toBe(false);
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-03-29T00:30:00Z')),
    ).toBe(false);
    expect(
      isAmbiguous('Europe/Belgrade', instant('2026-03-29T01:30:00Z')),
    ).toBe(false);
    expect(isAmbiguous('Asia/Tokyo', instant('2026-10-25T01:30:00Z'))).toBe(
      false,
    );
  });

  it('property: an unambiguous wall clock names exactly one instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), anyInstant, (zone, ms) => {
        const local = formatLocal(zone, ms);
        const others = [-3, -2, -1, -0.5, 0.5, 1, 2, 3].map(
          (h) => ms + h * 3_600_000,
        );
        const twin = others.some((t) => formatLocal(zone, t) === local);
        expect(isAmbiguous(zone, ms)).toBe(twin);
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // property tests: generous on a loaded machine
});

describe('formatOffset', () => {
  it('writes ±hhmm, seconds only when present, and +0000 for zero', () => {
    expect(formatOffset(3_600_000)).toBe('+0100');
    expect(formatOffset(-12_600_000)).toBe('-0330');
    expect(formatOffset(19_800_000)).toBe('+0530');
    expect(formatOffset(0)).toBe('+0000');
    expect(formatOffset(-(3600 + 34 * 60 + 8) * 1000)).toBe('-013408');
  });
});

describe('vtimezone', () => {
  it('writes Europe/Belgrade as the EU rule: last Sunday of March and of October', () => {
    expect(vtimezone('Europe/Belgrade', 2025, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Belgrade',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZNAME:CET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes America/New_York with its own rule (second Sunday of March, first of November)', () => {
    const lines = vtimezone('America/New_York', 2025, 2027);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(lines).toContain('TZOFFSETTO:-0400');
  });

  it('writes a zone without DST as one STANDARD observance', () => {
    expect(vtimezone('Asia/Tokyo', 2025, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:GMT+9',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists each transition when the rules change within the range (Moscow 2010–2015)', () => {
    const lines = vtimezone('Europe/Moscow', 2010, 2015);
    expect(lines.some((l) => l.startsWith('RRULE:'))).toBe(false);
    expect(lines.filter((l) => l.startsWith('DTSTART:'))).toEqual([
      'DTSTART:20100101T000000',
      'DTSTART:20100328T020000',
      'DTSTART:20101031T030000',
      'DTSTART:20110327T020000',
      'DTSTART:20141026T020000',
    ]);
  });

  // ical.js has no tz database of its own: it can only have these offsets from our VTIMEZONE.
  it('property: ical.js reading our VTIMEZONE maps every unambiguous wall clock back to its instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), anyInstant, (zone, ms) => {
        fc.pre(!isAmbiguous(zone, ms));
        const year = new Date(ms).getUTCFullYear();
        const lines = vtimezone(zone, year - 1, year + 1);
        expect(icalJsInstant(lines, formatLocal(zone, ms))).toBe(ms);
      }),
      { numRuns: 1000 },
    );
  }, 60_000); // property tests: generous on a loaded machine

  it('the RRULE form stays right years after the range it was computed from', () => {
    const lines = vtimezone('Europe/Belgrade', 2025, 2027);
    const around = ['2031-03-30T00:59:59Z', '2031-03-30T01:00:00Z'];
    around.push('2035-10-27T23:59:59Z', '2035-10-28T02:00:00Z');
    for (const iso of around) {
      const ms = instant(iso);
      expect(isAmbiguous('Europe/Belgrade', ms)).toBe(false);
      expect(icalJsInstant(lines, formatLocal('Europe/Belgrade', ms))).toBe(ms);
    }
  });
});
