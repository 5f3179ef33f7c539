/**
 * What every rule (sieve) sees: the document, the quotations with the reporter's words around each,
 * the cue index, and the decisions that earlier rules made. Language-neutral: a language pack's
 * title test and cue finder fill in what needs words (src/lang/en/).
 */
import { CueIndex, isTitleCase, type CueHit, type CueTable } from '../cues/cues.js';
import type { Phrase } from '../mentions/phrase.js';
import { utteranceLike } from '../quotes/classify.js';
import type { QuoteSpan } from '../quotes/pair.js';
import { endsSentence, type Doc } from '../text/document.js';
import { OWN_ARRAYS, type ArrayMemory } from '../text/memory.js';

/** A quotation with the token bounds of the reporter's words around it. */
export interface QuoteContext {
  readonly span: QuoteSpan;
  /** First and last token of the quotation itself (its marks included). */
  readonly openTok: number;
  readonly closeTok: number;
  /** Reporter tokens before it in its sentence: `[leftLo, openTok)`. */
  readonly leftLo: number;
  /** Reporter tokens after it in its sentence: `(closeTok, rightHi]`. */
  readonly rightHi: number;
  /** Why the right context stops: the next quotation, a sentence end or the paragraph end. */
  readonly rightStop: 'quote' | 'sentence' | 'paragraph';
  /** Sentence number: quotations of one reporter sentence share it. */
  readonly sentence: number;
  /** Whether the quoted words end with . ! ? (the quotation closes a sentence of its own). */
  readonly endsWithTerminal: boolean;
  /**
   * Whether a capitalised word follows it as well: "… is “unelectable now.” Sen. Cruz called …".
   * Its `sentence` still reaches on (“…” Assad commented that … may credit it), but what stands
   * before it is not the subject of what follows.
   */
  readonly closesSentence: boolean;
  /** Whether it looks like the title of a work rather than anyone's words: no rule attributes it. */
  readonly title: boolean;
  /** Whether its words read as someone's utterance even without a cue (a clause, not a label). */
  readonly speechLike: boolean;
}

/**
 * What a rule finds for a quotation: the speaker phrase and the cue (or the colon of a lead-in),
 * or the earlier or later quotation whose speaker it shares.
 */
export type Finding =
  | { readonly phrase: Phrase; readonly cue: CueHit | null; readonly colon?: number }
  | { readonly inherit: number; readonly cue: CueHit | null };

/** A rule's decision for a quotation: which rule, how sure, and what it found. */
export interface Decision {
  readonly rule: string;
  readonly confidence: number;
  readonly finding: Finding;
}

/** What the noun-phrase grammar of a language pack reads: the document and the cue table. */
export interface Reading {
  readonly doc: Doc;
  /** The reporting verbs in force (the language's, plus a caller's `cueVerbs`). */
  readonly cueTable: CueTable;
}

/** Everything a rule may read. Rules never write to it; the rule runner records their decisions. */
export interface SieveContext extends Reading {
  readonly quotes: readonly QuoteContext[];
  readonly cues: CueIndex;
  /** For each quotation, the decision made so far, or `undefined`. */
  readonly decisions: ReadonlyArray<Decision | undefined>;
  /**
   * How many quotations of each sentence (`QuoteContext.sentence`), and ending in each paragraph,
   * `decisions` attributes so far: lets a rule skip its look-around where nothing is attributed yet.
   */
  readonly decidedInSentence: Int32Array;
  readonly decidedInParagraph: Int32Array;
  /** For each token, 1 when it lies inside a quotation. */
  readonly inQuote: Uint8Array;
  /** Whether a paragraph is in title case. */
  titleCase(para: number): boolean;
  /** Whether a word (lower-cased) is written capitalised somewhere other than at a sentence start. */
  isKnownName(lower: string): boolean;
}

/**
 * A sieve: one attribution rule, mapping a quotation to the mention of its speaker. A language
 * pack lists its rules in the order they run (src/lang/en/index.ts).
 */
export interface Sieve<Name extends string = string> {
  /** The rule's name, as results report it ("trailing-cue"). */
  readonly name: Name;
  /** How sure this rule is when it fires, in [0, 1]. */
  readonly confidence: number;
  /** What the rule looks for, in a sentence. */
  readonly description: string;
  /** A sentence the rule attributes. */
  readonly example: string;
  /** Returns a speaker for quotation `qi`, or `null` to leave it to later rules. */
  apply(ctx: SieveContext, qi: number): Finding | null;
}

/** Declares a rule, keeping its name as a literal type (so that rule names are derived from rules). */
export const defineRule = <Name extends string>(rule: Sieve<Name>): Sieve<Name> => rule;

/** A language's test of whether the quotation `[openTok…closeTok]` is the title of a work. */
export type TitleTest = (doc: Doc, openTok: number, closeTok: number, content: string, lo: number) => boolean;

