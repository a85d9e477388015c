import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { Actor } from '../auth/actor.js';
import { Account } from '../auth/entities/account.entity.js';
import { toUserView } from '../auth/user.dto.js';
import {
  badRequest,
  forbidden,
  notFound,
  unprocessable,
} from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CONSENT_TEXTS, GUARDIAN_AGE, minimumAge } from './consent-texts.js';
import type { ConsentDto, UpdateProfileDto } from './dto/profile.dto.js';
import { Consent, type ConsentKind } from './entities/consent.entity.js';
import { ParticipantProfile } from './entities/participant-profile.entity.js';

/** Counts below this are never shown: small numbers identify people. */
export const MIN_REPORTED_COUNT = 5;

function emptyProfile(accountId: string): ParticipantProfile {
  return Object.assign(new ParticipantProfile(), {
    accountId,
    birthYear: null,
    placeId: null,
    languages: [],
    interests: [],
    availability: [],
    bio: null,
    communityId: null,
    doNotPair: [],
    guardianName: null,
    guardianContact: null,
    guardianConsentAt: null,
  });
}

/** What a profile lacks before its person may join an event or a cohort, in the order checked. */
export function profileGaps(
  p: ParticipantProfile,
): ('birthYear' | 'guardian')[] {
  if (p.birthYear === null) return ['birthYear'];
  return minimumAge(p.birthYear) < GUARDIAN_AGE && !p.guardianConsentAt
    ? ['guardian']
    : [];
}

