import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { nextSlotDate } from './cohorts.service.js';
import { PairingHooks } from './pairing-hooks.js';

/** When a round is published, each person is told by e-mail who their partner is and when to meet. */
@Injectable()
export class PairingMail implements OnModuleInit {
  constructor(
    private readonly hooks: PairingHooks,
    private readonly notifications: NotificationsService,
    private readonly accounts: AccountsRepository,
  ) {}

  onModuleInit() {
    this.hooks.onRoundPublished(async (cohort, round, groups) => {
      const ids = [...new Set(groups.flatMap((g) => g.members))];
      const names = new Map(
        (await this.accounts.findByIds(ids)).map((a) => [a.id, a.displayName]),
      );
      for (const g of groups) {
        const when = g.suggestedSlot
          ? nextSlotDate(g.suggestedSlot, round.publishedAt ?? new Date())
          : null;
        for (const accountId of g.members) {
          await this.notifications.notifyPairingPublished(accountId, {
            roundId: round.id,
            cohortName: cohort.name,
            partnerNames: g.members
              .filter((m) => m !== accountId)
              .map((m) => names.get(m) ?? '—'),
            meeting: g.suggestedSlot
              ? {
                  slot: g.suggestedSlot,
                  ...(when
                    ? { startsAt: when.startsAt, endsAt: when.endsAt }
                    : {}),
                  timeZone: 'Europe/Belgrade',
                }
              : null,
          });
        }
      }
    });
  }
}
