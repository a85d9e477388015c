import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type ConsentKind = 'community-data' | 'guardian';
export const CONSENT_KINDS: readonly ConsentKind[] = [
  'community-data',
  'guardian',
];

/** Append-only log: rows are inserted, never updated; the newest row per kind is the state. */
@Entity('consents')
@Index(['accountId', 'kind', 'id'])
export class Consent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: ConsentKind;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'varchar', length: 20 })
  textVersion: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
