import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server, type ServerOptions } from 'socket.io';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { REDIS } from '../redis/redis.module.js';
import { allowedOrigins, originAllowed } from './origins.js';

// Nest bundles its own socket.io (another patch version): same API, different type identity.
type NestServer = ReturnType<IoAdapter['createIOServer']>;
type NestOptions = Parameters<IoAdapter['createIOServer']>[1];

/** Socket payloads larger than this are refused by the transport (messages are ≤ 2,000 chars). */
export const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;

/**
 * The Socket.IO server for every gateway: payload limit, Origin allow-list at the transport, and,
 * with REDIS_URL, the Redis adapter so that rooms, broadcasts, `fetchSockets` and
 * `disconnectSockets` span every instance. The adapter's channels start with the Redis client's
 * keyPrefix (e.g. `REDIS_URL=redis://host:6379?keyPrefix=staging:`), so deployments sharing a
 * Redis do not hear each other.
 *
 * If Redis goes away the instance goes on serving its own sockets: the adapter always delivers
 * locally first, failed publishes are logged (once per outage) instead of rejecting unhandled,
 * and ioredis reconnects and re-subscribes by itself.
 */
export class RoomsIoAdapter extends IoAdapter {
  private readonly log = new Logger('RoomsIoAdapter');
  private readonly clients: Redis[] = [];

  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  /** Builds the server from our socket.io (Nest's own copy may be another patch version). */
  override createIOServer(port: number, options?: NestOptions): NestServer {
    const config = this.app.get<AppConfig>(APP_CONFIG);
    const origins = allowedOrigins(config);
    const opts: Partial<ServerOptions> = {
      ...(options as Partial<ServerOptions> | undefined),
      maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
      serveClient: false,
      cors: { origin: [...origins], credentials: false },
      allowRequest: (req, callback) =>
        callback(null, originAllowed(req.headers.origin, origins)),
    };
    const server =
      this.httpServer && port === 0
        ? new Server(this.httpServer, opts)
        : new Server(port, opts);
    const redis = this.app.get<Redis | null>(REDIS, { strict: false });
    if (redis) server.adapter(this.redisAdapter(redis));
    return server as unknown as NestServer;
  }

  private redisAdapter(redis: Redis) {
    const prefix = redis.options.keyPrefix ?? '';
    // channels are not keys: ioredis would not prefix them, the adapter's `key` does
    const pub = redis.duplicate({
      keyPrefix: '',
      connectionName: 'uramost-io-pub',
    });
    const sub = redis.duplicate({
      keyPrefix: '',
      connectionName: 'uramost-io-sub',
    });
    this.clients.push(pub, sub);
    let down = false;
    for (const c of [pub, sub]) {
      c.on('error', (e: Error) => {
        if (!down)
          this.log.warn(
            `Redis is not reachable (${e.message}): sockets on this instance are still served; other instances will not hear them until it is back.`,
          );
        down = true;
      });
      c.on('ready', () => {
        if (down)
          this.log.log('Redis is back: rooms span every instance again.');
        down = false;
      });
    }
    const publish = pub.publish.bind(pub);
    pub.publish = ((channel: string | Buffer, message: string | Buffer) =>
      publish(channel, message).catch(() => 0)) as typeof pub.publish;
    return createAdapter(pub, sub, {
      key: `${prefix}uramost-io`,
      requestsTimeout: 2000,
    });
  }

  async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(
      this.clients.map((c) => c.quit().catch(() => c.disconnect())),
    );
  }
}
