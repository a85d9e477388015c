import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { notFound } from '../common/errors.js';
import { EVENT_KINDS } from '../events/entities/event.entity.js';
import { EventsService } from '../events/events.service.js';
import type { ListEventsQuery } from '../events/dto/event.dto.js';
import { ReferenceService } from '../reference/reference.service.js';
import { FormErrors } from './components.js';
import { appError, type FormBody } from './forms.js';
import { zonedDayStart } from './dates.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type PageContext,
} from './page-context.js';
import { errorText, PageRenderer } from './page-renderer.js';
import {
  cancelPage,
  eventPage,
  eventsPage,
  homePage,
  type EventFilters,
  type EventWithMine,
} from './pages/public.pages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 20;
/** Dates typed into the filters are days in the platform's zone. */
const FILTER_ZONE = 'Europe/Belgrade';

const one = (v: unknown) =>
  typeof v === 'string'
    ? v.trim()
    : Array.isArray(v)
      ? String(v[0] ?? '').trim()
      : '';

/** Home, the list of events and each event's page: public, with registration for the signed in. */
@Controller()
@WebPages()
export class PublicPagesController {
  constructor(
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async home(@Page() page: PageContext, @Res() res: Response) {
    const [list, ref] = await Promise.all([
      this.events.list(page.actor, { pageSize: 5 }),
      this.reference.all(),
    ]);
    this.pages.send(res, page, homePage(page, list.items, ref));
  }

  @Get('events')
  async list(
    @Page() page: PageContext,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const ref = await this.reference.all();
    const { t } = page;
    const errors = new FormErrors();
    const filters: EventFilters = { page: 1 };
    const q = one(query.q);
    if (q.length > 100) errors.add('q', t.t('events.error.q'));
    else if (q) filters.q = q;
    const kind = one(query.kind);
    if (kind && !(EVENT_KINDS as readonly string[]).includes(kind))
      errors.add('kind', t.t('events.error.kind'));
    else if (kind) filters.kind = kind;
    const placeId = one(query.placeId);
    if (placeId && !ref.places.some((p) => p.id === placeId))
      errors.add('placeId', t.t('events.error.place'));
    else if (placeId) filters.placeId = placeId;
    const language = one(query.language);
    if (language && !ref.languages.some((l) => l.id === language))
      errors.add('language', t.t('events.error.language'));
    else if (language) filters.language = language;
    const org = one(query.organisationId);
    if (org && !ref.organisations.some((o) => o.id === org))
      errors.add('organisationId', t.t('events.error.organisation'));
    else if (org) filters.organisationId = org;
    const from = one(query.from);
    const to = one(query.to);
    const fromAt = DATE.test(from)
      ? zonedDayStart(from, FILTER_ZONE)
      : undefined;
    const toAt = DATE.test(to) ? zonedDayStart(to, FILTER_ZONE, 1) : undefined;
    if (from && !fromAt) errors.add('from', t.t('events.error.date'));
    else if (from) filters.from = from;
    if (to && !toAt) errors.add('to', t.t('events.error.date'));
    else if (fromAt && toAt && toAt <= fromAt)
      errors.add('to', t.t('events.error.toBeforeFrom'));
    else if (to) filters.to = to;
    const pageNo = Number(one(query.page) || '1');
    filters.page =
      Number.isInteger(pageNo) && pageNo >= 1 && pageNo <= 10_000 ? pageNo : 1;

    const apiQuery: ListEventsQuery = {
      q: filters.q,
      kind: filters.kind as ListEventsQuery['kind'],
      placeId: filters.placeId,
      language: filters.language,
      organisationId: filters.organisationId,
      from: filters.from ? fromAt!.toISOString() : undefined,
      to: filters.to ? toAt!.toISOString() : undefined,
      page: filters.page,
      pageSize: PAGE_SIZE,
    };
    const result = await this.events.list(page.actor, apiQuery);
    const content = eventsPage(page, filters, result, ref, errors);
    this.pages.send(res, page, {
      ...content,
      status: errors.empty ? 200 : 400,
    });
  }

  private async eventOr404(page: PageContext, id: string) {
    if (!UUID.test(id)) throw notFound('This event', 'EVENT_NOT_FOUND');
    return (await this.events.get(page.actor, id)) as EventWithMine;
  }

  @Get('events/:id')
  async event(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    const [event, ref] = await Promise.all([
      this.eventOr404(page, id),
      this.reference.all(),
    ]);
    this.pages.send(res, page, eventPage(page, event, ref));
  }

  @Post('events/:id/register')
  @SignedIn()
  async register(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.eventOr404(page, id);
    try {
      const outcome = await this.events.register(actorOf(page), id);
      this.pages.redirect(
        res,
        page,
        `/events/${id}`,
        outcome.status === 'waitlisted' ? 'waitlisted' : 'registered',
      );
    } catch (e) {
      const err = appError(e);
      if (!err) throw e;
      const [event, ref] = await Promise.all([
        this.eventOr404(page, id),
        this.reference.all(),
      ]);
      const errors = new FormErrors();
      // the fix for these is on the profile page: the summary links there
      const onProfile =
        err.code === 'PROFILE_INCOMPLETE' ||
        err.code === 'GUARDIAN_CONSENT_REQUIRED';
      errors.add(
        'registration',
        errorText(page.t, err.code, err.status),
        onProfile ? '/me/profile' : undefined,
      );
      this.pages.send(res, page, {
        ...eventPage(page, event, ref, errors),
        status: err.status,
      });
    }
  }

  @Get('events/:id/cancel')
  @SignedIn()
  async cancelConfirm(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    const event = await this.eventOr404(page, id);
    const status = event.myRegistration?.status;
    if (status !== 'confirmed' && status !== 'waitlisted') {
      this.pages.redirect(res, page, `/events/${id}`);
      return;
    }
    this.pages.send(res, page, cancelPage(page, event));
  }

  @Post('events/:id/cancel')
  @SignedIn()
  async cancel(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    if (!UUID.test(id)) throw notFound('This event', 'EVENT_NOT_FOUND');
    await this.events.cancelMine(actorOf(page), id);
    this.pages.redirect(res, page, '/me/events', 'registrationCancelled');
  }
}
