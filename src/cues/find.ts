/**
 * Cues as token ranges, and title-case headlines (where a reporting verb may be capitalised).
 * The cue of every token is found once per document in `sieves/context.ts`.
 */
import { startsWithNumber, type Doc } from '../text/document.js';

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
    if (!doc.tokens.isWord(i) || startsWithNumber(doc.text, doc.tokens.startOf(i))) continue;
    words++;
    if (doc.tokens.isCap(i)) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}
