import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795820507933 implements MigrationInterface {
  name = 'Initial1795820507933';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `cohorts` (`id` uuid NOT NULL, `organisationId` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `rules` text NOT NULL, `cadence` varchar(40) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_854e3b94b70d2748bea2726a63` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `cohort_members` (`id` uuid NOT NULL, `cohortId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `skipNext` tinyint NOT NULL DEFAULT 0, `joinedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_b12b8371ecd9a0e206a0d9f82b` (`accountId`), UNIQUE INDEX `IDX_f4a388640ce5c2f89d36b35c7c` (`cohortId`, `accountId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `pairing_rounds` (`id` uuid NOT NULL, `cohortId` varchar(36) NOT NULL, `number` int NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'draft', `locks` text NOT NULL, `forbids` text NOT NULL, `summary` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `publishedAt` datetime NULL, UNIQUE INDEX `IDX_7cb3951f7d9c23cd2c8b783ff9` (`cohortId`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `pair_groups` (`id` uuid NOT NULL, `roundId` varchar(36) NOT NULL, `cohortId` varchar(36) NOT NULL, `members` text NOT NULL, `kind` varchar(8) NOT NULL, `score` int NOT NULL, `language` varchar(12) NULL, `suggestedSlot` varchar(20) NULL, `flags` text NOT NULL, `parts` text NOT NULL, INDEX `IDX_8d58f80791da9ada8644cbd3d4` (`roundId`), INDEX `IDX_dbf6e3d9d71434d151c149d7bf` (`cohortId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `pair_feedback` (`id` uuid NOT NULL, `groupId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `met` tinyint NOT NULL, `rating` int NOT NULL, `note` varchar(1000) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_94bb8f72558eb0bd7e204ac4d3` (`groupId`), INDEX `IDX_60acb948812fe05bf8e4fe19e4` (`accountId`), UNIQUE INDEX `IDX_b750ecb63ed9d1ee43bf23e39c` (`groupId`, `accountId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
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
      'CREATE TABLE `calendar_feeds` (`accountId` varchar(36) NOT NULL, `nonce` varchar(64) NOT NULL, `tokenHash` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_6a85c5c36f35f93a86f75b5262` (`tokenHash`), PRIMARY KEY (`accountId`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `event_sessions` (`id` uuid NOT NULL, `eventId` varchar(36) NOT NULL, `title` varchar(200) NOT NULL, `startsAt` datetime NOT NULL, `endsAt` datetime NOT NULL, `hall` varchar(100) NULL, `speakers` text NOT NULL, INDEX `IDX_51ed83c9a1acb790e7d51f1358` (`eventId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `events` (`id` uuid NOT NULL, `organisationId` varchar(36) NOT NULL, `title` text NOT NULL, `description` text NOT NULL, `kind` varchar(20) NOT NULL, `startsAt` datetime NOT NULL, `endsAt` datetime NOT NULL, `timeZone` varchar(64) NOT NULL DEFAULT 'Europe/Belgrade', `venueName` varchar(200) NULL, `venueAddress` varchar(300) NULL, `placeId` varchar(40) NULL, `onlineUrl` varchar(500) NULL, `languages` text NOT NULL, `interpretation` varchar(200) NULL, `topics` text NOT NULL, `capacity` int NOT NULL, `seatsTaken` int NOT NULL DEFAULT '0', `waitlistSeq` int NOT NULL DEFAULT '0', `quota` text NULL, `registrationOpensAt` datetime NULL, `registrationClosesAt` datetime NULL, `status` varchar(12) NOT NULL DEFAULT 'draft', `sequence` int NOT NULL DEFAULT '0', `searchText` text NOT NULL, `cancelledAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_bfbe44c6fa2f69628beef711de` (`organisationId`), INDEX `IDX_359b48411878a60ae7df2d5f25` (`placeId`), INDEX `IDX_2fe9c6f2bd89ce5a23b22746f7` (`status`, `startsAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `registrations` (`id` uuid NOT NULL, `eventId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `status` varchar(12) NOT NULL, `waitSeq` int NULL, `cancelReason` varchar(20) NULL, `checkedInAt` datetime NULL, `promotedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_21ae657cd1e80cc2169e69aeb1` (`accountId`), INDEX `IDX_05bb273bd36cacac0aaa7b3fa8` (`eventId`, `status`, `waitSeq`), UNIQUE INDEX `IDX_1b064b02597f8b7fdc999c2d35` (`eventId`, `accountId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `mail_outbox` (`id` int NOT NULL AUTO_INCREMENT, `dedupeKey` varchar(191) NOT NULL, `accountId` varchar(36) NULL, `recipient` varchar(254) NOT NULL, `recipientName` varchar(120) NULL, `locale` varchar(8) NOT NULL, `kind` varchar(40) NOT NULL, `topic` varchar(80) NULL, `version` int NULL, `subject` varchar(300) NOT NULL, `text` text NOT NULL, `html` text NOT NULL, `ics` text NULL, `icsMethod` varchar(10) NULL, `status` varchar(12) NOT NULL DEFAULT 'queued', `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime NOT NULL, `lastError` varchar(500) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `sentAt` datetime NULL, UNIQUE INDEX `IDX_d91d31c5553423c192f725e92b` (`dedupeKey`), INDEX `IDX_f29e6a85edf504de928ad620fc` (`accountId`), INDEX `IDX_d276ac5c96dfbfcf64b6c224d7` (`topic`), INDEX `IDX_4537a362b5e891c5aba08e0c31` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `bulletin_subscriptions` (`id` uuid NOT NULL, `email` varchar(254) NOT NULL, `locale` varchar(8) NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'pending', `confirmTokenHash` varchar(64) NULL, `confirmExpiresAt` datetime NULL, `confirmedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_5741e30060fb16e75c9e70b312` (`email`), INDEX `IDX_d5cc8574fc4ddc86259001b91b` (`status`), UNIQUE INDEX `IDX_f7b699617973fd718ddf19b889` (`confirmTokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `bulletins` (`id` uuid NOT NULL, `organisationId` varchar(36) NOT NULL, `createdById` varchar(36) NULL, `subject` text NOT NULL, `publicationIds` text NOT NULL, `eventIds` text NOT NULL, `upcomingEvents` tinyint NOT NULL DEFAULT 0, `status` varchar(12) NOT NULL DEFAULT 'draft', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `sendStartedAt` datetime NULL, `sentAt` datetime NULL, INDEX `IDX_7f970ef76a3c95c892e796f93c` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      "CREATE TABLE `bulletin_deliveries` (`id` int NOT NULL AUTO_INCREMENT, `bulletinId` varchar(36) NOT NULL, `subscriptionId` varchar(36) NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'pending', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `queuedAt` datetime NULL, INDEX `IDX_817b8b3a88cd307d8f53fe1d87` (`bulletinId`, `status`), UNIQUE INDEX `IDX_cb5690f252fbf62cbc6ffe6bc7` (`bulletinId`, `subscriptionId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `publication_comments` (`id` uuid NOT NULL, `publicationId` varchar(36) NOT NULL, `authorId` varchar(36) NULL, `authorName` varchar(80) NULL, `body` text NULL, `status` varchar(12) NOT NULL, `heldReason` varchar(20) NULL, `moderatedById` varchar(36) NULL, `moderatedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_4efd07fc4669d0412e610b2e95` (`authorId`), INDEX `IDX_ae0b880c61cd2c5a133a1b3846` (`publicationId`, `status`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `publications` (`id` uuid NOT NULL, `organisationId` varchar(36) NOT NULL, `kind` varchar(12) NOT NULL, `title` varchar(200) NOT NULL, `authorName` varchar(120) NOT NULL, `body` text NOT NULL, `bodyHtml` text NOT NULL, `tags` text NOT NULL, `language` varchar(4) NOT NULL, `versions` text NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'draft', `publishedAt` datetime NULL, `searchText` text NOT NULL, `createdById` varchar(36) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_f3cf57ce66c0a37aff37c3c796` (`organisationId`), INDEX `IDX_0383b6ae2d3da9e9e395324fa2` (`status`, `publishedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `organisations` (`id` uuid NOT NULL, `name` varchar(200) NOT NULL, `shortName` varchar(20) NOT NULL, `country` varchar(2) NOT NULL, `base` varchar(100) NULL, `website` varchar(300) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8d2e9033928e8674fc4bb9f442` (`shortName`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `room_messages` (`id` int NOT NULL AUTO_INCREMENT, `roomId` varchar(36) NOT NULL, `authorId` varchar(36) NULL, `clientMsgId` varchar(64) NULL, `kind` varchar(16) NOT NULL, `body` text NOT NULL, `status` varchar(8) NOT NULL, `heldReason` varchar(8) NULL, `anonymous` tinyint NOT NULL, `upvotes` int NOT NULL, `answeredAt` datetime NULL, `hiddenBy` varchar(36) NULL, `createdAt` datetime NOT NULL, UNIQUE INDEX `IDX_f2ee609508cf529a4e8da6da7e` (`authorId`, `clientMsgId`), INDEX `IDX_695d905dd8f9cadd49fe45b687` (`roomId`, `kind`, `status`), INDEX `IDX_4450831651c278f22ede18ca78` (`roomId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `moderation_log` (`id` int NOT NULL AUTO_INCREMENT, `roomId` varchar(36) NOT NULL, `actorId` varchar(36) NULL, `action` varchar(16) NOT NULL, `targetAccountId` varchar(36) NULL, `targetMessageId` int NULL, `details` text NULL, `createdAt` datetime NOT NULL, INDEX `IDX_03325cd2d9c68210ea5a83ff3b` (`targetAccountId`), INDEX `IDX_a34dc7f9d6150dca3c5bb096b7` (`actorId`), INDEX `IDX_39427e10a9d39d2f336c6c5854` (`roomId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `question_votes` (`messageId` int NOT NULL, `accountId` varchar(36) NOT NULL, `createdAt` datetime NOT NULL, INDEX `IDX_a39a89fe1a48e68dbbceea7a0d` (`accountId`), PRIMARY KEY (`messageId`, `accountId`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `rooms` (`id` uuid NOT NULL, `kind` varchar(16) NOT NULL, `refId` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `mode` varchar(8) NOT NULL DEFAULT 'chat', `locked` tinyint NOT NULL DEFAULT 0, `slowModeSeconds` int NOT NULL DEFAULT '0', `qaModeration` tinyint NOT NULL DEFAULT 0, `reportedAt` datetime NULL, `reportedBy` varchar(36) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_3c80d5fa3ee032c93f37ea51db` (`organisationId`), UNIQUE INDEX `IDX_c69eb3b57797eee598d063fa66` (`kind`, `refId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'CREATE TABLE `room_sanctions` (`roomId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `kind` varchar(8) NOT NULL, `until` datetime NULL, `createdBy` varchar(36) NULL, `createdAt` datetime NOT NULL, INDEX `IDX_15240d8111b96087a53ca0f5cd` (`accountId`), PRIMARY KEY (`roomId`, `accountId`, `kind`)) ENGINE=InnoDB',
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
      'DROP INDEX `IDX_15240d8111b96087a53ca0f5cd` ON `room_sanctions`',
    );
    await q.query('DROP TABLE `room_sanctions`');
    await q.query('DROP INDEX `IDX_c69eb3b57797eee598d063fa66` ON `rooms`');
    await q.query('DROP INDEX `IDX_3c80d5fa3ee032c93f37ea51db` ON `rooms`');
    await q.query('DROP TABLE `rooms`');
    await q.query(
      'DROP INDEX `IDX_a39a89fe1a48e68dbbceea7a0d` ON `question_votes`',
    );
    await q.query('DROP TABLE `question_votes`');
    await q.query(
      'DROP INDEX `IDX_39427e10a9d39d2f336c6c5854` ON `moderation_log`',
    );
    await q.query(
      'DROP INDEX `IDX_a34dc7f9d6150dca3c5bb096b7` ON `moderation_log`',
    );
    await q.query(
      'DROP INDEX `IDX_03325cd2d9c68210ea5a83ff3b` ON `moderation_log`',
    );
    await q.query('DROP TABLE `moderation_log`');
    await q.query(
      'DROP INDEX `IDX_4450831651c278f22ede18ca78` ON `room_messages`',
    );
    await q.query(
      'DROP INDEX `IDX_695d905dd8f9cadd49fe45b687` ON `room_messages`',
    );
    await q.query(
      'DROP INDEX `IDX_f2ee609508cf529a4e8da6da7e` ON `room_messages`',
    );
    await q.query('DROP TABLE `room_messages`');
    await q.query(
      'DROP INDEX `IDX_8d2e9033928e8674fc4bb9f442` ON `organisations`',
    );
    await q.query('DROP TABLE `organisations`');
    await q.query(
      'DROP INDEX `IDX_0383b6ae2d3da9e9e395324fa2` ON `publications`',
    );
    await q.query(
      'DROP INDEX `IDX_f3cf57ce66c0a37aff37c3c796` ON `publications`',
    );
    await q.query('DROP TABLE `publications`');
    await q.query(
      'DROP INDEX `IDX_ae0b880c61cd2c5a133a1b3846` ON `publication_comments`',
    );
    await q.query(
      'DROP INDEX `IDX_4efd07fc4669d0412e610b2e95` ON `publication_comments`',
    );
    await q.query('DROP TABLE `publication_comments`');
    await q.query(
      'DROP INDEX `IDX_cb5690f252fbf62cbc6ffe6bc7` ON `bulletin_deliveries`',
    );
    await q.query(
      'DROP INDEX `IDX_817b8b3a88cd307d8f53fe1d87` ON `bulletin_deliveries`',
    );
    await q.query('DROP TABLE `bulletin_deliveries`');
    await q.query('DROP INDEX `IDX_7f970ef76a3c95c892e796f93c` ON `bulletins`');
    await q.query('DROP TABLE `bulletins`');
    await q.query(
      'DROP INDEX `IDX_f7b699617973fd718ddf19b889` ON `bulletin_subscriptions`',
    );
    await q.query(
      'DROP INDEX `IDX_d5cc8574fc4ddc86259001b91b` ON `bulletin_subscriptions`',
    );
    await q.query(
      'DROP INDEX `IDX_5741e30060fb16e75c9e70b312` ON `bulletin_subscriptions`',
    );
    await q.query('DROP TABLE `bulletin_subscriptions`');
    await q.query(
      'DROP INDEX `IDX_4537a362b5e891c5aba08e0c31` ON `mail_outbox`',
    );
    await q.query(
      'DROP INDEX `IDX_d276ac5c96dfbfcf64b6c224d7` ON `mail_outbox`',
    );
    await q.query(
      'DROP INDEX `IDX_f29e6a85edf504de928ad620fc` ON `mail_outbox`',
    );
    await q.query(
      'DROP INDEX `IDX_d91d31c5553423c192f725e92b` ON `mail_outbox`',
    );
    await q.query('DROP TABLE `mail_outbox`');
    await q.query(
      'DROP INDEX `IDX_1b064b02597f8b7fdc999c2d35` ON `registrations`',
    );
    await q.query(
      'DROP INDEX `IDX_05bb273bd36cacac0aaa7b3fa8` ON `registrations`',
    );
    await q.query(
      'DROP INDEX `IDX_21ae657cd1e80cc2169e69aeb1` ON `registrations`',
    );
    await q.query('DROP TABLE `registrations`');
    await q.query('DROP INDEX `IDX_2fe9c6f2bd89ce5a23b22746f7` ON `events`');
    await q.query('DROP INDEX `IDX_359b48411878a60ae7df2d5f25` ON `events`');
    await q.query('DROP INDEX `IDX_bfbe44c6fa2f69628beef711de` ON `events`');
    await q.query('DROP TABLE `events`');
    await q.query(
      'DROP INDEX `IDX_51ed83c9a1acb790e7d51f1358` ON `event_sessions`',
    );
    await q.query('DROP TABLE `event_sessions`');
    await q.query(
      'DROP INDEX `IDX_6a85c5c36f35f93a86f75b5262` ON `calendar_feeds`',
    );
    await q.query('DROP TABLE `calendar_feeds`');
    await q.query('DROP TABLE `participant_profiles`');
    await q.query('DROP INDEX `IDX_6eb5dc94933d0c0c556947d0c3` ON `consents`');
    await q.query('DROP TABLE `consents`');
    await q.query('DROP INDEX `IDX_3b1586c114458d16912d716bd2` ON `accounts`');
    await q.query('DROP INDEX `IDX_ee66de6cdc53993296d1ceb8aa` ON `accounts`');
    await q.query('DROP TABLE `accounts`');
    await q.query(
      'DROP INDEX `IDX_b750ecb63ed9d1ee43bf23e39c` ON `pair_feedback`',
    );
    await q.query(
      'DROP INDEX `IDX_60acb948812fe05bf8e4fe19e4` ON `pair_feedback`',
    );
    await q.query(
      'DROP INDEX `IDX_94bb8f72558eb0bd7e204ac4d3` ON `pair_feedback`',
    );
    await q.query('DROP TABLE `pair_feedback`');
    await q.query(
      'DROP INDEX `IDX_dbf6e3d9d71434d151c149d7bf` ON `pair_groups`',
    );
    await q.query(
      'DROP INDEX `IDX_8d58f80791da9ada8644cbd3d4` ON `pair_groups`',
    );
    await q.query('DROP TABLE `pair_groups`');
    await q.query(
      'DROP INDEX `IDX_7cb3951f7d9c23cd2c8b783ff9` ON `pairing_rounds`',
    );
    await q.query('DROP TABLE `pairing_rounds`');
    await q.query(
      'DROP INDEX `IDX_f4a388640ce5c2f89d36b35c7c` ON `cohort_members`',
    );
    await q.query(
      'DROP INDEX `IDX_b12b8371ecd9a0e206a0d9f82b` ON `cohort_members`',
    );
    await q.query('DROP TABLE `cohort_members`');
    await q.query('DROP INDEX `IDX_854e3b94b70d2748bea2726a63` ON `cohorts`');
    await q.query('DROP TABLE `cohorts`');
  }
}
