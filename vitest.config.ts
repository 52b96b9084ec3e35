import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One module cache per worker: the model (and the OpenCC tables behind the Traditional edition)
    // is built once per worker, not once per file. The modules under test are pure or build their
    // caches from the same content, so files cannot disturb each other.
    isolate: false,
    // Building the model takes seconds on a quiet machine and many more on a busy one: the limit
    // (vitest's default is 5 s) is only for a test that is stuck.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
