/**
 * Finding cues: reporting verbs and "according to", as token indices.
 */
import type { Doc } from '../text/document.js';

/** A cue found at a token: its lemma and the tokens it spans. */
export interface CueHit {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly kind: 'verb' | 'phrase';
}

/**
 * Whether the paragraph is written in title case (a headline: "Assad Says Aleppo 'Liberation' Is
 * History"), where a reporting verb may be capitalised.
 */
export function isTitleCase(doc: Doc, para: number): boolean {
  const from = doc.paraTokenStart[para]!;
  const to = doc.paraTokenStart[para + 1]!;
  let words = 0;
  let caps = 0;
  for (let i = from; i < to && words < 40; i++) {
    const t = doc.tokens.at(i)!;
    if (t.kind !== 'word' || /^\p{N}/u.test(t.text)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** The cue at token `i`, if there is one. "according to" is found at either of its words' first. */
export function cueAt(doc: Doc, i: number, table: ReadonlyMap<string, string>, titleCase: boolean): CueHit | null {
  const t = doc.tokens.at(i);
  if (t === undefined || t.kind !== 'word') return null;
  if (t.lower === 'according') {
    const n = doc.tokens.at(i + 1);
    if (n !== undefined && n.lower === 'to' && n.para === t.para) return { first: i, last: i + 1, lemma: 'according to', kind: 'phrase' };
    return null;
  }
  if (t.cap && !titleCase) return null;
  const lemma = table.get(t.lower);
  return lemma === undefined ? null : { first: i, last: i, lemma, kind: 'verb' };
}
