import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SESSION_COOKIE } from '../auth/auth.guard.js';
import { EventsService } from '../events/events.service.js';
import { GUARDIAN_AGE, minimumAge } from '../participants/consent-texts.js';
import {
  ConsentDto,
  UpdateProfileDto,
} from '../participants/dto/profile.dto.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { FormErrors } from './components.js';
import { clearCookie, LANG_COOKIE, setCookie } from './cookies.js';
import { DoNotPairList } from './do-not-pair.service.js';
import { appError, check, field, fields, type FormBody } from './forms.js';
import { CONSENT_VERSIONS } from './i18n/consents.js';
import { isLocale } from './i18n/locales.js';
import type { TextKey } from './i18n/translator.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type PageContext,
} from './page-context.js';
import { errorText, PageRenderer } from './page-renderer.js';
import {
  deletePage,
  myDataPage,
  myEventsPage,
  profileFormOf,
  profilePage,
  type MyRegistration,
  type OwnProfile,
  type ProfileForm,
  type ProfilePageData,
  type ProfileSection,
} from './pages/me.pages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const YEAR = 365 * 24 * 3600;

/** Messages for the profile fields the API's DTO refuses. */
const PROFILE_FIELD_ERRORS: Record<string, TextKey> = {
  displayName: 'profile.error.displayName',
  birthYear: 'profile.error.birthYear',
  placeId: 'profile.error.place',
  languages: 'profile.error.languages',
  interests: 'profile.error.interests',
  availability: 'profile.error.availability',
  bio: 'profile.error.bio',
  locale: 'profile.error.locale',
  communityId: 'community.error.choose',
};

