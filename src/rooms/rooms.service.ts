import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AppError, badRequest, forbidden, notFound } from '../common/errors.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { nowToTheSecond } from './db-util.js';
import type {
  ModerationAction,
  ModerationDetails,
} from './entities/moderation-log.entity.js';
import type { RoomKind, RoomMode, Room } from './entities/room.entity.js';
import {
  RoomSanction,
  type SanctionKind,
} from './entities/room-sanction.entity.js';
import {
  NO_ACCESS,
  RoomAccess,
  type RoomPermissions,
  type RoomRef,
} from './room-access.js';
import { RoomBroadcaster } from './room-broadcaster.js';
import {
  RoomsRepository,
  type LogInput,
  type RoomSettings,
} from './rooms.repository.js';
import { toRoomView, type RoomAccessView } from './views.js';

/** What one event needs to know about the person and the room, computed afresh every time. */
export interface RoomContext {
  room: Room;
  permissions: RoomPermissions;
  /** Why the person may not write, when they may not (locked, muted, read-only). */
  writeBlock: AppError | null;
  banned: boolean;
}

const GUARDIAN_CHECK_TTL_MS = 30_000;

export const toRoomRef = (r: Room): RoomRef => ({
  id: r.id,
  kind: r.kind,
  refId: r.refId,
  organisationId: r.organisationId,
  reportedAt: r.reportedAt,
});

/**
 * Rooms and the rules of being in one: who may read, write and moderate (every socket event and
 * every history read comes through `context`), settings, sanctions and safeguarding reports.
 */
@Injectable()
export class RoomsService {
  private readonly log = new Logger('Rooms');
  /** Participants who passed the guardian rule recently (it only ever relaxes within a profile). */
  private readonly mayJoin = new Map<string, number>();

  constructor(
    private readonly repo: RoomsRepository,
    private readonly access: RoomAccess,
    private readonly broadcaster: RoomBroadcaster,
    private readonly participants: ParticipantsService,
  ) {}

  /**
   * The room of an event, session, cohort or pair, created on first call: returns its id. Safe to
   * call again and from two instances at once. Pass `em` to join the caller's transaction.
   */
  async ensureRoom(
    kind: RoomKind,
    refId: string,
    organisationId: string | null,
    options: { mode?: RoomMode; em?: EntityManager } = {},
  ): Promise<string> {
    const room = await this.repo.ensure(
      kind,
      refId,
      organisationId,
      options.mode ?? 'chat',
      options.em,
    );
    return room.id;
  }

  /**
   * Someone's membership ended (registration cancelled, left the cohort …): their sockets leave
   * the room on every instance now, instead of at the next access re-check.
   */
  membershipEnded(roomId: string, accountId: string): void {
    this.broadcaster.removeFromRoom(
      accountId,
      roomId,
      'ROOM_ACCESS_ENDED',
      'You are no longer a member of this room.',
    );
  }

  /** The room id for a ref, or null when it has no room yet. */
  async roomIdFor(kind: RoomKind, refId: string): Promise<string | null> {
    return (await this.repo.findByRef(kind, refId))?.id ?? null;
  }

  async getRoomOrThrow(id: string): Promise<Room> {
    const room = await this.repo.findById(id);
    if (!room) throw notFound('This room', 'ROOM_NOT_FOUND');
    return room;
  }

  /**
   * Effective permissions: the registry's answer, then bans, the lock and mutes on top. With
   * `reuse` (messages, typing, votes) the registry may answer from a grant of the last few seconds
   * (RoomAccess.GRANT_REUSE_MS); the room, its lock and the person's sanctions are always read.
   */
  async context(
    actor: Actor,
    roomId: string,
    options: { reuse?: boolean } = {},
  ): Promise<RoomContext> {
    const found = await this.repo.findWithSanctions(roomId, actor.id);
    if (!found) throw notFound('This room', 'ROOM_NOT_FOUND');
    const { room, sanctions } = found;
    const permissions = await this.access.permissions(
      actor,
      toRoomRef(room),
      options,
    );
    if (!permissions.canRead)
      return { room, permissions: NO_ACCESS, writeBlock: null, banned: false };
    if (permissions.canModerate)
      return { room, permissions, writeBlock: null, banned: false };
    if (sanctions.some((s) => s.kind === 'ban'))
      return { room, permissions: NO_ACCESS, writeBlock: null, banned: true };
    if (actor.role === 'participant') await this.assertGuardianRule(actor.id);
    const mute = sanctions.find((s) => s.kind === 'mute');
    let writeBlock: AppError | null = null;
    if (!permissions.canWrite)
      writeBlock = forbidden(
        'You can read this room but not write in it.',
        'ROOM_READ_ONLY',
      );
    else if (room.locked)
      writeBlock = forbidden(
        'A moderator has locked this room: it is read-only for now.',
        'ROOM_LOCKED',
      );
    else if (mute) writeBlock = mutedError(mute.until);
    return {
      room,
      permissions: { ...permissions, canWrite: writeBlock === null },
      writeBlock,
      banned: false,
    };
  }

