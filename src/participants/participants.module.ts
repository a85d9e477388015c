import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Consent } from './entities/consent.entity.js';
import { ParticipantProfile } from './entities/participant-profile.entity.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';
import { Relationships } from './relationships.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ParticipantProfile, Consent])],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, Relationships],
  exports: [ParticipantsService, Relationships],
})
export class ParticipantsModule {}