/** The participant's own pages: profile, consents, registrations, their data. */
@Controller('me')
@WebPages()
@SignedIn()
export class MePagesController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly doNotPair: DoNotPairList,
    private readonly pages: PageRenderer,
  ) {}

  private async profileData(
    page: PageContext,
    extra: {
      form?: ProfileForm;
      errors?: FormErrors;
      section?: ProfileSection;
      posted?: Record<string, string>;
    } = {},
  ): Promise<ProfilePageData> {
    const actor = actorOf(page);
    const [me, ref, dnp] = await Promise.all([
      this.participants.me(actor),
      this.reference.all(),
      this.doNotPair.entries(actor),
    ]);
    const profile = me.profile as OwnProfile;
    return {
      user: me.user,
      profile,
      form: extra.form ?? profileFormOf(me.user, profile),
      ref,
      doNotPair: dnp,
      needsGuardian:
        profile.birthYear !== null &&
        minimumAge(profile.birthYear) < GUARDIAN_AGE,
      errors: extra.errors,
      section: extra.section,
      posted: extra.posted,
    };
  }

  @Get('profile')
  async profile(@Page() page: PageContext, @Res() res: Response) {
    this.pages.send(res, page, profilePage(page, await this.profileData(page)));
  }

  @Post('profile')
  async saveProfile(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const actor = actorOf(page);
    const ref = await this.reference.all();
    const form: ProfileForm = {
      displayName: field(body, 'displayName'),
      locale: field(body, 'locale'),
      birthYear: field(body, 'birthYear'),
      placeId: field(body, 'placeId'),
      languages: Object.fromEntries(
        ref.languages
          .map((l) => [l.id, field(body, `lang_${l.id}`)])
          .filter(([, level]) => level),
      ),
      interests: fields(body, 'interests'),
      availability: fields(body, 'availability'),
      bio: field(body, 'bio'),
    };
    const errors = new FormErrors();
    const current = await this.participants.me(actor);
    let birthYear: number | undefined;
    if (form.birthYear) {
      if (/^\d{4}$/.test(form.birthYear)) birthYear = Number(form.birthYear);
      else errors.add('birthYear', t.t('profile.error.birthYear'));
    } else if (current.profile.birthYear !== null) {
      errors.add('birthYear', t.t('profile.error.birthYearMissing'));
    }
    const plain = {
      displayName: form.displayName,
      locale: form.locale,
      ...(birthYear !== undefined ? { birthYear } : {}),
      placeId: form.placeId || null,
      languages: Object.entries(form.languages).map(([code, level]) => ({
        code,
        level,
      })),
      interests: form.interests,
      availability: form.availability,
      bio: form.bio || null,
    };
    const { value, invalid } = await check(UpdateProfileDto, plain);
    for (const [prop, key] of Object.entries(PROFILE_FIELD_ERRORS))
      if (invalid.has(prop)) errors.add(prop, t.t(key));
    if (errors.empty) {
      try {
        await this.participants.updateProfile(actor, value);
        if (isLocale(form.locale))
          setCookie(res, LANG_COOKIE, form.locale, {
            secure: page.secure,
            maxAgeSeconds: YEAR,
          });
        return this.pages.redirect(res, page, '/me/profile', 'profileSaved');
      } catch (e) {
        const err = appError(e);
        if (!err) throw e;
        const named = (
          err.details as { fields?: { field: string }[] } | undefined
        )?.fields?.map((f) => f.field.split('.')[0]);
        for (const prop of named ?? [])
          if (PROFILE_FIELD_ERRORS[prop])
            errors.add(prop, t.t(PROFILE_FIELD_ERRORS[prop]));
        if (errors.empty)
          errors.add('displayName', errorText(t, err.code, err.status));
      }
    }
    const data = await this.profileData(page, {
      form,
      errors,
      section: 'profile',
    });
    this.pages.send(res, page, profilePage(page, data));
  }

  private async rerender(
    res: Response,
    page: PageContext,
    section: ProfileSection,
    errors: FormErrors,
    posted: Record<string, string>,
  ) {
    const data = await this.profileData(page, { errors, section, posted });
    this.pages.send(res, page, profilePage(page, data));
  }

  @Post('profile/community')
  async community(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const actor = actorOf(page);
    const communityId = field(body, 'communityId');
    const consent = field(body, 'consent') === 'yes';
    const [me, ref] = await Promise.all([
      this.participants.me(actor),
      this.reference.all(),
    ]);
    const consented = me.profile.consents.communityData;
    const errors = new FormErrors();
    if (communityId && !ref.communities.some((c) => c.id === communityId))
      errors.add('communityId', t.t('community.error.choose'));
    if (!consented) {
      if (!communityId)
        errors.add('communityId', t.t('community.error.choose'));
      if (!consent) errors.add('consent', t.t('community.error.consent'));
    }
    if (!errors.empty)
      return this.rerender(res, page, 'community', errors, {
        communityId,
        ...(consent ? { consent: 'yes' } : {}),
      });
    try {
      if (!consented)
        await this.participants.recordConsent(actor, {
          kind: 'community-data',
          granted: true,
          textVersion: CONSENT_VERSIONS['community-data'],
        });
      await this.participants.updateProfile(actor, {
        communityId: communityId || null,
      });
    } catch (e) {
      const err = appError(e);
      if (!err) throw e;
      errors.add('communityId', errorText(t, err.code, err.status));
      return this.rerender(res, page, 'community', errors, { communityId });
    }
    this.pages.redirect(
      res,
      page,
      '/me/profile#community-title',
      consented ? 'communitySaved' : 'consentGiven',
    );
  }

  @Post('profile/community/withdraw')
  async withdrawCommunity(
    @Page() page: PageContext,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.participants.recordConsent(actorOf(page), {
      kind: 'community-data',
      granted: false,
      textVersion: CONSENT_VERSIONS['community-data'],
    });
    this.pages.redirect(
      res,
      page,
      '/me/profile#community-title',
      'consentWithdrawn',
    );
  }

  @Post('profile/guardian')
  async guardian(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const posted = {
      guardianName: field(body, 'guardianName'),
      guardianContact: field(body, 'guardianContact'),
      agree: field(body, 'agree') === 'yes' ? 'yes' : '',
    };
    const { value, invalid } = await check(ConsentDto, {
      kind: 'guardian',
      granted: true,
      textVersion: CONSENT_VERSIONS.guardian,
      guardianName: posted.guardianName,
      guardianContact: posted.guardianContact,
    });
    const errors = new FormErrors();
    if (invalid.has('guardianName'))
      errors.add('guardianName', t.t('guardian.error.name'));
    if (invalid.has('guardianContact'))
      errors.add('guardianContact', t.t('guardian.error.contact'));
    if (!posted.agree) errors.add('guardianAgree', t.t('guardian.error.agree'));
    if (!errors.empty)
      return this.rerender(res, page, 'guardian', errors, posted);
    await this.participants.recordConsent(actorOf(page), value);
    this.pages.redirect(
      res,
      page,
      '/me/profile#guardian-title',
      'guardianSaved',
    );
  }

  @Post('profile/guardian/withdraw')
  async withdrawGuardian(
    @Page() page: PageContext,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.participants.recordConsent(actorOf(page), {
      kind: 'guardian',
      granted: false,
      textVersion: CONSENT_VERSIONS.guardian,
    });
    this.pages.redirect(
      res,
      page,
      '/me/profile#guardian-title',
      'guardianWithdrawn',
    );
  }

  @Post('profile/do-not-pair')
  async addDoNotPair(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const email = field(body, 'email');
    const errors = new FormErrors();
    if (!/^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{1,63}$/.test(email))
      errors.add('dnpEmail', t.t('dnp.error.email'));
    else {
      try {
        await this.doNotPair.addByEmail(actorOf(page), email);
      } catch (e) {
        const err = appError(e);
        if (!err) throw e;
        errors.add('dnpEmail', errorText(t, err.code, err.status));
      }
    }
    if (!errors.empty)
      return this.rerender(res, page, 'doNotPair', errors, { email });
    this.pages.redirect(res, page, '/me/profile#dnp-title', 'doNotPairAdded');
  }

  @Post('profile/do-not-pair/remove')
  async removeDoNotPair(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const id = field(body, 'id');
    if (UUID.test(id)) await this.doNotPair.remove(actorOf(page), id);
    this.pages.redirect(res, page, '/me/profile#dnp-title', 'doNotPairRemoved');
  }

  @Get('events')
  async myEvents(@Page() page: PageContext, @Res() res: Response) {
    const [regs, ref] = await Promise.all([
      this.events.myRegistrations(actorOf(page)),
      this.reference.all(),
    ]);
    this.pages.send(
      res,
      page,
      myEventsPage(page, regs as MyRegistration[], ref),
    );
  }

  @Get('data')
  async myData(@Page() page: PageContext, @Res() res: Response) {
    const me = await this.participants.me(actorOf(page));
    this.pages.send(res, page, myDataPage(page, me.user));
  }

  @Get('data/export')
  async export(@Page() page: PageContext, @Res() res: Response) {
    const data = await this.participants.export(actorOf(page));
    const day = data.exportedAt.slice(0, 10);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="uramost-my-data-${day}.json"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.send(JSON.stringify(data, null, 2));
  }

  @Get('delete')
  deleteForm(@Page() page: PageContext, @Res() res: Response) {
    this.pages.send(res, page, deletePage(page, new FormErrors()));
  }

  @Post('delete')
  async delete(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    if (field(body, 'confirm') !== 'yes') {
      const errors = new FormErrors();
      errors.add('confirm', page.t.t('delete.error.confirm'));
      return this.pages.send(res, page, deletePage(page, errors));
    }
    await this.participants.erase(actorOf(page));
    clearCookie(res, SESSION_COOKIE, page.secure);
    this.pages.redirect(res, page, '/', 'accountDeleted');
  }
}
