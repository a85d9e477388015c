import {
  button,
  choices,
  errorSummary,
  FormErrors,
  input,
  postForm,
  select,
  summaryList,
  tag,
  textarea,
  type Option,
} from '../components.js';
import type { JoinGap } from '../../pairing/cohorts.service.js';
import { formatRange, label, placeName } from '../format.js';
import { html, type Html } from '../html.js';
import { ASSETS } from '../assets.js';
import type { TextKey } from '../i18n/translator.js';
import { noticeBox, type PageContent } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { errorText } from '../page-renderer.js';
import type { Reference } from '../pages/event-parts.js';
import {
  explanationText,
  RULES,
  type ExplanationNames,
} from './explanations.js';

/** What CohortsService answers (the API's shapes; the pages read them as they are). */
export interface Reason {
  rule: string;
  points: number;
  detail: string;
}
export interface MyPairing {
  groupId: string;
  cohort: { id: string; name: string };
  round: number;
  partners: {
    id: string;
    displayName: string;
    placeId: string | null;
    languages: { code: string; level: string }[];
    interests: string[];
  }[];
  language: string | null;
  interpreter: boolean;
  reasons: Reason[];
  suggestedMeeting: {
    slot: string;
    label: string;
    startsAt: string | null;
    timeZone: string;
  } | null;
  roomId: string | null;
  myFeedback: { met: boolean; rating: number } | null;
}
export interface MyCohort {
  id: string;
  name: string;
  roomId: string | null;
  skipNext: boolean;
}
export interface CohortRules {
  allowInterpreter?: boolean;
  allowMixedAges?: boolean;
  placePreference?: 'near' | 'far' | 'none';
  trios?: boolean;
  groupSize?: { min: number; max: number };
}
export interface CohortView {
  id: string;
  name: string;
  cadence: string | null;
  rules: CohortRules;
  memberCount?: number;
  roomId?: string | null;
}
export interface Figures {
  participants: number;
  placed: number;
  placedShare: number;
  meanScore: number;
  repeats: number;
  crossCommunityShare: number;
  pairs: number;
  trios: number;
  largerGroups: number;
}
export interface RoundListItem {
  id: string;
  number: number;
  status: 'draft' | 'published';
  publishedAt: Date | string | null;
  figures: Figures;
}
export interface Person {
  id: string;
  displayName: string;
}
export interface RoundView {
  id: string;
  cohortId: string;
  number: number;
  status: 'draft' | 'published';
  locks: string[][];
  forbids: string[][];
  figures: Figures;
  warnings: { code: string; message: string; members: string[] }[];
  groups: {
    id: string;
    kind: string;
    members: Person[];
    score: number;
    language: string | null;
    suggestedSlot: string | null;
    flags: string[];
    reasons: (Reason & { between?: string[] })[];
  }[];
  unplaced: (Person & { reason: string; message: string })[];
}
export interface CohortMemberView {
  id: string;
  displayName: string;
  skipNext: boolean;
}
export interface FeedbackRow {
  groupId: string;
  accountId: string;
  met: boolean;
  rating: number;
  note: string | null;
}

/** The one-time notice after a form post, under the page's heading (the pages set noticeShown). */
const noticeOf = (page: PageContext) =>
  page.notice ? noticeBox(page, page.notice) : '';

const liveCss = html`<link rel="stylesheet" href="${ASSETS.liveCss.path}" />`;

export function slotText(page: PageContext, slot: string): string {
  const [day, part] = slot.split('-');
  const d = `day.${day}`;
  const p = `part.${part}`;
  return page.t.has(d) && page.t.has(p)
    ? `${page.t.t(d)}, ${page.t.t(p)}`
    : slot;
}

/** The engine's reasons: each rule's heading and its sentence in the reader's language. */
function reasonList(
  page: PageContext,
  reasons: Reason[],
  names: ExplanationNames,
): Html {
  const { t } = page;
  if (!reasons.length) return html``;
  return html`<ul class="reasons">
    ${reasons.map((r) => {
      const key = `live.reason.${r.rule}`;
      const heading =
        (RULES as readonly string[]).includes(r.rule) && t.has(key)
          ? t.t(key)
          : r.rule;
      const text = explanationText(page, r, names);
      // a sentence of a shape not known to explanations.ts stays in the engine's English
      return html`<li>
        <strong>${heading}</strong>:
        ${text ?? html`<span lang="en">${r.detail}</span>`}
      </li>`;
    })}
  </ul>`;
}

