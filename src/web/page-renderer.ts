import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type {
  ErrorBody,
  HtmlErrorPages,
} from '../common/http-exception.filter.js';
import { FLASH_COOKIE, setCookie } from './cookies.js';
import { html } from './html.js';
import type { Translator } from './i18n/translator.js';
import { layout, type PageContent } from './layout.js';
import { WebNav } from './nav.js';
import {
  PageContexts,
  type Notice,
  type PageContext,
  type PageRequest,
} from './page-context.js';

/** A path on this site to return to after signing in; anything else becomes "/". */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  if (/[\u0000-\u001F\u007F]/.test(value)) return '/';
  return value;
}

/** A person's words for an error: the catalogue's text for its code, else one for its status. */
export function errorText(t: Translator, code: string, status: number): string {
  const byCode = `error.${code}`;
  if (t.has(byCode)) return t.t(byCode);
  if (status === 404) return t.t('error.NOT_FOUND');
  if (status === 403) return t.t('error.FORBIDDEN');
  if (status === 429) return t.t('error.RATE_LIMITED');
  if (status >= 500) return t.t('error.INTERNAL_ERROR');
  return t.t('error.generic');
}

@Injectable()
export class PageRenderer implements HtmlErrorPages {
  constructor(
    private readonly nav: WebNav,
    private readonly contexts: PageContexts,
  ) {}

  send(res: Response, page: PageContext, content: PageContent) {
    const body = layout(page, this.nav.for(page.actor?.role), content).value;
    res.status(content.status ?? 200);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Language', page.locale);
    res.setHeader('Cache-Control', page.actor ? 'no-store' : 'no-cache');
    res.setHeader('Vary', 'Cookie, Accept-Language');
    res.send(body);
  }

  /** Post/redirect/get: 303 to a page, with a one-time notice for it. */
  redirect(res: Response, page: PageContext, to: string, notice?: Notice) {
    if (notice)
      setCookie(res, FLASH_COOKIE, notice, {
        secure: page.secure,
        maxAgeSeconds: 120,
      });
    res.redirect(303, to);
  }

  /** Errors of page requests, from the global filter: sign-in for 401, a page for the rest. */
  async renderError(error: ErrorBody, req: Request, res: Response) {
    const r = req as PageRequest;
    if (error.statusCode === 401) {
      const back =
        req.method === 'GET' ? req.originalUrl : (sameSitePath(req) ?? '/');
      res.redirect(303, `/login?next=${encodeURIComponent(safeNext(back))}`);
      return;
    }
    const page =
      r.page ?? (await this.contexts.build(r, res, { consumeNotice: false }));
    const { t } = page;
    const status = error.statusCode;
    const title =
      error.code === 'CSRF_FAILED'
        ? t.t('errorPage.expired')
        : status === 404
          ? t.t('errorPage.notFound')
          : status === 403
            ? t.t('errorPage.forbidden')
            : status === 429
              ? t.t('errorPage.tooMany')
              : status >= 500
                ? t.t('errorPage.problem')
                : t.t('errorPage.cannot');
    this.send(res, page, {
      status,
      title,
      url: req.method === 'GET' ? req.originalUrl : '/',
      body: html`<p>${errorText(t, error.code, status)}</p>
        ${status >= 500 && error.requestId ? html`<p class="hint">${t.t('errorPage.reference', { id: error.requestId })}</p>` : ''}
        <p>
          <a href="/">${t.t('errorPage.home')}</a> ·
          <a href="/events">${t.t('errorPage.events')}</a>
        </p>`,
    });
  }
}

function sameSitePath(req: Request): string | undefined {
  const referer = req.headers.referer;
  if (!referer) return undefined;
  try {
    const u = new URL(referer);
    if (u.host !== req.headers.host) return undefined;
    return u.pathname + u.search;
  } catch {
    return undefined;
  }
}
