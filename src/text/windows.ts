/**
 * Windows of long texts: where a text over {@link WINDOW} code units is cut, and how much context
 * each piece is read with. src/extract.ts analyses each window and keeps the quotations that start
 * in it.
 */
import type { Span } from '../types.js';
import { isLineBreak } from './document.js';

/**
 * Texts longer than this (in UTF-16 code units, about 1 MB of English) are analysed window by
 * window, so that the memory of a call grows with a window rather than with the whole text: one
 * window's tokens, paragraphs and candidate speakers are alive at a time, not the whole text's.
 * News articles are far shorter and are always analysed whole.
 */
export const WINDOW = 1_000_000;
/**
 * Text read as context on each side of a window (code units): quotations that run over several
 * paragraphs, and the rules and pronouns that look a few paragraphs back or ahead, see it as if
 * the text were whole. Quotations are reported by the window where they start.
 */
export const MARGIN = 50_000;

/** A window: analyse `[from, to)`, report the quotations that start in `[keepFrom, keepTo)`. */
export interface Window {
  readonly from: number;
  readonly to: number;
  readonly keepFrom: number;
  readonly keepTo: number;
}

/**
 * Cuts a long text into windows of about `size` code units at paragraph breaks (a blank line when
 * there is one in the window's second half, else any line break), each with at least `margin`
 * units of context on either side, widened to whole lines. A window never cuts a line: a line
 * longer than the window makes its window longer.
 */
export function windowsOf(text: string, size: number, margin: number): Window[] {
  const n = text.length;
  if (n <= size) return [{ from: 0, to: n, keepFrom: 0, keepTo: n }];
  const cuts = [0];
  for (let at = 0; n - at > size; ) {
    const next = breakBefore(text, at + size, at + (size >> 1));
    if (next >= n) break;
    cuts.push(next);
    at = next;
  }
  cuts.push(n);
  const windows: Window[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const keepFrom = cuts[k]!;
    const keepTo = cuts[k + 1]!;
    const from = keepFrom === 0 ? 0 : lineStart(text, Math.max(0, keepFrom - margin));
    const to = keepTo === n ? n : lineEnd(text, Math.min(n, keepTo + margin));
    windows.push({ from, to, keepFrom, keepTo });
  }
  return windows;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x3000;

/**
 * The start of the line after the last blank line (else the last line break) that ends in
 * `(lo, at]`; when there is none, the start of the line after `at`, or the text's length.
 */
function breakBefore(text: string, at: number, lo: number): number {
  let anyBreak = -1;
  for (let i = at - 1; i > lo; i--) {
    if (!isLineBreak(text.charCodeAt(i))) continue;
    if (anyBreak < 0) anyBreak = afterBreak(text, i);
    // A blank line: only spaces between this break and an earlier one.
    let j = i - 1;
    if (text.charCodeAt(i) === 10 && text.charCodeAt(j) === 13) j--;
    while (j > lo && isBlank(text.charCodeAt(j))) j--;
    if (j > lo && isLineBreak(text.charCodeAt(j))) return afterBreak(text, i);
  }
  return anyBreak >= 0 ? anyBreak : afterBreak(text, lineEnd(text, at));
}

/** Just past the line break at `i` (both characters of a CRLF). */
const afterBreak = (text: string, i: number): number => i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);

/** The start of the line that holds offset `at`. */
function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the line that holds offset `at` (where its line break is, or the text's end). */
function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A span of `text` (a window's text, which starts at offset `base` of the caller's text), in the
 * caller's offsets. (Written out as a literal: see src/results.ts on result objects.)
 */
export function spanIn(text: string, base: number, start: number, end: number): Span {
  return { start: base + start, end: base + end, text: text.slice(start, end) };
}
