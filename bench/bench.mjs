#!/usr/bin/env node
/**
 * Throughput benchmark of quote-attribution (the built dist: `extractQuotes`, and
 * `extractAttributions`, which finds reported speech of every form) against compromise's
 * `nlp(text).quotations()`, on pinned local text only: the five seed articles in seeds/*.txt, and
 * those seeds repeated to ~5 MB in memory (nothing is written to disk except the results JSON).
 *
 *   npm run bench                     # builds, then runs this file (≈ 1–2 minutes)
 *   node bench/bench.mjs --quick      # fewer runs, a tenth of the sizes: a smoke run of the script
 *
 * Method: warm-up passes, then several timed samples and their median. Each sample records the
 * wall-clock time (performance.now()) and the CPU time of the main thread, the one that runs the
 * JavaScript (Linux /proc/thread-self/schedstat, in ns; elsewhere process.cpuUsage(), which also
 * counts V8's helper threads). The rates and the verdicts use that CPU time: on an idle machine it
 * equals the wall-clock time, and on a busy one (other processes competing for the cores) it is
 * not inflated by waiting for a core. Wall-clock rates are printed beside it. A full GC runs before
 * each sample, so that one case's garbage is not collected during the next.
 * After that collection each sample first runs ≥ 50 ms of the case's own work untimed, so that the
 * young generation is back at its steady size (both libraries get the same treatment).
 * Cases that are compared (1× vs 10× the text) are sampled in alternation. compromise runs in a
 * child process of the same run, on the same texts (built the same way): sharing one V8 heap with
 * it slows quote-attribution by about 20 %, so each library is measured in a process of its own.
 * Units: "chars" are UTF-16 code units (String#length, what the library's offsets count);
 * "MB" are 10^6 bytes of the text encoded as UTF-8. One process, one thread: single-core numbers.
 *
 * Bars (from the issue): ≥ 2 MB/s on one core; ≥ 40× compromise on the same text; 10× the text
 * takes ≤ 11× the time. Results go to stdout and to bench/results/latest.json (git-ignored: they
 * describe one machine at one moment; quote the printed output instead).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
// Internal: the child process that measures compromise and prints its results as JSON.
const COMPROMISE_CHILD = process.argv.includes('--compromise-child');

// A full garbage collection on demand (the script runs as plain `node bench/bench.mjs`).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** CPU seconds of the main thread (Linux), or of the whole process elsewhere. */
const SCHEDSTAT = '/proc/thread-self/schedstat';
const CPU_CLOCK = (() => {
  try {
    return Number.isFinite(Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0])) ? 'main-thread CPU time (/proc/thread-self/schedstat)' : null;
  } catch {
    return null;
  }
})() ?? 'process CPU time (process.cpuUsage, all threads)';
const cpuSeconds = CPU_CLOCK.startsWith('main')
  ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e9
  : () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1e6;
    };

// ---------------------------------------------------------------------------------------------
// Text: the seeds, and corpora made of them, built in memory.

const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
if (seedFiles.length === 0) throw new Error('bench: no seeds/*.txt found');
const seeds = seedFiles.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const SEP = '\n\n';
const seedsAsOne = seeds.join(SEP);

/** The seeds repeated `reps` times, as separate articles. */
const articlesOf = (reps) => Array.from({ length: reps }, () => seeds).flat();
/** The seeds repeated `reps` times, concatenated into one document (paragraph breaks between). */
const documentOf = (reps) => Array.from({ length: reps }, () => seedsAsOne).join(SEP);
/** The smallest number of repetitions of the seeds that reaches `bytes` of UTF-8. */
const repsFor = (bytes) => Math.max(1, Math.ceil(bytes / Buffer.byteLength(seedsAsOne + SEP)));

const MB = 1e6;
const TARGET_BYTES = QUICK ? 0.5 * MB : 5 * MB; // the big corpus (10×)
const COMPROMISE_BYTES = QUICK ? 50_000 : 200_000; // compromise's slice (it runs ≈ 0.05–0.1 MB/s)
// Linearity compares 1× and exactly 10× the text: the big corpus is ten times the small one.
const SMALL_REPS = repsFor(TARGET_BYTES / 10);
const BIG_REPS = 10 * SMALL_REPS;
const SLICE_REPS = repsFor(COMPROMISE_BYTES);

