import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test-results/hardening-summary.json at the repository root (git-ignored). */
export const SUMMARY_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test-results/hardening-summary.json',
);

export type Figures = Record<string, string | number | boolean | null>;

/**
 * Merges one suite's figures into the shared summary: read, replace only `suites[suite][database]`,
 * write to a temporary file and rename (other suites, including another helper's, keep theirs).
 */
export function recordSummary(
  suite: string,
  database: string,
  figures: Figures,
  file = SUMMARY_FILE,
): void {
  mkdirSync(dirname(file), { recursive: true });
  let summary: { suites?: Record<string, Record<string, unknown>> } = {};
  try {
    summary = JSON.parse(readFileSync(file, 'utf8')) as typeof summary;
  } catch {
    // no summary yet, or an unreadable one: start afresh
  }
  const suites = (summary.suites ??= {});
  suites[suite] = {
    ...suites[suite],
    [database]: { ...figures, at: new Date().toISOString() },
  };
  const tmp = join(dirname(file), `.hardening-summary.${process.pid}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(tmp, file);
}
