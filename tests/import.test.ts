/**
 * Import cost of the built package, in a fresh `node` process for each format (ESM dist/index.js,
 * CJS dist/index.cjs): loading the library prints nothing, reads no `.env`, loads no other module
 * (natural is bundled, its root and its database drivers never load), and takes under 100 ms.
 *
 * natural's root import is the reason for these checks: it loads ~1,270 modules (mongoose, pg,
 * redis, …), runs dotenv on the caller's `.env` and prints to stdout (docs/STACK.md). A control test
 * runs the same harness on natural's root to show that the checks do catch all of that.
 *
 * dist/ is built by tests/global-setup.ts when it is missing or older than src/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ESM = join(ROOT, 'dist', 'index.js');
const CJS = join(ROOT, 'dist', 'index.cjs');
const PUBLIC_EXPORTS = ['REPORT_RULES', 'RULES', 'analyze', 'createExtractor', 'extractAttributions', 'extractQuotes'];
/** Modules natural's root loads eagerly; none may load with the library. */
const FORBIDDEN = ['natural', 'mongoose', 'mongodb', 'pg', 'redis', 'memjs', 'dotenv'];
const IMPORT_BUDGET_MS = 100;
const RUNS = 3;

interface ChildReport {
  ms: number;
  exports: string[];
  sentinel: string | null;
  loaded: string[];
  quotes: number;
}

interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  report: ChildReport;
}

// The child loads the entry, times the load, then writes its findings to a file: its stdout and
// stderr must stay empty. require.cache is Node's one CommonJS cache, also filled when ESM imports
// CommonJS, so it lists every CommonJS module either format loaded (all of natural's drivers are CJS).
const ESM_CHILD = `
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const t0 = performance.now();
const m = await import(process.env.QA_ENTRY_URL);
const ms = performance.now() - t0;
const require = createRequire(process.env.QA_ENTRY_URL);
const quotes = typeof m.extractQuotes === 'function' ? m.extractQuotes('\\u201cWe will win,\\u201d Assad said.').length : -1;
writeFileSync(process.env.QA_RESULT_FILE, JSON.stringify({
  ms, exports: Object.keys(m).sort(), sentinel: process.env.QA_SENTINEL ?? null, loaded: Object.keys(require.cache), quotes,
}));
`;
const CJS_CHILD = `
const { writeFileSync } = require('node:fs');
const t0 = performance.now();
const m = require(process.env.QA_ENTRY_PATH);
const ms = performance.now() - t0;
const quotes = typeof m.extractQuotes === 'function' ? m.extractQuotes('\\u201cWe will win,\\u201d Assad said.').length : -1;
writeFileSync(process.env.QA_RESULT_FILE, JSON.stringify({
  ms, exports: Object.keys(m).sort(), sentinel: process.env.QA_SENTINEL ?? null, loaded: Object.keys(require.cache), quotes,
}));
`;

let cwd: string;

beforeAll(() => {
  // The child's working directory holds a .env: a library that runs dotenv would load it.
  cwd = mkdtempSync(join(tmpdir(), 'qa-import-'));
  writeFileSync(join(cwd, '.env'), 'QA_SENTINEL=1\n');
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function runChild(format: 'esm' | 'cjs', entry: string): ChildRun {
  const resultFile = join(cwd, `result-${format}-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, QA_ENTRY_URL: pathToFileURL(entry).href, QA_ENTRY_PATH: entry, QA_RESULT_FILE: resultFile };
  delete env.NODE_OPTIONS;
  delete env.QA_SENTINEL;
  const args = format === 'esm' ? ['--input-type=module', '-e', ESM_CHILD] : ['-e', CJS_CHILD];
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`child node (${format}) exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(readFileSync(resultFile, 'utf8')) as ChildReport;
  rmSync(resultFile, { force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, report };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Loaded modules that belong to a forbidden package (or any package at all: the library bundles its code). */
function foreignModules(loaded: readonly string[], entry: string): string[] {
  return loaded.filter((p) => p !== entry && /[\\/]node_modules[\\/]/.test(p));
}

describe.each([
  { format: 'esm' as const, entry: ESM },
  { format: 'cjs' as const, entry: CJS },
])('importing the built package ($format) in a fresh node process', ({ format, entry }) => {
  let runs: ChildRun[];

  beforeAll(() => {
    runs = Array.from({ length: RUNS }, () => runChild(format, entry));
  });

  it('exports the public API, and it works', () => {
    for (const r of runs) {
      expect(r.report.exports).toEqual(PUBLIC_EXPORTS);
      expect(r.report.quotes).toBe(1);
    }
  });

  it('prints nothing to stdout or stderr (on import and on a first call)', () => {
    for (const r of runs) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('');
    }
  });

  it("does not read the caller's .env into process.env", () => {
    for (const r of runs) expect(r.report.sentinel).toBeNull();
  });

  it('loads no other package (no natural root, no database driver, no dotenv)', () => {
    for (const r of runs) {
      expect(foreignModules(r.report.loaded, entry)).toEqual([]);
      const named = r.report.loaded.filter((p) => FORBIDDEN.some((n) => p.includes(`node_modules/${n}/`) || p.includes(`node_modules\\${n}\\`)));
      expect(named).toEqual([]);
    }
  });

  it(`loads in under ${IMPORT_BUDGET_MS} ms (median of ${RUNS} fresh processes)`, () => {
    const times = runs.map((r) => r.report.ms);
    expect(median(times), `import times: ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(IMPORT_BUDGET_MS);
  });
});

/** Every module specifier the bundle imports or requires at run time (outside comments is not checked). */
function specifiers(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g, // require("x")
    /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g, // import("x")
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(["'])([^"']+)\1/gm, // import … from "x", export … from "x"
    /^\s*import\s*(["'])([^"']+)\1/gm, // import "x"
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[2]!);
  return [...found].sort();
}

describe('the built bundle and package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;

  it.each([
    { file: 'dist/index.js' },
    { file: 'dist/index.cjs' },
  ])('$file imports no module at run time (natural is bundled; no Node API, no driver)', ({ file }) => {
    const found = specifiers(readFileSync(join(ROOT, file), 'utf8'));
    // The library declares no dependency and runs in browsers too, so nothing may be imported.
    const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
    expect(found.filter((s) => !allowed.has(s))).toEqual([]);
    expect(found.filter((s) => FORBIDDEN.some((n) => s === n || s.startsWith(`${n}/`)))).toEqual([]);
  });

  it('declares no run-time dependency on natural (it is bundled) and pins natural exactly', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), `package.json ${field}`).not.toContain('natural');
    }
    // The bundle reaches into natural's internal paths: only an exact version is safe.
    expect(pkg.devDependencies?.natural).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

// The control: the same harness on natural's root shows what the checks above would catch.
const requireHere = createRequire(import.meta.url);
let naturalRoot: string | null = null;
try {
  naturalRoot = requireHere.resolve('natural');
} catch {
  naturalRoot = null;
}

describe.skipIf(naturalRoot === null)('control: the harness catches natural’s root import', () => {
  it('sees its output, its .env read and its database drivers', () => {
    const r = runChild('cjs', naturalRoot!);
    expect(r.stdout + r.stderr).not.toBe('');
    expect(r.report.sentinel).toBe('1');
    expect(foreignModules(r.report.loaded, naturalRoot!).length).toBeGreaterThan(100);
    expect(r.report.loaded.some((p) => /node_modules[\\/](mongoose|pg|redis|memjs|mongodb)[\\/]/.test(p))).toBe(true);
  });
});
