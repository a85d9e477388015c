import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795816660782 implements MigrationInterface {
  name = 'Initial1795816660782';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE TABLE `accounts` (`id` uuid NOT NULL, `email` varchar(254) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL DEFAULT 'participant', `organisationId` varchar(36) NULL, `displayName` varchar(80) NOT NULL, `locale` varchar(8) NOT NULL DEFAULT 'en', `tokenVersion` int NOT NULL DEFAULT '0', `bannedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `lastLoginAt` datetime NULL, UNIQUE INDEX `IDX_ee66de6cdc53993296d1ceb8aa` (`email`), INDEX `IDX_3b1586c114458d16912d716bd2` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `consents` (`id` int NOT NULL AUTO_INCREMENT, `accountId` varchar(36) NOT NULL, `kind` varchar(40) NOT NULL, `granted` tinyint NOT NULL, `textVersion` varchar(20) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6eb5dc94933d0c0c556947d0c3` (`accountId`, `kind`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `participant_profiles` (`accountId` uuid NOT NULL, `birthYear` int NULL, `placeId` varchar(40) NULL, `languages` text NOT NULL, `interests` text NOT NULL, `availability` text NOT NULL, `bio` varchar(500) NULL, `communityId` varchar(40) NULL, `doNotPair` text NOT NULL, `guardianName` varchar(120) NULL, `guardianContact` varchar(254) NULL, `guardianConsentAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`accountId`)) ENGINE=InnoDB',
    );
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
    await q.query(
      'ALTER TABLE `participant_profiles` ADD CONSTRAINT `FK_d10b9c61cc0632c88fbe223a5f1` FOREIGN KEY (`accountId`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE `participant_profiles` DROP FOREIGN KEY `FK_d10b9c61cc0632c88fbe223a5f1`',
    );
    await q.query('DROP TABLE `places`');
    await q.query('DROP TABLE `languages`');
    await q.query('DROP TABLE `topics`');
    await q.query('DROP TABLE `communities`');
    await q.query(
      'DROP INDEX `IDX_8d2e9033928e8674fc4bb9f442` ON `organisations`',
    );
    await q.query('DROP TABLE `organisations`');
    await q.query('DROP TABLE `participant_profiles`');
    await q.query('DROP INDEX `IDX_6eb5dc94933d0c0c556947d0c3` ON `consents`');
    await q.query('DROP TABLE `consents`');
    await q.query('DROP INDEX `IDX_3b1586c114458d16912d716bd2` ON `accounts`');
    await q.query('DROP INDEX `IDX_ee66de6cdc53993296d1ceb8aa` ON `accounts`');
    await q.query('DROP TABLE `accounts`');
  }
}
