import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * queued: waiting for its time (`nextAttemptAt`); sending: claimed by a worker until
 * `nextAttemptAt` (a lease: a worker that died leaves it to be claimed again); sent; failed: gave up
 * after the last attempt (kept, logged); superseded: a newer mail about the same thing replaced it
 * before it went out.
 */
export type MailStatus =
  'queued' | 'sending' | 'sent' | 'failed' | 'superseded';

/**
 * One e-mail, rendered when it was queued. Writing the row is what "sending" means to the rest of
 * the app: the worker delivers it later, off the request path, and retries until it goes out.
 */
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
export class MailOutbox {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** Each notification is queued once: a second insert with the same key is ignored. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 191 })
  dedupeKey: string;

  /** Whose mail this is (erased with the account); null for bulletin subscribers. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  accountId: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  recipientName: string | null;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  /** Template: registration-confirmed, event-changed, pairing-published … */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** What the mail is about (`event:<id>`), so that a newer version can supersede a queued one. */
  @Index()
  @Column({ type: 'varchar', length: 80, nullable: true })
  topic: string | null;

  /** Version of the topic the mail describes (the event's SEQUENCE). */
  @Column({ type: 'int', nullable: true })
  version: number | null;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** iCalendar invitation (iTIP), sent as text/calendar alternative and as an attachment. */
  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  icsMethod: 'REQUEST' | 'CANCEL' | null;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  /** The last delivery error, with addresses removed. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