/** Names of topics and languages from the reference data, time slots from the catalogue. */
function namesFrom(page: PageContext, ref: Reference): ExplanationNames {
  return {
    topic: (id) =>
      label(ref.topics.find((x) => x.id === id)?.names, page.locale, id),
    language: (code) =>
      label(ref.languages.find((l) => l.id === code)?.names, page.locale, code),
    slot: (slot) => slotText(page, slot),
  };
}

function feedbackForm(
  page: PageContext,
  p: MyPairing,
  errors?: FormErrors,
  posted?: Record<string, string>,
): Html {
  const { t } = page;
  const id = `fb-${p.groupId}`;
  const met =
    posted?.met ?? (p.myFeedback ? (p.myFeedback.met ? 'yes' : 'no') : '');
  const rating =
    posted?.rating ?? (p.myFeedback ? String(p.myFeedback.rating) : '');
  return html`<details${errors && !errors.empty ? html` open` : ''}>
    <summary>
      ${p.myFeedback ? t.t('live.feedback.change') : t.t('live.feedback.give')}
    </summary>
    ${errorSummary(page, errors)}
    ${postForm(
      page,
      `/me/pairings/${p.groupId}/feedback`,
      html`${choices(page, {
        id: `${id}-met`,
        name: 'met',
        legend: t.t('live.feedback.met'),
        type: 'radio',
        inline: true,
        error: errors?.for(`${id}-met`),
        options: [
          { value: 'yes', label: t.t('live.yes') },
          { value: 'no', label: t.t('live.no') },
        ],
        checked: met ? [met] : [],
      })}
      ${choices(page, {
        id: `${id}-rating`,
        name: 'rating',
        legend: t.t('live.feedback.rating'),
        hint: t.t('live.feedback.ratingHint'),
        type: 'radio',
        inline: true,
        error: errors?.for(`${id}-rating`),
        options: ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
        checked: rating ? [rating] : [],
      })}
      ${textarea(page, {
        id: `${id}-note`,
        name: 'note',
        label: t.t('live.feedback.note'),
        hint: t.t('live.feedback.noteHint'),
        maxlength: 1000,
        value: posted?.note,
        error: errors?.for(`${id}-note`),
      })}
      ${button(t.t('live.feedback.send'), 'secondary')}`,
    )}
  </details>`;
}

/**
 * Why two people were paired, in the reader's language: the engine's reasons (rules) with what
 * the page knows in localised form (shared interests, the language, the suggested time).
 */
function myReasons(
  page: PageContext,
  p: MyPairing,
  myInterests: string[],
  topicName: (id: string) => string,
  langName: (code: string) => string,
): Html {
  const { t } = page;
  const rules = [...new Set(p.reasons.map((r) => r.rule))];
  const shared = [
    ...new Set(
      p.partners.flatMap((x) =>
        x.interests.filter((i) => myInterests.includes(i)),
      ),
    ),
  ];
  const line = (rule: string): string | undefined => {
    switch (rule) {
      case 'interests':
        return shared.length
          ? t.t('live.why.interests', {
              list: shared.map(topicName).join(', '),
            })
          : t.t('live.reason.interests');
      case 'availability':
        return p.suggestedMeeting
          ? t.t('live.why.availability', {
              slot: slotText(page, p.suggestedMeeting.slot),
            })
          : t.t('live.reason.availability');
      case 'language':
        return p.language
          ? t.t('live.pairings.language', { language: langName(p.language) })
          : t.t('live.reason.language');
      case 'place':
        return t.t('live.why.place');
      case 'feedback':
        return t.t('live.why.feedback');
      case 'interpreter':
        return t.t('live.pairings.interpreter');
      case 'repeat':
        return t.t('live.why.repeat');
      case 'locked':
        return t.t('live.why.locked');
      default:
        return undefined;
    }
  };
  const lines = rules.map(line).filter((x): x is string => !!x);
  if (!lines.length) return html``;
  return html`<ul class="reasons">
    ${lines.map((l) => html`<li>${l}</li>`)}
  </ul>`;
}

