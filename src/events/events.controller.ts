import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import {
  Authenticated,
  CurrentActor,
  OptionalAuth,
} from '../auth/auth.guard.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { toCsv } from './csv.js';
import {
  CreateEventDto,
  CreateSessionDto,
  ListEventsQuery,
  UpdateEventDto,
  UpdateSessionDto,
} from './dto/event.dto.js';
import { EventsService } from './events.service.js';
import { toRegistrationView } from './views.js';

const eventId = uuidPipe('event');

@ApiTags('events')
@Controller('api')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get('events')
  @OptionalAuth()
  list(
    @CurrentActor() actor: Actor | undefined,
    @Query() query: ListEventsQuery,
  ) {
    return this.events.list(actor, query);
  }

  @Get('events/:id')
  @OptionalAuth()
  get(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', eventId) id: string,
  ) {
    return this.events.get(actor, id);
  }

  @Post('events')
  @Authenticated('organiser')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto) {
    return this.events.create(actor, dto);
  }

  @Patch('events/:id')
  @Authenticated('organiser', 'admin')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Body() dto: UpdateEventDto,
  ) {
    return this.events.update(actor, id, dto);
  }

  @Post('events/:id/publish')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  publish(@CurrentActor() actor: Actor, @Param('id', eventId) id: string) {
    return this.events.publish(actor, id);
  }

  @Post('events/:id/cancel')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  cancel(@CurrentActor() actor: Actor, @Param('id', eventId) id: string) {
    return this.events.cancel(actor, id);
  }

  @Post('events/:id/sessions')
  @Authenticated('organiser', 'admin')
  addSession(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Body() dto: CreateSessionDto,
  ) {
    return this.events.addSession(actor, id, dto);
  }

  @Patch('events/:id/sessions/:sessionId')
  @Authenticated('organiser', 'admin')
  updateSession(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Param('sessionId', uuidPipe('session')) sessionId: string,
    @Body() dto: UpdateSessionDto,
  ) {
    return this.events.updateSession(actor, id, sessionId, dto);
  }

  @Delete('events/:id/sessions/:sessionId')
  @HttpCode(204)
  @Authenticated('organiser', 'admin')
  async removeSession(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Param('sessionId', uuidPipe('session')) sessionId: string,
  ) {
    await this.events.removeSession(actor, id, sessionId);
  }

  @Post('events/:id/registrations')
  @HttpCode(200)
  @Authenticated()
  register(@CurrentActor() actor: Actor, @Param('id', eventId) id: string) {
    return this.events.register(actor, id);
  }

  @Delete('events/:id/registrations/me')
  @Authenticated()
  async cancelMine(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
  ) {
    const outcome = await this.events.cancelMine(actor, id);
    return toRegistrationView(outcome.registration, null);
  }

  @Get('events/:id/registrations')
  @Authenticated('organiser', 'admin')
  listRegistrations(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
  ) {
    return this.events.listRegistrations(actor, id);
  }

  @Get('events/:id/registrations.csv')
  @Authenticated('organiser', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportRegistrations(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const rows = await this.events.listRegistrations(actor, id);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="registrations-${id}.csv"`,
    );
    return (
      '\uFEFF' +
      toCsv(
        [
          'name',
          'email',
          'status',
          'waitlist position',
          'checked in',
          'registered at',
        ],
        rows.map((r) => [
          r.displayName,
          r.email,
          r.status,
          r.waitlistPosition,
          r.checkedIn ? 'yes' : 'no',
          r.registeredAt,
        ]),
      )
    );
  }

  @Delete('events/:id/registrations/:registrationId')
  @Authenticated('organiser', 'admin')
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Param('registrationId', uuidPipe('registration')) registrationId: string,
  ) {
    const outcome = await this.events.removeRegistration(
      actor,
      id,
      registrationId,
    );
    return toRegistrationView(outcome.registration, null);
  }

  @Post('events/:id/registrations/:registrationId/check-in')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  checkIn(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
    @Param('registrationId', uuidPipe('registration')) registrationId: string,
  ) {
    return this.events.checkIn(actor, id, registrationId);
  }

  @Get('events/:id/community-counts')
  @Authenticated('organiser', 'admin')
  communityCounts(
    @CurrentActor() actor: Actor,
    @Param('id', eventId) id: string,
  ) {
    return this.events.communityCounts(actor, id);
  }

  @Get('me/registrations')
  @Authenticated()
  mine(@CurrentActor() actor: Actor) {
    return this.events.myRegistrations(actor);
  }
}
