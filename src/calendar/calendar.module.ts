import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventSession } from '../events/entities/event-session.entity.js';
import { Event } from '../events/entities/event.entity.js';
import { Registration } from '../events/entities/registration.entity.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { Place, Topic } from '../reference/entities/reference.entities.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { FeedDataRepository } from './feed-data.repository.js';
import { FeedSources } from './feed-sources.js';
import { RenderedEvents, RenderedFeeds } from './rendered-feeds.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CalendarFeed,
      Event,
      EventSession,
      Registration,
      Organisation,
      Place,
      Topic,
    ]),
  ],
  controllers: [CalendarController],
  providers: [
    CalendarService,
    FeedSources,
    FeedDataRepository,
    RenderedFeeds,
    RenderedEvents,
  ],
  exports: [CalendarService, FeedSources],
})
export class CalendarModule {}
