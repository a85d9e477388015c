import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import { FeedSources } from '../calendar/feed-sources.js';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  unprocessable,
} from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import type { ParticipantProfile } from '../participants/entities/participant-profile.entity.js';
import {
  ParticipantsService,
  profileGaps,
} from '../participants/participants.service.js';
import { Relationships } from '../participants/relationships.js';
import type { CreateCohortDto, FeedbackDto } from './dto/cohort.dto.js';
import {
  REASON_MESSAGES,
  slotLabel,
  type ParticipantInput,
  type PairingResult,
} from './engine/index.js';
import {
  Cohort,
  CohortMember,
  PairFeedback,
  PairGroup,
  PairGroupMember,
  PairingRound,
  type RoundSummary,
} from './entities/cohort.entities.js';
import { PairingHooks } from './pairing-hooks.js';

/** What a profile can lack before its person may join a cohort ({@link CohortsService.invitation}). */
export type JoinGap = 'birthYear' | 'guardian' | 'community' | 'languages';
import { PairingSolver } from './pairing-solver.js';

/** A rating at or below this means "never pair these two again". */
const LOW_RATING = 2;
const HIGH_RATING = 4;

const DAY_INDEX: Record<string, number> = {
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};
const PART_HOUR: Record<string, number> = {
  morning: 10,
  afternoon: 15,
  evening: 19,
};

/** The first date on or after `from` for a weekly slot like 'wed-evening', at a local hour (UTC here; shown in Europe/Belgrade). */
export function nextSlotDate(
  slot: string,
  from: Date,
): { startsAt: Date; endsAt: Date } | null {
  const [day, part] = slot.split('-');
  if (!(day in DAY_INDEX) || !(part in PART_HOUR)) return null;
  const d = new Date(
    Date.UTC(
      from.getUTCFullYear(),
      from.getUTCMonth(),
      from.getUTCDate(),
      PART_HOUR[part] - 1,
    ),
  );
  const today = (d.getUTCDay() + 6) % 7;
  let add = (DAY_INDEX[day] - today + 7) % 7;
  if (add === 0 && d <= from) add = 7;
  d.setUTCDate(d.getUTCDate() + add);
  return { startsAt: d, endsAt: new Date(d.getTime() + 3600_000) };
}

@Injectable()
export class CohortsService implements OnModuleInit {
  constructor(
    @InjectRepository(Cohort) private readonly cohorts: Repository<Cohort>,
    @InjectRepository(CohortMember)
    private readonly members: Repository<CohortMember>,
    @InjectRepository(PairingRound)
    private readonly rounds: Repository<PairingRound>,
    @InjectRepository(PairGroup) private readonly groups: Repository<PairGroup>,
    @InjectRepository(PairGroupMember)
    private readonly groupMembers: Repository<PairGroupMember>,
    @InjectRepository(PairFeedback)
    private readonly feedback: Repository<PairFeedback>,
    private readonly participants: ParticipantsService,
    private readonly accounts: AccountsRepository,
    private readonly lifecycle: AccountLifecycle,
    private readonly relationships: Relationships,
    private readonly feedSources: FeedSources,
    private readonly tx: Transactions,
    private readonly hooks: PairingHooks,
    private readonly solver: PairingSolver,
  ) {}

