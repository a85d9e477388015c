import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillPairGroupMembers } from '../backfill-pair-group-members.js';

export class PairGroupMembers1795843212883 implements MigrationInterface {
  name = 'PairGroupMembers1795843212883';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `pair_group_members` (`groupId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `roundId` varchar(36) NOT NULL, INDEX `IDX_f38067c191b9191188e6b6f032` (`accountId`), INDEX `IDX_04041c43ec76d588e8e95c2698` (`roundId`), PRIMARY KEY (`groupId`, `accountId`)) ENGINE=InnoDB',
    );
    await backfillPairGroupMembers(q, (n) => `\`${n}\``);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP INDEX `IDX_04041c43ec76d588e8e95c2698` ON `pair_group_members`',
    );
    await q.query(
      'DROP INDEX `IDX_f38067c191b9191188e6b6f032` ON `pair_group_members`',
    );
    await q.query('DROP TABLE `pair_group_members`');
  }
}
