import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarService } from '../../calendar/calendar.service.js';
import type { FormBody } from '../forms.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type PageContext,
} from '../page-context.js';
import { PageRenderer } from '../page-renderer.js';
import { myCalendarPage } from './pages/calendar.pages.js';

/** "My calendar": the personal feed's addresses and a new address when the old one leaked. */
@Controller('me/calendar')
@WebPages()
@SignedIn()
export class MyCalendarPagesController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(@Page() page: PageContext, @Res() res: Response) {
    const feed = await this.calendar.myFeed(actorOf(page));
    this.pages.send(res, page, myCalendarPage(page, feed));
  }

  @Post('rotate')
  async rotate(
    @Page() page: PageContext,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.calendar.rotate(actorOf(page));
    this.pages.redirect(res, page, '/me/calendar', 'calendarRotated');
  }
}
