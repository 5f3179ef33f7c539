/**
 * Paragraphs (buildDoc), and long texts analysed window by window (src/text/windows.ts,
 * WINDOW and MARGIN): the cuts, and that the windows report what one pass over the whole text reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { analyzeInWindows } from '../../src/extract.js';
import { buildDoc } from '../../src/text/document.js';
import { MARGIN, WINDOW, windowsOf } from '../../src/text/windows.js';
import { checkAnalysis } from '../support/invariants.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const articles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8').trim());
/** The seed articles, one after another, `times` times, a blank line apart: about 18 KB a round. */
const dump = (times: number): string => Array.from({ length: times }, () => articles.join('\n\n')).join('\n\n');
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

describe('paragraphs (buildDoc)', () => {
  const paras = (text: string): [number, number, boolean][] => buildDoc(text, english.orthography).paragraphs.map((p, i) => (expect(p.index).toBe(i), [p.start, p.end, p.blank]));

  it('splits at LF, CRLF, a lone CR and the Unicode line and paragraph separators', () => {
    expect(paras('a\nb\r\nc\rd\u2028e\u2029f')).toEqual([[0, 1, false], [2, 3, false], [5, 6, false], [7, 8, false], [9, 10, false], [11, 12, false]]);
    expect(paras('')).toEqual([[0, 0, true]]);
    expect(paras('a\n')).toEqual([[0, 1, false], [2, 2, true]]);
    expect(paras('\r\r\n\n')).toEqual([[0, 0, true], [1, 1, true], [3, 3, true], [4, 4, true]]);
  });

  it('calls a line blank when it holds only whitespace (\\s: tabs, no-break and other Unicode spaces)', () => {
    expect(paras(' \t\u00a0\u2003\ufeff\nx \n\u200b')).toEqual([[0, 5, true], [6, 8, false], [9, 10, false]]);
    expect(paras('\ud83d\ude00\n\udc00')).toEqual([[0, 2, false], [3, 4, false]]); // an emoji; a lone surrogate
  });

  it('agrees with its definition on random mixes of breaks, spaces and letters', () => {
    const units = ['\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\u3000', 'a', 'É', '\ud83d\ude00', '\udc00', '“'];
    let seed = 7;
    const next = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let k = next() % 30; k > 0; k--) text += units[next() % units.length];
      const expected: [number, number, boolean][] = [];
      let start = 0;
      for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029]/g)) {
        expected.push([start, m.index, !/\S/.test(text.slice(start, m.index))]);
        start = m.index + m[0].length;
      }
      expected.push([start, text.length, !/\S/.test(text.slice(start))]);
      expect(paras(text), JSON.stringify(text)).toEqual(expected);
      // Every token lies in its paragraph, and the paragraphs' first tokens say the same.
      const doc = buildDoc(text, english.orthography);
      const tk = doc.tokens;
      expect(doc.paraTokenStart).toHaveLength(doc.paragraphs.length + 1);
      for (let t = 0; t < tk.length; t++) {
        const para = doc.paragraphs[tk.paraOf(t)]!;
        expect(tk.startOf(t) >= para.start && tk.endOf(t) <= para.end, JSON.stringify(text)).toBe(true);
        expect(doc.paraTokenStart[tk.paraOf(t)]! <= t && t < doc.paraTokenStart[tk.paraOf(t) + 1]!, JSON.stringify(text)).toBe(true);
      }
    }
  });
});

