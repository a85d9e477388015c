import { defineConfig } from 'vitest/config';

// Two projects: fast unit specs next to the source, and e2e suites in test/ that boot a real
// Nest app on a random port against a real database (SQLite by default, MariaDB with DATABASE_URL).
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e-spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // e2e files share one MariaDB server when DATABASE_URL is set; each file gets its own
          // database, but running two files at once would double the load on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
