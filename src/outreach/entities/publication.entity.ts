import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type PublicationKind = 'article' | 'story';
export const PUBLICATION_KINDS: readonly PublicationKind[] = [
  'article',
  'story',
];
export type PublicationLanguage = 'en' | 'sq' | 'sr';
export const PUBLICATION_LANGUAGES: readonly PublicationLanguage[] = [
  'en',
  'sq',
  'sr',
];
export type PublicationStatus = 'draft' | 'published';

/** A version of the publication in another language (Markdown body, rendered once on write). */
export interface PublicationVersion {
  title: string;
  body: string;
  bodyHtml: string;
}

/**
 * An article or a participant's story, written in Markdown. The sanitised HTML is rendered when the
 * body is written and stored next to it, so that readers never run the Markdown renderer.
 */
@Entity('publications')
@Index(['status', 'publishedAt'])
export class Publication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: PublicationKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 120 })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'simple-json' })
  tags: string[];

  @Column({ type: 'varchar', length: 4 })
  language: PublicationLanguage;

  /** Versions in the other languages, keyed by language. */
  @Column({ type: 'simple-json' })
  versions: Partial<Record<PublicationLanguage, PublicationVersion>>;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: PublicationStatus;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  /** Folded title, author, tags and bodies of every version (see foldForSearch). */
  @Column({ type: 'text' })
  searchText: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