  onModuleInit() {
    this.relationships.register(async (organisationId, participantId) => {
      const rows = await this.members
        .createQueryBuilder('m')
        .innerJoin(Cohort, 'c', 'c.id = m.cohortId')
        .where(
          'm.accountId = :participantId AND c.organisationId = :organisationId',
          { participantId, organisationId },
        )
        .getCount();
      return rows > 0;
    });
    this.feedSources.addMeetings(async (accountId) => {
      const mine = await this.publishedGroupsOf(accountId);
      return mine
        .filter(({ group }) => group.suggestedSlot)
        .map(({ group, round, cohort }) => {
          const when = nextSlotDate(
            group.suggestedSlot!,
            round.publishedAt ?? round.createdAt,
          )!;
          return {
            id: group.id,
            title: `UraMost: ${cohort.name} – first meeting`,
            startsAt: when.startsAt,
            endsAt: when.endsAt,
            timeZone: 'Europe/Belgrade',
            url: `/me/pairings`,
            updatedAt: round.publishedAt ?? round.createdAt,
          };
        });
    });
    this.lifecycle.onErase('pairing', async (accountId, em) => {
      await em.delete(CohortMember, { accountId });
      await em.delete(PairFeedback, { accountId });
      // groups keep their shape for the others' history, without the erased person
      const ids = (await em.findBy(PairGroupMember, { accountId })).map(
        (r) => r.groupId,
      );
      await em.delete(PairGroupMember, { accountId });
      const groups = ids.length
        ? await em.findBy(PairGroup, { id: In(ids) })
        : [];
      for (const g of groups) {
        g.members = g.members.filter((m) => m !== accountId);
        g.parts = g.parts.filter((p) => !p.between?.includes(accountId));
        await em.save(PairGroup, g);
      }
    });
    this.lifecycle.addExportSection(async (accountId) => ({
      cohorts: (await this.members.findBy({ accountId })).map((m) => ({
        cohortId: m.cohortId,
        joinedAt: m.joinedAt,
      })),
      pairings: await this.pairingsFor(accountId),
      pairFeedback: (await this.feedback.findBy({ accountId })).map((f) => ({
        groupId: f.groupId,
        met: f.met,
        rating: f.rating,
        note: f.note,
      })),
    }));
  }

  // ---- cohorts --------------------------------------------------------------------------------

  private async cohortOrThrow(id: string): Promise<Cohort> {
    const c = await this.cohorts.findOneBy({ id });
    if (!c) throw notFound('This cohort', 'COHORT_NOT_FOUND');
    return c;
  }

  private async managedOrThrow(actor: Actor, id: string): Promise<Cohort> {
    const c = await this.cohortOrThrow(id);
    if (!isOrganiserOf(actor, c.organisationId))
      throw forbidden(
        "Only this cohort's organisers can do this.",
        'NOT_COHORT_ORGANISER',
      );
    return c;
  }

  private view(c: Cohort, memberCount?: number) {
    return {
      id: c.id,
      organisationId: c.organisationId,
      name: c.name,
      cadence: c.cadence,
      rules: c.rules,
      ...(memberCount === undefined ? {} : { memberCount }),
    };
  }

  async create(actor: Actor, dto: CreateCohortDto) {
    if (actor.role !== 'organiser' || !actor.organisationId)
      throw forbidden(
        'Only organisers create cohorts, for their own organisation.',
      );
    if (
      dto.rules?.groupSize &&
      dto.rules.groupSize.min > dto.rules.groupSize.max
    ) {
      throw badRequest(
        'VALIDATION_FAILED',
        'groupSize.min must not be larger than groupSize.max.',
      );
    }
    const c = await this.cohorts.save(
      this.cohorts.create({
        organisationId: actor.organisationId,
        name: dto.name,
        cadence: dto.cadence ?? null,
        rules: { ...(dto.rules ?? {}) },
      }),
    );
    await this.hooks.cohortCreated(c);
    return this.view(c, 0);
  }

  async get(actor: Actor, id: string) {
    const c = await this.cohortOrThrow(id);
    const member = await this.members.findOneBy({
      cohortId: id,
      accountId: actor.id,
    });
    if (!member && !isOrganiserOf(actor, c.organisationId))
      throw notFound('This cohort', 'COHORT_NOT_FOUND');
    const count = await this.members.countBy({ cohortId: id });
    const roomId = await this.hooks.cohortRoomId(c);
    return {
      ...this.view(c, count),
      roomId,
      ...(member ? { me: { skipNext: member.skipNext } } : {}),
    };
  }

  /** Organisers: the members of a cohort by name, with who sits out the next round. */
  async memberList(actor: Actor, id: string) {
    await this.managedOrThrow(actor, id);
    const rows = await this.members.find({
      where: { cohortId: id },
      order: { joinedAt: 'ASC' },
    });
    const names = new Map(
      (await this.accounts.findByIds(rows.map((m) => m.accountId))).map((a) => [
        a.id,
        a.displayName,
      ]),
    );
    return rows.map((m) => ({
      id: m.accountId,
      displayName: names.get(m.accountId) ?? 'deleted user',
      skipNext: m.skipNext,
      joinedAt: m.joinedAt,
    }));
  }

