/**
 * Helpers of the CLI and browser tests: a private build of the package (so tests never race a
 * `npm run build` writing dist/), running the CLI as a process, and small fixtures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SEEDS = join(ROOT, 'seeds');

/** The seed articles (seeds/*.txt), sorted by name. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

function sourceHash(): string {
  const h = createHash('sha256');
  const add = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) add(p);
      else { h.update(p); h.update(readFileSync(p)); }
    }
  };
  add(join(ROOT, 'src'));
  for (const f of ['tsup.config.ts', 'package.json', 'scripts/build-demo.mjs', 'docs/demo/index.html']) {
    const p = join(ROOT, f);
    if (existsSync(p)) { h.update(f); h.update(readFileSync(p)); }
  }
  return h.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the package with the project's tsup config (without declarations) into a cache folder
 * named by a hash of the sources, once for all test files (a lock folder keeps parallel test
 * files from building twice). Returns the folder holding index.js and cli.js.
 */
export async function buildOnce(): Promise<string> {
  const base = join(tmpdir(), 'quote-attribution-test-build');
  mkdirSync(base, { recursive: true });
  const dir = join(base, sourceHash());
  const lock = `${dir}.lock`;
  for (let waited = 0; ; waited += 200) {
    if (existsSync(join(dir, 'cli.js'))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Someone else builds; take over a lock left by a dead run.
      try { if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true }); } catch { /* gone */ }
      if (waited > 240_000) throw new Error(`timed out waiting for the build in ${dir}`);
      await sleep(200);
      continue;
    }
    try {
      if (existsSync(join(dir, 'cli.js'))) return dir;
      const tmp = `${dir}.tmp-${process.pid}`;
      const script = `import('tsup').then((m) => m.build({ outDir: ${JSON.stringify(tmp)}, dts: false, silent: true, sourcemap: false }))`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
      if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
      const demo = spawnSync(process.execPath, [join(ROOT, 'scripts/build-demo.mjs'), '--dist', tmp, '--out', join(tmp, 'demo')], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
      if (demo.status !== 0) throw new Error(`demo build failed (${demo.status}):\n${demo.stdout}\n${demo.stderr}`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The result of a CLI run. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI with arguments and optional standard input (`node` itself gets `nodeArgs`),
 * as another user when `uid` and `gid` are given (the test process must be root); never rejects
 * on exit codes.
 */
export function runCli(cli: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: readonly string[]; uid?: number; gid?: number } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A fresh temporary folder. */
export function tempDir(name: string): string {
  const d = join(tmpdir(), `qa-${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(d, { recursive: true });
  return d;
}

/** Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF rows). */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n') throw new Error(`bare LF in CSV at ${i}`);
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
