import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { REDIS_HEALTH } from '../health/redis-health.js';

/** The shared Redis connection, or null when REDIS_URL is not set (one instance works alone). */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => {
        if (!config.redisUrl) return null;
        const log = new Logger('Redis');
        const client = new Redis(config.redisUrl, {
          // Fail fast while Redis is away; callers fall back to local behaviour.
          maxRetriesPerRequest: 1,
          enableOfflineQueue: true,
          retryStrategy: (times) => Math.min(times * 200, 2000),
          connectionName: 'uramost',
        });
        let down = false;
        client.on('error', (e: Error) => {
          if (!down)
            log.warn(
              `Redis is not reachable (${e.message}); serving local clients only until it is back.`,
            );
          down = true;
        });
        client.on('ready', () => {
          if (down) log.log('Redis is back.');
          down = false;
        });
        return client;
      },
    },
    {
      provide: REDIS_HEALTH,
      inject: [REDIS],
      useFactory: (redis: Redis | null) =>
        redis ? { ping: () => redis.ping() } : undefined,
    },
  ],
  exports: [REDIS, REDIS_HEALTH],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis)
      await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