/** Index of the first token whose start is at or after `offset`. */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens.startOf(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many quotations a rule looks back (or ahead) over at most, within a sentence or paragraph: a
 * paragraph rarely holds more, and long input stays linear.
 */
export const QUOTE_LOOKBACK = 32;

const TERMINAL = /[.!?…]\s*$/;

/**
 * The context of one document. {@link buildContext} fills the quotations, a language's cue finder
 * the cue index; the rule runner then records each rule's decisions in `decisions`,
 * `decidedInSentence` and `decidedInParagraph`.
 *
 * A class, not an object of closures: V8 keeps optimised code for a closure only while one of its
 * instances lives, so closures made per document would be compiled again after every full garbage
 * collection (measured over a 50 MB corpus: the helpers of one document were compiled 7–9 times).
 */
export class DocumentContext implements SieveContext {
  readonly quotes: QuoteContext[] = [];
  readonly cues: CueIndex;
  readonly decisions: (Decision | undefined)[] = [];
  /** (Sized for one sentence a quotation: there are never more.) */
  readonly decidedInSentence: Int32Array;
  readonly decidedInParagraph: Int32Array;
  private readonly titleCache = new Map<number, boolean>();
  private names: Set<string> | null = null;

  constructor(readonly doc: Doc, readonly cueTable: CueTable, readonly inQuote: Uint8Array, quotations: number, memory: ArrayMemory) {
    this.cues = new CueIndex(doc.tokens.length, memory);
    this.decidedInSentence = memory.int32s(quotations);
    this.decidedInParagraph = memory.int32s(doc.paragraphs.length);
  }

  titleCase(para: number): boolean {
    let v = this.titleCache.get(para);
    if (v === undefined) { v = isTitleCase(this.doc, para); this.titleCache.set(para, v); }
    return v;
  }

  isKnownName(lower: string): boolean {
    if (this.names === null) {
      const tk = this.doc.tokens;
      this.names = new Set();
      for (let i = 1; i < tk.length; i++) {
        if (tk.isCap(i) && tk.isWord(i - 1) && tk.paraOf(i - 1) === tk.paraOf(i) && !this.titleCase(tk.paraOf(i))) this.names.add(tk.lowerOf(i));
      }
    }
    return this.names.has(lower);
  }
}

/**
 * Builds the quotation contexts of a document, with no cue found and nothing attributed yet (its
 * typed arrays from `memory`). `isTitle` is the language's test for titles of works.
 */
export function buildContext(doc: Doc, spans: readonly QuoteSpan[], cueTable: CueTable, isTitle: TitleTest, memory: ArrayMemory = OWN_ARRAYS): DocumentContext {
  // For each token, whether it lies inside a quotation.
  const inQuote = memory.uint8s(doc.tokens.length);
  const ctx = new DocumentContext(doc, cueTable, inQuote, spans.length, memory);
  // First and last token of each quotation.
  const opens = memory.int32s(spans.length);
  const closes = memory.int32s(spans.length);
  for (let qi = 0; qi < spans.length; qi++) {
    const open = tokenAtOrAfter(doc, spans[qi]!.start);
    let close = tokenAtOrAfter(doc, spans[qi]!.end) - 1;
    if (close < open) close = open;
    for (let i = open; i <= close; i++) inQuote[i] = 1;
    opens[qi] = open;
    closes[qi] = close;
  }
  const quotes = ctx.quotes;
  let sentence = 0;
  for (let qi = 0; qi < spans.length; qi++) {
    const span = spans[qi]!;
    const openTok = opens[qi]!;
    const closeTok = closes[qi]!;
    const paraLo = doc.paraTokenStart[span.firstPara]!;
    const paraHi = doc.paraTokenStart[span.lastPara + 1]! - 1;
    let leftLo = openTok;
    while (leftLo - 1 >= paraLo && inQuote[leftLo - 1] === 0 && !endsSentence(doc, leftLo - 1)) leftLo--;
    // An earlier title in the sentence is the reporter's text: "star of cult classic “Night
    // Harbour,” said the role was “…”". Its own left context already reaches over the titles
    // before it (one step per quotation, however many titles a sentence holds).
    const before = quotes[qi - 1];
    if (before !== undefined && before.title && !before.endsWithTerminal && before.closeTok === leftLo - 1 && before.span.firstPara === span.firstPara) leftLo = before.leftLo;
    let rightHi = closeTok;
    let rightStop: QuoteContext['rightStop'] = 'paragraph';
    while (rightHi + 1 <= paraHi) {
      if (inQuote[rightHi + 1] === 1) { rightStop = 'quote'; break; }
      rightHi++;
      if (endsSentence(doc, rightHi)) { rightStop = 'sentence'; break; }
    }
    const content = doc.text.slice(span.contentStart, span.contentEnd);
    const endsWithTerminal = TERMINAL.test(content);
    const title = isTitle(doc, openTok, closeTok, content, leftLo);
    const speechLike = !title && utteranceLike(content);
    const prev = quotes[qi - 1];
    const sameSentence = prev !== undefined && prev.rightStop === 'quote' && prev.span.lastPara === span.firstPara &&
      !(prev.endsWithTerminal && prev.rightHi === prev.closeTok);
    if (!sameSentence && qi > 0) sentence++;
    const closesSentence = endsWithTerminal && closeTok + 1 <= paraHi && doc.tokens.isCap(closeTok + 1);
    quotes.push({ span, openTok, closeTok, leftLo, rightHi, rightStop, sentence, endsWithTerminal, closesSentence, title, speechLike });
    ctx.decisions.push(undefined);
  }
  return ctx;
}

/** The phrase that names a quotation's speaker, with the confidence of the decisions that led to it. */
export interface SpeakerPhrase {
  readonly phrase: Phrase;
  readonly confidence: number;
}

/**
 * Follows a quotation's inheritances (same sentence, continuations) to the phrase that names its
 * speaker; the lowest confidence on the way counts. `null` when it has no decision.
 */
export function speakerPhrase(decisions: readonly (Decision | undefined)[], qi: number): SpeakerPhrase | null {
  let confidence = 1;
  let at = qi;
  for (let hops = 0; hops <= decisions.length; hops++) {
    const d = decisions[at];
    if (d === undefined) return null;
    confidence = Math.min(confidence, d.confidence);
    if ('phrase' in d.finding) return { phrase: d.finding.phrase, confidence };
    at = d.finding.inherit;
  }
  return null;
}
