import type { AppError } from '../../common/errors.js';
import { CreateEventDto } from '../../events/dto/event.dto.js';
import type { EventView } from '../../events/views.js';
import { FormErrors } from '../components.js';
import { check, field, fields, type FormBody } from '../forms.js';
import type { TextKey, Translator } from '../i18n/translator.js';
import { errorText } from '../page-renderer.js';
import {
  wallClock,
  zonedInstant,
  parseClock,
  parseDay,
} from '../zoned-time.js';

/** The zones an organiser picks from; an event's own zone is kept when it is another. */
export const TIME_ZONES = [
  'Europe/Belgrade',
  'Europe/Tirane',
  'Europe/Skopje',
  'Europe/Podgorica',
  'Europe/Sarajevo',
  'Europe/Zagreb',
  'Europe/Ljubljana',
  'Europe/Sofia',
  'Europe/Athens',
  'Europe/Istanbul',
  'Europe/Vienna',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'UTC',
] as const;

function isZone(name: string): boolean {
  if (!/^[A-Za-z_]+\/[A-Za-z_/+-]+$/.test(name) || name.length > 64)
    return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const TEXT_LANGS = ['en', 'sq', 'sr'] as const;

/** What the event form shows: the saved event, or what was just posted when it had errors. */
export interface EventForm {
  title: Record<(typeof TEXT_LANGS)[number], string>;
  description: Record<(typeof TEXT_LANGS)[number], string>;
  kind: string;
  topics: string[];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  placeId: string;
  onlineUrl: string;
  languages: string[];
  interpretation: string;
  capacity: string;
  quota: string;
  /** registration window, optional: day and clock time in the event's zone, both or neither */
  regOpensDate: string;
  regOpensTime: string;
  regClosesDate: string;
  regClosesTime: string;
}

export function emptyEventForm(): EventForm {
  return {
    title: { en: '', sq: '', sr: '' },
    description: { en: '', sq: '', sr: '' },
    kind: '',
    topics: [],
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: 'Europe/Belgrade',
    venueName: '',
    venueAddress: '',
    placeId: '',
    onlineUrl: '',
    languages: [],
    interpretation: '',
    capacity: '',
    quota: '',
    regOpensDate: '',
    regOpensTime: '',
    regClosesDate: '',
    regClosesTime: '',
  };
}

export function eventFormOf(e: EventView): EventForm {
  const [startDate, startTime] = wallClock(e.startsAt!, e.timeZone);
  const [endDate, endTime] = wallClock(e.endsAt!, e.timeZone);
  const opens = e.registration.opensAt;
  const closes = e.registration.closesAt;
  const [regOpensDate, regOpensTime] = opens
    ? wallClock(opens, e.timeZone)
    : ['', ''];
  const [regClosesDate, regClosesTime] = closes
    ? wallClock(closes, e.timeZone)
    : ['', ''];
  const text = (
    v: { en?: string; sq?: string; sr?: string } | null | undefined,
  ) => ({
    en: v?.en ?? '',
    sq: v?.sq ?? '',
    sr: v?.sr ?? '',
  });
  return {
    title: text(e.title),
    description: text(e.description),
    kind: e.kind,
    topics: [...e.topics],
    startDate,
    startTime,
    endDate,
    endTime,
    timeZone: e.timeZone,
    venueName: e.venue?.name ?? '',
    venueAddress: e.venue?.address ?? '',
    placeId: e.venue?.place?.id ?? '',
    onlineUrl: e.onlineUrl ?? '',
    languages: [...e.languages],
    interpretation: e.interpretation ?? '',
    capacity: String(e.capacity),
    quota: e.quota ? String(e.quota.maxSharePercent) : '',
    regOpensDate,
    regOpensTime,
    regClosesDate,
    regClosesTime,
  };
}

export function readEventForm(body: FormBody): EventForm {
  const byLang = (prefix: string) => ({
    en: field(body, `${prefix}_en`),
    sq: field(body, `${prefix}_sq`),
    sr: field(body, `${prefix}_sr`),
  });
  return {
    title: byLang('title'),
    description: byLang('description'),
    kind: field(body, 'kind'),
    topics: fields(body, 'topics'),
    startDate: field(body, 'startDate'),
    startTime: field(body, 'startTime'),
    endDate: field(body, 'endDate'),
    endTime: field(body, 'endTime'),
    timeZone: field(body, 'timeZone'),
    venueName: field(body, 'venueName'),
    venueAddress: field(body, 'venueAddress'),
    placeId: field(body, 'placeId'),
    onlineUrl: field(body, 'onlineUrl'),
    languages: fields(body, 'languages'),
    interpretation: field(body, 'interpretation'),
    capacity: field(body, 'capacity'),
    quota: field(body, 'quota'),
    regOpensDate: field(body, 'regOpensDate'),
    regOpensTime: field(body, 'regOpensTime'),
    regClosesDate: field(body, 'regClosesDate'),
    regClosesTime: field(body, 'regClosesTime'),
  };
}

/**
 * One end of the registration window: empty (not set), an instant, or a mistake reported at the
 * field (a day without a time or the other way round, or either not valid).
 */
function windowEnd(
  date: string,
  time: string,
  zone: string,
  ids: { date: string; time: string },
  errors: FormErrors,
  t: Translator,
): Date | undefined {
  if (date === '' && time === '') return undefined;
  if (!parseDay(date)) errors.add(ids.date, t.t('org.error.regDate'));
  else if (parseClock(time) === undefined)
    errors.add(ids.time, t.t('org.error.regTime'));
  return zonedInstant(date, time, zone);
}

/** The API's property → the form field its message goes next to, and the message. */
const FIELD_ERRORS: [string, string, TextKey][] = [
  ['title', 'title_en', 'org.error.title'],
  ['description', 'description_en', 'org.error.description'],
  ['kind', 'kind', 'org.error.kind'],
  ['topics', 'topics', 'org.error.topics'],
  ['timeZone', 'timeZone', 'org.error.timeZone'],
  ['venue', 'venueName', 'org.error.venue'],
  ['onlineUrl', 'onlineUrl', 'org.error.onlineUrl'],
  ['languages', 'languages', 'org.error.languages'],
  ['interpretation', 'interpretation', 'org.error.interpretation'],
  ['capacity', 'capacity', 'org.error.capacity'],
  ['quota', 'quota', 'org.error.quota'],
];

const onlyFilled = (v: Record<string, string>) =>
  Object.fromEntries(Object.entries(v).filter(([, text]) => text !== ''));

/**
 * The form as the API's CreateEventDto, checked with the API's own rules, and the problems in the
 * organiser's words. `editing` sends emptied optional fields as null so that they are cleared.
 */
export async function eventDtoOf(
  f: EventForm,
  t: Translator,
  editing: boolean,
  /** the saved event's registration window (editing): the API cannot remove a time once set */
  saved?: { opensAt: string | null; closesAt: string | null },
): Promise<{ value: CreateEventDto; errors: FormErrors }> {
  const errors = new FormErrors();
  // editing keeps an event's own zone when it is not in the list
  const zoneKnown =
    (TIME_ZONES as readonly string[]).includes(f.timeZone) ||
    (editing && isZone(f.timeZone));
  const zone = zoneKnown ? f.timeZone : 'UTC';
  const starts = zonedInstant(f.startDate, f.startTime, zone);
  const ends = zonedInstant(f.endDate, f.endTime, zone);
  if (!parseDay(f.startDate))
    errors.add('startDate', t.t('org.error.startDate'));
  if (parseClock(f.startTime) === undefined)
    errors.add('startTime', t.t('org.error.startTime'));
  if (!parseDay(f.endDate)) errors.add('endDate', t.t('org.error.endDate'));
  if (parseClock(f.endTime) === undefined)
    errors.add('endTime', t.t('org.error.endTime'));
  if (starts && ends && ends <= starts)
    errors.add('endDate', t.t('org.error.endBeforeStart'));
  if (!zoneKnown) errors.add('timeZone', t.t('org.error.timeZone'));

  const opens = windowEnd(
    f.regOpensDate,
    f.regOpensTime,
    zone,
    { date: 'regOpensDate', time: 'regOpensTime' },
    errors,
    t,
  );
  const closes = windowEnd(
    f.regClosesDate,
    f.regClosesTime,
    zone,
    { date: 'regClosesDate', time: 'regClosesTime' },
    errors,
    t,
  );
  if (saved?.opensAt && !f.regOpensDate && !f.regOpensTime)
    errors.add('regOpensDate', t.t('org.error.regKeep'));
  if (saved?.closesAt && !f.regClosesDate && !f.regClosesTime)
    errors.add('regClosesDate', t.t('org.error.regKeep'));
  if (opens && closes && closes <= opens)
    errors.add('regClosesDate', t.t('org.error.regClosesBeforeOpens'));
  else if (closes && ends && closes > ends)
    errors.add('regClosesDate', t.t('org.error.regClosesAfterEnd'));

  const venue =
    f.venueName || f.venueAddress || f.placeId
      ? {
          name: f.venueName,
          ...(f.venueAddress ? { address: f.venueAddress } : {}),
          ...(f.placeId ? { placeId: f.placeId } : {}),
        }
      : undefined;
  const number = (s: string) => (/^\d{1,9}$/.test(s) ? Number(s) : s);
  const cleared = editing ? null : undefined;
  const plain: Record<string, unknown> = {
    title: onlyFilled(f.title),
    description: onlyFilled(f.description),
    kind: f.kind,
    topics: f.topics,
    startsAt: starts?.toISOString() ?? '',
    endsAt: ends?.toISOString() ?? '',
    timeZone: zone,
    venue,
    onlineUrl: f.onlineUrl || cleared,
    languages: f.languages,
    interpretation: f.interpretation || cleared,
    capacity: f.capacity === '' ? undefined : number(f.capacity),
    quota: f.quota ? { maxSharePercent: number(f.quota) } : cleared,
    ...(opens ? { registrationOpensAt: opens.toISOString() } : {}),
    ...(closes ? { registrationClosesAt: closes.toISOString() } : {}),
  };
  const { value, invalid } = await check(CreateEventDto, plain);
  for (const [prop, id, key] of FIELD_ERRORS)
    if (invalid.has(prop)) errors.add(id, t.t(key));
  if (invalid.has('registrationOpensAt'))
    errors.add('regOpensDate', t.t('org.error.regDate'));
  if (invalid.has('registrationClosesAt'))
    errors.add('regClosesDate', t.t('org.error.regDate'));
  if (venue?.placeId && invalid.has('venue.placeId'))
    errors.add('placeId', t.t('org.error.place'));
  return { value, errors };
}

/** A refusal of the events service, next to the field it is about. */
export function eventServiceError(
  err: AppError,
  errors: FormErrors,
  t: Translator,
) {
  if (err.code === 'SESSION_OUTSIDE_EVENT') {
    errors.add('startDate', t.t('org.error.sessionsOutside'));
    return;
  }
  const problems =
    (err.details as { problems?: string[] } | undefined)?.problems ?? [];
  for (const p of problems) {
    if (p.startsWith('endsAt must be after'))
      errors.add('endDate', t.t('org.error.endBeforeStart'));
    else if (p.startsWith('an event can last'))
      errors.add('endDate', t.t('org.error.tooLong'));
    else if (p.startsWith('registrationClosesAt must be after'))
      errors.add('regClosesDate', t.t('org.error.regClosesBeforeOpens'));
    else if (p.startsWith('registration must close before'))
      errors.add('regClosesDate', t.t('org.error.regClosesAfterEnd'));
    else if (p.startsWith('venue.placeId'))
      errors.add('placeId', t.t('org.error.place'));
    else if (p.startsWith('languages'))
      errors.add('languages', t.t('org.error.languages'));
    else if (p.startsWith('topics'))
      errors.add('topics', t.t('org.error.topics'));
  }
  if (errors.empty) errors.add('title_en', errorText(t, err.code, err.status));
}
