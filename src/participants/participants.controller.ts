import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Authenticated, CurrentActor } from '../auth/auth.guard.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { ConsentDto, UpdateProfileDto } from './dto/profile.dto.js';
import { ParticipantsService } from './participants.service.js';
import { Relationships } from './relationships.js';

@ApiTags('me')
@Controller('api')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly relationships: Relationships,
  ) {}

  @Get('me')
  @Authenticated()
  me(@CurrentActor() actor: Actor) {
    return this.participants.me(actor);
  }

  @Put('me/profile')
  @Authenticated()
  updateProfile(@CurrentActor() actor: Actor, @Body() dto: UpdateProfileDto) {
    return this.participants.updateProfile(actor, dto);
  }

  @Post('me/consents')
  @HttpCode(201)
  @Authenticated()
  recordConsent(@CurrentActor() actor: Actor, @Body() dto: ConsentDto) {
    return this.participants.recordConsent(actor, dto);
  }

  @Get('me/consents')
  @Authenticated()
  consentLog(@CurrentActor() actor: Actor) {
    return this.participants.consentLog(actor);
  }

  /** The consent texts and their current versions (public: read before agreeing). */
  @Get('consents')
  consentTexts() {
    return this.participants.consentTexts();
  }

  @Get('me/export')
  @Authenticated()
  export(@CurrentActor() actor: Actor) {
    return this.participants.export(actor);
  }

  @Delete('me')
  @HttpCode(204)
  @Authenticated()
  async erase(@CurrentActor() actor: Actor) {
    await this.participants.erase(actor);
  }

  @Get('participants/:id')
  @Authenticated()
  view(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe('participant')) id: string,
  ) {
    return this.participants.publicView(actor, id, (v, p) =>
      this.relationships.organiserCanSeeEmail(v, p),
    );
  }
}
