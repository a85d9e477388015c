import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { EventHooks } from './event-hooks.js';
import { EventRooms } from './event-rooms.js';
import { EventSession } from './entities/event-session.entity.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { RegistrationsRepository } from './registrations.repository.js';

@Module({
  imports: [
    RoomsModule,
    TypeOrmModule.forFeature([Event, EventSession, Registration, Organisation]),
  ],
  controllers: [EventsController],
  providers: [EventsService, RegistrationsRepository, EventHooks, EventRooms],
  exports: [EventsService, EventHooks],
})
export class EventsModule {}
