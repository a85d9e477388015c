#!/usr/bin/env node
// Prints test-results/hardening-summary.json, which the hardening suites (fuzzing, authorisation
// matrix, headers, sockets, faults, load) and scripts/npm-audit.mjs fill in: one block per suite,
// one line per database, then the headline figures. Exits 1 when the file is missing or a
// headline figure that must be zero is not.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-results',
  'hardening-summary.json',
);
let summary;
try {
  summary = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.error(`no hardening summary at ${file}: run npm test first`);
  process.exit(1);
}

const suites = summary.suites ?? {};
const format = (v) =>
  typeof v === 'number'
    ? v.toLocaleString('en-GB')
    : v !== null && typeof v === 'object'
      ? JSON.stringify(v)
      : String(v);
console.log('hardening summary');
for (const [suite, byDatabase] of Object.entries(suites).sort()) {
  console.log(`  ${suite}`);
  for (const [database, figures] of Object.entries(byDatabase)) {
    const shown = Object.entries(figures)
      .filter(([k]) => k !== 'at')
      .map(([k, v]) => `${k} ${format(v)}`)
      .join(', ');
    console.log(`    ${database.padEnd(7)} ${shown}`);
  }
}

// headline figures, summed over databases: [label, suite, figure, must be zero]
const headline = [
  ['requests fuzzed', 'fuzz', 'requests', false],
  ['5xx answers to fuzzing', 'fuzz', 'serverErrors', true],
  ['badly formed 4xx', 'fuzz', 'formatViolations', true],
  ['requests fuzzed field by field', 'fuzz-fields', 'requests', false],
  ['5xx answers field by field', 'fuzz-fields', 'serverErrors', true],
  ['page requests fuzzed', 'fuzz-pages', 'requests', false],
  ['5xx answers on pages', 'fuzz-pages', 'serverErrors', true],
  ['authorisation cells checked', 'authz', 'cellsChecked', false],
  [
    'authorisation outcomes not as expected',
    'authz',
    'unexpectedOutcomes',
    true,
  ],
  ['leaks of e-mails, communities or pairs', 'authz', 'leaks', true],
  ['high or critical advisories', 'npm-audit', 'high', true],
];
const sum = (suite, figure) => {
  const values = Object.values(suites[suite] ?? {})
    .map((f) => f[figure])
    .filter((v) => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
};
let bad = false;
console.log('  headline');
for (const [label, suite, figure, mustBeZero] of headline) {
  const v = sum(suite, figure);
  if (v === undefined) continue;
  const wrong = mustBeZero && v !== 0;
  bad ||= wrong;
  console.log(`    ${label}: ${format(v)}${wrong ? '  <-- must be 0' : ''}`);
}
// figures other suites report that must be zero (faults, load, sockets): by name
for (const [suite, byDatabase] of Object.entries(suites))
  for (const [database, figures] of Object.entries(byDatabase))
    for (const [k, v] of Object.entries(figures))
      if (
        /lost|delivered ?to ?attackers|crash/i.test(k) &&
        (typeof v === 'number' || typeof v === 'boolean')
      ) {
        const wrong = typeof v === 'number' ? v !== 0 : v;
        bad ||= wrong;
        console.log(
          `    ${suite} ${k} (${database}): ${format(v)}${wrong ? '  <-- must be 0' : ''}`,
        );
      }
process.exit(bad ? 1 : 0);
