/**
 * The five seed articles as golden fixtures of reported speech: extractAttributions on each seed
 * must equal seeds/<name>.attributions.json (form, content texts, speaker name, cue text, rule).
 *
 * The files were generated once from the build and are the reviewed output. When an intended
 * change alters it, regenerate with `npm run build && node scripts/expected-attributions.mjs` and
 * review every line of the diff before committing: a changed line is a changed answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAttributions, type Attribution, type Span } from '../src/index.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, ''));
const read = (name: string, ext: string): string => readFileSync(join(dir, name + ext), 'utf8');

/** The projection stored in the files; kept in step with scripts/expected-attributions.mjs. */
function project(a: Attribution): Record<string, unknown> {
  return {
    form: a.form,
    content: Array.isArray(a.content) ? (a.content as readonly Span[]).map((s) => s.text) : (a.content as Span).text,
    speaker: a.speaker?.name ?? null,
    cue: a.cue?.text ?? null,
    rule: a.rule,
  };
}

describe('seeds: extractAttributions equals the reviewed seeds/*.attributions.json', () => {
  it('has five seeds, each with its expected attributions', () => {
    expect(seeds).toHaveLength(5);
    for (const s of seeds) expect(() => read(s, '.attributions.json')).not.toThrow();
  });
  for (const s of seeds) {
    it(s, () => {
      const expected = JSON.parse(read(s, '.attributions.json')) as unknown[];
      expect(expected.length).toBeGreaterThan(0);
      expect(extractAttributions(read(s, '.txt')).map(project)).toEqual(expected);
    });
  }
});
