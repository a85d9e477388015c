import type { RoomAccessView, MessageView } from '../../rooms/views.js';
import type { Script } from '../../rooms/transliterate.js';
import { ASSETS } from '../assets.js';
import {
  button,
  csrfField,
  errorSummary,
  FormErrors,
  postForm,
  tag,
  textarea,
} from '../components.js';
import { formatTime } from '../format.js';
import { html, raw, type Html } from '../html.js';
import { INTL_LOCALE } from '../i18n/locales.js';
import type { TextKey } from '../i18n/translator.js';
import { noticeBox, type PageContent } from '../layout.js';
import type { PageContext } from '../page-context.js';

/** Rooms show times in the zone Pristina and Belgrade share. */
export const ROOM_ZONE = 'Europe/Belgrade';
/** How long a mute from the page lasts. */
export const MUTE_MINUTES = 15;

export type HeldView = MessageView & { heldReason: string | null };

export interface RoomPageData {
  room: RoomAccessView;
  title: string;
  back?: { href: string; label: string };
  messages: MessageView[];
  /** older messages exist before the first one shown */
  hasMore: boolean;
  questions: MessageView[];
  held: HeldView[];
  script: Script;
  me: string;
  errors?: FormErrors;
  posted?: { body: string; anonymous: boolean };
}

const KIND_TITLE: Record<RoomAccessView['kind'], TextKey> = {
  event: 'live.room.kind.event',
  session: 'live.room.kind.session',
  cohort: 'live.room.kind.cohort',
  pair: 'live.room.kind.pair',
};

export const roomHref = (roomId: string, script: Script, extra = '') =>
  `/rooms/${roomId}?script=${script}${extra ? `&${extra}` : ''}`;

/** Forms carry the script the reader chose, so that the page after the post keeps it. */
const scriptField = (script: Script) =>
  html`<input type="hidden" name="script" value="${script}" />`;

/** The people a moderator can act on, and the message's own actions. */
function moderatorForms(
  page: PageContext,
  d: { roomId: string; script: Script; me: string },
  m: { id: number | string; authorId: string | null },
  opts: { question: boolean; answered?: boolean; held?: boolean },
): Html {
  const { t } = page;
  const base = `/rooms/${d.roomId}`;
  const small = (
    action: string,
    label: string,
    hidden: Html = html``,
    kind: 'secondary' | 'warning' = 'secondary',
  ) =>
    postForm(
      page,
      action,
      html`${scriptField(d.script)}${hidden}<button
          type="submit"
          class="button small ${kind}"
        >
          ${label}
        </button>`,
      { className: 'inline-form' },
    );
  const person = (kind: 'mute' | 'ban') =>
    html`<input
        type="hidden"
        name="accountId"
        value="${m.authorId ?? ''}"
      /><input type="hidden" name="kind" value="${kind}" />`;
  const forms: Html[] = [];
  if (opts.held)
    forms.push(
      small(
        `${base}/messages/${m.id}/approve`,
        t.t('live.mod.approve'),
        html``,
      ),
    );
  if (opts.question && !opts.held)
    forms.push(
      small(
        `${base}/messages/${m.id}/answered`,
        opts.answered ? t.t('live.mod.unanswer') : t.t('live.mod.answer'),
        html`<input
          type="hidden"
          name="answered"
          value="${opts.answered ? 'no' : 'yes'}"
        />`,
      ),
    );
  forms.push(
    small(
      `${base}/messages/${m.id}/hide`,
      t.t('live.mod.hide'),
      html``,
      'warning',
    ),
  );
  // a template (id __ID__) carries the sanction forms; the script drops them for the moderator's own
  if (m.authorId !== d.me)
    forms.push(
      html`<span class="sanctions"
        >${small(
          `${base}/sanctions`,
          t.t('live.mod.mute', { minutes: MUTE_MINUTES }),
          person('mute'),
        )}${small(
          `${base}/sanctions`,
          t.t('live.mod.ban'),
          person('ban'),
          'warning',
        )}</span
      >`,
    );
  return html`<div class="mod-actions">${forms}</div>`;
}

