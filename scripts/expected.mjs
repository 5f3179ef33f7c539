#!/usr/bin/env node
// Regenerates seeds/<name>.expected.json, the library's current output on each seed article, from
// the built package (dist). tests/seeds.test.ts asserts that extractQuotes still gives exactly this,
// so every change in output shows up as a diff of these files to review and commit.
//
//   npm run build && node scripts/expected.mjs
//
// One quotation per line: {start, end, quote, type, speaker, mention, cue, rule}, where `quote` is
// text.slice(start, end), `speaker` the speaker's name, `mention` the mention's text and `cue` the
// cue's text (each null when absent). Keep the projection in step with `project` in
// tests/seeds.test.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extractQuotes } = await import(new URL('../dist/index.js', import.meta.url).href);

/** The reviewed projection of a quotation. */
export function project(text, q) {
  return {
    start: q.start,
    end: q.end,
    quote: text.slice(q.start, q.end),
    type: q.type,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention.text ?? null,
    cue: q.cue?.text ?? null,
    rule: q.rule,
  };
}

/** A JSON array with one object per line: small, readable diffs. */
function format(list) {
  if (list.length === 0) return '[]\n';
  return `[\n${list.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`;
}

const dir = join(root, 'seeds');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const f of names) {
  const text = readFileSync(join(dir, f), 'utf8');
  const out = join(dir, f.replace(/\.txt$/, '.expected.json'));
  const next = format(extractQuotes(text).map((q) => project(text, q)));
  let prev = null;
  try { prev = readFileSync(out, 'utf8'); } catch { /* new file */ }
  if (prev !== next) writeFileSync(out, next);
  console.log(`${prev === next ? 'unchanged' : prev === null ? 'created  ' : 'updated  '} ${join('seeds', f.replace(/\.txt$/, '.expected.json'))}`);
}
