import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** held: waits for an organiser; erased: its author's account was erased (text and author gone). */
export type CommentStatus = 'held' | 'approved' | 'rejected' | 'erased';

/** A reader's comment: plain text, stored and returned as text, never as HTML. */
@Entity('publication_comments')
@Index(['publicationId', 'status', 'createdAt'])
export class PublicationComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  publicationId: string;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  authorName: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: CommentStatus;

  /** Why it was held: new-author, word-filter. Never the matched word. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  heldReason: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  moderatedById: string | null;

  @Column({ type: 'datetime', nullable: true })
  moderatedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
