import { foldForSearch } from '../../../common/text.js';
import { EVENT_KINDS } from '../../../events/entities/event.entity.js';
import type { EventView } from '../../../events/views.js';
import {
  button,
  choices,
  csrfField,
  errorSummary,
  input,
  postForm,
  select,
  summaryList,
  tag,
  textarea,
  type FormErrors,
} from '../../components.js';
import {
  dayIn,
  formatDate,
  formatShort,
  formatTime,
  label,
  zoneName,
} from '../../format.js';
import { html, type Html } from '../../html.js';
import type { PageContent } from '../../layout.js';
import type { PageContext } from '../../page-context.js';
import {
  eventPlace,
  eventTitle,
  eventWhen,
  inLang,
  kindLabel,
  languageList,
  zoneLine,
  type Reference,
} from '../../pages/event-parts.js';
import { placeOptions } from '../../pages/public.pages.js';
import { TIME_ZONES, type EventForm } from '../event-form.js';
import type { SessionForm, SessionView } from '../session-form.js';

/** A registration as the organiser's list has it (EventsService.listRegistrations). */
export interface RegistrationRow {
  id: string;
  displayName: string;
  email: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlistPosition: number | null;
  checkedIn: boolean;
  registeredAt: string;
}

export const managePath = (id: string) => `/organiser/events/${id}`;

export function statusTag(page: PageContext, e: EventView): Html {
  const { t } = page;
  if (e.status === 'draft') return tag(t.t('org.status.draft'), 'grey');
  if (e.status === 'published')
    return tag(t.t('org.status.published'), 'green');
  if (e.status === 'cancelled')
    return tag(t.t('event.status.cancelled'), 'red');
  return tag(t.t('event.status.completed'), 'grey');
}

function titleHeading(page: PageContext, e: EventView, caption: string) {
  const title = eventTitle(page, e);
  return html`<span class="caption">${caption}</span>
    <h1${title.lang !== page.locale ? html` lang="${title.lang}"` : ''}>
      ${title.text}
    </h1>`;
}

// ---- the list -------------------------------------------------------------------------------

export function eventsListPage(
  page: PageContext,
  events: EventView[],
  ref: Reference,
  paging: { page: number; pages: number },
): PageContent {
  const { t } = page;
  const admin = page.actor?.role === 'admin';
  const groups: [string, EventView[]][] = [
    [t.t('org.events.drafts'), events.filter((e) => e.status === 'draft')],
    [
      t.t('org.events.published'),
      events.filter((e) => e.status === 'published'),
    ],
    [t.t('org.events.ended'), events.filter((e) => e.status === 'completed')],
    [
      t.t('org.events.cancelled'),
      events.filter((e) => e.status === 'cancelled'),
    ],
  ];
  const card = (e: EventView) => {
    const title = eventTitle(page, e);
    const place = eventPlace(page, e, ref);
    const org = ref.organisations.find((o) => o.id === e.organisation.id);
    return html`<li class="card">
      <h3>
        <a
          href="${managePath(e.id)}"
          ${title.lang !== page.locale ? html` lang="${title.lang}"` : ''}
          >${title.text}</a
        >
      </h3>
      <p class="meta">
        ${kindLabel(page, e.kind)} ·
        ${formatShort(e.startsAt!, e.timeZone, page.locale)}${place ? ` · ${place}` : ''}${admin && org ? ` · ${org.shortName}` : ''}
      </p>
      <p class="meta">
        ${statusTag(page, e)}
        ${t.t('org.events.seats', { taken: e.seatsTaken, capacity: e.capacity })}
      </p>
    </li>`;
  };
  return {
    title: admin ? t.t('org.events.titleAdmin') : t.t('org.events.title'),
    url: '/organiser/events',
    body: html`${
      admin
        ? ''
        : html`<p>
            <a class="button" href="/organiser/events/new"
              >${t.t('org.events.new')}</a
            >
          </p>`
    }
    ${events.length === 0 ? html`<p>${t.t('org.events.none')}</p>` : ''}
    ${groups
      .filter(([, list]) => list.length)
      .map(
        ([heading, list]) =>
          html`<h2>${heading}</h2>
            <ul class="card-list">
              ${list.map(card)}
            </ul>`,
      )}
    ${
      paging.pages > 1
        ? html`<nav class="pagination" aria-label="${t.t('events.pagination')}">
            <p>
              ${paging.page > 1 ? html`<a href="/organiser/events?page=${paging.page - 1}" rel="prev">${t.t('events.previous')}</a>` : ''}
              ${t.t('events.pageOf', { page: paging.page, pages: paging.pages })}
              ${paging.page < paging.pages ? html`<a href="/organiser/events?page=${paging.page + 1}" rel="next">${t.t('events.next')}</a>` : ''}
            </p>
          </nav>`
        : ''
    }`,
  };
}