export interface MyPairingsData {
  pairings: MyPairing[];
  /** the reader's own interests, for the shared ones */
  myInterests: string[];
  cohorts: MyCohort[];
  ref: Reference;
  errors?: {
    groupId: string;
    errors: FormErrors;
    posted: Record<string, string>;
  };
}

export function myPairingsPage(
  page: PageContext,
  d: MyPairingsData,
): PageContent {
  const { t } = page;
  const { language: langName, topic: topicName } = namesFrom(page, d.ref);
  const place = (id: string | null) => {
    const p = id ? d.ref.places.find((x) => x.id === id) : undefined;
    return p ? placeName(p, page.locale) : '';
  };
  const pairing = (p: MyPairing) =>
    html`<li class="card">
      <h2>
        ${t.t('live.pairings.round', { cohort: p.cohort.name, round: p.round })}
      </h2>
      ${p.partners.map(
        (x) =>
          html`<h3>${x.displayName}</h3>
            ${summaryList([
              ...(x.placeId
                ? ([[t.t('live.pairings.place'), place(x.placeId)]] as [
                    string,
                    string,
                  ][])
                : []),
              [
                t.t('live.pairings.languages'),
                x.languages
                  .map(
                    (l) =>
                      `${langName(l.code)} (${t.has(`level.${l.level}`) ? t.t(`level.${l.level}` as TextKey) : l.level})`,
                  )
                  .join(', ') || '–',
              ],
              [
                t.t('live.pairings.interests'),
                x.interests.map(topicName).join(', ') || '–',
              ],
            ])}`,
      )}
      ${p.language ? html`<p>${t.t('live.pairings.language', { language: langName(p.language) })}</p>` : ''}
      ${p.interpreter ? html`<p>${tag(t.t('live.pairings.interpreter'), 'yellow')}</p>` : ''}
      <h3>${t.t('live.pairings.why')}</h3>
      ${myReasons(page, p, d.myInterests, topicName, langName)}
      <h3>${t.t('live.pairings.meeting')}</h3>
      <p>
        ${
          p.suggestedMeeting
            ? p.suggestedMeeting.startsAt
              ? formatRange(
                  p.suggestedMeeting.startsAt,
                  new Date(
                    new Date(p.suggestedMeeting.startsAt).getTime() + 3600_000,
                  ),
                  p.suggestedMeeting.timeZone,
                  page.locale,
                )
              : slotText(page, p.suggestedMeeting.slot)
            : t.t('live.pairings.noMeeting')
        }
      </p>
      ${
        p.roomId
          ? html`<p>
              <a class="button" href="/rooms/${p.roomId}"
                >${t.t('live.pairings.openRoom')}</a
              >
            </p>`
          : ''
      }
      ${p.myFeedback ? html`<p class="hint">${t.t('live.feedback.given', { rating: p.myFeedback.rating })}</p>` : ''}
      ${feedbackForm(
        page,
        p,
        d.errors?.groupId === p.groupId ? d.errors.errors : undefined,
        d.errors?.groupId === p.groupId ? d.errors.posted : undefined,
      )}
    </li>`;
  const body = html`${liveCss}${noticeOf(page)}
    <p class="lead">${t.t('live.pairings.intro')}</p>
    ${
      d.pairings.length
        ? html`<ul class="card-list">
            ${d.pairings.map(pairing)}
          </ul>`
        : html`<p class="inset">${t.t('live.pairings.none')}</p>`
    }
    <h2>${t.t('live.pairings.cohorts')}</h2>
    ${
      d.cohorts.length
        ? html`<ul class="card-list">
            ${d.cohorts.map(
              (c) =>
                html`<li class="card">
                  <h3>${c.name}</h3>
                  ${c.roomId ? html`<p><a href="/rooms/${c.roomId}">${t.t('live.pairings.cohortRoom')}</a></p>` : ''}
                  <p>
                    ${c.skipNext ? t.t('live.pairings.skipping') : t.t('live.pairings.notSkipping')}
                  </p>
                  ${postForm(
                    page,
                    `/me/pairings/cohorts/${c.id}/skip`,
                    html`<input
                        type="hidden"
                        name="skip"
                        value="${c.skipNext ? 'no' : 'yes'}"
                      />
                      ${button(c.skipNext ? t.t('live.pairings.unskip') : t.t('live.pairings.skip'), 'secondary')}`,
                  )}
                </li>`,
            )}
          </ul>`
        : html`<p>${t.t('live.pairings.noCohorts')}</p>`
    }`;
  return { title: t.t('live.pairings.title'), body, noticeShown: true };
}

