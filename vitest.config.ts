import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/corpus/**', 'node_modules/**', 'dist/**'],
    // Site builds and browser tests take seconds each; unit tests are fast.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
