import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Authenticated, CurrentActor } from '../auth/auth.guard.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { CohortsService } from './cohorts.service.js';
import {
  CreateCohortDto,
  FeedbackDto,
  MembersPairDto,
  SkipDto,
  SwapDto,
} from './dto/cohort.dto.js';

const cohortId = uuidPipe('cohort');
const roundId = uuidPipe('round');

@ApiTags('pairing')
@Controller('api')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Post('cohorts')
  @Authenticated('organiser')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCohortDto) {
    return this.cohorts.create(actor, dto);
  }

  @Get('cohorts')
  @Authenticated()
  list(@CurrentActor() actor: Actor) {
    return this.cohorts.list(actor);
  }

  @Get('cohorts/:id')
  @Authenticated()
  get(@CurrentActor() actor: Actor, @Param('id', cohortId) id: string) {
    return this.cohorts.get(actor, id);
  }

  /** A participant joins (community consent, and guardian consent for minors, required). */
  @Post('cohorts/:id/members')
  @HttpCode(201)
  @Authenticated()
  join(@CurrentActor() actor: Actor, @Param('id', cohortId) id: string) {
    return this.cohorts.join(actor, id);
  }

  @Delete('cohorts/:id/members/me')
  @HttpCode(204)
  @Authenticated()
  async leave(@CurrentActor() actor: Actor, @Param('id', cohortId) id: string) {
    await this.cohorts.leave(actor, id);
  }

  @Post('cohorts/:id/skip')
  @HttpCode(200)
  @Authenticated()
  skip(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Body() dto: SkipDto,
  ) {
    return this.cohorts.skip(actor, id, dto.skip);
  }

  @Get('cohorts/:id/rounds')
  @Authenticated('organiser', 'admin')
  rounds(@CurrentActor() actor: Actor, @Param('id', cohortId) id: string) {
    return this.cohorts.listRounds(actor, id);
  }

  /** Draft a round: the exact optimum for the current members, with an explanation per group. */
  @Post('cohorts/:id/rounds')
  @Authenticated('organiser', 'admin')
  draft(@CurrentActor() actor: Actor, @Param('id', cohortId) id: string) {
    return this.cohorts.draft(actor, id);
  }

  @Get('cohorts/:id/rounds/:roundId')
  @Authenticated('organiser', 'admin')
  round(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
  ) {
    return this.cohorts.roundView(actor, id, rid);
  }

  @Post('cohorts/:id/rounds/:roundId/locks')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  lock(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
    @Body() dto: MembersPairDto,
  ) {
    return this.cohorts.addLock(actor, id, rid, dto.members, 'locks');
  }

  @Post('cohorts/:id/rounds/:roundId/forbids')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  forbid(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
    @Body() dto: MembersPairDto,
  ) {
    return this.cohorts.addLock(actor, id, rid, dto.members, 'forbids');
  }

  @Post('cohorts/:id/rounds/:roundId/swap')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  swap(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
    @Body() dto: SwapDto,
  ) {
    return this.cohorts.swap(actor, id, rid, dto.a, dto.b);
  }

  /** Re-solve a draft, keeping the organiser's locks and forbids. */
  @Post('cohorts/:id/rounds/:roundId/resolve')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  resolve(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
  ) {
    return this.cohorts.resolve(actor, id, rid);
  }

  @Post('cohorts/:id/rounds/:roundId/publish')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
  ) {
    return this.cohorts.publish(actor, id, rid);
  }

  @Get('cohorts/:id/rounds/:roundId/feedback')
  @Authenticated('organiser', 'admin')
  feedback(
    @CurrentActor() actor: Actor,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
  ) {
    return this.cohorts.roundFeedback(actor, id, rid);
  }

  @Get('me/pairings')
  @Authenticated()
  mine(@CurrentActor() actor: Actor) {
    return this.cohorts.myPairings(actor);
  }

  @Post('me/pairings/:groupId/feedback')
  @HttpCode(200)
  @Authenticated()
  giveFeedback(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuidPipe('pairing')) groupId: string,
    @Body() dto: FeedbackDto,
  ) {
    return this.cohorts.giveFeedback(actor, groupId, dto);
  }
}
