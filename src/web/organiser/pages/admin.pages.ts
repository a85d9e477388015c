import {
  button,
  choices,
  errorSummary,
  input,
  postForm,
  summaryList,
  type FormErrors,
} from '../../components.js';
import { html, type Html } from '../../html.js';
import { LOCALE_NAMES, LOCALES } from '../../i18n/locales.js';
import type { PageContent } from '../../layout.js';
import type { PageContext } from '../../page-context.js';
import type { Reference } from '../../pages/event-parts.js';

export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string;
  country: string;
  base: string | null;
  website: string | null;
}

export interface OrganiserRow {
  id: string;
  displayName: string;
  email: string;
}

/** The admin's own menu: organisations (with their organisers) and reference data. */
function adminNav(page: PageContext, current: 'orgs' | 'ref'): Html {
  const { t } = page;
  const link = (href: string, text: string, here: boolean) =>
    html`<li>
      <a href="${href}" ${here ? html` aria-current="page"` : ''}>${text}</a>
    </li>`;
  return html`<nav aria-label="${t.t('admin.sections')}" class="subnav">
    <ul>
      ${link('/admin/organisations', t.t('admin.orgs.title'), current === 'orgs')}
      ${link('/admin/reference', t.t('admin.ref.title'), current === 'ref')}
    </ul>
  </nav>`;
}

const countryName = (page: PageContext, c: string) =>
  c === 'XK'
    ? page.t.t('place.kosovo')
    : c === 'RS'
      ? page.t.t('place.serbia')
      : c;

const safeWebsite = (url: string | null) =>
  url && /^https?:\/\//i.test(url) ? url : null;

