import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Authenticated, CurrentActor } from '../auth/auth.guard.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { BulletinsService } from './bulletins.service.js';
import { CreateBulletinDto, SubscribeDto } from './dto/bulletin.dto.js';

const bulletinId = uuidPipe('bulletin');

@ApiTags('bulletin')
@Controller('api')
export class BulletinsController {
  constructor(private readonly bulletins: BulletinsService) {}

  /** Always 202 with the same body, whether the address is new, pending or subscribed. */
  @Post('bulletin/subscriptions')
  @HttpCode(202)
  async subscribe(@Body() dto: SubscribeDto) {
    await this.bulletins.subscribe(dto);
    return {
      status: 'accepted',
      message:
        'If this address can receive the bulletin, a confirmation link is on its way. The link works for 48 hours.',
    };
  }

  @Get('bulletin/confirm/:token')
  confirm(@Param('token') token: string) {
    return this.bulletins.confirm(token);
  }

  /** One click: a GET from the link in the mail, or a POST (RFC 8058 List-Unsubscribe-Post). */
  @Get('bulletin/unsubscribe/:token')
  unsubscribeByLink(@Param('token') token: string) {
    return this.bulletins.unsubscribe(token);
  }

  @Post('bulletin/unsubscribe/:token')
  @HttpCode(200)
  unsubscribe(@Param('token') token: string) {
    return this.bulletins.unsubscribe(token);
  }

  @Post('bulletins')
  @Authenticated('organiser', 'admin')
  compose(@CurrentActor() actor: Actor, @Body() dto: CreateBulletinDto) {
    return this.bulletins.compose(actor, dto);
  }

  @Get('bulletins/:id')
  @Authenticated('organiser', 'admin')
  get(@CurrentActor() actor: Actor, @Param('id', bulletinId) id: string) {
    return this.bulletins.get(actor, id);
  }

  @Post('bulletins/:id/send')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  send(@CurrentActor() actor: Actor, @Param('id', bulletinId) id: string) {
    return this.bulletins.send(actor, id);
  }
}
