import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type Role = 'participant' | 'organiser' | 'admin';
export const ROLES: readonly Role[] = ['participant', 'organiser', 'admin'];

export type Locale = 'en' | 'sq' | 'sr-Latn' | 'sr-Cyrl';
export const LOCALES: readonly Locale[] = ['en', 'sq', 'sr-Latn', 'sr-Cyrl'];

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased before it is stored or looked up. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16, default: 'participant' })
  role: Role;

  /** Organisers only. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale: Locale;

  /** Bumped by logout, password change and bans: every token carrying an older value is dead. */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Column({ type: 'datetime', nullable: true })
  bannedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;
}
