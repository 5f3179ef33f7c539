#!/usr/bin/env node
/**
 * Mutation testing (`npm run mutation`): runs Stryker with stryker.config.json on every engine
 * folder and the English language pack, prints the score of each folder, and fails when the
 * overall score is below 75% or a folder's below 70%. `--mutate 'src/text/**'` runs part of it.
 *
 * Stryker 10's command line refuses Node < 22 (its package.json asks for >= 22), while this
 * project's machines run Node 20. Its API has no such guard, and works on Node 20 for this
 * configuration, so this script calls the API. On Node 22+ `npx stryker run` does the same.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package's entry point also loads its CLI, whose first statement is the Node version guard:
// load the Stryker class from its own module, by path.
const { Stryker } = await import(pathToFileURL(join(root, 'node_modules', '@stryker-mutator', 'core', 'dist', 'src', 'stryker.js')).href);
process.chdir(root);

// `--mutate GLOB[,GLOB…]` mutates only those files (a partial run; the bars then apply to them).
const at = process.argv.indexOf('--mutate');
const mutate = at > 0 ? process.argv[at + 1]?.split(',') : undefined;
const stryker = new Stryker({
  configFile: 'stryker.config.json',
  ...(process.argv.includes('--dry-run') ? { dryRunOnly: true } : {}),
  ...(mutate !== undefined ? { mutate } : {}),
});

/** The bars: the score over every mutated file, and the score of each folder. */
const OVERALL_BAR = 75;
const FOLDER_BAR = 70;

/** Detected (killed or timed out) and counted mutants of a list of results. */
function score(results) {
  const counted = results.filter((r) => r.status !== 'Ignored' && r.status !== 'CompileError' && r.status !== 'RuntimeError');
  const detected = counted.filter((r) => r.status === 'Killed' || r.status === 'Timeout').length;
  return { detected, counted: counted.length, percent: counted.length === 0 ? NaN : (100 * detected) / counted.length };
}

try {
  const results = await stryker.runMutationTest();
  const folders = new Map();
  for (const r of results) {
    const folder = dirname(relative(join(root, 'src'), resolve(root, r.fileName))) || '.';
    if (!folders.has(folder)) folders.set(folder, []);
    folders.get(folder).push(r);
  }
  let failed = false;
  for (const [folder, rs] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const s = score(rs);
    if (s.counted === 0) continue;
    const ok = s.percent >= FOLDER_BAR;
    failed ||= !ok;
    console.log(`  src/${folder.padEnd(16)} ${s.percent.toFixed(2).padStart(6)}% (${s.detected} of ${s.counted})${ok ? '' : `  below ${FOLDER_BAR}%`}`);
  }
  const all = score(results);
  const ok = all.percent >= OVERALL_BAR;
  failed ||= !ok;
  console.log(`mutation score: ${all.counted === 0 ? 'n/a' : all.percent.toFixed(2)}% (${all.detected} of ${all.counted} mutants detected)${ok ? '' : `  below ${OVERALL_BAR}%`}`);
  if (failed && !process.argv.includes('--dry-run')) process.exitCode = 1;
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
