import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import {
  Community,
  Language,
  Place,
  Topic,
} from './entities/reference.entities.js';
import { ReferenceController } from './reference.controller.js';
import { ReferenceService } from './reference.service.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([Organisation, Community, Topic, Language, Place]),
  ],
  controllers: [ReferenceController],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
