import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { dataSourceOptions, runMigrations } from './data-source.js';
import { seedReferenceData } from './seed/reference.seed.js';
import { Transactions } from './transactions.js';

/**
 * Opens the database, applies pending migrations and seeds reference data before any repository
 * is handed out, so every other module starts on an up-to-date schema.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        manualInitialization: false,
      }),
      dataSourceFactory: async (options) => {
        const ds = new DataSource(options!);
        await ds.initialize();
        const log = new Logger('Database');
        const applied = await runMigrations(ds);
        if (applied > 0) log.log(`Applied ${applied} migration(s).`);
        const seeded = await seedReferenceData(ds);
        if (seeded > 0) log.log(`Seeded ${seeded} reference rows.`);
        return ds;
      },
    }),
  ],
  providers: [Transactions],
  exports: [Transactions],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    // TypeOrmModule closes the data source itself; this only guards a double close.
    if (this.ds.isInitialized) await this.ds.destroy().catch(() => undefined);
  }
}
