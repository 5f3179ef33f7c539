/**
 * Bundles src/index.ts with esbuild into a temporary ES module, for the tests that run the library
 * in a fresh Node process (determinism across processes, timing with a kill switch). esbuild comes
 * with vite/tsup; the bundle is what tsup would build, without the type declarations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A temporary directory with the bundled library; `dispose()` removes it. */
export interface LibraryBundle {
  readonly dir: string;
  readonly path: string;
  dispose(): void;
}

export async function bundleLibrary(prefix: string): Promise<LibraryBundle> {
  const dir = mkdtempSync(join(tmpdir(), `quote-attribution-${prefix}-`));
  const path = join(dir, 'quote-attribution.mjs');
  await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    outfile: path,
    logLevel: 'silent',
  });
  return { dir, path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