  async list(actor: Actor) {
    if (actor.role === 'participant') {
      const mine = await this.members.findBy({ accountId: actor.id });
      const cs = mine.length
        ? await this.cohorts.findBy({ id: In(mine.map((m) => m.cohortId)) })
        : [];
      return cs.map((c) => this.view(c));
    }
    const cs = await this.cohorts.find({
      where:
        actor.role === 'admin'
          ? {}
          : { organisationId: actor.organisationId ?? '' },
      order: { createdAt: 'DESC' },
    });
    return cs.map((c) => this.view(c));
  }

  /**
   * What an organiser's join link shows whoever opens it: the cohort's name and organisation,
   * whether they are in it and, for a participant, what their profile lacks before they may join
   * (the same rules as {@link join}).
   */
  async invitation(actor: Actor, id: string) {
    const c = await this.cohortOrThrow(id);
    const member = await this.members.findOneBy({
      cohortId: id,
      accountId: actor.id,
    });
    return {
      id: c.id,
      name: c.name,
      organisationId: c.organisationId,
      cadence: c.cadence,
      member: member !== null,
      missing:
        actor.role === 'participant'
          ? await this.joinGaps(await this.participants.profileOf(actor.id))
          : [],
    };
  }

  /** What a participant's profile lacks before they may join a cohort, in the order checked. */
  private async joinGaps(profile: ParticipantProfile): Promise<JoinGap[]> {
    const consent = await this.participants.consentState(profile.accountId);
    const gaps: JoinGap[] = profileGaps(profile);
    if (!consent['community-data'] || !profile.communityId)
      gaps.push('community');
    if (profile.languages.length === 0) gaps.push('languages');
    return gaps;
  }

  async join(actor: Actor, id: string) {
    if (actor.role !== 'participant')
      throw forbidden('Only participants join cohorts.', 'PARTICIPANTS_ONLY');
    const c = await this.cohortOrThrow(id);
    const gaps = await this.joinGaps(
      await this.participants.assertMayJoin(actor.id),
    );
    if (gaps.includes('community')) {
      throw unprocessable(
        'COMMUNITY_CONSENT_REQUIRED',
        'Cross-community pairing needs your community and your consent to use it for pairing. Add both on your profile first.',
      );
    }
    if (gaps.includes('languages'))
      throw unprocessable(
        'PROFILE_INCOMPLETE',
        'Please add the languages you speak to your profile first.',
      );
    const existing = await this.members.findOneBy({
      cohortId: id,
      accountId: actor.id,
    });
    if (!existing) {
      try {
        await this.members.insert({
          cohortId: id,
          accountId: actor.id,
          skipNext: false,
        });
      } catch (e) {
        if (
          !(await this.members.findOneBy({ cohortId: id, accountId: actor.id }))
        )
          throw e;
      }
    }
    return this.get(actor, c.id);
  }

  async leave(actor: Actor, id: string) {
    await this.cohortOrThrow(id);
    const res = await this.members.delete({
      cohortId: id,
      accountId: actor.id,
    });
    // out of the cohort's room now, not when a reused access grant runs out
    if (res.affected) await this.hooks.membershipEnded('cohort', id, actor.id);
  }

  async skip(actor: Actor, id: string, skip: boolean) {
    const res = await this.members.update(
      { cohortId: id, accountId: actor.id },
      { skipNext: skip },
    );
    if (!res.affected)
      throw notFound('Your membership of this cohort', 'NOT_A_MEMBER');
    return { skipNext: skip };
  }

  // ---- rounds ---------------------------------------------------------------------------------

  /** Previous partners, low and high ratings per member, from this cohort's published rounds. */
  private async history(cohortId: string) {
    const published = await this.rounds.findBy({
      cohortId,
      status: 'published',
    });
    const groups = published.length
      ? await this.groups.findBy({ roundId: In(published.map((r) => r.id)) })
      : [];
    const previous = new Map<string, Set<string>>();
    for (const g of groups) {
      for (const a of g.members)
        for (const b of g.members)
          if (a !== b)
            (previous.get(a) ?? previous.set(a, new Set()).get(a)!).add(b);
    }
    const fb = groups.length
      ? await this.feedback.findBy({ groupId: In(groups.map((g) => g.id)) })
      : [];
    const byGroup = new Map(groups.map((g) => [g.id, g]));
    const low = new Map<string, Set<string>>();
    const high = new Map<string, Set<string>>();
    for (const f of fb) {
      const g = byGroup.get(f.groupId)!;
      const target =
        f.rating <= LOW_RATING
          ? low
          : f.rating >= HIGH_RATING
            ? high
            : undefined;
      if (!target) continue;
      for (const other of g.members)
        if (other !== f.accountId)
          (
            target.get(f.accountId) ??
            target.set(f.accountId, new Set()).get(f.accountId)!
          ).add(other);
    }
    return { previous, low, high };
  }

