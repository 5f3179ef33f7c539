/**
 * The house rules of the source tree, checked on every run: the engine holds no English word
 * list (all of it is in the language pack, src/lang/), modules import each other without cycles,
 * and each layer imports only what lies below it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every TypeScript module under src/, as a path relative to src/. */
function modules(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...modules(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(relative(SRC, p));
  }
  return out.sort();
}

/** A module's source without comments. */
const code = (m: string): string => readFileSync(join(SRC, m), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');

interface Import { readonly target: string; readonly typeOnly: boolean }

/** The project modules that `m` imports (static and type imports, and re-exports). */
function importsOf(m: string): Import[] {
  const out: Import[] = [];
  for (const x of code(m).matchAll(/(?:^|\n)\s*(import|export)(\s+type)?\s[^'";]*?from\s+['"](\.[^'"]+)['"]/g)) {
    out.push({ target: relative(SRC, resolve(dirname(join(SRC, m)), x[3]!.replace(/\.js$/, '.ts'))), typeOnly: x[2] !== undefined });
  }
  return out;
}

const ALL = modules();
/** Modules outside the language pack that may hold words: the command line's and the report's interface text. */
const INTERFACE_TEXT = /^(?:cli|report)\//;

/** String literals that are words in a Set or array of `min` or more, and regular expressions alternating `min` or more words. */
function wordLists(source: string, min: number): string[] {
  const hits: string[] = [];
  for (const m of source.matchAll(/\[((?:\s*(['"])[^'"\n]*\2\s*,?)+)\s*\]/g)) {
    const words = [...m[1]!.matchAll(/(['"])([^'"\n]*)\1/g)].map((x) => x[2]!).filter((w) => /^\p{L}[\p{L}\s.'’-]*$/u.test(w));
    if (words.length >= min) hits.push(`[${words.slice(0, 4).join(', ')}, …]`);
  }
  for (const m of source.matchAll(/\/((?:[^/\n\\]|\\.)+)\/[dgimsuvy]*/g)) {
    // (Each alternative without the anchors, groups and word boundaries around it.)
    const alternatives = m[1]!.split('|').map((w) => w.replace(/^(?:\^|\\b|\(\?:|\()+/, '').replace(/(?:\)|\\b|\$)+$/, '')).filter((w) => /^[a-z][a-z'’ -]+$/i.test(w));
    if (alternatives.length >= min) hits.push(`/${m[1]!.slice(0, 30)}…/`);
  }
  return hits;
}

describe('architecture', () => {
  it('finds the modules', () => {
    expect(ALL).toContain('index.ts');
    expect(ALL).toContain('lang/en/index.ts');
    expect(ALL.length).toBeGreaterThan(40);
  });

  it('no engine module defines a word list: English lives in src/lang/', () => {
    const found: string[] = [];
    for (const m of ALL) {
      if (m.startsWith('lang/') || INTERFACE_TEXT.test(m)) continue;
      for (const hit of wordLists(code(m), 4)) found.push(`${m}: ${hit}`);
    }
    expect(found).toEqual([]);
  });

  it('the word-list check finds a list (it is not blind)', () => {
    expect(wordLists(`const X = new Set(['said', 'told', 'added', 'noted']);`, 4)).toHaveLength(1);
    expect(wordLists(`const R = /\\b(?:mr|mrs|sir|lord)\\b/;`, 4)).toHaveLength(1);
    expect(wordLists(`const K = ['double', 'single'];`, 4)).toHaveLength(0);
  });

  it('no import cycle', () => {
    const graph = new Map(ALL.map((m) => [m, importsOf(m).map((i) => i.target)]));
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (m: string): void => {
      state.set(m, 1);
      stack.push(m);
      for (const d of graph.get(m) ?? []) {
        if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
        else if (state.get(d) === undefined && graph.has(d)) visit(d);
      }
      stack.pop();
      state.set(m, 2);
    };
    for (const m of ALL) if (state.get(m) === undefined) visit(m);
    expect(cycles).toEqual([]);
  });

  it('every import names a module that exists', () => {
    const missing = ALL.flatMap((m) => importsOf(m).filter((i) => !ALL.includes(i.target)).map((i) => `${m} → ${i.target}`));
    expect(missing).toEqual([]);
  });

  it('text/ imports nothing above it (only text/ and the vocabulary types)', () => {
    const bad = ALL.filter((m) => m.startsWith('text/')).flatMap((m) =>
      importsOf(m).filter((i) => !i.target.startsWith('text/') && i.target !== 'types.ts').map((i) => `${m} → ${i.target}`));
    expect(bad).toEqual([]);
  });

  it('the engine stages never import the language pack', () => {
    const engine = /^(?:text|quotes|cues|sieves|mentions|entities|nlp)\//;
    const bad = ALL.filter((m) => engine.test(m) || m === 'language.ts' || m === 'lexicon.ts' || m === 'types.ts').flatMap((m) =>
      importsOf(m).filter((i) => i.target.startsWith('lang/')).map((i) => `${m} → ${i.target}`));
    expect(bad).toEqual([]);
  });

  it('lang/en imports from outside itself only types and the engine interfaces', () => {
    // Values it may import: the token model and word scanning (text/), the cue index (cues/), and
    // the rule interfaces (defineRule, QUOTE_LOOKBACK; defineReportRule).
    const interfaces = new Set(['text/document.ts', 'text/words.ts', 'cues/cues.ts', 'sieves/context.ts', 'reports/finding.ts']);
    const bad = ALL.filter((m) => m.startsWith('lang/en/')).flatMap((m) =>
      importsOf(m).filter((i) => !i.target.startsWith('lang/en/') && !i.typeOnly && !interfaces.has(i.target)).map((i) => `${m} → ${i.target}`));
    expect(bad).toEqual([]);
  });

  it('only the nlp adapter imports natural, and never its root', () => {
    const users = ALL.filter((m) => /from\s+['"]natural(?:\/|['"])/.test(code(m)));
    expect(users).toEqual(['nlp/natural.ts']);
    expect(code('nlp/natural.ts')).not.toMatch(/from\s+['"]natural['"]/);
  });
});
