import { isOrganiserOf } from '../../auth/actor.js';
import { EVENT_KINDS } from '../../events/entities/event.entity.js';
import type { EventView } from '../../events/views.js';
import {
  button,
  errorSummary,
  input,
  postForm,
  select,
  summaryList,
  tag,
  type FormErrors,
  type Option,
} from '../components.js';
import { dayIn, formatDate, formatTime, label, pickText } from '../format.js';
import { html, type Html } from '../html.js';
import type { PageContent } from '../layout.js';
import type { PageContext } from '../page-context.js';
import {
  availabilityTag,
  eventCard,
  eventPlace,
  eventTitle,
  eventWhen,
  inLang,
  kindLabel,
  languageList,
  zoneLine,
  type Reference,
} from './event-parts.js';

export function homePage(
  page: PageContext,
  upcoming: EventView[],
  ref: Reference,
): PageContent {
  const { t } = page;
  return {
    title: t.t('home.title'),
    heading: false,
    body: html`<h1>${t.t('home.heading')}</h1>
      <p class="lead">${t.t('home.lead')}</p>
      <p>${t.t('home.who')}</p>
      ${
        page.actor
          ? html`<p>
              <a href="/me/events" class="button">${t.t('home.myEvents')}</a>
            </p>`
          : html`<p class="button-group">
              <a href="/signup" class="button">${t.t('home.signUp')}</a>
              <a href="/login">${t.t('home.signIn')}</a>
            </p>`
      }
      <h2>${t.t('home.howTitle')}</h2>
      <ol>
        <li>${t.t('home.how1')}</li>
        <li>${t.t('home.how2')}</li>
        <li>${t.t('home.how3')}</li>
      </ol>
      <h2>${t.t('home.upcoming')}</h2>
      ${
        upcoming.length
          ? html`<ul class="card-list">
              ${upcoming.map((e) => eventCard(page, e, ref))}
            </ul>`
          : html`<p>${t.t('home.noEvents')}</p>`
      }
      <p><a href="/events">${t.t('home.allEvents')}</a></p>`,
  };
}

export interface EventFilters {
  q?: string;
  kind?: string;
  placeId?: string;
  language?: string;
  organisationId?: string;
  from?: string;
  to?: string;
  page: number;
}

function placeOptions(
  page: PageContext,
  ref: Reference,
  empty: string,
): (Option | { label: string; options: Option[] })[] {
  const byCountry = (c: string) =>
    ref.places
      .filter((p) => p.country === c)
      .map((p) => ({ value: p.id, label: placeLabel(page, p) }))
      .sort((a, b) => a.label.localeCompare(b.label, page.t.intlLocale));
  return [
    { value: '', label: empty },
    { label: page.t.t('place.kosovo'), options: byCountry('XK') },
    { label: page.t.t('place.serbia'), options: byCountry('RS') },
  ];
}

export function placeLabel(
  page: PageContext,
  p: { names: Record<string, string>; country: string },
): string {
  // in lists, only the reader's form: the event page shows both
  const n = p.names;
  if (page.locale === 'en') return n.en ?? n.sq ?? n['sr-Latn'];
  return n[page.locale] ?? n.en;
}

export { placeOptions };

