/**
 * The analysis keeps V8's optimised code from one text to the next. V8 holds the hidden classes
 * that optimised code is compiled against weakly; a full garbage collection between two texts
 * used to drop those of the per-text objects, and with them the optimised code of 50-80
 * functions, compiled again at the next texts (see `resident` in src/extract.ts). Counted with
 * --trace-deopt in a fresh process, not timed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLibrary, ROOT, type LibraryBundle } from './support/library-bundle.js';

let lib: LibraryBundle | null = null;
beforeAll(async () => { lib = await bundleLibrary('gc'); }, 120_000);
afterAll(() => lib?.dispose());

describe('optimised code across texts', () => {
  it('survives a full garbage collection between two texts', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--trace-deopt', join(ROOT, 'tests', 'support', 'gc-between-texts.mjs'), lib!.path, join(ROOT, 'seeds')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    const [, after = ''] = r.stdout.split('--- full collection ---');
    // Before the fix: 49-50 functions here, every run.
    const dropped = after.split('\n').filter((l) => l.includes('reason: weak objects')).map((l) => /SharedFunctionInfo ([^>]*)>/.exec(l)?.[1] ?? l);
    expect(dropped).toEqual([]);
  }, 120_000);
});
