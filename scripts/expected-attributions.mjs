#!/usr/bin/env node
// Regenerates seeds/<name>.attributions.json, the library's current extractAttributions output on
// each seed article, from the built package (dist). tests/seeds-attributions.test.ts asserts that
// extractAttributions still gives exactly this, so every change in output shows up as a diff of
// these files, which must be reviewed (is each change right?) before it is committed.
//
//   npm run build && node scripts/expected-attributions.mjs
//
// One attribution per line: {form, content, speaker, cue, rule}, where `content` is the content's
// text (an array of texts when it is split), `speaker` the speaker's name and `cue` the cue's text
// (each null when absent). Keep the projection in step with `project` in
// tests/seeds-attributions.test.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extractAttributions } = await import(new URL('../dist/index.js', import.meta.url).href);

/** The reviewed projection of an attribution. */
export function project(a) {
  return {
    form: a.form,
    content: Array.isArray(a.content) ? a.content.map((s) => s.text) : a.content.text,
    speaker: a.speaker?.name ?? null,
    cue: a.cue?.text ?? null,
    rule: a.rule,
  };
}

/** A JSON array with one object per line: small, readable diffs. */
function format(list) {
  if (list.length === 0) return '[]\n';
  return `[\n${list.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`;
}

const dir = join(root, 'seeds');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  const name = f.replace(/\.txt$/, '.attributions.json');
  const next = format(extractAttributions(text).map(project));
  let prev = null;
  try { prev = readFileSync(join(dir, name), 'utf8'); } catch { /* new file */ }
  if (prev !== next) writeFileSync(join(dir, name), next);
  console.log(`${prev === next ? 'unchanged' : prev === null ? 'created  ' : 'updated  '} ${join('seeds', name)}`);
}
