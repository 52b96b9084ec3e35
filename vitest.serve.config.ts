import { defineConfig } from 'vitest/config';

/** The serving tests (tests/serve/): the real server and nginx on the built site, so they run after the build. */
export default defineConfig({
  test: {
    include: ['tests/serve/**/*.test.ts'],
    environment: 'node',
    // Generous: only a stuck test hits these, not a slow machine.
    testTimeout: 300_000,
    hookTimeout: 180_000,
    // The probe and the nginx comparison measure throughput: one at a time.
    fileParallelism: false,
    // One module cache for all the files (as in vitest.config.ts): the content model, the search
    // engine and the OpenCC tables are loaded once, not once per file (import 6.9 s → 3.5 s, quiet).
    // Each file starts and stops its own servers; the modules they share hold no state of a run.
    isolate: false,
  },
});
