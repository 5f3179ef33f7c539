/**
 * Known misses in plain tests, the way tests/fixtures.test.ts keeps them in fixtures: a case the
 * library gets wrong today that a user would reasonably expect to work. The test states what is
 * expected, why the library misses it, and what it gives instead; it passes only while the library
 * gives exactly that wrong output. It fails when the library throws, gives another wrong output,
 * or gets it right (the miss is fixed: turn it into an ordinary test). Never delete or hide one.
 */
import { expect, it } from 'vitest';

/** A test of a known miss: `run()` must give `actual` (and not `expected`) until it is fixed. */
export function itKnownMiss<T>(name: string, miss: { readonly reason: string; readonly expected: T; readonly actual: T }, run: () => T): void {
  it(`${name} (known miss: ${miss.reason})`, () => {
    expect(miss.actual, 'a known miss must differ from what is expected').not.toEqual(miss.expected);
    const got = run();
    expect(got, `the library now gives the expected output: the miss "${miss.reason}" is fixed, make it an ordinary test`).not.toEqual(miss.expected);
    expect(got).toEqual(miss.actual);
  });
}
