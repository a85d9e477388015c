import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { Account } from '../auth/entities/account.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Event } from '../events/entities/event.entity.js';
import { Registration } from '../events/entities/registration.entity.js';
import { EventHooks, type EventHappening } from '../events/event-hooks.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { MailOutbox, type MailStatus } from './entities/mail-outbox.entity.js';
import { eventFacts, invitation, type EventContext } from './event-mail.js';
import {
  MailOutboxRepository,
  type NewMail,
} from './mail-outbox.repository.js';
import { parseMailbox } from './mail-transport.js';
import { MailWorker } from './mail-worker.js';
import { mailLocale, type MailLocale } from './templates/catalog.js';
import {
  bulletinConfirmationMail,
  eventMail,
  guardianConsentMail,
  pairingMail,
  type EventMailKind,
  type MeetingSuggestion,
} from './templates/messages.js';

export type { MeetingSuggestion } from './templates/messages.js';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const ms = (d: Date | null | undefined) => (d ? new Date(d).getTime() : 0);
const digest = (s: string) =>
  createHash('sha256').update(s).digest('base64url').slice(0, 16);

export interface PairingNotice {
  /** The published round: a person is told once per round. */
  roundId: string;
  cohortName: string;
  /** Display names of the other member(s) of the pair or trio. Never their community. */
  partnerNames: readonly string[];
  meeting: MeetingSuggestion | null;
  /** Page where the person sees their pairings; default PUBLIC_URL/me/pairings. */
  url?: string;
}

export interface GuardianConsentRequest {
  /** Overrides the profile's guardian name and contact (e.g. before consent is recorded). */
  guardianName?: string;
  guardianContact?: string;
  /** Link where the guardian gives or refuses consent, when the participants module has one. */
  confirmUrl?: string;
  /** A new request id sends again; without it, one mail per guardian address per day. */
  requestId?: string;
}

/** A mail another module rendered itself (the e-bulletin); plain text and escaped HTML. */
export interface RenderedMailRequest {
  /** Queued once per key: a second request with the same key is a no-op. At most 191 chars. */
  dedupeKey: string;
  recipient: string;
  locale: string;
  /** Template-like name for logs and exports, e.g. `bulletin`. */
  kind: string;
  /** What it is about (`bulletin:<id>`), for progress counts. At most 80 chars. */
  topic: string | null;
  subject: string;
  text: string;
  html: string;
}

export interface BulletinConfirmation {
  subscriptionId: string;
  email: string;
  locale: string;
  /** Tokenised confirmation link; a new link (new token) sends a new mail. */
  confirmUrl: string;
  expiresAt?: Date;
}

