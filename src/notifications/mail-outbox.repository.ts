import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  In,
  LessThan,
  LessThanOrEqual,
  type EntityManager,
  type Repository,
} from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { MailOutbox, type MailStatus } from './entities/mail-outbox.entity.js';

export type NewMail = Pick<
  MailOutbox,
  | 'dedupeKey'
  | 'accountId'
  | 'recipient'
  | 'recipientName'
  | 'locale'
  | 'kind'
  | 'topic'
  | 'version'
  | 'subject'
  | 'text'
  | 'html'
  | 'ics'
  | 'icsMethod'
>;

export interface DueMail {
  id: number;
  attempts: number;
}

/**
 * The outbox table. Claiming is one conditional UPDATE whose WHERE repeats what the worker read
 * (id, attempts, still due): of two instances that read the same row only one changes it, and
 * only that one sends. A claimed row carries a lease in `nextAttemptAt`; when a worker dies
 * mid-send, the row becomes due again after the lease and is claimed anew.
 */
@Injectable()
export class MailOutboxRepository {
  constructor(
    @InjectRepository(MailOutbox) private readonly repo: Repository<MailOutbox>,
    private readonly tx: Transactions,
  ) {}

  /**
   * Every write. On SQLite there is one connection: a statement issued while another flow's
   * transaction is open would become part of it and be undone with it (a "sent" mark rolled back
   * means a second delivery), so writes queue behind open transactions there. MySQL/MariaDB hand
   * each statement its own pooled connection.
   */
  private write<T>(work: (repo: Repository<MailOutbox>) => Promise<T>) {
    if (this.repo.manager.connection.options.type !== 'better-sqlite3')
      return work(this.repo);
    return this.tx.run((em) => work(em.getRepository(MailOutbox)));
  }

  /** Queues mails; a mail whose dedupe key is already there is left out. */
  async enqueue(mails: readonly NewMail[], now = new Date()): Promise<void> {
    for (let i = 0; i < mails.length; i += 100) {
      const batch = mails.slice(i, i + 100).map((m) => ({
        ...m,
        status: 'queued' as const,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        sentAt: null,
      }));
      await this.write((repo) =>
        repo
          .createQueryBuilder()
          .insert()
          .into(MailOutbox)
          .values(batch)
          .orIgnore()
          .updateEntity(false)
          .execute(),
      );
    }
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.repo.find({
      where: { dedupeKey: In([...keys]) },
      select: { dedupeKey: true },
    });
    return new Set(rows.map((r) => r.dedupeKey));
  }

  /** Queued mails about an older version of a topic will not go out: a newer one says more. */
  async supersede(
    topic: string,
    kinds: readonly string[],
    belowVersion: number,
  ): Promise<number> {
    const res = await this.write((repo) =>
      repo
        .createQueryBuilder()
        .update(MailOutbox)
        .set({ status: 'superseded' })
        .where(
          'topic = :topic AND status = :queued AND version < :v AND kind IN (:...kinds)',
          { topic, queued: 'queued', v: belowVersion, kinds },
        )
        .execute(),
    );
    return res.affected ?? 0;
  }

  due(now: Date, limit: number): Promise<DueMail[]> {
    return this.repo.find({
      select: { id: true, attempts: true },
      where: {
        status: In(['queued', 'sending']),
        nextAttemptAt: LessThanOrEqual(now),
      },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /** True when this caller won the row; it then holds it until `leaseUntil`. */
  async claim(mail: DueMail, now: Date, leaseUntil: Date): Promise<boolean> {
    const res = await this.write((repo) =>
      repo
        .createQueryBuilder()
        .update(MailOutbox)
        .set({
          status: 'sending',
          attempts: () => 'attempts + 1',
          nextAttemptAt: leaseUntil,
        })
        .where(
          'id = :id AND attempts = :attempts AND status IN (:...open) AND nextAttemptAt <= :now',
          {
            id: mail.id,
            attempts: mail.attempts,
            open: ['queued', 'sending'],
            now,
          },
        )
        .execute(),
    );
    return res.affected === 1;
  }

  get(id: number): Promise<MailOutbox | null> {
    return this.repo.findOneBy({ id });
  }

  /** Only the holder of the claim (same attempt number) records the outcome. */
  private async finish(
    id: number,
    attempts: number,
    values: Partial<
      Pick<MailOutbox, 'status' | 'sentAt' | 'nextAttemptAt' | 'lastError'>
    >,
  ): Promise<boolean> {
    const res = await this.write((repo) =>
      repo
        .createQueryBuilder()
        .update(MailOutbox)
        .set(values)
        .where('id = :id AND attempts = :attempts AND status = :sending', {
          id,
          attempts,
          sending: 'sending',
        })
        .execute(),
    );
    return res.affected === 1;
  }

  markSent(id: number, attempts: number, at = new Date()) {
    // lastError stays: a mail that went out after failures shows why it was late.
    return this.finish(id, attempts, { status: 'sent', sentAt: at });
  }

  markRetry(id: number, attempts: number, next: Date, error: string) {
    return this.finish(id, attempts, {
      status: 'queued',
      nextAttemptAt: next,
      lastError: error,
    });
  }

  markFailed(id: number, attempts: number, error: string) {
    return this.finish(id, attempts, { status: 'failed', lastError: error });
  }

  /** Delivered and superseded mails are kept for a while, failed ones longer; then deleted. */
  async prune(sentBefore: Date, failedBefore: Date): Promise<void> {
    await this.write(async (repo) => {
      await repo.delete({
        status: In(['sent', 'superseded']),
        createdAt: LessThan(sentBefore),
      });
      await repo.delete({
        status: 'failed',
        createdAt: LessThan(failedBefore),
      });
    });
  }

  /** Erasure: a person's mails go with their account. */
  async deleteForAccountWithin(em: EntityManager, accountId: string) {
    await em.delete(MailOutbox, { accountId });
  }

  /** An address that is forgotten (bulletin unsubscribe, erasure of a subscriber). */
  async deleteForRecipient(address: string) {
    await this.write((repo) =>
      repo.delete({ recipient: address.trim().toLowerCase() }),
    );
  }

  listForAccount(accountId: string) {
    return this.repo.find({
      where: { accountId },
      select: {
        kind: true,
        subject: true,
        status: true,
        createdAt: true,
        sentAt: true,
      },
      order: { id: 'ASC' },
    });
  }

  async countByStatus(): Promise<Record<MailStatus, number>> {
    const rows = await this.repo
      .createQueryBuilder('m')
      .select('m.status', 'status')
      .addSelect('COUNT(*)', 'n')
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
}
