import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

@Entity('registrations')
@Index(['eventId', 'accountId'], { unique: true })
@Index(['eventId', 'status', 'waitSeq'])
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  eventId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 12 })
  status: RegistrationStatus;

  /** Waiting-list ticket (from the event's counter); the order of promotion. */
  @Column({ type: 'int', nullable: true })
  waitSeq: number | null;

  /** Why it was cancelled: by the person, by an organiser, because the event was cancelled. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  cancelReason: 'self' | 'organiser' | 'event-cancelled' | null;

  @Column({ type: 'datetime', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  promotedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
