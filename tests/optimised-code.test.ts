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
    const parts = r.stdout.split('--- full collection ---');
    expect(parts, 'the child did not reach the full collection').toHaveLength(2);
    const dropped = parts[1]!.split('\n').filter((l) => l.includes('reason: weak objects')).map((l) => /SharedFunctionInfo ([^>]*)>/.exec(l)?.[1] ?? l);
    // The child's canary (a function outside the library whose maps die at the collection) must be
    // reported: without it, an empty list could mean that V8 printed nothing or worded it otherwise.
    expect(dropped, `V8's --trace-deopt no longer reports the canary as "reason: weak objects … SharedFunctionInfo canaryRead>"; the trace after the collection was:\n${parts[1]!.slice(0, 2000)}`).toContain('canaryRead');
    // Before the fix: 49-50 functions of the library here, every run.
    expect(dropped.filter((f) => f !== 'canaryRead')).toEqual([]);
  }, 120_000);
});
