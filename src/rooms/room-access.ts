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
 * room's refId or the actor has no business there. Called on every socket event and history read:
 * keep it to one or two indexed queries.
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
 * The access registry. Events register resolvers for 'event' and 'session', pairing for 'cohort'
 * and 'pair'; this module does not know their tables. Rules applied here for every kind:
 * - admins, and organisers of the room's organisation, read, write and moderate (via 'organiser');
 * - pair rooms: nobody gets in via 'organiser' (admins included) until one of the pair reported a
 *   problem — the pair is told so in the room;
 * - several resolvers for one kind are combined: any grant counts.
 * Sanctions (mute, ban) and the room lock are applied on top of this by the rooms service.
 */
@Injectable()
export class RoomAccess {
  private readonly resolvers = new Map<RoomKind, RoomAccessResolver[]>();

  register(kind: RoomKind, resolver: RoomAccessResolver): void {
    const list = this.resolvers.get(kind) ?? [];
    list.push(resolver);
    this.resolvers.set(kind, list);
  }

  async permissions(actor: Actor, room: RoomRef): Promise<RoomPermissions> {
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
    for (const resolve of this.resolvers.get(room.kind) ?? []) {
      // nothing more to learn once everything is granted
      if (out.canRead && out.canWrite && out.canModerate) break;
      add(await resolve(actor, room));
    }
    return out;
  }
}
