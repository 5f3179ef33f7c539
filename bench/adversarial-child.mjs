/**
 * Child process of bench/adversarial.mjs and tests/adversarial.test.ts: times one adversarial case
 * against ordinary news text of the same length, in a process of its own so that the parent can
 * kill it at a time limit.
 *
 *   node bench/adversarial-child.mjs <library.js> <case name> [runs] [result.json]
 *
 * Prints one JSON line when the baseline is known ({"baseline": ms}) and one when the case is done
 * ({"ms": best of `runs`, "quotes": count}); writes the case's quotations to result.json if given.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CASES, newsText } from './adversarial-inputs.mjs';

const [libPath, caseName, runsArg = '1', outFile] = process.argv.slice(2);
const { extractQuotes } = await import(pathToFileURL(libPath).href);
const c = CASES.find((x) => x.name === caseName);
if (c === undefined) throw new Error(`unknown case: ${caseName}`);
const runs = Math.max(1, Number.parseInt(runsArg, 10) || 1);
const OPTIONS = { includeUnattributed: true };

const input = c.make();
const news = newsText(input.length);
extractQuotes(newsText(50_000), OPTIONS); // warm up the JIT on ordinary text
const time = (text) => {
  const t0 = performance.now();
  const quotes = extractQuotes(text, OPTIONS);
  return { ms: performance.now() - t0, quotes };
};
let baseline = Infinity;
for (let i = 0; i < Math.max(2, runs); i++) baseline = Math.min(baseline, time(news).ms);
process.stdout.write(JSON.stringify({ baseline, length: input.length }) + '\n');
let best = Infinity;
let quotes = [];
for (let i = 0; i < runs; i++) {
  const r = time(input);
  best = Math.min(best, r.ms);
  quotes = r.quotes;
}
if (outFile !== undefined) writeFileSync(outFile, JSON.stringify({ input: input.length, quotes }));
process.stdout.write(JSON.stringify({ ms: best, quotes: quotes.length }) + '\n');
