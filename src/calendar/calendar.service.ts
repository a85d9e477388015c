import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import type { Locale } from '../auth/entities/account.entity.js';
import { notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import {
  FeedDataRepository,
  type FeedEvent,
  type FeedSession,
  type PersonalEntry,
} from './feed-data.repository.js';
import { FeedSources } from './feed-sources.js';
import {
  buildCalendarBytes,
  buildCalendarFromBlocks,
  CANCELLED_RETENTION_DAYS,
  renderEventBlock,
  type EventBlock,
  etagFor,
  lastModifiedFor,
  pickText,
  type CalendarEvent,
  type CalendarLocale,
  type CalendarSession,
  type PairMeeting,
  type PlaceNames,
} from './ical/index.js';
import {
  RenderedEvents,
  RenderedFeeds,
  versionOf,
  type Feed,
} from './rendered-feeds.js';

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

export type { Feed } from './rendered-feeds.js';

const DAY = 86_400_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** How a person's registration shapes their copy of an event. */
interface PersonalView {
  tentative: boolean;
  sequence: number;
  updatedAt: Date;
}

/**
 * A person's copy of an event. Waitlisted: STATUS:TENTATIVE. Promoted from the waiting list: the
 * entry's STATUS changed, a revision of what this feed publishes, so SEQUENCE is one above the
 * event's (clients that keep an entry until SEQUENCE rises, as Google's feed importer is reported
 * to, take the change) and DTSTAMP/LAST-MODIFIED are the registration's change time.
 */
export function personalView(
  event: FeedEvent,
  entry: PersonalEntry,
): PersonalView {
  return {
    tentative: entry.status === 'waitlisted',
    sequence: event.sequence + (entry.promoted ? 1 : 0),
    updatedAt:
      entry.registrationUpdatedAt > event.updatedAt
        ? entry.registrationUpdatedAt
        : event.updatedAt,
  };
}

const personalKey = (accountId: string) => `personal:${accountId}`;

/** When the first cancelled event of a feed ages out of it (it must be rendered again then). */
function agingOut(items: readonly CalendarEvent[]): number {
  let first = Infinity;
  for (const item of items) {
    if (item.status !== 'cancelled') continue;
    const at =
      (item.cancelledAt ?? item.updatedAt).getTime() +
      CANCELLED_RETENTION_DAYS * DAY;
    if (at < first) first = at;
  }
  return first;
}

/** When a personal entry leaves the feed: 30 days after its event's cancellation, else never. */
function listedUntil(entry: PersonalEntry): number {
  if (entry.eventStatus !== 'cancelled') return Infinity;
  return (
    (entry.cancelledAt ?? entry.eventUpdatedAt).getTime() +
    CANCELLED_RETENTION_DAYS * DAY
  );
}

/** Last-Modified of a personal feed: its latest entry change, in whole seconds as HTTP has. */
function personalLastModified(
  listed: readonly PersonalEntry[],
  meetings: readonly PairMeeting[],
): Date | undefined {
  let latest = -Infinity;
  for (const r of listed) {
    latest = Math.max(
      latest,
      r.eventUpdatedAt.getTime(),
      r.registrationUpdatedAt.getTime(),
      r.cancelledAt?.getTime() ?? -Infinity,
    );
  }
  for (const m of meetings)
    if (m.updatedAt) latest = Math.max(latest, m.updatedAt.getTime());
  return Number.isFinite(latest)
    ? new Date(Math.floor(latest / 1000) * 1000)
    : undefined;
}

@Injectable()
export class CalendarService implements OnModuleInit {
  constructor(
    @InjectRepository(CalendarFeed)
    private readonly feeds: Repository<CalendarFeed>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly data: FeedDataRepository,
    private readonly accounts: AccountsRepository,
    private readonly lifecycle: AccountLifecycle,
    private readonly sources: FeedSources,
    private readonly rendered: RenderedFeeds,
    private readonly renderedEvents: RenderedEvents,
  ) {}

  onModuleInit() {
    this.lifecycle.onErase('calendar', async (accountId, em) => {
      await em.delete(CalendarFeed, { accountId });
      this.rendered.forget(personalKey(accountId));
      this.renderedEvents.forget(personalKey(accountId) + ':');
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
    // One statement replaces the nonce (a delete and an insert let two rotations at once
    // deadlock on MariaDB); a person without a feed yet gets one.
    const nonce = randomBytes(32).toString('base64url');
    const token = this.tokenFor(nonce);
    const updated = await this.feeds.update(
      { accountId: actor.id },
      { nonce, tokenHash: sha256(token) },
    );
    if (updated.affected) return this.urls(token);
    return this.urls(await this.issue(actor.id));
  }

  // ---- personal feed ------------------------------------------------------------------------

  /**
   * The events a person registered for (waitlisted ones tentative), their sessions, and their
   * published pair meetings. Read as: owner, account, then the feed's version (one query) and the
   * meetings; the rendered feed is reused while the version holds, otherwise events and sessions
   * are read in two more queries and the feed is rendered.
   */
  async personalFeed(token: string): Promise<Feed> {
    if (!TOKEN_FORMAT.test(token))
      throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    const accountId = await this.data.feedOwner(sha256(token));
    const account = accountId && (await this.accounts.findById(accountId));
    if (!account) throw notFound('This calendar', 'CALENDAR_NOT_FOUND');
    const locale = localeFrom(account.locale);
    const name = `UraMost – ${account.displayName}`;
    const now = new Date();
    const [entries, meetings, reference] = await Promise.all([
      this.data.personalEntries(account.id),
      this.meetingsOf(account.id),
      this.data.referenceVersion().then((r) => versionOf(r)),
    ]);
    const key = personalKey(account.id);
    // A meeting without a change time is stamped with the build time: such a feed is never reused.
    const reusable = meetings.every((m) => m.updatedAt);
    const version = versionOf(
      name,
      locale,
      reference,
      entries.version,
      JSON.stringify(meetings),
    );
    const hit = reusable && this.rendered.get(key, version, now.getTime());
    if (hit) return hit;

    // Render only the events whose entry changed; reuse the others' VEVENTs.
    const nowMs = now.getTime();
    const cutoff = nowMs - CANCELLED_RETENTION_DAYS * DAY;
    const listed = entries.rows.filter(
      (r) =>
        r.eventStatus === 'published' ||
        (r.eventStatus === 'cancelled' &&
          (r.cancelledAt?.getTime() ?? 0) >= cutoff),
    );
    const blockKey = (eventId: string) => `${key}:${locale}:${eventId}`;
    const blocks: EventBlock[] = [];
    const missing: string[] = [];
    for (const row of listed) {
      const block = this.renderedEvents.get(
        blockKey(row.eventId),
        row.version + reference,
        nowMs,
      );
      if (block) blocks.push(block);
      else missing.push(row.eventId);
    }
    if (missing.length > 0) {
      const all = missing.length === listed.length;
      const [events, sessions] = await Promise.all([
        all
          ? this.data.personalEvents(account.id)
          : this.data.eventsByIds(missing),
        all
          ? this.data.personalSessions(account.id)
          : this.data.sessionsOf(missing),
      ]);
      const wanted = new Set(missing);
      const entryOf = new Map(listed.map((r) => [r.eventId, r]));
      const items = await this.toCalendarEvents(
        all ? events : events.filter((e) => wanted.has(e.id)),
        sessions,
        locale,
        (e) => {
          const entry = entryOf.get(e.id);
          return entry ? personalView(e, entry) : undefined;
        },
      );
      for (const item of items) {
        const entry = entryOf.get(item.id);
        if (!entry) continue;
        const block = renderEventBlock(item, locale);
        blocks.push(block);
        this.renderedEvents.set(
          blockKey(item.id),
          entry.version + reference,
          block,
          nowMs,
          listedUntil(entry),
        );
      }
    }
    const body = buildCalendarFromBlocks(
      this.calendarInfo(name, locale, '/me/events'),
      blocks,
      meetings,
      now,
    );
    const feed: Feed = {
      body,
      etag: etagFor(body),
      lastModified: personalLastModified(listed, meetings),
    };
    if (reusable) {
      const until = Math.min(...listed.map(listedUntil));
      this.rendered.set(key, version, feed, nowMs, until);
    }
    return feed;
  }

  /** Pair meetings from other modules, with their links made absolute (URL must be a URI). */
  private async meetingsOf(accountId: string): Promise<PairMeeting[]> {
    const meetings = await this.sources.meetingsOf(accountId);
    return meetings.map((m) => ({
      ...m,
      url: new URL(m.url, this.config.publicUrl + '/').href,
    }));
  }

  // ---- public feeds -------------------------------------------------------------------------

  async eventFeed(
    actor: Actor | undefined,
    id: string,
    locale: CalendarLocale,
  ): Promise<Feed> {
    const event = await this.data.event(id);
    if (
      !event ||
      (event.status === 'draft' && !isOrganiserOf(actor, event.organisationId))
    ) {
      throw notFound('This event', 'EVENT_NOT_FOUND');
    }
    const items = await this.toCalendarEvents(
      [event],
      await this.data.sessionsOf([event.id]),
      locale,
    );
    return this.render(
      {
        name: pickText(event.title, locale) ?? 'UraMost',
        locale,
        page: `/events/${id}`,
      },
      items,
      [],
      new Date(),
    );
  }

  /** Published and cancelled events that ended at most 90 days ago; reused like a personal feed. */
  async organisationFeed(id: string, locale: CalendarLocale): Promise<Feed> {
    const org = await this.data.organisation(id);
    if (!org) throw notFound('This organisation', 'ORGANISATION_NOT_FOUND');
    const now = new Date();
    const key = `organisation:${id}:${locale}`;
    const name = `UraMost – ${org.name}`;
    const version = versionOf(
      name,
      await this.data.referenceVersion(),
      await this.data.organisationVersion(id, now),
    );
    const hit = this.rendered.get(key, version, now.getTime());
    if (hit) return hit;
    const events = await this.data.organisationEvents(id, now);
    const items = await this.toCalendarEvents(
      events,
      await this.data.sessionsOf(events.map((e) => e.id)),
      locale,
    );
    const feed = this.render(
      {
        name,
        locale,
        page: `/events?organisationId=${encodeURIComponent(id)}`,
      },
      items,
      [],
      now,
    );
    this.rendered.set(key, version, feed, now.getTime(), agingOut(items));
    return feed;
  }

  // ---- mapping ------------------------------------------------------------------------------

  /**
   * Entities → builder input: only public programme data; `personal` adds what one person's
   * registration changes (tentative, SEQUENCE, change time). Events that are neither published
   * nor cancelled within the retention period are left out.
   */
  private async toCalendarEvents(
    events: FeedEvent[],
    sessions: FeedSession[],
    locale: CalendarLocale,
    personal?: (e: FeedEvent) => PersonalView | undefined,
  ): Promise<CalendarEvent[]> {
    const cutoff = Date.now() - CANCELLED_RETENTION_DAYS * DAY;
    const listed = events.filter(
      (e) =>
        e.status === 'published' ||
        (e.status === 'cancelled' && (e.cancelledAt?.getTime() ?? 0) >= cutoff),
    );
    if (listed.length === 0) return [];
    const { orgs, places, topics } = await this.data.names(
      [...new Set(listed.map((e) => e.organisationId))],
      [
        ...new Set(
          listed.map((e) => e.placeId).filter((p): p is string => !!p),
        ),
      ],
    );
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const placeNames = new Map(
      places.map((p) => [p.id, p.names as unknown as PlaceNames]),
    );
    const topicName = new Map(
      topics.map((t) => [t.id, t.names[locale] ?? t.names.en]),
    );
    const sessionsOf = new Map<string, CalendarSession[]>();
    for (const s of sessions) {
      let list = sessionsOf.get(s.eventId);
      if (!list) sessionsOf.set(s.eventId, (list = []));
      list.push({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        ...(s.hall ? { hall: s.hall } : {}),
        speakers: s.speakers.map((sp) => sp.name),
      });
    }
    const kinds = KIND_LABELS[locale];
    return listed.map((e) => {
      const mine = personal?.(e);
      const place = e.placeId ? placeNames.get(e.placeId) : undefined;
      return {
        id: e.id,
        sequence: mine?.sequence ?? e.sequence,
        status: e.status === 'cancelled' ? 'cancelled' : 'published',
        title: e.title,
        description: e.description,
        kind: kinds[e.kind] ?? e.kind,
        topics: e.topics.map((t) => topicName.get(t) ?? t),
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: e.timeZone,
        ...(e.venueName || place
          ? {
              venue: {
                name: e.venueName ?? '',
                ...(e.venueAddress ? { address: e.venueAddress } : {}),
                ...(place ? { place } : {}),
              },
            }
          : {}),
        ...(e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
        organiser: { name: orgName.get(e.organisationId) ?? 'UraMost' },
        url: `${this.config.publicUrl}/events/${e.id}`,
        updatedAt: mine?.updatedAt ?? e.updatedAt,
        ...(e.cancelledAt ? { cancelledAt: e.cancelledAt } : {}),
        ...(mine?.tentative ? { tentative: true } : {}),
        sessions: sessionsOf.get(e.id) ?? [],
      } satisfies CalendarEvent;
    });
  }

  private calendarInfo(name: string, locale: CalendarLocale, page: string) {
    return {
      name,
      locale,
      publicUrl: `${this.config.publicUrl}${page}`,
      refreshMinutes: 60,
    };
  }

  private render(
    cal: { name: string; locale: CalendarLocale; page: string },
    items: CalendarEvent[],
    meetings: PairMeeting[],
    now: Date,
  ): Feed {
    const body = buildCalendarBytes(
      {
        name: cal.name,
        locale: cal.locale,
        publicUrl: `${this.config.publicUrl}${cal.page}`,
        refreshMinutes: 60,
      },
      items,
      meetings,
      now,
    );
    return {
      body,
      etag: etagFor(body),
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

/**
 * The first of our locales in an Accept-Language header, by preference (calendar apps fetching a
 * subscription send their own): Serbian tags with `Latn` give sr-Latn, other Serbian sr-Cyrl.
 */
export function localeFromAcceptLanguage(
  header: string | undefined,
): CalendarLocale | undefined {
  if (!header) return undefined;
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return {
        tag: tag.trim().toLowerCase(),
        q: q ? Number(q.slice(2)) : 1,
        i,
      };
    })
    .filter((t) => t.tag && Number.isFinite(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const [language, ...subtags] = tag.split('-');
    if (language === 'sq') return 'sq';
    if (language === 'en') return 'en';
    if (language === 'sr')
      return subtags.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  }
  return undefined;
}
