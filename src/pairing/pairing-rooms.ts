import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RoomAccess } from '../rooms/room-access.js';
import { RoomsService } from '../rooms/rooms.service.js';
import {
  CohortMember,
  PairGroup,
  PairingRound,
} from './entities/cohort.entities.js';
import { PairingHooks } from './pairing-hooks.js';

const member = {
  canRead: true,
  canWrite: true,
  canModerate: false,
  via: 'member' as const,
};

/**
 * A room per cohort (its members) and per published pair or trio (its members only; the cohort's
 * organisers get in only after one of them reports a problem — the rooms module enforces that).
 */
@Injectable()
export class PairingRooms implements OnModuleInit {
  constructor(
    private readonly rooms: RoomsService,
    private readonly access: RoomAccess,
    private readonly hooks: PairingHooks,
    @InjectRepository(CohortMember)
    private readonly members: Repository<CohortMember>,
    @InjectRepository(PairGroup) private readonly groups: Repository<PairGroup>,
    @InjectRepository(PairingRound)
    private readonly rounds: Repository<PairingRound>,
  ) {}

  onModuleInit() {
    this.hooks.setRoomResolver((kind, refId, organisationId) =>
      this.rooms.ensureRoom(kind, refId, organisationId),
    );
    this.hooks.setMembershipEnded(async (kind, refId, accountId) => {
      const roomId = await this.rooms.roomIdFor(kind, refId);
      if (roomId) this.rooms.membershipEnded(roomId, accountId);
    });
    this.access.register('cohort', async (actor, room) =>
      (await this.members.countBy({
        cohortId: room.refId,
        accountId: actor.id,
      })) > 0
        ? member
        : null,
    );
    this.access.register('pair', async (actor, room) => {
      const group = await this.groups.findOneBy({ id: room.refId });
      if (!group || !group.members.includes(actor.id)) return null;
      const round = await this.rounds.findOneBy({ id: group.roundId });
      return round?.status === 'published' ? member : null;
    });
  }
}