  private async solve(
    cohort: Cohort,
    locks: string[][],
    forbids: string[][],
  ): Promise<{
    result: PairingResult;
    solveMs: number;
    skipped: string[];
    excluded: { id: string; reason: string; message: string }[];
  }> {
    const members = await this.members.findBy({ cohortId: cohort.id });
    const skipped = members.filter((m) => m.skipNext).map((m) => m.accountId);
    const active = members.filter((m) => !m.skipNext).map((m) => m.accountId);
    const profiles = await this.participants.profilesOf(active);
    const { previous, low, high } = await this.history(cohort.id);
    const excluded: { id: string; reason: string; message: string }[] = [];
    const input: ParticipantInput[] = [];
    const activeSet = new Set(active);
    for (const p of profiles) {
      if (!p.communityId || p.birthYear === null) {
        excluded.push({
          id: p.accountId,
          reason: 'NO_COMMUNITY_DATA',
          message:
            'Community or birth year missing (consent withdrawn or profile incomplete).',
        });
        continue;
      }
      input.push({
        id: p.accountId,
        community: p.communityId,
        birthYear: p.birthYear,
        languages: p.languages,
        interests: p.interests,
        availability: p.availability,
        doNotPair: p.doNotPair.filter((id) => activeSet.has(id)),
        previousPartners: [...(previous.get(p.accountId) ?? [])].filter((id) =>
          activeSet.has(id),
        ),
        lowRated: [...(low.get(p.accountId) ?? [])].filter((id) =>
          activeSet.has(id),
        ),
        positivePartners: [...(high.get(p.accountId) ?? [])].filter((id) =>
          activeSet.has(id),
        ),
      });
    }
    input.sort((a, b) => a.id.localeCompare(b.id));
    const known = new Set(input.map((p) => p.id));
    const t0 = performance.now();
    const result = await this.solver.solve({
      rules: {
        ...(cohort.rules.allowInterpreter !== undefined
          ? { allowInterpreter: cohort.rules.allowInterpreter }
          : {}),
        ...(cohort.rules.allowMixedAges !== undefined
          ? { allowMixedAges: cohort.rules.allowMixedAges }
          : {}),
        ...(cohort.rules.placePreference
          ? { placePreference: cohort.rules.placePreference }
          : {}),
        ...(cohort.rules.trios !== undefined
          ? { trios: cohort.rules.trios }
          : {}),
        ...(cohort.rules.groupSize
          ? { groupSize: cohort.rules.groupSize }
          : {}),
        locks: locks.filter((l) => l.every((id) => known.has(id))),
        forbids: forbids.filter((f) => f.every((id) => known.has(id))),
      },
      participants: input,
    });
    return { result, solveMs: performance.now() - t0, skipped, excluded };
  }

  async draft(actor: Actor, cohortId: string) {
    const cohort = await this.managedOrThrow(actor, cohortId);
    const open = await this.rounds.findOneBy({ cohortId, status: 'draft' });
    if (open)
      throw conflict(
        'DRAFT_EXISTS',
        'This cohort already has a draft round: publish it or re-solve it first.',
        { roundId: open.id },
      );
    const last = await this.rounds.find({
      where: { cohortId },
      order: { number: 'DESC' },
      take: 1,
    });
    const round = this.rounds.create({
      cohortId,
      number: (last[0]?.number ?? 0) + 1,
      status: 'draft',
      locks: [],
      forbids: [],
      summary: {} as RoundSummary,
    });
    await this.storeSolution(cohort, round);
    return this.roundView(actor, cohortId, round.id);
  }

