import type { QueryRunner } from 'typeorm';

/**
 * Fills pair_group_members from the member lists of the groups stored before the table existed
 * (used by both drivers' PairGroupMembers migration; `q` quotes an identifier).
 */
export async function backfillPairGroupMembers(
  runner: QueryRunner,
  q: (name: string) => string,
): Promise<void> {
  const groups = (await runner.query(
    `SELECT ${q('id')}, ${q('roundId')}, ${q('members')} FROM ${q('pair_groups')}`,
  )) as { id: string; roundId: string; members: string }[];
  const rows: string[] = [];
  for (const g of groups) {
    const members = JSON.parse(g.members) as unknown;
    if (!Array.isArray(members)) continue;
    for (const accountId of new Set(members))
      if (typeof accountId === 'string') rows.push(g.id, accountId, g.roundId);
  }
  const cols = `${q('groupId')}, ${q('accountId')}, ${q('roundId')}`;
  for (let i = 0; i < rows.length; i += 3 * 500) {
    const chunk = rows.slice(i, i + 3 * 500);
    const values = Array.from({ length: chunk.length / 3 }, () => '(?, ?, ?)');
    await runner.query(
      `INSERT INTO ${q('pair_group_members')} (${cols}) VALUES ${values.join(', ')}`,
      chunk,
    );
  }
}
