/**
 * Adversarial inputs (bench/adversarial-inputs.mjs): each must not crash, must keep every invariant
 * of tests/support/invariants.ts, and must run within 25 times as long as ordinary news text of the
 * same length (bench/adversarial.mjs reports the ratios against the 5× goal; this bound is generous
 * so that a loaded CI machine does not fail it, while a quadratic blow-up still does). Each case
 * runs in a child process that is killed at its limit, so a blow-up fails fast instead of hanging.
 *
 * Below, small inputs of the same kinds check exact offsets in process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES } from '../bench/adversarial-inputs.mjs';
import { analyze, extractQuotes, type Quote } from '../src/index.js';
import { checkAnalysis, checkQuotes } from './support/invariants.js';
import { bundleLibrary, type LibraryBundle } from './support/library-bundle.js';
import { race } from './support/race.js';
import { UNDER_MUTATION } from './support/runs.js';

const FACTOR = 25;
const FLOOR_MS = 1_500;

/**
 * Known bugs: case name → the bug. Such a case must still be killed at its limit, so the suite says
 * when it is fixed (then delete the entry), and a crash is not taken for it. Empty today.
 */
const KNOWN_SLOW: ReadonlyMap<string, string> = new Map<string, string>([]);

let lib: LibraryBundle | null = null;
let work = '';

async function guard(name: string, make: () => string, index: number): Promise<void> {
  const r = await race({ library: lib!.path, caseName: name, factor: FACTOR, floorMs: FLOOR_MS, resultFile: join(work, `${index}.json`) });
  const what = `${name} (${r.length} chars): news of the same length took ${r.baseline.toFixed(0)} ms, limit ${r.limit.toFixed(0)} ms, took ${r.ms === null ? 'longer (killed)' : `${r.ms.toFixed(0)} ms`}`;
  expect(r.ms, what).not.toBeNull();
  expect(r.ms!, what).toBeLessThan(r.limit);
  expect(r.quotes, what).not.toBeNull();
  checkQuotes(make(), r.quotes!, { includeUnattributed: true });
}

/** Asserts that a known slow case is still killed at its limit (a crash fails, and so does a fix). */
async function stillSlow(name: string, index: number): Promise<void> {
  const r = await race({ library: lib!.path, caseName: name, factor: FACTOR, floorMs: FLOOR_MS, resultFile: join(work, `${index}.json`) });
  expect(r.ms, `${name}: finished in ${r.ms?.toFixed(0)} ms, under its limit of ${r.limit.toFixed(0)} ms: the bug is fixed, remove it from KNOWN_SLOW`).toBeNull();
}

describe.skipIf(UNDER_MUTATION)(`adversarial inputs: no crash, every invariant, within ${FACTOR}× the time of news text of the same length`, () => {
  beforeAll(async () => {
    lib = await bundleLibrary('adversarial');
    work = mkdtempSync(join(tmpdir(), 'quote-attribution-adversarial-results-'));
  }, 60_000);
  afterAll(() => {
    lib?.dispose();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });
  CASES.forEach(({ name, make }, i) => {
    const bug = KNOWN_SLOW.get(name);
    if (bug === undefined) it(name, () => guard(name, make, i), 300_000);
    else it(`${name} (known bug: ${bug})`, () => stillSlow(name, i), 300_000);
  });
});

// ---------------------------------------------------------------------------------------------

/** The quotations with includeUnattributed, after checking every invariant of the analysis. */
function quotesOf(text: string): Quote[] {
  const a = analyze(text, { includeUnattributed: true });
  checkAnalysis(text, a, { includeUnattributed: true });
  expect(extractQuotes(text, { includeUnattributed: true })).toEqual(a.quotes);
  return a.quotes as Quote[];
}

/** The one quotation of `text`, with its start and end checked against the offsets of `from` and `to`. */
function only(text: string, from: string, to: string | number | null): Quote {
  const qs = quotesOf(text);
  expect(qs).toHaveLength(1);
  const q = qs[0]!;
  expect(q.start).toBe(text.indexOf(from));
  expect(q.end).toBe(to === null ? text.length : typeof to === 'number' ? to : text.indexOf(to));
  return q;
}

describe('line endings: CRLF and lone CR paragraphs are paragraphs', () => {
  for (const [name, br] of [['CRLF', '\r\n'], ['lone CR', '\r'], ['LF', '\n'], ['U+2028', '\u2028'], ['U+2029', '\u2029']] as const) {
    it(`${name}: an unterminated quotation ends at the paragraph's line break`, () => {
      const text = `Ruiz said: “We will stay here  ${br}The city is calm.`;
      const q = only(text, '“', `  ${br}`);
      expect(q.closed).toBe(false);
      expect(q.text).toBe('We will stay here');
      expect(q.speaker?.name).toBe('Ruiz');
    });
    it(`${name}: a quotation over two paragraphs continues at the next paragraph's opening mark`, () => {
      const text = `“We will stay.${br}${br}“We will fight,” Ruiz said.${br}`;
      const q = only(text, '“We will stay', ' Ruiz');
      expect(q.closed).toBe(true);
      expect(q.text).toBe(`We will stay.${br}${br}“We will fight,`);
      expect(q.speaker?.mention).toEqual({ start: text.indexOf('Ruiz'), end: text.indexOf('Ruiz') + 4, text: 'Ruiz' });
    });
    it(`${name}: an unterminated quotation over two paragraphs ends at the second one's line break`, () => {
      const text = `“We will stay.${br}“We will fight${br}The city is calm.`;
      const q = only(text, '“We will stay', `${br}The city`);
      expect(q.closed).toBe(false);
    });
  }
  it('gives the same quotations for LF, CRLF and CR text, offsets shifted by the extra characters', () => {
    const lf = '“We will stay,” Ruiz said.\n\nHe added: “We will fight\n\nSmith said “no.”';
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    const shift = (q: Quote, o: (n: number) => number) => ({ ...q, start: o(q.start), end: o(q.end), text: q.text.replace(/\r\n?/g, '\n'), speaker: q.speaker && { ...q.speaker, mention: { ...q.speaker.mention, start: o(q.speaker.mention.start), end: o(q.speaker.mention.end) } }, cue: q.cue && { ...q.cue, start: o(q.cue.start), end: o(q.cue.end) } });
    const lfToCrlf = (n: number): number => n + (lf.slice(0, n).match(/\n/g)?.length ?? 0);
    expect(quotesOf(crlf).map((q) => ({ ...q, text: q.text.replace(/\r\n/g, '\n') }))).toEqual(quotesOf(lf).map((q) => shift(q, lfToCrlf)));
    expect(quotesOf(cr).map((q) => ({ ...q, text: q.text.replace(/\r/g, '\n') }))).toEqual(quotesOf(lf));
  });
});

