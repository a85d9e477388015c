import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BulletinsController } from './bulletins.controller.js';
import { BulletinsService } from './bulletins.service.js';
import {
  Bulletin,
  BulletinDelivery,
  BulletinSubscription,
} from './entities/bulletin.entities.js';
import { PublicationComment } from './entities/publication-comment.entity.js';
import { Publication } from './entities/publication.entity.js';
import { PublicationsController } from './publications.controller.js';
import { PublicationsService } from './publications.service.js';

/** Publications with moderated comments and their feed; the e-bulletin (double opt-in). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Publication,
      PublicationComment,
      BulletinSubscription,
      Bulletin,
      BulletinDelivery,
    ]),
    EventsModule,
    NotificationsModule,
  ],
  controllers: [PublicationsController, BulletinsController],
  providers: [PublicationsService, BulletinsService],
  exports: [PublicationsService, BulletinsService],
})
export class OutreachModule {}