export function eventsPage(
  page: PageContext,
  filters: EventFilters,
  result: { items: EventView[]; total: number; pageSize: number },
  ref: Reference,
  errors: FormErrors,
): PageContent {
  const { t } = page;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters))
      if (k !== 'page' && v) params.set(k, String(v));
    if (p > 1) params.set('page', String(p));
    const s = params.toString();
    return s ? `/events?${s}` : '/events';
  };
  const anyFilter = Object.entries(filters).some(([k, v]) => k !== 'page' && v);
  // the filters beyond the search box fold away on small screens, open when in use
  const moreOpen =
    !errors.empty ||
    Object.entries(filters).some(([k, v]) => !['page', 'q'].includes(k) && v);
  return {
    title: t.t('events.title'),
    body: html`${errorSummary(page, errors)}
      <form
        method="get"
        action="/events"
        class="filters"
        role="search"
        aria-label="${t.t('events.filtersLabel')}"
      >
        ${input(page, { id: 'q', name: 'q', type: 'search', label: t.t('events.search'), hint: t.t('events.searchHint'), value: filters.q, error: errors.for('q'), maxlength: 100 })}
        <details${moreOpen ? html` open` : ''}>
          <summary>${t.t('events.moreFilters')}</summary>
          <div class="filters-grid">
          ${select(page, { id: 'kind', name: 'kind', label: t.t('events.kind'), value: filters.kind, error: errors.for('kind'), options: [{ value: '', label: t.t('events.anyKind') }, ...EVENT_KINDS.map((k) => ({ value: k, label: kindLabel(page, k) }))] })}
          ${select(page, { id: 'placeId', name: 'placeId', label: t.t('events.place'), value: filters.placeId, error: errors.for('placeId'), options: placeOptions(page, ref, t.t('events.anyPlace')) })}
          ${select(page, { id: 'language', name: 'language', label: t.t('events.language'), value: filters.language, error: errors.for('language'), options: [{ value: '', label: t.t('events.anyLanguage') }, ...ref.languages.map((l) => ({ value: l.id, label: label(l.names, page.locale, l.id) }))] })}
          ${select(page, { id: 'organisationId', name: 'organisationId', label: t.t('events.organisation'), value: filters.organisationId, error: errors.for('organisationId'), options: [{ value: '', label: t.t('events.anyOrganisation') }, ...ref.organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` }))] })}
          ${input(page, { id: 'from', name: 'from', type: 'date', label: t.t('events.from'), value: filters.from, error: errors.for('from') })}
          ${input(page, { id: 'to', name: 'to', type: 'date', label: t.t('events.to'), value: filters.to, error: errors.for('to') })}
          </div>
        </details>
        <div class="button-group">
          <button type="submit" class="button">${t.t('events.apply')}</button
          >${anyFilter ? html` <a href="/events">${t.t('events.clear')}</a>` : ''}
        </div>
      </form>
      <h2>${t.n('events.found', result.total)}</h2>
      ${
        result.items.length
          ? html`<ul class="card-list">
              ${result.items.map((e) => eventCard(page, e, ref))}
            </ul>`
          : html`<p>
              ${anyFilter ? t.t('events.noneMatch') : t.t('events.none')}
            </p>`
      }
      ${
        pages > 1
          ? html`<nav
              class="pagination"
              aria-label="${t.t('events.pagination')}"
            >
              ${filters.page > 1 ? html`<a href="${query(filters.page - 1)}" rel="prev">${t.t('events.previous')}</a>` : html`<span></span>`}
              <span
                >${t.t('events.pageOf', { page: String(filters.page), pages: String(pages) })}</span
              >
              ${filters.page < pages ? html`<a href="${query(filters.page + 1)}" rel="next">${t.t('events.next')}</a>` : html`<span></span>`}
            </nav>`
          : ''
      }`,
  };
}

export type EventWithMine = EventView & {
  myRegistration: {
    status: 'confirmed' | 'waitlisted' | 'cancelled';
    waitlistPosition?: number | null;
  } | null;
};

/** A registration time as the event's zone shows it: "12 May 2027 09:30". */
function regTime(page: PageContext, e: EventView, at: string): string {
  return `${formatDate(at, e.timeZone, page.locale)} ${formatTime(at, e.timeZone, page.locale)}`;
}

/** The registration window, when the organisers set one; '' when registration is not limited. */
function registrationWindow(page: PageContext, e: EventView): string {
  const { t } = page;
  const { opensAt, closesAt } = e.registration;
  if (opensAt && closesAt)
    return t.t('event.regWindow.both', {
      opens: regTime(page, e, opensAt),
      closes: regTime(page, e, closesAt),
    });
  if (opensAt)
    return t.t('event.regWindow.opens', { opens: regTime(page, e, opensAt) });
  if (closesAt)
    return t.t('event.regWindow.closes', {
      closes: regTime(page, e, closesAt),
    });
  return '';
}

function registrationPanel(page: PageContext, e: EventWithMine): Html {
  const { t } = page;
  const mine = e.myRegistration;
  const here = `/events/${e.id}`;
  const closes = e.registration.closesAt;
  const closesLine = closes
    ? html`<p>
        ${t.t('event.reg.closesOn', { date: regTime(page, e, closes) })}
      </p>`
    : '';
  let content: Html;
  if (e.status === 'cancelled')
    content = html`<p>${t.t('event.reg.cancelled')}</p>`;
  else if (e.status === 'completed')
    content = html`<p>${t.t('event.reg.over')}</p>`;
  else if (mine?.status === 'confirmed')
    content = html`<p>${tag(t.t('reg.confirmed'), 'green')}</p>
      <p>${t.t('event.reg.youHavePlace')}</p>
      <p><a href="${here}/cancel">${t.t('event.reg.cancelLink')}</a></p>`;
  else if (mine?.status === 'waitlisted')
    content = html`<p>${tag(t.t('reg.waitlisted'), 'yellow')}</p>
      <p>
        ${t.t('event.reg.waitingNumber', { position: String(mine.waitlistPosition ?? '?') })}
      </p>
      <p>${t.t('event.reg.waitingHow')}</p>
      <p><a href="${here}/cancel">${t.t('event.reg.leaveLink')}</a></p>`;
  else if (!e.registration.open) {
    const opens = e.registration.opensAt;
    content = html`<p>
      ${
        opens && new Date(opens) > new Date()
          ? t.t('event.reg.opensOn', { date: regTime(page, e, opens) })
          : t.t('event.reg.closed')
      }
    </p>`;
  } else if (!page.actor)
    content = html`<p>${t.t('event.reg.signInFirst')}</p>
      <p class="button-group">
        <a class="button" href="/login?next=${encodeURIComponent(here)}"
          >${t.t('event.reg.signIn')}</a
        >
        <a href="/signup">${t.t('event.reg.createAccount')}</a>
      </p>`;
  else if (page.actor.role !== 'participant')
    content = html`<p>${t.t('event.reg.participantsOnly')}</p>`;
  else if (e.seatsLeft > 0)
    content = postForm(
      page,
      `${here}/register`,
      html`${closesLine}
        <p>${t.n('event.seatsLeft', e.seatsLeft)}</p>
        ${button(t.t('event.reg.register'))}`,
    );
  else
    content = postForm(
      page,
      `${here}/register`,
      html`${closesLine}
        <p>${t.t('event.reg.fullExplain')}</p>
        ${button(t.t('event.reg.joinWaitlist'))}`,
    );
  return html`<section
    class="panel"
    id="registration"
    aria-labelledby="registration-title"
    tabindex="-1"
  >
    <h2 id="registration-title">${t.t('event.reg.title')}</h2>
    ${content}
  </section>`;
}

function calendarPanel(page: PageContext, e: EventView): Html {
  const { t } = page;
  if (e.status === 'cancelled' || e.status === 'completed') return html``;
  // in the reader's language: a calendar app fetching the feed later sends none of our cookies
  const file = `/api/events/${e.id}/calendar.ics?lang=${page.locale}`;
  const webcal = `${page.publicUrl.replace(/^https?:/, 'webcal:')}${file}`;
  return html`<section class="panel" aria-labelledby="calendar-title">
    <h2 id="calendar-title">${t.t('event.cal.title')}</h2>
    <h3><a href="${file}" download>${t.t('event.cal.add')}</a></h3>
    <p class="hint">${t.t('event.cal.addHint')}</p>
    <h3><a href="${webcal}">${t.t('event.cal.subscribe')}</a></h3>
    <p class="hint">${t.t('event.cal.subscribeHint')}</p>
  </section>`;
}

/**
 * Rooms are for the event's confirmed participants and its organisers (the rooms module decides
 * again on entry); others see no link to a door they cannot open.
 */
function mayEnterRooms(page: PageContext, e: EventWithMine): boolean {
  if (e.status === 'cancelled' || !e.roomId) return false;
  return (
    e.myRegistration?.status === 'confirmed' ||
    isOrganiserOf(page.actor, e.organisation.id)
  );
}

function roomPanel(page: PageContext, e: EventWithMine): Html {
  const { t } = page;
  if (!mayEnterRooms(page, e)) return html``;
  return html`<section class="panel" aria-labelledby="room-title">
    <h2 id="room-title">${t.t('live.event.roomTitle')}</h2>
    <p class="hint">${t.t('live.event.roomHint')}</p>
    <p>
      <a class="button" href="/rooms/${e.roomId!}"
        >${t.t('live.event.roomLink')}</a
      >
    </p>
  </section>`;
}

function agenda(page: PageContext, e: EventWithMine): Html {
  const rooms = mayEnterRooms(page, e);
  const { t } = page;
  const sessions = e.sessions ?? [];
  if (sessions.length === 0) return html``;
  const days = new Map<string, typeof sessions>();
  for (const s of sessions) {
    const d = dayIn(s.startsAt!, e.timeZone);
    days.set(d, [...(days.get(d) ?? []), s]);
  }
  return html`<h2 id="agenda">${t.t('event.agenda')}</h2>
    <p class="hint">${zoneLine(page, e)}</p>
    ${[...days.values()].map(
      (list) =>
        html`<div class="table-scroll">
          <table class="agenda">
            <caption>
              ${formatDate(list[0].startsAt!, e.timeZone, page.locale)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.t('event.agenda.time')}</th>
                <th scope="col">${t.t('event.agenda.session')}</th>
              </tr>
            </thead>
            <tbody>
              ${list.map(
                (s) =>
                  html`<tr>
                    <td class="time">
                      <time datetime="${s.startsAt ?? ''}"
                        >${formatTime(s.startsAt!, e.timeZone, page.locale)}</time
                      >–<time datetime="${s.endsAt ?? ''}"
                        >${formatTime(s.endsAt!, e.timeZone, page.locale)}</time
                      >
                    </td>
                    <td>
                      <strong>${s.title}</strong
                      >${s.hall ? html`<br /><span class="meta">${t.t('event.agenda.hall', { hall: s.hall })}</span>` : ''}${s.speakers.length ? html`<br /><span class="meta">${t.t('event.agenda.speakers', { names: s.speakers.map((sp) => sp.name).join(', ') })}</span>` : ''}${rooms && s.roomId ? html`<br /><a href="/rooms/${s.roomId}">${t.t('live.event.sessionRoom')}</a>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    )}`;
}

function paragraphs(text: string): Html[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
}

export function eventPage(
  page: PageContext,
  e: EventWithMine,
  ref: Reference,
  errors?: FormErrors,
): PageContent {
  const { t } = page;
  const title = eventTitle(page, e);
  const description = pickText(e.description, page.locale);
  const place = eventPlace(page, e, ref);
  const org = ref.organisations.find((o) => o.id === e.organisation.id);
  const where: Html[] = [];
  if (e.venue?.name) where.push(html`${e.venue.name}`);
  if (e.venue?.address) where.push(html`${e.venue.address}`);
  if (place) where.push(html`${place}`);
  if (e.onlineUrl)
    where.push(
      html`${t.t('event.onlineAt')}
        <a href="${e.onlineUrl}" rel="noopener noreferrer">${e.onlineUrl}</a>`,
    );
  const topics = e.topics
    .map((id) =>
      label(ref.topics.find((x) => x.id === id)?.names, page.locale, id),
    )
    .join(', ');
  return {
    title: title.text,
    heading: false,
    url: `/events/${e.id}`,
    status: errors && !errors.empty ? 409 : 200,
    body: html`${errorSummary(page, errors)}
<span class="caption">${kindLabel(page, e.kind)}</span>
<h1${title.lang !== page.locale ? html` lang="${title.lang}"` : ''}>${title.text}</h1>
<p>${availabilityTag(page, e)}</p>
${summaryList([
  [
    t.t('event.when'),
    html`${eventWhen(page, e)}<br /><span class="meta"
        >${zoneLine(page, e)}</span
      >`,
  ],
  [
    t.t('event.where'),
    where.length
      ? html`${where.map((w, i) => html`${i ? html`<br />` : ''}${w}`)}`
      : t.t('event.whereUnknown'),
  ],
  [
    t.t('event.languages'),
    html`${languageList(page, e.languages, ref) || t.t('event.languagesUnknown')}${e.interpretation ? html`<br /><span class="meta">${t.t('event.interpretation')}: ${e.interpretation}</span>` : ''}`,
  ],
  [t.t('event.organiser'), org ? `${org.name} (${org.shortName})` : ''],
  ...(registrationWindow(page, e)
    ? [
        [t.t('event.registration'), registrationWindow(page, e)] as [
          string,
          string,
        ],
      ]
    : []),
  ...(topics ? [[t.t('event.topics'), topics] as [string, string]] : []),
  [
    t.t('event.seats'),
    t.t('event.seatsOf', {
      left: String(e.seatsLeft),
      capacity: String(e.capacity),
    }),
  ],
])}
${registrationPanel(page, e)}
${roomPanel(page, e)}
${description ? html`<h2>${t.t('event.about')}</h2><div${description.lang !== page.locale ? html` lang="${description.lang}"` : ''}>${paragraphs(description.text)}</div>` : ''}
${agenda(page, e)}
${calendarPanel(page, e)}
<p><a href="/events">${t.t('event.back')}</a></p>`,
  };
}

export function cancelPage(page: PageContext, e: EventWithMine): PageContent {
  const { t } = page;
  const title = eventTitle(page, e);
  const waitlisted = e.myRegistration?.status === 'waitlisted';
  return {
    title: waitlisted ? t.t('cancel.titleWaitlist') : t.t('cancel.title'),
    url: `/events/${e.id}/cancel`,
    body: html`<p class="lead">${inLang(page, title)}</p>
      <p>${eventWhen(page, e)}</p>
      <div class="warning">
        ${waitlisted ? t.t('cancel.warningWaitlist') : t.t('cancel.warning')}
      </div>
      ${postForm(page, `/events/${e.id}/cancel`, html`<div class="button-group">${button(waitlisted ? t.t('cancel.confirmWaitlist') : t.t('cancel.confirm'), 'warning')} <a href="/events/${e.id}">${t.t('cancel.keep')}</a></div>`)}`,
  };
}
