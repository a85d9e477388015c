import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import type { Locale } from '../auth/entities/account.entity.js';
import { notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { EventSession } from '../events/entities/event-session.entity.js';
import { Event } from '../events/entities/event.entity.js';
import { Registration } from '../events/entities/registration.entity.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { Place, Topic } from '../reference/entities/reference.entities.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { FeedSources } from './feed-sources.js';
import {
  buildCalendarBytes,
  CANCELLED_RETENTION_DAYS,
  etagFor,
  lastModifiedFor,
  type CalendarEvent,
  type CalendarLocale,
  type PairMeeting,
  type PlaceNames,
} from './ical/index.js';

const KIND_LABELS: Record<CalendarLocale, Record<string, string>> = {
  en: {
    conference: 'Conference',
    workshop: 'Workshop',
    'exchange-visit': 'Exchange visit',
    'local-meeting': 'Local meeting',
    webinar: 'Webinar',
    'peer-meeting': 'Peer meeting',
  },
  sq: {
    conference: 'Konferencë',
    workshop: 'Punëtori',
    'exchange-visit': 'Vizitë shkëmbimi',
    'local-meeting': 'Takim lokal',
    webinar: 'Uebinar',
    'peer-meeting': 'Takim mes bashkëmoshatarëve',
  },
  'sr-Latn': {
    conference: 'Konferencija',
    workshop: 'Radionica',
    'exchange-visit': 'Studijska poseta',
    'local-meeting': 'Lokalni sastanak',
    webinar: 'Vebinar',
    'peer-meeting': 'Vršnjački susret',
  },
  'sr-Cyrl': {
    conference: 'Конференција',
    workshop: 'Радионица',
    'exchange-visit': 'Студијска посета',
    'local-meeting': 'Локални састанак',
    webinar: 'Вебинар',
    'peer-meeting': 'Вршњачки сусрет',
  },
};

export interface Feed {
  body: Buffer;
  etag: string;
  lastModified?: Date;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class CalendarService implements OnModuleInit {
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsRepository,
    private readonly lifecycle: AccountLifecycle,
    private readonly sources: FeedSources,
  ) {}

  onModuleInit() {
    this.lifecycle.onErase('calendar', async (accountId, em) => {
      await em.delete(CalendarFeed, { accountId });
    });
  }

  // ---- personal feed tokens ----------------------------------------------------------------

  private tokenFor(nonce: string) {
    return createHmac('sha256', this.config.jwt.secret)
      .update(`calendar-feed:${nonce}`)
      .digest('base64url');
  }

  private urls(token: string) {
    const feedUrl = `${this.config.publicUrl}/calendar/${token}.ics`;
    return { feedUrl, webcalUrl: feedUrl.replace(/^https?:/, 'webcal:') };
  }

  private async issue(accountId: string) {
    const nonce = randomBytes(32).toString('base64url');
    const token = this.tokenFor(nonce);
    await this.feeds.save({ accountId, nonce, tokenHash: sha256(token) });
    return token;
  }

  async myFeed(actor: Actor) {
    const existing = await this.feeds.findOneBy({ accountId: actor.id });
    const token = existing
      ? this.tokenFor(existing.nonce)
      : await this.issue(actor.id);
    return this.urls(token);
  }

  async rotate(actor: Actor) {
    await this.feeds.delete({ accountId: actor.id });
    return this.urls(await this.issue(actor.id));
  }

  async personalFeed(token: string): Promise<Feed> {
    if (!TOKEN_FORMAT.test(token))
      throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    const feed = await this.feeds.findOneBy({ tokenHash: sha256(token) });
    if (!feed) throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    const account = await this.accounts.findById(feed.accountId);
    if (!account) throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    const locale = account.locale as CalendarLocale;
    const regs = await this.registrations.findBy({ accountId: account.id });
    const relevant = regs.filter(
      (r) => r.status !== 'cancelled' || r.cancelReason === 'event-cancelled',
    );
    const events = relevant.length
      ? await this.events.findBy({ id: In(relevant.map((r) => r.eventId)) })
      : [];
    const waitlisted = new Set(
      relevant.filter((r) => r.status === 'waitlisted').map((r) => r.eventId),
    );
    const meetings = await this.sources.meetingsOf(account.id);
    return this.render(
      { name: `UraMost – ${account.displayName}`, locale },
      events.filter((e) => e.status !== 'draft'),
      { tentative: waitlisted, meetings },
    );
  }

  // ---- public feeds -------------------------------------------------------------------------

  async eventFeed(
    actor: Actor | undefined,
    id: string,
    locale: CalendarLocale,
  ): Promise<Feed> {
    const event = await this.events.findOneBy({ id });
    if (
      !event ||
      (event.status === 'draft' && !isOrganiserOf(actor, event.organisationId))
    ) {
      throw notFound('This event', 'EVENT_NOT_FOUND');
    }
    const title =
      event.title.en ?? event.title.sq ?? event.title.sr ?? 'UraMost';
    return this.render(
      { name: title, locale, page: `/events/${id}` },
      [event],
      {},
    );
  }

  async organisationFeed(id: string, locale: CalendarLocale): Promise<Feed> {
    const org = await this.organisations.findOneBy({ id });
    if (!org) throw notFound('This organisation', 'ORGANISATION_NOT_FOUND');
    const since = new Date(Date.now() - 90 * 24 * 3600_000);
    const events = await this.events.find({
      where: [
        {
          organisationId: id,
          status: 'published',
          endsAt: MoreThanOrEqual(since),
        },
        {
          organisationId: id,
          status: 'cancelled',
          endsAt: MoreThanOrEqual(since),
        },
      ],
      order: { startsAt: 'ASC' },
    });
    return this.render(
      { name: `UraMost – ${org.name}`, locale, page: `/organisations/${id}` },
      events,
      {},
    );
  }

  // ---- mapping ------------------------------------------------------------------------------

  /** Entities → builder input: only public programme data, nothing about anyone's registration. */
  async toCalendarEvents(
    events: Event[],
    locale: CalendarLocale,
    tentative: Set<string> = new Set(),
  ): Promise<CalendarEvent[]> {
    if (events.length === 0) return [];
    const ids = events.map((e) => e.id);
    const [sessions, orgs, places, topics] = await Promise.all([
      this.sessions.find({
        where: { eventId: In(ids) },
        order: { startsAt: 'ASC' },
      }),
      this.organisations.findBy({
        id: In([...new Set(events.map((e) => e.organisationId))]),
      }),
      this.places.findBy({
        id: In(events.map((e) => e.placeId).filter((p): p is string => !!p)),
      }),
      this.topics.find(),
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const placeNames = new Map(
      places.map((p) => [p.id, p.names as unknown as PlaceNames]),
    );
    const topicName = new Map(
      topics.map((t) => [t.id, t.names[locale] ?? t.names.en]),
    );
    const cutoff = Date.now() - CANCELLED_RETENTION_DAYS * 24 * 3600_000;
    return events
      .filter(
        (e) =>
          e.status === 'published' ||
          (e.status === 'cancelled' &&
            (e.cancelledAt?.getTime() ?? 0) >= cutoff),
      )
      .map((e) => ({
        id: e.id,
        sequence: e.sequence,
        status: e.status === 'cancelled' ? 'cancelled' : 'published',
        title: e.title,
        description: e.description,
        kind: KIND_LABELS[locale][e.kind] ?? e.kind,
        topics: e.topics.map((t) => topicName.get(t) ?? t),
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: e.timeZone,
        ...(e.venueName || e.placeId
          ? {
              venue: {
                name: e.venueName ?? '',
                ...(e.venueAddress ? { address: e.venueAddress } : {}),
                ...(e.placeId && placeNames.get(e.placeId)
                  ? { place: placeNames.get(e.placeId)! }
                  : {}),
              },
            }
          : {}),
        ...(e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
        organiser: { name: orgName.get(e.organisationId) ?? 'UraMost' },
        url: `${this.config.publicUrl}/events/${e.id}`,
        updatedAt: e.updatedAt,
        ...(e.cancelledAt ? { cancelledAt: e.cancelledAt } : {}),
        ...(tentative.has(e.id) ? { tentative: true } : {}),
        sessions: sessions
          .filter((s) => s.eventId === e.id)
          .map((s) => ({
            id: s.id,
            title: s.title,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            ...(s.hall ? { hall: s.hall } : {}),
            speakers: s.speakers.map((sp) => sp.name),
          })),
      }));
  }

  private async render(
    cal: { name: string; locale: CalendarLocale; page?: string },
    events: Event[],
    opts: { tentative?: Set<string>; meetings?: PairMeeting[] },
  ): Promise<Feed> {
    const items = await this.toCalendarEvents(
      events,
      cal.locale,
      opts.tentative,
    );
    const meetings = opts.meetings ?? [];
    const now = new Date();
    const body = buildCalendarBytes(
      {
        name: cal.name,
        locale: cal.locale,
        publicUrl: `${this.config.publicUrl}${cal.page ?? '/'}`,
        refreshMinutes: 60,
      },
      items,
      meetings,
      now,
    );
    return {
      body,
      etag: etagFor(body.toString('utf8')),
      lastModified: lastModifiedFor(items, meetings, now),
    };
  }
}

export function localeFrom(
  lang: unknown,
  fallback: Locale = 'en',
): CalendarLocale {
  return lang === 'sq' ||
    lang === 'sr-Latn' ||
    lang === 'sr-Cyrl' ||
    lang === 'en'
    ? lang
    : fallback;
}