function corpus(name, texts) {
  return {
    name,
    texts,
    articles: texts.length,
    chars: texts.reduce((n, t) => n + t.length, 0),
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Timing.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * A case: `fn` (returns the number of quotations, or of `unit`s, of one text) over every text of a corpus.
 * `warm()` runs untimed passes; `sample()` times one sample, which repeats the pass until it has
 * used `minSampleMs` of CPU so that small corpora are timed reliably; `result()` gives the median.
 */
function bench(label, c, fn, { minSampleMs = 250, unit = 'quotes' } = {}) {
  let quotes = -1;
  const samples = []; // CPU seconds of one pass
  const wall = []; // wall-clock seconds of one pass
  const pass = () => {
    let n = 0;
    for (const t of c.texts) n += fn(t);
    if (quotes !== -1 && n !== quotes) throw new Error(`bench: ${label}: ${quotes} ${unit}, then ${n}: not deterministic`);
    quotes = n;
  };
  return {
    warm(passes = 1) {
      for (let i = 0; i < passes; i++) pass();
    },
    sample() {
      gc();
      // After a full collection V8 shrinks its young generation; let it grow back to its steady
      // size on this case's own work (≥ 50 ms, untimed) before timing, as in a long-running job.
      for (const w0 = performance.now(); performance.now() - w0 < 50; ) fn(c.texts[0]);
      let passes = 0;
      const c0 = cpuSeconds();
      const t0 = performance.now();
      let c1 = c0;
      do {
        pass();
        passes++;
        c1 = cpuSeconds();
      } while ((c1 - c0) * 1000 < minSampleMs);
      const t1 = performance.now();
      samples.push((c1 - c0) / passes);
      wall.push((t1 - t0) / 1000 / passes);
    },
    result() {
      const s = median(samples);
      const w = median(wall);
      return {
        label,
        unit,
        corpus: c.name,
        articles: c.articles,
        chars: c.chars,
        bytes: c.bytes,
        runs: samples.length,
        quotes,
        // CPU time (the basis of the rates and verdicts)
        cpuSamplesSeconds: samples.map((x) => round(x, 6)),
        seconds: round(s, 6),
        charsPerSecond: Math.round(c.chars / s),
        mbPerSecond: round(c.bytes / MB / s, 4),
        quotesPerSecond: Math.round(quotes / s),
        articlesPerSecond: round(c.articles / s, 2),
        // wall-clock time
        wallSamplesSeconds: wall.map((x) => round(x, 6)),
        wallSeconds: round(w, 6),
        wallMbPerSecond: round(c.bytes / MB / w, 4),
      };
    },
  };
}

/** Samples the cases in alternation, `runs` rounds (fewer if `budgetSeconds` runs out), and returns their results. */
function alternate(cases, runs, budgetSeconds = Infinity) {
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) {
    for (const k of cases) k.sample();
    if ((performance.now() - t0) / 1000 > budgetSeconds) break;
  }
  return cases.map((k) => k.result());
}

const seedCorpus = corpus('seeds', seeds);
const slice = corpus(`seeds ×${SLICE_REPS}`, articlesOf(SLICE_REPS));
const COMPARE_RUNS = QUICK ? 2 : 3;

if (COMPROMISE_CHILD) {
  // compromise finds spans only (no speakers); .out('array') materialises them as strings, the
  // closest equivalent of our quote texts.
  const { default: nlp } = await import('compromise');
  const theirs = (t) => nlp(t).quotations().out('array').length;
  const cases = [
    bench('compromise, seeds', seedCorpus, theirs, { minSampleMs: 0 }),
    bench(`compromise, ${slice.name}`, slice, theirs, { minSampleMs: 0 }),
  ];
  cases[0].warm(3);
  const [seedsResult, sliceResult] = alternate(cases, COMPARE_RUNS);
  process.stdout.write(JSON.stringify({ version: nlp.version, seeds: seedsResult, slice: sliceResult }));
  process.exit(0);
}

/** Runs the compromise measurements in a child node process (this file with --compromise-child). */
function measureCompromise() {
  const args = [fileURLToPath(import.meta.url), '--compromise-child', ...(QUICK ? ['--quick'] : [])];
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

const { extractAttributions, extractQuotes } = await import('../dist/index.js');
const ours = (t) => extractQuotes(t).length;
/** Every act of reported speech (direct, mixed, indirect), with its speaker: the library's fuller call. */
const oursAttributions = (t) => extractAttributions(t).length;

// ---------------------------------------------------------------------------------------------
// Environment.

function gitDescribe() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'src') === '' ? head : `${head} + uncommitted src/ changes`;
  } catch {
    return null;
  }
}

