/**
 * The HTML report in a real browser: the CLI's page for a seed article, opened in headless
 * Chromium, checked against the library's own output (quotations, speakers, mentions, panel),
 * for keyboard use, contrast and phone width, with screenshots kept in tests/artifacts/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Analysis, Span } from '../../src/index.js';
import { buildOnce, runCli, seedFiles, seedText, tempDir } from '../cli/support.js';
import { artifact, contrast, describeBrowser, launch } from './browser.js';

const seed = seedFiles()[0]!;
const text = seedText(seed);
// Browser globals used in the callbacks that run in the page (the project's tsconfig has no DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare function getComputedStyle(e: unknown): any;
type HTMLElement = any;

const squash = (s: string): string => s.replace(/\s+/g, '');

describeBrowser('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let analysis: Analysis;
  const requests: string[] = [];
  let url = '';

  beforeAll(async () => {
    const dir = await buildOnce();
    const lib = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { analyze(t: string): Analysis };
    analysis = lib.analyze(text);
    const r = await runCli(join(dir, 'cli.js'), [`seeds/${seed}`, '--format', 'html']);
    expect(r.code).toBe(0);
    const file = join(tempDir('report-page'), 'report.html');
    writeFileSync(file, r.stdout);
    url = pathToFileURL(file).href;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every quotation of the library, with its speaker', async () => {
    const marks = await page.$$eval('mark.qa-q', (els) => els.map((e) => ({
      q: Number((e as HTMLElement).dataset.q),
      speaker: (e as HTMLElement).dataset.speaker ?? '',
      text: e.textContent ?? '',
      visible: (e as HTMLElement).offsetWidth > 0,
      bg: getComputedStyle(e).backgroundColor,
    })));
    expect(analysis.quotes.length).toBeGreaterThan(5);
    const byQuote = new Map<number, { speaker: string; text: string }>();
    for (const m of marks) {
      const prev = byQuote.get(m.q);
      byQuote.set(m.q, { speaker: m.speaker, text: (prev?.text ?? '') + m.text });
      expect(m.visible).toBe(true);
      expect(m.bg).not.toBe('rgba(0, 0, 0, 0)');
    }
    expect(byQuote.size).toBe(analysis.quotes.length);
    analysis.quotes.forEach((q, i) => {
      expect(squash(byQuote.get(i)!.text)).toBe(squash(text.slice(q.start, q.end)));
      expect(byQuote.get(i)!.speaker).toBe(q.speaker?.name ?? '');
    });
    // Not colour alone: a label with the speaker's name follows each quotation.
    const labels = await page.$$eval('.qa-who', (els) => els.map((e) => e.textContent));
    expect(labels).toHaveLength(analysis.quotes.length);
  });

  it("marks each speaker's mention", async () => {
    const mentions = await page.$$eval('.qa-mention', (els) => els.map((e) => ({ text: e.textContent, speaker: (e as HTMLElement).dataset.speaker })));
    const want = new Map<string, { text: string; speaker: string }>();
    for (const q of analysis.quotes) if (q.speaker) want.set(`${q.speaker.mention.start}`, { text: q.speaker.mention.text, speaker: q.speaker.name });
    expect(mentions.length).toBeGreaterThanOrEqual(want.size);
    const joined = mentions.map((m) => `${m.speaker}|${m.text}`).join('\n');
    for (const w of want.values()) expect(joined).toContain(`${w.speaker}|${w.text}`);
  });

  it('lists the speakers with their quotations, words and reported speech, most quoted first', async () => {
    const rows = await page.$$eval('.qa-speakers li', (els) => els.map((e) => ({
      name: e.querySelector('.qa-name')?.textContent,
      counts: [...e.querySelectorAll('.qa-bar-label')].map((x) => x.textContent),
      bars: e.querySelectorAll('.qa-bar').length,
    })));
    const counts = new Map<string, { quotations: number; reported: number }>();
    const count = (name: string) => counts.get(name) ?? counts.set(name, { quotations: 0, reported: 0 }).get(name)!;
    for (const q of analysis.quotes) count(q.speaker?.name ?? 'No speaker').quotations++;
    for (const a of analysis.attributions) if (a.form !== 'direct') count(a.speaker?.name ?? 'No speaker').reported++;
    expect([...counts.values()].some((c) => c.reported > 0)).toBe(true);
    expect(rows.map((r) => r.name).sort()).toEqual([...counts.keys()].sort());
    for (const r of rows) {
      const { quotations, reported } = counts.get(r.name!)!;
      expect(r.counts[0]).toBe(`${quotations} quotation${quotations === 1 ? '' : 's'}`);
      expect(r.counts[1]).toMatch(/^\d+ words?$/);
      expect(r.counts[2]).toBe(`${reported} reported`);
      expect(r.bars).toBe(3);
    }
    const ns = rows.filter((r) => r.name !== 'No speaker').map((r) => counts.get(r.name!)!.quotations);
    expect([...ns].sort((a, b) => b - a)).toEqual(ns);
  });

  it("underlines indirect and mixed speech with dots in its speaker's colour, at the library's offsets, without a highlight", async () => {
    const reported = analysis.attributions.map((a, i) => [a, i] as const).filter(([a]) => a.form !== 'direct');
    expect(reported.length).toBeGreaterThan(2);
    const pieces = await page.$$eval('.qa-r', (els) => els.map((e) => {
      const s = getComputedStyle(e);
      const item = document.querySelector(`.qa-speaker[data-entity="${(e as HTMLElement).dataset.entity}"]`)?.closest('li');
      const swatch = item?.querySelector('.qa-swatch');
      // The article's own text: the labels after quotations are no part of it.
      const clone = e.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.qa-who').forEach((x: HTMLElement) => x.remove());
      return {
        a: Number((e as HTMLElement).dataset.a),
        form: (e as HTMLElement).dataset.form,
        text: clone.textContent ?? '',
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
        colour: s.textDecorationColor,
        accent: swatch ? getComputedStyle(swatch).borderTopColor : null,
        background: s.backgroundColor,
        quotations: e.querySelectorAll('mark.qa-q').length,
      };
    }));
    const byA = new Map<number, string>();
    for (const p of pieces) {
      expect(p.line).toBe('underline');
      expect(p.style).toBe('dotted');
      expect(p.accent).not.toBeNull();
      expect(p.colour).toBe(p.accent); // the speaker's colour, as in the panel
      expect(p.background).toBe('rgba(0, 0, 0, 0)'); // no highlight: that is for quotations
      byA.set(p.a, (byA.get(p.a) ?? '') + p.text);
    }
    expect([...byA.keys()]).toEqual(reported.map(([, i]) => i));
    for (const [a, i] of reported) {
      const spans: readonly Span[] = Array.isArray(a.content) ? a.content : [a.content as Span];
      expect(byA.get(i)).toBe(spans.map((x) => text.slice(x.start, x.end)).join(''));
    }
    // A mixed one holds its quoted fragments, highlighted as quotations.
    const mixed = pieces.filter((p) => p.form === 'mixed');
    expect(mixed.length).toBeGreaterThan(0);
    expect(mixed.some((p) => p.quotations > 0)).toBe(true);
    // Quotations keep their highlight and have no dotted underline of their own.
    const mark = await page.$eval('mark.qa-q', (e) => ({ style: getComputedStyle(e).textDecorationStyle, bg: getComputedStyle(e).backgroundColor }));
    expect(mark.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(mark.style).not.toBe('dotted');
  });

  it('explains the dotted underline, the rule and the confidence on the page', async () => {
    const lead = await page.$$eval('.qa-lead', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    expect(lead).toContain('dotted underline');
    expect(lead).toMatch(/The rule is .+; the confidence, from 0 to 1, is /);
  });

  it('shows form, speaker, cue, rule and confidence of reported speech on hover', async () => {
    const [a, i] = analysis.attributions.map((x, k) => [x, k] as const).find(([x]) => x.form === 'indirect')!;
    await page.hover(`.qa-r[data-a="${i}"]`);
    const tip = page.locator('#qa-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipText = (await tip.textContent()) ?? '';
    expect(tipText).toContain('Reported speech: indirect');
    expect(tipText).toContain(`Rule: ${a.rule}`);
    expect(tipText).toContain(`Confidence: ${a.confidence.toFixed(2)}`);
    if (a.speaker) expect(tipText).toContain(`Speaker: ${a.speaker.name}`);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  });

  it('shows speaker, cue, rule and confidence on hover and on keyboard focus; Escape hides it', async () => {
    const q0 = analysis.quotes[0]!;
    await page.hover('mark.qa-q[data-q="0"]');
    const tip = page.locator('#qa-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const hoverText = (await tip.textContent()) ?? '';
    expect(hoverText).toContain(`Speaker: ${q0.speaker!.name}`);
    expect(hoverText).toContain(`Rule: ${q0.rule}`);
    expect(hoverText).toContain(`Confidence: ${q0.confidence.toFixed(2)}`);
    if (q0.cue) expect(hoverText).toContain(`Cue: ${q0.cue.text}`);
    await page.screenshot({ path: artifact(`report-${seed.replace(/\.txt$/, '')}-tooltip.png`) });
    await page.mouse.move(0, 0);

    await page.goto(url);
    // Tab goes through the quotations and the reported speech in the order of the text.
    const stops = await page.$$eval('.qa-article [tabindex="0"]', (els) => els.map((e) => ((e as HTMLElement).dataset.q !== undefined ? `q${(e as HTMLElement).dataset.q}` : `a${(e as HTMLElement).dataset.a}`)));
    const active = (): Promise<string> => page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      return e.dataset.q !== undefined ? `q${e.dataset.q}` : `a${e.dataset.a}`;
    });
    expect(stops).toContain('q0');
    expect(stops.some((x) => x.startsWith('a'))).toBe(true);
    await page.keyboard.press('Tab'); // the skip link
    for (const stop of stops.slice(0, stops.indexOf('q1') + 1)) {
      await page.keyboard.press('Tab');
      expect(await active()).toBe(stop);
      if (stop === 'q0') {
        await expect.poll(() => tip.isVisible()).toBe(true);
        expect(await tip.textContent()).toContain(q0.speaker!.name);
      }
    }
    expect(await tip.textContent()).toContain(`Rule: ${analysis.quotes[1]!.rule}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Screen readers get the same description.
    const described = await page.$eval('mark.qa-q[data-q="0"]', (e) => document.getElementById(e.getAttribute('aria-describedby')!)?.textContent ?? '');
    expect(described).toContain(q0.speaker!.name);
  });

  it("a speaker's button (keyboard too) dims the other speakers' quotations", async () => {
    const button = page.locator('.qa-speaker').first();
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.qa-doc[data-focus]').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
  });

  it('has enough contrast: text on highlights and on labels (WCAG AA, 4.5:1)', async () => {
    const pairs = await page.$$eval('mark.qa-q, .qa-who, .qa-detail, .qa-summary, .qa-bar-label', (els) => els.map((e) => {
      const s = getComputedStyle(e);
      let bg = s.backgroundColor;
      for (let p = e.parentElement; p && bg === 'rgba(0, 0, 0, 0)'; p = p.parentElement) bg = getComputedStyle(p).backgroundColor;
      return { cls: e.className, fg: s.color, bg };
    }));
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) expect(contrast(p.fg, p.bg), `${p.cls}: ${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('needs no network and keeps its screenshot as an artifact', async () => {
    await page.goto(url);
    await page.screenshot({ path: artifact(`report-${seed.replace(/\.txt$/, '')}.png`), fullPage: true });
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('reads on a phone: one column, no sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(url);
    const { scroll, width, panelTop, articleTop } = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      panelTop: document.querySelector('.qa-panel')!.getBoundingClientRect().top,
      articleTop: document.querySelector('.qa-article')!.getBoundingClientRect().top,
    }));
    expect(scroll).toBeLessThanOrEqual(width);
    expect(panelTop).toBeLessThan(articleTop);
    await phone.tap('mark.qa-q[data-q="0"]');
    await expect.poll(() => phone.locator('#qa-tip').isVisible()).toBe(true);
    const box = await phone.locator('#qa-tip').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: artifact(`report-${seed.replace(/\.txt$/, '')}-phone.png`), fullPage: false });
    await phone.close();
  });
});
