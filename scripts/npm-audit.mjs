#!/usr/bin/env node
// `npm audit --omit=dev --audit-level=high` for CI: fails on a high or critical advisory in the
// production dependencies. When the advisory service cannot be reached (no network, or a registry
// mirror without the audit endpoint) it prints a warning instead, because nothing was checked.
// Its figures go into test-results/hardening-summary.json under "npm-audit".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(
  'npm',
  ['audit', '--omit=dev', '--audit-level=high', '--json'],
  { cwd: root, encoding: 'utf8', timeout: 120_000 },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

function record(figures) {
  const file = join(root, 'test-results', 'hardening-summary.json');
  mkdirSync(dirname(file), { recursive: true });
  let summary = {};
  try {
    summary = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // none yet
  }
  summary.suites ??= {};
  summary.suites['npm-audit'] = {
    all: { ...figures, at: new Date().toISOString() },
  };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(tmp, file);
}

const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  record({
    checked: true,
    critical: counts.critical ?? 0,
    high: counts.high ?? 0,
    moderate: counts.moderate ?? 0,
    low: counts.low ?? 0,
  });
  if (high > 0) {
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
      if (v.severity === 'high' || v.severity === 'critical')
        console.error(
          `  ${v.severity}: ${name} ${v.range ?? ''} ${v.fixAvailable ? '(fix available)' : ''}`,
        );
    console.error(
      `npm audit: ${high} high or critical advisories in production dependencies`,
    );
    process.exit(1);
  }
  console.log(
    `npm audit: no high or critical advisories in production dependencies (${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low)`,
  );
  process.exit(0);
}

// No report: the audit itself failed. Only an unreachable advisory service is tolerated.
const text = `${run.stdout ?? ''}\n${run.stderr ?? ''}\n${run.error?.message ?? ''}`;
const unreachable =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|self.signed|certificate|audit endpoint returned an error|\b(404|405|500|502|503|504)\b[^\n]*advisories/i.test(
    text,
  ) || run.error?.code === 'ETIMEDOUT';
if (unreachable) {
  const why = (report?.message ?? text.trim().split('\n')[0] ?? '').slice(
    0,
    200,
  );
  record({ checked: false, reason: why });
  console.warn(
    `warning: npm audit could not reach the advisory service, so nothing was checked (${why})`,
  );
  process.exit(0);
}
console.error(text.trim());
process.exit(run.status || 1);
