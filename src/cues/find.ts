/**
 * Cues as token ranges, and title-case headlines (where a reporting verb may be capitalised).
 * The cue of every token is found once per document in `sieves/context.ts`.
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
