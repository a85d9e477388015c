import type { EventView } from '../../events/views.js';
import type { ReferenceService } from '../../reference/reference.service.js';
import { tag } from '../components.js';
import {
  formatRange,
  formatShort,
  label,
  pickText,
  placeName,
  zoneName,
} from '../format.js';
import { html, type Html } from '../html.js';
import type { TextKey } from '../i18n/translator.js';
import type { PageContext } from '../page-context.js';

/** The reference data (organisations, communities, topics, languages, places) as the API gives it. */
export type Reference = Awaited<ReturnType<ReferenceService['all']>>;

/** Text in another language than the page's gets its own lang attribute. */
export function inLang(
  page: PageContext,
  text: { text: string; lang: string } | undefined,
  fallback = '',
) {
  if (!text) return html`${fallback}`;
  return text.lang === page.locale
    ? html`${text.text}`
    : html`<span lang="${text.lang}">${text.text}</span>`;
}

export function eventTitle(page: PageContext, e: EventView) {
  return (
    pickText(e.title, page.locale) ?? {
      text: page.t.t('event.untitled'),
      lang: page.locale,
    }
  );
}

export function kindLabel(page: PageContext, kind: string): string {
  const key = `kind.${kind}`;
  return page.t.has(key) ? page.t.t(key as TextKey) : kind;
}

export function eventPlace(
  page: PageContext,
  e: EventView,
  ref?: Reference,
): string {
  const p = e.venue?.place;
  if (!p) return '';
  const country = ref?.places.find((x) => x.id === p.id)?.country;
  return placeName({ names: p.names, country }, page.locale);
}

export function eventWhen(page: PageContext, e: EventView): Html {
  return html`<time datetime="${e.startsAt ?? ''}"
    >${formatRange(e.startsAt!, e.endsAt!, e.timeZone, page.locale)}</time
  >`;
}

export function zoneLine(page: PageContext, e: EventView): string {
  return page.t.t('event.timesIn', {
    zone: zoneName(e.timeZone, page.locale, new Date(e.startsAt!)),
    tz: e.timeZone,
  });
}

/** "Full", "5 seats left", "Cancelled", "Ended". */
export function availabilityTag(page: PageContext, e: EventView): Html {
  const { t } = page;
  if (e.status === 'cancelled')
    return tag(t.t('event.status.cancelled'), 'red');
  if (e.status === 'completed')
    return tag(t.t('event.status.completed'), 'grey');
  if (e.seatsLeft === 0) return tag(t.t('event.full'), 'yellow');
  return tag(t.n('event.seatsLeft', e.seatsLeft), 'green');
}

export function eventCard(
  page: PageContext,
  e: EventView,
  ref: Reference,
  /** in place of the seats left: the reader's own registration and what they can do */
  status?: Html,
): Html {
  const title = eventTitle(page, e);
  const place = eventPlace(page, e, ref);
  return html`<li class="card">
    <h3>
      <a
        href="/events/${e.id}"
        ${title.lang !== page.locale ? html` lang="${title.lang}"` : ''}
        >${title.text}</a
      >
    </h3>
    <p class="meta">
      ${kindLabel(page, e.kind)} ·
      ${formatShort(e.startsAt!, e.timeZone, page.locale)}${place ? html` · ${place}` : e.onlineUrl ? html` · ${page.t.t('event.online')}` : ''}
    </p>
    <p class="meta">${status ?? availabilityTag(page, e)}</p>
  </li>`;
}

export function languageList(
  page: PageContext,
  codes: string[],
  ref: Reference,
): string {
  return codes
    .map((c) =>
      label(ref.languages.find((l) => l.id === c)?.names, page.locale, c),
    )
    .join(', ');
}
