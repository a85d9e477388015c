import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795816179368 implements MigrationInterface {
  name = 'Initial1795816179368';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "organisations" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "shortName" varchar(20) NOT NULL, "country" varchar(2) NOT NULL, "base" varchar(100), "website" varchar(300), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_8d2e9033928e8674fc4bb9f442" ON "organisations" ("shortName") ',
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "places"');
    await q.query('DROP TABLE "languages"');
    await q.query('DROP TABLE "topics"');
    await q.query('DROP TABLE "communities"');
    await q.query('DROP INDEX "IDX_8d2e9033928e8674fc4bb9f442"');
    await q.query('DROP TABLE "organisations"');
  }
}
