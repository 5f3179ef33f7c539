#!/usr/bin/env node
/**
 * Fuzzing: runs the property tests (tests/properties.test.ts) and the regression fixtures
 * (tests/regressions/) with N generated cases shared among the properties, instead of CI's ~14,000.
 *
 *   npm run fuzz                 # 100,000 cases
 *   npm run fuzz -- 1000000      # a million
 *   FUZZ_RUNS=1000000 npm run fuzz
 *   npm run fuzz -- 200000 --seed 1400608562   # replay a failure's seed (fast-check prints it)
 *
 * A failure prints the minimal counterexample: add it as a fixture in tests/regressions/.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = process.env.FUZZ_RUNS ?? '100000';
let seed = process.env.FUZZ_SEED;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = args[++i];
  else if (/^\d+$/.test(args[i].replace(/_/g, ''))) runs = args[i].replace(/_/g, '');
  else {
    console.error(`fuzz: unknown argument ${args[i]}\nusage: npm run fuzz -- [cases] [--seed n]`);
    process.exit(2);
  }
}
console.log(`fuzz: ${Number(runs).toLocaleString('en')} generated cases${seed === undefined ? '' : `, seed ${seed}`}`);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed === undefined ? {} : { FUZZ_SEED: seed }) };
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/properties.test.ts', 'tests/regressions/'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