const timeOf = (page: PageContext, at: string) =>
  html`<time datetime="${at}">${formatTime(at, ROOM_ZONE, page.locale)}</time>`;

function authorName(page: PageContext, m: MessageView): string {
  if (m.kind === 'system') return page.t.t('live.author.system');
  if (m.authorDeleted) return page.t.t('live.author.deleted');
  if (!m.author) return page.t.t('live.author.anonymous');
  return m.author.displayName;
}

function messageItem(page: PageContext, d: RoomPageData, m: MessageView): Html {
  const moderator = d.room.permissions.canModerate;
  return html`<li
    class="message${m.kind === 'system' ? ' system' : ''}"
    id="m-${m.id}"
    data-id="${m.id}"
  >
    <p class="message-meta">
      <strong class="author">${authorName(page, m)}</strong>
      ${m.anonymous && moderator ? tag(page.t.t('live.anonymousTag'), 'grey') : ''}
      ${timeOf(page, m.createdAt)}
    </p>
    <p class="message-body">${m.body}</p>
    ${
      moderator && m.kind !== 'system'
        ? moderatorForms(
            page,
            { roomId: d.room.id, script: d.script, me: d.me },
            { id: m.id, authorId: m.author?.id ?? null },
            { question: m.kind === 'question' },
          )
        : ''
    }
  </li>`;
}

function upvoteForm(
  page: PageContext,
  d: RoomPageData,
  id: number | string,
  voted: boolean,
): Html {
  if (!d.room.permissions.canWrite) return html``;
  return postForm(
    page,
    `/rooms/${d.room.id}/messages/${id}/upvote`,
    html`${scriptField(d.script)}<button
        type="submit"
        class="button small secondary upvote"
        ${voted ? html` disabled aria-pressed="true"` : html` aria-pressed="false"`}
      >
        ${voted ? page.t.t('live.qa.upvoted') : page.t.t('live.qa.upvote')}
      </button>`,
    { className: 'inline-form' },
  );
}

function questionItem(
  page: PageContext,
  d: RoomPageData,
  q: MessageView,
): Html {
  const { t } = page;
  const moderator = d.room.permissions.canModerate;
  return html`<li
    class="question${q.answered ? ' is-answered' : ''}"
    id="m-${q.id}"
    data-id="${q.id}"
    data-votes="${q.upvotes}"
  >
    <p class="message-body">${q.body}</p>
    <p class="message-meta">
      <span class="author">${authorName(page, q)}</span>
      ${q.anonymous && moderator ? tag(t.t('live.anonymousTag'), 'grey') : ''} ·
      <span class="votes"
        >${t.t('live.qa.votes')}: <span class="count">${q.upvotes}</span></span
      >
      <strong class="tag green answered-tag" ${q.answered ? '' : html`hidden`}
        >${t.t('live.qa.answered')}</strong
      >
    </p>
    ${upvoteForm(page, d, q.id, q.votedByMe === true)}
    ${
      moderator
        ? moderatorForms(
            page,
            { roomId: d.room.id, script: d.script, me: d.me },
            { id: q.id, authorId: q.author?.id ?? null },
            { question: true, answered: q.answered },
          )
        : ''
    }
  </li>`;
}

function heldItem(page: PageContext, d: RoomPageData, m: HeldView): Html {
  return html`<li class="message held" id="h-${m.id}" data-id="${m.id}">
    <p class="message-meta">
      <strong class="author">${authorName(page, m)}</strong>
      ${m.anonymous ? tag(page.t.t('live.anonymousTag'), 'grey') : ''}
      ${timeOf(page, m.createdAt)}
      ${tag(m.heldReason === 'filter' ? page.t.t('live.held.filter') : page.t.t('live.held.queue'), 'yellow')}
    </p>
    <p class="message-body">${m.body}</p>
    ${moderatorForms(
      page,
      { roomId: d.room.id, script: d.script, me: d.me },
      { id: m.id, authorId: m.author?.id ?? null },
      { question: false, held: true },
    )}
  </li>`;
}