const cpus = os.cpus();
const env = {
  date: new Date().toISOString(),
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGB: round(os.totalmem() / 2 ** 30, 1),
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
  v8: process.versions.v8,
  compromise: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version,
  quoteAttribution: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
  commit: gitDescribe(),
  loadAverageBefore: round(os.loadavg()[0], 2),
  loadAverageAfter: null,
  cpuClock: CPU_CLOCK,
  quick: QUICK,
};

const size = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} KB`);
const fmt = (r) =>
  `${r.label.padEnd(28)}${size(r.bytes).padStart(9)} ${String(r.articles).padStart(4)} art. ${r.seconds.toFixed(4).padStart(8)} s ` +
  `${r.mbPerSecond.toFixed(3).padStart(6)} MB/s ${(r.charsPerSecond / 1e6).toFixed(3).padStart(6)} Mchar/s ` +
  `${String(r.quotesPerSecond).padStart(6)} ${r.unit === 'quotes' ? 'quotes/s' : 'attr./s '} ${r.articlesPerSecond.toFixed(1).padStart(7)} art./s | wall ${r.wallSeconds.toFixed(4).padStart(8)} s ` +
  `${r.wallMbPerSecond.toFixed(3).padStart(6)} MB/s  (${r.quotes} ${r.unit}; median of ${r.runs})`;

console.log('quote-attribution benchmark');
console.log(`  date     ${env.date}`);
console.log(`  machine  ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB RAM, ${env.platform}`);
console.log(`  node     ${env.node} (V8 ${env.v8})`);
console.log(`  library  quote-attribution ${env.quoteAttribution} (dist/ built from ${env.commit ?? 'an unknown commit'}), compromise ${env.compromise}`);
console.log(`  text     ${seeds.length} seed articles, ${size(Buffer.byteLength(seedsAsOne))}, repeated in memory; one thread`);
console.log(`  timing   rates from the ${CPU_CLOCK}, median of the samples; wall clock after "|"`);
console.log(`  load     1-min load average ${env.loadAverageBefore} at start${env.loadAverageBefore > 0.5 ? ' (other processes are running: expect noise)' : ''}`);
if (QUICK) console.log('  --quick  a tenth of the sizes and fewer runs: a smoke run, not a measurement to quote');
console.log('');

const started = performance.now();
const smallArticles = corpus(`seeds ×${SMALL_REPS}`, articlesOf(SMALL_REPS));
const bigArticles = corpus(`seeds ×${BIG_REPS}`, articlesOf(BIG_REPS));
const smallDoc = corpus(`seeds ×${SMALL_REPS} joined`, [documentOf(SMALL_REPS)]);
const bigDoc = corpus(`seeds ×${BIG_REPS} joined`, [documentOf(BIG_REPS)]);

const RUNS = QUICK ? 3 : 5;
const results = {};

// Warm the JIT for our library (≈ 1 s of articles, each call) before anything is timed.
for (const t0 = performance.now(); performance.now() - t0 < (QUICK ? 300 : 1000); ) for (const t of seeds) ours(t);
for (const t0 = performance.now(); performance.now() - t0 < (QUICK ? 300 : 1000); ) for (const t of seeds) oursAttributions(t);

console.log(`1. quote-attribution (extractQuotes, and extractAttributions: reported speech of every form) vs compromise ${env.compromise}`);
console.log(`   nlp(text).quotations().out('array'), one call per article, on the same texts; compromise in a child process,`);
console.log(`   on the seeds and a ${size(slice.bytes)} slice only (it is slow)`);
{
  const cases = [
    bench('ours, seeds', seedCorpus, ours),
    bench('attributions, seeds', seedCorpus, oursAttributions, { unit: 'attributions' }),
    bench(`ours, ${slice.name}`, slice, ours),
    bench(`attributions, ${slice.name}`, slice, oursAttributions, { unit: 'attributions' }),
  ];
  cases[0].warm(20);
  cases[1].warm(20);
  cases[2].warm(3);
  cases[3].warm(3);
  [results.oursSeeds, results.attributionsSeeds, results.oursSlice, results.attributionsSlice] = alternate(cases, COMPARE_RUNS);
  const theirs = measureCompromise();
  results.compromiseSeeds = theirs.seeds;
  results.compromiseSlice = theirs.slice;
  for (const r of [results.oursSeeds, results.attributionsSeeds, results.compromiseSeeds, results.oursSlice, results.attributionsSlice, results.compromiseSlice]) console.log(`   ${fmt(r)}`);
  const vs = (ours, theirs) => (ours.mbPerSecond / theirs.mbPerSecond).toFixed(1);
  console.log(`   ratio to compromise, same run: extractQuotes ${vs(results.oursSlice, results.compromiseSlice)}×, extractAttributions ${vs(results.attributionsSlice, results.compromiseSlice)}× on the ${size(slice.bytes)} slice;`);
  console.log(`   extractQuotes ${vs(results.oursSeeds, results.compromiseSeeds)}×, extractAttributions ${vs(results.attributionsSeeds, results.compromiseSeeds)}× on the ${size(seedCorpus.bytes)} of seeds; extractAttributions / extractQuotes ${(results.attributionsSlice.mbPerSecond / results.oursSlice.mbPerSecond).toFixed(2)}× on the slice`);
}

console.log('2. quote-attribution, one call per article: 1× and 10× the text, sampled in alternation');
{
  const cases = [bench(`ours, 1×  ${smallArticles.name}`, smallArticles, ours), bench(`ours, 10× ${bigArticles.name}`, bigArticles, ours)];
  cases[0].warm(2);
  cases[1].warm(1);
  [results.oursSmallArticles, results.oursBigArticles] = alternate(cases, RUNS);
  for (const r of [results.oursSmallArticles, results.oursBigArticles]) console.log(`   ${fmt(r)}`);
}

console.log('3. quote-attribution, the text as ONE document (one call): 1× and 10×, sampled in alternation');
{
  const cases = [bench(`ours, 1×  ${smallDoc.name}`, smallDoc, ours), bench(`ours, 10× ${bigDoc.name}`, bigDoc, ours, { minSampleMs: 0 })];
  cases[0].warm(2); // the JIT is warm: the 10× document gets no untimed run of its own (it is slow)
  [results.oursSmallDocument, results.oursBigDocument] = alternate(cases, QUICK ? 2 : 3, 45);
  for (const r of [results.oursSmallDocument, results.oursBigDocument]) console.log(`   ${fmt(r)}`);
}
const elapsed = (performance.now() - started) / 1000;
env.loadAverageAfter = round(os.loadavg()[0], 2);

// ---------------------------------------------------------------------------------------------
// Verdicts.

const ratioSlice = results.oursSlice.mbPerSecond / results.compromiseSlice.mbPerSecond;
const ratioSeeds = results.oursSeeds.mbPerSecond / results.compromiseSeeds.mbPerSecond;
const ratioAttributionsSlice = results.attributionsSlice.mbPerSecond / results.compromiseSlice.mbPerSecond;
const ratioAttributionsSeeds = results.attributionsSeeds.mbPerSecond / results.compromiseSeeds.mbPerSecond;
const scale = bigArticles.bytes / smallArticles.bytes;
const maxTime = 1.1 * scale; // "10× text ≤ 11× time", for the exact size ratio
const linArticles = results.oursBigArticles.seconds / results.oursSmallArticles.seconds;
const linDoc = results.oursBigDocument.seconds / results.oursSmallDocument.seconds;
const rate = results.oursBigArticles.mbPerSecond;
const rateDoc = results.oursBigDocument.mbPerSecond;

const bars = {
  throughput: { bar: `≥ 2 MB/s on one core (${size(bigArticles.bytes)}, one call per article)`, value: rate, pass: rate >= 2 },
  vsCompromise: { bar: `≥ 40× compromise (same ${size(slice.bytes)} of articles, same run)`, value: round(ratioSlice, 1), pass: ratioSlice >= 40 },
  linearityArticles: { bar: `10× text ≤ 11× time (${size(smallArticles.bytes)} → ${size(bigArticles.bytes)}, one call per article)`, value: round(linArticles, 2), pass: linArticles <= maxTime },
  linearityOneDocument: { bar: `10× text ≤ 11× time (${size(smallDoc.bytes)} → ${size(bigDoc.bytes)} as one document)`, value: round(linDoc, 2), pass: linDoc <= maxTime },
  throughputOneDocument: { bar: `≥ 2 MB/s on one core (${size(bigDoc.bytes)} as one document)`, value: rateDoc, pass: rateDoc >= 2 },
};

const verdict = (b) => (b.pass ? 'PASS' : 'FAIL');
console.log('');
console.log('bars:');
console.log(`  ${verdict(bars.throughput)}  throughput  ${rate.toFixed(2)} MB/s on ${size(bigArticles.bytes)} of articles (≥ 2 MB/s)`);
console.log(`  ${verdict(bars.vsCompromise)}  vs compromise  ${ratioSlice.toFixed(1)}× on the same ${size(slice.bytes)} of articles (≥ 40×); ${ratioSeeds.toFixed(1)}× on the ${size(seedCorpus.bytes)} of seeds`);
console.log(`  ${verdict(bars.linearityArticles)}  linearity, articles  ${linArticles.toFixed(2)}× time for ${scale.toFixed(2)}× text (≤ ${maxTime.toFixed(2)}×)`);
console.log(`  ${verdict(bars.linearityOneDocument)}  linearity, one document  ${linDoc.toFixed(2)}× time for ${scale.toFixed(2)}× text (≤ ${maxTime.toFixed(2)}×)`);
console.log(`  ${verdict(bars.throughputOneDocument)}  throughput, one document  ${rateDoc.toFixed(2)} MB/s on ${size(bigDoc.bytes)} as one call (≥ 2 MB/s)`);
console.log(`  (not a bar)  extractAttributions  ${results.attributionsSlice.mbPerSecond.toFixed(3)} MB/s, ${ratioAttributionsSlice.toFixed(1)}× compromise on the same ${size(slice.bytes)} of articles; ${ratioAttributionsSeeds.toFixed(1)}× on the ${size(seedCorpus.bytes)} of seeds`);
console.log('  compromise finds quotation spans only; quote-attribution also finds and clusters the speakers,');
console.log('  and extractAttributions also finds reported speech without marks (indirect, mixed).');
console.log(`total ${elapsed.toFixed(1)} s; 1-min load average ${env.loadAverageBefore} at start, ${env.loadAverageAfter} at end`);

const out = {
  env,
  sizes: { seedArticles: seeds.length, seedsBytes: Buffer.byteLength(seedsAsOne), sliceReps: SLICE_REPS, smallReps: SMALL_REPS, bigReps: BIG_REPS },
  results,
  ratios: {
    quotesVsCompromiseSlice: round(ratioSlice, 2),
    quotesVsCompromiseSeeds: round(ratioSeeds, 2),
    attributionsVsCompromiseSlice: round(ratioAttributionsSlice, 2),
    attributionsVsCompromiseSeeds: round(ratioAttributionsSeeds, 2),
  },
  bars,
  elapsedSeconds: round(elapsed, 1),
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
console.log('written bench/results/latest.json');
