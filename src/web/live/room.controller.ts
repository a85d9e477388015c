import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  type OnModuleInit,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../auth/actor.js';
import { tokenFrom } from '../../auth/auth.guard.js';
import { TokensService } from '../../auth/tokens.service.js';
import { notFound, unauthorized, type AppError } from '../../common/errors.js';
import { uuidPipe } from '../../common/uuid.pipe.js';
import { EventsService } from '../../events/events.service.js';
import { CohortsService } from '../../pairing/cohorts.service.js';
import { UpdateRoomDto } from '../../rooms/dto/rooms-http.dto.js';
import { MessagesService } from '../../rooms/messages.service.js';
import { RoomsService } from '../../rooms/rooms.service.js';
import type { Script } from '../../rooms/transliterate.js';
import type { RoomAccessView } from '../../rooms/views.js';
import { FormErrors } from '../components.js';
import { appError, attempt, check, field, type FormBody } from '../forms.js';
import { WebNav } from '../nav.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type Notice,
  type PageContext,
} from '../page-context.js';
import { errorText, PageRenderer } from '../page-renderer.js';
import { eventTitle } from '../pages/event-parts.js';
import {
  MUTE_MINUTES,
  roomHref,
  roomPage,
  type HeldView,
  type RoomPageData,
} from './room.pages.js';

const roomId = uuidPipe('room');
const MESSAGE_ID = /^\d{1,15}$/;

/** The reader's script: asked for, else Latin for sr-Latn readers, else as written. */
export function scriptFor(page: PageContext, asked: unknown): Script {
  if (asked === 'latin' || asked === 'original') return asked;
  return page.locale === 'sr-Latn' ? 'latin' : 'original';
}

/**
 * The live room of an event, a session, a cohort or a pair: who may open it is decided by the
 * rooms module (RoomAccess, bans, the lock), exactly as for the socket and the JSON API. The page
 * is whole without JavaScript (history, questions, every action as a form post); its script
 * (room-script.ts) makes it live.
 */
