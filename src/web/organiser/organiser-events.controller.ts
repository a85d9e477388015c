import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { forbidden, notFound } from '../../common/errors.js';
import { EventsService } from '../../events/events.service.js';
import type { EventView } from '../../events/views.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { FormErrors } from '../components.js';
import { attempt, field, type FormBody } from '../forms.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type PageContext,
} from '../page-context.js';
import { PageRenderer } from '../page-renderer.js';
import {
  emptyEventForm,
  eventDtoOf,
  eventFormOf,
  eventServiceError,
  readEventForm,
  type EventForm,
} from './event-form.js';
import {
  cancelEventPage,
  eventFormPage,
  eventManagePage,
  eventsListPage,
  managePath,
  registrationsPage,
  sessionEditPage,
  type RegistrationRow,
} from './pages/events.pages.js';
import {
  newSessionForm,
  readSessionForm,
  sessionDtoOf,
  sessionFormOf,
  sessionServiceError,
  type SessionForm,
} from './session-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 50;

function eventId(id: string): string {
  if (!UUID.test(id)) throw notFound('This event', 'EVENT_NOT_FOUND');
  return id;
}

function sessionId(id: string): string {
  if (!UUID.test(id)) throw notFound('This session', 'SESSION_NOT_FOUND');
  return id;
}

/** Organisers and admins only; everyone else gets the 403 page. */
function staff(page: PageContext) {
  const actor = actorOf(page);
  if (actor.role !== 'organiser' && actor.role !== 'admin')
    throw forbidden('Only organisers can manage events.');
  return actor;
}

/**
 * The organiser's pages: their organisation's events (admins see every organisation's), the
 * event form, the agenda with its clash messages, publishing, cancelling, registrations and
 * check-in. Access is the events service's own: an event of another organisation is a 404 while
 * it is a draft and a 403 once published.
 */
