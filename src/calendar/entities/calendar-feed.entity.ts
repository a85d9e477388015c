import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
} from 'typeorm';

/**
 * A personal feed. The token is HMAC(secret, nonce) with a random 256-bit nonce: the database
 * alone (nonce, SHA-256 of the token) cannot rebuild it, yet the owner can be shown the same URL
 * again. Rotation draws a new nonce, so the old URL stops working at once.
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
