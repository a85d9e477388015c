import { AppError } from '../../common/errors.js';
import type { EventView } from '../../events/views.js';
import { FormErrors } from '../components.js';
import { translator } from '../i18n/translator.js';
import {
  emptyEventForm,
  eventDtoOf,
  eventFormOf,
  eventServiceError,
  readEventForm,
  type EventForm,
} from './event-form.js';
import { readSessionForm, sessionServiceError } from './session-form.js';

const t = translator('en');

function filled(over: Partial<EventForm> = {}): EventForm {
  return {
    ...emptyEventForm(),
    title: { en: 'Energy', sq: '', sr: 'Енергетика' },
    kind: 'workshop',
    startDate: '2027-01-20',
    startTime: '10:00',
    endDate: '2027-01-20',
    endTime: '16:30',
    capacity: '25',
    ...over,
  };
}

describe('the event form and the API’s event', () => {
  it('sends the times as instants of the chosen zone, and only the texts that were written', async () => {
    const { value, errors } = await eventDtoOf(filled(), t, false);
    expect(errors.list).toEqual([]);
    expect(value).toMatchObject({
      title: { en: 'Energy', sr: 'Енергетика' },
      startsAt: '2027-01-20T09:00:00.000Z',
      endsAt: '2027-01-20T15:30:00.000Z',
      timeZone: 'Europe/Belgrade',
      capacity: 25,
    });
    expect(value.title.sq).toBeUndefined();
    expect(value.onlineUrl).toBeUndefined();
  });

  it('clears emptied optional fields when editing, and keeps them out when creating', async () => {
    const edited = await eventDtoOf(filled(), t, true);
    expect(edited.value).toMatchObject({
      onlineUrl: null,
      interpretation: null,
      quota: null,
    });
    const withQuota = await eventDtoOf(filled({ quota: '40' }), t, false);
    expect(withQuota.value.quota).toEqual({ maxSharePercent: 40 });
  });

  it('puts each problem next to its field, in the reader’s words', async () => {
    const { errors } = await eventDtoOf(
      filled({
        title: { en: '', sq: '', sr: '' },
        kind: 'party',
        endTime: '09:00',
        timeZone: 'Mars/Olympus',
        capacity: '0',
        quota: '5',
        onlineUrl: 'javascript:alert(1)',
        venueAddress: 'Rruga B',
      }),
      t,
      false,
    );
    expect(
      Object.fromEntries(errors.list.map((e) => [e.field, e.message])),
    ).toEqual({
      title_en: t.t('org.error.title'),
      kind: t.t('org.error.kind'),
      endDate: t.t('org.error.endBeforeStart'),
      timeZone: t.t('org.error.timeZone'),
      capacity: t.t('org.error.capacity'),
      quota: t.t('org.error.quota'),
      onlineUrl: t.t('org.error.onlineUrl'),
      venueName: t.t('org.error.venue'),
    });
  });

  it('reads a posted form and gives a saved event back as the form shows it', () => {
    const posted = readEventForm({
      title_en: ' Energy ',
      topics: ['energy', 'customs'],
      languages: 'sq',
      startDate: '2027-01-20',
    });
    expect(posted.title.en).toBe('Energy');
    expect(posted.topics).toEqual(['energy', 'customs']);
    expect(posted.languages).toEqual(['sq']);
    const form = eventFormOf({
      title: { en: 'Energy' },
      description: {},
      kind: 'webinar',
      topics: [],
      languages: ['en'],
      startsAt: '2027-07-01T22:30:00.000Z',
      endsAt: '2027-07-02T00:15:00.000Z',
      timeZone: 'Europe/Belgrade',
      venue: null,
      onlineUrl: 'https://meet.example.org/x',
      interpretation: null,
      capacity: 12,
      quota: { maxSharePercent: 50 },
      registration: {
        opensAt: '2027-06-20T08:00:00.000Z',
        closesAt: null,
        open: false,
      },
    } as unknown as EventView);
    expect(form).toMatchObject({
      startDate: '2027-07-02',
      startTime: '00:30',
      endDate: '2027-07-02',
      endTime: '02:15',
      capacity: '12',
      quota: '50',
      onlineUrl: 'https://meet.example.org/x',
      // the registration window in the event's zone too; an unset end stays empty
      regOpensDate: '2027-06-20',
      regOpensTime: '10:00',
      regClosesDate: '',
      regClosesTime: '',
    });
  });

  it('maps the service’s own refusals to fields', () => {
    const errors = new FormErrors();
    eventServiceError(
      new AppError(400, 'VALIDATION_FAILED', 'x', {
        problems: ['an event can last at most 31 days'],
      }),
      errors,
      t,
    );
    expect(errors.for('endDate')).toBe(t.t('org.error.tooLong'));
    const outside = new FormErrors();
    eventServiceError(
      new AppError(409, 'SESSION_OUTSIDE_EVENT', 'x'),
      outside,
      t,
    );
    expect(outside.for('startDate')).toBe(t.t('org.error.sessionsOutside'));
  });

  it('names the clashing session and speaker next to the field, in the event’s zone', () => {
    const event = {
      timeZone: 'Europe/Belgrade',
      startsAt: '2027-01-20T08:00:00.000Z',
      endsAt: '2027-01-20T16:00:00.000Z',
      sessions: [
        {
          id: 's1',
          title: 'Opening',
          startsAt: '2027-01-20T08:00:00.000Z',
          endsAt: '2027-01-20T09:00:00.000Z',
          hall: 'Hall A',
          speakers: [{ name: 'Ardita Berisha' }],
        },
      ],
    } as unknown as EventView;
    const form = readSessionForm({
      sessionTitle: 'Side',
      hall: 'Hall B',
      speakers: 'Nikola Jović\r\n ardita berisha \n\n',
    });
    expect(form.speakers).toBe('Nikola Jović\nardita berisha');
    const errors = new FormErrors();
    sessionServiceError(
      new AppError(409, 'SESSION_CLASH', 'x', {
        kind: 'speaker',
        sessionId: 's1',
      }),
      errors,
      form,
      event,
      { t, locale: 'en' },
    );
    expect(errors.for('speakers')).toBe(
      'ardita berisha is already speaking at that time in “Opening” (09:00–10:00).',
    );
  });
});