// ---- the join link -------------------------------------------------------------------------

/** What a join link shows: `CohortsService.invitation`. */
export interface CohortInvitation {
  id: string;
  name: string;
  cadence: string | null;
  member: boolean;
  /** What the profile still lacks before joining (the rules of `CohortsService.join`). */
  missing: JoinGap[];
}
/** The service's refusal of a join, shown on the page. */
export interface JoinRefusal {
  code: string;
  status: number;
}

const MISSING_TEXT: Record<JoinGap, TextKey> = {
  birthYear: 'live.join.missing.birthYear',
  guardian: 'live.join.missing.guardian',
  community: 'live.join.missing.community',
  languages: 'live.join.missing.languages',
};
const REFUSAL_TEXT: Record<string, TextKey> = {
  COMMUNITY_CONSENT_REQUIRED: 'live.join.refused.community',
  PROFILE_INCOMPLETE: 'live.join.refused.profile',
  GUARDIAN_CONSENT_REQUIRED: 'live.join.refused.guardian',
  PARTICIPANTS_ONLY: 'live.join.participantsOnly',
};

export function joinCohortPage(
  page: PageContext,
  d: {
    cohort: CohortInvitation;
    organisation: string;
    participant: boolean;
    refusal?: JoinRefusal;
  },
): PageContent {
  const { t } = page;
  const c = d.cohort;
  const errors = new FormErrors();
  if (d.refusal)
    errors.add(
      'join',
      d.refusal.code in REFUSAL_TEXT
        ? t.t(REFUSAL_TEXT[d.refusal.code])
        : errorText(t, d.refusal.code, d.refusal.status),
    );
  const action = c.member
    ? html`<p>${tag(t.t('live.join.member'), 'green')}</p>
        <p><a href="/me/pairings">${t.t('live.join.toPairings')}</a></p>
        ${postForm(
          page,
          `/me/cohorts/${c.id}/leave`,
          button(t.t('live.join.leave'), 'secondary'),
          { id: 'leave' },
        )}`
    : !d.participant
      ? html`<p class="inset" id="join">
          ${t.t('live.join.participantsOnly')}
        </p>`
      : c.missing.length
        ? html`<div class="inset" id="join">
            <p>${t.t('live.join.missingIntro')}</p>
            <ul>
              ${c.missing.map((m) => html`<li>${t.t(MISSING_TEXT[m])}</li>`)}
            </ul>
            <p><a href="/me/profile">${t.t('live.join.toProfile')}</a></p>
          </div>`
        : postForm(
            page,
            `/me/cohorts/${c.id}/join`,
            button(t.t('live.join.button')),
            { id: 'join' },
          );
  const body = html`${liveCss}${errorSummary(page, errors)}
    <p class="lead">
      ${t.t('live.join.organisedBy', { organisation: d.organisation })}
    </p>
    ${c.cadence ? summaryList([[t.t('live.cohorts.cadence'), c.cadence]]) : ''}
    <h2>${t.t('live.join.meaning')}</h2>
    <ul>
      <li>${t.t('live.join.meaning.pairs')}</li>
      <li>${t.t('live.join.meaning.community')}</li>
      <li>${t.t('live.join.meaning.skip')}</li>
    </ul>
    ${action}`;
  return { title: c.name, body };
}

// ---- organisers ---------------------------------------------------------------------------

export interface CohortForm {
  name: string;
  cadence: string;
  allowInterpreter: boolean;
  allowMixedAges: boolean;
  trios: boolean;
  placePreference: string;
}

export const emptyCohortForm: CohortForm = {
  name: '',
  cadence: '',
  allowInterpreter: false,
  allowMixedAges: false,
  trios: true,
  placePreference: 'none',
};

function rulesText(page: PageContext, r: CohortRules): string {
  const { t } = page;
  const out = [
    r.trios === false ? t.t('live.rules.noTrios') : t.t('live.rules.trios'),
    r.allowInterpreter ? t.t('live.rules.interpreter') : '',
    r.allowMixedAges ? t.t('live.rules.mixedAges') : '',
    r.placePreference === 'near' ? t.t('live.rules.near') : '',
    r.placePreference === 'far' ? t.t('live.rules.far') : '',
    r.groupSize
      ? t.t('live.rules.groups', { min: r.groupSize.min, max: r.groupSize.max })
      : '',
  ];
  return out.filter(Boolean).join('; ');
}

