/**
 * Bad and hostile input: wrong argument types, wrong options, empty text, very large text, input
 * built to make the pairing and the sieves blow up, purity between calls, and offsets.
 *
 * The complexity guards run the library in a child process (src bundled once with esbuild), so a
 * quadratic blow-up is killed at its time limit instead of hanging the suite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, createExtractor, extractAttributions, extractQuotes, type Attribution, type ExtractOptions, type Quote, type Span } from '../src/index.js';
import { checkAttributions } from './support/invariants.js';
import { UNDER_MUTATION } from './support/runs.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const seedNames = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seeds = seedNames.map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const fixtureTexts: readonly [string, string][] = readdirSync(join(root, 'tests', 'fixtures'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [`fixture ${f}`, (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', f), 'utf8')) as { text: string }).text]);

/** Ordinary news text of exactly `n` UTF-16 code units: the seeds repeated. */
function news(n: number): string {
  const all = seeds.join('\n\n') + '\n\n';
  return all.repeat(Math.ceil(n / all.length)).slice(0, n);
}

/** The error thrown by `fn`, or a failure when it throws nothing. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw, but the call returned');
}

// ---------------------------------------------------------------------------------------------

describe('non-string text', () => {
  const BAD: readonly [string, unknown, RegExp][] = [
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number 42/],
    ['a boolean', true, /boolean true/],
    ['a bigint', 10n, /bigint 10/],
    ['a plain object', {}, /object/],
    ['an array', [], /array/],
    ['an array of strings', ['“Hi,” he said.'], /array of length 1/],
    ['a Buffer', Buffer.from('“We will win,” Assad said.'), /Buffer/],
    ['a String object', new String('“We will win,” Assad said.'), /String/],
    ['a symbol', Symbol('text'), /symbol/],
    ['a function', () => 'text', /function/],
  ];
  const CALLS: readonly [string, (v: unknown) => unknown][] = [
    ['extractQuotes', (v) => extractQuotes(v as string)],
    ['analyze', (v) => analyze(v as string)],
    ['extractAttributions', (v) => extractAttributions(v as string)],
    ['extractor.extractAttributions', (v) => createExtractor().extractAttributions(v as string)],
    ['extractor.extractQuotes', (v) => createExtractor().extractQuotes(v as string)],
    ['extractor.analyze', (v) => createExtractor().analyze(v as string)],
  ];
  for (const [call, fn] of CALLS) {
    it.each(BAD)(`${call}(%s) throws a TypeError naming what it received`, (_, value, names) => {
      const e = thrown(() => fn(value));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message.startsWith('quote-attribution:')).toBe(true);
      expect(e.message).toMatch(names);
    });
  }
});

describe('bad options', () => {
  const BAD: readonly [string, unknown, RegExp][] = [
    ['null', null, /null/],
    ['a number', 42, /number 42/],
    ['a string', 'fast', /string/],
    ['an array', [], /array/],
    ['a function', () => ({}), /function/],
    ['an unknown key', { includeUnatributed: true }, /"includeUnatributed"/],
    ['an unknown key among good ones', { cueVerbs: ['quipped'], lang: 'en' }, /"lang"/],
    ['includeUnattributed as a string', { includeUnattributed: 'yes' }, /includeUnattributed.*string/],
    ['includeUnattributed as a number', { includeUnattributed: 1 }, /includeUnattributed.*number 1/],
    ['cueVerbs as a string', { cueVerbs: 'quipped' }, /cueVerbs.*string/],
    ['cueVerbs with a number', { cueVerbs: ['quipped', 1] }, /cueVerbs.*array/],
    ['cueVerbs with null', { cueVerbs: [null] }, /cueVerbs/],
    ['cueVerbs as an object', { cueVerbs: {} }, /cueVerbs.*object/],
    ['titles as a string', { titles: 'Archbishop' }, /titles.*string/],
    ['titles with a number', { titles: [42] }, /titles/],
    ['organizationWords with a boolean', { organizationWords: [true] }, /organizationWords/],
    ['minConfidence as a string', { minConfidence: '0.5' }, /minConfidence.*string/],
    ['minConfidence NaN', { minConfidence: Number.NaN }, /minConfidence.*NaN/],
    ['minConfidence below 0', { minConfidence: -0.1 }, /minConfidence.*-0\.1/],
    ['minConfidence above 1', { minConfidence: 1.5 }, /minConfidence.*1\.5/],
    ['minConfidence Infinity', { minConfidence: Number.POSITIVE_INFINITY }, /minConfidence.*Infinity/],
  ];
  const CALLS: readonly [string, (o: unknown) => unknown][] = [
    ['extractQuotes', (o) => extractQuotes('“We will win,” Assad said.', o as ExtractOptions)],
    ['analyze', (o) => analyze('“We will win,” Assad said.', o as ExtractOptions)],
    ['createExtractor', (o) => createExtractor(o as ExtractOptions)],
  ];
  for (const [call, fn] of CALLS) {
    it.each(BAD)(`${call} with %s throws a TypeError naming it`, (_, options, names) => {
      const e = thrown(() => fn(options));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message.startsWith('quote-attribution:')).toBe(true);
      expect(e.message).toMatch(names);
    });
  }

  it('accepts undefined, {} and every option with the right type', () => {
    const text = '“Not today,” the archbishop harrumphed.';
    expect(() => extractQuotes(text, undefined)).not.toThrow();
    expect(() => extractQuotes(text, {})).not.toThrow();
    const all: ExtractOptions = { includeUnattributed: true, cueVerbs: ['harrumphed'], titles: ['Vizier'], organizationWords: ['Bundestag'], minConfidence: 0.5 };
    expect(() => extractQuotes(text, all)).not.toThrow();
    expect(() => analyze(text, all)).not.toThrow();
    expect(() => createExtractor(all).extractQuotes(text)).not.toThrow();
    expect(extractQuotes(text, { cueVerbs: ['harrumphed'] })).toHaveLength(1);
  });
});

describe('empty and blank text', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['line breaks', '\n\n\r\n\r'],
    ['tabs and no-break spaces', '\t\u00a0\u2003\u202f'],
    ['Unicode line and paragraph separators', '\u2028\u2029'],
    ['a byte-order mark and spaces', '\ufeff  '],
  ])('%s gives []', (_, text) => {
    expect(extractQuotes(text)).toEqual([]);
    expect(extractQuotes(text, { includeUnattributed: true })).toEqual([]);
    expect(analyze(text)).toEqual({ quotes: [], attributions: [], entities: [] });
    expect(extractAttributions(text)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('large input', () => {
  // The two large cases are skipped under mutation testing only (vitest.stryker.config.ts sets
  // QA_MUTATION=1, read as UNDER_MUTATION): Stryker runs each test that covers a mutant again for
  // that mutant, these cover most of src, and at 0.7-2 s each here (several times that in Stryker's
  // instrumented code) they would add hours to a run. They still run in `npm test`.
  it.skipIf(UNDER_MUTATION)('handles 10 MB of news text (the seeds repeated)', () => {
    const one = seeds.join('\n\n') + '\n\n';
    const reps = Math.ceil(10_000_000 / one.length);
    const text = one.repeat(reps);
    const perCopy = extractQuotes(one);
    const quotes = extractQuotes(text);
    // Every copy gives the same quotations at the same places.
    expect(quotes).toHaveLength(perCopy.length * reps);
    const wrong = quotes.filter((q, i) => {
      const p = perCopy[i % perCopy.length]!;
      const shift = Math.floor(i / perCopy.length) * one.length;
      return q.start !== p.start + shift || q.end !== p.end + shift;
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 300_000);

  it.skipIf(UNDER_MUTATION)('extractAttributions handles 10 MB of news text (the seeds repeated): every copy gives the same attributions at the same places', () => {
    const one = seeds.join('\n\n') + '\n\n';
    const reps = Math.ceil(10_000_000 / one.length);
    const text = one.repeat(reps);
    const perCopy = extractAttributions(one);
    const got = extractAttributions(text);
    expect(got).toHaveLength(perCopy.length * reps);
    const first = (a: Attribution): Span => (Array.isArray(a.content) ? (a.content as readonly Span[])[0]! : a.content as Span);
    const wrong = got.filter((a, i) => {
      const p = perCopy[i % perCopy.length]!;
      return first(a).start !== first(p).start + Math.floor(i / perCopy.length) * one.length || first(a).text !== first(p).text;
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 300_000);

  it.skipIf(UNDER_MUTATION)('extractAttributions handles 200,000 quotations in one paragraph', () => {
    const text = '“a” '.repeat(200_000);
    const an = analyze(text);
    checkAttributions(text, an);
  }, 120_000);

  it.skipIf(UNDER_MUTATION)('handles 200,000 quotations in one paragraph (more than a call takes arguments)', () => {
    const quotes = extractQuotes('“a” '.repeat(200_000), { includeUnattributed: true });
    expect(quotes).toHaveLength(200_000);
    expect(quotes[199_999]).toMatchObject({ start: 799_996, end: 799_999, text: 'a' });
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Complexity guards: each hostile input must take less than 25 times as long as ordinary news text
// of the same length (the seeds repeated), measured in the same child process, and never less than
// 1.5 s: the bound of tests/adversarial.test.ts. Generous on purpose: this guards against
// quadratic and exponential behaviour, it is not a speed benchmark, and it must hold beside
// parallel test workers, Chromium and coverage. Measured in these children on an idle machine, the
// slowest cases ("100k straight single marks", "100k marks of every kind in a row") take about
// 240 ms, over 6 times under their limit; the former bound (20×, floor 250 ms) left them 3.9-4.7
// times. A quadratic blow-up still fails: the five "100k … marks" cases once took minutes.

const FACTOR = 25;
/** Timings below this are noise, not complexity: the limit is never lower. */
const FLOOR_MS = 1_500;
/** A child that does not even report its baseline by then is killed. */
const HARD_CAP_MS = 240_000;