  private async storeSolution(cohort: Cohort, round: PairingRound) {
    const { result, solveMs, skipped, excluded } = await this.solve(
      cohort,
      round.locks,
      round.forbids,
    );
    if (
      result.groups.length === 0 &&
      result.stats.participants > 0 &&
      result.unplaced.length === 0
    ) {
      throw unprocessable(
        'PAIRING_NO_CANDIDATES',
        'Nobody could be paired in this cohort.',
      );
    }
    round.summary = {
      stats: result.stats,
      unplaced: [
        ...result.unplaced,
        ...excluded.map((e) => ({
          id: e.id,
          reason: e.reason as never,
          message: e.message,
        })),
        ...skipped.map((id) => ({
          id,
          reason: 'SKIPPED' as never,
          message: 'Sits out this round.',
        })),
      ],
      warnings: result.warnings,
      totalWeight: result.totalWeight,
      mode: result.mode,
      solveMs: Math.round(solveMs * 10) / 10,
    };
    const rows = result.groups.map((g) => ({ id: randomUUID(), group: g }));
    await this.tx.run(async (em) => {
      await em.save(PairingRound, round);
      await em.delete(PairGroupMember, { roundId: round.id });
      await em.delete(PairGroup, { roundId: round.id });
      const memberRows = rows.flatMap(({ id, group }) =>
        group.members.map((accountId) => ({
          groupId: id,
          accountId,
          roundId: round.id,
        })),
      );
      for (let i = 0; i < memberRows.length; i += 1000)
        await em.insert(PairGroupMember, memberRows.slice(i, i + 1000));
      if (rows.length) {
        await em.insert(
          PairGroup,
          rows.map(({ id, group: g }) => ({
            id,
            roundId: round.id,
            cohortId: cohort.id,
            members: g.members,
            kind: g.kind,
            score: g.score,
            language: g.language,
            suggestedSlot: g.suggestedSlot,
            flags: g.flags,
            parts: g.parts,
          })),
        );
      }
    });
  }

  private async roundOrThrow(
    cohortId: string,
    roundId: string,
  ): Promise<PairingRound> {
    const r = await this.rounds.findOneBy({ id: roundId, cohortId });
    if (!r) throw notFound('This round', 'ROUND_NOT_FOUND');
    return r;
  }

  private async draftOrThrow(actor: Actor, cohortId: string, roundId: string) {
    const cohort = await this.managedOrThrow(actor, cohortId);
    const round = await this.roundOrThrow(cohortId, roundId);
    if (round.status !== 'draft')
      throw conflict(
        'ROUND_PUBLISHED',
        'This round is published and can no longer change.',
      );
    return { cohort, round };
  }

  async addLock(
    actor: Actor,
    cohortId: string,
    roundId: string,
    members: string[],
    kind: 'locks' | 'forbids',
  ) {
    const { cohort, round } = await this.draftOrThrow(actor, cohortId, roundId);
    if (members[0] === members[1])
      throw badRequest('VALIDATION_FAILED', 'Choose two different people.');
    const inCohort = await this.members.countBy({
      cohortId,
      accountId: In(members),
    });
    if (inCohort !== 2)
      throw badRequest(
        'NOT_IN_COHORT',
        'Both people must be members of this cohort.',
      );
    const other = kind === 'locks' ? 'forbids' : 'locks';
    const same = (x: string[]) =>
      x.length === 2 && x.includes(members[0]) && x.includes(members[1]);
    round[other] = round[other].filter((x) => !same(x));
    if (!round[kind].some(same)) round[kind].push([...members]);
    await this.storeSolution(cohort, round);
    return this.roundView(actor, cohortId, roundId);
  }

  /** Swap: a takes b's place and b takes a's, held as locks, then re-solved around them. */
  async swap(
    actor: Actor,
    cohortId: string,
    roundId: string,
    a: string,
    b: string,
  ) {
    const { cohort, round } = await this.draftOrThrow(actor, cohortId, roundId);
    const groups = await this.groups.findBy({ roundId });
    const ga = groups.find((g) => g.members.includes(a));
    const gb = groups.find((g) => g.members.includes(b));
    if (!ga || !gb || ga.id === gb.id)
      throw badRequest(
        'SWAP_NOT_POSSIBLE',
        'Choose two people placed in two different groups.',
      );
    const newA = gb.members.map((m) => (m === b ? a : m));
    const newB = ga.members.map((m) => (m === a ? b : m));
    const touches = (l: string[]) =>
      l.some((m) => newA.includes(m) || newB.includes(m));
    round.locks = [...round.locks.filter((l) => !touches(l)), newA, newB];
    await this.storeSolution(cohort, round);
    return this.roundView(actor, cohortId, roundId);
  }

