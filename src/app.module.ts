import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from './config/index.js';
import { DatabaseModule } from './database/database.module.js';
import { AuthModule } from './auth/auth.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { DemoModule } from './demo/demo.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OutreachModule } from './outreach/outreach.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PairingModule } from './pairing/pairing.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { RedisModule } from './redis/redis.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { WebModule } from './web/web.module.js';
import { RoomsModule } from './rooms/rooms.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        RateLimitModule,
        ReferenceModule,
        AuthModule,
        OrganisationsModule,
        ParticipantsModule,
        EventsModule,
        NotificationsModule,
        OutreachModule,
        CalendarModule,
        PairingModule,
        RoomsModule,
        HealthModule,
        DemoModule,
        WebModule,
      ],
    };
  }
}