let work = '';
let bundle = '';
const RUNNER = `
const { readFileSync } = require('node:fs');
const { extractQuotes, extractAttributions } = require(process.argv[2]);
const fn = process.argv[5] === 'attributions' ? extractAttributions : extractQuotes;
const newsText = readFileSync(process.argv[3], 'utf8');
const hostile = readFileSync(process.argv[4], 'utf8');
const time = (t) => { const a = performance.now(); fn(t); return performance.now() - a; };
const runs = [time(newsText), time(newsText), time(newsText)].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ baseline: runs[1] }) + '\\n');
const a = performance.now();
const quotes = fn(hostile);
process.stdout.write(JSON.stringify({ hostile: performance.now() - a, quotes: quotes.length }) + '\\n');
`;

/** Which entry point a complexity guard times (against the same entry point on news text). */
type Call = 'quotes' | 'attributions';

interface Timing {
  readonly baseline: number;
  /** `null` when the child was killed at the limit. */
  readonly hostile: number | null;
  readonly limit: number;
}

/** Times `hostile` against news text of the same length in a child process, killing it at the limit. */
function race(name: string, hostile: string, call: Call = 'quotes'): Promise<Timing> {
  const newsFile = join(work, `${name}.news.txt`);
  const hostileFile = join(work, `${name}.txt`);
  writeFileSync(newsFile, news(hostile.length));
  writeFileSync(hostileFile, hostile);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(work, 'runner.cjs'), bundle, newsFile, hostileFile, call], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let baseline: number | null = null;
    let limit = HARD_CAP_MS;
    let settled = false;
    const finish = (t: Timing | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (t instanceof Error) reject(t);
      else resolve(t);
    };
    let timer = setTimeout(() => finish(new Error(`${name}: no baseline within ${HARD_CAP_MS} ms`)), HARD_CAP_MS);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        const msg = JSON.parse(out.slice(0, nl)) as { baseline?: number; hostile?: number };
        out = out.slice(nl + 1);
        if (msg.baseline !== undefined) {
          baseline = msg.baseline;
          limit = Math.max(FACTOR * baseline, FLOOR_MS);
          clearTimeout(timer);
          timer = setTimeout(() => finish({ baseline: baseline!, hostile: null, limit }), limit);
        } else if (msg.hostile !== undefined && baseline !== null) {
          finish({ baseline, hostile: msg.hostile, limit });
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code, signal) => {
      if (!settled && signal === null) finish(new Error(`${name}: the child exited with code ${code}${err === '' ? '' : `:\n${err}`}`));
    });
  });
}

