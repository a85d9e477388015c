import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { Actor } from '../auth/actor.js';
import { badRequest } from '../common/errors.js';
import { ParticipantsService } from '../participants/participants.service.js';

const MAX_ENTRIES = 50;

/**
 * The "do not pair me with" list as people think of it: by e-mail address in, by name out. The
 * profile stores account ids; this turns an address into an id when the account exists. Only the
 * person sees their own list.
 */
@Injectable()
export class DoNotPairList {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly participants: ParticipantsService,
  ) {}

  async entries(actor: Actor): Promise<{ id: string; displayName: string }[]> {
    const profile = await this.participants.profileOf(actor.id);
    if (profile.doNotPair.length === 0) return [];
    const found = await this.accounts.findByIds(profile.doNotPair);
    const byId = new Map(found.map((a) => [a.id, a.displayName]));
    // an erased account leaves its id behind: it cannot be paired any more, so it is not listed
    return profile.doNotPair
      .filter((id) => byId.has(id))
      .map((id) => ({ id, displayName: byId.get(id)! }));
  }

  async addByEmail(actor: Actor, email: string): Promise<void> {
    const account = await this.accounts.findByEmail(email.trim().toLowerCase());
    if (!account || account.role !== 'participant')
      throw badRequest(
        'DNP_NOT_FOUND',
        'No participant uses this e-mail address.',
      );
    if (account.id === actor.id)
      throw badRequest('DNP_SELF', 'You cannot list yourself.');
    const profile = await this.participants.profileOf(actor.id);
    if (profile.doNotPair.includes(account.id)) return;
    if (profile.doNotPair.length >= MAX_ENTRIES)
      throw badRequest(
        'DNP_FULL',
        `The list holds at most ${MAX_ENTRIES} people.`,
      );
    await this.participants.updateProfile(actor, {
      doNotPair: [...profile.doNotPair, account.id],
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const profile = await this.participants.profileOf(actor.id);
    if (!profile.doNotPair.includes(id)) return;
    await this.participants.updateProfile(actor, {
      doNotPair: profile.doNotPair.filter((x) => x !== id),
    });
  }
}