// ---- creating and editing ---------------------------------------------------------------------

function zoneOptions(page: PageContext, current: string) {
  const zones: string[] = [...TIME_ZONES];
  if (current && !zones.includes(current)) zones.unshift(current);
  const now = new Date();
  return zones.map((z) => ({
    value: z,
    label: z === 'UTC' ? 'UTC' : `${z} – ${zoneName(z, page.locale, now)}`,
  }));
}

function textsFieldset(
  page: PageContext,
  o: {
    prefix: 'title' | 'description';
    legend: string;
    hint: string;
    values: EventForm['title'];
    error?: string;
  },
): Html {
  const { t } = page;
  const langs = [
    ['en', t.t('org.form.inEnglish')],
    ['sq', t.t('org.form.inAlbanian')],
    ['sr', t.t('org.form.inSerbian')],
  ] as const;
  return html`<fieldset class="field" aria-describedby="${o.prefix}-hint">
    <legend>${o.legend}</legend>
    <p class="hint" id="${o.prefix}-hint">${o.hint}</p>
    ${langs.map(([lang, name], i) =>
      o.prefix === 'title'
        ? input(page, {
            id: `title_${lang}`,
            name: `title_${lang}`,
            label: name,
            value: o.values[lang],
            error: i === 0 ? o.error : undefined,
            maxlength: 200,
          })
        : textarea(page, {
            id: `description_${lang}`,
            name: `description_${lang}`,
            label: name,
            value: o.values[lang],
            error: i === 0 ? o.error : undefined,
            maxlength: 10_000,
          }),
    )}
  </fieldset>`;
}

