import {
  Body,
  Controller,
  Get,
  Inject,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { ClientAddress } from '../auth/auth.guard.js';
import { SESSION_COOKIE } from '../auth/auth.guard.js';
import { AuthService, type Session } from '../auth/auth.service.js';
import { RegisterDto } from '../auth/dto/auth.dto.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { FormErrors } from './components.js';
import { clearCookie, LANG_COOKIE, setCookie } from './cookies.js';
import { appError, check, field, type FormBody } from './forms.js';
import { isLocale } from './i18n/locales.js';
import { Page, WebPages, type PageContext } from './page-context.js';
import { errorText, PageRenderer, safeNext } from './page-renderer.js';
import { loginPage, signUpPage } from './pages/account.pages.js';

const YEAR = 365 * 24 * 3600;

/** Sign up, sign in and sign out: the session is an httpOnly cookie carrying the API's token. */
@Controller()
@WebPages()
export class AccountPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private startSession(res: Response, page: PageContext, session: Session) {
    setCookie(res, SESSION_COOKIE, session.accessToken, {
      secure: page.secure,
      maxAgeSeconds: this.config.jwt.ttlSeconds,
    });
    // from now on the account's language, until the person switches
    setCookie(res, LANG_COOKIE, session.user.locale, {
      secure: page.secure,
      maxAgeSeconds: YEAR,
    });
  }

  @Get('signup')
  signUpForm(@Page() page: PageContext, @Res() res: Response) {
    if (page.actor) return this.pages.redirect(res, page, '/me/profile');
    this.pages.send(res, page, signUpPage(page, {}, new FormErrors()));
  }

  @Post('signup')
  async signUp(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @ClientAddress() address: string,
    @Res() res: Response,
  ) {
    const { t } = page;
    const form = {
      displayName: field(body, 'displayName'),
      email: field(body, 'email'),
      locale: field(body, 'locale') || page.locale,
    };
    const password = typeof body.password === 'string' ? body.password : '';
    const errors = new FormErrors();
    const { value, invalid } = await check(RegisterDto, { ...form, password });
    if (invalid.has('displayName'))
      errors.add('displayName', t.t('signup.error.displayName'));
    if (invalid.has('email'))
      errors.add(
        'email',
        form.email
          ? t.t('signup.error.email')
          : t.t('signup.error.emailMissing'),
      );
    if (invalid.has('password'))
      errors.add('password', t.t('error.PASSWORD_LENGTH'));
    if (invalid.has('locale') || !isLocale(form.locale))
      errors.add('locale', t.t('signup.error.locale'));
    if (errors.empty) {
      try {
        const session = await this.auth.register(value, address);
        this.startSession(res, page, session);
        return this.pages.redirect(res, page, '/me/profile', 'signedUp');
      } catch (e) {
        const err = appError(e);
        if (!err) throw e;
        const on =
          err.code === 'EMAIL_TAKEN'
            ? 'email'
            : err.code.startsWith('PASSWORD')
              ? 'password'
              : 'displayName';
        errors.add(on, errorText(t, err.code, err.status));
      }
    }
    this.pages.send(res, page, signUpPage(page, form, errors));
  }

  @Get('login')
  loginForm(
    @Page() page: PageContext,
    @Query('next') next: unknown,
    @Res() res: Response,
  ) {
    if (page.actor) return this.pages.redirect(res, page, safeNext(next));
    this.pages.send(
      res,
      page,
      loginPage(page, { next: safeNext(next) }, new FormErrors()),
    );
  }

  @Post('login')
  async login(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @ClientAddress() address: string,
    @Res() res: Response,
  ) {
    const { t } = page;
    const email = field(body, 'email').toLowerCase();
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(field(body, 'next'));
    const errors = new FormErrors();
    if (!email) errors.add('email', t.t('login.error.email'));
    if (!password) errors.add('password', t.t('login.error.password'));
    if (email.length > 254 || password.length > 128)
      errors.add('email', t.t('error.INVALID_CREDENTIALS'));
    if (errors.empty) {
      try {
        const session = await this.auth.login(email, password, address);
        this.startSession(res, page, session);
        return this.pages.redirect(res, page, next, 'signedIn');
      } catch (e) {
        const err = appError(e);
        if (!err) throw e;
        errors.add('email', errorText(t, err.code, err.status));
      }
    }
    this.pages.send(res, page, loginPage(page, { email, next }, errors));
  }

  /** Signs out everywhere: the API's logout revokes every token of the account. */
  @Post('logout')
  async logout(
    @Page() page: PageContext,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    if (page.actor) await this.auth.logout(page.actor);
    clearCookie(res, SESSION_COOKIE, page.secure);
    this.pages.redirect(res, page, '/', page.actor ? 'signedOut' : undefined);
  }
}
