import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface Speaker {
  name: string;
  /** When the speaker has an account: lets them into the session's room. */
  accountId?: string;
}

@Entity('event_sessions')
export class EventSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'datetime' })
  startsAt: Date;

  @Column({ type: 'datetime' })
  endsAt: Date;

  /** Track, hall or room name. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  hall: string | null;

  @Column({ type: 'simple-json' })
  speakers: Speaker[];
}
