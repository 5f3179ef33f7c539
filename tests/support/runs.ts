/**
 * How many generated cases the property tests run.
 *
 * CI (`npm test`) runs the defaults below: {@link CI_TOTAL} cases in all, over 10,000. A fuzzing
 * run (`npm run fuzz -- N`, or FUZZ_RUNS=N) shares N cases among the same properties in the same
 * proportions; FUZZ_SEED=s replays a run (fast-check prints the seed of a failure).
 */
const env: Record<string, string | undefined> = typeof process !== 'undefined' ? process.env : {};
const asked = Number.parseInt(env.FUZZ_RUNS ?? '', 10);

/** The CI runs of each property. */
export const CI_RUNS = {
  /** Per arbitrary (5) and option set (2). */
  invariants: 900,
  analyze: 1_000,
  /** Per arbitrary (5): extractAttributions and its invariants. */
  attributions: 300,
  outsideQuotations: 1_000,
  sameResultTwice: 500,
  unattributedSuperset: 500,
  lineEndings: 400,
  spansIgnoreLexicons: 300,
  minConfidence: 300,
  notAString: 1_000,
  /** Texts analysed in small windows (as texts over a million code units are). */
  windows: 600,
  /** Inputs per option set (2) sent to one fresh process. */
  freshProcess: 300,
} as const;

/** How many times each property runs (properties that run once per arbitrary or option set count each time). */
export const MULTIPLIER: Readonly<Record<keyof typeof CI_RUNS, number>> = {
  invariants: 10, analyze: 1, attributions: 5, outsideQuotations: 1, sameResultTwice: 1, unattributedSuperset: 1, lineEndings: 2, spansIgnoreLexicons: 1, minConfidence: 1, notAString: 1, windows: 1, freshProcess: 2,
};

/** The cases CI runs in total. */
export const CI_TOTAL: number = (Object.keys(CI_RUNS) as (keyof typeof CI_RUNS)[]).reduce((n, k) => n + CI_RUNS[k] * MULTIPLIER[k], 0);

/** Whether this is a fuzzing run (FUZZ_RUNS given) rather than the CI default. */
export const FUZZING: boolean = Number.isFinite(asked) && asked > 0;

/** The runs of one property: its CI default, or its share of FUZZ_RUNS. */
export function runs(name: keyof typeof CI_RUNS): number {
  return FUZZING ? Math.max(1, Math.round((asked * CI_RUNS[name]) / CI_TOTAL)) : CI_RUNS[name];
}

/** fast-check parameters for one property. */
export function params(name: keyof typeof CI_RUNS): { numRuns: number; seed?: number } {
  const seed = Number.parseInt(env.FUZZ_SEED ?? '', 10);
  return { numRuns: runs(name), ...(Number.isFinite(seed) ? { seed } : {}) };
}

/** Test timeout: generous in CI, none when fuzzing. */
export const TIMEOUT: number = FUZZING ? 0 : 120_000;

/** Counts the generated cases actually run, to prove the total. */
export const counter = { cases: 0 };

/**
 * Whether the tests run under mutation testing (vitest.stryker.config.ts): Stryker's mutant is
 * active in this process only, so tests that run the library in another process are skipped.
 */
export const UNDER_MUTATION: boolean = env.QA_MUTATION === '1';
