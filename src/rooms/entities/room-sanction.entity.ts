import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SanctionKind = 'mute' | 'ban';

/** The current mute or ban of a person in a room; the history is in the moderation log. */
@Entity('room_sanctions')
@Index(['accountId'])
export class RoomSanction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  roomId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  accountId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind: SanctionKind;

  /** null: until a moderator lifts it. */
  @Column({ type: 'datetime', nullable: true })
  until: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
