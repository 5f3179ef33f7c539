/**
 * Properties that hold for any input, tested with fast-check over arbitrary Unicode (graphemes, code
 * points, lone surrogates), strings of quotation marks and breaks, and news-like text built from
 * the seed articles (tests/support/arbitraries.ts). The invariants themselves are in
 * tests/support/invariants.ts.
 *
 * CI runs the default number of cases (tests/support/runs.ts, over 10,000 in total; the last test
 * checks the count). `npm run fuzz -- N` runs N cases instead; FUZZ_SEED replays a failure. Every
 * failure found becomes a fixture in tests/regressions/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeInWindows } from '../src/extract.js';
import { analyze, createExtractor, extractAttributions, extractQuotes, RULES, type ExtractOptions, type Quote } from '../src/index.js';
import { anyText, editedArticle, markSoup, newsText, notAString, quotedNews, unicodeText } from './support/arbitraries.js';
import { checkAnalysis, checkAttributions, checkOutsideQuotations, checkQuotes } from './support/invariants.js';
import { bundleLibrary, ROOT, type LibraryBundle } from './support/library-bundle.js';
import { CI_RUNS, CI_TOTAL, counter, FUZZING, MULTIPLIER, params, runs, TIMEOUT, UNDER_MUTATION } from './support/runs.js';

const OPTION_SETS: readonly ExtractOptions[] = [{}, { includeUnattributed: true }];
const ARBITRARIES: readonly [string, fc.Arbitrary<string>][] = [
  ['arbitrary Unicode (graphemes, code points, lone surrogates)', unicodeText],
  ['strings of quotation marks, letters and breaks', markSoup],
  ['news-like text (seed sentences, marks, breaks, cues, pronouns, names)', newsText],
  ['quotation-shaped news sentences', quotedNews],
  ['seed articles with random edits', editedArticle],
];
const unattributed = (o: ExtractOptions): { includeUnattributed: boolean } => ({ includeUnattributed: o.includeUnattributed === true });
/** Counts a case and passes the value through. */
const counted = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> => arb.map((v) => { counter.cases++; return v; });

afterAll(() => {
  if (FUZZING || UNDER_MUTATION) return;
  // eslint-disable-next-line no-console
  console.log(`properties: ${counter.cases} generated cases (${CI_TOTAL} planned)`);
});

describe.each(OPTION_SETS)('extractQuotes(text, %o)', (opts) => {
  it.each(ARBITRARIES)('never throws, and every span lies in the text, in order, without overlap, over %s', (_, arb) => {
    fc.assert(fc.property(counted(arb), (text) => {
      checkQuotes(text, extractQuotes(text, opts), unattributed(opts));
    }), params('invariants'));
  }, TIMEOUT);
});

describe('analyze and extractors', () => {
  it('analyze keeps the invariants, its speakers index its entities, and extractQuotes and an extractor agree with it', () => {
    fc.assert(fc.property(counted(anyText), fc.constantFrom(...OPTION_SETS), (text, opts) => {
      const a = analyze(text, opts);
      checkAnalysis(text, a, unattributed(opts));
      checkAttributions(text, a);
      expect(extractQuotes(text, opts)).toEqual(a.quotes);
      expect(extractAttributions(text, opts)).toEqual(a.attributions);
      const ex = createExtractor(opts);
      expect(ex.extractQuotes(text)).toEqual(a.quotes);
      expect(ex.analyze(text)).toEqual(a);
    }), params('analyze'));
  }, TIMEOUT);
});

describe('attributions', () => {
  it.each(ARBITRARIES)('extractAttributions never throws, its spans lie in the text in document order, its quote indices are valid and each quotation has at most one owner, over %s', (_, arb) => {
    fc.assert(fc.property(counted(arb), (text) => {
      const a = analyze(text);
      checkAttributions(text, a);
      expect(extractAttributions(text)).toEqual(a.attributions);
    }), params('attributions'));
  }, TIMEOUT);
});

