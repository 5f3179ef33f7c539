/**
 * Child process of tests/optimised-code.test.ts, run with --expose-gc --trace-deopt: analyses the
 * seed articles until V8 has optimised the analysis, forces a full garbage collection between two
 * texts (when no per-text object is alive), and analyses them again. V8 prints a line with
 * "reason: weak objects" for each optimised function it throws away because an object its code
 * depends on was collected.
 *
 * A canary checks that the trace still says so: `canaryRead`, optimised against the maps of objects
 * of a vm context that is then dropped, must be reported by the same collection, with the same
 * wording, so that the parent's check cannot pass because V8 printed nothing or worded it otherwise.
 *
 *   node --expose-gc --trace-deopt tests/support/gc-between-texts.mjs <library.mjs> <seeds dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [libPath, seeds] = process.argv.slice(2);
const { createExtractor } = await import(pathToFileURL(libPath).href);
const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf8'));
const extractor = createExtractor();
for (let i = 0; i < 400; i++) extractor.analyze(texts[i % texts.length]);

/** The canary: optimised code that depends on maps that die at the next full collection. */
function canaryRead(o) {
  return o.canaryB + o.canaryA;
}
function warmCanary() {
  const context = vm.createContext({});
  const objects = vm.runInContext('Array.from({ length: 100 }, (_, i) => ({ canaryA: i, canaryB: i }))', context);
  let sum = 0;
  for (let k = 0; k < 2000; k++) for (const o of objects) sum += canaryRead(o);
  return sum;
}
warmCanary();

console.log('--- full collection ---');
globalThis.gc();
for (let i = 0; i < 50; i++) extractor.analyze(texts[i % texts.length]);