export function organisationsPage(
  page: PageContext,
  d: {
    organisations: OrganisationRow[];
    errors?: FormErrors;
    posted?: Record<string, string>;
  },
): PageContent {
  const { t } = page;
  const e = d.errors;
  const p = d.posted ?? {};
  return {
    title: t.t('admin.orgs.title'),
    url: '/admin/organisations',
    status: e && !e.empty ? 400 : 200,
    body: html`${errorSummary(page, e)} ${adminNav(page, 'orgs')}
      ${
        d.organisations.length
          ? html`<div
              class="table-scroll"
              role="region"
              tabindex="0"
              aria-label="${t.t('admin.orgs.title')}"
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.t('admin.orgs.shortName')}</th>
                    <th scope="col">${t.t('admin.orgs.name')}</th>
                    <th scope="col">${t.t('admin.orgs.country')}</th>
                    <th scope="col">${t.t('admin.orgs.organisers')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.organisations.map(
                    (o) =>
                      html`<tr>
                        <th scope="row">${o.shortName}</th>
                        <td>${o.name}</td>
                        <td>${countryName(page, o.country)}</td>
                        <td>
                          <a href="/admin/organisations/${o.id}"
                            >${t.t('admin.orgs.organisers')}<span
                              class="visually-hidden"
                            >
                              ${o.shortName}</span
                            ></a
                          >
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t.t('admin.orgs.none')}</p>`
      }
      <h2 id="add-organisation">${t.t('admin.orgs.addTitle')}</h2>
      ${postForm(
        page,
        '/admin/organisations',
        html`${input(page, { id: 'name', name: 'name', label: t.t('admin.orgs.name'), hint: t.t('admin.orgs.nameHint'), value: p.name, error: e?.for('name'), maxlength: 200, autocomplete: 'organization' })}
        ${input(page, { id: 'shortName', name: 'shortName', label: t.t('admin.orgs.shortName'), hint: t.t('admin.orgs.shortNameHint'), value: p.shortName, error: e?.for('shortName'), maxlength: 20, short: true, autocomplete: 'off', spellcheck: false })}
        ${choices(page, {
          id: 'country',
          name: 'country',
          type: 'radio',
          legend: t.t('admin.orgs.country'),
          options: [
            { value: 'XK', label: t.t('place.kosovo') },
            { value: 'RS', label: t.t('place.serbia') },
          ],
          checked: p.country ? [p.country] : [],
          error: e?.for('country'),
          inline: true,
        })}
        ${input(page, { id: 'base', name: 'base', label: t.t('admin.orgs.baseLabel'), hint: t.t('admin.orgs.baseHint'), value: p.base, error: e?.for('base'), maxlength: 100 })}
        ${input(page, { id: 'website', name: 'website', label: t.t('admin.orgs.websiteLabel'), hint: t.t('admin.orgs.websiteHint'), value: p.website, error: e?.for('website'), maxlength: 300, spellcheck: false, autocomplete: 'url' })}
        ${button(t.t('admin.orgs.add'))}`,
      )}`,
  };
}

export function organisationPage(
  page: PageContext,
  d: {
    organisation: OrganisationRow;
    organisers: OrganiserRow[];
    errors?: FormErrors;
    posted?: Record<string, string>;
  },
): PageContent {
  const { t } = page;
  const o = d.organisation;
  const e = d.errors;
  const p = d.posted ?? {};
  const website = safeWebsite(o.website);
  return {
    title: o.name,
    heading: false,
    url: `/admin/organisations/${o.id}`,
    status: e && !e.empty ? 400 : 200,
    body: html`${errorSummary(page, e)} ${adminNav(page, 'orgs')}
      <span class="caption">${t.t('admin.org.caption')}</span>
      <h1>${o.name}</h1>
      ${summaryList([
        [t.t('admin.orgs.shortName'), o.shortName],
        [t.t('admin.orgs.country'), countryName(page, o.country)],
        ...(o.base
          ? [[t.t('admin.orgs.base'), o.base] as [string, string]]
          : []),
        ...(website
          ? [
              [
                t.t('admin.orgs.website'),
                html`<a href="${website}" rel="noopener noreferrer"
                  >${website}</a
                >`,
              ] as [string, Html],
            ]
          : []),
      ])}
      <h2>${t.t('admin.org.organisers')}</h2>
      ${
        d.organisers.length
          ? html`<ul class="card-list">
              ${d.organisers.map(
                (x) =>
                  html`<li class="card">
                    <strong>${x.displayName}</strong><br />
                    <a href="mailto:${x.email}">${x.email}</a>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.t('admin.org.noOrganisers')}</p>`
      }
      <h2 id="add-organiser">${t.t('admin.org.addTitle')}</h2>
      <p>${t.t('admin.org.addIntro')}</p>
      ${postForm(
        page,
        `/admin/organisations/${o.id}/organisers`,
        html`${input(page, { id: 'displayName', name: 'displayName', label: t.t('admin.org.displayName'), value: p.displayName, error: e?.for('displayName'), maxlength: 80, autocomplete: 'off' })}
        ${input(page, { id: 'email', name: 'email', type: 'email', label: t.t('admin.org.email'), value: p.email, error: e?.for('email'), maxlength: 254, autocomplete: 'off', inputmode: 'email', spellcheck: false })}
        ${input(page, { id: 'password', name: 'password', type: 'password', label: t.t('admin.org.password'), hint: t.t('admin.org.passwordHint'), error: e?.for('password'), maxlength: 128, autocomplete: 'new-password' })}
        ${button(t.t('admin.org.add'))}`,
      )}
      <p><a href="/admin/organisations">${t.t('admin.org.back')}</a></p>`,
  };
}

export function referencePage(page: PageContext, ref: Reference): PageContent {
  const { t } = page;
  const table = (
    id: string,
    caption: string,
    rows: { id: string; names: object; country?: string }[],
    withCountry = false,
  ) =>
    html`<h2 id="${id}">${caption}</h2>
      <div
        class="table-scroll"
        role="region"
        tabindex="0"
        aria-labelledby="${id}"
      >
        <table aria-labelledby="${id}">
          <thead>
            <tr>
              <th scope="col">${t.t('admin.ref.code')}</th>
              ${withCountry ? html`<th scope="col">${t.t('admin.ref.country')}</th>` : ''}
              ${LOCALES.map((l) => html`<th scope="col" lang="${l}">${LOCALE_NAMES[l]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => {
              const names = r.names as Partial<Record<string, string>>;
              return html`<tr>
                <th scope="row"><code>${r.id}</code></th>
                ${withCountry ? html`<td>${countryName(page, r.country ?? '')}</td>` : ''}
                ${LOCALES.map((l) => html`<td lang="${l}">${names[l] ?? ''}</td>`)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  return {
    title: t.t('admin.ref.title'),
    url: '/admin/reference',
    body: html`${adminNav(page, 'ref')}
      <p>${t.t('admin.ref.intro')}</p>
      ${table('communities', t.t('admin.ref.communities'), ref.communities)}
      ${table('topics', t.t('admin.ref.topics'), ref.topics)}
      ${table('languages', t.t('admin.ref.languages'), ref.languages)}
      ${table('places', t.t('admin.ref.places'), ref.places, true)}`,
  };
}
