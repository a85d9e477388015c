import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';
import type { Message } from './entities/message.entity.js';
import { Presence } from './presence.js';
import { RoomAccess } from './room-access.js';
import { PreparedEvent, SocketDelivery } from './socket-delivery.js';
import {
  socketRooms,
  type RoomsNamespace,
  type ServerToClientEvents,
} from './socket-events.js';
import { hasCyrillic, type Script } from './transliterate.js';
import { toMessageView, type MessageView, type RoomView } from './views.js';

const VIEWS: { moderator: boolean; script: Script }[] = [
  { moderator: false, script: 'original' },
  { moderator: false, script: 'latin' },
  { moderator: true, script: 'original' },
  { moderator: true, script: 'latin' },
];

/**
 * With Redis, rooms with at most this many sockets on this instance get a message straight from
 * here (one encoding, written with the acks of the same group commit); larger rooms through the
 * adapter, which encodes once as well: the publish to the other instances would have to list
 * every local socket to leave out. Without Redis every room is sent to straight from here.
 */
const DIRECT_ROOM_MAX = 16;

/**
 * What the services tell the connected clients, across every instance (the Socket.IO adapter
 * carries it through Redis when there is one). Services call this, never the Socket.IO server.
 * Before the gateway is up (or in a process without one) it does nothing.
 */
@Injectable()
export class RoomBroadcaster {
  private ns: RoomsNamespace | null = null;
  private readonly log = new Logger('RoomBroadcaster');

  constructor(
    private readonly presence: Presence,
    private readonly access: RoomAccess,
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly delivery: SocketDelivery,
  ) {}

  attach(ns: RoomsNamespace) {
    this.ns = ns;
    ns.on('access:ended', (roomId: string, accountId: string) =>
      this.access.forget(roomId, accountId),
    );
  }

  /** A new visible message, in the form each kind of reader should get it. */
  messageNew(m: Message, authorName: string | null) {
    this.emitViews(m, authorName, 'message:new', false);
  }

  /** A held message, to the room's moderators only. */
  messageHeld(m: Message, authorName: string | null) {
    this.emitViews(m, authorName, 'message:held', true);
  }

  messageDeleted(roomId: string, messageId: number) {
    this.ns
      ?.to(socketRooms.room(roomId))
      .emit('message:deleted', { roomId, messageId });
  }

  questionUpdated(
    roomId: string,
    messageId: number,
    upvotes: number,
    answered: boolean,
  ) {
    this.ns
      ?.to(socketRooms.room(roomId))
      .emit('question:updated', { roomId, messageId, upvotes, answered });
  }

  roomUpdated(view: RoomView) {
    this.ns?.to(socketRooms.room(view.id)).emit('room:updated', view);
  }

  /**
   * Takes every socket of the person out of the room, on every instance, and every instance stops
   * reusing the person's grant for the room.
   */
  removeFromRoom(
    accountId: string,
    roomId: string,
    code: string,
    message: string,
  ) {
    this.access.forget(roomId, accountId);
    if (!this.ns) return;
    // only the Redis adapter carries it (the in-memory one would warn on every call)
    if (this.redis) this.ns.serverSideEmit('access:ended', roomId, accountId);
    const target = this.ns.in(socketRooms.account(accountId));
    target.socketsLeave([
      socketRooms.room(roomId),
      ...socketRooms.allViews(roomId),
    ]);
    target.emit('room:removed', { roomId, code, message });
    this.presence.changed(roomId);
  }

  /** Ends every socket of the account, on every instance. */
  disconnectAccount(accountId: string, code: string, message: string) {
    if (!this.ns) return;
    const target = this.ns.in(socketRooms.account(accountId));
    target.emit('session:ended', { code, message });
    target.disconnectSockets(true);
  }

  /**
   * The room's local sockets get the event through SocketDelivery: one encoding, and each
   * socket's frames of one tick (a group commit's messages, its acks) leave as one `writev`
   * instead of one each — in a room of 500, a commit of k messages costs 500 writes, not 500 k.
   * With Redis, the other instances get it through the adapter, leaving this instance's sockets
   * out; false when the room is too large for that (the caller emits as usual).
   */
  private sendDirect(
    ns: RoomsNamespace,
    room: string,
    event: 'message:new' | 'message:held',
    view: MessageView,
  ): boolean {
    const sids = ns.adapter.rooms.get(room);
    if (!sids || (this.redis && sids.size > DIRECT_ROOM_MAX)) return false;
    const prepared = PreparedEvent.of(ns, event, view);
    const local: string[] = [];
    for (const sid of sids) {
      const socket = ns.sockets.get(sid);
      if (!socket) continue;
      if (this.redis) local.push(sid);
      this.delivery.send(socket, prepared);
    }
    if (this.redis) ns.except(local).to(room).emit(event, view);
    return true;
  }

  private emitViews(
    m: Message,
    authorName: string | null,
    event: keyof Pick<ServerToClientEvents, 'message:new' | 'message:held'>,
    moderatorsOnly: boolean,
  ) {
    const ns = this.ns;
    if (!ns) return;
    try {
      // Most messages read the same to everybody: one emit to the whole room.
      const uniform =
        !m.anonymous && !hasCyrillic(m.body) && !hasCyrillic(authorName ?? '');
      if (uniform && !moderatorsOnly) {
        const view = toMessageView(m, authorName, VIEWS[0]);
        if (!this.sendDirect(ns, socketRooms.room(m.roomId), event, view))
          ns.to(socketRooms.room(m.roomId)).emit(event, view);
        return;
      }
      for (const v of VIEWS) {
        if (moderatorsOnly && !v.moderator) continue;
        ns.to(socketRooms.view(m.roomId, v.moderator, v.script)).emit(
          event,
          toMessageView(m, authorName, v),
        );
      }
    } catch (e) {
      this.log.error(`broadcast failed: ${(e as Error).message}`);
    }
  }
}