/**
 * Turns what happens (registrations, event changes, pairings …) into localized mails in the
 * outbox. Writing the row is all that happens on the request path; MailWorker delivers later.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly log = new Logger('Notifications');
  private readonly organizer: { name: string; email: string };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    private readonly worker: MailWorker,
    private readonly hooks: EventHooks,
    private readonly accounts: AccountsRepository,
    private readonly participants: ParticipantsService,
    private readonly reference: ReferenceService,
    private readonly lifecycle: AccountLifecycle,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(Registration)
    private readonly registrations: Repository<Registration>,
    @InjectRepository(Organisation)
    private readonly organisations: Repository<Organisation>,
    @InjectRepository(MailOutbox)
    private readonly mails: Repository<MailOutbox>,
  ) {
    const from = parseMailbox(config.mailFrom);
    this.organizer = { name: from.name || 'UraMost', email: from.address };
  }

  onModuleInit() {
    this.hooks.on((h) => this.onHappening(h));
    this.lifecycle.onErase('notifications', (accountId, em) =>
      this.outbox.deleteForAccountWithin(em, accountId),
    );
    this.lifecycle.addExportSection(async (accountId) => ({
      emails: (await this.outbox.listForAccount(accountId)).map((m) => ({
        kind: m.kind,
        subject: m.subject,
        status: m.status,
        queuedAt: new Date(m.createdAt).toISOString(),
        sentAt: m.sentAt ? new Date(m.sentAt).toISOString() : null,
      })),
    }));
  }

  // ---- events and registrations -----------------------------------------------------------

  async onHappening(h: EventHappening): Promise<void> {
    switch (h.type) {
      case 'registration.confirmed':
      case 'registration.waitlisted':
      case 'registration.promoted':
      case 'registration.cancelled':
        return this.onRegistration(h);
      case 'event.changed':
        return this.onEventChanged(h.eventId);
      case 'event.cancelled':
        return this.onEventCancelled(h.eventId, h.accountIds);
      case 'event.published':
      case 'session.changed':
        // Nobody is registered before publication; agenda changes reach people through the
        // feeds (the event's SEQUENCE moves), not by a mail for every session edit.
        return;
    }
  }

  private async onRegistration(
    h: Extract<EventHappening, { type: `registration.${string}` }>,
  ) {
    const reg = await this.registrations.findOneBy({
      eventId: h.eventId,
      accountId: h.accountId,
    });
    const ctx = await this.eventContext(h.eventId);
    if (!reg || !ctx || ctx.event.status === 'draft') return;
    // The mail describes the registration as it is now; a change that was already undone is
    // not announced.
    let kind: EventMailKind;
    let token: string;
    switch (h.type) {
      case 'registration.confirmed':
        if (reg.status !== 'confirmed') return;
        kind = 'registration-confirmed';
        token = String(ms(reg.updatedAt));
        break;
      case 'registration.waitlisted':
        if (reg.status !== 'waitlisted') return;
        kind = 'registration-waitlisted';
        token = String(reg.waitSeq);
        break;
      case 'registration.promoted':
        if (reg.status !== 'confirmed') return;
        kind = 'registration-promoted';
        token = String(ms(reg.promotedAt ?? reg.updatedAt));
        break;
      case 'registration.cancelled':
        if (reg.status !== 'cancelled') return;
        kind = 'registration-cancelled';
        token = String(ms(reg.updatedAt));
        break;
    }
    const account = await this.accounts.findById(h.accountId);
    if (!account) return;
    await this.queue([
      this.eventMailFor(
        ctx,
        account,
        kind,
        `${h.type}:${h.eventId}:${h.accountId}:${token}`,
        {
          position: h.type === 'registration.waitlisted' ? h.position : null,
          by: h.type === 'registration.cancelled' ? h.by : undefined,
        },
      ),
    ]);
  }

  private async onEventChanged(eventId: string) {
    const ctx = await this.eventContext(eventId);
    if (!ctx || ctx.event.status !== 'published') return;
    const regs = await this.registrations.findBy({
      eventId,
      status: In(['confirmed', 'waitlisted']),
    });
    const byId = await this.accountsById(regs.map((r) => r.accountId));
    const seq = ctx.event.sequence;
    const mails = regs.flatMap((r) => {
      const a = byId.get(r.accountId);
      return a
        ? [
            this.eventMailFor(
              ctx,
              a,
              'event-changed',
              `event.changed:${eventId}:${a.id}:${seq}`,
              {
                tentative: r.status === 'waitlisted',
              },
            ),
          ]
        : [];
    });
    await this.queue(mails);
    // Older change notices still waiting are stale: this one has the current details.
    await this.outbox.supersede(`event:${eventId}`, ['event-changed'], seq);
  }

  private async onEventCancelled(
    eventId: string,
    accountIds: readonly string[],
  ) {
    const ctx = await this.eventContext(eventId);
    if (!ctx || ctx.event.status !== 'cancelled') return;
    // The registrations the cancellation ended, whether or not the hook listed them.
    const ended = await this.registrations.findBy({
      eventId,
      status: 'cancelled',
      cancelReason: 'event-cancelled',
    });
    const ids = [...new Set([...accountIds, ...ended.map((r) => r.accountId)])];
    const byId = await this.accountsById(ids);
    const mails = ids.flatMap((id) => {
      const a = byId.get(id);
      return a
        ? [
            this.eventMailFor(
              ctx,
              a,
              'event-cancelled',
              `event.cancelled:${eventId}:${id}`,
            ),
          ]
        : [];
    });
    await this.queue(mails);
    await this.outbox.supersede(
      `event:${eventId}`,
      ['event-changed'],
      ctx.event.sequence,
    );
  }

  private eventMailFor(
    ctx: EventContext,
    account: Account,
    kind: EventMailKind,
    dedupeKey: string,
    extra: {
      position?: number | null;
      by?: 'self' | 'organiser';
      tentative?: boolean;
    } = {},
  ): NewMail {
    const locale = mailLocale(account.locale);
    const rendered = eventMail(
      kind,
      { name: account.displayName, locale },
      eventFacts(ctx, locale),
      extra,
    );
    const method =
      kind === 'event-cancelled' || kind === 'registration-cancelled'
        ? 'CANCEL'
        : 'REQUEST';
    const tentative =
      kind === 'registration-waitlisted' || extra.tentative === true;
    return {
      dedupeKey,
      accountId: account.id,
      recipient: account.email,
      recipientName: account.displayName,
      locale,
      kind,
      topic: `event:${ctx.event.id}`,
      version: ctx.event.sequence,
      ...rendered,
      ics: invitation(
        ctx,
        method,
        { email: account.email, name: account.displayName, locale },
        this.organizer,
        tentative,
      ),
      icsMethod: method,
    };
  }

  private async eventContext(eventId: string): Promise<EventContext | null> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) return null;
    const [organisation, places] = await Promise.all([
      this.organisations.findOneBy({ id: event.organisationId }),
      event.placeId ? this.reference.findPlaces([event.placeId]) : [],
    ]);
    return {
      event,
      organisationName: organisation?.name ?? '',
      placeNames: places[0]?.names,
      url: `${this.config.publicUrl}/events/${event.id}`,
    };
  }

  private async accountsById(ids: readonly string[]) {
    const accounts = await this.accounts.findByIds([...new Set(ids)]);
    return new Map(accounts.map((a) => [a.id, a]));
  }

  // ---- called by other modules ------------------------------------------------------------

  /**
   * Pairing: tells one member of a published pair or trio who their partners are and when they
   * might first meet. Queued once per person and round; returns false when it was already queued.
   */
  async notifyPairingPublished(
    accountId: string,
    notice: PairingNotice,
  ): Promise<boolean> {
    const account = await this.accounts.findById(accountId);
    if (!account) return false;
    return this.queueOne(this.pairingMailFor(account, notice));
  }

  private pairingMailFor(account: Account, notice: PairingNotice): NewMail {
    const locale = mailLocale(account.locale);
    const rendered = pairingMail(
      { name: account.displayName, locale },
      {
        cohortName: notice.cohortName,
        partnerNames: notice.partnerNames,
        meeting: notice.meeting,
        url: notice.url ?? `${this.config.publicUrl}/me/pairings`,
      },
    );
    return {
      dedupeKey: `pairing.published:${notice.roundId}:${account.id}`,
      accountId: account.id,
      recipient: account.email,
      recipientName: account.displayName,
      locale,
      kind: 'pairing-published',
      topic: `round:${notice.roundId}`,
      version: null,
      ...rendered,
      ics: null,
      icsMethod: null,
    };
  }

  /**
   * Asks the parent or guardian of a participant for consent, in the participant's language.
   * Sends only when the guardian contact is an e-mail address (it may be a phone number).
   */
  async requestGuardianConsent(
    accountId: string,
    request: GuardianConsentRequest = {},
  ): Promise<{
    queued: boolean;
    reason?: 'no-account' | 'no-guardian-email' | 'already-queued';
  }> {
    const account = await this.accounts.findById(accountId);
    if (!account) return { queued: false, reason: 'no-account' };
    const profile = await this.participants.profileOf(accountId);
    const contact = (
      request.guardianContact ??
      profile.guardianContact ??
      ''
    ).trim();
    if (!EMAIL.test(contact) || contact.length > 254)
      return { queued: false, reason: 'no-guardian-email' };
    const guardianName = (
      request.guardianName ??
      profile.guardianName ??
      ''
    ).trim();
    const locale = mailLocale(account.locale);
    const rendered = guardianConsentMail(
      { name: guardianName, locale },
      {
        participantName: account.displayName,
        confirmUrl: request.confirmUrl,
        contactUrl: this.config.publicUrl,
      },
    );
    const when = request.requestId ?? new Date().toISOString().slice(0, 10);
    const queued = await this.queueOne({
      dedupeKey: `guardian-consent:${accountId}:${digest(contact.toLowerCase())}:${when}`,
      accountId,
      recipient: contact,
      recipientName: guardianName || null,
      locale,
      kind: 'guardian-consent',
      topic: null,
      version: null,
      ...rendered,
      ics: null,
      icsMethod: null,
    });
    return queued ? { queued } : { queued, reason: 'already-queued' };
  }

  /** E-bulletin double opt-in: the confirmation mail with its link. */
  async sendBulletinConfirmation(c: BulletinConfirmation): Promise<boolean> {
    const email = c.email.trim();
    if (!EMAIL.test(email)) return false;
    const locale = mailLocale(c.locale);
    const rendered = bulletinConfirmationMail(locale, {
      confirmUrl: c.confirmUrl,
      expiresAt: c.expiresAt,
    });
    return this.queueOne({
      dedupeKey: `bulletin.confirm:${c.subscriptionId}:${digest(c.confirmUrl)}`,
      accountId: null,
      recipient: email,
      recipientName: null,
      locale,
      kind: 'bulletin-confirmation',
      topic: `subscription:${c.subscriptionId}`,
      version: null,
      ...rendered,
      ics: null,
      icsMethod: null,
    });
  }

  /**
   * Queues a mail rendered by the caller (not tied to an account). Returns false when a mail with
   * this dedupe key was queued before, so a resumed bulk send never queues an address twice.
   */
  async sendRendered(m: RenderedMailRequest): Promise<boolean> {
    const recipient = m.recipient.trim();
    if (!EMAIL.test(recipient)) return false;
    return this.queueOne({
      dedupeKey: m.dedupeKey,
      accountId: null,
      recipient,
      recipientName: null,
      locale: mailLocale(m.locale),
      kind: m.kind,
      topic: m.topic,
      version: null,
      subject: m.subject,
      text: m.text,
      html: m.html,
      ics: null,
      icsMethod: null,
    });
  }

  /** How many mails about a topic are in each state (bulk-send progress). */
  async topicCounts(topic: string): Promise<Record<MailStatus, number>> {
    const rows = await this.mails
      .createQueryBuilder('m')
      .select('m.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('m.topic = :topic', { topic })
      .groupBy('m.status')
      .getRawMany<{ status: MailStatus; n: number | string }>();
    const out: Record<MailStatus, number> = {
      queued: 0,
      sending: 0,
      sent: 0,
      failed: 0,
      superseded: 0,
    };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }

  /** Removes every mail to an address (unsubscribe with erasure, a subscriber's deletion). */
  forgetRecipient(address: string): Promise<void> {
    return this.outbox.deleteForRecipient(address);
  }

  /** How many mails are in each state (for health pages and tests). */
  outboxCounts() {
    return this.outbox.countByStatus();
  }

  // ---- queueing ---------------------------------------------------------------------------

  private async queueOne(mail: NewMail): Promise<boolean> {
    const existing = await this.outbox.existingKeys([mail.dedupeKey]);
    if (existing.size > 0) return false;
    await this.queue([mail]);
    return true;
  }

  private async queue(mails: NewMail[]): Promise<void> {
    if (mails.length === 0) return;
    await this.outbox.enqueue(
      mails.map((m) => ({ ...m, recipient: m.recipient.trim().toLowerCase() })),
    );
    this.log.debug(`queued ${mails.length} ${mails[0].kind} mail(s)`);
    this.worker.poke();
  }
}

export type { MailLocale };