@Controller('organiser/events')
@WebPages()
@SignedIn()
export class OrganiserEventsController {
  constructor(
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(
    @Page() page: PageContext,
    @Query('page') pageParam: string | undefined,
    @Res() res: Response,
  ) {
    const actor = staff(page);
    const n = Number(pageParam ?? '1');
    const pageNo = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
    const [result, ref] = await Promise.all([
      this.events.list(actor, {
        mine: true,
        page: pageNo,
        pageSize: PAGE_SIZE,
      }),
      this.reference.all(),
    ]);
    this.pages.send(
      res,
      page,
      eventsListPage(page, result.items, ref, {
        page: pageNo,
        pages: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
      }),
    );
  }

  // ---- creating and editing -------------------------------------------------------------------

  private organiserOnly(page: PageContext) {
    const actor = staff(page);
    if (actor.role !== 'organiser' || !actor.organisationId)
      throw forbidden(
        'Only organisers create events, for their own organisation.',
      );
    return actor;
  }

  @Get('new')
  async newForm(@Page() page: PageContext, @Res() res: Response) {
    this.organiserOnly(page);
    const ref = await this.reference.all();
    this.pages.send(
      res,
      page,
      eventFormPage(page, { form: emptyEventForm(), ref }),
    );
  }

  @Post('new')
  async create(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const actor = this.organiserOnly(page);
    const form = readEventForm(body);
    const { value, errors } = await eventDtoOf(form, page.t, false);
    const created =
      errors.empty &&
      (await attempt(
        () => this.events.create(actor, value),
        (err) => eventServiceError(err, errors, page.t),
      ));
    if (created)
      return this.pages.redirect(
        res,
        page,
        managePath(created.value.id),
        'eventCreated',
      );
    await this.formAgain(res, page, form, errors);
  }

  private async formAgain(
    res: Response,
    page: PageContext,
    form: EventForm,
    errors: FormErrors,
    event?: EventView,
  ) {
    const ref = await this.reference.all();
    this.pages.send(
      res,
      page,
      eventFormPage(page, { form, ref, errors, event }),
    );
  }

  @Get(':id/edit')
  async editForm(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    const [event, ref] = await Promise.all([
      this.events.getManaged(staff(page), eventId(id)),
      this.reference.all(),
    ]);
    if (event.status === 'cancelled')
      return this.pages.redirect(res, page, managePath(event.id));
    this.pages.send(
      res,
      page,
      eventFormPage(page, { form: eventFormOf(event), ref, event }),
    );
  }

  @Post(':id/edit')
  async update(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const actor = staff(page);
    const event = await this.events.getManaged(actor, eventId(id));
    const form = readEventForm(body);
    const { value, errors } = await eventDtoOf(
      form,
      page.t,
      true,
      event.registration,
    );
    if (
      errors.empty &&
      (await attempt(
        () => this.events.update(actor, event.id, value),
        (err) => eventServiceError(err, errors, page.t),
      ))
    )
      return this.pages.redirect(res, page, managePath(event.id), 'eventSaved');
    await this.formAgain(res, page, form, errors, event);
  }

  // ---- one event ----------------------------------------------------------------------------

  private async manage(
    res: Response,
    page: PageContext,
    id: string,
    session?: { form: SessionForm; errors: FormErrors; status: number },
  ) {
    const actor = staff(page);
    const [event, regs, ref] = await Promise.all([
      this.events.getManaged(actor, eventId(id)),
      this.events.listRegistrations(actor, eventId(id)),
      this.reference.all(),
    ]);
    this.pages.send(
      res,
      page,
      eventManagePage(page, {
        event,
        ref,
        waiting: regs.filter((r) => r.status === 'waitlisted').length,
        session: session ?? { form: newSessionForm(event) },
      }),
    );
  }

  @Get(':id')
  async overview(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    await this.manage(res, page, id);
  }

  @Post(':id/publish')
  async publish(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.events.publish(staff(page), eventId(id));
    this.pages.redirect(res, page, managePath(id), 'eventPublished');
  }

  @Get(':id/cancel')
  async cancelConfirm(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    const actor = staff(page);
    const [event, regs] = await Promise.all([
      this.events.getManaged(actor, eventId(id)),
      this.events.listRegistrations(actor, eventId(id)),
    ]);
    if (event.status === 'cancelled')
      return this.pages.redirect(res, page, managePath(event.id));
    const affected = regs.filter((r) => r.status !== 'cancelled').length;
    this.pages.send(res, page, cancelEventPage(page, event, affected));
  }

  @Post(':id/cancel')
  async cancel(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.events.cancel(staff(page), eventId(id));
    this.pages.redirect(res, page, managePath(id), 'eventCancelled');
  }

  // ---- the agenda -----------------------------------------------------------------------------

  @Post(':id/sessions')
  async addSession(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const actor = staff(page);
    const event = await this.events.getManaged(actor, eventId(id));
    const form = readSessionForm(body);
    const { value, errors } = await sessionDtoOf(form, event, page.t);
    const { done, status } = await this.agendaChange(
      page,
      event,
      form,
      errors,
      () => this.events.addSession(actor, event.id, value),
    );
    if (done)
      return this.pages.redirect(
        res,
        page,
        `${managePath(event.id)}#agenda`,
        'sessionAdded',
      );
    await this.manage(res, page, event.id, { form, errors, status });
  }

  /**
   * A change to the agenda once its form is valid: done, or refused with the reasons on the form
   * and the status to show them with (400 for the form's own errors).
   */
  private async agendaChange(
    page: PageContext,
    event: EventView,
    form: SessionForm,
    errors: FormErrors,
    change: () => Promise<unknown>,
  ): Promise<{ done: boolean; status: number }> {
    let status = 400;
    const done =
      errors.empty &&
      !!(await attempt(change, (err) => {
        sessionServiceError(err, errors, form, event, page);
        status = err.status;
      }));
    return { done, status };
  }

  private async sessionOf(page: PageContext, id: string, sid: string) {
    const event = await this.events.getManaged(staff(page), eventId(id));
    const session = event.sessions?.find((s) => s.id === sessionId(sid));
    if (!session) throw notFound('This session', 'SESSION_NOT_FOUND');
    return { event, session };
  }

  @Get(':id/sessions/:sessionId')
  async editSessionForm(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Param('sessionId') sid: string,
    @Res() res: Response,
  ) {
    const { event, session } = await this.sessionOf(page, id, sid);
    this.pages.send(
      res,
      page,
      sessionEditPage(page, {
        event,
        session,
        form: sessionFormOf(session, event.timeZone),
      }),
    );
  }

  @Post(':id/sessions/:sessionId')
  async updateSession(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Param('sessionId') sid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { event, session } = await this.sessionOf(page, id, sid);
    const form = readSessionForm(body);
    const { value, errors } = await sessionDtoOf(form, event, page.t);
    const { done, status } = await this.agendaChange(
      page,
      event,
      form,
      errors,
      () =>
        this.events.updateSession(actorOf(page), event.id, session.id, value),
    );
    if (done)
      return this.pages.redirect(
        res,
        page,
        `${managePath(event.id)}#session-${session.id}`,
        'sessionSaved',
      );
    this.pages.send(
      res,
      page,
      sessionEditPage(page, { event, session, form, errors, status }),
    );
  }

  @Post(':id/sessions/:sessionId/remove')
  async removeSession(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Param('sessionId') sid: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.events.removeSession(staff(page), eventId(id), sessionId(sid));
    this.pages.redirect(
      res,
      page,
      `${managePath(id)}#agenda`,
      'sessionRemoved',
    );
  }

  // ---- registrations --------------------------------------------------------------------------

  @Get(':id/registrations')
  async registrations(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Query('q') query: unknown,
    @Res() res: Response,
  ) {
    const q = typeof query === 'string' ? query.trim().slice(0, 100) : '';
    const actor = staff(page);
    const [event, rows] = await Promise.all([
      this.events.getManaged(actor, eventId(id)),
      this.events.listRegistrations(actor, eventId(id)),
    ]);
    this.pages.send(
      res,
      page,
      registrationsPage(page, event, rows as RegistrationRow[], q),
    );
  }

  @Post(':id/registrations/:registrationId/check-in')
  async checkIn(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Param('registrationId') rid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    if (!UUID.test(rid))
      throw notFound('This registration', 'REGISTRATION_NOT_FOUND');
    await this.events.checkIn(staff(page), eventId(id), rid);
    // back to the same search, so that the next person at the door is one search away
    const q = field(body, 'q').slice(0, 100);
    this.pages.redirect(
      res,
      page,
      `${managePath(id)}/registrations${q ? `?q=${encodeURIComponent(q)}` : ''}#reg-${rid}`,
      'checkedIn',
    );
  }
}