export function cohortsPage(
  page: PageContext,
  d: { cohorts: CohortView[]; form: CohortForm; errors?: FormErrors },
): PageContent {
  const { t } = page;
  const f = d.form;
  const body = html`${liveCss}${errorSummary(page, d.errors)}
    ${
      d.cohorts.length
        ? html`<ul class="card-list">
            ${d.cohorts.map(
              (c) =>
                html`<li class="card">
                  <h2><a href="/cohorts/${c.id}">${c.name}</a></h2>
                  <p class="meta">${rulesText(page, c.rules)}</p>
                </li>`,
            )}
          </ul>`
        : html`<p class="inset">${t.t('live.cohorts.none')}</p>`
    }
    <h2 id="create-title">${t.t('live.cohorts.create')}</h2>
    ${postForm(
      page,
      '/cohorts',
      html`${input(page, {
        id: 'name',
        name: 'name',
        label: t.t('live.cohorts.name'),
        value: f.name,
        maxlength: 200,
        error: d.errors?.for('name'),
      })}
      ${input(page, {
        id: 'cadence',
        name: 'cadence',
        label: t.t('live.cohorts.cadence'),
        hint: t.t('live.cohorts.cadenceHint'),
        value: f.cadence,
        maxlength: 40,
        error: d.errors?.for('cadence'),
      })}
      ${choices(page, {
        id: 'rules',
        name: 'rules',
        legend: t.t('live.cohorts.rules'),
        type: 'checkbox',
        options: [
          { value: 'trios', label: t.t('live.rules.trios') },
          { value: 'allowInterpreter', label: t.t('live.rules.interpreter') },
          { value: 'allowMixedAges', label: t.t('live.rules.mixedAges') },
        ],
        checked: [
          ...(f.trios ? ['trios'] : []),
          ...(f.allowInterpreter ? ['allowInterpreter'] : []),
          ...(f.allowMixedAges ? ['allowMixedAges'] : []),
        ],
      })}
      ${choices(page, {
        id: 'placePreference',
        name: 'placePreference',
        legend: t.t('live.cohorts.place'),
        type: 'radio',
        error: d.errors?.for('placePreference'),
        options: [
          { value: 'none', label: t.t('live.cohorts.placeNone') },
          { value: 'near', label: t.t('live.rules.near') },
          { value: 'far', label: t.t('live.rules.far') },
        ],
        checked: [f.placePreference],
      })}
      ${button(t.t('live.cohorts.createButton'))}`,
    )}`;
  return { title: t.t('live.cohorts.title'), body };
}