  /** Throws unless the person may read the room. */
  async readable(
    actor: Actor,
    roomId: string,
    options: { reuse?: boolean } = {},
  ): Promise<RoomContext> {
    const ctx = await this.context(actor, roomId, options);
    if (ctx.banned)
      throw forbidden(
        'A moderator has removed you from this room.',
        'BANNED_FROM_ROOM',
      );
    if (!ctx.permissions.canRead)
      throw forbidden('You are not a member of this room.', 'ROOM_FORBIDDEN');
    return ctx;
  }

  /** Throws unless the person may write in the room now. */
  async writable(
    actor: Actor,
    roomId: string,
    options: { reuse?: boolean } = {},
  ): Promise<RoomContext> {
    const ctx = await this.readable(actor, roomId, options);
    if (ctx.writeBlock) throw ctx.writeBlock;
    return ctx;
  }

  async moderated(actor: Actor, roomId: string): Promise<RoomContext> {
    const ctx = await this.readable(actor, roomId);
    if (!ctx.permissions.canModerate)
      throw forbidden(
        'Only the moderators of this room can do this.',
        'NOT_A_MODERATOR',
      );
    return ctx;
  }

  async describe(actor: Actor, roomId: string): Promise<RoomAccessView> {
    const ctx = await this.readable(actor, roomId);
    return { ...toRoomView(ctx.room), permissions: ctx.permissions };
  }

  async updateSettings(
    actor: Actor,
    roomId: string,
    patch: RoomSettings,
  ): Promise<RoomAccessView> {
    const { room } = await this.moderated(actor, roomId);
    const changes: RoomSettings = {};
    const entries: LogInput[] = [];
    const entry = (
      action: ModerationAction,
      details: ModerationDetails | null = null,
    ): LogInput => ({
      roomId,
      actorId: actor.id,
      action,
      targetAccountId: null,
      targetMessageId: null,
      details,
    });
    if (patch.locked !== undefined && patch.locked !== room.locked) {
      changes.locked = patch.locked;
      entries.push(entry(patch.locked ? 'lock' : 'unlock'));
    }
    if (
      patch.slowModeSeconds !== undefined &&
      patch.slowModeSeconds !== room.slowModeSeconds
    ) {
      changes.slowModeSeconds = patch.slowModeSeconds;
      entries.push(entry('slow-mode', { seconds: patch.slowModeSeconds }));
    }
    if (patch.mode !== undefined && patch.mode !== room.mode) {
      changes.mode = patch.mode;
      entries.push(entry('mode', { mode: patch.mode }));
    }
    if (
      patch.qaModeration !== undefined &&
      patch.qaModeration !== room.qaModeration
    ) {
      changes.qaModeration = patch.qaModeration;
      entries.push(entry('qa-moderation', { on: patch.qaModeration }));
    }
    if (entries.length > 0) {
      await this.repo.updateSettings(roomId, changes, entries);
      this.broadcaster.roomUpdated(toRoomView(Object.assign(room, changes)));
    }
    return this.describe(actor, roomId);
  }

