/**
 * The demo page (docs/demo) in a real browser, served over HTTP from this machine: text is pasted,
 * and the highlights must be the library's output. The page runs the library's ESM build
 * (dist/index.js, copied beside it), which shows the core needs no Node API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Analysis, Span } from '../../src/index.js';
import { buildOnce, seedFiles, seedText } from '../cli/support.js';
import { artifact, describeBrowser, launch } from './browser.js';

// Browser globals used in the callbacks that run in the page (the project's tsconfig has no DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const navigator: any;
declare function getComputedStyle(e: unknown): any;
type HTMLElement = any;

const squash = (s: string): string => s.replace(/\s+/g, '');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

describeBrowser('demo page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let base = '';
  let analyze: (t: string) => Analysis;
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = await buildOnce();
    analyze = ((await import(pathToFileURL(join(dir, 'index.js')).href)) as { analyze: typeof analyze }).analyze;
    const root = join(dir, 'demo');
    // The copied library is byte for byte the package's ESM build.
    expect(readFileSync(join(root, 'lib/quote-attribution.js'), 'utf8')).toBe(readFileSync(join(dir, 'index.js'), 'utf8'));
    server = createServer((req, res) => {
      const path = normalize(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function highlighted(): Promise<Map<number, { text: string; speaker: string }>> {
    const marks = await page.$$eval('#result mark.qa-q', (els) => els.map((e) => ({ q: Number((e as HTMLElement).dataset.q), speaker: (e as HTMLElement).dataset.speaker ?? '', text: e.textContent ?? '' })));
    const by = new Map<number, { text: string; speaker: string }>();
    for (const m of marks) by.set(m.q, { speaker: m.speaker, text: (by.get(m.q)?.text ?? '') + m.text });
    return by;
  }

  it('pasted text is highlighted as the library says, in the browser', async () => {
    const text = seedText(seedFiles()[1]!);
    await page.locator('#text').click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
    expect(await page.locator('#text').inputValue()).toBe(text);
    await page.getByRole('button', { name: 'Highlight quotations' }).click();
    const want = analyze(text);
    expect(want.quotes.length).toBeGreaterThan(5);
    await expect.poll(async () => (await highlighted()).size).toBe(want.quotes.length);
    const got = await highlighted();
    want.quotes.forEach((q, i) => {
      expect(squash(got.get(i)!.text)).toBe(squash(text.slice(q.start, q.end)));
      expect(got.get(i)!.speaker).toBe(q.speaker?.name ?? '');
    });
    const reported = want.attributions.filter((a) => a.form !== 'direct');
    expect(reported.length).toBeGreaterThan(0);
    const speakerNames = new Set([...want.quotes, ...reported].map((x) => x.speaker?.name ?? 'No speaker'));
    const named = [...speakerNames].filter((n) => n !== 'No speaker').length;
    expect(await page.locator('#status').textContent()).toMatch(new RegExp(`^${want.quotes.length} quotations, ${reported.length} reported, ${named} speakers? \\(`));
    const names = await page.$$eval('#result .qa-speakers .qa-name', (els) => els.map((e) => e.textContent));
    expect(new Set(names)).toEqual(speakerNames);
    // Reported speech is underlined where the library puts it.
    const underlined = await page.$$eval('#result .qa-r', (els) => els.map((e) => {
      const clone = e.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.qa-who').forEach((x: HTMLElement) => x.remove());
      return { a: Number((e as HTMLElement).dataset.a), text: clone.textContent ?? '', style: getComputedStyle(e).textDecorationStyle };
    }));
    const byA = new Map<number, string>();
    for (const u of underlined) {
      expect(u.style).toBe('dotted');
      byA.set(u.a, (byA.get(u.a) ?? '') + u.text);
    }
    expect(byA).toEqual(new Map(want.attributions.flatMap((a, i) => (a.form === 'direct' ? [] : [[i, (Array.isArray(a.content) ? a.content : [a.content as Span]).map((x) => text.slice(x.start, x.end)).join('')]]))));
    expect(await page.locator('#legend').textContent()).toMatch(/The rule is .+ the confidence, from 0 to 1, is /);
    await page.hover('#result mark.qa-q[data-q="0"]');
    await expect.poll(() => page.locator('#qa-tip').isVisible()).toBe(true);
    expect(await page.locator('#qa-tip').textContent()).toContain(`Rule: ${want.quotes[0]!.rule}`);
    await page.screenshot({ path: artifact('demo.png'), fullPage: true });
  });

  it('typing re-renders, and the example button works', async () => {
    await page.locator('#text').fill('“We will win,” Assad said.');
    await expect.poll(async () => [...(await highlighted()).values()].map((m) => m.speaker)).toEqual(['Assad']);
    await page.locator('#text').fill('Assad said the war was over.');
    await expect.poll(() => page.$$eval('#result .qa-r', (els) => els.map((e) => `${(e as HTMLElement).dataset.speaker}: ${e.textContent}`))).toEqual(['Assad: the war was over']);
    await page.getByRole('button', { name: 'Load an example' }).click();
    const example = await page.locator('#text').inputValue();
    await expect.poll(async () => (await highlighted()).size).toBe(analyze(example).quotes.length);
    const reported = analyze(example).attributions.filter((a) => a.form !== 'direct').length;
    expect(reported).toBeGreaterThan(0);
    await expect.poll(() => page.$$eval('#result .qa-r[tabindex="0"]', (els) => els.length)).toBe(reported);
  });

  it('loads only its own files: the page, the library build and the renderer', () => {
    const paths = requests.map((u) => new URL(u)).map((u) => (u.origin === base.slice(0, -1) ? u.pathname : u.href));
    expect(new Set(paths)).toEqual(new Set(['/', '/lib/quote-attribution.js', '/lib/report.js']));
  });
});
