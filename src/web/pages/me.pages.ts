import type { UserView } from '../../auth/user.dto.js';
import {
  DAY_PARTS,
  DAYS,
  LANGUAGE_LEVELS,
  type SpokenLanguage,
} from '../../participants/entities/participant-profile.entity.js';
import type { EventView } from '../../events/views.js';
import {
  button,
  choices,
  errorSummary,
  input,
  postForm,
  select,
  tag,
  textarea,
  type FormErrors,
} from '../components.js';
import { formatDate, label } from '../format.js';
import { html, type Html } from '../html.js';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales.js';
import { noticeBox, type PageContent } from '../layout.js';
import type { Notice, PageContext } from '../page-context.js';
import { eventCard, eventTitle, type Reference } from './event-parts.js';
import { placeOptions } from './public.pages.js';

export interface OwnProfile {
  birthYear: number | null;
  placeId: string | null;
  languages: SpokenLanguage[];
  interests: string[];
  availability: string[];
  bio: string | null;
  communityId: string | null;
  doNotPair: string[];
  consents: { communityData: boolean; guardian: boolean };
  guardian: {
    name: string | null;
    contact: string | null;
    consentedAt: string;
  } | null;
  limited: boolean;
  profileComplete: boolean;
}

/** What the profile form shows: the saved profile, or what was just posted when it had errors. */
export interface ProfileForm {
  displayName: string;
  locale: string;
  birthYear: string;
  placeId: string;
  languages: Record<string, string>;
  interests: string[];
  availability: string[];
  bio: string;
}

export function profileFormOf(user: UserView, p: OwnProfile): ProfileForm {
  return {
    displayName: user.displayName,
    locale: user.locale,
    birthYear: p.birthYear === null ? '' : String(p.birthYear),
    placeId: p.placeId ?? '',
    languages: Object.fromEntries(p.languages.map((l) => [l.code, l.level])),
    interests: p.interests,
    availability: p.availability,
    bio: p.bio ?? '',
  };
}

/** Which sub-form had the errors, so only its summary shows. */
export type ProfileSection = 'profile' | 'community' | 'guardian' | 'doNotPair';

export interface ProfilePageData {
  user: UserView;
  profile: OwnProfile;
  form: ProfileForm;
  ref: Reference;
  doNotPair: { id: string; displayName: string }[];
  needsGuardian: boolean;
  errors?: FormErrors;
  section?: ProfileSection;
  /** the values typed into a sub-form that had errors */
  posted?: Record<string, string>;
}

/** Notices about a section are shown in it: the redirect lands there, not at the top. */
const SECTION_NOTICES: Partial<Record<Notice, ProfileSection>> = {
  consentGiven: 'community',
  communitySaved: 'community',
  consentWithdrawn: 'community',
  guardianSaved: 'guardian',
  guardianWithdrawn: 'guardian',
  doNotPairAdded: 'doNotPair',
  doNotPairRemoved: 'doNotPair',
};

function sectionNotice(page: PageContext, section: ProfileSection) {
  return page.notice && SECTION_NOTICES[page.notice] === section
    ? noticeBox(page, page.notice)
    : '';
}

