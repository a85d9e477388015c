import { Injectable, Logger } from '@nestjs/common';
import type {
  Cohort,
  PairGroup,
  PairingRound,
} from './entities/cohort.entities.js';

/**
 * Where pairing meets rooms and notifications without depending on them: the rooms module tells
 * how to get a room for a cohort or a pair; notifications listen for published rounds.
 */
export type RoomResolver = (
  kind: 'cohort' | 'pair',
  refId: string,
  organisationId: string,
) => Promise<string>;
/** Someone's membership of a cohort ended: the rooms module takes them out of its room. */
export type MembershipEnded = (
  kind: 'cohort' | 'pair',
  refId: string,
  accountId: string,
) => Promise<void>;
export type RoundListener = (
  cohort: Cohort,
  round: PairingRound,
  groups: PairGroup[],
) => Promise<void> | void;

@Injectable()
export class PairingHooks {
  private resolver: RoomResolver | undefined;
  private ended: MembershipEnded | undefined;
  private readonly listeners: RoundListener[] = [];
  private readonly log = new Logger('PairingHooks');

  setRoomResolver(resolver: RoomResolver) {
    this.resolver = resolver;
  }

  setMembershipEnded(ended: MembershipEnded) {
    this.ended = ended;
  }

  async membershipEnded(
    kind: 'cohort' | 'pair',
    refId: string,
    accountId: string,
  ) {
    await this.ended?.(kind, refId, accountId);
  }

  onRoundPublished(listener: RoundListener) {
    this.listeners.push(listener);
  }

  async cohortCreated(cohort: Cohort) {
    await this.resolver?.('cohort', cohort.id, cohort.organisationId);
  }

  async cohortRoomId(cohort: Cohort): Promise<string | null> {
    return this.resolver
      ? this.resolver('cohort', cohort.id, cohort.organisationId)
      : null;
  }

  async pairRoomId(
    group: PairGroup & { organisationId?: string },
  ): Promise<string | null> {
    return this.resolver && group.organisationId
      ? this.resolver('pair', group.id, group.organisationId)
      : null;
  }

  async roundPublished(
    cohort: Cohort,
    round: PairingRound,
    groups: PairGroup[],
  ) {
    for (const g of groups)
      await this.resolver?.('pair', g.id, cohort.organisationId);
    for (const l of this.listeners) {
      try {
        await l(cohort, round, groups);
      } catch (e) {
        this.log.error(
          `a listener failed after publishing a round: ${(e as Error).message}`,
        );
      }
    }
  }
}
