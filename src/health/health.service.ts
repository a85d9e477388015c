import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REDIS_HEALTH, type RedisHealth } from './redis-health.js';

type State = 'up' | 'down' | 'disabled';

export interface HealthReport {
  /**
   * degraded: Redis is away; this instance still serves its own clients (rooms reach only its own
   * sockets, rate limits are local), so it stays in rotation rather than every instance at once
   * leaving the proxy.
   */
  status: 'ok' | 'degraded' | 'unavailable';
  database: State;
  redis: State;
  message?: string;
}

const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolvePromise(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

@Injectable()
export class HealthService {
  constructor(
    private readonly ds: DataSource,
    @Optional() @Inject(REDIS_HEALTH) private readonly redis?: RedisHealth,
  ) {}

  async check(): Promise<HealthReport> {
    const database = await this.probe(async () => {
      if (!this.ds.isInitialized) throw new Error('closed');
      await this.ds.query('SELECT 1');
    });
    const redis: State = this.redis
      ? await this.probe(() => this.redis!.ping())
      : 'disabled';
    if (database === 'down')
      return {
        status: 'unavailable',
        database,
        redis,
        message: `UraMost is not ready: the database does not answer${redis === 'down' ? ' and Redis does not answer' : ''}.`,
      };
    if (redis === 'down')
      return {
        status: 'degraded',
        database,
        redis,
        message:
          'Redis does not answer: this instance serves its own clients only until it is back.',
      };
    return { status: 'ok', database, redis };
  }

  private async probe(fn: () => Promise<unknown>): Promise<State> {
    try {
      await withTimeout(fn(), PROBE_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
