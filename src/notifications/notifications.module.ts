import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Event } from '../events/entities/event.entity.js';
import { Registration } from '../events/entities/registration.entity.js';
import { EventsModule } from '../events/events.module.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { MailOutbox } from './entities/mail-outbox.entity.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { MAIL_TRANSPORT, createMailTransport } from './mail-transport.js';
import { MailWorker } from './mail-worker.js';
import { NotificationsService } from './notifications.service.js';

/**
 * E-mail: localized notifications with calendar invitations, written to a durable outbox and
 * delivered by a worker over SMTP (SMTP_URL) or, without it, as .eml files in DATA_DIR/outbox.
 * Event and registration mails come from EventHooks; other modules call NotificationsService.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MailOutbox, Event, Registration, Organisation]),
    EventsModule,
  ],
  providers: [
    MailOutboxRepository,
    MailWorker,
    NotificationsService,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createMailTransport(config),
    },
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
