import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '../../auth/entities/account.entity.js';

export type LanguageLevel = 'basic' | 'conversational' | 'fluent';
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = [
  'basic',
  'conversational',
  'fluent',
];
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** 'mon-morning' … 'sun-evening' */
export const AVAILABILITY_SLOTS: readonly string[] = DAYS.flatMap((d) =>
  DAY_PARTS.map((p) => `${d}-${p}`),
);

export interface SpokenLanguage {
  code: string;
  level: LanguageLevel;
}

/**
 * A participant's profile. `communityId` is special-category data: it is only ever set while the
 * person's community-data consent is granted, is removed when it is withdrawn, and leaves this
 * table only as the person's own data or as suppressed aggregate counts.
 */
@Entity('participant_profiles')
export class ParticipantProfile {
  @PrimaryColumn('uuid')
  accountId: string;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId' })
  account?: Account;

  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  placeId: string | null;

  @Column({ type: 'simple-json' })
  languages: SpokenLanguage[];

  @Column({ type: 'simple-json' })
  interests: string[];

  @Column({ type: 'simple-json' })
  availability: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  communityId: string | null;

  /** Confidential: account ids this person must never be paired with. Never shown to anyone else. */
  @Column({ type: 'simple-json' })
  doNotPair: string[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  guardianName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  guardianContact: string | null;

  @Column({ type: 'datetime', nullable: true })
  guardianConsentAt: Date | null;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