describe('characters outside ordinary text', () => {
  it('a BOM shifts offsets by one and changes nothing else', () => {
    const text = '\ufeff“We will win,” Assad said.';
    const q = only(text, '“', ' Assad');
    expect(q.speaker?.mention).toEqual({ start: 16, end: 21, text: 'Assad' });
    expect(q.cue?.text).toBe('said');
  });
  it('NUL inside a quotation is kept in its text', () => {
    const q = only('“We will\0win,” Assad said.', '“', ' Assad');
    expect(q.text).toBe('We will\0win,');
    expect(q.speaker?.name).toBe('Assad');
  });
  it('NUL everywhere does not crash', () => {
    quotesOf('\0'.repeat(1000));
    quotesOf('“\0”\0said\0Assad\0'.repeat(100));
  });
  it('lone surrogates around and inside a quotation keep offsets in UTF-16 code units', () => {
    const text = '\ud800“We will \udfffwin,” Assad said.\udc00';
    const q = only(text, '“', ' Assad');
    expect(q.text).toBe('We will \udfffwin,');
    expect(q.speaker?.mention.start).toBe(text.indexOf('Assad'));
  });
  it('combining marks stay with their letters in names and quotations', () => {
    const text = 'E\u0301milie Dupont said: “C\u0327a va.”';
    const q = only(text, '“', null);
    expect(q.text).toBe('C\u0327a va.');
    expect(q.speaker?.mention).toEqual({ start: 0, end: 14, text: 'E\u0301milie Dupont' });
  });
  it('right-to-left text with «…» quotes: spans and offsets', () => {
    const text = 'قال الرئيس: «هذا يوم تاريخي».';
    const q = only(text, '«', '.');
    expect(q.text).toBe('هذا يوم تاريخي');
    expect(q.closed).toBe(true);
  });
  it('«…» quotes in English text are attributed like “…”', () => {
    const q = only('«We will win,» Assad said.', '«', ' Assad');
    expect(q.speaker?.name).toBe('Assad');
    expect(q.rule).toBe('trailing-cue');
  });
  it('emoji (surrogate pairs, skin tones, ZWJ sequences) count as UTF-16 code units', () => {
    const text = '👍🏽 “We will win 🎉,” Assad said. 👨‍👩‍👧';
    const q = only(text, '“', ' Assad');
    expect(q.start).toBe(5);
    expect(q.text).toBe('We will win 🎉,');
    expect(q.speaker?.mention.text).toBe('Assad');
  });
});

describe('structure at small scale', () => {
  it('100 paragraphs that each open a quotation and never close it make one unterminated quotation', () => {
    const text = '“We will stay here, Ruiz said\n\n'.repeat(100);
    const q = only(text, '“', text.trimEnd().length);
    expect(q.closed).toBe(false);
  });
  it('paragraphs that open a quotation after reporter words each end at their own line break', () => {
    const text = 'Ruiz said: “We will stay here and\n\n'.repeat(50);
    const qs = quotesOf(text);
    expect(qs).toHaveLength(50);
    for (const q of qs) {
      expect(q.closed).toBe(false);
      expect(text[q.end]).toBe('\n');
      expect(q.speaker?.name).toBe('Ruiz');
    }
  });
  it('deep nesting gives one outer quotation with the inner marks in its text', () => {
    const text = `He said ${'“a ‘'.repeat(200)}deep${' ’ ”'.repeat(200)} yesterday.`;
    const q = only(text, '“', ' yesterday');
    expect(q.closed).toBe(true);
    expect(q.speaker?.mention.text).toBe('He');
  });
  it('a run of straight double marks pairs them in twos', () => {
    const qs = quotesOf('"'.repeat(1000));
    expect(qs).toHaveLength(500);
    qs.forEach((q, i) => expect([q.start, q.end]).toEqual([2 * i, 2 * i + 2]));
  });
  it('many capitalised names around one cue: a speaker, if any, is a name that ends at the cue', () => {
    for (const n of [1, 5, 11, 12, 13, 1000]) {
      const text = `“We will win,” ${'Smith '.repeat(n)}said.`;
      const q = only(text, '“', ' Smith');
      if (n === 1) expect(q.speaker?.mention.text).toBe('Smith');
      if (q.speaker !== null) expect(q.speaker.mention.end).toBe(text.lastIndexOf(' said'));
    }
  });
});
