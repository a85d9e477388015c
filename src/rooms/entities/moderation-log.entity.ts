import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MODERATION_ACTIONS = [
  'hide',
  'approve',
  'answer',
  'mute',
  'unmute',
  'ban',
  'unban',
  'lock',
  'unlock',
  'slow-mode',
  'mode',
  'qa-moderation',
  'report',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export type ModerationDetails = Record<
  string,
  string | number | boolean | null
>;

/** Append-only: every moderation act, who did it and to whom. Never a message's text. */
@Entity('moderation_log')
@Index(['roomId', 'id'])
@Index(['actorId'])
@Index(['targetAccountId'])
export class ModerationLogEntry {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'varchar', length: 36 })
  roomId: string;

  /** null once the moderator's account is erased. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  action: ModerationAction;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetAccountId: string | null;

  @Column({ type: 'int', nullable: true })
  targetMessageId: number | null;

  @Column({ type: 'simple-json', nullable: true })
  details: ModerationDetails | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
