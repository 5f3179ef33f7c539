/**
 * Regression fixtures: every counterexample the property tests (tests/properties.test.ts, `npm run
 * fuzz`) have found, minimised, with the properties asserted on it. A fixture is a JSON entry in
 * this folder (any *.json file holding an array):
 *
 *   { "name": "…", "found": "which property, which seed", "note": "what it shows",
 *     "text": "…", "options": { … },
 *     "bug": "optional: a known bug in src/", "failure": "with bug: the text of the failure it gives" }
 *
 * An entry with "bug" is a bug in src/ that is not fixed yet: its properties must fail with an
 * error whose message contains "failure" (so that a crash or another failure is not taken for the
 * known bug), and its test fails (as a reminder to drop "bug" and "failure") once the bug is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, extractQuotes, type ExtractOptions, type Quote } from '../../src/index.js';
import { checkAnalysis, checkOutsideQuotations, checkQuotes } from '../support/invariants.js';

interface Fixture {
  readonly name: string;
  readonly found: string;
  readonly note: string;
  readonly text: string;
  readonly options?: ExtractOptions;
  readonly bug?: string;
  readonly failure?: string;
}

const DIR = dirname(fileURLToPath(import.meta.url));
const FIXTURES: readonly Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture[]);

const withoutEntity = (q: Quote): unknown => ({ ...q, speaker: q.speaker && { ...q.speaker, entity: 0 } });

/** Every property of tests/properties.test.ts that applies to one input. */
function assertProperties(f: Fixture): void {
  const options = f.options ?? {};
  const incl = { includeUnattributed: options.includeUnattributed === true };
  const a = analyze(f.text, options);
  checkAnalysis(f.text, a, incl);
  expect(extractQuotes(f.text, options)).toEqual(a.quotes);
  expect(JSON.stringify(analyze(f.text, options))).toBe(JSON.stringify(a));
  for (const o of [{}, { includeUnattributed: true }]) checkQuotes(f.text, extractQuotes(f.text, o), { includeUnattributed: o.includeUnattributed === true });
  checkOutsideQuotations(analyze(f.text, { includeUnattributed: true }));
  const all = extractQuotes(f.text, { includeUnattributed: true });
  expect(extractQuotes(f.text)).toEqual(all.filter((q) => q.type !== 'other'));
  if (options.minConfidence !== undefined) {
    const kept = extractQuotes(f.text, { includeUnattributed: true, minConfidence: options.minConfidence });
    expect(kept.map((q) => [q.start, q.end])).toEqual(all.map((q) => [q.start, q.end]));
    kept.forEach((q, i) => {
      if (q.speaker !== null) expect(withoutEntity(q)).toEqual(withoutEntity(all[i]!));
    });
  }
}

describe('regression fixtures', () => {
  it('has unique names', () => {
    expect(new Set(FIXTURES.map((f) => f.name)).size).toBe(FIXTURES.length);
  });
  for (const f of FIXTURES) {
    if (f.bug === undefined) it(f.name, () => assertProperties(f));
    else {
      it(`${f.name} (known bug: ${f.bug})`, () => {
        expect(typeof f.failure === 'string' && f.failure !== '', `${f.name}: an entry with "bug" needs "failure", the text of the failure it gives`).toBe(true);
        expect(() => assertProperties(f), `${f.name}: the known bug no longer fails as stated (fixed? then drop "bug" and "failure")`).toThrow(f.failure!);
      });
    }
  }
});
