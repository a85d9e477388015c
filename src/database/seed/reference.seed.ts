import type { DataSource } from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import {
  Community,
  Language,
  Place,
  Topic,
} from '../../reference/entities/reference.entities.js';
import { PLACES } from './places.data.js';
import {
  COMMUNITIES,
  LANGUAGES,
  ORGANISATIONS,
  TOPICS,
} from './reference.data.js';

/**
 * Idempotent: inserts only what is missing (by stable id, or short name for organisations), so a
 * second start adds nothing and an admin's edits survive restarts.
 */
export async function seedReferenceData(ds: DataSource): Promise<number> {
  let inserted = 0;
  const insertMissing = async <T extends { id: string }>(
    target: new () => T,
    rows: readonly (Partial<T> & { id: string })[],
  ) => {
    const repo = ds.getRepository(target);
    const existing = new Set(
      (await repo.find({ select: { id: true } as never })).map((r) => r.id),
    );
    const missing = rows.filter((r) => !existing.has(r.id));
    if (missing.length > 0) {
      await repo.insert(missing as never);
      inserted += missing.length;
    }
  };
  const ordered = <R>(rows: R[]) =>
    rows.map((r, sortOrder) => ({ ...r, sortOrder }));
  await insertMissing(Community, ordered(COMMUNITIES));
  await insertMissing(Topic, ordered(TOPICS));
  await insertMissing(Language, ordered(LANGUAGES));
  await insertMissing(
    Place,
    PLACES.map((p) => ({
      id: p.id,
      country: p.country,
      names: { ...p.names },
    })) as never,
  );

  const orgs = ds.getRepository(Organisation);
  const known = new Set(
    (await orgs.find({ select: { shortName: true } })).map((o) => o.shortName),
  );
  const missingOrgs = ORGANISATIONS.filter((o) => !known.has(o.shortName));
  if (missingOrgs.length > 0) {
    await orgs.insert(missingOrgs.map((o) => ({ ...o })));
    inserted += missingOrgs.length;
  }
  return inserted;
}
