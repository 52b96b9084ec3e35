import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One module cache per worker: the model (and the OpenCC tables behind the Traditional edition)
    // is built once per worker, not once per file. The modules under test are pure or build their
    // caches from the same content, so files cannot disturb each other.
    isolate: false,
  },
});
