import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Authenticated, CurrentActor } from '../auth/auth.guard.js';
import { notFound } from '../common/errors.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import {
  AnsweredDto,
  HistoryQueryDto,
  ModerationLogQueryDto,
  QuestionsQueryDto,
  ReportDto,
  SanctionDto,
  ScriptQueryDto,
  UpdateRoomDto,
} from './dto/rooms-http.dto.js';
import { MessagesService } from './messages.service.js';
import { RoomsService } from './rooms.service.js';
import { SafeguardingService } from './safeguarding.service.js';

const roomId = uuidPipe('room');
const messageId = new ParseIntPipe({
  exceptionFactory: () => notFound('This message', 'MESSAGE_NOT_FOUND'),
});

@ApiTags('rooms')
@Controller('api/rooms')
@Authenticated()
export class RoomsController {
  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly safeguarding: SafeguardingService,
  ) {}

  @Get(':id')
  @ApiOkResponse({
    description: 'The room, its settings and what you may do in it.',
  })
  get(@CurrentActor() actor: Actor, @Param('id', roomId) id: string) {
    return this.rooms.describe(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({
    description: 'Moderators: lock, slow mode, Q&A mode and queue.',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Body() dto: UpdateRoomDto,
  ) {
    return this.rooms.updateSettings(actor, id, dto);
  }

  @Get(':id/messages')
  @ApiOkResponse({
    description:
      '{items, hasMore}: visible messages oldest first. `after`: those after that id; `before`: the latest before it; neither: the latest.',
  })
  history(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Query() q: HistoryQueryDto,
  ) {
    return this.messages.history(
      actor,
      id,
      { after: q.after, before: q.before, limit: q.limit ?? 50 },
      q.script ?? 'original',
    );
  }

  @Get(':id/questions')
  @ApiOkResponse({ description: 'Visible questions, most upvoted first.' })
  questions(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Query() q: QuestionsQueryDto,
  ) {
    return this.messages.questions(
      actor,
      id,
      q.sort ?? 'votes',
      q.script ?? 'original',
    );
  }

  @Get(':id/held')
  @ApiOkResponse({
    description: 'Moderators: messages waiting for a decision.',
  })
  held(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Query() q: ScriptQueryDto,
  ) {
    return this.messages.held(actor, id, q.script ?? 'original');
  }

  @Post(':id/messages/:messageId/approve')
  @HttpCode(200)
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Param('messageId', messageId) mid: number,
  ) {
    return this.messages.approve(actor, mid, id);
  }

  @Delete(':id/messages/:messageId')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'Authors delete their own; moderators hide anybody’s.',
  })
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Param('messageId', messageId) mid: number,
  ) {
    return this.messages.remove(actor, mid, id);
  }

  @Post(':id/messages/:messageId/answered')
  @HttpCode(200)
  answered(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Param('messageId', messageId) mid: number,
    @Body() dto: AnsweredDto,
  ) {
    return this.messages.markAnswered(actor, mid, dto.answered, id);
  }

  @Post(':id/sanctions')
  @ApiOkResponse({
    description:
      'Moderators: mute a person for a while, or ban them from the room.',
  })
  sanction(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Body() dto: SanctionDto,
  ) {
    return this.rooms.sanction(actor, id, dto);
  }

  @Delete(':id/sanctions/:accountId/:kind')
  @HttpCode(204)
  async lift(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Param('accountId', uuidPipe('account')) accountId: string,
    @Param('kind') kind: string,
  ) {
    if (kind !== 'mute' && kind !== 'ban')
      throw notFound('This kind of sanction', 'SANCTION_NOT_FOUND');
    await this.rooms.lift(actor, id, accountId, kind);
  }

  @Post(':id/report')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Pair rooms: one of the pair reports a problem; the cohort’s organisers may then read and moderate the room, and the pair is told so.',
  })
  report(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Body() dto: ReportDto,
  ) {
    return this.safeguarding.report(actor, id, dto.reason);
  }

  @Get(':id/moderation-log')
  moderationLog(
    @CurrentActor() actor: Actor,
    @Param('id', roomId) id: string,
    @Query() q: ModerationLogQueryDto,
  ) {
    return this.rooms.moderationLog(actor, id, q.before);
  }
}
