import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type SubscriptionStatus = 'pending' | 'confirmed' | 'unsubscribed';

/**
 * An e-bulletin subscription (double opt-in). The confirmation token is stored as its SHA-256 only;
 * unsubscribe links carry an HMAC of the subscription id, so nothing secret is stored for them.
 */
@Entity('bulletin_subscriptions')
export class BulletinSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  @Index()
  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: SubscriptionStatus;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Column({ type: 'datetime', nullable: true })
  confirmExpiresAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

export type BulletinStatus = 'draft' | 'sending' | 'sent';

/** A bulletin an organiser composed: chosen publications and events (or the upcoming ones). */
@Entity('bulletins')
export class Bulletin {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  /** Subject per mail locale; missing locales use the catalog's default subject. */
  @Column({ type: 'simple-json' })
  subject: Record<string, string>;

  @Column({ type: 'simple-json' })
  publicationIds: string[];

  @Column({ type: 'simple-json' })
  eventIds: string[];

  /** List the upcoming published events when the bulletin is sent, instead of eventIds. */
  @Column({ type: 'boolean', default: false })
  upcomingEvents: boolean;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: BulletinStatus;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sendStartedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}

/**
 * One bulletin to one subscription. Written (unique per pair) before the mail is queued; the mail's
 * outbox dedupe key is derived from the same pair, so a resumed send never queues it twice.
 */
@Entity('bulletin_deliveries')
@Index(['bulletinId', 'subscriptionId'], { unique: true })
@Index(['bulletinId', 'status'])
export class BulletinDelivery {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'varchar', length: 36 })
  bulletinId: string;

  @Column({ type: 'varchar', length: 36 })
  subscriptionId: string;

  /** pending: not yet handed to the outbox; queued: in the outbox; skipped: unsubscribed meanwhile. */
  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: 'pending' | 'queued' | 'skipped';

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  queuedAt: Date | null;
}
