/** Provided by the module that owns the Redis connection (rooms), when REDIS_URL is set. */
export const REDIS_HEALTH = Symbol('REDIS_HEALTH');

export interface RedisHealth {
  ping(): Promise<unknown>;
}
