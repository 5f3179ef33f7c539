/**
 * The cue index of a document: for every token of the reporter's text, the cue it starts (a
 * reporting verb or phrase, with its lemma), and the list of cues with their subjects. A language
 * pack's cue finder fills it once per document (src/lang/en/grammar/cues.ts); rules read it.
 */
import type { Phrase } from '../mentions/phrase.js';
import { lowerHash, startsWithNumber, type Doc } from '../text/document.js';
import type { ArrayMemory } from '../text/memory.js';

/** Lower-cased word forms of reporting verbs, each with its lemma ("said" → "say"). */
export type CueTable = ReadonlyMap<string, string>;

/** A cue found at a token: its lemma and the tokens it spans. */
export interface CueHit {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly kind: 'verb' | 'phrase';
}

/** A cue anywhere in the reporter's text, with its subject when it has one. */
export interface CueWithSubject {
  readonly cue: CueHit;
  readonly subject: Phrase | null;
  readonly para: number;
}

/** What a lemma's cues look like: a verb or a phrase, and how many tokens follow the first. */
interface CueShape {
  readonly lemma: string;
  readonly kind: 'verb' | 'phrase';
  readonly extent: number;
}

/**
 * The cues of one document. A class, not an object of closures: V8 keeps optimised code for a
 * closure only while one of its instances lives (see src/resident.ts).
 */
export class CueIndex {
  /** Every cue of the reporter's text with its subject, in document order. */
  readonly list: CueWithSubject[] = [];
  /** Lemma number of each token's cue (1-based into `shapes`; 0 for none), two bytes a token. */
  private readonly lemmaOf: Uint16Array;
  private readonly shapes: CueShape[] = [];
  private readonly shapeId = new Map<string, number>();

  /** An index with no cue yet, for a document of `tokens` tokens (its array from `memory`). */
  constructor(tokens: number, memory: ArrayMemory) {
    this.lemmaOf = memory.uint16s(tokens);
  }

  /**
   * Marks token `i` as the start of a cue of `lemma`: a verb of one token, or a cue of `kind` that
   * spans `extent` more tokens ("according to": a phrase of extent 1). A lemma has one shape.
   */
  mark(i: number, lemma: string, kind: 'verb' | 'phrase' = 'verb', extent = 0): void {
    let id = this.shapeId.get(lemma);
    if (id === undefined) {
      this.shapes.push({ lemma, kind, extent });
      id = this.shapes.length;
      this.shapeId.set(lemma, id);
    }
    this.lemmaOf[i] = id;
  }

  /** Whether a cue starts at token `i`. */
  has(i: number): boolean {
    return this.lemmaOf[i] !== 0;
  }

  /** The cue that starts at token `i` (reporter text only), or `null`. */
  at(i: number): CueHit | null {
    const id = this.lemmaOf[i];
    if (id === undefined || id === 0) return null;
    const shape = this.shapes[id - 1]!;
    return { first: i, last: i + shape.extent, lemma: shape.lemma, kind: shape.kind };
  }

  /** Adds a cue with its subject to {@link list} (in document order). */
  add(cue: CueHit, subject: Phrase | null, para: number): void {
    this.list.push({ cue, subject, para });
  }

  /** Index in {@link list} of the last cue that starts before token `tok` (-1 when none). */
  lastBefore(tok: number): number {
    const cues = this.list;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cues[mid]!.cue.first < tok) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/**
 * The hashes ({@link lowerHash}) of `words` as a 64K-entry table: a token whose hash is not in it
 * is none of them (about 500 words fill under 1% of it, so nearly every other word is ruled out
 * without slicing it).
 */
export function wordFilter(words: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(0x10000);
  for (const w of words) filter[lowerHash(w)] = 1;
  return filter;
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
