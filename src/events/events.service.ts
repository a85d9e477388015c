import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  AppError,
} from '../common/errors.js';
import { foldForSearch } from '../common/text.js';
import { Transactions } from '../database/transactions.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { Relationships } from '../participants/relationships.js';
import { ReferenceService } from '../reference/reference.service.js';
import type {
  CreateEventDto,
  CreateSessionDto,
  ListEventsQuery,
  UpdateEventDto,
  UpdateSessionDto,
} from './dto/event.dto.js';
import { EventHooks } from './event-hooks.js';
import { EventRooms } from './event-rooms.js';
import { EventSession } from './entities/event-session.entity.js';
import { Event, type EventStatus } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import {
  RegistrationsRepository,
  type RegistrationOutcome,
} from './registrations.repository.js';
import { toEventView, toRegistrationView, type PlaceNames } from './views.js';

const overlaps = (
  a: { startsAt: Date; endsAt: Date },
  b: { startsAt: Date; endsAt: Date },
) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

function hhmm(d: Date, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}

@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(EventSession)
    private readonly sessions: Repository<EventSession>,
    @InjectRepository(Registration)
    private readonly registrations: Repository<Registration>,
    @InjectRepository(Organisation)
    private readonly organisations: Repository<Organisation>,
    private readonly seats: RegistrationsRepository,
    private readonly participants: ParticipantsService,
    private readonly accounts: AccountsRepository,
    private readonly reference: ReferenceService,
    private readonly lifecycle: AccountLifecycle,
    private readonly relationships: Relationships,
    private readonly tx: Transactions,
    private readonly hooks: EventHooks,
    private readonly eventRooms: EventRooms,
  ) {}

  onModuleInit() {
    this.lifecycle.onErase('events', (accountId, em) =>
      this.seats.eraseAccountWithin(em, accountId),
    );
    this.lifecycle.addExportSection(async (accountId) => ({
      registrations: await this.myRegistrationsFor(accountId),
    }));
    this.relationships.register(async (organisationId, participantId) => {
      const n = await this.registrations
        .createQueryBuilder('r')
        .innerJoin(Event, 'e', 'e.id = r.eventId')
        .where(
          'r.accountId = :participantId AND e.organisationId = :organisationId',
          { participantId, organisationId },
        )
        .getCount();
      return n > 0;
    });
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The event as its viewer may see it: drafts exist only for their own organisation. */
  async getVisibleOrThrow(
    actor: Actor | undefined,
    id: string,
  ): Promise<Event> {
    const event = await this.events.findOneBy({ id });
    if (
      !event ||
      (event.status === 'draft' && !isOrganiserOf(actor, event.organisationId))
    ) {
      throw notFound('This event', 'EVENT_NOT_FOUND');
    }
    return event;
  }

  private async getManagedOrThrow(actor: Actor, id: string): Promise<Event> {
    const event = await this.getVisibleOrThrow(actor, id);
    if (!isOrganiserOf(actor, event.organisationId)) {
      throw forbidden(
        "Only this event's organisers can do this.",
        'NOT_EVENT_ORGANISER',
      );
    }
    return event;
  }

  async get(actor: Actor | undefined, id: string) {
    const event = await this.getVisibleOrThrow(actor, id);
    const [views] = await this.views([event], true);
    const rooms = await this.eventRooms.ensureAll(id);
    views.roomId = rooms.event;
    for (const s of views.sessions ?? [])
      s.roomId = rooms.sessions.get(s.id) ?? null;
    let mine = null;
    if (actor) {
      const reg = await this.registrations.findOneBy({
        eventId: id,
        accountId: actor.id,
      });
      if (reg) mine = toRegistrationView(reg, await this.positionOf(reg));
    }
    return { ...views, myRegistration: mine };
  }

  /** The event with its sessions, for its own organisers (and admins) only: 404 or 403 otherwise. */
  async getManaged(actor: Actor, id: string) {
    await this.getManagedOrThrow(actor, id);
    return this.get(actor, id);
  }

  async list(actor: Actor | undefined, q: ListEventsQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = this.events.createQueryBuilder('e');
    if (q.mine) {
      if (!actor || actor.role === 'participant' || !actor.organisationId) {
        if (actor?.role !== 'admin')
          throw forbidden(
            'Only organisers can list their organisation’s events.',
          );
      }
      if (actor?.role === 'organiser')
        qb.where('e.organisationId = :org', { org: actor.organisationId });
      else qb.where('1 = 1');
    } else {
      qb.where('e.status = :published', { published: 'published' });
      qb.andWhere('e.endsAt >= :from', {
        from: q.from ? new Date(q.from) : new Date(),
      });
    }
    if (q.mine && q.from)
      qb.andWhere('e.endsAt >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('e.startsAt <= :to', { to: new Date(q.to) });
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.organisationId)
      qb.andWhere('e.organisationId = :orgId', { orgId: q.organisationId });
    if (q.placeId) qb.andWhere('e.placeId = :placeId', { placeId: q.placeId });
    if (q.language)
      qb.andWhere('e.languages LIKE :lang', { lang: `%"${q.language}"%` });
    const text = q.q ? foldForSearch(q.q) : '';
    if (text) {
      // '!' escapes LIKE wildcards the same way on SQLite and MySQL (a backslash does not)
      const escaped = text.replace(/[!%_]/g, (c) => '!' + c);
      qb.andWhere("e.searchText LIKE :text ESCAPE '!'", {
        text: `%${escaped}%`,
      });
    }
    qb.orderBy('e.startsAt', 'ASC').addOrderBy('e.id', 'ASC');
    qb.skip((page - 1) * pageSize).take(pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: await this.views(rows, false), total, page, pageSize };
  }

  private async views(events: Event[], withSessions: boolean) {
    if (events.length === 0) return [];
    const orgIds = [...new Set(events.map((e) => e.organisationId))];
    const placeIds = [
      ...new Set(events.map((e) => e.placeId).filter((p): p is string => !!p)),
    ];
    const [orgs, places, sessions] = await Promise.all([
      this.organisations.findBy({ id: In(orgIds) }),
      this.reference.findPlaces(placeIds),
      withSessions
        ? this.sessions.find({
            where: { eventId: In(events.map((e) => e.id)) },
            order: { startsAt: 'ASC', title: 'ASC' },
          })
        : Promise.resolve([]),
    ]);
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const placeById = new Map<string, PlaceNames>(
      places.map((p) => [p.id, { id: p.id, names: p.names }]),
    );
    return events.map((e) =>
      toEventView(e, {
        organisation: orgById.get(e.organisationId),
        place: e.placeId ? placeById.get(e.placeId) : undefined,
        sessions: withSessions
          ? sessions.filter((s) => s.eventId === e.id)
          : undefined,
      }),
    );
  }

  // ---- writing events ---------------------------------------------------------------------

  private async validateEventFields(
    dto: Partial<CreateEventDto>,
    current?: Event,
  ) {
    const problems: string[] = [];
    const starts = dto.startsAt ? new Date(dto.startsAt) : current?.startsAt;
    const ends = dto.endsAt ? new Date(dto.endsAt) : current?.endsAt;
    if (starts && ends && ends <= starts)
      problems.push('endsAt must be after startsAt');
    if (
      starts &&
      ends &&
      ends.getTime() - starts.getTime() > 31 * 24 * 3600_000
    )
      problems.push('an event can last at most 31 days');
    const opens = dto.registrationOpensAt
      ? new Date(dto.registrationOpensAt)
      : current?.registrationOpensAt;
    const closes = dto.registrationClosesAt
      ? new Date(dto.registrationClosesAt)
      : current?.registrationClosesAt;
    if (opens && closes && closes <= opens)
      problems.push('registrationClosesAt must be after registrationOpensAt');
    if (closes && ends && closes > ends)
      problems.push('registration must close before the event ends');
    const check = async (
      what: string,
      kind: 'places' | 'languages' | 'topics',
      ids: string[],
    ) => {
      if (ids.length === 0) return;
      const known = await this.reference.knownIds(kind);
      const unknown = ids.filter((i) => !known.has(i));
      if (unknown.length)
        problems.push(`${what} has unknown ids: ${unknown.join(', ')}`);
    };
    if (dto.venue?.placeId)
      await check('venue.placeId', 'places', [dto.venue.placeId]);
    if (dto.languages) await check('languages', 'languages', dto.languages);
    if (dto.topics) await check('topics', 'topics', dto.topics);
    if (problems.length)
      throw badRequest(
        'VALIDATION_FAILED',
        `Please correct this: ${problems.join('; ')}.`,
        { problems },
      );
  }

  private async searchTextFor(
    e: Pick<
      Event,
      'title' | 'description' | 'venueName' | 'venueAddress' | 'placeId'
    >,
  ) {
    const parts = [
      ...Object.values(e.title),
      ...Object.values(e.description),
      e.venueName ?? '',
      e.venueAddress ?? '',
    ];
    if (e.placeId) {
      const [place] = await this.reference.findPlaces([e.placeId]);
      if (place) parts.push(...Object.values(place.names));
    }
    return foldForSearch(parts.join(' \u0001 ')).slice(0, 60_000);
  }

  async create(actor: Actor, dto: CreateEventDto) {
    if (actor.role !== 'organiser' || !actor.organisationId) {
      throw forbidden(
        'Only organisers create events, for their own organisation.',
      );
    }
    await this.validateEventFields(dto);
    const fields = {
      organisationId: actor.organisationId,
      title: { ...dto.title },
      description: { ...(dto.description ?? {}) },
      kind: dto.kind,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      timeZone: dto.timeZone ?? 'Europe/Belgrade',
      venueName: dto.venue?.name ?? null,
      venueAddress: dto.venue?.address ?? null,
      placeId: dto.venue?.placeId ?? null,
      onlineUrl: dto.onlineUrl ?? null,
      languages: dto.languages ?? [],
      interpretation: dto.interpretation ?? null,
      topics: dto.topics ?? [],
      capacity: dto.capacity,
      quota: dto.quota ? { maxSharePercent: dto.quota.maxSharePercent } : null,
      registrationOpensAt: dto.registrationOpensAt
        ? new Date(dto.registrationOpensAt)
        : null,
      registrationClosesAt: dto.registrationClosesAt
        ? new Date(dto.registrationClosesAt)
        : null,
      status: 'draft' as EventStatus,
      sequence: 0,
    };
    const event = await this.events.save(
      this.events.create({
        ...fields,
        searchText: await this.searchTextFor(fields),
      }),
    );
    return this.get(actor, event.id);
  }

  async update(actor: Actor, id: string, dto: UpdateEventDto) {
    const event = await this.getManagedOrThrow(actor, id);
    if (event.status === 'cancelled')
      throw conflict('EVENT_CANCELLED', 'A cancelled event cannot be changed.');
    await this.validateEventFields(dto, event);
    const patch: Partial<Event> = {};
    if (dto.title) patch.title = { ...dto.title };
    if (dto.description) patch.description = { ...dto.description };
    if (dto.kind) patch.kind = dto.kind;
    if (dto.startsAt) patch.startsAt = new Date(dto.startsAt);
    if (dto.endsAt) patch.endsAt = new Date(dto.endsAt);
    if (dto.timeZone) patch.timeZone = dto.timeZone;
    if (dto.venue) {
      patch.venueName = dto.venue.name;
      patch.venueAddress = dto.venue.address ?? null;
      patch.placeId = dto.venue.placeId ?? null;
    }
    if (dto.onlineUrl !== undefined) patch.onlineUrl = dto.onlineUrl;
    if (dto.languages) patch.languages = dto.languages;
    if (dto.interpretation !== undefined)
      patch.interpretation = dto.interpretation;
    if (dto.topics) patch.topics = dto.topics;
    if (dto.quota !== undefined)
      patch.quota = dto.quota
        ? { maxSharePercent: dto.quota.maxSharePercent }
        : null;
    if (dto.registrationOpensAt)
      patch.registrationOpensAt = new Date(dto.registrationOpensAt);
    if (dto.registrationClosesAt)
      patch.registrationClosesAt = new Date(dto.registrationClosesAt);
    const merged = { ...event, ...patch };
    if (patch.startsAt || patch.endsAt) {
      const outside = (await this.sessions.findBy({ eventId: id })).find(
        (s) => s.startsAt < merged.startsAt || s.endsAt > merged.endsAt,
      );
      if (outside) {
        throw conflict(
          'SESSION_OUTSIDE_EVENT',
          `The session "${outside.title}" would fall outside the new event times; move it first.`,
        );
      }
    }
    patch.searchText = await this.searchTextFor(merged);
    const capacity = dto.capacity;
    const promoted = await this.seats.setCapacity(
      id,
      capacity ?? event.capacity,
      async (em) => {
        await em.update(Event, { id }, patch);
        await em.increment(Event, { id }, 'sequence', 1);
      },
    );
    if (event.status === 'published')
      await this.hooks.emit({ type: 'event.changed', eventId: id });
    await this.emitPromotions(promoted);
    return this.get(actor, id);
  }

  async publish(actor: Actor, id: string) {
    const event = await this.getManagedOrThrow(actor, id);
    if (event.status === 'published') return this.get(actor, id);
    if (event.status === 'cancelled')
      throw conflict(
        'EVENT_CANCELLED',
        'A cancelled event cannot be published again.',
      );
    await this.events.update({ id }, { status: 'published' });
    await this.events.increment({ id }, 'sequence', 1);
    await this.hooks.emit({ type: 'event.published', eventId: id });
    return this.get(actor, id);
  }

  async cancel(actor: Actor, id: string) {
    const event = await this.getManagedOrThrow(actor, id);
    if (event.status === 'cancelled') return this.get(actor, id);
    const accountIds = await this.tx.run(async (em) => {
      await em.update(
        Event,
        { id },
        { status: 'cancelled', cancelledAt: new Date() },
      );
      await em.increment(Event, { id }, 'sequence', 1);
      return this.seats.cancelAllWithin(em, id);
    });
    await this.hooks.emit({ type: 'event.cancelled', eventId: id, accountIds });
    return this.get(actor, id);
  }

  // ---- sessions ---------------------------------------------------------------------------

  private async checkSession(
    event: Event,
    s: {
      id?: string;
      title: string;
      startsAt: Date;
      endsAt: Date;
      hall: string | null;
      speakers: { name: string; accountId?: string }[];
    },
  ) {
    if (s.endsAt <= s.startsAt)
      throw badRequest(
        'VALIDATION_FAILED',
        'A session must end after it starts.',
      );
    if (s.startsAt < event.startsAt || s.endsAt > event.endsAt) {
      throw badRequest(
        'SESSION_OUTSIDE_EVENT',
        `A session must take place within the event (${hhmm(event.startsAt, event.timeZone)} on ${event.startsAt.toISOString().slice(0, 10)} to ${hhmm(event.endsAt, event.timeZone)} on ${event.endsAt.toISOString().slice(0, 10)}, ${event.timeZone}).`,
      );
    }
    const others = (await this.sessions.findBy({ eventId: event.id })).filter(
      (o) => o.id !== s.id && overlaps(o, s),
    );
    const when = (o: EventSession) =>
      `${hhmm(o.startsAt, event.timeZone)}–${hhmm(o.endsAt, event.timeZone)}, ${event.timeZone}`;
    if (s.hall) {
      const hall = foldForSearch(s.hall);
      const clash = others.find(
        (o) => o.hall && foldForSearch(o.hall) === hall,
      );
      if (clash) {
        throw conflict(
          'SESSION_CLASH',
          `${s.hall} is already taken at that time by "${clash.title}" (${when(clash)}).`,
          {
            kind: 'hall',
            sessionId: clash.id,
          },
        );
      }
    }
    const key = (sp: { name: string; accountId?: string }) =>
      sp.accountId ?? foldForSearch(sp.name);
    for (const sp of s.speakers) {
      const clash = others.find((o) =>
        o.speakers.some((x) => key(x) === key(sp)),
      );
      if (clash) {
        throw conflict(
          'SESSION_CLASH',
          `${sp.name} is already speaking at that time in "${clash.title}" (${when(clash)}).`,
          {
            kind: 'speaker',
            sessionId: clash.id,
          },
        );
      }
    }
  }

  async addSession(actor: Actor, eventId: string, dto: CreateSessionDto) {
    const event = await this.getManagedOrThrow(actor, eventId);
    if (event.status === 'cancelled')
      throw conflict('EVENT_CANCELLED', 'A cancelled event cannot be changed.');
    const s = {
      eventId,
      title: dto.title,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      hall: dto.hall ?? null,
      speakers: (dto.speakers ?? []).map((sp) => ({
        name: sp.name,
        ...(sp.accountId ? { accountId: sp.accountId } : {}),
      })),
    };
    await this.checkSession(event, s);
    const saved = await this.sessions.save(this.sessions.create(s));
    await this.events.increment({ id: eventId }, 'sequence', 1);
    await this.hooks.emit({
      type: 'session.changed',
      eventId,
      sessionId: saved.id,
    });
    const view = await this.get(actor, eventId);
    return view.sessions!.find((x) => x.id === saved.id);
  }

  async updateSession(
    actor: Actor,
    eventId: string,
    sessionId: string,
    dto: UpdateSessionDto,
  ) {
    const event = await this.getManagedOrThrow(actor, eventId);
    const current = await this.sessions.findOneBy({ id: sessionId, eventId });
    if (!current) throw notFound('This session', 'SESSION_NOT_FOUND');
    const next = {
      ...current,
      ...(dto.title ? { title: dto.title } : {}),
      ...(dto.startsAt ? { startsAt: new Date(dto.startsAt) } : {}),
      ...(dto.endsAt ? { endsAt: new Date(dto.endsAt) } : {}),
      ...(dto.hall !== undefined ? { hall: dto.hall } : {}),
      ...(dto.speakers
        ? {
            speakers: dto.speakers.map((sp) => ({
              name: sp.name,
              ...(sp.accountId ? { accountId: sp.accountId } : {}),
            })),
          }
        : {}),
    };
    await this.checkSession(event, next);
    await this.sessions.save(next);
    await this.events.increment({ id: eventId }, 'sequence', 1);
    await this.hooks.emit({ type: 'session.changed', eventId, sessionId });
    await this.eventRooms.sessionChanged(
      eventId,
      sessionId,
      current.speakers.flatMap((sp) => sp.accountId ?? []),
      false,
    );
    const view = await this.get(actor, eventId);
    return view.sessions!.find((x) => x.id === sessionId);
  }

  async removeSession(actor: Actor, eventId: string, sessionId: string) {
    await this.getManagedOrThrow(actor, eventId);
    const before = await this.sessions.findOneBy({ id: sessionId, eventId });
    const res = await this.sessions.delete({ id: sessionId, eventId });
    if (!res.affected) throw notFound('This session', 'SESSION_NOT_FOUND');
    await this.events.increment({ id: eventId }, 'sequence', 1);
    await this.hooks.emit({ type: 'session.changed', eventId, sessionId });
    await this.eventRooms.sessionChanged(
      eventId,
      sessionId,
      before?.speakers.flatMap((sp) => sp.accountId ?? []) ?? [],
      true,
    );
  }

  // ---- registrations ----------------------------------------------------------------------

  private async positionOf(reg: Registration) {
    return this.seats.waitlistPosition(this.registrations.manager, reg);
  }

  async register(actor: Actor, eventId: string) {
    if (actor.role !== 'participant')
      throw forbidden(
        'Only participant accounts register for events.',
        'PARTICIPANTS_ONLY',
      );
    await this.getVisibleOrThrow(actor, eventId);
    await this.participants.assertMayJoin(actor.id);
    const now = new Date();
    const outcome = await this.seats.register(eventId, actor.id, (event) => {
      if (!event) throw notFound('This event', 'EVENT_NOT_FOUND');
      if (event.status === 'cancelled')
        throw conflict('EVENT_CANCELLED', 'This event has been cancelled.');
      if (event.status !== 'published')
        throw conflict(
          'EVENT_NOT_PUBLISHED',
          'This event is not open for registration yet.',
        );
      if (event.endsAt <= now)
        throw conflict('EVENT_OVER', 'This event is over.');
      if (event.registrationOpensAt && now < event.registrationOpensAt) {
        throw new AppError(
          409,
          'REGISTRATION_NOT_OPEN',
          `Registration opens on ${event.registrationOpensAt.toISOString()}.`,
        );
      }
      if (event.registrationClosesAt && now >= event.registrationClosesAt) {
        throw new AppError(
          409,
          'REGISTRATION_CLOSED',
          'Registration for this event has closed.',
        );
      }
    });
    if (outcome.fresh) {
      const r = outcome.registration;
      await this.hooks.emit(
        r.status === 'confirmed'
          ? { type: 'registration.confirmed', eventId, accountId: actor.id }
          : {
              type: 'registration.waitlisted',
              eventId,
              accountId: actor.id,
              position: outcome.waitlistPosition,
            },
      );
    }
    return toRegistrationView(outcome.registration, outcome.waitlistPosition);
  }

  private async emitPromotions(promoted: Registration[]) {
    for (const p of promoted) {
      await this.hooks.emit({
        type: 'registration.promoted',
        eventId: p.eventId,
        accountId: p.accountId,
      });
    }
  }

  private async afterCancel(
    eventId: string,
    outcome: RegistrationOutcome,
    by: 'self' | 'organiser',
  ) {
    await this.hooks.emit({
      type: 'registration.cancelled',
      eventId,
      accountId: outcome.registration.accountId,
      by,
    });
    await this.emitPromotions(outcome.promoted);
  }

  async cancelMine(
    actor: Actor,
    eventId: string,
  ): Promise<RegistrationOutcome> {
    await this.getVisibleOrThrow(actor, eventId);
    const outcome = await this.seats.cancel(
      eventId,
      { accountId: actor.id },
      'self',
    );
    if (!outcome)
      throw notFound(
        'Your registration for this event',
        'REGISTRATION_NOT_FOUND',
      );
    await this.afterCancel(eventId, outcome, 'self');
    return outcome;
  }

  async removeRegistration(
    actor: Actor,
    eventId: string,
    registrationId: string,
  ) {
    await this.getManagedOrThrow(actor, eventId);
    const outcome = await this.seats.cancel(
      eventId,
      { id: registrationId },
      'organiser',
    );
    if (!outcome) throw notFound('This registration', 'REGISTRATION_NOT_FOUND');
    await this.afterCancel(eventId, outcome, 'organiser');
    return outcome;
  }

  async checkIn(actor: Actor, eventId: string, registrationId: string) {
    await this.getManagedOrThrow(actor, eventId);
    const reg = await this.seats.checkIn(eventId, registrationId);
    return toRegistrationView(reg, null);
  }

  /** The organiser's list: names and e-mails, status and order. Never anyone's community. */
  async listRegistrations(actor: Actor, eventId: string) {
    await this.getManagedOrThrow(actor, eventId);
    const regs = await this.registrations.find({
      where: { eventId },
      order: { createdAt: 'ASC' },
    });
    const accounts = new Map(
      (await this.accounts.findByIds(regs.map((r) => r.accountId))).map((a) => [
        a.id,
        a,
      ]),
    );
    const waiting = regs
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => a.waitSeq! - b.waitSeq!);
    const position = new Map(waiting.map((r, i) => [r.id, i + 1]));
    const order = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
    return regs
      .map((r) => ({
        id: r.id,
        accountId: r.accountId,
        displayName: accounts.get(r.accountId)?.displayName ?? 'deleted user',
        email: accounts.get(r.accountId)?.email ?? null,
        status: r.status,
        waitlistPosition: position.get(r.id) ?? null,
        checkedIn: r.checkedInAt !== null,
        registeredAt: new Date(r.createdAt).toISOString(),
      }))
      .sort(
        (a, b) =>
          order[a.status] - order[b.status] ||
          (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
          a.registeredAt.localeCompare(b.registeredAt),
      );
  }

  async communityCounts(actor: Actor, eventId: string) {
    await this.getManagedOrThrow(actor, eventId);
    const confirmed = await this.registrations.find({
      where: { eventId, status: 'confirmed' },
      select: { accountId: true },
    });
    return this.participants.communityCounts(confirmed.map((r) => r.accountId));
  }

  async myRegistrations(actor: Actor) {
    return this.myRegistrationsFor(actor.id);
  }

  private async myRegistrationsFor(accountId: string) {
    const regs = await this.registrations.find({
      where: { accountId },
      order: { createdAt: 'DESC' },
    });
    if (regs.length === 0) return [];
    const events = await this.events.findBy({
      id: In(regs.map((r) => r.eventId)),
    });
    const views = new Map(
      (await this.views(events, false)).map((v) => [v.id, v]),
    );
    const out = [];
    for (const r of regs) {
      const e = views.get(r.eventId);
      if (e)
        out.push({
          ...toRegistrationView(r, await this.positionOf(r)),
          event: e,
        });
    }
    return out;
  }

  /** For the calendar: an account's active registrations with their events and sessions. */
  async registeredEventsOf(accountId: string) {
    const regs = await this.registrations.find({ where: { accountId } });
    const ids = regs
      .filter(
        (r) => r.status !== 'cancelled' || r.cancelReason === 'event-cancelled',
      )
      .map((r) => r.eventId);
    if (ids.length === 0) return [];
    const events = await this.events.findBy({ id: In(ids) });
    const sessions = await this.sessions.find({
      where: { eventId: In(ids) },
      order: { startsAt: 'ASC' },
    });
    const statusOf = new Map(regs.map((r) => [r.eventId, r.status]));
    return events.map((e) => ({
      event: e,
      sessions: sessions.filter((s) => s.eventId === e.id),
      registration: statusOf.get(e.id)!,
    }));
  }
}