/**
 * Empty copies of a message, a question and a held message for the script to fill in (the
 * moderators' forms included, with `__ID__` for the message id): one markup for both ways in.
 */
function templates(page: PageContext, d: RoomPageData): Html {
  const blank: MessageView = {
    id: 0,
    roomId: d.room.id,
    kind: 'chat',
    body: '',
    author: { id: '__AUTHOR__', displayName: '' },
    anonymous: false,
    authorDeleted: false,
    status: 'visible',
    upvotes: 0,
    answered: false,
    createdAt: new Date(0).toISOString(),
  };
  const fix = (h: Html) =>
    html`${h}`.value
      .replace(/\/0\//g, '/__ID__/')
      .replace(/id="m-0"/, '')
      .replace(/id="h-0"/, '');
  const asTemplate = (id: string, h: Html) =>
    `<template id="${id}">${fix(h)}</template>`;
  const moderator = d.room.permissions.canModerate;
  // raw() on markup that html`` built and escaped above
  return raw(
    [
      asTemplate('tpl-message', messageItem(page, d, blank)),
      asTemplate(
        'tpl-question',
        questionItem(page, d, { ...blank, kind: 'question' }),
      ),
      moderator
        ? asTemplate(
            'tpl-held',
            heldItem(page, d, { ...blank, heldReason: 'queue' }),
          )
        : '',
    ].join(''),
  );
}

function sendForm(page: PageContext, d: RoomPageData): Html {
  const { t } = page;
  const qaRoom = d.room.mode === 'qa';
  if (!d.room.permissions.canWrite)
    return html`<p class="inset" id="write-block">
      ${d.room.locked ? t.t('live.room.lockedNotice') : t.t('live.room.readOnly')}
    </p>`;
  return postForm(
    page,
    `/rooms/${d.room.id}/messages`,
    html`${scriptField(d.script)}
      ${textarea(page, {
        id: 'body',
        name: 'body',
        label: qaRoom ? t.t('live.qa.askLabel') : t.t('live.send.label'),
        hint: d.room.slowModeSeconds
          ? t.t('live.send.slowHint', { seconds: d.room.slowModeSeconds })
          : undefined,
        value: d.posted?.body,
        error: d.errors?.for('body'),
        maxlength: 2000,
      })}
      ${
        qaRoom
          ? html`<div class="field">
              <div class="choice">
                <input
                  type="checkbox"
                  id="anonymous"
                  name="anonymous"
                  value="yes"
                  ${d.posted?.anonymous ? html` checked` : ''}
                /><label for="anonymous">${t.t('live.qa.anonymous')}</label>
              </div>
            </div>`
          : ''
      }
      <input
        type="hidden"
        name="kind"
        value="${qaRoom ? 'question' : 'chat'}"
      />
      ${button(qaRoom ? t.t('live.qa.ask') : t.t('live.send.button'))}
      <p class="error-message" id="send-error" role="alert" hidden></p>`,
    { id: 'send-form' },
  );
}

function settingsForm(page: PageContext, d: RoomPageData): Html {
  const { t } = page;
  const r = d.room;
  return html`<section aria-labelledby="settings-title" class="panel">
    <h2 id="settings-title">${t.t('live.settings.title')}</h2>
    ${postForm(
      page,
      `/rooms/${r.id}/settings`,
      html`${scriptField(d.script)}
        <div class="field">
          <div class="choice">
            <input
              type="checkbox"
              id="locked"
              name="locked"
              value="yes"
              ${r.locked ? html` checked` : ''}
            /><label for="locked">${t.t('live.settings.locked')}</label>
          </div>
        </div>
        <div class="field">
          <label for="slowModeSeconds">${t.t('live.settings.slow')}</label>
          <p class="hint" id="slowModeSeconds-hint">
            ${t.t('live.settings.slowHint')}
          </p>
          ${
            d.errors?.for('slowModeSeconds')
              ? html`<span class="error-message" id="slowModeSeconds-error"
                  >${d.errors.for('slowModeSeconds')}</span
                >`
              : ''
          }
          <input
            type="number"
            class="short"
            id="slowModeSeconds"
            name="slowModeSeconds"
            min="0"
            max="3600"
            inputmode="numeric"
            value="${r.slowModeSeconds}"
            aria-describedby="slowModeSeconds-hint"
          />
        </div>
        <div class="field">
          <label for="mode">${t.t('live.settings.mode')}</label>
          <select id="mode" name="mode">
            <option value="chat" ${r.mode === 'chat' ? html` selected` : ''}>
              ${t.t('live.settings.modeChat')}
            </option>
            <option value="qa" ${r.mode === 'qa' ? html` selected` : ''}>
              ${t.t('live.settings.modeQa')}
            </option>
          </select>
        </div>
        <div class="field">
          <div class="choice">
            <input
              type="checkbox"
              id="qaModeration"
              name="qaModeration"
              value="yes"
              ${r.qaModeration ? html` checked` : ''}
            /><label for="qaModeration"
              >${t.t('live.settings.qaModeration')}</label
            >
          </div>
        </div>
        ${button(t.t('live.settings.save'), 'secondary')}`,
    )}
  </section>`;
}

/** Refusals the script words itself; others show the server's (English) sentence. */
export const SCRIPT_ERRORS = [
  'MESSAGE_EMPTY',
  'MESSAGE_TOO_LONG',
  'SLOW_MODE',
  'MUTED',
  'ROOM_LOCKED',
  'RATE_LIMITED',
  'ROOM_READ_ONLY',
  'QUESTIONS_ONLY',
] as const;

/** Strings the script needs, in the page's language. */
function scriptStrings(page: PageContext): string {
  const { t } = page;
  return JSON.stringify({
    live: t.t('live.status.live'),
    connecting: t.t('live.status.connecting'),
    offline: t.t('live.status.offline'),
    ended: t.t('live.status.ended'),
    typing: t.t('live.typing'),
    typingMany: t.t('live.typingMany'),
    anonymous: t.t('live.author.anonymous'),
    deleted: t.t('live.author.deleted'),
    system: t.t('live.author.system'),
    upvoted: t.t('live.qa.upvoted'),
    presence: t.t('live.presence.count'),
    presenceOne: t.t('live.presence.one'),
    heldSent: t.t('notice.messageHeld'),
    failed: t.t('live.send.failed'),
    removed: t.t('live.status.removed'),
    locked: t.t('live.room.lockedNotice'),
    answer: t.t('live.mod.answer'),
    unanswer: t.t('live.mod.unanswer'),
    errors: Object.fromEntries(
      SCRIPT_ERRORS.map((code) => [code, t.t(`error.${code}`)]),
    ),
  });
}

export function roomPage(page: PageContext, d: RoomPageData): PageContent {
  const { t } = page;
  const r = d.room;
  const moderator = r.permissions.canModerate;
  const latin = d.script === 'latin';
  const lastId = Math.max(
    0,
    ...d.messages.map((m) => m.id),
    ...d.questions.map((q) => q.id),
  );
  // the one-time notice after a form post without JavaScript, inside the room
  const notice = page.notice ? noticeBox(page, page.notice) : '';
  const body = html`<link rel="stylesheet" href="${ASSETS.liveCss.path}" />
    <div
      id="room"
      data-room-id="${r.id}"
      data-mode="${r.mode}"
      data-script="${d.script}"
      data-me="${d.me}"
      data-moderator="${moderator ? '1' : '0'}"
      data-can-write="${r.permissions.canWrite ? '1' : '0'}"
      data-locked="${r.locked ? '1' : '0'}"
      data-last-id="${lastId}"
      data-locale="${INTL_LOCALE[page.locale]}"
      data-zone="${ROOM_ZONE}"
      data-strings="${scriptStrings(page)}"
    >
      ${errorSummary(page, d.errors)} ${notice}
      <p class="caption">${t.t(KIND_TITLE[r.kind])}</p>
      <h1>${d.title}</h1>
      ${d.back ? html`<p><a href="${d.back.href}">${d.back.label}</a></p>` : ''}
      <div class="room-bar">
        <p
          id="room-status"
          class="room-status"
          role="status"
          data-state="static"
        >
          ${t.t('live.status.static')}
        </p>
        <p>
          ${r.locked ? tag(t.t('live.room.locked'), 'red') : ''}
          ${r.slowModeSeconds ? tag(t.t('live.room.slow', { seconds: r.slowModeSeconds }), 'yellow') : ''}
          ${r.mode === 'qa' ? tag(t.t('live.room.qa')) : ''}
        </p>
        <p>
          <a
            id="script-toggle"
            href="${roomHref(r.id, latin ? 'original' : 'latin')}"
            >${latin ? t.t('live.script.original') : t.t('live.script.latin')}</a
          >
        </p>
      </div>
      ${
        r.kind === 'pair'
          ? html`<p class="inset">${t.t('live.room.pairPrivacy')}</p>`
          : ''
      }
      <section aria-labelledby="presence-title" class="presence">
        <h2 id="presence-title" class="visually-hidden">
          ${t.t('live.presence.title')}
        </h2>
        <p id="presence" aria-live="polite">
          ${t.t('live.presence.needsScript')}
        </p>
      </section>
      ${
        r.mode === 'qa'
          ? html`<section aria-labelledby="questions-title">
              <h2 id="questions-title">${t.t('live.qa.title')}</h2>
              <p class="hint">${t.t('live.qa.sorted')}</p>
              <ol id="questions" class="messages questions">
                ${d.questions.map((q) => questionItem(page, d, q))}
              </ol>
              <p
                id="no-questions"
                class="hint"
                ${d.questions.length ? html`hidden` : ''}
              >
                ${t.t('live.qa.none')}
              </p>
            </section>`
          : html`<section aria-labelledby="messages-title">
              <h2 id="messages-title">${t.t('live.messages.title')}</h2>
              ${
                d.hasMore && d.messages.length
                  ? html`<p>
                      <a
                        href="${roomHref(r.id, d.script, `before=${d.messages[0].id}`)}"
                        >${t.t('live.messages.earlier')}</a
                      >
                    </p>`
                  : ''
              }
              <ol
                id="messages"
                class="messages"
                aria-live="polite"
                aria-relevant="additions"
              >
                ${d.messages.map((m) => messageItem(page, d, m))}
              </ol>
              <p
                id="no-messages"
                class="hint"
                ${d.messages.length ? html`hidden` : ''}
              >
                ${t.t('live.messages.none')}
              </p>
            </section>`
      }
      <p id="typing" class="hint typing" aria-live="polite"></p>
      <section aria-labelledby="send-title">
        <h2 id="send-title" class="visually-hidden">
          ${r.mode === 'qa' ? t.t('live.qa.ask') : t.t('live.send.button')}
        </h2>
        ${sendForm(page, d)}
      </section>
      ${
        moderator
          ? html`<section aria-labelledby="queue-title">
                <h2 id="queue-title">${t.t('live.queue.title')}</h2>
                <p class="hint">${t.t('live.queue.hint')}</p>
                <ol id="held" class="messages">
                  ${d.held.map((m) => heldItem(page, d, m))}
                </ol>
                <p
                  id="no-held"
                  class="hint"
                  ${d.held.length ? html`hidden` : ''}
                >
                  ${t.t('live.queue.none')}
                </p>
              </section>
              ${settingsForm(page, d)}`
          : ''
      }
      ${templates(page, d)} ${csrfField(page)}
    </div>
    <script src="${ASSETS.socketio.path}" defer></script>
    <script src="${ASSETS.live.path}" defer></script>`;
  return { title: d.title, body, heading: false, noticeShown: true };
}
