/**
 * Phenomenon fixtures: one small JSON file per case in tests/fixtures/, named
 * `<category>-<case>.json` (detection, attribution, negative), run by this one test.
 *
 * A fixture is
 *   { "description": string, "text": string,
 *     "expected": [ { "quote": string,        // exactly text.slice(start, end), marks included
 *                     "speaker": string|null, // speaker.name (the entity's fullest name)
 *                     "mention"?: string,     // speaker.mention.text
 *                     "cue"?: string|null,    // cue.text
 *                     "type"?: "direct"|"partial",
 *                     "rule"?: string,        // quote.rule
 *                     "title"?: string|null,  // speaker.title
 *                     "closed"?: boolean } ],
 *     "knownMiss"?: string }                  // why the library gets it wrong today
 *
 * extractQuotes(text) must return exactly the expected quotations, in order; each listed property
 * must match. A fixture with `knownMiss` runs as `it.fails`: when the library starts getting it
 * right the suite fails, as a prompt to remove the `knownMiss`. Known misses are never hidden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../src/index.js';

interface Expected {
  readonly quote: string;
  readonly speaker: string | null;
  readonly mention?: string;
  readonly cue?: string | null;
  readonly type?: 'direct' | 'partial';
  readonly rule?: string;
  readonly title?: string | null;
  readonly closed?: boolean;
}

interface Fixture {
  readonly description: string;
  readonly text: string;
  readonly expected: readonly Expected[];
  readonly knownMiss?: string;
}

const FIELDS = ['quote', 'speaker', 'mention', 'cue', 'type', 'rule', 'title', 'closed'] as const;
const NAME = /^(detection|attribution|negative)-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function load(file: string): Fixture {
  const f = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
  for (const e of f.expected) {
    for (const k of Object.keys(e)) if (!(FIELDS as readonly string[]).includes(k)) throw new Error(`${file}: unknown field "${k}"`);
  }
  return f;
}

/** The quote's properties under the fixture's names. */
function view(text: string, q: Quote): Record<(typeof FIELDS)[number], unknown> {
  return {
    quote: text.slice(q.start, q.end),
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention.text,
    cue: q.cue?.text ?? null,
    type: q.type,
    rule: q.rule,
    title: q.speaker?.title ?? null,
    closed: q.closed,
  };
}

/** Keeps the fields the expectation lists (all of them for an unexpected extra quotation). */
function project(v: Record<string, unknown>, e: Expected | undefined): Record<string, unknown> {
  const keys = e === undefined ? FIELDS : Object.keys(e);
  return Object.fromEntries(keys.map((k) => [k, v[k]]));
}

function check(f: Fixture): void {
  const quotes = extractQuotes(f.text);
  const actual = quotes.map((q, i) => project(view(f.text, q), f.expected[i]));
  expect(actual).toEqual(f.expected);
}

describe('fixtures', () => {
  it('are named <category>-<case>.json and well formed', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(NAME);
      const f = load(file);
      expect(typeof f.description).toBe('string');
      expect(typeof f.text).toBe('string');
      expect(Array.isArray(f.expected)).toBe(true);
      if (f.knownMiss !== undefined) expect(f.knownMiss.trim()).not.toBe('');
      // Every expected quotation is a slice of the text, in order.
      let from = 0;
      for (const e of f.expected) {
        const at = f.text.indexOf(e.quote, from);
        expect(at, `${file}: ${JSON.stringify(e.quote)} is not in the text after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + e.quote.length;
      }
    }
  });

  for (const file of files) {
    const f = load(file);
    const name = file.replace(/\.json$/, '');
    if (f.knownMiss !== undefined) {
      it.fails(`${name} (known miss: ${f.knownMiss})`, () => check(f));
    } else {
      it(name, () => check(f));
    }
  }
});
