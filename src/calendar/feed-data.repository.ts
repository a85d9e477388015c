import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  In,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { EventSession } from '../events/entities/event-session.entity.js';
import { Event, type EventStatus } from '../events/entities/event.entity.js';
import {
  Registration,
  type RegistrationStatus,
} from '../events/entities/registration.entity.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { Place, Topic } from '../reference/entities/reference.entities.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';

/** One registration that belongs in a personal feed, with the version columns of its event. */
export interface PersonalEntry {
  eventId: string;
  status: RegistrationStatus;
  /** Came off the waiting list (the entry went from TENTATIVE to CONFIRMED). */
  promoted: boolean;
  registrationUpdatedAt: Date;
  eventStatus: EventStatus;
  sequence: number;
  eventUpdatedAt: Date;
  cancelledAt: Date | null;
  /** Changes whenever this entry's rendering does (reference names aside). */
  version: string;
}

/** What a feed is built from, read in one query, and a string that changes whenever it does. */
export interface Versioned<T> {
  rows: T[];
  version: string;
}

const FEED_SESSION_COLUMNS = [
  'id',
  'eventId',
  'title',
  'startsAt',
  'endsAt',
  'hall',
  'speakers',
] as const satisfies readonly (keyof EventSession)[];
/** The session columns a feed shows. */
export type FeedSession = Pick<
  EventSession,
  (typeof FEED_SESSION_COLUMNS)[number]
>;

const FEED_EVENT_COLUMNS = [
  'id',
  'organisationId',
  'title',
  'description',
  'kind',
  'startsAt',
  'endsAt',
  'timeZone',
  'venueName',
  'venueAddress',
  'placeId',
  'onlineUrl',
  'topics',
  'status',
  'sequence',
  'cancelledAt',
  'updatedAt',
] as const satisfies readonly (keyof Event)[];
/** The event columns a feed shows (not seats, quotas or the search text). */
export type FeedEvent = Pick<Event, (typeof FEED_EVENT_COLUMNS)[number]>;

/** Organisation feeds show events that ended up to this long ago. */
export const ORGANISATION_FEED_DAYS = 90;

/**
 * Selects the given columns of `alias` and converts them as TypeORM would (dates, JSON), without
 * building entities through its general result transformer, which for a feed of 2,500 sessions
 * cost more than the query itself.
 */
async function plainRows<T extends ObjectLiteral, K extends keyof T & string>(
  q: SelectQueryBuilder<ObjectLiteral>,
  repo: Repository<T>,
  alias: string,
  props: readonly K[],
): Promise<Pick<T, K>[]> {
  const driver = repo.manager.connection.driver;
  const columns = props.map((p) => {
    const column = repo.metadata.findColumnWithPropertyName(p);
    if (!column) throw new Error(`no column ${p}`);
    return column;
  });
  q.select(`${alias}.${props[0]}`, props[0]);
  for (const p of props.slice(1)) q.addSelect(`${alias}.${p}`, p);
  const raw = await q.getRawMany<Record<string, unknown>>();
  return raw.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < props.length; i++) {
      out[props[i]] = driver.prepareHydratedValue(row[props[i]], columns[i]);
    }
    return out as Pick<T, K>;
  });
}

/** A raw column value as text: mysql2 gives Dates, SQLite strings; both change when the row does. */
const stamp = (v: unknown): string =>
  v instanceof Date
    ? String(v.getTime())
    : typeof v === 'string' || typeof v === 'number'
      ? String(v)
      : JSON.stringify(v ?? null);

/**
 * The feeds' reads. Each feed is read in a few set-based queries whatever its size (no query per
 * event or session), and each starts with a cheap "version" read: the columns that change whenever
 * the feed's content does, so a rendered feed can be reused until then.
 */
@Injectable()
export class FeedDataRepository {
  constructor(
    @InjectRepository(CalendarFeed)
    private readonly feeds: Repository<CalendarFeed>,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(EventSession)
    private readonly sessions: Repository<EventSession>,
    @InjectRepository(Registration)
    private readonly registrations: Repository<Registration>,
    @InjectRepository(Organisation)
    private readonly organisations: Repository<Organisation>,
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
  ) {}

