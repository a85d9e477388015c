import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { createTestDatabase, type TestDatabase } from './support/app.js';

// The PairGroupMembers migration fills the new index table from groups stored before it existed.
describe('PairGroupMembers migration', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.dispose());

  it('indexes every member of the groups that were already stored', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      ...db.env,
    });
    const options = dataSourceOptions(config);
    const all = options.migrations as (new () => object)[];
    const upTo = (name: string) =>
      all.slice(0, all.findIndex((m) => m.name.startsWith(name)) + 1);
    const q = (n: string) => (db.kind === 'sqlite' ? `"${n}"` : `\`${n}\``);

    const before = new DataSource({
      ...options,
      migrations: upTo('Initial'),
    } as typeof options);
    await before.initialize();
    const round = randomUUID();
    const groups = [
      { id: randomUUID(), members: ['a1', 'a2'] },
      { id: randomUUID(), members: ['a3', 'a4', 'a5'] },
    ];
    try {
      await before.runMigrations();
      for (const g of groups) {
        await before.query(
          `INSERT INTO ${q('pair_groups')} (${q('id')}, ${q('roundId')}, ${q('cohortId')}, ${q('members')}, ${q('kind')}, ${q('score')}, ${q('flags')}, ${q('parts')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            g.id,
            round,
            randomUUID(),
            JSON.stringify(g.members),
            'pair',
            10,
            '[]',
            '[]',
          ],
        );
      }
    } finally {
      await before.destroy();
    }

    const after = new DataSource(options);
    await after.initialize();
    try {
      await after.runMigrations();
      const rows = (await after.query(
        `SELECT ${q('groupId')} AS g, ${q('accountId')} AS a, ${q('roundId')} AS r FROM ${q('pair_group_members')} ORDER BY ${q('accountId')}`,
      )) as { g: string; a: string; r: string }[];
      expect(rows).toEqual([
        { g: groups[0].id, a: 'a1', r: round },
        { g: groups[0].id, a: 'a2', r: round },
        { g: groups[1].id, a: 'a3', r: round },
        { g: groups[1].id, a: 'a4', r: round },
        { g: groups[1].id, a: 'a5', r: round },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
