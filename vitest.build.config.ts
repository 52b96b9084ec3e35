import { defineConfig } from 'vitest/config';

/** The slow tests that run whole builds (tests/build/): separate from the unit tests. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // A build takes 1 to 3 minutes on a quiet two-core machine and several times that on a busy
    // one: the limit is only for a build that is stuck.
    testTimeout: 900_000,
    hookTimeout: 120_000,
    // One build at a time: the copies share node_modules (and with it Astro's and Vite's caches),
    // so two builds at once can read each other's content (seen: a synonym check failing in the wrong copy).
    fileParallelism: false,
  },
});