  async feedOwner(tokenHash: string): Promise<string | undefined> {
    const feed = await this.feeds.findOne({
      select: { accountId: true },
      where: { tokenHash },
    });
    return feed?.accountId;
  }

  /** Registrations shown in a person's feed: active ones, and those of cancelled events. */
  private shown<T extends ObjectLiteral>(
    q: SelectQueryBuilder<T>,
    accountId: string,
  ): SelectQueryBuilder<T> {
    return q
      .innerJoin(Registration, 'r', 'r.eventId = e.id')
      .where('r.accountId = :accountId', { accountId })
      .andWhere(
        "(r.status <> 'cancelled' OR r.cancelReason = 'event-cancelled')",
      )
      .andWhere("e.status <> 'draft'");
  }

  /**
   * A person's entries with their events' SEQUENCE, status and change times: one query. Every
   * change to an event or its sessions raises the event's sequence and updatedAt, and every change
   * to a registration its updatedAt, so the version changes whenever the feed's content does.
   */
  async personalEntries(accountId: string): Promise<Versioned<PersonalEntry>> {
    const raw = await this.shown(this.events.createQueryBuilder('e'), accountId)
      .select('r.eventId', 'eventId')
      .addSelect('r.status', 'status')
      .addSelect('r.promotedAt', 'promotedAt')
      .addSelect('r.updatedAt', 'registrationUpdatedAt')
      .addSelect('e.status', 'eventStatus')
      .addSelect('e.sequence', 'sequence')
      .addSelect('e.updatedAt', 'updatedAt')
      .addSelect('e.cancelledAt', 'cancelledAt')
      .orderBy('r.eventId')
      .getRawMany<Record<string, unknown>>();
    const driver = this.registrations.manager.connection.driver;
    const date = (repo: Repository<ObjectLiteral>, prop: string, v: unknown) =>
      driver.prepareHydratedValue(
        v,
        repo.metadata.findColumnWithPropertyName(prop)!,
      ) as Date;
    const rows = raw.map((r): PersonalEntry => {
      const version = [
        r.eventId,
        r.status,
        stamp(r.promotedAt),
        stamp(r.registrationUpdatedAt),
        r.eventStatus,
        r.sequence,
        stamp(r.updatedAt),
        stamp(r.cancelledAt),
      ].join('|');
      return {
        eventId: r.eventId as string,
        status: r.status as RegistrationStatus,
        promoted: r.promotedAt !== null && r.promotedAt !== undefined,
        registrationUpdatedAt: date(
          this.registrations,
          'updatedAt',
          r.registrationUpdatedAt,
        ),
        eventStatus: r.eventStatus as EventStatus,
        sequence: Number(r.sequence),
        eventUpdatedAt: date(this.events, 'updatedAt', r.updatedAt),
        cancelledAt:
          r.cancelledAt === null || r.cancelledAt === undefined
            ? null
            : date(this.events, 'cancelledAt', r.cancelledAt),
        version,
      };
    });
    return { rows, version: rows.map((r) => r.version).join('\n') };
  }

  /** Some events by id, with the columns a feed shows. */
  eventsByIds(ids: string[]): Promise<FeedEvent[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return plainRows(
      this.events.createQueryBuilder('e').where('e.id IN (:...ids)', { ids }),
      this.events,
      'e',
      FEED_EVENT_COLUMNS,
    );
  }

  /** The events of a person's feed (see {@link personalEntries}). */
  personalEvents(accountId: string): Promise<FeedEvent[]> {
    return plainRows(
      this.shown(this.events.createQueryBuilder('e'), accountId),
      this.events,
      'e',
      FEED_EVENT_COLUMNS,
    );
  }

