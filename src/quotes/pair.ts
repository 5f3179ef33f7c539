/**
 * Pairs quotation marks into quotation spans.
 *
 * Double marks are paired first, paragraph by paragraph, with a stack so that nested quotations
 * stay inside their outer one. A quotation still open at a paragraph's end continues when the next
 * paragraph opens with a mark (the news convention for quotations over several paragraphs);
 * otherwise it ends at its paragraph's end, marked `closed: false`, instead of swallowing the
 * document. Single marks are paired after, outside double quotations; a single-quoted span that
 * encloses double ones (British style) takes them in as nested.
 */
import type { Paragraph } from '../text/document.js';
import { canClose, canOpen, scanMarks, type Mark } from './marks.js';

/** A quotation span before attribution. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset past the closing mark, or the trimmed paragraph end when unterminated. */
  readonly end: number;
  /** Offsets of the quoted words, inside the outer marks. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly closed: boolean;
  readonly family: 'double' | 'single';
  /** Index of the paragraph of the opening mark, and of the closing one. */
  readonly firstPara: number;
  readonly lastPara: number;
}

interface Open {
  readonly mark: Mark;
  readonly para: number;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Finds every outermost quotation span of the text, in document order. */
export function pairQuotes(text: string, paragraphs: readonly Paragraph[], elisions: RegExp): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: Open | null = null; // an outer double quotation continued from an earlier paragraph
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (p.blank) continue;
    const marks = scanMarks(text, p.start, p.end, elisions);
    const doubles: QuoteSpan[] = [];
    const stack: Open[] = [];
    let k = 0;
    if (carried !== null) {
      // The continuation paragraph's own opening mark is part of the carried quotation.
      const first = marks[0];
      if (first !== undefined && first.family === 'double' && text.slice(p.start, first.start).trim() === '') k = 1;
      stack.push(carried);
      carried = null;
    }
    for (; k < marks.length; k++) {
      const m = marks[k]!;
      if (m.family !== 'double') continue;
      const top = stack[stack.length - 1];
      if (top !== undefined && canClose(m)) {
        stack.pop();
        if (stack.length === 0) doubles.push(span(top, m.end, m.start, true, pi));
      } else if (canOpen(m)) {
        stack.push({ mark: m, para: pi });
      }
    }
    const outer = stack[0];
    if (outer !== undefined) {
      const next = nextNonBlank(paragraphs, pi);
      if (next !== null && opensWithDoubleMark(text, next, elisions)) {
        carried = outer;
      } else {
        const end = trimEnd(text, outer.mark.start, p.end);
        doubles.push(span(outer, end, end, false, pi));
      }
    }
    // (A loop, not push(...spans): a paragraph may hold more quotations than a call has arguments.)
    for (const s of pairSingles(p, pi, marks, doubles, carried === null ? p.end : carried.mark.start)) out.push(s);
  }
  return out;
}

function span(open: Open, end: number, contentEnd: number, closed: boolean, lastPara: number): QuoteSpan {
  return {
    start: open.mark.start,
    end,
    contentStart: open.mark.end,
    contentEnd,
    closed,
    family: open.mark.family,
    firstPara: open.para,
    lastPara,
  };
}

function nextNonBlank(paragraphs: readonly Paragraph[], pi: number): Paragraph | null {
  for (let j = pi + 1; j < paragraphs.length; j++) if (!paragraphs[j]!.blank) return paragraphs[j]!;
  return null;
}

function opensWithDoubleMark(text: string, p: Paragraph, elisions: RegExp): boolean {
  const marks = scanMarks(text, p.start, Math.min(p.end, p.start + 64), elisions);
  const first = marks[0];
  return first !== undefined && first.family === 'double' && canOpen(first) && text.slice(p.start, first.start).trim() === '';
}

/**
 * Pairs the single marks of one paragraph that lie outside its double quotations (those inside are
 * nested and stay part of their outer quotation), and merges the result with the double spans.
 */
function pairSingles(
  p: Paragraph,
  pi: number,
  marks: readonly Mark[],
  doubles: QuoteSpan[],
  openFrom: number,
): QuoteSpan[] {
  const singles: QuoteSpan[] = [];
  const stack: Mark[] = [];
  let d = 0;
  for (const m of marks) {
    if (m.family !== 'single') continue;
    while (d < doubles.length && doubles[d]!.end <= m.start) d++;
    const inDouble = d < doubles.length && doubles[d]!.start < m.start;
    if (inDouble || m.start < p.start || m.start > openFrom) continue;
    const top = stack[stack.length - 1];
    // A closing candidate after an "s" may be a plural possessive (troops’): only close a pending quote.
    if (top !== undefined && canClose(m) && m.rightFlanking) {
      stack.pop();
      if (stack.length === 0) {
        singles.push({ start: top.start, end: m.end, contentStart: top.end, contentEnd: m.start, closed: true, family: 'single', firstPara: pi, lastPara: pi });
      }
    } else if (canOpen(m) && m.leftFlanking) {
      stack.push(m);
    }
  }
  if (singles.length === 0) return doubles;
  const merged: QuoteSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < doubles.length || j < singles.length) {
    const a = doubles[i];
    const b = singles[j];
    if (b === undefined || (a !== undefined && a.start < b.start)) {
      merged.push(a!);
      i++;
    } else {
      merged.push(b);
      // Double quotations inside this single one are nested in it.
      while (i < doubles.length && doubles[i]!.start >= b.start && doubles[i]!.end <= b.end) i++;
      j++;
    }
  }
  return merged;
}
