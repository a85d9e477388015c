import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import type { RoomKind } from './entities/room.entity.js';

/** What a resolver is told about the room it decides on. */
export interface RoomRef {
  id: string;
  kind: RoomKind;
  refId: string;
  organisationId: string | null;
  /** Pair rooms: when one of the pair reported a problem (safeguarding), else null. */
  reportedAt: Date | null;
}

/**
 * A resolver's answer for one person and one room. `via` says why: 'member' (registered
 * participant, speaker, cohort member, one of the pair) or 'organiser' (staff of the organisation).
 * A pair room admits grants via 'organiser' only after a report.
 */
export interface RoomGrant {
  canRead: boolean;
  canWrite: boolean;
  canModerate: boolean;
  via: 'member' | 'organiser';
}

/**
 * Decides whether `actor` may be in `room`. Return null when the resolver knows nothing of the
 * room's refId or the actor has no business there. Called on every join, history read and access
 * re-check, and for messages at most once per GRANT_REUSE_MS per person and room: keep it to one
 * or two indexed queries.
 */
export type RoomAccessResolver = (
  actor: Actor,
  room: RoomRef,
) => Promise<RoomGrant | null>;

export interface RoomPermissions {
  canRead: boolean;
  canWrite: boolean;
  canModerate: boolean;
}

export const NO_ACCESS: RoomPermissions = Object.freeze({
  canRead: false,
  canWrite: false,
  canModerate: false,
});

/**
 * How long a resolver's grant is reused for the messages, typing and votes of one person in one
 * room. Joining, history, moderation and the periodic re-check always ask the resolvers afresh
 * (and a fresh "no" ends the reuse at once); `forget` ends it when the owning module says that a
 * membership ended. Only grants are reused, never a refusal: somebody who was just admitted gets
 * in at once, somebody whose membership ended silently can go on writing for at most this long.
 */
export const GRANT_REUSE_MS = 5_000;
const MAX_REUSED = 100_000;

/**
 * The access registry. Events register resolvers for 'event' and 'session', pairing for 'cohort'
 * and 'pair'; this module does not know their tables. Rules applied here for every kind:
 * - admins, and organisers of the room's organisation, read, write and moderate (via 'organiser');
 * - pair rooms: nobody gets in via 'organiser' (admins included) until one of the pair reported a
 *   problem — the pair is told so in the room;
 * - several resolvers for one kind are combined: any grant counts.
 * Sanctions (mute, ban) and the room lock are applied on top of this by the rooms service.
 *
 * Resolvers hit their module's tables; a busy room would ask them for every message. With
 * `reuse`, their grants of the last GRANT_REUSE_MS are used instead (see there).
 */
@Injectable()
export class RoomAccess {
  private readonly resolvers = new Map<RoomKind, RoomAccessResolver[]>();
  /** Resolvers' grants by room and account, while they may be reused. */
  private readonly granted = new Map<
    string,
    { grants: RoomGrant[]; until: number }
  >();

  register(kind: RoomKind, resolver: RoomAccessResolver): void {
    const list = this.resolvers.get(kind) ?? [];
    list.push(resolver);
    this.resolvers.set(kind, list);
  }

  /** The person's membership of the room ended: the next event asks the resolvers again. */
  forget(roomId: string, accountId: string): void {
    this.granted.delete(`${roomId} ${accountId}`);
  }

  async permissions(
    actor: Actor,
    room: RoomRef,
    options: { reuse?: boolean } = {},
  ): Promise<RoomPermissions> {
    const out = { canRead: false, canWrite: false, canModerate: false };
    const add = (g: RoomGrant | null) => {
      if (!g) return;
      if (room.kind === 'pair' && g.via === 'organiser' && !room.reportedAt)
        return;
      out.canRead ||= g.canRead;
      out.canWrite ||= g.canRead && g.canWrite;
      out.canModerate ||= g.canRead && g.canModerate;
    };
    if (
      actor.role === 'admin' ||
      (actor.role === 'organiser' &&
        room.organisationId !== null &&
        actor.organisationId === room.organisationId)
    )
      add({
        canRead: true,
        canWrite: true,
        canModerate: true,
        via: 'organiser',
      });
    // nothing more to learn once everything is granted
    if (out.canRead && out.canWrite && out.canModerate) return out;
    const key = `${room.id} ${actor.id}`;
    const now = Date.now();
    const reused = options.reuse ? this.granted.get(key) : undefined;
    if (reused && reused.until > now) {
      for (const g of reused.grants) add(g);
      return out;
    }
    const grants: RoomGrant[] = [];
    for (const resolve of this.resolvers.get(room.kind) ?? []) {
      if (out.canRead && out.canWrite && out.canModerate) break;
      const g = await resolve(actor, room);
      if (g) grants.push(g);
      add(g);
    }
    if (grants.length === 0) this.granted.delete(key);
    else {
      if (this.granted.size >= MAX_REUSED) this.sweep(now);
      this.granted.set(key, { grants, until: now + GRANT_REUSE_MS });
    }
    return out;
  }

  private sweep(now: number) {
    for (const [k, v] of this.granted)
      if (v.until <= now) this.granted.delete(k);
    if (this.granted.size >= MAX_REUSED) this.granted.clear();
  }
}