describe('windowsOf', () => {
  it('gives one window for a text of at most the window size', () => {
    expect(windowsOf('a'.repeat(100), 100, 10)).toEqual([{ from: 0, to: 100, keepFrom: 0, keepTo: 100 }]);
    // The context read twice costs at most a tenth more work.
    expect((2 * MARGIN) / WINDOW).toBeLessThanOrEqual(0.1);
  });

  it('reports disjoint ranges that cover the text, cut after a line break, each inside its window and context', () => {
    const text = dump(6);
    const ws = windowsOf(text, 20_000, 3_000);
    expect(ws.length).toBeGreaterThan(4);
    expect(ws[0]!.keepFrom).toBe(0);
    expect(ws.at(-1)!.keepTo).toBe(text.length);
    ws.forEach((w, k) => {
      if (k > 0) {
        expect(w.keepFrom).toBe(ws[k - 1]!.keepTo);
        expect(isBreak(text[w.keepFrom - 1])).toBe(true);
        // Context: whole lines, about the margin.
        expect(w.from === 0 || isBreak(text[w.from - 1])).toBe(true);
        expect(w.keepFrom - w.from).toBeGreaterThanOrEqual(3_000);
      }
      if (k + 1 < ws.length) expect(w.to === text.length || isBreak(text[w.to])).toBe(true);
      expect(w.keepTo - w.keepFrom).toBeLessThanOrEqual(20_000);
      if (k + 1 < ws.length) expect(w.keepTo - w.keepFrom).toBeGreaterThan(10_000);
      expect(w.from).toBeLessThanOrEqual(w.keepFrom);
      expect(w.to).toBeGreaterThanOrEqual(w.keepTo);
    });
  });

  it('cuts at a blank line rather than at a line break inside a paragraph', () => {
    const para = `${'word '.repeat(30)}\n${'word '.repeat(30)}`; // two lines, one paragraph
    const text = Array.from({ length: 40 }, () => para).join('\n \n');
    for (const w of windowsOf(text, 1_000, 100).slice(1)) expect(text.slice(w.keepFrom - 3, w.keepFrom)).toBe('\n \n');
  });

  it('never cuts a line: a line longer than the window makes its window longer', () => {
    const line = 'word '.repeat(400); // 2,000 units
    const text = [line, line, 'short', line].join('\r\n');
    const ws = windowsOf(text, 500, 50);
    for (const w of ws) {
      for (const at of [w.from, w.keepFrom]) expect(at === 0 || text[at - 1] === '\n').toBe(true);
      for (const at of [w.to, w.keepTo]) expect(at === text.length || text[at] === '\r' || text[at - 1] === '\n').toBe(true);
    }
    expect(ws.map((w) => w.keepTo - w.keepFrom).reduce((x, y) => x + y, 0)).toBe(text.length);
    expect(windowsOf('😀'.repeat(5_000), 1_000, 50)).toHaveLength(1);
  });
});

describe('analysis in windows', () => {
  it('reports the quotations, speaker mentions, cues and rules of one pass over the whole text', () => {
    const text = dump(8);
    const whole = analyzeInWindows(text, Infinity, 0, { includeUnattributed: true });
    const windowed = analyzeInWindows(text, 20_000, 8_000, { includeUnattributed: true });
    expect(windowsOf(text, 20_000, 8_000).length).toBeGreaterThan(5);
    // Names may differ: one pass clusters the same surname across articles, windows merge by name.
    const shape = (a: typeof whole) => a.quotes.map((q) => ({ ...q, speaker: q.speaker && { kind: q.speaker.kind, mention: q.speaker.mention } }));
    expect(shape(windowed)).toEqual(shape(whole));
    checkAnalysis(text, windowed, { includeUnattributed: true });
  });

  it('gives one entity per kind and name across windows, with the mentions of every window', () => {
    const text = dump(8);
    const a = analyzeInWindows(text, 20_000, 8_000);
    const keys = a.entities.map((e) => `${e.kind} ${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    const assad = a.entities.find((e) => e.name === 'Bashar al-Assad')!;
    const quoted = a.quotes.filter((q) => q.speaker?.entity === assad.id);
    // Quoted in every round of the seed articles, so in every window.
    expect(new Set(quoted.map((q) => Math.floor(q.start / 20_000))).size).toBeGreaterThan(5);
    const starts = assad.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('a text under the window size is analysed in one pass, as before', () => {
    const text = dump(2);
    expect(analyzeInWindows(text, WINDOW, MARGIN)).toEqual(analyzeInWindows(text, Infinity, 0));
  });
});