describe('long texts', () => {
  it('analysed in windows (here of 20 to 400 code units), a text keeps every invariant and its speakers index its entities', () => {
    fc.assert(fc.property(counted(anyText), fc.integer({ min: 20, max: 400 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom(...OPTION_SETS), (text, size, margin, opts) => {
      const a = analyzeInWindows(text, size, margin, opts);
      checkAnalysis(text, a, unattributed(opts));
      checkAttributions(text, a);
    }), params('windows'));
  }, TIMEOUT);
});

describe('speakers are named outside quotations', () => {
  it('every speaker mention, cue and entity mention lies outside every quotation', () => {
    fc.assert(fc.property(counted(anyText), (text) => {
      const a = analyze(text, { includeUnattributed: true });
      checkOutsideQuotations(a);
    }), params('outsideQuotations'));
  }, TIMEOUT);
});

describe('determinism', () => {
  it('gives the same output for the same input twice', () => {
    fc.assert(fc.property(counted(anyText), fc.constantFrom(...OPTION_SETS), (text, opts) => {
      const first = JSON.stringify(analyze(text, opts));
      extractQuotes(anyOtherText(text)); // something else in between
      expect(JSON.stringify(analyze(text, opts))).toBe(first);
    }), params('sameResultTwice'));
  }, TIMEOUT);

  describe.skipIf(UNDER_MUTATION)('in a fresh process', () => {
    let lib: LibraryBundle | null = null;
    beforeAll(async () => { lib = await bundleLibrary('properties'); }, 60_000);
    afterAll(() => lib?.dispose());

    it.each(OPTION_SETS)('gives the same JSON in a fresh Node process for a batch of generated inputs, with %o', (opts) => {
      const total = runs('freshProcess');
      const BATCH = 5_000;
      for (let done = 0, batch = 0; done < total; done += BATCH, batch++) {
        const n = Math.min(BATCH, total - done);
        const texts = fc.sample(anyText, { numRuns: n, seed: params('freshProcess').seed ?? 0x5eed + batch + (opts.includeUnattributed ? 7919 : 0) });
        counter.cases += texts.length;
        const expected = texts.map((text) => extractQuotes(text, opts));
        const inputs = join(lib!.dir, `inputs-${batch}.json`);
        const results = join(lib!.dir, `results-${batch}.json`);
        writeFileSync(inputs, JSON.stringify(texts.map((text) => ({ text, options: opts }))));
        const r = spawnSync(process.execPath, [join(ROOT, 'tests', 'support', 'fresh-process.mjs'), lib!.path, inputs, results], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        const got = JSON.parse(readFileSync(results, 'utf8')) as Quote[][];
        expect(got).toHaveLength(texts.length);
        texts.forEach((text, i) => {
          if (JSON.stringify(got[i]) !== JSON.stringify(expected[i])) {
            expect({ text, quotes: got[i] }).toEqual({ text, quotes: expected[i] });
          }
        });
      }
    }, TIMEOUT);
  });
});

/** A different text derived from `text`, to run between two calls on it. */
function anyOtherText(text: string): string {
  return `Assad said “${text.slice(0, 50)}” and “no.”\n\n${text}`;
}

describe('options', () => {
  it('the default result is the includeUnattributed result without the quotations of type "other"', () => {
    fc.assert(fc.property(counted(anyText), (text) => {
      const all = extractQuotes(text, { includeUnattributed: true });
      expect(extractQuotes(text)).toEqual(all.filter((q) => q.type !== 'other'));
    }), params('unattributedSuperset'));
  }, TIMEOUT);

  it.each([['CRLF', '\r\n'], ['lone CR', '\r']] as const)('%s line endings give the same quotations as LF, at shifted offsets', (_, br) => {
    fc.assert(fc.property(counted(anyText.map((t) => t.replace(/\r\n?|[\u2028\u2029]/g, '\n'))), (lf) => {
      const other = lf.replace(/\n/g, br);
      const extra = br.length - 1;
      const at = (n: number): number => n + extra * (lf.slice(0, n).match(/\n/g)?.length ?? 0);
      const normal = (s: string): string => s.replace(/\r\n?/g, '\n');
      const shifted = extractQuotes(lf, { includeUnattributed: true }).map((q) => ({
        start: at(q.start), end: at(q.end), text: q.text, type: q.type, rule: q.rule, confidence: q.confidence, closed: q.closed,
        speaker: q.speaker && { name: q.speaker.name, kind: q.speaker.kind, start: at(q.speaker.mention.start), end: at(q.speaker.mention.end) },
        cue: q.cue && { text: q.cue.text, start: at(q.cue.start), end: at(q.cue.end) },
      }));
      const got = extractQuotes(other, { includeUnattributed: true }).map((q) => ({
        start: q.start, end: q.end, text: normal(q.text), type: q.type, rule: q.rule, confidence: q.confidence, closed: q.closed,
        speaker: q.speaker && { name: normal(q.speaker.name), kind: q.speaker.kind, start: q.speaker.mention.start, end: q.speaker.mention.end },
        cue: q.cue && { text: q.cue.text, start: q.cue.start, end: q.cue.end },
      }));
      expect(got).toEqual(shifted);
    }), params('lineEndings'));
  }, TIMEOUT);

  it('lexicon options (cueVerbs, titles, organizationWords) never change where the quotations are', () => {
    const words = fc.array(fc.oneof(fc.constantFrom('quipped', 'stated', 'Archbishop', 'Bundestag', 'said', 'he', 'the', '“', 'according', ''), fc.string({ maxLength: 6 })), { maxLength: 5 });
    fc.assert(fc.property(counted(anyText), words, words, words, (text, cueVerbs, titles, organizationWords) => {
      const spans = (o: ExtractOptions): number[][] => extractQuotes(text, { ...o, includeUnattributed: true }).map((q) => [q.start, q.end]);
      const opts = { cueVerbs, titles, organizationWords };
      const got = extractQuotes(text, { ...opts, includeUnattributed: true });
      checkQuotes(text, got, { includeUnattributed: true });
      expect(got.map((q) => [q.start, q.end])).toEqual(spans({}));
    }), params('spansIgnoreLexicons'));
  }, TIMEOUT);

  it('minConfidence drops only attributions below it, and keeps the quotations', () => {
    const levels = [...new Set(RULES.flatMap((r) => [r.confidence, Math.round(r.confidence * 700) / 1000]))];
    fc.assert(fc.property(counted(anyText), fc.oneof(fc.constantFrom(0, 1, ...levels), fc.double({ min: 0, max: 1, noNaN: true })), (text, minConfidence) => {
      const all = extractQuotes(text, { includeUnattributed: true });
      const kept = extractQuotes(text, { includeUnattributed: true, minConfidence });
      checkQuotes(text, kept, { includeUnattributed: true });
      expect(kept.map((q) => [q.start, q.end])).toEqual(all.map((q) => [q.start, q.end]));
      kept.forEach((q, i) => {
        const before = all[i]!;
        if (q.speaker !== null) {
          expect(q.confidence).toBeGreaterThanOrEqual(Math.floor(minConfidence * 1000) / 1000);
          // Entity indices count the entities used, so dropping another attribution may renumber them.
          const withoutEntity = (x: Quote): unknown => ({ ...x, speaker: x.speaker && { ...x.speaker, entity: 0 } });
          expect(withoutEntity(q)).toEqual(withoutEntity(before));
        } else if (before.speaker !== null) {
          expect(before.confidence).toBeLessThanOrEqual(Math.ceil(minConfidence * 1000) / 1000);
        }
      });
    }), params('minConfidence'));
  }, TIMEOUT);
});

describe('non-string text', () => {
  const CALLS: readonly [string, (v: unknown) => unknown][] = [
    ['extractQuotes', (v) => extractQuotes(v as string)],
    ['extractQuotes with options', (v) => extractQuotes(v as string, { includeUnattributed: true })],
    ['analyze', (v) => analyze(v as string)],
    ['extractAttributions', (v) => extractAttributions(v as string)],
    ['extractor.extractAttributions', (v) => createExtractor().extractAttributions(v as string)],
    ['extractor.extractQuotes', (v) => createExtractor().extractQuotes(v as string)],
    ['extractor.analyze', (v) => createExtractor().analyze(v as string)],
  ];
  it('every entry point throws the documented TypeError for anything that is not a string', () => {
    fc.assert(fc.property(counted(notAString), fc.constantFrom(...CALLS), (value, [, call]) => {
      let error: unknown = null;
      try {
        call(value);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message.startsWith('quote-attribution:')).toBe(true);
    }), params('notAString'));
  }, TIMEOUT);
});

describe('case count', () => {
  // Runs last (the tests of a file run in order): counter.cases holds the cases the tests above
  // actually generated, which must be every case planned (a property that stopped counting, ran
  // fewer runs or was skipped makes the count fall short).
  const expected = (Object.keys(CI_RUNS) as (keyof typeof CI_RUNS)[])
    .filter((k) => !(UNDER_MUTATION && k === 'freshProcess'))
    .reduce((n, k) => n + runs(k) * MULTIPLIER[k], 0);
  it(`runs every planned case (${CI_TOTAL} in CI, at least 10,000)`, () => {
    expect(CI_TOTAL).toBeGreaterThanOrEqual(10_000);
    if (!FUZZING && !UNDER_MUTATION) expect(expected).toBe(CI_TOTAL);
    expect(counter.cases).toBe(expected);
  });
});
