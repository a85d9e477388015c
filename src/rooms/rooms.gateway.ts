import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { mapError } from '../common/error-mapping.js';
import { createValidationPipe } from '../common/validation.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import {
  JoinRoomDto,
  MessageRefDto,
  quickSendMessage,
  RoomRefDto,
  SendMessageDto,
} from './dto/socket.dto.js';
import { MessagesService } from './messages.service.js';
import { Presence } from './presence.js';
import { RoomBroadcaster } from './room-broadcaster.js';
import { RoomsService } from './rooms.service.js';
import { SocketDelivery } from './socket-delivery.js';
import {
  socketRooms,
  type Ack,
  type AckError,
  type ClientToServerEvents,
  type RoomsNamespace,
  type RoomsSocket,
} from './socket-events.js';
import { HandshakeError, SocketSessions } from './socket-sessions.js';
import type { Script } from './transliterate.js';
import { toRoomView } from './views.js';

const TYPING_EVERY_MS = 2000;
/** How often sockets' room memberships are checked again (access can end without an event). */
export const ACCESS_RECHECK_MS = 30_000;
/** Per socket, whatever RATE_LIMITS says: a client that floods the server gets error acks. */
const FLOOD = { perSecond: 50, burst: 100 };

interface Joined {
  moderator: boolean;
  script: Script;
}

/**
 * The `/rooms` namespace. Thin: authenticate (middleware), validate the payload, call one service
 * method, acknowledge `{data}` or `{error}`. Every event asks the services for permission afresh.
 * Handlers are bound per socket (not with @SubscribeMessage) so that the acknowledgement can be
 * sent by the service between "stored" and "broadcast", and the event maps stay typed end to end.
 */
