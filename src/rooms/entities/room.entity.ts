import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export const ROOM_KINDS = ['event', 'session', 'cohort', 'pair'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export const ROOM_MODES = ['chat', 'qa'] as const;
export type RoomMode = (typeof ROOM_MODES)[number];

/** One discussion room per event, session, cohort and pair; `refId` names that thing. */
@Entity('rooms')
@Index(['kind', 'refId'], { unique: true })
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: RoomKind;

  @Column({ type: 'varchar', length: 36 })
  refId: string;

  /** The organisation whose organisers moderate the room (for pairs: only after a report). */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 8, default: 'chat' })
  mode: RoomMode;

  /** Read-only for everybody but moderators. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** 0 = off; otherwise one message per person per this many seconds (moderators exempt). */
  @Column({ type: 'int', default: 0 })
  slowModeSeconds: number;

  /** In Q&A mode: questions wait for a moderator before everybody sees them. */
  @Column({ type: 'boolean', default: false })
  qaModeration: boolean;

  /** Safeguarding: set when one of a pair reports a problem; from then on organisers may enter. */
  @Column({ type: 'datetime', nullable: true })
  reportedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  reportedBy: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
