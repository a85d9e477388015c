import {
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { AppError, badRequest, forbidden, notFound } from '../common/errors.js';
import { EventsService } from '../events/events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  BULLETIN_LOCALES,
  bulletinLocale,
  contentLanguage,
  formatWhen,
  inScript,
  renderBulletin,
  type BulletinItem,
  type BulletinLocale,
} from './bulletin-mail.js';
import type { CreateBulletinDto, SubscribeDto } from './dto/bulletin.dto.js';
import {
  Bulletin,
  BulletinDelivery,
  BulletinSubscription,
} from './entities/bulletin.entities.js';
import type { Publication } from './entities/publication.entity.js';
import { PublicationsService } from './publications.service.js';

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 3600_000;
/** Subscription requests per address (silently ignored beyond: the answer is always the same). */
const SUBSCRIBE_LIMIT = { limit: 3, windowSeconds: 3600 };
const BATCH = 100;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type LocalizedText = { en?: string; sq?: string; sr?: string };
interface EventLike {
  id: string;
  title: LocalizedText;
  startsAt: string | null;
  timeZone: string;
}

/**
 * The e-bulletin: double opt-in subscriptions, composed bulletins and their sending. A send writes
 * one delivery row per (bulletin, subscription) — unique — before it queues the mail in the
 * notifications outbox under a dedupe key made of the same pair, then marks the row queued. A send
 * interrupted anywhere in between resumes from the rows still pending and never queues twice.
 */
