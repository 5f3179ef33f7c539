#!/usr/bin/env node
/**
 * Compares the speed of two builds of the library in one process, for a change that should not
 * change behaviour (a refactor, a speed-up): passes over the same pinned text alternate between
 * the two builds, each timed in CPU time of the main thread, and the ratio of each pair is kept.
 *
 *   cp -r dist /tmp/dist-before          # on the commit before the change, after npm run build
 *   npm run build                        # on the change
 *   node bench/compare.mjs /tmp/dist-before dist [rounds] [extra.jsonl]
 *
 * The text: the seed articles (seeds/*.txt), one call per article, repeated to about 2 MB; with a
 * JSONL file of {"text"} lines, those articles too. It also checks that both builds give the same
 * analyze() output on every article (byte for byte, as JSON). Prints the medians and the spread of
 * the B/A time ratio: below 1, B is faster.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const cpuSeconds = () => {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  }
};

const [a, b, roundsArg, extra] = process.argv.slice(2);
if (a === undefined || b === undefined) {
  console.error('usage: node bench/compare.mjs DIST_A DIST_B [rounds] [articles.jsonl]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);
const load = (dir) => import(pathToFileURL(join(resolve(dir), 'index.js')).href);
const [A, B] = [await load(a), await load(b)];

const seeds = join(import.meta.dirname, '..', 'seeds');
const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf8'));
if (extra !== undefined) for (const line of readFileSync(extra, 'utf8').split('\n')) if (line.trim() !== '') articles.push(JSON.parse(line).text);
const texts = [];
for (let size = 0; size < 2e6 || texts.length < articles.length; ) for (const t of articles) { texts.push(t); size += Buffer.byteLength(t); }
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

let differ = 0;
for (const t of articles) if (JSON.stringify(A.analyze(t)) !== JSON.stringify(B.analyze(t))) differ++;

function pass(lib) {
  gc();
  const t0 = cpuSeconds();
  for (const t of texts) lib.analyze(t);
  return cpuSeconds() - t0;
}
for (let i = 0; i < 3; i++) { pass(A); pass(B); }
const ta = [];
const tb = [];
const ratios = [];
for (let i = 0; i < rounds; i++) {
  // (Which build goes first alternates too.)
  const [x, y] = i % 2 === 0 ? [pass(A), pass(B)] : [pass(B), pass(A)].reverse();
  ta.push(x);
  tb.push(y);
  ratios.push(y / x);
}
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
console.log(`${texts.length} calls, ${megabytes.toFixed(2)} MB a pass, ${rounds} rounds; node ${process.version}`);
console.log(`analyze() output: ${differ === 0 ? 'identical' : `DIFFERS on ${differ} of ${articles.length} articles`}`);
console.log(`A ${a}: ${(megabytes / median(ta)).toFixed(2)} MB/s   B ${b}: ${(megabytes / median(tb)).toFixed(2)} MB/s (medians)`);
console.log(`B/A time: median ${median(ratios).toFixed(3)}, range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}`);
