import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from './config/index.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { ReferenceModule } from './reference/reference.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        ReferenceModule,
        HealthModule,
      ],
    };
  }
}