  /** Mute (for a while) or ban (for a while, or until lifted) a person in the room. */
  async sanction(
    actor: Actor,
    roomId: string,
    input: { accountId: string; kind: SanctionKind; minutes?: number },
  ): Promise<{ accountId: string; kind: SanctionKind; until: string | null }> {
    await this.moderated(actor, roomId);
    if (input.accountId === actor.id)
      throw badRequest(
        'CANNOT_SANCTION_SELF',
        'You cannot mute or ban yourself.',
      );
    if (input.kind === 'mute' && !input.minutes)
      throw badRequest(
        'VALIDATION_FAILED',
        'A mute needs a duration: send minutes.',
      );
    const until = input.minutes
      ? new Date(nowToTheSecond().getTime() + input.minutes * 60_000)
      : null;
    const sanction = Object.assign(new RoomSanction(), {
      roomId,
      accountId: input.accountId,
      kind: input.kind,
      until,
      createdBy: actor.id,
      createdAt: nowToTheSecond(),
    });
    await this.repo.putSanction(sanction, {
      roomId,
      actorId: actor.id,
      action: input.kind,
      targetAccountId: input.accountId,
      targetMessageId: null,
      details: { until: until?.toISOString() ?? null },
    });
    if (input.kind === 'ban')
      this.broadcaster.removeFromRoom(
        input.accountId,
        roomId,
        'BANNED_FROM_ROOM',
        'A moderator has removed you from this room.',
      );
    return {
      accountId: input.accountId,
      kind: input.kind,
      until: until?.toISOString() ?? null,
    };
  }

  async lift(
    actor: Actor,
    roomId: string,
    accountId: string,
    kind: SanctionKind,
  ): Promise<void> {
    await this.moderated(actor, roomId);
    const lifted = await this.repo.liftSanction(roomId, accountId, kind, {
      roomId,
      actorId: actor.id,
      action: kind === 'ban' ? 'unban' : 'unmute',
      targetAccountId: accountId,
      targetMessageId: null,
      details: null,
    });
    if (!lifted)
      throw notFound(
        `A ${kind} of this person in this room`,
        'SANCTION_NOT_FOUND',
      );
  }

  /**
   * Safeguarding: one of a pair reports a problem. From then on the cohort's organisers may read
   * and moderate the pair's room; the pair is told so in the room. Returns whether this call was
   * the one that flagged it.
   */
  async report(
    actor: Actor,
    roomId: string,
    reason: string | undefined,
  ): Promise<{ room: Room; first: boolean }> {
    const ctx = await this.readable(actor, roomId);
    if (ctx.room.kind !== 'pair')
      throw badRequest(
        'NOT_REPORTABLE',
        'Only pair rooms are reported this way; in other rooms, tell a moderator.',
      );
    const first = await this.repo.markReported(roomId, actor.id, {
      roomId,
      actorId: actor.id,
      action: 'report',
      targetAccountId: null,
      targetMessageId: null,
      details: reason ? { reason } : null,
    });
    if (first) this.log.log(`pair room ${roomId} was reported`);
    return { room: await this.getRoomOrThrow(roomId), first };
  }

  async moderationLog(actor: Actor, roomId: string, before?: number) {
    await this.moderated(actor, roomId);
    const rows = await this.repo.moderationLog(roomId, before, 100);
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorId: r.actorId,
      targetAccountId: r.targetAccountId,
      targetMessageId: r.targetMessageId,
      details: r.details,
      at: new Date(r.createdAt).toISOString(),
    }));
  }

  private async assertGuardianRule(accountId: string) {
    const until = this.mayJoin.get(accountId);
    if (until !== undefined && until > Date.now()) return;
    await this.participants.assertMayJoin(accountId);
    if (this.mayJoin.size > 50_000) this.mayJoin.clear();
    this.mayJoin.set(accountId, Date.now() + GUARDIAN_CHECK_TTL_MS);
  }

  /** Erasure hook (inside the erasure's transaction). */
  anonymise(accountId: string, em: EntityManager) {
    this.mayJoin.delete(accountId);
    return this.repo.anonymise(accountId, em);
  }
}

export function mutedError(until: Date | null): AppError {
  const seconds = until
    ? Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 1000))
    : undefined;
  return new AppError(
    403,
    'MUTED',
    seconds
      ? `A moderator has muted you in this room. You can write again in ${formatWait(seconds)}.`
      : 'A moderator has muted you in this room.',
    seconds ? { retryAfterSeconds: seconds } : undefined,
  );
}

export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
