import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795816179368 implements MigrationInterface {
  name = 'Initial1795816179368';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `organisations` (`id` uuid NOT NULL, `name` varchar(200) NOT NULL, `shortName` varchar(20) NOT NULL, `country` varchar(2) NOT NULL, `base` varchar(100) NULL, `website` varchar(300) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8d2e9033928e8674fc4bb9f442` (`shortName`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `communities` (`id` varchar(40) NOT NULL, `names` text NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `topics` (`id` varchar(40) NOT NULL, `names` text NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `languages` (`id` varchar(12) NOT NULL, `names` text NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `places` (`id` varchar(40) NOT NULL, `country` varchar(2) NOT NULL, `names` text NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE `places`');
    await q.query('DROP TABLE `languages`');
    await q.query('DROP TABLE `topics`');
    await q.query('DROP TABLE `communities`');
    await q.query(
      'DROP INDEX `IDX_8d2e9033928e8674fc4bb9f442` ON `organisations`',
    );
    await q.query('DROP TABLE `organisations`');
  }
}