function figuresList(page: PageContext, f: Figures): Html {
  const { t } = page;
  const pct = (x: number) =>
    new Intl.NumberFormat(t.intlLocale, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(x);
  const items: [string, string][] = [
    [
      t.t('live.figures.placed'),
      `${pct(f.placedShare)} (${t.number(f.placed)} / ${t.number(f.participants)})`,
    ],
    [
      t.t('live.figures.meanScore'),
      t.number(Math.round(f.meanScore * 10) / 10),
    ],
    [t.t('live.figures.repeats'), t.number(f.repeats)],
    [t.t('live.figures.crossCommunity'), pct(f.crossCommunityShare)],
    [
      t.t('live.figures.groups'),
      t.t('live.figures.groupsValue', {
        pairs: f.pairs,
        trios: f.trios,
        larger: f.largerGroups,
      }),
    ],
  ];
  return html`<ul class="figures">
    ${items.map(([k, v]) => html`<li>${k}<strong>${v}</strong></li>`)}
  </ul>`;
}

/** The address an organiser shares so that participants can join (cohorts are not listed). */
export function joinLink(page: PageContext, cohortId: string): string {
  return `${page.publicUrl}/me/cohorts/${cohortId}/join`;
}

export function cohortPage(
  page: PageContext,
  d: {
    cohort: CohortView;
    members: CohortMemberView[];
    rounds: RoundListItem[];
    errors?: FormErrors;
  },
): PageContent {
  const { t } = page;
  const c = d.cohort;
  const draft = d.rounds.find((r) => r.status === 'draft');
  const body = html`${liveCss}${noticeOf(page)}${errorSummary(page, d.errors)}
    <p><a href="/cohorts">${t.t('live.cohorts.all')}</a></p>
    ${summaryList([
      [t.t('live.cohorts.members'), t.number(c.memberCount ?? 0)],
      [t.t('live.cohorts.cadence'), c.cadence ?? '–'],
      [t.t('live.cohorts.rules'), rulesText(page, c.rules)],
    ])}
    ${c.roomId ? html`<p><a href="/rooms/${c.roomId}">${t.t('live.cohorts.room')}</a></p>` : ''}
    <h2 id="join-link-title">${t.t('live.cohorts.joinLink')}</h2>
    <div class="field">
      <label for="join-link">${t.t('live.cohorts.joinLinkLabel')}</label>
      <p class="hint" id="join-link-hint">
        ${t.t('live.cohorts.joinLinkHint')}
      </p>
      <input
        id="join-link"
        type="url"
        readonly
        value="${joinLink(page, c.id)}"
        aria-describedby="join-link-hint"
      />
    </div>
    <h2 id="members-title">${t.t('live.cohorts.members')}</h2>
    ${
      d.members.length
        ? html`<ul>
            ${d.members.map(
              (m) =>
                html`<li>
                  ${m.displayName}
                  ${m.skipNext ? tag(t.t('live.cohorts.skipsNext'), 'grey') : ''}
                </li>`,
            )}
          </ul>`
        : html`<p>${t.t('live.cohorts.noMembers')}</p>`
    }
    <h2>${t.t('live.rounds.title')}</h2>
    ${
      d.rounds.length
        ? html`<ul class="card-list">
            ${d.rounds
              .slice()
              .reverse()
              .map(
                (r) =>
                  html`<li class="card">
                    <h3>
                      <a href="/cohorts/${c.id}/rounds/${r.id}"
                        >${t.t('live.rounds.number', { number: r.number })}</a
                      >
                      ${r.status === 'draft' ? tag(t.t('live.rounds.draft'), 'yellow') : tag(t.t('live.rounds.published'), 'green')}
                    </h3>
                    ${figuresList(page, r.figures)}
                  </li>`,
              )}
          </ul>`
        : html`<p>${t.t('live.rounds.none')}</p>`
    }
    ${
      draft
        ? html`<p>
            <a class="button" href="/cohorts/${c.id}/rounds/${draft.id}"
              >${t.t('live.rounds.reviewDraft')}</a
            >
          </p>`
        : postForm(
            page,
            `/cohorts/${c.id}/rounds`,
            button(t.t('live.rounds.draftButton')),
            { id: 'draft' },
          )
    }`;
  return { title: c.name, body, noticeShown: true };
}

export function roundPage(
  page: PageContext,
  d: {
    cohort: CohortView;
    round: RoundView;
    feedback: FeedbackRow[];
    ref: Reference;
    errors?: FormErrors;
  },
): PageContent {
  const { t } = page;
  const r = d.round;
  const base = `/cohorts/${d.cohort.id}/rounds/${r.id}`;
  const draft = r.status === 'draft';
  const names = new Map<string, string>();
  for (const g of r.groups)
    for (const m of g.members) names.set(m.id, m.displayName);
  for (const u of r.unplaced) names.set(u.id, u.displayName);
  const people: Option[] = [...names.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([value, l]) => ({ value, label: l }));
  const placed: Option[] = people.filter((p) =>
    r.groups.some((g) => g.members.some((m) => m.id === p.value)),
  );
  const choose = { value: '', label: t.t('live.round.choose') };
  const pairForm = (
    action: string,
    prefix: string,
    title: TextKey,
    hint: TextKey,
    from: Option[],
    buttonLabel: TextKey,
  ) =>
    html`<section aria-labelledby="${prefix}-title" class="panel">
      <h3 id="${prefix}-title">${t.t(title)}</h3>
      <p class="hint">${t.t(hint)}</p>
      ${postForm(
        page,
        `${base}/${action}`,
        html`${select(page, {
          id: `${prefix}-a`,
          name: 'a',
          label: t.t('live.round.first'),
          options: [choose, ...from],
          error: d.errors?.for(`${prefix}-a`),
        })}
        ${select(page, {
          id: `${prefix}-b`,
          name: 'b',
          label: t.t('live.round.second'),
          options: [choose, ...from],
        })}
        ${button(t.t(buttonLabel), 'secondary')}`,
      )}
    </section>`;
  const pairsText = (list: string[][]) =>
    list.map((l) => l.map((id) => names.get(id) ?? '?').join(' + ')).join('; ');
  const body = html`${liveCss}${noticeOf(page)}${errorSummary(page, d.errors)}
    <p class="caption">${d.cohort.name}</p>
    <h1>
      ${t.t('live.rounds.number', { number: r.number })}
      ${draft ? tag(t.t('live.rounds.draft'), 'yellow') : tag(t.t('live.rounds.published'), 'green')}
    </h1>
    <p><a href="/cohorts/${d.cohort.id}">${t.t('live.back.cohort')}</a></p>
    <h2>${t.t('live.figures.title')}</h2>
    ${figuresList(page, r.figures)}
    ${r.warnings.map((w) => html`<p class="warning"><span lang="en">${w.message}</span></p>`)}
    ${r.locks.length ? html`<p>${t.t('live.round.locks')}: ${pairsText(r.locks)}</p>` : ''}
    ${r.forbids.length ? html`<p>${t.t('live.round.forbids')}: ${pairsText(r.forbids)}</p>` : ''}
    <h2>${t.t('live.round.groups')}</h2>
    <ol class="groups">
      ${r.groups.map(
        (g) =>
          html`<li>
            <h3>${g.members.map((m) => m.displayName).join(' + ')}</h3>
            <p class="meta">
              ${t.t('live.round.score', { score: Math.round(g.score * 10) / 10 })}
              ${g.suggestedSlot ? html` · ${t.t('live.round.slot', { slot: slotText(page, g.suggestedSlot) })}` : ''}
              ${g.flags.includes('interpreter') ? html` ${tag(t.t('live.pairings.interpreter'), 'yellow')}` : ''}
            </p>
            ${reasonList(page, g.reasons, namesFrom(page, d.ref))}
          </li>`,
      )}
    </ol>
    ${
      r.unplaced.length
        ? html`<h2>${t.t('live.round.unplaced')}</h2>
            <ul>
              ${r.unplaced.map((u) => {
                const key = `live.unplaced.${u.reason}`;
                return html`<li>
                  <strong>${u.displayName}</strong>:
                  ${t.has(key) ? t.t(key) : html`<span lang="en">${u.message}</span>`}
                </li>`;
              })}
            </ul>`
        : ''
    }
    ${
      draft
        ? html`<h2>${t.t('live.round.change')}</h2>
            ${pairForm('swap', 'swap', 'live.round.swap', 'live.round.swapHint', placed, 'live.round.swapButton')}
            ${pairForm('lock', 'lock', 'live.round.lock', 'live.round.lockHint', people, 'live.round.lockButton')}
            ${pairForm('forbid', 'forbid', 'live.round.forbid', 'live.round.forbidHint', people, 'live.round.forbidButton')}
            <div class="button-group">
              ${postForm(page, `${base}/resolve`, button(t.t('live.round.resolve'), 'secondary'), { id: 'resolve' })}
              ${postForm(page, `${base}/publish`, button(t.t('live.round.publish')), { id: 'publish' })}
            </div>
            <p class="hint">${t.t('live.round.publishHint')}</p>`
        : html`<h2>${t.t('live.round.feedback')}</h2>
            ${
              d.feedback.length
                ? html`<div class="table-scroll">
                    <table>
                      <caption class="visually-hidden">
                        ${t.t('live.round.feedback')}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">${t.t('live.round.person')}</th>
                          <th scope="col">${t.t('live.feedback.met')}</th>
                          <th scope="col">${t.t('live.feedback.rating')}</th>
                          <th scope="col">${t.t('live.feedback.note')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${d.feedback.map(
                          (f) =>
                            html`<tr>
                              <td>${names.get(f.accountId) ?? '–'}</td>
                              <td>
                                ${f.met ? t.t('live.yes') : t.t('live.no')}
                              </td>
                              <td>${f.rating}</td>
                              <td>${f.note ?? ''}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
                : html`<p>${t.t('live.round.noFeedback')}</p>`
            }`
    }`;
  return {
    title: `${t.t('live.rounds.number', { number: r.number })} – ${d.cohort.name}`,
    body,
    heading: false,
    noticeShown: true,
  };
}
