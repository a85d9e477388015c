import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import {
  Cohort,
  CohortMember,
  PairFeedback,
  PairGroup,
  PairingRound,
} from './entities/cohort.entities.js';
import { PairingHooks } from './pairing-hooks.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Cohort,
      CohortMember,
      PairingRound,
      PairGroup,
      PairFeedback,
    ]),
  ],
  controllers: [CohortsController],
  providers: [CohortsService, PairingHooks],
  exports: [CohortsService, PairingHooks],
})
export class PairingModule {}