@WebSocketGateway({ namespace: '/rooms' })
export class RoomsGateway
  implements
    OnGatewayInit<RoomsNamespace>,
    OnGatewayConnection<RoomsSocket>,
    OnModuleDestroy
{
  private readonly log = new Logger('RoomsGateway');
  private readonly pipe = createValidationPipe();
  private ns: RoomsNamespace | null = null;
  private recheck: NodeJS.Timeout | null = null;
  private rechecking = false;

  constructor(
    private readonly sessions: SocketSessions,
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly broadcaster: RoomBroadcaster,
    private readonly presence: Presence,
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
    private readonly delivery: SocketDelivery,
  ) {}

  afterInit(ns: RoomsNamespace) {
    this.ns = ns;
    this.recheck = setInterval(
      () => void this.recheckAccess(),
      ACCESS_RECHECK_MS,
    );
    this.recheck.unref();
    this.broadcaster.attach(ns);
    this.presence.attach(ns);
    this.sessions.attach(ns);
    ns.use((socket, next) => {
      this.sessions.authenticate(socket).then(
        () => next(),
        (e: unknown) => {
          if (e instanceof HandshakeError) return next(e);
          const mapped = mapError(e);
          if (mapped.unexpected)
            this.log.error(`handshake failed: ${(e as Error).message}`);
          next(new HandshakeError(mapped.body.code, mapped.body.message));
        },
      );
    });
  }

  handleConnection(socket: RoomsSocket) {
    const joined = new Map<string, Joined>();
    const lastTyping = new Map<string, number>();
    const bucket = { tokens: FLOOD.burst, at: Date.now() };
    void socket.join(socketRooms.account(socket.data.accountId));

    const flooding = () => {
      if (!this.limiter.enabled) return false;
      const now = Date.now();
      bucket.tokens = Math.min(
        FLOOD.burst,
        bucket.tokens + ((now - bucket.at) / 1000) * FLOOD.perSecond,
      );
      bucket.at = now;
      if (bucket.tokens < 1) return true;
      bucket.tokens -= 1;
      return false;
    };

    const on = <E extends keyof ClientToServerEvents, D extends object, R>(
      event: E,
      dto: new () => D,
      run: (payload: D, reply: (data: R) => void) => Promise<R | undefined>,
      quick?: (raw: unknown) => D | null,
      /** Acks of the message path: corked with the broadcasts that follow (SocketDelivery). */
      coalesce = false,
    ) => {
      socket.on(event, ((raw: unknown, ack: unknown) => {
        let answered = false;
        const reply = (response: { data: R } | { error: AckError }) => {
          if (answered || typeof ack !== 'function') return;
          answered = true;
          if (coalesce) this.delivery.hold(socket);
          (ack as Ack<R>)(response);
        };
        if (flooding()) {
          reply({
            error: {
              code: 'RATE_LIMITED',
              message: 'Too many events from this connection. Slow down.',
              retryAfterSeconds: 1,
            },
          });
          return;
        }
        const valid = quick?.(raw);
        (valid ? Promise.resolve(valid) : this.parse(dto, raw))
          .then((payload) => run(payload, (data) => reply({ data })))
          .then(
            (data) => {
              if (data !== undefined) reply({ data });
            },
            (e: unknown) => reply({ error: this.toAckError(e, event) }),
          );
      }) as never);
    };

    on('room:join', JoinRoomDto, async (p) => {
      const actor = this.sessions.actorOf(socket);
      const ctx = await this.rooms.readable(actor, p.roomId);
      const view = {
        moderator: ctx.permissions.canModerate,
        script: p.script ?? 'original',
      };
      const before = joined.get(p.roomId);
      if (before)
        await socket.leave(
          socketRooms.view(p.roomId, before.moderator, before.script),
        );
      // join first, then read: nothing falls between the recent page and the live messages
      await socket.join([
        socketRooms.room(p.roomId),
        socketRooms.view(p.roomId, view.moderator, view.script),
      ]);
      joined.set(p.roomId, view);
      this.presence.changed(p.roomId);
      const recent = await this.messages.recent(ctx, view.script);
      return {
        room: { ...toRoomView(ctx.room), permissions: ctx.permissions },
        recent,
      };
    });

    on('room:leave', RoomRefDto, async (p) => {
      this.sessions.actorOf(socket);
      await this.leave(socket, p.roomId);
      joined.delete(p.roomId);
      return { roomId: p.roomId };
    });

    on(
      'message:send',
      SendMessageDto,
      async (p, reply) => {
        const actor = this.sessions.actorOf(socket);
        await this.messages.send(actor, p, reply);
        return undefined;
      },
      quickSendMessage,
      true,
    );

    on('message:delete', MessageRefDto, (p) =>
      this.messages.remove(this.sessions.actorOf(socket), p.messageId),
    );

    on('question:upvote', MessageRefDto, (p) =>
      this.messages.upvote(this.sessions.actorOf(socket), p.messageId),
    );

    on('typing', RoomRefDto, async (p) => {
      const now = Date.now();
      const key = p.roomId;
      if (now - (lastTyping.get(key) ?? 0) < TYPING_EVERY_MS)
        return { roomId: p.roomId };
      lastTyping.set(key, now);
      const actor = this.sessions.actorOf(socket);
      const ctx = await this.rooms.writable(actor, p.roomId, { reuse: true });
      // in Q&A rooms typing would point at the author of an anonymous question
      if (ctx.room.mode === 'chat')
        socket
          .to(socketRooms.room(p.roomId))
          .except(socketRooms.account(actor.id))
          .emit('typing', {
            roomId: p.roomId,
            user: { id: actor.id, displayName: actor.displayName },
          });
      return { roomId: p.roomId };
    });

    socket.on('disconnecting', () => {
      for (const roomId of joined.keys()) this.presence.changed(roomId);
    });
    socket.on('disconnect', () => this.sessions.forget(socket));
  }

  onModuleDestroy() {
    if (this.recheck) clearInterval(this.recheck);
  }

  /**
   * Every local socket's rooms, checked again: whoever may no longer read a room (registration
   * cancelled, removed from a cohort, banned while Redis was away) is taken out of it.
   */
  async recheckAccess(): Promise<void> {
    if (!this.ns || this.rechecking) return;
    this.rechecking = true;
    try {
      // a snapshot: sockets come and go while this awaits
      for (const socket of Array.from(this.ns.sockets.values())) {
        const roomIds = [...socket.rooms]
          .filter((r) => r.startsWith('r:'))
          .map((r) => r.slice(2));
        if (roomIds.length === 0) continue;
        let actor;
        try {
          actor = this.sessions.actorOf(socket);
        } catch {
          continue;
        }
        for (const roomId of roomIds) {
          const ctx = await this.rooms.context(actor, roomId).catch(() => null);
          if (!ctx || ctx.permissions.canRead) continue;
          for (const r of [
            socketRooms.room(roomId),
            ...socketRooms.allViews(roomId),
          ])
            await socket.leave(r);
          socket.emit('room:removed', {
            roomId,
            code: ctx.banned ? 'BANNED_FROM_ROOM' : 'ROOM_ACCESS_ENDED',
            message: ctx.banned
              ? 'A moderator has removed you from this room.'
              : 'You are no longer a member of this room.',
          });
          this.presence.changed(roomId);
        }
      }
    } finally {
      this.rechecking = false;
    }
  }

  private async leave(socket: RoomsSocket, roomId: string) {
    for (const r of [socketRooms.room(roomId), ...socketRooms.allViews(roomId)])
      await socket.leave(r);
    this.presence.changed(roomId);
  }

  private async parse<D extends object>(
    dto: new () => D,
    raw: unknown,
  ): Promise<D> {
    const value: unknown =
      raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    return (await this.pipe.transform(value, {
      type: 'body',
      metatype: dto,
    })) as D;
  }

  private toAckError(e: unknown, event: string): AckError {
    const mapped = mapError(e);
    if (mapped.unexpected)
      this.log.error(
        `socket event ${event} failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    const details = mapped.body.details as
      { retryAfterSeconds?: number } | undefined;
    return {
      code: mapped.body.code,
      message: mapped.body.message,
      ...(details?.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: details.retryAfterSeconds }
        : {}),
      ...(details !== undefined ? { details } : {}),
    };
  }
}
