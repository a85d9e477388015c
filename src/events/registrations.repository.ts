import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError, conflict } from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import { ParticipantProfile } from '../participants/entities/participant-profile.entity.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';

export interface RegistrationOutcome {
  registration: Registration;
  waitlistPosition: number | null;
  /** people promoted from the waiting list by this change, in order */
  promoted: Registration[];
  /** false when the answer is an earlier, unchanged registration (an idempotent repeat) */
  fresh: boolean;
}

/**
 * Seats and the waiting list. Every change runs in one transaction that first locks the event row
 * (SELECT … FOR UPDATE on MySQL/MariaDB; on SQLite transactions are serialised by Transactions),
 * so the seat counter, the registration rows and the waiting-list order change together or not at
 * all, under any interleaving. The unique index on (eventId, accountId) is the second guard.
 */
@Injectable()
export class RegistrationsRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
  ) {}

  private async lockEvent(
    em: EntityManager,
    eventId: string,
  ): Promise<Event | null> {
    const qb = em
      .getRepository(Event)
      .createQueryBuilder('e')
      .where('e.id = :eventId', { eventId });
    if (em.connection.options.type !== 'better-sqlite3')
      qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async waitlistPosition(
    em: EntityManager,
    reg: Registration,
  ): Promise<number | null> {
    if (reg.status !== 'waitlisted' || reg.waitSeq === null) return null;
    return em
      .getRepository(Registration)
      .createQueryBuilder('r')
      .where('r.eventId = :eventId AND r.status = :s AND r.waitSeq <= :seq', {
        eventId: reg.eventId,
        s: 'waitlisted',
        seq: reg.waitSeq,
      })
      .getCount();
  }

  /** Confirmed consented members of one community among an event's confirmed registrations. */
  private async confirmedOfCommunity(
    em: EntityManager,
    eventId: string,
    communityId: string,
  ): Promise<number> {
    return em
      .getRepository(Registration)
      .createQueryBuilder('r')
      .innerJoin(ParticipantProfile, 'p', 'p.accountId = r.accountId')
      .where(
        'r.eventId = :eventId AND r.status = :s AND p.communityId = :communityId',
        {
          eventId,
          s: 'confirmed',
          communityId,
        },
      )
      .getCount();
  }

  private async quotaAllows(
    em: EntityManager,
    event: Event,
    accountId: string,
  ): Promise<boolean> {
    if (!event.quota) return true;
    const profile = await em.findOneBy(ParticipantProfile, { accountId });
    if (!profile?.communityId) return true; // only consented community data counts
    const limit = Math.max(
      1,
      Math.floor((event.capacity * event.quota.maxSharePercent) / 100),
    );
    return (
      (await this.confirmedOfCommunity(em, event.id, profile.communityId)) <
      limit
    );
  }

  /**
   * Registers, idempotently: an active registration is returned as it is. `check` runs under the
   * lock with the locked event and may throw to refuse (window closed, event not published …).
   */
  register(
    eventId: string,
    accountId: string,
    check: (event: Event | null) => void,
  ): Promise<RegistrationOutcome> {
    return this.tx.run(async (em) => {
      const event = await this.lockEvent(em, eventId);
      const existing = await em.findOneBy(Registration, { eventId, accountId });
      if (existing && existing.status !== 'cancelled') {
        return {
          registration: existing,
          waitlistPosition: await this.waitlistPosition(em, existing),
          promoted: [],
          fresh: false,
        };
      }
      check(event);
      const e = event!;
      const confirmed =
        e.seatsTaken < e.capacity && (await this.quotaAllows(em, e, accountId));
      const reg = existing ?? em.create(Registration, { eventId, accountId });
      reg.status = confirmed ? 'confirmed' : 'waitlisted';
      reg.waitSeq = confirmed ? null : e.waitlistSeq + 1;
      reg.cancelReason = null;
      reg.checkedInAt = null;
      reg.promotedAt = null;
      await em.save(Registration, reg);
      await em.update(
        Event,
        { id: e.id },
        confirmed
          ? { seatsTaken: e.seatsTaken + 1 }
          : { waitlistSeq: e.waitlistSeq + 1 },
      );
      return {
        registration: reg,
        waitlistPosition: await this.waitlistPosition(em, reg),
        promoted: [],
        fresh: true,
      };
    });
  }

  /** Cancels one registration (by the person or an organiser) and promotes from the waiting list. */
  cancel(
    eventId: string,
    where: { accountId: string } | { id: string },
    reason: 'self' | 'organiser',
  ) {
    return this.tx.run((em) => this.cancelWithin(em, eventId, where, reason));
  }

  async cancelWithin(
    em: EntityManager,
    eventId: string,
    where: { accountId: string } | { id: string },
    reason: 'self' | 'organiser',
  ): Promise<RegistrationOutcome | null> {
    const event = await this.lockEvent(em, eventId);
    if (!event) return null;
    const reg = await em.findOneBy(Registration, { eventId, ...where });
    if (!reg || reg.status === 'cancelled') return null;
    const wasConfirmed = reg.status === 'confirmed';
    reg.status = 'cancelled';
    reg.cancelReason = reason;
    reg.waitSeq = null;
    await em.save(Registration, reg);
    if (wasConfirmed) event.seatsTaken -= 1;
    const promoted = await this.promote(em, event);
    await em.update(Event, { id: event.id }, { seatsTaken: event.seatsTaken });
    return { registration: reg, waitlistPosition: null, promoted, fresh: true };
  }

  /** Fills free seats from the waiting list in ticket order (skipping people a quota holds back). */
  private async promote(
    em: EntityManager,
    event: Event,
  ): Promise<Registration[]> {
    const promoted: Registration[] = [];
    if (event.status !== 'published' || event.seatsTaken >= event.capacity)
      return promoted;
    const waiting = await em.find(Registration, {
      where: { eventId: event.id, status: 'waitlisted' },
      order: { waitSeq: 'ASC' },
    });
    for (const w of waiting) {
      if (event.seatsTaken >= event.capacity) break;
      if (!(await this.quotaAllows(em, event, w.accountId))) continue;
      w.status = 'confirmed';
      w.waitSeq = null;
      w.promotedAt = new Date();
      await em.save(Registration, w);
      event.seatsTaken += 1;
      promoted.push(w);
    }
    return promoted;
  }

  /** New capacity; raising it promotes from the waiting list. Lowering never removes anyone. */
  setCapacity(
    eventId: string,
    capacity: number,
    apply: (em: EntityManager, event: Event) => Promise<void>,
  ) {
    return this.tx.run(async (em) => {
      const event = await this.lockEvent(em, eventId);
      if (!event)
        throw new AppError(404, 'EVENT_NOT_FOUND', 'This event was not found.');
      await apply(em, event);
      event.capacity = capacity;
      const promoted = await this.promote(em, event);
      await em.update(
        Event,
        { id: eventId },
        { capacity, seatsTaken: event.seatsTaken },
      );
      return promoted;
    });
  }

  /** Cancelling an event cancels its registrations; the rows stay as the people's record. */
  async cancelAllWithin(em: EntityManager, eventId: string): Promise<string[]> {
    const active = await em.find(Registration, {
      where: { eventId, status: In(['confirmed', 'waitlisted']) },
    });
    if (active.length > 0) {
      await em.update(
        Registration,
        { id: In(active.map((r) => r.id)) },
        { status: 'cancelled', cancelReason: 'event-cancelled', waitSeq: null },
      );
    }
    await em.update(Event, { id: eventId }, { seatsTaken: 0 });
    return active.map((r) => r.accountId);
  }

  /** Erasure: free every seat the person holds (promoting others), then remove their rows. */
  async eraseAccountWithin(
    em: EntityManager,
    accountId: string,
  ): Promise<void> {
    const regs = await em.find(Registration, { where: { accountId } });
    for (const r of regs)
      await this.cancelWithin(em, r.eventId, { accountId }, 'self');
    await em.delete(Registration, { accountId });
  }

  async checkIn(
    eventId: string,
    registrationId: string,
  ): Promise<Registration> {
    const repo = this.ds.getRepository(Registration);
    const reg = await repo.findOneBy({ id: registrationId, eventId });
    if (!reg)
      throw new AppError(
        404,
        'REGISTRATION_NOT_FOUND',
        'This registration was not found.',
      );
    if (reg.status !== 'confirmed')
      throw conflict(
        'NOT_CONFIRMED',
        'Only confirmed registrations can be checked in.',
      );
    if (!reg.checkedInAt) {
      reg.checkedInAt = new Date();
      await repo.update({ id: reg.id }, { checkedInAt: reg.checkedInAt });
    }
    return reg;
  }
}
