import { defineConfig } from 'vitest/config';

// The fault suites stop services and spawn the built server: not part of `npm test`.
// Run with `npm run test:faults` (after `npm run build`), one file at a time.
export default defineConfig({
  test: {
    globals: true,
    include: ['test/faults/**/*.fault-spec.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
