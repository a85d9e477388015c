import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  ExplainedPart,
  GroupFlag,
  PairingStats,
  PairingWarning,
  UnplacedPerson,
} from '../engine/index.js';

/** The rules an organiser may set per cohort (a subset of the engine's, validated by the DTO). */
export interface CohortRules {
  allowInterpreter?: boolean;
  allowMixedAges?: boolean;
  placePreference?: 'near' | 'far' | 'none';
  trios?: boolean;
  groupSize?: { min: number; max: number } | null;
}

@Entity('cohorts')
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'simple-json' })
  rules: CohortRules;

  /** e.g. "weekly", "fortnightly": shown to participants. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  cadence: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

@Entity('cohort_members')
@Index(['cohortId', 'accountId'], { unique: true })
export class CohortMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  accountId: string;

  /** Sits out the next round; cleared when a round is published. */
  @Column({ type: 'boolean', default: false })
  skipNext: boolean;

  @CreateDateColumn({ type: 'datetime' })
  joinedAt: Date;
}

export interface RoundSummary {
  stats: PairingStats;
  unplaced: UnplacedPerson[];
  warnings: PairingWarning[];
  totalWeight: number;
  mode: 'pairs' | 'groups';
  solveMs: number;
}

@Entity('pairing_rounds')
@Index(['cohortId', 'number'], { unique: true })
export class PairingRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: 'draft' | 'published';

  /** Organiser locks (must be together) and forbids (never together), kept across re-solves. */
  @Column({ type: 'simple-json' })
  locks: string[][];

  @Column({ type: 'simple-json' })
  forbids: string[][];

  @Column({ type: 'simple-json' })
  summary: RoundSummary;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;
}

@Entity('pair_groups')
export class PairGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  /** Account ids. Who met whom is sensitive: only the members and the cohort's organisers see it. */
  @Column({ type: 'simple-json' })
  members: string[];

  @Column({ type: 'varchar', length: 8 })
  kind: 'pair' | 'trio' | 'group';

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'varchar', length: 12, nullable: true })
  language: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  suggestedSlot: string | null;

  @Column({ type: 'simple-json' })
  flags: GroupFlag[];

  @Column({ type: 'simple-json' })
  parts: ExplainedPart[];
}

/**
 * Who is in which group, one row per person: lets a participant's own groups be found through an
 * index instead of scanning every group's member list (a 20,000-person cohort has 10,000 groups a
 * round). Written with the groups, in the same transaction.
 */
@Entity('pair_group_members')
export class PairGroupMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  groupId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36 })
  accountId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  roundId: string;
}

@Entity('pair_feedback')
@Index(['groupId', 'accountId'], { unique: true })
export class PairFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  groupId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'boolean' })
  met: boolean;

  @Column({ type: 'int' })
  rating: number;

  /** Read by organisers only. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
