#!/usr/bin/env node
/**
 * Adversarial benchmark (`npm run bench:adversarial`): for each input of
 * bench/adversarial-inputs.mjs, the time of extractQuotes against ordinary news text of the same
 * length (the seed articles repeated), as a ratio, with the goal of at most 5×; then the peak
 * memory of one call on 50 MB of news text, with the goal of at most 10× the text's size.
 *
 * Each case runs in a child process (bench/adversarial-child.mjs) that is killed at a time limit,
 * and the memory in another (bench/memory-child.mjs), so that its maxRSS is that call's.
 *
 *   node bench/adversarial.mjs [--runs 3] [--only text] [--memory-mb 50] [--no-memory] [--json file]
 *
 * Reads the built package (dist/index.js): the npm script builds it first.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './adversarial-inputs.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const LIB = join(HERE, '..', 'dist', 'index.js');
const GOAL_RATIO = 5;
const GOAL_MEMORY = 10;
/** A case is killed after this many times its baseline (and at least KILL_FLOOR_MS). */
const KILL_FACTOR = 100;
const KILL_FLOOR_MS = 60_000;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', '3'));
const only = opt('only', '');
const memoryMb = Number(opt('memory-mb', '50'));
const jsonOut = opt('json', '');
const noMemory = args.includes('--no-memory');

/** Runs a child and collects its JSON lines; kills it when `limit(lines)` ms have passed since the last line. */
function child(script, childArgs, limit, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...nodeArgs, join(HERE, script), ...childArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let out = '';
    let err = '';
    let killed = false;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { killed = true; p.kill('SIGKILL'); }, limit(lines));
    };
    arm();
    p.stdout.on('data', (d) => {
      out += d;
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        lines.push(JSON.parse(out.slice(0, nl)));
        out = out.slice(nl + 1);
        arm();
      }
    });
    p.stderr.on('data', (d) => { err += d; });
    p.on('exit', (code) => {
      clearTimeout(timer);
      if (killed || code === 0) resolve({ lines, killed });
      else reject(new Error(`${script} ${childArgs.join(' ')} exited with ${code}:\n${err}`));
    });
  });
}

const fmt = (n, d = 0) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const MB = 1_000_000;

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memory: `${fmt(totalmem() / 2 ** 30, 1)} GiB`, os: `${platform()} ${release()}`, node: process.version };
console.log(`quote-attribution adversarial benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os}, Node ${machine.node}`);
console.log(`time of each input / time of news text of the same length (best of ${runs}; goal ≤ ${GOAL_RATIO}×)\n`);
const header = ['input', 'chars', 'news ms', 'input ms', 'ratio', ''];
const rows = [];
const results = [];
for (const c of CASES) {
  if (only !== '' && !c.name.includes(only)) continue;
  const { lines, killed } = await child('adversarial-child.mjs', [LIB, c.name, String(runs)], (ls) => {
    const b = ls.find((l) => l.baseline !== undefined);
    return b === undefined ? 10 * KILL_FLOOR_MS : Math.max(KILL_FLOOR_MS, KILL_FACTOR * b.baseline) * runs;
  });
  const b = lines.find((l) => l.baseline !== undefined);
  const done = lines.find((l) => l.ms !== undefined);
  const ratio = done === undefined ? Infinity : done.ms / b.baseline;
  const ok = !killed && ratio <= GOAL_RATIO;
  results.push({ name: c.name, chars: b?.length ?? null, baselineMs: b?.baseline ?? null, ms: done?.ms ?? null, ratio: Number.isFinite(ratio) ? ratio : null, quotes: done?.quotes ?? null, killed, ok });
  const row = [c.name, fmt(b?.length ?? 0), fmt(b?.baseline ?? NaN, 1), killed ? 'killed' : fmt(done.ms, 1), killed ? `>${KILL_FACTOR}×` : `${fmt(ratio, 2)}×`, ok ? 'ok' : 'OVER'];
  rows.push(row);
  console.log(row.map((v, i) => (i === 0 ? v.padEnd(84) : v.padStart(10))).join(' '));
}

let memory = null;
if (!noMemory) {
  console.log(`\npeak memory of one extractQuotes call on ${memoryMb} MB of news text (goal ≤ ${GOAL_MEMORY}× the text's UTF-8 size)`);
  const { lines, killed } = await child('memory-child.mjs', [LIB, String(memoryMb)], () => 1_800_000, ['--expose-gc']);
  const m = lines[0];
  if (killed || m === undefined) console.log('  killed after 30 minutes');
  else {
    const peakAbove = m.maxRss - m.rssStart;
    memory = { ...m, peakAboveStart: peakAbove, ratio: m.maxRss / m.bytes, ratioAboveStart: peakAbove / m.bytes, ok: m.maxRss / m.bytes <= GOAL_MEMORY };
    console.log(`  text: ${fmt(m.bytes / MB, 1)} MB UTF-8 (${fmt(m.chars)} UTF-16 code units), ${fmt(m.quotes)} quotations in ${fmt(m.ms / 1000, 1)} s`);
    console.log(`  resident set: ${fmt(m.rssStart / MB)} MB at start, ${fmt(m.rssText / MB)} MB with the text, peak (maxRSS) ${fmt(m.maxRss / MB)} MB`);
    console.log(`  peak / text size: ${fmt(memory.ratio, 1)}× (${fmt(memory.ratioAboveStart, 1)}× counting only what the text and the call added) — ${memory.ok ? 'ok' : 'OVER'}`);
  }
}

const over = results.filter((r) => !r.ok);
console.log(`\n${results.length - over.length} of ${results.length} inputs within ${GOAL_RATIO}×${over.length > 0 ? `; over: ${over.map((r) => r.name).join('; ')}` : ''}`);
if (memory !== null) console.log(`peak memory ${fmt(memory.ratio, 1)}× the text's size: ${memory.ok ? 'within' : 'OVER'} the ${GOAL_MEMORY}× goal`);
if (jsonOut !== '') writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), machine, runs, goalRatio: GOAL_RATIO, cases: results, memory }, null, 2) + '\n');
