import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  socketRooms,
  type PresencePayload,
  type RoomsNamespace,
} from './socket-events.js';

const SETTLE_MS = 300;
const CLUSTER_TIMEOUT_MS = 2500;
const MAX_PEOPLE_LISTED = 100;

/**
 * Who is in a room, counting people, not sockets. Computed from the sockets themselves
 * (`fetchSockets()`, which asks every instance through the Redis adapter), so nothing is stored
 * that a crashed instance could leave behind. Joins and leaves within 300 ms are answered with one
 * update. If the other instances cannot be asked (Redis away), this instance's own sockets are
 * counted and the problem logged.
 */
@Injectable()
export class Presence implements OnModuleDestroy {
  private readonly log = new Logger('Presence');
  private ns: RoomsNamespace | null = null;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private clusterDown = false;

  attach(ns: RoomsNamespace) {
    this.ns = ns;
  }

  /** Someone joined or left: tell the room in a moment. */
  changed(roomId: string) {
    if (this.pending.has(roomId)) return;
    const t = setTimeout(() => {
      this.pending.delete(roomId);
      void this.publish(roomId);
    }, SETTLE_MS);
    t.unref();
    this.pending.set(roomId, t);
  }

  async compute(roomId: string): Promise<PresencePayload> {
    const ns = this.ns;
    if (!ns) return { roomId, count: 0, people: [] };
    const room = socketRooms.room(roomId);
    let sockets: { data: { accountId: string; displayName: string } }[];
    try {
      sockets = await withTimeout(
        ns.in(room).fetchSockets(),
        CLUSTER_TIMEOUT_MS,
      );
      if (this.clusterDown)
        this.log.log('presence: other instances answer again');
      this.clusterDown = false;
    } catch (e) {
      if (!this.clusterDown)
        this.log.warn(
          `presence: other instances do not answer (${(e as Error).message}); counting this instance's sockets only`,
        );
      this.clusterDown = true;
      sockets = await ns.local.in(room).fetchSockets();
    }
    const people = new Map<string, string>();
    for (const s of sockets)
      if (s.data?.accountId) people.set(s.data.accountId, s.data.displayName);
    return {
      roomId,
      count: people.size,
      people: [...people]
        .slice(0, MAX_PEOPLE_LISTED)
        .map(([id, displayName]) => ({ id, displayName })),
    };
  }

  private async publish(roomId: string) {
    try {
      const payload = await this.compute(roomId);
      this.ns?.to(socketRooms.room(roomId)).emit('presence', payload);
    } catch (e) {
      this.log.warn(`presence update failed: ${(e as Error).message}`);
    }
  }

  onModuleDestroy() {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