export function eventFormPage(
  page: PageContext,
  d: {
    form: EventForm;
    ref: Reference;
    errors?: FormErrors;
    /** the event being edited; none when creating */
    event?: EventView;
  },
): PageContent {
  const { t } = page;
  const f = d.form;
  const e = d.errors;
  const editing = d.event;
  const action = editing
    ? `${managePath(editing.id)}/edit`
    : '/organiser/events/new';
  return {
    title: editing ? t.t('org.form.editTitle') : t.t('org.form.createTitle'),
    url: action,
    status: e && !e.empty ? 400 : 200,
    body: html`${errorSummary(page, e)}
    ${editing ? html`<p class="lead">${inLang(page, eventTitle(page, editing))}</p>` : html`<div class="inset"><p>${t.t('org.form.draftNote')}</p></div>`}
    ${postForm(
      page,
      action,
      html`${textsFieldset(page, {
          prefix: 'title',
          legend: t.t('org.form.titleLegend'),
          hint: t.t('org.form.titleHint'),
          values: f.title,
          error: e?.for('title_en'),
        })}
        ${select(page, {
          id: 'kind',
          name: 'kind',
          label: t.t('org.form.kind'),
          value: f.kind,
          error: e?.for('kind'),
          options: [
            { value: '', label: t.t('org.form.kindChoose') },
            ...EVENT_KINDS.map((k) => ({
              value: k,
              label: kindLabel(page, k),
            })),
          ],
        })}
        <fieldset class="field">
          <legend>${t.t('org.form.whenLegend')}</legend>
          ${input(page, { id: 'startDate', name: 'startDate', type: 'date', label: t.t('org.form.startDate'), hint: t.t('org.form.dateHint'), value: f.startDate, error: e?.for('startDate') })}
          ${input(page, { id: 'startTime', name: 'startTime', label: t.t('org.form.startTime'), hint: t.t('org.form.timeHint'), value: f.startTime, error: e?.for('startTime'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
          ${input(page, { id: 'endDate', name: 'endDate', type: 'date', label: t.t('org.form.endDate'), hint: t.t('org.form.dateHint'), value: f.endDate, error: e?.for('endDate') })}
          ${input(page, { id: 'endTime', name: 'endTime', label: t.t('org.form.endTime'), hint: t.t('org.form.timeHint'), value: f.endTime, error: e?.for('endTime'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
          ${select(page, { id: 'timeZone', name: 'timeZone', label: t.t('org.form.timeZone'), hint: t.t('org.form.timeZoneHint'), value: f.timeZone, error: e?.for('timeZone'), options: zoneOptions(page, f.timeZone) })}
        </fieldset>
        <fieldset class="field" aria-describedby="registration-window-hint">
          <legend>${t.t('org.form.regLegend')}</legend>
          <p class="hint" id="registration-window-hint">
            ${t.t('org.form.regHint')}
          </p>
          ${input(page, { id: 'regOpensDate', name: 'regOpensDate', type: 'date', label: t.t('org.form.regOpensDate'), hint: t.t('org.form.dateHint'), value: f.regOpensDate, error: e?.for('regOpensDate') })}
          ${input(page, { id: 'regOpensTime', name: 'regOpensTime', label: t.t('org.form.regOpensTime'), hint: t.t('org.form.timeHint'), value: f.regOpensTime, error: e?.for('regOpensTime'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
          ${input(page, { id: 'regClosesDate', name: 'regClosesDate', type: 'date', label: t.t('org.form.regClosesDate'), hint: t.t('org.form.dateHint'), value: f.regClosesDate, error: e?.for('regClosesDate') })}
          ${input(page, { id: 'regClosesTime', name: 'regClosesTime', label: t.t('org.form.regClosesTime'), hint: t.t('org.form.timeHint'), value: f.regClosesTime, error: e?.for('regClosesTime'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
        </fieldset>
        <fieldset class="field">
          <legend>${t.t('org.form.whereLegend')}</legend>
          ${input(page, { id: 'venueName', name: 'venueName', label: t.t('org.form.venueName'), hint: t.t('org.form.venueNameHint'), value: f.venueName, error: e?.for('venueName'), maxlength: 200 })}
          ${input(page, { id: 'venueAddress', name: 'venueAddress', label: t.t('org.form.venueAddress'), value: f.venueAddress, maxlength: 300, autocomplete: 'off' })}
          ${select(page, { id: 'placeId', name: 'placeId', label: t.t('org.form.place'), value: f.placeId, error: e?.for('placeId'), options: placeOptions(page, d.ref, t.t('org.form.placeNone')) })}
          ${input(page, { id: 'onlineUrl', name: 'onlineUrl', label: t.t('org.form.onlineUrl'), hint: t.t('org.form.onlineUrlHint'), value: f.onlineUrl, error: e?.for('onlineUrl'), maxlength: 500, spellcheck: false, autocomplete: 'url' })}
        </fieldset>
        ${input(page, { id: 'capacity', name: 'capacity', label: t.t('org.form.capacity'), hint: t.t('org.form.capacityHint'), value: f.capacity, error: e?.for('capacity'), short: true, inputmode: 'numeric', maxlength: 6 })}
        ${input(page, { id: 'quota', name: 'quota', label: t.t('org.form.quota'), hint: t.t('org.form.quotaHint'), value: f.quota, error: e?.for('quota'), short: true, inputmode: 'numeric', maxlength: 3 })}
        ${choices(page, { id: 'languages', name: 'languages', type: 'checkbox', legend: t.t('org.form.languages'), options: d.ref.languages.map((l) => ({ value: l.id, label: label(l.names, page.locale, l.id) })), checked: f.languages, error: e?.for('languages'), inline: true })}
        ${input(page, { id: 'interpretation', name: 'interpretation', label: t.t('org.form.interpretation'), hint: t.t('org.form.interpretationHint'), value: f.interpretation, error: e?.for('interpretation'), maxlength: 200 })}
        ${choices(page, { id: 'topics', name: 'topics', type: 'checkbox', legend: t.t('org.form.topics'), hint: t.t('org.form.topicsHint'), options: d.ref.topics.map((x) => ({ value: x.id, label: label(x.names, page.locale, x.id) })), checked: f.topics, error: e?.for('topics') })}
        ${textsFieldset(page, {
          prefix: 'description',
          legend: t.t('org.form.descriptionLegend'),
          hint: t.t('org.form.descriptionHint'),
          values: f.description,
          error: e?.for('description_en'),
        })}
        <div class="button-group">
          ${button(editing ? t.t('org.form.save') : t.t('org.form.create'))}
          <a href="${editing ? managePath(editing.id) : '/organiser/events'}"
            >${t.t('org.form.cancelEdit')}</a
          >
        </div>`,
    )}`,
  };
}

// ---- one event: overview and agenda ---------------------------------------------------------

function sessionFields(
  page: PageContext,
  e: EventView,
  f: SessionForm,
  errors: FormErrors | undefined,
): Html {
  const { t } = page;
  const zone = `${zoneName(e.timeZone, page.locale, new Date(e.startsAt!))} (${e.timeZone})`;
  return html`${input(page, { id: 'sessionTitle', name: 'sessionTitle', label: t.t('org.sessions.sessionTitle'), value: f.title, error: errors?.for('sessionTitle'), maxlength: 200 })}
    <p class="hint">${t.t('org.sessions.timesIn', { zone })}</p>
    ${input(page, { id: 'sessionDate', name: 'sessionDate', type: 'date', label: t.t('org.sessions.date'), hint: t.t('org.form.dateHint'), value: f.date, error: errors?.for('sessionDate') })}
    ${input(page, { id: 'sessionStart', name: 'sessionStart', label: t.t('org.sessions.startTime'), hint: t.t('org.form.timeHint'), value: f.startTime, error: errors?.for('sessionStart'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
    ${input(page, { id: 'sessionEnd', name: 'sessionEnd', label: t.t('org.sessions.endTime'), hint: t.t('org.form.timeHint'), value: f.endTime, error: errors?.for('sessionEnd'), short: true, inputmode: 'numeric', maxlength: 5, autocomplete: 'off' })}
    ${input(page, { id: 'hall', name: 'hall', label: t.t('org.sessions.hall'), hint: t.t('org.sessions.hallHint'), value: f.hall, error: errors?.for('hall'), maxlength: 100 })}
    ${textarea(page, { id: 'speakers', name: 'speakers', label: t.t('org.sessions.speakers'), hint: t.t('org.sessions.speakersHint'), value: f.speakers, error: errors?.for('speakers') })}`;
}

function agendaSection(
  page: PageContext,
  e: EventView,
  session: { form: SessionForm; errors?: FormErrors },
): Html {
  const { t } = page;
  const sessions = e.sessions ?? [];
  const editable = e.status !== 'cancelled';
  const days = new Map<string, SessionView[]>();
  for (const s of sessions) {
    const d = dayIn(s.startsAt!, e.timeZone);
    days.set(d, [...(days.get(d) ?? []), s]);
  }
  return html`<section aria-labelledby="agenda">
    <h2 id="agenda">${t.t('org.sessions.title')}</h2>
    <p class="hint">${zoneLine(page, e)}</p>
    ${sessions.length === 0 ? html`<p>${t.t('org.sessions.none')}</p>` : ''}
    ${[...days.values()].map(
      (list) =>
        html`<h3>${formatDate(list[0].startsAt!, e.timeZone, page.locale)}</h3>
          <ul class="card-list">
            ${list.map(
              (s) =>
                html`<li class="card" id="session-${s.id}">
                  <p>
                    <strong
                      ><time datetime="${s.startsAt ?? ''}"
                        >${formatTime(s.startsAt!, e.timeZone, page.locale)}</time
                      >–<time datetime="${s.endsAt ?? ''}"
                        >${formatTime(s.endsAt!, e.timeZone, page.locale)}</time
                      ></strong
                    >
                    ${s.title}
                  </p>
                  ${s.hall ? html`<p class="meta">${t.t('event.agenda.hall', { hall: s.hall })}</p>` : ''}
                  ${s.speakers.length ? html`<p class="meta">${t.t('event.agenda.speakers', { names: s.speakers.map((sp) => sp.name).join(', ') })}</p>` : ''}
                  ${
                    editable
                      ? postForm(
                          page,
                          `${managePath(e.id)}/sessions/${s.id}/remove`,
                          html`<p class="button-group">
                            <a href="${managePath(e.id)}/sessions/${s.id}"
                              >${t.t('org.sessions.edit')}<span
                                class="visually-hidden"
                              >
                                ${s.title}</span
                              ></a
                            >
                            <button type="submit" class="link">
                              ${t.t('org.sessions.remove')}<span
                                class="visually-hidden"
                              >
                                ${s.title}</span
                              >
                            </button>
                          </p>`,
                        )
                      : ''
                  }
                </li>`,
            )}
          </ul>`,
    )}
    ${
      editable
        ? html`<h3 id="add-session">${t.t('org.sessions.addTitle')}</h3>
            ${postForm(page, `${managePath(e.id)}/sessions`, html`${sessionFields(page, e, session.form, session.errors)}${button(t.t('org.sessions.add'), 'secondary')}`)}`
        : ''
    }
  </section>`;
}

export function eventManagePage(
  page: PageContext,
  d: {
    event: EventView;
    ref: Reference;
    waiting: number;
    session: { form: SessionForm; errors?: FormErrors; status?: number };
  },
): PageContent {
  const { t } = page;
  const e = d.event;
  const title = eventTitle(page, e);
  const place = eventPlace(page, e, d.ref);
  const explain =
    e.status === 'draft'
      ? t.t('org.event.draftExplain')
      : e.status === 'published'
        ? t.t('org.event.publishedExplain')
        : e.status === 'cancelled'
          ? t.t('org.event.cancelledExplain')
          : t.t('org.event.endedExplain');
  const where = [e.venue?.name, e.venue?.address, place, e.onlineUrl]
    .filter(Boolean)
    .join(' · ');
  return {
    title: title.text,
    heading: false,
    url: managePath(e.id),
    status: d.session.status,
    body: html`${errorSummary(page, d.session.errors)}
      ${titleHeading(page, e, t.t('org.event.caption'))}
      <p>${statusTag(page, e)} ${explain}</p>
      ${summaryList([
        [t.t('events.kind'), kindLabel(page, e.kind)],
        [
          t.t('event.when'),
          html`${eventWhen(page, e)}<br /><span class="meta"
              >${zoneLine(page, e)}</span
            >`,
        ],
        [t.t('event.where'), where || t.t('event.whereUnknown')],
        [
          t.t('event.languages'),
          languageList(page, e.languages, d.ref) ||
            t.t('event.languagesUnknown'),
        ],
        [
          t.t('event.seats'),
          html`${t.t('org.event.places', { taken: e.seatsTaken, capacity: e.capacity })}${d.waiting ? html`<br /><span class="meta">${t.n('org.event.waiting', d.waiting)}</span>` : ''}`,
        ],
      ])}
      <h2>${t.t('org.event.actions')}</h2>
      <ul class="actions">
        ${e.status !== 'cancelled' ? html`<li><a href="${managePath(e.id)}/edit">${t.t('org.event.edit')}</a></li>` : ''}
        <li>
          <a href="${managePath(e.id)}/registrations"
            >${t.t('org.event.registrations')}</a
          >
        </li>
        ${e.status !== 'draft' ? html`<li><a href="/events/${e.id}">${t.t('org.event.publicPage')}</a></li>` : ''}
        ${e.status !== 'cancelled' ? html`<li><a href="${managePath(e.id)}/cancel">${t.t('org.event.cancel')}</a></li>` : ''}
      </ul>
      ${e.status === 'draft' ? postForm(page, `${managePath(e.id)}/publish`, button(t.t('org.event.publish'))) : ''}
      ${agendaSection(page, e, d.session)}
      <p><a href="/organiser/events">${t.t('org.event.back')}</a></p>`,
  };
}

export function sessionEditPage(
  page: PageContext,
  d: {
    event: EventView;
    session: SessionView;
    form: SessionForm;
    errors?: FormErrors;
    status?: number;
  },
): PageContent {
  const { t } = page;
  const e = d.event;
  const path = `${managePath(e.id)}/sessions/${d.session.id}`;
  return {
    title: t.t('org.sessions.editTitle'),
    url: path,
    status: d.status,
    body: html`${errorSummary(page, d.errors)}
      <p class="lead">${inLang(page, eventTitle(page, e))}</p>
      ${postForm(
        page,
        path,
        html`${sessionFields(page, e, d.form, d.errors)}
          <div class="button-group">
            ${button(t.t('org.sessions.save'))}
            <a href="${managePath(e.id)}#agenda"
              >${t.t('org.sessions.backToEvent')}</a
            >
          </div>`,
      )}`,
  };
}

export function cancelEventPage(
  page: PageContext,
  e: EventView,
  affected: number,
): PageContent {
  const { t } = page;
  return {
    title: t.t('org.cancel.title'),
    url: `${managePath(e.id)}/cancel`,
    body: html`<p class="lead">${inLang(page, eventTitle(page, e))}</p>
      <p>${eventWhen(page, e)}</p>
      <div class="warning">${t.t('org.cancel.warning')}</div>
      <p>${t.t('org.cancel.what')}</p>
      <p>${t.n('org.cancel.affected', affected)}</p>
      ${postForm(
        page,
        `${managePath(e.id)}/cancel`,
        html`<div class="button-group">
          ${button(t.t('org.cancel.confirm'), 'warning')}
          <a href="${managePath(e.id)}">${t.t('org.cancel.keep')}</a>
        </div>`,
      )}`,
  };
}

// ---- registrations --------------------------------------------------------------------------

/** People shown per list: a page stays under 100 KB; the search finds the others. */
export const LIST_LIMIT = 50;

export function registrationsPage(
  page: PageContext,
  e: EventView,
  rows: RegistrationRow[],
  q = '',
): PageContent {
  const { t } = page;
  const confirmedAll = rows.filter((r) => r.status === 'confirmed');
  const waitingAll = rows.filter((r) => r.status === 'waitlisted');
  const cancelled = rows.filter((r) => r.status === 'cancelled');
  const checkedIn = confirmedAll.filter((r) => r.checkedIn).length;
  const wanted = foldForSearch(q);
  const matches = (r: RegistrationRow) =>
    !wanted ||
    foldForSearch(`${r.displayName} ${r.email ?? ''}`).includes(wanted);
  const confirmedFound = confirmedAll.filter(matches);
  const waitingFound = waitingAll.filter(matches);
  const confirmed = confirmedFound.slice(0, LIST_LIMIT);
  const waiting = waitingFound.slice(0, LIST_LIMIT);
  const capped = (shown: number, count: number) =>
    count > shown
      ? html`<p class="hint">${t.t('org.regs.capped', { shown, count })}</p>`
      : '';
  const path = `${managePath(e.id)}/registrations`;
  const when = (r: RegistrationRow) =>
    html`<time datetime="${r.registeredAt}"
      >${formatShort(r.registeredAt, e.timeZone, page.locale)}</time
    >`;
  const name = (r: RegistrationRow) =>
    r.email === null ? t.t('org.regs.deleted') : r.displayName;
  const email = (r: RegistrationRow) =>
    r.email ? html`<a href="mailto:${r.email}">${r.email}</a>` : '';
  // one line per form: a list of a hundred people is mostly these
  const checkIn = (r: RegistrationRow) =>
    r.checkedIn
      ? tag(t.t('org.regs.isCheckedIn'), 'green')
      : html`<form method="post" action="${path}/${r.id}/check-in">
          ${csrfField(page)}${q ? html`<input type="hidden" name="q" value="${q}" />` : ''}<button
            type="submit"
            class="button secondary"
          >
            ${t.t('org.regs.checkInButton')}<span class="visually-hidden">
              ${name(r)}</span
            >
          </button>
        </form>`;
  return {
    title: t.t('org.regs.title'),
    heading: false,
    url: `${managePath(e.id)}/registrations`,
    body: html`${titleHeading(page, e, t.t('org.regs.title'))}
      <p>${statusTag(page, e)} ${eventWhen(page, e)}</p>
      <h2>${t.t('org.regs.numbers')}</h2>
      ${summaryList([
        [
          t.t('org.regs.confirmed'),
          t.t('org.regs.ofCapacity', {
            count: confirmedAll.length,
            capacity: e.capacity,
          }),
        ],
        [t.t('org.regs.waiting'), String(waitingAll.length)],
        [t.t('org.regs.checkedIn'), String(checkedIn)],
        [t.t('org.regs.cancelled'), String(cancelled.length)],
      ])}
      <h2>${t.t('org.regs.exportTitle')}</h2>
      <p class="hint" id="export-hint">${t.t('org.regs.exportHint')}</p>
      <p>
        <a
          class="button secondary"
          href="/api/events/${e.id}/registrations.csv"
          download
          aria-describedby="export-hint"
          >${t.t('org.regs.export')}</a
        >
      </p>
      <form method="get" action="${path}" role="search" class="filters">
        ${input(page, { id: 'q', name: 'q', type: 'search', label: t.t('org.regs.search'), hint: t.t('org.regs.searchHint'), value: q, maxlength: 100, autocomplete: 'off', spellcheck: false })}
        <div class="button-group">
          <button type="submit" class="button secondary">
            ${t.t('org.regs.searchButton')}
          </button>
          ${q ? html`<a href="${path}">${t.t('org.regs.showAll')}</a>` : ''}
        </div>
      </form>
      ${q ? html`<p>${t.t('org.regs.matching', { q })}</p>` : ''}
      <h2 id="confirmed">${t.t('org.regs.confirmedTitle')}</h2>
      ${capped(confirmed.length, confirmedFound.length)}
      ${
        confirmed.length
          ? html`<ul class="card-list">
              ${confirmed.map(
                (r) =>
                  html`<li class="card" id="reg-${r.id}">
                    <h3>${name(r)}</h3>
                    ${r.email ? html`<p class="meta">${email(r)}</p>` : ''}
                    <div>${checkIn(r)}</div>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.t('org.regs.noneConfirmed')}</p>`
      }
      <h2 id="waiting">${t.t('org.regs.waitingTitle')}</h2>
      <p>${t.t('org.regs.waitingExplain')}</p>
      ${capped(waiting.length, waitingFound.length)}
      ${
        waiting.length
          ? html`<ol class="card-list">
              ${waiting.map(
                (r) =>
                  html`<li class="card">
                    <h3>${r.waitlistPosition ?? ''}. ${name(r)}</h3>
                    ${r.email ? html`<p class="meta">${email(r)}</p>` : ''}
                    <p class="meta">
                      ${t.t('org.regs.registeredAt')}: ${when(r)}
                    </p>
                  </li>`,
              )}
            </ol>`
          : html`<p>${t.t('org.regs.noneWaiting')}</p>`
      }
      ${
        cancelled.length
          ? html`<details>
              <summary>
                ${t.t('org.regs.cancelledTitle')} (${cancelled.length})
              </summary>
              <ul>
                ${cancelled.map((r) => html`<li>${name(r)}</li>`)}
              </ul>
            </details>`
          : ''
      }
      <p>
        <a href="${managePath(e.id)}">${t.t('org.sessions.backToEvent')}</a>
      </p>`,
  };
}