/**
 * Asserts that a known slow case is still slow for its stated reason: killed at its limit. A child
 * that crashes fails the test, and so does one that finishes in time (the bug is fixed).
 */
async function stillSlow(name: string, hostile: string): Promise<void> {
  const t = await race(name, hostile);
  expect(t.hostile, `${name}: finished in ${t.hostile?.toFixed(0)} ms, under its limit of ${t.limit.toFixed(0)} ms: the bug is fixed, remove it from KNOWN_SLOW`).toBeNull();
}

/** Asserts the hostile input finished within FACTOR times the news baseline. */
async function guard(name: string, hostile: string, call: Call = 'quotes'): Promise<void> {
  const t = await race(name, hostile, call);
  const what = `${name} (${hostile.length} chars): news of the same length took ${t.baseline.toFixed(0)} ms, limit ${t.limit.toFixed(0)} ms`;
  expect(t.hostile, `${what}; the hostile input was killed at the limit`).not.toBeNull();
  expect(t.hostile!, what).toBeLessThan(t.limit);
}

const MARKS = '"\'“”„‟«»‘’‚‛‹›';
const cycle = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const HOSTILE: readonly [string, () => string][] = [
  ['100k straight double marks', () => '"'.repeat(100_000)],
  ['100k straight single marks', () => "'".repeat(100_000)],
  ['100k curly opening marks', () => '“'.repeat(100_000)],
  ['100k marks of every kind in a row', () => cycle(MARKS, 100_000)],
  ['100k marks of every kind between spaces', () => cycle([...MARKS].join(' ') + ' ', 200_000)],
  ['100k marks around one-letter words in one sentence', () => '“a” '.repeat(50_000)],
  ['100k straight marks around words in one sentence', () => '"a" '.repeat(50_000)],
  ['a 1 MB word', () => 'a'.repeat(1_000_000)],
  ['a 1 MB capitalised word', () => 'A'.repeat(1_000_000)],
  ['a 1 MB hyphenated word', () => cycle('al-', 1_000_000)],
  ['a 1 MB word with apostrophes', () => cycle('rock’n’', 1_000_000)],
  ['a 1 MB word in marks', () => `“${'a'.repeat(1_000_000)}”`],
  ['5k unbalanced opening marks in one paragraph', () => 'He said “yes and '.repeat(5_000)],
  ['5k unbalanced single marks in one paragraph', () => 'She said ‘no and '.repeat(5_000)],
  ['5k unbalanced closing marks in one paragraph', () => 'yes,” he said and '.repeat(5_000)],
  ['5k paragraphs each with an unbalanced mark', () => 'He said “yes and no.\n\n'.repeat(5_000)],
  ['10k paragraphs each opening a quotation that never closes', () => '“We will stay here, Ruiz said\n\n'.repeat(10_000)],
  ['10k paragraphs of straight marks opening a quotation that never closes', () => '"We will stay," Ruiz said. "And we will\n\n'.repeat(10_000)],
  ['10k lines opening a quotation that never closes (single line breaks)', () => '“We will stay here, she said\n'.repeat(10_000)],
  ['10k paragraphs of single marks opening a quotation that never closes', () => '‘We will stay here, Ruiz said\n\n'.repeat(10_000)],
];

