import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ when it is missing or older than src/ (tests/import.test.ts loads the built package).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
  },
});
