import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MESSAGE_KINDS = [
  'chat',
  'question',
  'announcement',
  'system',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** visible: everybody in the room sees it; held: waits for a moderator; hidden: removed. */
export type MessageStatus = 'visible' | 'held' | 'hidden';
export type HeldReason = 'filter' | 'queue';

/**
 * Ids are the history cursors: integers that only grow. `(authorId, clientMsgId)` is unique, which
 * makes a client's retry return the stored message instead of storing a second one. Columns carry
 * no database defaults on purpose: every insert names every value, so an insert is one statement
 * on both drivers (no read-back of defaults).
 */
@Entity('room_messages')
@Index(['roomId', 'id'])
@Index(['roomId', 'kind', 'status'])
@Index(['authorId', 'clientMsgId'], { unique: true })
export class Message {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'varchar', length: 36 })
  roomId: string;

  /** null for system messages and for messages of an erased account ("deleted user"). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientMsgId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: MessageKind;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 8 })
  status: MessageStatus;

  @Column({ type: 'varchar', length: 8, nullable: true })
  heldReason: HeldReason | null;

  /** Questions asked anonymously: others see no author; moderators always do. */
  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'int' })
  upvotes: number;

  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  /** Who hid it (the author or a moderator). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  hiddenBy: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
