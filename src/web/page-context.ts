import {
  applyDecorators,
  createParamDecorator,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { SESSION_COOKIE, tokenFrom } from '../auth/auth.guard.js';
import { AuthService } from '../auth/auth.service.js';
import { TokensService } from '../auth/tokens.service.js';
import { AppError, unauthorized } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { CsrfTokens } from './csrf.js';
import {
  clearCookie,
  CSRF_COOKIE,
  FLASH_COOKIE,
  LANG_COOKIE,
  readCookies,
  setCookie,
} from './cookies.js';
import { isLocale, negotiateLocale, type Locale } from './i18n/locales.js';
import { translator, type Translator } from './i18n/translator.js';

/** One-line confirmations shown once on the next page ("Your profile is saved"). */
export const NOTICES = [
  'signedUp',
  'signedIn',
  'signedOut',
  'profileSaved',
  'registered',
  'waitlisted',
  'registrationCancelled',
  'consentGiven',
  'communitySaved',
  'consentWithdrawn',
  'guardianSaved',
  'guardianWithdrawn',
  'doNotPairAdded',
  'doNotPairRemoved',
  'accountDeleted',
  // organiser, admin and "my calendar" pages (i18n/areas/organiser.ts)
  'eventCreated',
  'eventSaved',
  'eventPublished',
  'eventCancelled',
  'sessionAdded',
  'sessionSaved',
  'sessionRemoved',
  'checkedIn',
  'organisationCreated',
  'organiserAdded',
  'calendarRotated',
  // live rooms, "my pairings", cohorts and rounds (i18n/areas/live.ts)
  'messageSent',
  'questionAsked',
  'messageHeld',
  'messageHidden',
  'personMuted',
  'personBanned',
  'roomSettingsSaved',
  'messageApproved',
  'questionUpdated',
  'voteCounted',
  'feedbackSaved',
  'roundSkipped',
  'roundRejoined',
  'cohortJoined',
  'cohortLeft',
  'cohortCreated',
  'roundDrafted',
  'pairSwapped',
  'pairLocked',
  'pairForbidden',
  'roundResolved',
  'roundPublished',
] as const;
export type Notice = (typeof NOTICES)[number];

/** Everything a page needs to know about the request it answers. */
export interface PageContext {
  locale: Locale;
  t: Translator;
  actor?: Actor;
  /** the form token for this browser and this sign-in */
  csrf: string;
  /** path and query of this request */
  url: string;
  notice?: Notice;
  /** Secure cookies (production) */
  secure: boolean;
  publicUrl: string;
}

export type PageRequest = Request & { page?: PageContext; actor?: Actor };

const YEAR = 365 * 24 * 3600;

@Injectable()
export class PageContexts {
  readonly csrf: CsrfTokens;
  readonly secure: boolean;

  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.csrf = new CsrfTokens(config.jwt.secret);
    this.secure = config.nodeEnv === 'production';
  }

  /**
   * Who is asking, in which language, with which form token. Sets the cookies this needs: the
   * browser's CSRF secret when missing, the language when `?lang=` switches it, and clears a
   * session cookie that no longer signs anyone in.
   */
  async build(
    req: PageRequest,
    res: Response,
    opts: { consumeNotice: boolean } = { consumeNotice: true },
  ): Promise<PageContext> {
    const cookies = readCookies(req);
    let session = tokenFrom(req);
    let actor = req.actor;
    if (!actor && session) {
      actor = (await this.auth.resolveToken(session)) ?? undefined;
      if (!actor && cookies[SESSION_COOKIE])
        clearCookie(res, SESSION_COOKIE, this.secure);
    }
    if (actor && req.method === 'GET' && cookies[SESSION_COOKIE] === session)
      session = this.renewed(res, session!) ?? session;

    const asked = req.query?.lang;
    let locale: Locale;
    if (isLocale(asked)) {
      locale = asked;
      if (cookies[LANG_COOKIE] !== asked)
        setCookie(res, LANG_COOKIE, asked, {
          secure: this.secure,
          maxAgeSeconds: YEAR,
        });
    } else if (isLocale(cookies[LANG_COOKIE])) {
      locale = cookies[LANG_COOKIE];
    } else {
      locale =
        actor?.locale ??
        negotiateLocale(req.headers['accept-language']) ??
        'en';
    }

    let browserSecret = cookies[CSRF_COOKIE];
    if (!browserSecret || browserSecret.length < 16) {
      browserSecret = CsrfTokens.newBrowserSecret();
      setCookie(res, CSRF_COOKIE, browserSecret, { secure: this.secure });
      // the posts of this same request (none yet) and the forms it renders use the new one
      req.headers.cookie = `${req.headers.cookie ? req.headers.cookie + '; ' : ''}${CSRF_COOKIE}=${browserSecret}`;
    }

    let notice: Notice | undefined;
    const flash = cookies[FLASH_COOKIE];
    if (flash !== undefined && opts.consumeNotice) {
      if ((NOTICES as readonly string[]).includes(flash))
        notice = flash as Notice;
      clearCookie(res, FLASH_COOKIE, this.secure);
    }

    return {
      locale,
      t: translator(locale),
      actor,
      csrf: this.csrf.tokenFor(browserSecret, actor ? session : undefined),
      url: req.originalUrl,
      notice,
      secure: this.secure,
      publicUrl: this.config.publicUrl,
    };
  }

  /**
   * A sliding session for the pages: past half its lifetime, a page view swaps the cookie for a
   * fresh token of the same account and token version (sign-out and bans still revoke it). Only on
   * GET, so a form always posts with the session its token was made for.
   */
  private renewed(res: Response, session: string): string | undefined {
    const claims = this.tokens.verify(session);
    if (!claims) return undefined;
    let issuedAt: unknown;
    try {
      issuedAt = (
        JSON.parse(
          Buffer.from(session.split('.')[1], 'base64url').toString(),
        ) as { iat?: unknown }
      ).iat;
    } catch {
      return undefined;
    }
    const ttl = this.config.jwt.ttlSeconds;
    if (typeof issuedAt !== 'number' || Date.now() / 1000 - issuedAt < ttl / 2)
      return undefined;
    const fresh = this.tokens.issue({
      id: claims.sub,
      tokenVersion: claims.ver,
    });
    setCookie(res, SESSION_COOKIE, fresh, {
      secure: this.secure,
      maxAgeSeconds: ttl,
    });
    return fresh;
  }

  /** A form post carries the token made for the cookies it arrives with. */
  verifyPost(req: PageRequest, signedIn: boolean): boolean {
    const cookies = readCookies(req);
    const body = req.body as Record<string, unknown> | undefined;
    return this.csrf.verify(
      body?._csrf,
      cookies[CSRF_COOKIE],
      signedIn ? tokenFrom(req) : undefined,
    );
  }
}

