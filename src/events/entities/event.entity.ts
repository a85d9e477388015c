import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const EVENT_KINDS = [
  'conference',
  'workshop',
  'exchange-visit',
  'local-meeting',
  'webinar',
  'peer-meeting',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = 'draft' | 'published' | 'cancelled';

/** A text in the languages the organiser wrote it in; at least one is present. */
export interface LocalizedText {
  en?: string;
  sq?: string;
  sr?: string;
}

export interface SeatQuota {
  /** No single community may take more than this share of the seats (consented data only). */
  maxSharePercent: number;
}

@Entity('events')
@Index(['status', 'startsAt'])
export class Event {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ type: 'simple-json' })
  title: LocalizedText;

  @Column({ type: 'simple-json' })
  description: LocalizedText;

  @Column({ type: 'varchar', length: 20 })
  kind: EventKind;

  /** Instants in UTC; the zone says how to show them. */
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Column({ type: 'datetime' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 64, default: 'Europe/Belgrade' })
  timeZone: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venueAddress: string | null;

  @Index()
  @Column({ type: 'varchar', length: 40, nullable: true })
  placeId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  /** Working languages (language ids). */
  @Column({ type: 'simple-json' })
  languages: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  interpretation: string | null;

  @Column({ type: 'simple-json' })
  topics: string[];

  @Column({ type: 'int' })
  capacity: number;

  /** Confirmed registrations; only ever changed together with a registration row, under the event's lock. */
  @Column({ type: 'int', default: 0 })
  seatsTaken: number;

  /** Last waiting-list ticket handed out; positions are ranks among the tickets still waiting. */
  @Column({ type: 'int', default: 0 })
  waitlistSeq: number;

  @Column({ type: 'simple-json', nullable: true })
  quota: SeatQuota | null;

  @Column({ type: 'datetime', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: EventStatus;

  /** iCalendar SEQUENCE: bumped on every change to the event or its sessions. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** Titles, descriptions, venue and place folded for search (case, diacritics, script). */
  @Column({ type: 'text', select: false })
  searchText: string;

  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
