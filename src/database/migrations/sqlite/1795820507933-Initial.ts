import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795820507933 implements MigrationInterface {
  name = 'Initial1795820507933';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "cohorts" ("id" varchar PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "rules" text NOT NULL, "cadence" varchar(40), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_854e3b94b70d2748bea2726a63" ON "cohorts" ("organisationId") ',
    );
    await q.query(
      'CREATE TABLE "cohort_members" ("id" varchar PRIMARY KEY NOT NULL, "cohortId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "skipNext" boolean NOT NULL DEFAULT (0), "joinedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_b12b8371ecd9a0e206a0d9f82b" ON "cohort_members" ("accountId") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_f4a388640ce5c2f89d36b35c7c" ON "cohort_members" ("cohortId", "accountId") ',
    );
    await q.query(
      'CREATE TABLE "pairing_rounds" ("id" varchar PRIMARY KEY NOT NULL, "cohortId" varchar(36) NOT NULL, "number" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'draft\'), "locks" text NOT NULL, "forbids" text NOT NULL, "summary" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "publishedAt" datetime)',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_7cb3951f7d9c23cd2c8b783ff9" ON "pairing_rounds" ("cohortId", "number") ',
    );
    await q.query(
      'CREATE TABLE "pair_groups" ("id" varchar PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "cohortId" varchar(36) NOT NULL, "members" text NOT NULL, "kind" varchar(8) NOT NULL, "score" integer NOT NULL, "language" varchar(12), "suggestedSlot" varchar(20), "flags" text NOT NULL, "parts" text NOT NULL)',
    );
    await q.query(
      'CREATE INDEX "IDX_8d58f80791da9ada8644cbd3d4" ON "pair_groups" ("roundId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_dbf6e3d9d71434d151c149d7bf" ON "pair_groups" ("cohortId") ',
    );
    await q.query(
      'CREATE TABLE "pair_feedback" ("id" varchar PRIMARY KEY NOT NULL, "groupId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "met" boolean NOT NULL, "rating" integer NOT NULL, "note" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_94bb8f72558eb0bd7e204ac4d3" ON "pair_feedback" ("groupId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_60acb948812fe05bf8e4fe19e4" ON "pair_feedback" ("accountId") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_b750ecb63ed9d1ee43bf23e39c" ON "pair_feedback" ("groupId", "accountId") ',
    );
    await q.query(
      'CREATE TABLE "accounts" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL DEFAULT (\'participant\'), "organisationId" varchar(36), "displayName" varchar(80) NOT NULL, "locale" varchar(8) NOT NULL DEFAULT (\'en\'), "tokenVersion" integer NOT NULL DEFAULT (0), "bannedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "lastLoginAt" datetime)',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_ee66de6cdc53993296d1ceb8aa" ON "accounts" ("email") ',
    );
    await q.query(
      'CREATE INDEX "IDX_3b1586c114458d16912d716bd2" ON "accounts" ("organisationId") ',
    );
    await q.query(
      'CREATE TABLE "consents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountId" varchar(36) NOT NULL, "kind" varchar(40) NOT NULL, "granted" boolean NOT NULL, "textVersion" varchar(20) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_6eb5dc94933d0c0c556947d0c3" ON "consents" ("accountId", "kind", "id") ',
    );
    await q.query(
      'CREATE TABLE "participant_profiles" ("accountId" varchar PRIMARY KEY NOT NULL, "birthYear" integer, "placeId" varchar(40), "languages" text NOT NULL, "interests" text NOT NULL, "availability" text NOT NULL, "bio" varchar(500), "communityId" varchar(40), "doNotPair" text NOT NULL, "guardianName" varchar(120), "guardianContact" varchar(254), "guardianConsentAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE TABLE "calendar_feeds" ("accountId" varchar(36) PRIMARY KEY NOT NULL, "nonce" varchar(64) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_6a85c5c36f35f93a86f75b5262" ON "calendar_feeds" ("tokenHash") ',
    );
    await q.query(
      'CREATE TABLE "event_sessions" ("id" varchar PRIMARY KEY NOT NULL, "eventId" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "hall" varchar(100), "speakers" text NOT NULL)',
    );
    await q.query(
      'CREATE INDEX "IDX_51ed83c9a1acb790e7d51f1358" ON "event_sessions" ("eventId") ',
    );
    await q.query(
      'CREATE TABLE "events" ("id" varchar PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "kind" varchar(20) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "timeZone" varchar(64) NOT NULL DEFAULT (\'Europe/Belgrade\'), "venueName" varchar(200), "venueAddress" varchar(300), "placeId" varchar(40), "onlineUrl" varchar(500), "languages" text NOT NULL, "interpretation" varchar(200), "topics" text NOT NULL, "capacity" integer NOT NULL, "seatsTaken" integer NOT NULL DEFAULT (0), "waitlistSeq" integer NOT NULL DEFAULT (0), "quota" text, "registrationOpensAt" datetime, "registrationClosesAt" datetime, "status" varchar(12) NOT NULL DEFAULT (\'draft\'), "sequence" integer NOT NULL DEFAULT (0), "searchText" text NOT NULL, "cancelledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_bfbe44c6fa2f69628beef711de" ON "events" ("organisationId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_359b48411878a60ae7df2d5f25" ON "events" ("placeId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_2fe9c6f2bd89ce5a23b22746f7" ON "events" ("status", "startsAt") ',
    );
    await q.query(
      'CREATE TABLE "registrations" ("id" varchar PRIMARY KEY NOT NULL, "eventId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "waitSeq" integer, "cancelReason" varchar(20), "checkedInAt" datetime, "promotedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_21ae657cd1e80cc2169e69aeb1" ON "registrations" ("accountId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_05bb273bd36cacac0aaa7b3fa8" ON "registrations" ("eventId", "status", "waitSeq") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_1b064b02597f8b7fdc999c2d35" ON "registrations" ("eventId", "accountId") ',
    );
    await q.query(
      'CREATE TABLE "mail_outbox" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "dedupeKey" varchar(191) NOT NULL, "accountId" varchar(36), "recipient" varchar(254) NOT NULL, "recipientName" varchar(120), "locale" varchar(8) NOT NULL, "kind" varchar(40) NOT NULL, "topic" varchar(80), "version" integer, "subject" varchar(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "ics" text, "icsMethod" varchar(10), "status" varchar(12) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "lastError" varchar(500), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sentAt" datetime)',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_d91d31c5553423c192f725e92b" ON "mail_outbox" ("dedupeKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_f29e6a85edf504de928ad620fc" ON "mail_outbox" ("accountId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_d276ac5c96dfbfcf64b6c224d7" ON "mail_outbox" ("topic") ',
    );
    await q.query(
      'CREATE INDEX "IDX_4537a362b5e891c5aba08e0c31" ON "mail_outbox" ("status", "nextAttemptAt") ',
    );
    await q.query(
      'CREATE TABLE "bulletin_subscriptions" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "locale" varchar(8) NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'pending\'), "confirmTokenHash" varchar(64), "confirmExpiresAt" datetime, "confirmedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_5741e30060fb16e75c9e70b312" ON "bulletin_subscriptions" ("email") ',
    );
    await q.query(
      'CREATE INDEX "IDX_d5cc8574fc4ddc86259001b91b" ON "bulletin_subscriptions" ("status") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_f7b699617973fd718ddf19b889" ON "bulletin_subscriptions" ("confirmTokenHash") ',
    );
    await q.query(
      'CREATE TABLE "bulletins" ("id" varchar PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "createdById" varchar(36), "subject" text NOT NULL, "publicationIds" text NOT NULL, "eventIds" text NOT NULL, "upcomingEvents" boolean NOT NULL DEFAULT (0), "status" varchar(12) NOT NULL DEFAULT (\'draft\'), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sendStartedAt" datetime, "sentAt" datetime)',
    );
    await q.query(
      'CREATE INDEX "IDX_7f970ef76a3c95c892e796f93c" ON "bulletins" ("organisationId") ',
    );
    await q.query(
      'CREATE TABLE "bulletin_deliveries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "bulletinId" varchar(36) NOT NULL, "subscriptionId" varchar(36) NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'pending\'), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "queuedAt" datetime)',
    );
    await q.query(
      'CREATE INDEX "IDX_817b8b3a88cd307d8f53fe1d87" ON "bulletin_deliveries" ("bulletinId", "status") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_cb5690f252fbf62cbc6ffe6bc7" ON "bulletin_deliveries" ("bulletinId", "subscriptionId") ',
    );
    await q.query(
      'CREATE TABLE "publication_comments" ("id" varchar PRIMARY KEY NOT NULL, "publicationId" varchar(36) NOT NULL, "authorId" varchar(36), "authorName" varchar(80), "body" text, "status" varchar(12) NOT NULL, "heldReason" varchar(20), "moderatedById" varchar(36), "moderatedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_4efd07fc4669d0412e610b2e95" ON "publication_comments" ("authorId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_ae0b880c61cd2c5a133a1b3846" ON "publication_comments" ("publicationId", "status", "createdAt") ',
    );
    await q.query(
      'CREATE TABLE "publications" ("id" varchar PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "kind" varchar(12) NOT NULL, "title" varchar(200) NOT NULL, "authorName" varchar(120) NOT NULL, "body" text NOT NULL, "bodyHtml" text NOT NULL, "tags" text NOT NULL, "language" varchar(4) NOT NULL, "versions" text NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'draft\'), "publishedAt" datetime, "searchText" text NOT NULL, "createdById" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_f3cf57ce66c0a37aff37c3c796" ON "publications" ("organisationId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_0383b6ae2d3da9e9e395324fa2" ON "publications" ("status", "publishedAt") ',
    );
    await q.query(
      'CREATE TABLE "organisations" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "shortName" varchar(20) NOT NULL, "country" varchar(2) NOT NULL, "base" varchar(100), "website" varchar(300), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_8d2e9033928e8674fc4bb9f442" ON "organisations" ("shortName") ',
    );
    await q.query(
      'CREATE TABLE "room_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "roomId" varchar(36) NOT NULL, "authorId" varchar(36), "clientMsgId" varchar(64), "kind" varchar(16) NOT NULL, "body" text NOT NULL, "status" varchar(8) NOT NULL, "heldReason" varchar(8), "anonymous" boolean NOT NULL, "upvotes" integer NOT NULL, "answeredAt" datetime, "hiddenBy" varchar(36), "createdAt" datetime NOT NULL)',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_f2ee609508cf529a4e8da6da7e" ON "room_messages" ("authorId", "clientMsgId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_695d905dd8f9cadd49fe45b687" ON "room_messages" ("roomId", "kind", "status") ',
    );
    await q.query(
      'CREATE INDEX "IDX_4450831651c278f22ede18ca78" ON "room_messages" ("roomId", "id") ',
    );
    await q.query(
      'CREATE TABLE "moderation_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "roomId" varchar(36) NOT NULL, "actorId" varchar(36), "action" varchar(16) NOT NULL, "targetAccountId" varchar(36), "targetMessageId" integer, "details" text, "createdAt" datetime NOT NULL)',
    );
    await q.query(
      'CREATE INDEX "IDX_03325cd2d9c68210ea5a83ff3b" ON "moderation_log" ("targetAccountId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_a34dc7f9d6150dca3c5bb096b7" ON "moderation_log" ("actorId") ',
    );
    await q.query(
      'CREATE INDEX "IDX_39427e10a9d39d2f336c6c5854" ON "moderation_log" ("roomId", "id") ',
    );
    await q.query(
      'CREATE TABLE "question_votes" ("messageId" integer NOT NULL, "accountId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL, PRIMARY KEY ("messageId", "accountId"))',
    );
    await q.query(
      'CREATE INDEX "IDX_a39a89fe1a48e68dbbceea7a0d" ON "question_votes" ("accountId") ',
    );
    await q.query(
      'CREATE TABLE "rooms" ("id" varchar PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "refId" varchar(36) NOT NULL, "organisationId" varchar(36), "mode" varchar(8) NOT NULL DEFAULT (\'chat\'), "locked" boolean NOT NULL DEFAULT (0), "slowModeSeconds" integer NOT NULL DEFAULT (0), "qaModeration" boolean NOT NULL DEFAULT (0), "reportedAt" datetime, "reportedBy" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE INDEX "IDX_3c80d5fa3ee032c93f37ea51db" ON "rooms" ("organisationId") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_c69eb3b57797eee598d063fa66" ON "rooms" ("kind", "refId") ',
    );
    await q.query(
      'CREATE TABLE "room_sanctions" ("roomId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "until" datetime, "createdBy" varchar(36), "createdAt" datetime NOT NULL, PRIMARY KEY ("roomId", "accountId", "kind"))',
    );
    await q.query(
      'CREATE INDEX "IDX_15240d8111b96087a53ca0f5cd" ON "room_sanctions" ("accountId") ',
    );
    await q.query(
      'CREATE TABLE "communities" ("id" varchar(40) PRIMARY KEY NOT NULL, "names" text NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0))',
    );
    await q.query(
      'CREATE TABLE "topics" ("id" varchar(40) PRIMARY KEY NOT NULL, "names" text NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0))',
    );
    await q.query(
      'CREATE TABLE "languages" ("id" varchar(12) PRIMARY KEY NOT NULL, "names" text NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0))',
    );
    await q.query(
      'CREATE TABLE "places" ("id" varchar(40) PRIMARY KEY NOT NULL, "country" varchar(2) NOT NULL, "names" text NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "temporary_participant_profiles" ("accountId" varchar PRIMARY KEY NOT NULL, "birthYear" integer, "placeId" varchar(40), "languages" text NOT NULL, "interests" text NOT NULL, "availability" text NOT NULL, "bio" varchar(500), "communityId" varchar(40), "doNotPair" text NOT NULL, "guardianName" varchar(120), "guardianContact" varchar(254), "guardianConsentAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_d10b9c61cc0632c88fbe223a5f1" FOREIGN KEY ("accountId") REFERENCES "accounts" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_participant_profiles"("accountId", "birthYear", "placeId", "languages", "interests", "availability", "bio", "communityId", "doNotPair", "guardianName", "guardianContact", "guardianConsentAt", "updatedAt") SELECT "accountId", "birthYear", "placeId", "languages", "interests", "availability", "bio", "communityId", "doNotPair", "guardianName", "guardianContact", "guardianConsentAt", "updatedAt" FROM "participant_profiles"',
    );
    await q.query('DROP TABLE "participant_profiles"');
    await q.query(
      'ALTER TABLE "temporary_participant_profiles" RENAME TO "participant_profiles"',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "participant_profiles" RENAME TO "temporary_participant_profiles"',
    );
    await q.query(
      'CREATE TABLE "participant_profiles" ("accountId" varchar PRIMARY KEY NOT NULL, "birthYear" integer, "placeId" varchar(40), "languages" text NOT NULL, "interests" text NOT NULL, "availability" text NOT NULL, "bio" varchar(500), "communityId" varchar(40), "doNotPair" text NOT NULL, "guardianName" varchar(120), "guardianContact" varchar(254), "guardianConsentAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'INSERT INTO "participant_profiles"("accountId", "birthYear", "placeId", "languages", "interests", "availability", "bio", "communityId", "doNotPair", "guardianName", "guardianContact", "guardianConsentAt", "updatedAt") SELECT "accountId", "birthYear", "placeId", "languages", "interests", "availability", "bio", "communityId", "doNotPair", "guardianName", "guardianContact", "guardianConsentAt", "updatedAt" FROM "temporary_participant_profiles"',
    );
    await q.query('DROP TABLE "temporary_participant_profiles"');
    await q.query('DROP TABLE "places"');
    await q.query('DROP TABLE "languages"');
    await q.query('DROP TABLE "topics"');
    await q.query('DROP TABLE "communities"');
    await q.query('DROP INDEX "IDX_15240d8111b96087a53ca0f5cd"');
    await q.query('DROP TABLE "room_sanctions"');
    await q.query('DROP INDEX "IDX_c69eb3b57797eee598d063fa66"');
    await q.query('DROP INDEX "IDX_3c80d5fa3ee032c93f37ea51db"');
    await q.query('DROP TABLE "rooms"');
    await q.query('DROP INDEX "IDX_a39a89fe1a48e68dbbceea7a0d"');
    await q.query('DROP TABLE "question_votes"');
    await q.query('DROP INDEX "IDX_39427e10a9d39d2f336c6c5854"');
    await q.query('DROP INDEX "IDX_a34dc7f9d6150dca3c5bb096b7"');
    await q.query('DROP INDEX "IDX_03325cd2d9c68210ea5a83ff3b"');
    await q.query('DROP TABLE "moderation_log"');
    await q.query('DROP INDEX "IDX_4450831651c278f22ede18ca78"');
    await q.query('DROP INDEX "IDX_695d905dd8f9cadd49fe45b687"');
    await q.query('DROP INDEX "IDX_f2ee609508cf529a4e8da6da7e"');
    await q.query('DROP TABLE "room_messages"');
    await q.query('DROP INDEX "IDX_8d2e9033928e8674fc4bb9f442"');
    await q.query('DROP TABLE "organisations"');
    await q.query('DROP INDEX "IDX_0383b6ae2d3da9e9e395324fa2"');
    await q.query('DROP INDEX "IDX_f3cf57ce66c0a37aff37c3c796"');
    await q.query('DROP TABLE "publications"');
    await q.query('DROP INDEX "IDX_ae0b880c61cd2c5a133a1b3846"');
    await q.query('DROP INDEX "IDX_4efd07fc4669d0412e610b2e95"');
    await q.query('DROP TABLE "publication_comments"');
    await q.query('DROP INDEX "IDX_cb5690f252fbf62cbc6ffe6bc7"');
    await q.query('DROP INDEX "IDX_817b8b3a88cd307d8f53fe1d87"');
    await q.query('DROP TABLE "bulletin_deliveries"');
    await q.query('DROP INDEX "IDX_7f970ef76a3c95c892e796f93c"');
    await q.query('DROP TABLE "bulletins"');
    await q.query('DROP INDEX "IDX_f7b699617973fd718ddf19b889"');
    await q.query('DROP INDEX "IDX_d5cc8574fc4ddc86259001b91b"');
    await q.query('DROP INDEX "IDX_5741e30060fb16e75c9e70b312"');
    await q.query('DROP TABLE "bulletin_subscriptions"');
    await q.query('DROP INDEX "IDX_4537a362b5e891c5aba08e0c31"');
    await q.query('DROP INDEX "IDX_d276ac5c96dfbfcf64b6c224d7"');
    await q.query('DROP INDEX "IDX_f29e6a85edf504de928ad620fc"');
    await q.query('DROP INDEX "IDX_d91d31c5553423c192f725e92b"');
    await q.query('DROP TABLE "mail_outbox"');
    await q.query('DROP INDEX "IDX_1b064b02597f8b7fdc999c2d35"');
    await q.query('DROP INDEX "IDX_05bb273bd36cacac0aaa7b3fa8"');
    await q.query('DROP INDEX "IDX_21ae657cd1e80cc2169e69aeb1"');
    await q.query('DROP TABLE "registrations"');
    await q.query('DROP INDEX "IDX_2fe9c6f2bd89ce5a23b22746f7"');
    await q.query('DROP INDEX "IDX_359b48411878a60ae7df2d5f25"');
    await q.query('DROP INDEX "IDX_bfbe44c6fa2f69628beef711de"');
    await q.query('DROP TABLE "events"');
    await q.query('DROP INDEX "IDX_51ed83c9a1acb790e7d51f1358"');
    await q.query('DROP TABLE "event_sessions"');
    await q.query('DROP INDEX "IDX_6a85c5c36f35f93a86f75b5262"');
    await q.query('DROP TABLE "calendar_feeds"');
    await q.query('DROP TABLE "participant_profiles"');
    await q.query('DROP INDEX "IDX_6eb5dc94933d0c0c556947d0c3"');
    await q.query('DROP TABLE "consents"');
    await q.query('DROP INDEX "IDX_3b1586c114458d16912d716bd2"');
    await q.query('DROP INDEX "IDX_ee66de6cdc53993296d1ceb8aa"');
    await q.query('DROP TABLE "accounts"');
    await q.query('DROP INDEX "IDX_b750ecb63ed9d1ee43bf23e39c"');
    await q.query('DROP INDEX "IDX_60acb948812fe05bf8e4fe19e4"');
    await q.query('DROP INDEX "IDX_94bb8f72558eb0bd7e204ac4d3"');
    await q.query('DROP TABLE "pair_feedback"');
    await q.query('DROP INDEX "IDX_dbf6e3d9d71434d151c149d7bf"');
    await q.query('DROP INDEX "IDX_8d58f80791da9ada8644cbd3d4"');
    await q.query('DROP TABLE "pair_groups"');
    await q.query('DROP INDEX "IDX_7cb3951f7d9c23cd2c8b783ff9"');
    await q.query('DROP TABLE "pairing_rounds"');
    await q.query('DROP INDEX "IDX_f4a388640ce5c2f89d36b35c7c"');
    await q.query('DROP INDEX "IDX_b12b8371ecd9a0e206a0d9f82b"');
    await q.query('DROP TABLE "cohort_members"');
    await q.query('DROP INDEX "IDX_854e3b94b70d2748bea2726a63"');
    await q.query('DROP TABLE "cohorts"');
  }
}
