import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { REDIS } from '../../redis/redis.module.js';

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters: shared through Redis when it is configured (so two instances count
 * together), in memory otherwise, and in memory for as long as Redis is unreachable.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly local = new Map<
    string,
    { count: number; resetAt: number }
  >();
  private readonly sweeper: NodeJS.Timeout;
  private readonly log = new Logger('RateLimiter');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  get enabled(): boolean {
    return this.config.rateLimits;
  }

  async consume(key: string, limit: Limit, cost = 1): Promise<RateDecision> {
    if (!this.config.rateLimits)
      return { allowed: true, remaining: limit.limit, retryAfterSeconds: 0 };
    if (this.redis && this.redis.status === 'ready') {
      try {
        return await this.consumeRedis(this.redis, key, limit, cost);
      } catch (e) {
        this.log.warn(
          `falling back to local rate limits: ${(e as Error).message}`,
        );
      }
    }
    return this.consumeLocal(key, limit, cost);
  }

  /** Forget a key, e.g. after a successful login. */
  async reset(key: string): Promise<void> {
    this.local.delete(key);
    if (this.redis && this.redis.status === 'ready')
      await this.redis.del(`rl:${key}`).catch(() => undefined);
  }

  private async consumeRedis(
    redis: Redis,
    key: string,
    limit: Limit,
    cost: number,
  ): Promise<RateDecision> {
    const k = `rl:${key}`;
    const res = await redis
      .multi()
      .incrby(k, cost)
      .pexpire(k, limit.windowSeconds * 1000, 'NX')
      .pttl(k)
      .exec();
    if (!res) throw new Error('transaction aborted');
    const count = Number(res[0][1]);
    const ttl = Math.max(Number(res[2][1]), 0);
    return this.decide(count, limit, ttl);
  }

  private consumeLocal(key: string, limit: Limit, cost: number): RateDecision {
    const now = Date.now();
    let entry = this.local.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + limit.windowSeconds * 1000 };
      this.local.set(key, entry);
    }
    entry.count += cost;
    return this.decide(entry.count, limit, entry.resetAt - now);
  }

  private decide(count: number, limit: Limit, msLeft: number): RateDecision {
    const allowed = count <= limit.limit;
    return {
      allowed,
      remaining: Math.max(limit.limit - count, 0),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msLeft / 1000)),
    };
  }

  private sweep() {
    const now = Date.now();
    for (const [k, v] of this.local) if (v.resetAt <= now) this.local.delete(k);
  }

  onModuleDestroy() {
    clearInterval(this.sweeper);
  }
}
