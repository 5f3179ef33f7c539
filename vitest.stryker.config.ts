/**
 * vitest configuration for mutation testing (`npm run mutation`, stryker.config.json). Stryker
 * activates a mutant inside the test process, so only tests that run src/ in process can kill
 * one: the tests that spawn the CLI, a browser or a bundled copy of the library are left out
 * here (they run in `npm test`). tests/bad-input.test.ts runs, its error messages and options
 * checks included, but with QA_MUTATION set it skips its two large inputs (each would run again
 * for every mutant it covers) and its complexity guards (child processes). The property tests run
 * a smaller share of cases (FUZZ_RUNS) to keep each mutant's run short.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'tests/cli/**',
      'tests/browser/**',
      'tests/import.test.ts',
    ],
    env: { FUZZ_RUNS: process.env.MUTATION_FUZZ_RUNS ?? '600', QA_MUTATION: '1' },
    testTimeout: 60_000,
  },
});