  /**
   * The sessions of those events, in no particular order (the builder orders each event's). Joined
   * to the registrations only: sessions of an event that is not listed are never written.
   */
  personalSessions(accountId: string): Promise<FeedSession[]> {
    return plainRows(
      this.sessions
        .createQueryBuilder('s')
        .innerJoin(Registration, 'r', 'r.eventId = s.eventId')
        .where('r.accountId = :accountId', { accountId })
        .andWhere(
          "(r.status <> 'cancelled' OR r.cancelReason = 'event-cancelled')",
        ),
      this.sessions,
      's',
      FEED_SESSION_COLUMNS,
    );
  }

  private organisationWindow(
    q: SelectQueryBuilder<Event>,
    organisationId: string,
    now: Date,
  ): SelectQueryBuilder<Event> {
    return q
      .where('e.organisationId = :organisationId', { organisationId })
      .andWhere("e.status IN ('published', 'cancelled')")
      .andWhere('e.endsAt >= :since', {
        since: new Date(now.getTime() - ORGANISATION_FEED_DAYS * 86_400_000),
      });
  }

  /** Version of an organisation's feed: its listed events' SEQUENCE, status and change times. */
  async organisationVersion(
    organisationId: string,
    now: Date,
  ): Promise<string> {
    const raw = await this.organisationWindow(
      this.events.createQueryBuilder('e'),
      organisationId,
      now,
    )
      .select('e.id', 'id')
      .addSelect('e.status', 'status')
      .addSelect('e.sequence', 'sequence')
      .addSelect('e.updatedAt', 'updatedAt')
      .addSelect('e.cancelledAt', 'cancelledAt')
      .orderBy('e.id')
      .getRawMany<Record<string, unknown>>();
    return raw
      .map((r) =>
        [
          r.id,
          r.status,
          r.sequence,
          stamp(r.updatedAt),
          stamp(r.cancelledAt),
        ].join('|'),
      )
      .join('\n');
  }

  organisationEvents(organisationId: string, now: Date): Promise<FeedEvent[]> {
    return plainRows(
      this.organisationWindow(
        this.events.createQueryBuilder('e'),
        organisationId,
        now,
      ),
      this.events,
      'e',
      FEED_EVENT_COLUMNS,
    );
  }

  event(id: string): Promise<Event | null> {
    return this.events.findOneBy({ id });
  }

  /** Sessions of these events (an event page, or an organisation's window of events). */
  sessionsOf(eventIds: string[]): Promise<FeedSession[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return plainRows(
      this.sessions
        .createQueryBuilder('s')
        .where('s.eventId IN (:...eventIds)', { eventIds }),
      this.sessions,
      's',
      FEED_SESSION_COLUMNS,
    );
  }

  organisation(id: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ id });
  }

  /**
   * Every organisation, place and topic name as one string (reference data: a few hundred rows),
   * so that renaming one makes every feed's version change.
   */
  async referenceVersion(): Promise<string> {
    const [orgs, places, topics] = await Promise.all([
      this.organisations
        .createQueryBuilder('o')
        .select('o.id', 'id')
        .addSelect('o.name', 'name')
        .orderBy('o.id')
        .getRawMany<Record<string, unknown>>(),
      this.places
        .createQueryBuilder('p')
        .select('p.id', 'id')
        .addSelect('p.names', 'names')
        .orderBy('p.id')
        .getRawMany<Record<string, unknown>>(),
      this.topics
        .createQueryBuilder('t')
        .select('t.id', 't')
        .addSelect('t.names', 'names')
        .orderBy('t.id')
        .getRawMany<Record<string, unknown>>(),
    ]);
    return [orgs, places, topics]
      .map((rows) =>
        rows.map((r) => Object.values(r).map(stamp).join('|')).join('\n'),
      )
      .join('\n\n');
  }

  /** Names of organisations, places and topics (reference data: a few hundred rows at most). */
  async names(organisationIds: string[], placeIds: string[]) {
    const [orgs, places, topics] = await Promise.all([
      organisationIds.length
        ? this.organisations.find({
            select: { id: true, name: true },
            where: { id: In(organisationIds) },
          })
        : [],
      placeIds.length
        ? this.places.find({
            select: { id: true, names: true },
            where: { id: In(placeIds) },
          })
        : [],
      this.topics.find({ select: { id: true, names: true } }),
    ]);
    return { orgs, places, topics };
  }
}