/**
 * Known bugs: hostile case name → the bug. Such a case must still be killed at its limit, so the
 * suite says when it is fixed (then delete the entry), and a crash is not taken for it. Empty today. (Until 75c0b1b the five "100k … marks" cases
 * were here: same-sentence scanned every quotation of the sentence for each unattributed one, so
 * extractQuotes('"'.repeat(100_000)) took about 9 minutes.)
 */
const KNOWN_SLOW: ReadonlyMap<string, string> = new Map<string, string>([]);

// Skipped under mutation testing: the library runs in child processes there, where Stryker's
// mutant is not active, so these cases could kill no mutant (and their bundle would be built again
// for every mutant that a test of this file covers).
describe.skipIf(UNDER_MUTATION)('no catastrophic backtracking or quadratic blow-up', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'quote-attribution-bad-input-'));
    bundle = join(work, 'quote-attribution.cjs');
    await build({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: bundle, logLevel: 'silent' });
    writeFileSync(join(work, 'runner.cjs'), RUNNER);
  }, 60_000);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  for (const [name, make] of HOSTILE) {
    const bug = KNOWN_SLOW.get(name);
    if (bug === undefined) it(name, () => guard(name, make()), HARD_CAP_MS + 30_000);
    else it(`${name} (known bug: ${bug})`, () => stillSlow(name, make()), HARD_CAP_MS + 30_000);
  }

  // extractAttributions runs the report rules too (sentence bounds, clause starts, ownership of
  // quotations): the same hostile inputs, against extractAttributions on news text of that length.
  for (const [name, make] of HOSTILE) {
    it(`${name}, through extractAttributions`, () => guard(`${name} (attributions)`.replace(/[^\w() -]/g, ''), make(), 'attributions'), HARD_CAP_MS + 30_000);
  }
});

// ---------------------------------------------------------------------------------------------

