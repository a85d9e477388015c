import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicationComment } from './entities/publication-comment.entity.js';
import { Publication } from './entities/publication.entity.js';
import { PublicationsController } from './publications.controller.js';
import { PublicationsService } from './publications.service.js';

/** Publications with moderated comments and their feed; the e-bulletin. */
@Module({
  imports: [TypeOrmModule.forFeature([Publication, PublicationComment])],
  controllers: [PublicationsController],
  providers: [PublicationsService],
  exports: [PublicationsService],
})
export class OutreachModule {}
