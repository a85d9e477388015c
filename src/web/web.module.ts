import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AccountPagesController } from './account.controller.js';
import { AssetsController } from './assets.controller.js';
import { DoNotPairList } from './do-not-pair.service.js';
import {
  CohortJoinPagesController,
  CohortPagesController,
  MyPairingsPagesController,
} from './live/pairings.controller.js';
import { RoomPagesController } from './live/room.controller.js';
import { MePagesController } from './me.controller.js';
import { WebNav } from './nav.js';
import { AdminPagesController } from './organiser/admin.controller.js';
import { MyCalendarPagesController } from './organiser/my-calendar.controller.js';
import { OrganiserEventsController } from './organiser/organiser-events.controller.js';
import { OrganiserNav } from './organiser/organiser-nav.js';
import { PageContexts, PageGuard } from './page-context.js';
import { PageRenderer } from './page-renderer.js';
import { PublicPagesController } from './public.controller.js';

/**
 * The server-rendered pages for the public and for participants, in four locales. Organiser,
 * room and pairing pages join as further controllers here (or in their own modules importing this
 * one): they render through PageRenderer, guard with @WebPages() and add their links to WebNav.
 */
@Module({
  imports: [EventsModule, OrganisationsModule, RoomsModule],
  controllers: [
    AssetsController,
    PublicPagesController,
    AccountPagesController,
    MePagesController,
    RoomPagesController,
    MyPairingsPagesController,
    CohortJoinPagesController,
    CohortPagesController,
    MyCalendarPagesController,
    OrganiserEventsController,
    AdminPagesController,
  ],
  providers: [
    PageContexts,
    PageGuard,
    PageRenderer,
    WebNav,
    DoNotPairList,
    OrganiserNav,
  ],
  exports: [PageContexts, PageGuard, PageRenderer, WebNav],
})
export class WebModule {}