function availabilityGrid(
  page: PageContext,
  checked: string[],
  error?: string,
): Html {
  const { t } = page;
  return html`<div class="field${error ? ' field-error' : ''}">
    <fieldset
      aria-describedby="availability-hint${error ? ' availability-error' : ''}"
    >
      <legend>${t.t('profile.availability')}</legend>
      <p class="hint" id="availability-hint">
        ${t.t('profile.availabilityHint')}
      </p>
      ${error ? html`<span class="error-message" id="availability-error">${error}</span>` : ''}
      <div class="table-scroll">
        <table class="availability">
          <thead>
            <tr>
              <td></td>
              ${DAY_PARTS.map((p) => html`<th scope="col">${t.t(`part.${p}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${DAYS.map(
              (d, i) =>
                html`<tr>
                  <th scope="row">${t.t(`day.${d}`)}</th>
                  ${DAY_PARTS.map((p, j) => {
                    const slot = `${d}-${p}`;
                    const id =
                      i === 0 && j === 0
                        ? 'availability'
                        : `availability-${slot}`;
                    return html`<td>
                      <input
                        type="checkbox"
                        id="${id}"
                        name="availability"
                        value="${slot}"
                        ${checked.includes(slot) ? html` checked` : ''}
                      /><label for="${id}" class="visually-hidden"
                        >${t.t('profile.slot', { day: t.t(`day.${d}`), part: t.t(`part.${p}`) })}</label
                      >
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </fieldset>
  </div>`;
}

function languagesField(
  page: PageContext,
  ref: Reference,
  levels: Record<string, string>,
  error?: string,
): Html {
  const { t } = page;
  return html`<div class="field${error ? ' field-error' : ''}">
    <fieldset
      aria-describedby="languages-hint${error ? ' languages-error' : ''}"
    >
      <legend>${t.t('profile.languages')}</legend>
      <p class="hint" id="languages-hint">${t.t('profile.languagesHint')}</p>
      ${error ? html`<span class="error-message" id="languages-error">${error}</span>` : ''}
      ${ref.languages.map((l, i) =>
        select(page, {
          id: i === 0 ? 'languages' : `lang-${l.id}`,
          name: `lang_${l.id}`,
          label: label(l.names, page.locale, l.id),
          value: levels[l.id] ?? '',
          options: [
            { value: '', label: t.t('level.none') },
            ...LANGUAGE_LEVELS.map((lv) => ({
              value: lv,
              label: t.t(`level.${lv}`),
            })),
          ],
        }),
      )}
    </fieldset>
  </div>`;
}

function communitySection(page: PageContext, d: ProfilePageData): Html {
  const { t } = page;
  const errors = d.section === 'community' ? d.errors : undefined;
  const consented = d.profile.consents.communityData;
  const options = [
    {
      value: '',
      label: consented ? t.t('community.notSay') : t.t('community.choose'),
    },
    ...d.ref.communities.map((c) => ({
      value: c.id,
      label: label(c.names, page.locale, c.id),
    })),
  ];
  const current = d.posted?.communityId ?? d.profile.communityId ?? '';
  return html`<section aria-labelledby="community-title">
    <h2 id="community-title">${t.t('community.title')}</h2>
    ${errorSummary(page, errors)} ${sectionNotice(page, 'community')}
    <p>${t.t('community.why')}</p>
    <div class="inset">
      <p><strong>${t.t('consent.community.heading')}</strong></p>
      <p>${t.t('consent.community.text')}</p>
    </div>
    ${
      consented
        ? html`<p>${tag(t.t('community.consentGiven'), 'green')}</p>
            ${postForm(page, '/me/profile/community', html`${select(page, { id: 'communityId', name: 'communityId', label: t.t('community.label'), value: current, options, error: errors?.for('communityId') })}${button(t.t('community.save'), 'secondary')}`)}
            ${postForm(
              page,
              '/me/profile/community/withdraw',
              html`<p>${t.t('community.withdrawExplain')}</p>
                ${button(t.t('community.withdraw'), 'warning')}`,
            )}`
        : html`${postForm(
            page,
            '/me/profile/community',
            html` ${select(page, { id: 'communityId', name: 'communityId', label: t.t('community.label'), value: current, options, error: errors?.for('communityId') })}
            ${choices(page, { id: 'consent', name: 'consent', type: 'checkbox', legend: t.t('community.consentLegend'), options: [{ value: 'yes', label: t.t('consent.community.agree') }], checked: d.posted?.consent ? ['yes'] : [], error: errors?.for('consent') })}
            ${button(t.t('community.give'), 'secondary')}`,
          )}`
    }
  </section>`;
}

function guardianSection(page: PageContext, d: ProfilePageData): Html {
  const { t } = page;
  const g = d.profile.guardian;
  if (!d.needsGuardian && !g) return html``;
  const errors = d.section === 'guardian' ? d.errors : undefined;
  return html`<section aria-labelledby="guardian-title">
    <h2 id="guardian-title">${t.t('guardian.title')}</h2>
    ${errorSummary(page, errors)} ${sectionNotice(page, 'guardian')}
    <p>${t.t('guardian.why')}</p>
    <div class="inset"><p>${t.t('consent.guardian.text')}</p></div>
    ${
      g
        ? html`<p>${tag(t.t('guardian.given'), 'green')}</p>
            <p>
              ${t.t('guardian.givenBy', { name: g.name ?? '', date: formatDate(g.consentedAt, 'Europe/Belgrade', page.locale) })}
            </p>
            ${postForm(page, '/me/profile/guardian/withdraw', button(t.t('guardian.withdraw'), 'warning'))}`
        : html`${d.profile.limited ? html`<div class="warning">${t.t('guardian.needed')}</div>` : ''}
          ${postForm(
            page,
            '/me/profile/guardian',
            html` ${input(page, { id: 'guardianName', name: 'guardianName', label: t.t('guardian.name'), value: d.posted?.guardianName, error: errors?.for('guardianName'), autocomplete: 'off', maxlength: 120 })}
            ${input(page, { id: 'guardianContact', name: 'guardianContact', label: t.t('guardian.contact'), hint: t.t('guardian.contactHint'), value: d.posted?.guardianContact, error: errors?.for('guardianContact'), autocomplete: 'off', maxlength: 254 })}
            ${choices(page, { id: 'guardianAgree', name: 'agree', type: 'checkbox', legend: t.t('guardian.agreeLegend'), options: [{ value: 'yes', label: t.t('consent.guardian.agree') }], checked: d.posted?.agree ? ['yes'] : [], error: errors?.for('guardianAgree') })}
            ${button(t.t('guardian.give'), 'secondary')}`,
          )}`
    }
  </section>`;
}

function doNotPairSection(page: PageContext, d: ProfilePageData): Html {
  const { t } = page;
  const errors = d.section === 'doNotPair' ? d.errors : undefined;
  return html`<section aria-labelledby="dnp-title">
    <h2 id="dnp-title">${t.t('dnp.title')}</h2>
    ${errorSummary(page, errors)} ${sectionNotice(page, 'doNotPair')}
    <p>${t.t('dnp.why')}</p>
    ${
      d.doNotPair.length
        ? html`<ul class="card-list">
            ${d.doNotPair.map(
              (p) =>
                html`<li class="card">
                  ${postForm(page, '/me/profile/do-not-pair/remove', html`<input type="hidden" name="id" value="${p.id}" /><span>${p.displayName}</span> <button type="submit" class="link">${t.t('dnp.remove')}<span class="visually-hidden"> ${p.displayName}</span></button>`)}
                </li>`,
            )}
          </ul>`
        : html`<p>${t.t('dnp.empty')}</p>`
    }
    ${postForm(page, '/me/profile/do-not-pair', html`${input(page, { id: 'dnpEmail', name: 'email', type: 'email', label: t.t('dnp.email'), hint: t.t('dnp.emailHint'), value: d.posted?.email, error: errors?.for('dnpEmail'), autocomplete: 'off', inputmode: 'email', spellcheck: false, maxlength: 254 })}${button(t.t('dnp.add'), 'secondary')}`)}
  </section>`;
}

export function profilePage(
  page: PageContext,
  d: ProfilePageData,
): PageContent {
  const { t } = page;
  const f = d.form;
  const errors = d.section === 'profile' ? d.errors : undefined;
  return {
    title: t.t('profile.title'),
    url: '/me/profile',
    status: d.errors && !d.errors.empty ? 400 : 200,
    noticeShown: !!page.notice && !!SECTION_NOTICES[page.notice],
    body: html`${errorSummary(page, errors)}
    ${d.profile.profileComplete ? '' : html`<div class="inset"><p>${t.t('profile.incomplete')}</p></div>`}
    ${postForm(
      page,
      '/me/profile',
      html` ${input(page, { id: 'displayName', name: 'displayName', label: t.t('profile.displayName'), hint: t.t('profile.displayNameHint'), value: f.displayName, error: errors?.for('displayName'), autocomplete: 'nickname', maxlength: 80 })}
      ${input(page, { id: 'birthYear', name: 'birthYear', label: t.t('profile.birthYear'), hint: t.t('profile.birthYearHint'), value: f.birthYear, error: errors?.for('birthYear'), inputmode: 'numeric', short: true, autocomplete: 'bday-year', maxlength: 4 })}
      ${select(page, { id: 'placeId', name: 'placeId', label: t.t('profile.place'), hint: t.t('profile.placeHint'), value: f.placeId, error: errors?.for('placeId'), options: placeOptions(page, d.ref, t.t('profile.placeNone')) })}
      ${languagesField(page, d.ref, f.languages, errors?.for('languages'))}
      ${choices(page, { id: 'interests', name: 'interests', type: 'checkbox', legend: t.t('profile.interests'), hint: t.t('profile.interestsHint'), options: d.ref.topics.map((x) => ({ value: x.id, label: label(x.names, page.locale, x.id) })), checked: f.interests, error: errors?.for('interests') })}
      ${availabilityGrid(page, f.availability, errors?.for('availability'))}
      ${textarea(page, { id: 'bio', name: 'bio', label: t.t('profile.bio'), hint: t.t('profile.bioHint'), value: f.bio, error: errors?.for('bio'), maxlength: 500 })}
      ${choices(page, { id: 'locale', name: 'locale', type: 'radio', legend: t.t('profile.locale'), hint: t.t('profile.localeHint'), options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l })), checked: [f.locale], error: errors?.for('locale'), inline: true })}
      ${button(t.t('profile.save'))}`,
    )}
    ${communitySection(page, d)} ${guardianSection(page, d)}
    ${doNotPairSection(page, d)}`,
  };
}

export interface MyRegistration {
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlistPosition?: number | null;
  cancelReason?: string;
  event: EventView;
}

export function myEventsPage(
  page: PageContext,
  regs: MyRegistration[],
  ref: Reference,
): PageContent {
  const { t } = page;
  const now = Date.now();
  const active = regs
    .filter(
      (r) =>
        r.status !== 'cancelled' &&
        r.event.status !== 'cancelled' &&
        new Date(r.event.endsAt!).getTime() > now,
    )
    .sort((a, b) => a.event.startsAt!.localeCompare(b.event.startsAt!));
  const other = regs.filter((r) => !active.includes(r));
  const statusTag = (r: MyRegistration) => {
    if (r.event.status === 'cancelled')
      return tag(t.t('reg.eventCancelled'), 'red');
    if (r.status === 'confirmed') return tag(t.t('reg.confirmed'), 'green');
    if (r.status === 'waitlisted')
      return tag(
        t.t('reg.waitlistedNumber', {
          position: String(r.waitlistPosition ?? '?'),
        }),
        'yellow',
      );
    return tag(t.t('reg.cancelled'), 'grey');
  };
  const item = (r: MyRegistration, withCancel: boolean) =>
    eventCard(
      page,
      r.event,
      ref,
      html`${statusTag(r)}${withCancel ? html` <a href="/events/${r.event.id}/cancel">${r.status === 'waitlisted' ? t.t('event.reg.leaveLink') : t.t('event.reg.cancelLink')}<span class="visually-hidden">: ${eventTitle(page, r.event).text}</span></a>` : ''}`,
    );
  return {
    title: t.t('myEvents.title'),
    body: html`${
      regs.length === 0
        ? html`<p>${t.t('myEvents.none')}</p>
            <p><a class="button" href="/events">${t.t('myEvents.find')}</a></p>`
        : ''
    }
    ${
      active.length
        ? html`<h2>${t.t('myEvents.upcoming')}</h2>
            <ul class="card-list">
              ${active.map((r) => item(r, true))}
            </ul>`
        : ''
    }
    ${
      other.length
        ? html`<h2>${t.t('myEvents.past')}</h2>
            <ul class="card-list">
              ${other.map((r) => item(r, false))}
            </ul>`
        : ''
    }
    ${regs.length ? html`<p><a href="/events">${t.t('myEvents.find')}</a></p>` : ''}`,
  };
}

export function myDataPage(page: PageContext, user: UserView): PageContent {
  const { t } = page;
  return {
    title: t.t('myData.title'),
    body: html`<p>${t.t('myData.intro')}</p>
      <ul>
        <li>${t.t('myData.holds.account', { email: user.email })}</li>
        <li>${t.t('myData.holds.profile')}</li>
        <li>${t.t('myData.holds.consents')}</li>
        <li>${t.t('myData.holds.registrations')}</li>
      </ul>
      <h2>${t.t('myData.exportTitle')}</h2>
      <p>${t.t('myData.exportText')}</p>
      <p>
        <a class="button secondary" href="/me/data/export" download
          >${t.t('myData.export')}</a
        >
      </p>
      <h2>${t.t('myData.deleteTitle')}</h2>
      <p>${t.t('myData.deleteText')}</p>
      <p>
        <a class="button warning" href="/me/delete">${t.t('myData.delete')}</a>
      </p>`,
  };
}

export function deletePage(page: PageContext, errors: FormErrors): PageContent {
  const { t } = page;
  return {
    title: t.t('delete.title'),
    url: '/me/delete',
    status: errors.empty ? 200 : 400,
    body: html`${errorSummary(page, errors)}
      <div class="warning">${t.t('delete.warning')}</div>
      <ul>
        <li>${t.t('delete.what1')}</li>
        <li>${t.t('delete.what2')}</li>
        <li>${t.t('delete.what3')}</li>
      </ul>
      <p>
        ${t.t('delete.exportFirst')}
        <a href="/me/data/export" download>${t.t('myData.export')}</a>
      </p>
      ${postForm(
        page,
        '/me/delete',
        html` ${choices(page, { id: 'confirm', name: 'confirm', type: 'checkbox', legend: t.t('delete.confirmLegend'), options: [{ value: 'yes', label: t.t('delete.confirmLabel') }], checked: [], error: errors.for('confirm') })}
          <div class="button-group">
            ${button(t.t('delete.submit'), 'warning')}
            <a href="/me/data">${t.t('delete.keep')}</a>
          </div>`,
      )}`,
  };
}
