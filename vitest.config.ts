import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ when it is missing or older than src/ (tests/import.test.ts loads the built package).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    // `npm run coverage`: v8 coverage of the library. src/cli/** and src/report/** are left out:
    // the CLI is tested by spawning it (tests/cli/cli.test.ts) and the report page in headless
    // Chromium (tests/browser/), which v8 coverage of the test process cannot see.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/cli/**', 'src/report/**', 'src/**/*.d.ts'],
      reporter: ['text', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
