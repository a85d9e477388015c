import type { AppError } from '../../common/errors.js';
import { foldForSearch } from '../../common/text.js';
import { CreateSessionDto } from '../../events/dto/event.dto.js';
import type { EventView } from '../../events/views.js';
import { FormErrors } from '../components.js';
import { formatRange, formatTime } from '../format.js';
import { check, field, type FormBody } from '../forms.js';
import type { Locale } from '../i18n/locales.js';
import type { Translator } from '../i18n/translator.js';
import { errorText } from '../page-renderer.js';
import {
  parseClock,
  parseDay,
  wallClock,
  zonedInstant,
} from '../zoned-time.js';

export type SessionView = NonNullable<EventView['sessions']>[number];

/** The session form: a day and two clock times in the event's zone. */
export interface SessionForm {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  hall: string;
  speakers: string;
}

/** A new session starts on the event's first day, when the event starts. */
export function newSessionForm(e: EventView): SessionForm {
  const [date, startTime] = wallClock(e.startsAt!, e.timeZone);
  return { title: '', date, startTime, endTime: '', hall: '', speakers: '' };
}

export function sessionFormOf(s: SessionView, timeZone: string): SessionForm {
  const [date, startTime] = wallClock(s.startsAt!, timeZone);
  const [, endTime] = wallClock(s.endsAt!, timeZone);
  return {
    title: s.title,
    date,
    startTime,
    endTime,
    hall: s.hall ?? '',
    speakers: s.speakers.map((sp) => sp.name).join('\n'),
  };
}

export function readSessionForm(body: FormBody): SessionForm {
  return {
    title: field(body, 'sessionTitle'),
    date: field(body, 'sessionDate'),
    startTime: field(body, 'sessionStart'),
    endTime: field(body, 'sessionEnd'),
    hall: field(body, 'hall'),
    speakers: (typeof body.speakers === 'string' ? body.speakers : '')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/** The form as the API's CreateSessionDto, checked with its rules. */
export async function sessionDtoOf(
  f: SessionForm,
  e: EventView,
  t: Translator,
): Promise<{ value: CreateSessionDto; errors: FormErrors }> {
  const errors = new FormErrors();
  if (!f.title) errors.add('sessionTitle', t.t('org.sessions.error.title'));
  if (!parseDay(f.date))
    errors.add('sessionDate', t.t('org.sessions.error.date'));
  if (parseClock(f.startTime) === undefined)
    errors.add('sessionStart', t.t('org.sessions.error.startTime'));
  if (parseClock(f.endTime) === undefined)
    errors.add('sessionEnd', t.t('org.sessions.error.endTime'));
  const starts = zonedInstant(f.date, f.startTime, e.timeZone);
  const ends = zonedInstant(f.date, f.endTime, e.timeZone);
  const speakers = f.speakers ? f.speakers.split('\n') : [];
  const { value, invalid } = await check(CreateSessionDto, {
    title: f.title,
    startsAt: starts?.toISOString() ?? '',
    endsAt: ends?.toISOString() ?? '',
    ...(f.hall ? { hall: f.hall } : {}),
    speakers: speakers.map((name) => ({ name })),
  });
  if (invalid.has('title'))
    errors.add('sessionTitle', t.t('org.sessions.error.title'));
  if (invalid.has('hall')) errors.add('hall', t.t('org.sessions.error.hall'));
  if (invalid.has('speakers'))
    errors.add('speakers', t.t('org.sessions.error.speakers'));
  return { value, errors };
}

/**
 * A refusal of the events service next to the field it is about: a clash of rooms next to the
 * room, a clash of speakers next to the speakers, a session outside the event next to its date.
 */
export function sessionServiceError(
  err: AppError,
  errors: FormErrors,
  f: SessionForm,
  e: EventView,
  page: { t: Translator; locale: Locale },
) {
  const { t, locale } = page;
  if (err.code === 'SESSION_CLASH') {
    const d = err.details as { kind?: string; sessionId?: string } | undefined;
    const other = e.sessions?.find((s) => s.id === d?.sessionId);
    if (other) {
      const time = `${formatTime(other.startsAt!, e.timeZone, locale)}–${formatTime(other.endsAt!, e.timeZone, locale)}`;
      if (d?.kind === 'hall') {
        errors.add(
          'hall',
          t.t('org.sessions.clashHall', {
            hall: f.hall,
            title: other.title,
            time,
          }),
        );
        return;
      }
      const theirs = new Set(other.speakers.map((s) => foldForSearch(s.name)));
      const name = f.speakers
        .split('\n')
        .find((n) => theirs.has(foldForSearch(n)));
      if (d?.kind === 'speaker' && name) {
        errors.add(
          'speakers',
          t.t('org.sessions.clashSpeaker', { name, title: other.title, time }),
        );
        return;
      }
    }
    errors.add(d?.kind === 'hall' ? 'hall' : 'speakers', err.message);
    return;
  }
  if (err.code === 'SESSION_OUTSIDE_EVENT') {
    errors.add(
      'sessionDate',
      t.t('org.sessions.error.outside', {
        range: formatRange(e.startsAt!, e.endsAt!, e.timeZone, locale),
      }),
    );
    return;
  }
  if (err.code === 'VALIDATION_FAILED') {
    errors.add('sessionEnd', t.t('org.sessions.error.endBeforeStart'));
    return;
  }
  errors.add('sessionTitle', errorText(t, err.code, err.status));
}
