import { ASSETS } from './assets.js';
import { csrfField } from './components.js';
import { html, type Html } from './html.js';
import { LOCALE_NAMES, LOCALES, type Locale } from './i18n/locales.js';
import type { NavItem } from './nav.js';
import type { Notice, PageContext } from './page-context.js';

export interface PageContent {
  /** the <title> and, unless `heading` is false, the page's h1 */
  title: string;
  body: Html;
  /** GET address of this page, for the language links (defaults to the request's URL) */
  url?: string;
  /** some pages write their own h1 (with a caption, for example) */
  heading?: boolean;
  status?: number;
  /** the page showed the one-time notice itself, next to what it is about */
  noticeShown?: boolean;
}

export function noticeBox(page: PageContext, notice: Notice): Html {
  return html`<div class="notice" role="status">
    <p>${page.t.t(`notice.${notice}`)}</p>
  </div>`;
}

/** The same page in another language: `lang` replaced, everything else kept. */
export function withLang(url: string, locale: Locale): string {
  const [path, query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('lang', locale);
  return `${path}?${params.toString()}`;
}

function currentSection(url: string, items: NavItem[]): NavItem | undefined {
  const path = url.split('?')[0];
  return items
    .filter((i) => {
      const prefix = i.section ?? i.href;
      return path === prefix || path.startsWith(prefix + '/');
    })
    .sort(
      (a, b) => (b.section ?? b.href).length - (a.section ?? a.href).length,
    )[0];
}

export function layout(
  page: PageContext,
  nav: NavItem[],
  content: PageContent,
): Html {
  const { t } = page;
  const url = content.url ?? page.url;
  const current = currentSection(url, nav);
  return html`<!doctype html>
    <html lang="${page.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          ${content.status && content.status >= 400 ? `${t.t('page.errorTitlePrefix')} ` : ''}${content.title}
          – UraMost
        </title>
        <meta name="description" content="${t.t('site.description')}" />
        <link rel="stylesheet" href="${ASSETS.css.path}" />
        <link rel="icon" href="${ASSETS.icon.path}" type="image/svg+xml" />
        <script src="${ASSETS.js.path}" defer></script>
      </head>
      <body>
        <a href="#main" class="skip-link">${t.t('layout.skipToContent')}</a>
        <header class="header">
          <div class="width header-top">
            <a href="/" class="brand"
              >UraMost<span>${t.t('site.tagline')}</span></a
            >
            <nav class="languages" aria-label="${t.t('layout.languages')}">
              <ul>
                ${LOCALES.map(
                  (l) =>
                    html`<li>
                      <a
                        href="${withLang(url, l)}"
                        lang="${l}"
                        hreflang="${l}"
                        ${l === page.locale ? html` aria-current="true"` : ''}
                        >${LOCALE_NAMES[l]}</a
                      >
                    </li>`,
                )}
              </ul>
            </nav>
          </div>
          <nav class="nav" aria-label="${t.t('layout.mainNavigation')}">
            <div class="width">
              <ul>
                ${nav.map(
                  (i) =>
                    html`<li>
                      <a
                        href="${i.href}"
                        ${i === current ? html` aria-current="page"` : ''}
                        >${t.t(i.label)}</a
                      >
                    </li>`,
                )}
                ${
                  page.actor
                    ? html`<li>
                        <form method="post" action="/logout">
                          ${csrfField(page)}<button type="submit" class="link">
                            ${t.t('nav.signOut')}
                          </button>
                        </form>
                      </li>`
                    : ''
                }
              </ul>
            </div>
          </nav>
        </header>
        <main id="main" class="width" tabindex="-1">
          ${page.notice && !content.noticeShown ? noticeBox(page, page.notice) : ''}
          ${content.heading === false ? '' : html`<h1>${content.title}</h1>`}
          ${content.body}
        </main>
        <footer>
          <div class="width">
            <p>${t.t('footer.about')}</p>
            ${
              page.actor
                ? html`<p>
                    ${t.t('footer.signedInAs', { name: page.actor.displayName })}
                  </p>`
                : ''
            }
          </div>
        </footer>
      </body>
    </html> `;
}
