import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  shortName: string;

  /** XK or RS */
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  base: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
