/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, for the browser tests.
 * Without Chromium: with CI set the tests fail with a clear message; otherwise they are skipped
 * with a visible note.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';
import { ROOT } from '../cli/support.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const MISSING = `${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get update && apt-get install -y chromium)`;

/** `describe` for browser tests: runs them with Chromium, fails without it on CI, else skips with a note. */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      it('has Chromium', () => {
        throw new Error(`quote-attribution browser tests: ${MISSING}. CI is set, so this is a failure.`);
      });
    });
  } else {
    console.warn(`\n  NOTE: browser tests "${name}" skipped: ${MISSING}. (With CI set they fail.)\n`);
    describe.skip(name, fn);
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** tests/artifacts/NAME (the folder is gitignored). */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

const lum = (rgb: readonly number[]): number => {
  const [r, g, b] = rgb.map((c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** WCAG contrast ratio of two CSS rgb()/rgba() colours. */
export function contrast(a: string, b: string): number {
  const parse = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [x, y] = [lum(parse(a)), lum(parse(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
