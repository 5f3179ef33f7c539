/**
 * vitest globalSetup: makes sure dist/ is built and not older than its sources, for the tests that
 * load the built package (tests/import.test.ts). Runs once per `vitest run`, in the main process.
 * It builds only when needed, so `npm run build && npm test` (CI) does not build twice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root = ROOT): string | null {
  const missing = OUTPUTS.filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) return `missing ${missing.join(', ')}`;
  const built = Math.min(...OUTPUTS.map((f) => statSync(join(root, f)).mtimeMs));
  const changed = INPUTS.filter((f) => existsSync(join(root, f)) && newestMtime(join(root, f)) > built);
  return changed.length > 0 ? `${changed.join(', ')} changed since the last build` : null;
}

export default function setup(): void {
  const reason = staleReason();
  if (reason === null) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    throw new Error(`globalSetup: \`npm run build\` (${reason}) failed with status ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
}
