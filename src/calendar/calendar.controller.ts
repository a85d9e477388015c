import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiExcludeEndpoint, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import {
  Authenticated,
  CurrentActor,
  OptionalAuth,
} from '../auth/auth.guard.js';
import { notFound } from '../common/errors.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import {
  CalendarService,
  localeFrom,
  localeFromAcceptLanguage,
  type Feed,
} from './calendar.service.js';

/** ?lang=, else the signed-in person's language, else the client's Accept-Language, else English. */
function feedLocale(lang: unknown, actor: Actor | undefined, req: Request) {
  return localeFrom(
    lang,
    actor?.locale ?? localeFromAcceptLanguage(req.headers['accept-language']),
  );
}

/** ETag first (it sees removals), then Last-Modified; 304 without a body when nothing changed. */
function send(
  req: Request,
  res: Response,
  feed: Feed,
  filename: string,
  cache: 'public' | 'private',
) {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  res.setHeader('Cache-Control', `${cache}, max-age=300`);
  res.setHeader('ETag', feed.etag);
  if (feed.lastModified)
    res.setHeader('Last-Modified', feed.lastModified.toUTCString());
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const notModified = inm
    ? inm
        .split(',')
        .some((t) => t.trim() === feed.etag || t.trim() === `W/${feed.etag}`)
    : !!(
        ims &&
        feed.lastModified &&
        Date.parse(ims) >= feed.lastModified.getTime()
      );
  if (notModified) {
    res.status(304).end();
    return;
  }
  res.status(200).end(feed.body);
}

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('api/events/:id/calendar.ics')
  @OptionalAuth()
  @ApiProduces('text/calendar')
  async event(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidPipe('event')) id: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(
      req,
      res,
      await this.calendar.eventFeed(actor, id, feedLocale(lang, actor, req)),
      `event-${id}.ics`,
      'public',
    );
  }

  @Get('api/organisations/:id/calendar.ics')
  @ApiProduces('text/calendar')
  async organisation(
    @Param('id', uuidPipe('organisation')) id: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(
      req,
      res,
      await this.calendar.organisationFeed(
        id,
        feedLocale(lang, undefined, req),
      ),
      `organisation-${id}.ics`,
      'public',
    );
  }

  @Get('api/me/calendar')
  @Authenticated()
  myFeed(@CurrentActor() actor: Actor) {
    return this.calendar.myFeed(actor);
  }

  @Post('api/me/calendar/rotate')
  @HttpCode(200)
  @Authenticated()
  rotate(@CurrentActor() actor: Actor) {
    return this.calendar.rotate(actor);
  }

  /** The personal feed: the token in the path is the only credential (calendar apps send no headers). */
  @Get('calendar/:file')
  @ApiExcludeEndpoint()
  async personal(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (!file.endsWith('.ics'))
      throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    send(
      req,
      res,
      await this.calendar.personalFeed(file.slice(0, -4)),
      'uramost.ics',
      'private',
    );
  }
}