const SIGNED_IN = 'uramost:web-signed-in';

/**
 * Builds the PageContext of every page request, checks the form token of every post and, on pages
 * that need an account, sends the anonymous to the sign-in page (through the error filter).
 */
@Injectable()
export class PageGuard implements CanActivate {
  constructor(
    private readonly contexts: PageContexts,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<PageRequest>();
    const res = http.getResponse<Response>();
    const page = await this.contexts.build(req, res, {
      consumeNotice: req.method === 'GET',
    });
    req.page = page;
    if (page.actor) req.actor = page.actor;
    if (req.method === 'POST' && !this.contexts.verifyPost(req, !!page.actor)) {
      throw new AppError(
        403,
        'CSRF_FAILED',
        'This form has expired or did not come from this site. Go back, reload the page and try again.',
      );
    }
    const needsAccount = this.reflector.getAllAndOverride<boolean>(SIGNED_IN, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (needsAccount && !page.actor) throw unauthorized();
    return true;
  }
}

/** For a controller of web pages: page context, CSRF checks, and no place in the OpenAPI document. */
export const WebPages = () =>
  applyDecorators(UseGuards(PageGuard), ApiExcludeController());

/** This page needs an account: anonymous visitors are sent to the sign-in page and back. */
export const SignedIn = () => SetMetadata(SIGNED_IN, true);

export const Page = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): PageContext => {
    const page = ctx.switchToHttp().getRequest<PageRequest>().page;
    if (!page) throw new Error('@Page() needs @WebPages() on the controller');
    return page;
  },
);

/** The signed-in account of a @SignedIn() page. */
export function actorOf(page: PageContext): Actor {
  if (!page.actor) throw unauthorized();
  return page.actor;
}
