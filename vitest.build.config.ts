import { defineConfig } from 'vitest/config';

/** The slow tests that run whole builds (tests/build/): separate from the unit tests. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    fileParallelism: false,
    // The broken builds fail early, at content loading: two at a time keep both cores busy.
    sequence: { concurrent: true },
    maxConcurrency: 2,
  },
});