@Injectable()
export class BulletinsService {
  private readonly log = new Logger('Bulletin');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(BulletinSubscription)
    private readonly subscriptions: Repository<BulletinSubscription>,
    @InjectRepository(Bulletin)
    private readonly bulletins: Repository<Bulletin>,
    @InjectRepository(BulletinDelivery)
    private readonly deliveries: Repository<BulletinDelivery>,
    private readonly notifications: NotificationsService,
    private readonly publications: PublicationsService,
    private readonly events: EventsService,
    private readonly limiter: RateLimiter,
  ) {}

  // ---- subscriptions ------------------------------------------------------------------------

  /** Always resolves the same way, whatever the state of the address (no enumeration). */
  async subscribe(dto: SubscribeDto): Promise<void> {
    const email = dto.email.trim().toLowerCase();
    const decision = await this.limiter.consume(
      `bulletin-subscribe:${email}`,
      SUBSCRIBE_LIMIT,
    );
    if (!decision.allowed) return;
    const existing = await this.subscriptions.findOneBy({ email });
    if (existing?.status === 'confirmed') {
      if (existing.locale !== dto.locale)
        // the language is not secret; changing it needs no confirmation of the address itself
        await this.subscriptions.update(
          { id: existing.id },
          { locale: dto.locale },
        );
      return;
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + CONFIRM_TTL_MS);
    let id: string;
    if (existing) {
      await this.subscriptions.update(
        { id: existing.id },
        {
          status: 'pending',
          locale: dto.locale,
          confirmTokenHash: sha256(token),
          confirmExpiresAt: expiresAt,
        },
      );
      id = existing.id;
    } else {
      const row = this.subscriptions.create({
        email,
        locale: dto.locale,
        status: 'pending',
        confirmTokenHash: sha256(token),
        confirmExpiresAt: expiresAt,
        confirmedAt: null,
      });
      try {
        await this.subscriptions.insert(row);
      } catch {
        return; // the same address subscribed at the same moment: that request sends the mail
      }
      id = row.id;
    }
    await this.notifications.sendBulletinConfirmation({
      subscriptionId: id,
      email,
      locale: dto.locale,
      confirmUrl: `${this.base()}/api/bulletin/confirm/${token}`,
      expiresAt,
    });
  }

  async confirm(token: string) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw this.unknownLink();
    const sub = await this.subscriptions.findOneBy({
      confirmTokenHash: sha256(token),
    });
    if (!sub) throw this.unknownLink();
    if (
      !sub.confirmExpiresAt ||
      new Date(sub.confirmExpiresAt).getTime() < Date.now()
    )
      throw new AppError(
        410,
        'BULLETIN_LINK_EXPIRED',
        'This confirmation link has expired. Please subscribe again to get a new one.',
      );
    await this.subscriptions.update(
      { id: sub.id, confirmTokenHash: sub.confirmTokenHash! },
      {
        status: 'confirmed',
        confirmedAt: new Date(),
        confirmTokenHash: null,
        confirmExpiresAt: null,
      },
    );
    return {
      status: 'confirmed' as const,
      unsubscribeUrl: this.unsubscribeUrl(sub.id),
    };
  }

  async unsubscribe(token: string) {
    const id = this.verifyUnsubscribeToken(token);
    if (!id) throw this.unknownLink();
    const sub = await this.subscriptions.findOneBy({ id });
    if (!sub) throw this.unknownLink();
    if (sub.status !== 'unsubscribed')
      await this.subscriptions.update(
        { id },
        {
          status: 'unsubscribed',
          confirmTokenHash: null,
          confirmExpiresAt: null,
        },
      );
    return { status: 'unsubscribed' as const };
  }

  private unknownLink() {
    return notFound('This link', 'BULLETIN_LINK_NOT_FOUND');
  }

  private base() {
    return this.config.publicUrl.replace(/\/+$/, '');
  }

  private mac(id: string) {
    return createHmac('sha256', this.config.jwt.secret)
      .update(`bulletin-unsubscribe:${id}`)
      .digest('base64url');
  }

  /** `<subscription id>.<HMAC>`: works for as long as the subscription exists, stores nothing. */
  unsubscribeToken(id: string) {
    return `${id}.${this.mac(id)}`;
  }

  unsubscribeUrl(id: string) {
    return `${this.base()}/api/bulletin/unsubscribe/${this.unsubscribeToken(id)}`;
  }

  private verifyUnsubscribeToken(token: string): string | null {
    const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return null;
    const want = Buffer.from(this.mac(m[1]));
    const got = Buffer.from(m[2]);
    return want.length === got.length && timingSafeEqual(want, got)
      ? m[1]
      : null;
  }

  // ---- bulletins ----------------------------------------------------------------------------

  async compose(actor: Actor, dto: CreateBulletinDto) {
    let organisationId: string;
    if (actor.role === 'admin') {
      if (!dto.organisationId)
        throw badRequest(
          'ORGANISATION_REQUIRED',
          'Say which organisation sends this bulletin (organisationId).',
        );
      organisationId = dto.organisationId;
    } else if (actor.role === 'organiser' && actor.organisationId) {
      organisationId = actor.organisationId;
    } else throw forbidden('Only organisers can compose bulletins.');
    const pubs = await this.publications.publishedByIds(dto.publicationIds);
    if (pubs.length !== dto.publicationIds.length)
      throw badRequest(
        'PUBLICATION_NOT_PUBLISHED',
        'Every publication in a bulletin must exist and be published.',
        {
          missing: dto.publicationIds.filter(
            (id) => !pubs.some((p) => p.id === id),
          ),
        },
      );
    const eventIds = dto.eventIds === 'upcoming' ? [] : dto.eventIds;
    for (const id of eventIds) await this.events.get(undefined, id); // published ones only
    const b = this.bulletins.create({
      organisationId,
      createdById: actor.id,
      subject: subjectsOf(dto.subject),
      publicationIds: dto.publicationIds,
      eventIds,
      upcomingEvents: dto.eventIds === 'upcoming',
      status: 'draft',
      sendStartedAt: null,
      sentAt: null,
    });
    await this.bulletins.save(b);
    return this.view(b);
  }

  private async getManagedOrThrow(actor: Actor, id: string) {
    const b = await this.bulletins.findOneBy({ id });
    if (!b || !isOrganiserOf(actor, b.organisationId))
      throw notFound('This bulletin', 'BULLETIN_NOT_FOUND');
    return b;
  }

  async get(actor: Actor, id: string) {
    return this.view(await this.getManagedOrThrow(actor, id));
  }

  private async view(b: Bulletin) {
    const [total, skipped, mails] = await Promise.all([
      this.deliveries.countBy({ bulletinId: b.id }),
      this.deliveries.countBy({ bulletinId: b.id, status: 'skipped' }),
      this.notifications.topicCounts(`bulletin:${b.id}`),
    ]);
    return {
      id: b.id,
      organisationId: b.organisationId,
      status: b.status,
      subject: b.subject,
      publicationIds: b.publicationIds,
      eventIds: b.upcomingEvents ? ('upcoming' as const) : b.eventIds,
      createdAt: new Date(b.createdAt).toISOString(),
      sentAt: b.sentAt ? new Date(b.sentAt).toISOString() : null,
      /** Addresses the bulletin goes to (confirmed subscribers when the send started). */
      total,
      /** Accepted by the mail server. */
      sent: mails.sent,
      /** Not delivered yet: still to be queued, or queued and waiting for the mail worker. */
      pending: Math.max(total - mails.sent - mails.failed - skipped, 0),
      /** Given up by the mail worker after its retries. */
      failed: mails.failed,
      /** Unsubscribed after the send started. */
      skipped,
    };
  }

  /** Sends (or resumes sending) to every confirmed subscriber; safe to call again at any time. */
  async send(actor: Actor, id: string) {
    const b = await this.getManagedOrThrow(actor, id);
    await this.prepare(b);
    while ((await this.deliverPending(b.id, BATCH)) > 0);
    await this.bulletins.update(
      { id: b.id, status: 'sending' },
      { status: 'sent', sentAt: new Date() },
    );
    return this.view((await this.bulletins.findOneBy({ id: b.id }))!);
  }

  /**
   * The first step of a send: one delivery row per confirmed subscription (insert-or-ignore on the
   * unique pair, so a repeated call adds only those who confirmed since).
   */
  async prepare(b: Bulletin) {
    if (b.status === 'draft')
      await this.bulletins.update(
        { id: b.id, status: 'draft' },
        { status: 'sending', sendStartedAt: new Date() },
      );
    if (b.status === 'sent') return;
    const subs = await this.subscriptions.find({
      where: { status: 'confirmed' },
      select: { id: true },
      order: { id: 'ASC' },
    });
    for (let i = 0; i < subs.length; i += 200)
      await this.deliveries
        .createQueryBuilder()
        .insert()
        .into(BulletinDelivery)
        .values(
          subs.slice(i, i + 200).map((s) => ({
            bulletinId: b.id,
            subscriptionId: s.id,
            status: 'pending' as const,
            queuedAt: null,
          })),
        )
        .orIgnore()
        .updateEntity(false)
        .execute();
  }

  /**
   * Queues up to `max` pending deliveries of a bulletin; returns how many it handled. The mail is
   * queued under `bulletin:<bulletin>:<subscription>` before the row is marked: a crash between the
   * two leaves the row pending, and the next run's queueing of the same key is a no-op.
   */
  async deliverPending(bulletinId: string, max: number): Promise<number> {
    const b = await this.bulletins.findOneBy({ id: bulletinId });
    if (!b) return 0;
    const rows = await this.deliveries.find({
      where: { bulletinId, status: 'pending' },
      order: { id: 'ASC' },
      take: max,
    });
    if (rows.length === 0) return 0;
    const subs = await this.subscriptions.findBy({
      id: In(rows.map((r) => r.subscriptionId)),
    });
    const byId = new Map(subs.map((s) => [s.id, s]));
    const content = await this.content(b);
    for (const row of rows) {
      const sub = byId.get(row.subscriptionId);
      if (!sub || sub.status !== 'confirmed') {
        await this.deliveries.update(
          { id: row.id, status: 'pending' },
          { status: 'skipped' },
        );
        continue;
      }
      const locale = bulletinLocale(sub.locale);
      const mail = renderBulletin(locale, {
        subject: b.subject[locale],
        ...content(locale),
        unsubscribeUrl: this.unsubscribeUrl(sub.id),
      });
      await this.notifications.sendRendered({
        dedupeKey: `bulletin:${b.id}:${sub.id}`,
        recipient: sub.email,
        locale,
        kind: 'bulletin',
        topic: `bulletin:${b.id}`,
        ...mail,
      });
      await this.deliveries.update(
        { id: row.id, status: 'pending' },
        { status: 'queued', queuedAt: new Date() },
      );
    }
    return rows.length;
  }

  /** What the bulletin lists, per reader locale (read once per batch). */
  private async content(b: Bulletin) {
    const pubs = await this.publications.publishedByIds(b.publicationIds);
    let events: EventLike[];
    if (b.upcomingEvents) {
      events = (await this.events.list(undefined, { pageSize: 10 })).items;
    } else {
      events = [];
      for (const id of b.eventIds) {
        try {
          events.push(await this.events.get(undefined, id));
        } catch {
          // unpublished or gone since the bulletin was composed: left out
        }
      }
    }
    const base = this.base();
    return (
      locale: BulletinLocale,
    ): { publications: BulletinItem[]; events: BulletinItem[] } => ({
      publications: pubs.map((p) => ({
        title: inScript(locale, publicationTitle(p, locale)),
        url: `${base}/publications/${p.id}`,
        meta: p.authorName,
      })),
      events: events.map((e) => ({
        title: inScript(locale, localized(e.title, locale)),
        url: `${base}/events/${e.id}`,
        meta: e.startsAt
          ? formatWhen(locale, new Date(e.startsAt), e.timeZone)
          : undefined,
      })),
    });
  }
}

function subjectsOf(
  given: CreateBulletinDto['subject'],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of BULLETIN_LOCALES) {
    const v = given?.[l];
    if (v) out[l] = v;
  }
  return out;
}

function publicationTitle(p: Publication, locale: BulletinLocale) {
  const lang = contentLanguage(locale);
  if (p.language === lang) return p.title;
  return p.versions[lang]?.title ?? p.title;
}

function localized(t: LocalizedText, locale: BulletinLocale) {
  return t[contentLanguage(locale)] ?? t.en ?? t.sq ?? t.sr ?? '';
}