describe('nothing shared or mutated between calls', () => {
  const article = seeds[0]!;

  it('gives deep-equal results for the same call twice', () => {
    expect(extractQuotes(article)).toEqual(extractQuotes(article));
    expect(analyze(article)).toEqual(analyze(article));
    expect(extractQuotes(article, { includeUnattributed: true })).toEqual(extractQuotes(article, { includeUnattributed: true }));
  });

  it('returns fresh arrays and objects on every call', () => {
    const a = extractQuotes(article);
    const b = extractQuotes(article);
    expect(a.length).toBeGreaterThan(0);
    expect(a).not.toBe(b);
    for (let i = 0; i < a.length; i++) {
      expect(a[i]).not.toBe(b[i]);
      if (a[i]!.speaker !== null) {
        expect(a[i]!.speaker).not.toBe(b[i]!.speaker);
        expect(a[i]!.speaker!.mention).not.toBe(b[i]!.speaker!.mention);
      }
      if (a[i]!.cue !== null) expect(a[i]!.cue).not.toBe(b[i]!.cue);
    }
    const x = analyze(article);
    const y = analyze(article);
    expect(x.quotes).not.toBe(y.quotes);
    expect(x.entities).not.toBe(y.entities);
    if (x.entities.length > 0) expect(x.entities[0]!.mentions).not.toBe(y.entities[0]!.mentions);
  });

  it('is not affected by what a caller does to an earlier result', () => {
    const before = extractQuotes(article);
    const snapshot = structuredClone(before);
    const mutable = before as unknown as Record<string, unknown>[];
    mutable.push({ start: -1 });
    mutable.reverse();
    for (const q of mutable) {
      try {
        q.start = -1;
        (q.speaker as Record<string, unknown> | null)!.name = 'Nobody';
      } catch {
        // Frozen results are fine too.
      }
    }
    expect(extractQuotes(article)).toEqual(snapshot);
  });

  it('gives the same result whatever was analysed before', () => {
    const first = extractQuotes(seeds[1]!);
    for (const s of seeds) extractQuotes(s, { includeUnattributed: true, cueVerbs: ['harrumphed'], titles: ['Vizier'] });
    expect(extractQuotes(seeds[1]!)).toEqual(first);
  });

  it('keeps one call\'s options out of the next call', () => {
    // "harrumphs" is neither a listed cue nor a past form that an unlisted verb may take.
    const text = '“Not before the vote,” Vizier Jafar harrumphs.';
    const plain = extractQuotes(text, { includeUnattributed: true });
    const custom = extractQuotes(text, { cueVerbs: ['harrumphs'], titles: ['Vizier'] });
    expect(custom).toHaveLength(1);
    expect(custom[0]!.speaker?.name).toBe('Jafar');
    expect(custom[0]!.speaker?.title).toBe('Vizier');
    expect(extractQuotes(text, { includeUnattributed: true })).toEqual(plain);
    expect(extractQuotes(text)).toEqual([]);
    // An extractor keeps its own options, and they do not leak into the functions.
    const ex = createExtractor({ cueVerbs: ['harrumphs'] });
    expect(ex.extractQuotes(text)).toHaveLength(1);
    expect(extractQuotes(text)).toEqual([]);
  });

  it('does not mutate the options passed in', () => {
    const options = {
      includeUnattributed: true,
      cueVerbs: ['Harrumphed', 'QUIPPED'],
      titles: ['Vizier'],
      organizationWords: ['Bundestag'],
      minConfidence: 0.25,
    };
    const snapshot = structuredClone(options);
    const text = '“Not before the vote,” Vizier Jafar harrumphed, the Bundestag said.';
    extractQuotes(text, options);
    analyze(text, options);
    const ex = createExtractor(options);
    ex.extractQuotes(text);
    expect(options).toEqual(snapshot);
    // Frozen options work: the library never writes to them.
    const frozen = Object.freeze({ ...snapshot, cueVerbs: Object.freeze([...snapshot.cueVerbs]), titles: Object.freeze([...snapshot.titles]), organizationWords: Object.freeze([...snapshot.organizationWords]) });
    expect(() => extractQuotes(text, frozen)).not.toThrow();
    expect(() => createExtractor(frozen).analyze(text)).not.toThrow();
  });

  it('does not let a change to the options after createExtractor change the extractor', () => {
    const text = '“Not before the vote,” Vizier Jafar harrumphed.';
    const options = { cueVerbs: ['harrumphed'] };
    const ex = createExtractor(options);
    const first = ex.extractQuotes(text);
    options.cueVerbs.length = 0;
    options.cueVerbs.push('mumbled');
    expect(ex.extractQuotes(text)).toEqual(first);
  });
});