@Controller('rooms')
@WebPages()
@SignedIn()
export class RoomPagesController implements OnModuleInit {
  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly events: EventsService,
    private readonly cohorts: CohortsService,
    private readonly tokens: TokensService,
    private readonly pages: PageRenderer,
    private readonly nav: WebNav,
  ) {}

  onModuleInit() {
    this.nav.add({
      href: '/me/pairings',
      label: 'live.nav.pairings',
      audience: ['participant'],
      order: 25,
    });
    this.nav.add({
      href: '/cohorts',
      label: 'live.nav.cohorts',
      audience: ['organiser', 'admin'],
      order: 60,
    });
  }

  /**
   * A token for the page's socket handshake (see room-script.ts): a fresh token of the same
   * sign-in, for our own script only (CSRF-checked post, never cached, never logged).
   */
  @Post('socket-token')
  socketToken(
    @Page() page: PageContext,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    actorOf(page);
    const session = tokenFrom(req);
    const claims = session ? this.tokens.verify(session) : null;
    if (!claims) throw unauthorized();
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json({
      token: this.tokens.issue({ id: claims.sub, tokenVersion: claims.ver }),
    });
  }

  @Get(':id')
  async room(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const before =
      typeof query.before === 'string' && MESSAGE_ID.test(query.before)
        ? Number(query.before)
        : undefined;
    await this.render(res, page, id, {
      script: scriptFor(page, query.script),
      before,
    });
  }

  private async render(
    res: Response,
    page: PageContext,
    id: string,
    opts: {
      script: Script;
      before?: number;
      errors?: FormErrors;
      posted?: RoomPageData['posted'];
      status?: number;
    },
  ) {
    const actor = actorOf(page);
    const room = await this.rooms.describe(actor, id);
    const qa = room.mode === 'qa';
    const [history, questions, held, heading] = await Promise.all([
      qa
        ? Promise.resolve({ items: [], hasMore: false })
        : this.messages.history(
            actor,
            id,
            { before: opts.before, limit: 50 },
            opts.script,
          ),
      qa
        ? this.messages.questions(actor, id, 'votes', opts.script)
        : Promise.resolve([]),
      room.permissions.canModerate
        ? (this.messages.held(actor, id, opts.script) as Promise<HeldView[]>)
        : Promise.resolve([]),
      this.heading(page, actor, room),
    ]);
    const content = roomPage(page, {
      room,
      title: heading.title,
      back: heading.back,
      messages: history.items,
      hasMore: history.hasMore,
      questions,
      held,
      script: opts.script,
      me: actor.id,
      errors: opts.errors,
      posted: opts.posted,
    });
    this.pages.send(res, page, { ...content, status: opts.status });
  }

  /** What the room is about, in the reader's words, and where it belongs. */
  private async heading(
    page: PageContext,
    actor: Actor,
    room: RoomAccessView,
  ): Promise<{ title: string; back?: { href: string; label: string } }> {
    const { t } = page;
    try {
      if (room.kind === 'event') {
        const e = await this.events.get(actor, room.refId);
        return {
          title: eventTitle(page, e).text,
          back: { href: `/events/${e.id}`, label: t.t('live.back.event') },
        };
      }
      if (room.kind === 'cohort') {
        const c = await this.cohorts.get(actor, room.refId);
        return {
          title: c.name,
          back:
            actor.role === 'participant'
              ? { href: '/me/pairings', label: t.t('live.back.pairings') }
              : { href: `/cohorts/${c.id}`, label: t.t('live.back.cohort') },
        };
      }
      if (room.kind === 'pair') {
        const mine = await this.cohorts.myPairings(actor);
        const group = mine.find((g) => g.groupId === room.refId);
        if (group)
          return {
            title: t.t('live.room.pairTitle', {
              names: group.partners.map((p) => p.displayName).join(', '),
            }),
            back: { href: '/me/pairings', label: t.t('live.back.pairings') },
          };
      }
    } catch (e) {
      // the room is readable (checked before); a missing title is not worth an error page
      if (!appError(e)) throw e;
    }
    return { title: t.t(`live.room.kind.${room.kind}`) };
  }

  private back(
    res: Response,
    page: PageContext,
    id: string,
    body: FormBody,
    done: Notice,
    anchor = '',
  ) {
    this.pages.redirect(
      res,
      page,
      roomHref(id, scriptFor(page, field(body, 'script'))) + anchor,
      done,
    );
  }

  /**
   * Runs one form action of the room: back to the room with the action's notice (and anchor), or,
   * when it is refused, the room again with the reason at `at.field` and what was posted.
   */
  private async act(
    res: Response,
    page: PageContext,
    id: string,
    body: FormBody,
    action: (actor: Actor) => Promise<[Notice, string?]>,
    at: { field?: string; posted?: RoomPageData['posted'] } = {},
  ) {
    const done = await attempt(
      () => action(actorOf(page)),
      (err) => this.refused(res, page, id, body, err, at.field, at.posted),
    );
    if (done) this.back(res, page, id, body, ...done.value);
  }

  /** A refused action: the room again, with the reason at the top. */
  private async refused(
    res: Response,
    page: PageContext,
    id: string,
    body: FormBody,
    err: AppError,
    fieldName = 'body',
    posted?: RoomPageData['posted'],
  ) {
    // the room itself is gone or closed to this person: the error page says so
    if (
      ['ROOM_FORBIDDEN', 'BANNED_FROM_ROOM', 'ROOM_NOT_FOUND'].includes(
        err.code,
      )
    )
      throw err;
    const errors = new FormErrors();
    errors.add(fieldName, errorText(page.t, err.code, err.status));
    await this.render(res, page, id, {
      script: scriptFor(page, field(body, 'script')),
      errors,
      posted,
      status: err.status,
    });
  }

  /** Without JavaScript: the send box posts here. */
  @Post(':id/messages')
  async send(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const text = field(body, 'body');
    const anonymous = field(body, 'anonymous') === 'yes';
    const kind = field(body, 'kind') === 'question' ? 'question' : 'chat';
    await this.act(
      res,
      page,
      id,
      body,
      async (actor) => {
        const m = await this.messages.send(actor, {
          roomId: id,
          body: text,
          // a form has no retry id of its own: each post is a new message
          clientMsgId: `form-${randomUUID()}`,
          kind,
          ...(anonymous ? { anonymous } : {}),
        });
        const done =
          m.status === 'held'
            ? 'messageHeld'
            : kind === 'question'
              ? 'questionAsked'
              : 'messageSent';
        return [done, '#send-form'];
      },
      { posted: { body: text, anonymous } },
    );
  }

  private messageId(raw: string): number {
    if (!MESSAGE_ID.test(raw)) throw appErrorNotFound();
    return Number(raw);
  }

  @Post(':id/messages/:messageId/upvote')
  async upvote(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Param('messageId') mid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    await this.act(res, page, id, body, async (actor) => {
      await this.messages.upvote(actor, this.messageId(mid));
      return ['voteCounted', `#m-${mid}`];
    });
  }

  @Post(':id/messages/:messageId/hide')
  async hide(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Param('messageId') mid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    await this.act(res, page, id, body, async (actor) => {
      await this.messages.remove(actor, this.messageId(mid), id);
      return ['messageHidden'];
    });
  }

  @Post(':id/messages/:messageId/answered')
  async answered(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Param('messageId') mid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    await this.act(res, page, id, body, async (actor) => {
      await this.messages.markAnswered(
        actor,
        this.messageId(mid),
        field(body, 'answered') !== 'no',
        id,
      );
      return ['questionUpdated', `#m-${mid}`];
    });
  }

  @Post(':id/messages/:messageId/approve')
  async approve(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Param('messageId') mid: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    await this.act(res, page, id, body, async (actor) => {
      await this.messages.approve(actor, this.messageId(mid), id);
      return ['messageApproved', '#queue-title'];
    });
  }

  @Post(':id/sanctions')
  async sanction(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const kind = field(body, 'kind') === 'ban' ? 'ban' : 'mute';
    const accountId = field(body, 'accountId');
    await this.act(res, page, id, body, async (actor) => {
      if (!/^[0-9a-f-]{36}$/i.test(accountId)) throw appErrorNotFound();
      await this.rooms.sanction(actor, id, {
        accountId,
        kind,
        ...(kind === 'mute' ? { minutes: MUTE_MINUTES } : {}),
      });
      return [kind === 'ban' ? 'personBanned' : 'personMuted'];
    });
  }

  @Post(':id/settings')
  async settings(
    @Page() page: PageContext,
    @Param('id', roomId) id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const slow = field(body, 'slowModeSeconds');
    const { value, invalid } = await check(UpdateRoomDto, {
      locked: field(body, 'locked') === 'yes',
      slowModeSeconds: /^\d{1,6}$/.test(slow) ? Number(slow) : -1,
      mode: field(body, 'mode'),
      qaModeration: field(body, 'qaModeration') === 'yes',
    });
    if (invalid.size > 0) {
      const errors = new FormErrors();
      if (invalid.has('slowModeSeconds'))
        errors.add('slowModeSeconds', page.t.t('live.settings.slowError'));
      else errors.add('mode', page.t.t('error.generic'));
      return this.render(res, page, id, {
        script: scriptFor(page, field(body, 'script')),
        errors,
        status: 400,
      });
    }
    await this.act(
      res,
      page,
      id,
      body,
      async (actor) => {
        await this.rooms.updateSettings(actor, id, value);
        return ['roomSettingsSaved', '#settings-title'];
      },
      { field: 'locked' },
    );
  }
}

const appErrorNotFound = () => notFound('This message', 'MESSAGE_NOT_FOUND');