/** The person's own view of their profile: the only response that ever carries their community. */
function ownProfileView(
  p: ParticipantProfile,
  consents: Record<ConsentKind, boolean>,
) {
  const needsGuardian =
    p.birthYear !== null && minimumAge(p.birthYear) < GUARDIAN_AGE;
  return {
    birthYear: p.birthYear,
    placeId: p.placeId,
    languages: p.languages,
    interests: p.interests,
    availability: p.availability,
    bio: p.bio,
    communityId: p.communityId,
    doNotPair: p.doNotPair,
    consents: {
      communityData: consents['community-data'],
      guardian: consents.guardian,
    },
    guardian: p.guardianConsentAt
      ? {
          name: p.guardianName,
          contact: p.guardianContact,
          consentedAt: new Date(p.guardianConsentAt).toISOString(),
        }
      : null,
    limited: needsGuardian && !p.guardianConsentAt,
    profileComplete: p.birthYear !== null && p.languages.length > 0,
  };
}

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectRepository(ParticipantProfile)
    private readonly profiles: Repository<ParticipantProfile>,
    @InjectRepository(Consent) private readonly consents: Repository<Consent>,
    private readonly accounts: AccountsRepository,
    private readonly reference: ReferenceService,
    private readonly lifecycle: AccountLifecycle,
    private readonly tx: Transactions,
  ) {}

  async profileOf(accountId: string): Promise<ParticipantProfile> {
    return (
      (await this.profiles.findOneBy({ accountId })) ?? emptyProfile(accountId)
    );
  }

  async me(actor: Actor) {
    const account = await this.accounts.findById(actor.id);
    if (!account) throw notFound('Your account');
    const [profile, state] = await Promise.all([
      this.profileOf(actor.id),
      this.consentState(actor.id),
    ]);
    return {
      user: toUserView(account),
      profile: ownProfileView(profile, state),
    };
  }

  async updateProfile(actor: Actor, dto: UpdateProfileDto) {
    const profile = await this.profileOf(actor.id);
    await this.validateReferences(dto);
    if (dto.communityId !== undefined && dto.communityId !== null) {
      const state = await this.consentState(actor.id);
      if (!state['community-data']) {
        throw unprocessable(
          'COMMUNITY_CONSENT_REQUIRED',
          `Your community can only be recorded with your consent for ${CONSENT_TEXTS['community-data'].purpose}. Give that consent first (POST /api/me/consents, kind community-data); you can withdraw it at any time.`,
        );
      }
    }
    if (dto.doNotPair?.includes(actor.id)) {
      throw badRequest('VALIDATION_FAILED', 'doNotPair cannot list yourself.');
    }
    const { displayName, locale, ...fields } = dto;
    for (const [k, v] of Object.entries(fields)) {
      if (v !== undefined)
        (profile as unknown as Record<string, unknown>)[k] = v;
    }
    await this.profiles.save(profile);
    if (displayName !== undefined || locale !== undefined) {
      await this.accounts.update(actor.id, {
        ...(displayName !== undefined ? { displayName } : {}),
        ...(locale !== undefined ? { locale } : {}),
      });
    }
    return this.me(actor);
  }

  private async validateReferences(dto: UpdateProfileDto) {
    const problems: { field: string; problems: string[] }[] = [];
    const check = async (
      field: string,
      kind: 'places' | 'languages' | 'topics' | 'communities',
      ids: string[],
    ) => {
      if (ids.length === 0) return;
      const known = await this.reference.knownIds(kind);
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length)
        problems.push({
          field,
          problems: [`${field} has unknown ids: ${unknown.join(', ')}`],
        });
    };
    if (dto.placeId) await check('placeId', 'places', [dto.placeId]);
    if (dto.languages) {
      await check(
        'languages',
        'languages',
        dto.languages.map((l) => l.code),
      );
      const codes = dto.languages.map((l) => l.code);
      if (new Set(codes).size !== codes.length)
        problems.push({
          field: 'languages',
          problems: ['languages lists a language twice'],
        });
    }
    if (dto.interests) await check('interests', 'topics', dto.interests);
    if (dto.communityId)
      await check('communityId', 'communities', [dto.communityId]);
    if (problems.length) {
      throw badRequest(
        'VALIDATION_FAILED',
        `Please correct ${problems.length === 1 ? 'this field' : 'these fields'}: ${problems.map((p) => p.problems.join(', ')).join('; ')}.`,
        { fields: problems },
      );
    }
  }

  async consentState(accountId: string): Promise<Record<ConsentKind, boolean>> {
    const rows = await this.consents.find({
      where: { accountId },
      order: { id: 'ASC' },
    });
    const state: Record<ConsentKind, boolean> = {
      'community-data': false,
      guardian: false,
    };
    for (const r of rows) state[r.kind] = r.granted;
    return state;
  }

  async recordConsent(actor: Actor, dto: ConsentDto) {
    const text = CONSENT_TEXTS[dto.kind];
    if (dto.textVersion !== text.version) {
      throw unprocessable(
        'CONSENT_TEXT_OUTDATED',
        `The consent text has changed (current version ${text.version}). Please read it again before agreeing.`,
      );
    }
    await this.tx.run(async (em) => {
      await em.insert(Consent, {
        accountId: actor.id,
        kind: dto.kind,
        granted: dto.granted,
        textVersion: dto.textVersion,
      });
      const profile =
        (await em.findOneBy(ParticipantProfile, { accountId: actor.id })) ??
        emptyProfile(actor.id);
      if (dto.kind === 'community-data' && !dto.granted)
        profile.communityId = null; // withdrawal deletes it
      if (dto.kind === 'guardian') {
        profile.guardianName = dto.granted ? dto.guardianName! : null;
        profile.guardianContact = dto.granted ? dto.guardianContact! : null;
        profile.guardianConsentAt = dto.granted ? new Date() : null;
      }
      await em.save(ParticipantProfile, profile);
    });
    return this.me(actor);
  }

  async consentLog(actor: Actor) {
    const rows = await this.consents.find({
      where: { accountId: actor.id },
      order: { id: 'ASC' },
    });
    return rows.map((r) => ({
      kind: r.kind,
      granted: r.granted,
      textVersion: r.textVersion,
      at: new Date(r.createdAt).toISOString(),
    }));
  }

  consentTexts() {
    return CONSENT_TEXTS;
  }

  /** Everything held about the person, as JSON. */
  async export(actor: Actor) {
    const mine = await this.me(actor);
    return {
      exportedAt: new Date().toISOString(),
      account: mine.user,
      profile: mine.profile,
      consents: await this.consentLog(actor),
      ...(await this.lifecycle.exportAll(actor.id)),
    };
  }

  /** Erasure: the account, its profile and its consents go; other modules anonymise what stays. */
  async erase(actor: Actor): Promise<void> {
    await this.tx.run(async (em) => {
      await this.lifecycle.runErasure(actor.id, em);
      await em.delete(Consent, { accountId: actor.id });
      await em.delete(ParticipantProfile, { accountId: actor.id });
      await em.delete(Account, { id: actor.id });
    });
    await this.lifecycle.runAfterErasure(actor.id);
    await this.lifecycle.revoked(actor.id);
  }

  /** What another signed-in person may see; organisers related to the person also see the e-mail. */
  async publicView(
    viewer: Actor,
    id: string,
    canSeeEmail: (viewer: Actor, id: string) => Promise<boolean>,
  ) {
    const account = await this.accounts.findById(id);
    if (!account || account.role !== 'participant')
      throw notFound('This participant', 'PARTICIPANT_NOT_FOUND');
    const p = await this.profileOf(id);
    const view = {
      id: account.id,
      displayName: account.displayName,
      placeId: p.placeId,
      languages: p.languages,
      interests: p.interests,
    };
    if (viewer.id === id || (await canSeeEmail(viewer, id)))
      return { ...view, email: account.email };
    return view;
  }

  /** Throws unless the person may join exchanges, events and rooms (guardian consent for under-16s). */
  async assertMayJoin(accountId: string): Promise<ParticipantProfile> {
    const p = await this.profileOf(accountId);
    const gap = profileGaps(p)[0];
    if (gap === 'birthYear') {
      throw unprocessable(
        'PROFILE_INCOMPLETE',
        'Please add your birth year to your profile first.',
      );
    }
    if (gap === 'guardian') {
      throw forbidden(
        'Participants under 16 need the consent of a parent or guardian first. Ask them to give it on your profile page.',
        'GUARDIAN_CONSENT_REQUIRED',
      );
    }
    return p;
  }

  /** Profiles of many people at once (pairing, quotas). */
  async profilesOf(accountIds: string[]): Promise<ParticipantProfile[]> {
    if (accountIds.length === 0) return [];
    const out: ParticipantProfile[] = [];
    for (let i = 0; i < accountIds.length; i += 500) {
      out.push(
        ...(await this.profiles.findBy({
          accountId: In(accountIds.slice(i, i + 500)),
        })),
      );
    }
    return out;
  }

  /**
   * Counts per community among these accounts, from consented data only; any count below 5 is
   * folded into "fewer than 5" so that no small group can be singled out.
   */
  async communityCounts(accountIds: string[]) {
    const profiles = await this.profilesOf(accountIds);
    return suppressSmallCounts(profiles.map((p) => p.communityId));
  }
}

export function suppressSmallCounts(communities: (string | null)[]) {
  const counts = new Map<string, number>();
  for (const c of communities)
    if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  const byCommunity: Record<string, number> = {};
  let shown = 0;
  for (const [c, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (n >= MIN_REPORTED_COUNT) {
      byCommunity[c] = n;
      shown += n;
    }
  }
  // Everyone else (no consent given, or a community with fewer than 5 people) is one number,
  // so that a small group cannot be told apart from people who did not say.
  return {
    total: communities.length,
    byCommunity,
    otherOrNotDisclosed: communities.length - shown,
  };
}
