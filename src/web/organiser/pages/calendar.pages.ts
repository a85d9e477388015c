import { button, postForm } from '../../components.js';
import { html } from '../../html.js';
import type { PageContent } from '../../layout.js';
import type { PageContext } from '../../page-context.js';

/** The personal feed: subscribe (kept up to date), the address to paste, download once, rotate. */
export function myCalendarPage(
  page: PageContext,
  feed: { feedUrl: string; webcalUrl: string },
): PageContent {
  const { t } = page;
  return {
    title: t.t('cal.title'),
    url: '/me/calendar',
    body: html`<p>${t.t('cal.intro')}</p>
      <h2>${t.t('cal.subscribeTitle')}</h2>
      <p>${t.t('cal.subscribeText')}</p>
      <p>
        <a class="button" href="${feed.webcalUrl}" id="subscribe"
          >${t.t('cal.subscribe')}</a
        >
      </p>
      <h2>${t.t('cal.copyTitle')}</h2>
      <p id="feed-url-hint">${t.t('cal.copyText')}</p>
      <div class="field">
        <label for="feed-url">${t.t('cal.address')}</label>
        <input
          id="feed-url"
          type="text"
          readonly
          value="${feed.feedUrl}"
          spellcheck="false"
          autocomplete="off"
          aria-describedby="feed-url-hint"
        />
      </div>
      <h2>${t.t('cal.downloadTitle')}</h2>
      <p>${t.t('cal.downloadText')}</p>
      <p>
        <a
          class="button secondary"
          href="${feed.feedUrl}"
          download="uramost.ics"
          id="download"
          >${t.t('cal.download')}</a
        >
      </p>
      <h2>${t.t('cal.privateTitle')}</h2>
      <p>${t.t('cal.privateText')}</p>
      ${postForm(page, '/me/calendar/rotate', button(t.t('cal.rotate'), 'warning'))}`,
  };
}
