/**
 * Phenomenon fixtures: one small JSON file per case in tests/fixtures/, named
 * `<category>-<case>.json` (detection, attribution, negative), run by this one test.
 *
 * A fixture is
 *   { "description": string, "text": string,
 *     "expected": [ { "quote": string,        // exactly text.slice(start, end), marks included
 *                     "speaker": string|null, // speaker.name (the entity's fullest name)
 *                     "rule": string|null,    // quote.rule (a name of RULES; null when speaker is)
 *                     "mention"?: string,     // speaker.mention.text
 *                     "cue"?: string|null,    // cue.text
 *                     "type"?: "direct"|"partial",
 *                     "title"?: string|null,  // speaker.title
 *                     "closed"?: boolean } ],
 *     "knownMiss"?: { "reason": string,       // why the library gets it wrong today
 *                     "actual": [ … ] } }     // what it gives instead, entries as in "expected"
 *
 * The first test checks the shape of every fixture (required fields, types, no unknown field).
 * extractQuotes(text) must return exactly the expected quotations, in order; each listed property
 * must match. A fixture with `knownMiss` must return exactly its `actual` quotations instead (which
 * differ from `expected`): the test fails when the library throws, gives another wrong output, or
 * gets it right, as a prompt to review the miss (and remove it once fixed). Known misses are never
 * hidden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes, RULES, type Quote } from '../src/index.js';

interface Expected {
  readonly quote: string;
  readonly speaker: string | null;
  readonly rule: string | null;
  readonly mention?: string;
  readonly cue?: string | null;
  readonly type?: 'direct' | 'partial';
  readonly title?: string | null;
  readonly closed?: boolean;
}

interface Fixture {
  readonly description: string;
  readonly text: string;
  readonly expected: readonly Expected[];
  readonly knownMiss?: { readonly reason: string; readonly actual: readonly Expected[] };
}

const FIELDS = ['quote', 'speaker', 'mention', 'cue', 'type', 'rule', 'title', 'closed'] as const;
const REQUIRED = ['quote', 'speaker', 'rule'] as const;
const TOP = ['description', 'text', 'expected', 'knownMiss'];
const NAME = /^(detection|attribution|negative)-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;
const RULE_NAMES: readonly string[] = RULES.map((r) => r.name);

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): boolean => typeof v === 'string';
const stringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** Type of each field of an expected quotation. */
const FIELD_TYPE: Readonly<Record<(typeof FIELDS)[number], [string, (v: unknown) => boolean]>> = {
  quote: ['a non-empty string', nonEmpty],
  speaker: ['a string or null', stringOrNull],
  mention: ['a string', isString],
  cue: ['a string or null', stringOrNull],
  type: ['"direct" or "partial"', (v) => v === 'direct' || v === 'partial'],
  rule: [`null or one of ${RULE_NAMES.join(', ')}`, (v) => v === null || (typeof v === 'string' && RULE_NAMES.includes(v))],
  title: ['a string or null', stringOrNull],
  closed: ['a boolean', (v) => typeof v === 'boolean'],
};

/** What is wrong with a list of expected quotations (`where` names it in the messages). */
function entryProblems(where: string, text: string, list: unknown): string[] {
  if (!Array.isArray(list)) return [`${where} is not an array`];
  const problems: string[] = [];
  let from = 0;
  list.forEach((e: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(e)) {
      problems.push(`${at} is not an object`);
      return;
    }
    for (const k of Object.keys(e)) if (!(FIELDS as readonly string[]).includes(k)) problems.push(`${at}: unknown field "${k}"`);
    for (const k of REQUIRED) if (!(k in e)) problems.push(`${at}: no "${k}"`);
    for (const k of FIELDS) {
      if (k in e && !FIELD_TYPE[k][1](e[k])) problems.push(`${at}.${k} is not ${FIELD_TYPE[k][0]}: ${JSON.stringify(e[k])}`);
    }
    if ('speaker' in e && 'rule' in e && (e.speaker === null) !== (e.rule === null)) problems.push(`${at}: "speaker" and "rule" must be null together`);
    // Every quotation is a slice of the text, in order.
    if (typeof e.quote === 'string') {
      const found = text.indexOf(e.quote, from);
      if (found < 0) problems.push(`${at}: ${JSON.stringify(e.quote)} is not in the text after offset ${from}`);
      else from = found + e.quote.length;
    }
  });
  return problems;
}

/** What is wrong with a fixture file's shape. */
function problems(file: string, f: unknown): string[] {
  if (!isObject(f)) return [`${file} is not a JSON object`];
  const out: string[] = [];
  for (const k of Object.keys(f)) if (!TOP.includes(k)) out.push(`unknown field "${k}"`);
  if (!nonEmpty(f.description)) out.push('"description" is not a non-empty string');
  if (typeof f.text !== 'string') out.push('"text" is not a string');
  const text = typeof f.text === 'string' ? f.text : '';
  out.push(...entryProblems('expected', text, f.expected));
  if ('knownMiss' in f) {
    const m = f.knownMiss;
    if (!isObject(m)) out.push('"knownMiss" is not an object {reason, actual}');
    else {
      for (const k of Object.keys(m)) if (k !== 'reason' && k !== 'actual') out.push(`knownMiss: unknown field "${k}"`);
      if (!nonEmpty(m.reason)) out.push('knownMiss.reason is not a non-empty string');
      out.push(...entryProblems('knownMiss.actual', text, m.actual));
      if (JSON.stringify(m.actual) === JSON.stringify(f.expected)) out.push('knownMiss.actual is the same as expected');
    }
  }
  return out.map((p) => `${file}: ${p}`);
}

const raw = new Map(files.map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown]));

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

/** Asserts that extractQuotes(text) gives exactly the quotations of `list`, with their listed fields. */
function check(text: string, list: readonly Expected[]): void {
  const quotes = extractQuotes(text);
  const actual = quotes.map((q, i) => project(view(text, q), list[i]));
  expect(actual).toEqual(list);
}

/** Whether extractQuotes(text) gives the quotations of `list` (for a known miss: has it been fixed?). */
function gives(text: string, list: readonly Expected[]): boolean {
  try {
    check(text, list);
    return true;
  } catch {
    return false;
  }
}

describe('fixtures', () => {
  it('are named <category>-<case>.json and well formed', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !NAME.test(file))).toEqual([]);
    expect([...raw].flatMap(([file, f]) => problems(file, f))).toEqual([]);
  });

  for (const file of files) {
    const f = raw.get(file) as Fixture;
    const name = file.replace(/\.json$/, '');
    // (A malformed fixture fails the test above; its own test must not throw while being defined.)
    if (problems(file, f).length > 0) continue;
    const miss = f.knownMiss;
    if (miss === undefined) {
      it(name, () => check(f.text, f.expected));
    } else {
      it(`${name} (known miss: ${miss.reason})`, () => {
        if (gives(f.text, f.expected)) throw new Error(`${file}: the library now gives the expected output: the miss is fixed, remove "knownMiss"`);
        check(f.text, miss.actual);
      });
    }
  }
});