  async resolve(actor: Actor, cohortId: string, roundId: string) {
    const { cohort, round } = await this.draftOrThrow(actor, cohortId, roundId);
    await this.storeSolution(cohort, round);
    return this.roundView(actor, cohortId, roundId);
  }

  async publish(actor: Actor, cohortId: string, roundId: string) {
    const { cohort, round } = await this.draftOrThrow(actor, cohortId, roundId);
    const res = await this.rounds.update(
      { id: roundId, status: 'draft' },
      { status: 'published', publishedAt: new Date() },
    );
    if (!res.affected)
      throw conflict('ROUND_PUBLISHED', 'This round is already published.');
    await this.members.update({ cohortId }, { skipNext: false });
    const groups = await this.groups.findBy({ roundId });
    await this.hooks.roundPublished(
      cohort,
      { ...round, status: 'published' },
      groups,
    );
    return this.roundView(actor, cohortId, roundId);
  }

  async listRounds(actor: Actor, cohortId: string) {
    await this.managedOrThrow(actor, cohortId);
    const rounds = await this.rounds.find({
      where: { cohortId },
      order: { number: 'ASC' },
    });
    return rounds.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      publishedAt: r.publishedAt,
      figures: this.figures(r),
    }));
  }

  private figures(r: PairingRound) {
    const s = r.summary.stats;
    return {
      participants: s.participants,
      placed: s.placed,
      placedShare: s.participants
        ? Math.round((s.placed / s.participants) * 1000) / 1000
        : 0,
      meanScore: s.meanScore,
      repeats: s.repeats,
      crossCommunityShare: s.crossCommunityShare,
      pairs: s.pairs,
      trios: s.trios,
      largerGroups: s.largerGroups,
      ...(s.upperBound !== undefined
        ? { upperBound: s.upperBound, gap: s.gap }
        : {}),
      totalWeight: r.summary.totalWeight,
      solveMs: r.summary.solveMs,
    };
  }

  async roundView(actor: Actor, cohortId: string, roundId: string) {
    await this.managedOrThrow(actor, cohortId);
    const round = await this.roundOrThrow(cohortId, roundId);
    const groups = await this.groups.findBy({ roundId });
    const ids = [
      ...new Set([
        ...groups.flatMap((g) => g.members),
        ...round.summary.unplaced.map((u) => u.id),
      ]),
    ];
    const names = new Map(
      (await this.accounts.findByIds(ids)).map((a) => [a.id, a.displayName]),
    );
    const person = (id: string) => ({
      id,
      displayName: names.get(id) ?? 'deleted user',
    });
    return {
      id: round.id,
      cohortId,
      number: round.number,
      status: round.status,
      locks: round.locks,
      forbids: round.forbids,
      figures: this.figures(round),
      warnings: round.summary.warnings,
      groups: groups
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .map((g) => ({
          id: g.id,
          kind: g.kind,
          members: g.members.map(person),
          score: g.score,
          language: g.language,
          suggestedSlot: g.suggestedSlot,
          flags: g.flags,
          reasons: g.parts,
        })),
      unplaced: round.summary.unplaced.map((u) => ({
        ...person(u.id),
        reason: u.reason,
        message: u.message,
      })),
    };
  }

  // ---- participants' view ------------------------------------------------------------------

  private async publishedGroupsOf(accountId: string) {
    const ids = (await this.groupMembers.findBy({ accountId })).map(
      (r) => r.groupId,
    );
    const mine = ids.length ? await this.groups.findBy({ id: In(ids) }) : [];
    if (mine.length === 0) return [];
    const rounds = await this.rounds.findBy({
      id: In([...new Set(mine.map((g) => g.roundId))]),
      status: 'published',
    });
    const cohorts = rounds.length
      ? await this.cohorts.findBy({
          id: In([...new Set(rounds.map((r) => r.cohortId))]),
        })
      : [];
    const roundById = new Map(rounds.map((r) => [r.id, r]));
    const cohortById = new Map(cohorts.map((c) => [c.id, c]));
    return mine
      .filter((g) => roundById.has(g.roundId))
      .map((g) => ({
        group: g,
        round: roundById.get(g.roundId)!,
        cohort: cohortById.get(roundById.get(g.roundId)!.cohortId)!,
      }))
      .sort((a, b) => b.round.number - a.round.number);
  }

  private async pairingsFor(accountId: string) {
    const mine = await this.publishedGroupsOf(accountId);
    const others = [
      ...new Set(
        mine.flatMap(({ group }) =>
          group.members.filter((m) => m !== accountId),
        ),
      ),
    ];
    const names = new Map(
      (await this.accounts.findByIds(others)).map((a) => [a.id, a.displayName]),
    );
    const profiles = new Map(
      (await this.participants.profilesOf(others)).map((p) => [p.accountId, p]),
    );
    const out = [];
    for (const { group, round, cohort } of mine) {
      const fb = await this.feedback.findOneBy({
        groupId: group.id,
        accountId,
      });
      const meeting = group.suggestedSlot
        ? nextSlotDate(
            group.suggestedSlot,
            round.publishedAt ?? round.createdAt,
          )
        : null;
      out.push({
        groupId: group.id,
        cohort: { id: cohort.id, name: cohort.name },
        round: round.number,
        // partners: display name, place, languages and interests only — never their community
        partners: group.members
          .filter((m) => m !== accountId)
          .map((m) => ({
            id: m,
            displayName: names.get(m) ?? 'deleted user',
            placeId: profiles.get(m)?.placeId ?? null,
            languages: profiles.get(m)?.languages ?? [],
            interests: profiles.get(m)?.interests ?? [],
          })),
        language: group.language,
        interpreter: group.flags.includes('interpreter'),
        reasons: group.parts
          .filter((p) => !p.between || p.between.includes(accountId))
          .map((p) => ({ rule: p.rule, points: p.points, detail: p.detail })),
        suggestedMeeting: group.suggestedSlot
          ? {
              slot: group.suggestedSlot,
              label: slotLabel(group.suggestedSlot),
              startsAt: meeting?.startsAt.toISOString() ?? null,
              timeZone: 'Europe/Belgrade',
            }
          : null,
        roomId: await this.hooks.pairRoomId({
          ...group,
          organisationId: cohort.organisationId,
        }),
        myFeedback: fb ? { met: fb.met, rating: fb.rating } : null,
      });
    }
    return out;
  }

  myPairings(actor: Actor) {
    return this.pairingsFor(actor.id);
  }

  async giveFeedback(actor: Actor, groupId: string, dto: FeedbackDto) {
    const group = await this.groups.findOneBy({ id: groupId });
    if (!group || !group.members.includes(actor.id))
      throw notFound('This pairing', 'PAIRING_NOT_FOUND');
    const round = await this.rounds.findOneBy({ id: group.roundId });
    if (round?.status !== 'published')
      throw notFound('This pairing', 'PAIRING_NOT_FOUND');
    const existing = await this.feedback.findOneBy({
      groupId,
      accountId: actor.id,
    });
    const values = { met: dto.met, rating: dto.rating, note: dto.note ?? null };
    if (existing) await this.feedback.update({ id: existing.id }, values);
    else
      await this.feedback.insert({ groupId, accountId: actor.id, ...values });
    return { groupId, ...values, note: undefined };
  }

  /** Organisers: feedback of a round, notes included (participants never see others' notes). */
  async roundFeedback(actor: Actor, cohortId: string, roundId: string) {
    await this.managedOrThrow(actor, cohortId);
    const groups = await this.groups.findBy({ roundId });
    const fb = groups.length
      ? await this.feedback.findBy({ groupId: In(groups.map((g) => g.id)) })
      : [];
    return fb.map((f) => ({
      groupId: f.groupId,
      accountId: f.accountId,
      met: f.met,
      rating: f.rating,
      note: f.note,
    }));
  }

  reasonMessages() {
    return REASON_MESSAGES;
  }
}
