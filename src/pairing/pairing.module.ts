import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import {
  Cohort,
  CohortMember,
  PairFeedback,
  PairGroup,
  PairGroupMember,
  PairingRound,
} from './entities/cohort.entities.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { PairingHooks } from './pairing-hooks.js';
import { PairingMail } from './pairing-mail.js';
import { PairingSolver } from './pairing-solver.js';
import { PairingRooms } from './pairing-rooms.js';
import { NotificationsModule } from '../notifications/notifications.module.js';

@Global()
@Module({
  imports: [
    RoomsModule,
    NotificationsModule,
    TypeOrmModule.forFeature([
      Cohort,
      CohortMember,
      PairingRound,
      PairGroup,
      PairGroupMember,
      PairFeedback,
    ]),
  ],
  controllers: [CohortsController],
  providers: [
    CohortsService,
    PairingHooks,
    PairingRooms,
    PairingMail,
    PairingSolver,
  ],
  exports: [CohortsService, PairingHooks],
})
export class PairingModule {}
