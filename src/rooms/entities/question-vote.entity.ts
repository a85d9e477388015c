import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per person and question: the primary key is what makes it one vote. */
@Entity('question_votes')
@Index(['accountId'])
export class QuestionVote {
  @PrimaryColumn({ type: 'int' })
  messageId: number;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
