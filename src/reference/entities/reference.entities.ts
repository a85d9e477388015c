import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A label in each UI language; Serbian has both scripts. */
export interface LocalizedNames {
  en: string;
  sq: string;
  'sr-Latn': string;
  'sr-Cyrl': string;
}

/** Communities are data, not an enum: another dialogue programme sets its own list. */
@Entity('communities')
export class Community {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'simple-json' })
  names: LocalizedNames;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}

@Entity('topics')
export class Topic {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'simple-json' })
  names: LocalizedNames;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}

@Entity('languages')
export class Language {
  /** BCP 47 primary tag: sq, sr, en, tr, bs, rom … */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  id: string;

  @Column({ type: 'simple-json' })
  names: LocalizedNames;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}

@Entity('places')
export class Place {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  /** ISO 3166 code as used by the consortium: XK (Kosovo) or RS (Serbia). */
  @Column({ type: 'varchar', length: 2 })
  country: string;

  /** Official forms: sq, sr-Latn, sr-Cyrl (and en where it differs). */
  @Column({ type: 'simple-json' })
  names: Record<string, string>;
}