// ---------------------------------------------------------------------------------------------

/** Characters that may begin a quotation. */
const OPENING = /^(?:''|["'“”„‟«»‘’‚‛‹›])/;
const CLOSING = /(?:''|["'“”„‟«»‘’‚‛‹›])$/;

/** Checks the offsets of every quotation of `text`. */
function checkOffsets(text: string, quotes: readonly Quote[]): void {
  let prevEnd = 0;
  for (const q of quotes) {
    const where = `${JSON.stringify(text.slice(q.start, q.start + 40))} at ${q.start}`;
    expect(Number.isInteger(q.start) && Number.isInteger(q.end), where).toBe(true);
    expect(q.start, where).toBeGreaterThanOrEqual(prevEnd);
    expect(q.end, where).toBeGreaterThan(q.start);
    expect(q.end, where).toBeLessThanOrEqual(text.length);
    prevEnd = q.end;
    const slice = text.slice(q.start, q.end);
    const open = OPENING.exec(slice);
    expect(open, `${where} does not start with an opening mark`).not.toBeNull();
    let close = 0;
    if (q.closed) {
      const m = CLOSING.exec(slice.slice(open![0].length));
      expect(m, `${where} is closed but does not end with a mark`).not.toBeNull();
      close = m![0].length;
    }
    expect(q.text, `${where}: text is not the content without the outer marks`).toBe(slice.slice(open![0].length, slice.length - close));
    if (q.speaker !== null) {
      const m = q.speaker.mention;
      expect(m.text, `${where}: mention`).toBe(text.slice(m.start, m.end));
      expect(m.end).toBeGreaterThan(m.start);
    }
    if (q.cue !== null) expect(q.cue.text, `${where}: cue`).toBe(text.slice(q.cue.start, q.cue.end));
  }
}

describe('offsets', () => {
  const SPECIAL: readonly [string, string][] = [
    ['astral characters before and inside quotations', '😀🇸🇾 Ruiz arrived. “We will 𝒲in 😀,” Ruiz said. 👍\n\n“Again 😀 and again,” said Osei.'],
    ['combining accents', 'Zoë Müller (Zoe\u0308) arrived. “We will wi\u0301n,” Mu\u0308ller said.'],
    ['CRLF paragraphs', 'Ruiz arrived.\r\n\r\n“We will win.\r\n\r\n“And then rebuild,” Ruiz said.\r\n'],
    ['lone CR and Unicode separators', 'Ruiz arrived.\r“We will win,” Ruiz said.\u2028“We will stay,” Osei said.\u2029Done.'],
    ['a byte-order mark', '\ufeff“We will win,” Ruiz said.'],
    ['no-break and thin spaces', '“We\u00a0will\u202fwin,”\u00a0Ruiz\u2009said.'],
    ['doubled apostrophes', "''We will win,'' Ruiz said. ''We don't lose,'' he added."],
    ['an unterminated quotation at the end', 'Ruiz said: “We will win'],
    ['an unterminated quotation before a blank line', 'Ruiz said: “We will win   \n\n  \nOsei agreed.'],
    ['marks only', '“”‘’""\'\'«»„“‹›'],
    ['a quotation of marks', '“‘”’” Ruiz said.'],
    ['lone surrogates', '\ud800Ruiz said the levee \udfff would hold.\ud83d “We \udc00 will win,” Ruiz said \ud800.'],
    ['a lone surrogate as the content', 'Ruiz said \ud800\udbff. The levee, Ruiz said, \udc00 would hold.'],
  ];
  const texts: readonly [string, string][] = [
    ...seedNames.map((n, i) => [`seed ${n}`, seeds[i]!] as [string, string]),
    ...fixtureTexts,
    ...SPECIAL,
  ];
  it.each(texts)('are right for %s', (_, text) => {
    checkOffsets(text, extractQuotes(text));
    checkOffsets(text, extractQuotes(text, { includeUnattributed: true }));
    const { quotes, entities } = analyze(text);
    for (const q of quotes) {
      if (q.speaker === null || q.speaker.entity < 0) continue;
      expect(entities[q.speaker.entity]!.name).toBe(q.speaker.name);
    }
    for (const e of entities) for (const m of e.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
    // The attributions too: spans in the text, in order, quote indices valid, one owner each.
    checkAttributions(text, analyze(text));
    checkAttributions(text, analyze(text, { includeUnattributed: true }));
  });
});
