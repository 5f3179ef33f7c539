/**
 * What every sieve sees: the document, the quotation spans with the reporter's words around each,
 * every cue of the document with its subject, and the attributions made so far by earlier sieves.
 */
import { isTitleCase, type CueHit } from '../cues/find.js';
import { INVERTING_LEMMAS, isParticiple, OBJECT_ONLY_LEMMAS, RELAY_LEMMAS } from '../lang/en/lexicon/cues.js';
import { ROLE_NOUNS } from '../lang/en/lexicon/words.js';
import { afterArticle, phraseStartingAt, pluralNounCue, subjectBefore, withRole, type Phrase } from '../lang/en/grammar/phrases.js';
import { looksLikeTitle, utteranceLike } from '../quotes/classify.js';
import { sentenceSubject } from '../lang/en/grammar/subjects.js';
import type { QuoteSpan } from '../quotes/pair.js';
import { endsSentence, lowerHash, startsSentence, type Doc, type Tokens } from '../text/document.js';
import { OWN_ARRAYS, type ArrayMemory } from '../text/memory.js';
import type { RuleName } from '../types.js';

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
  /** Whether it looks like the title of a work rather than anyone's words: no sieve attributes it. */
  readonly title: boolean;
  /** Whether its words read as someone's utterance even without a cue (a clause, not a label). */
  readonly speechLike: boolean;
}

/** A cue anywhere in the reporter's text, with its subject when it has one. */
export interface CueWithSubject {
  readonly cue: CueHit;
  readonly subject: Phrase | null;
  readonly para: number;
}

/** What a sieve returns: the speaker phrase and cue, or the quotation whose speaker is inherited. */
export type Found =
  | { readonly phrase: Phrase; readonly cue: CueHit | null; readonly colon?: number }
  | { readonly inherit: number; readonly cue: CueHit | null };

/** An attribution made by a sieve. */
export interface Made {
  readonly rule: RuleName;
  readonly confidence: number;
  readonly found: Found;
}

/** Everything a sieve may read. Sieves never write to it; the pipeline records their results. */
export interface SieveContext {
  readonly doc: Doc;
  readonly quotes: readonly QuoteContext[];
  readonly cueTable: ReadonlyMap<string, string>;
  readonly cues: readonly CueWithSubject[];
  readonly made: ReadonlyArray<Made | undefined>;
  /**
   * How many quotations of each sentence (`QuoteContext.sentence`), and ending in each paragraph,
   * `made` attributes so far: lets a sieve skip its look-around where nothing is attributed yet.
   */
  readonly madeInSentence: Int32Array;
  readonly madeInParagraph: Int32Array;
  /** For each token, 1 when it lies inside a quotation. */
  readonly inQuote: Uint8Array;
  /** Whether a paragraph is in title case. */
  titleCase(para: number): boolean;
  /** The cue at token `i` (reporter text only). */
  cueAt(i: number): CueHit | null;
  /** Whether a word (lower-cased) is written capitalised somewhere other than at a sentence start. */
  isKnownName(lower: string): boolean;
  /** Index in `cues` of the last cue that starts before token `tok` (-1 when none). */
  lastCueBefore(tok: number): number;
}

/** A sieve: one attribution rule. */
export interface Sieve {
  readonly name: RuleName;
  /** How sure this rule is when it fires, in [0, 1]. */
  readonly confidence: number;
  /** What the rule looks for, in a sentence. */
  readonly description: string;
  /** A sentence the rule attributes. */
  readonly example: string;
  /** Returns a speaker for quotation `qi`, or `null` to leave it to later sieves. */
  apply(ctx: SieveContext, qi: number): Found | null;
}

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

const TERMINAL = /[.!?…]\s*$/;
const ACCORDING = 'according to';
/** "as Tom Ridge put it: “…”": the idiom reports, its speaker before it. */
const PUT_IT = 'put it';
const PUT_FORMS = new Set(['put', 'puts', 'putting']);
/** "as The Hill pointed out, “…”", "“…,” he points out.": the phrasal verb reports. */
const POINT_OUT = 'point out';
const POINT_FORMS = new Set(['point', 'points', 'pointed', 'pointing']);

// Words that open a short phrase of time or setting after "put it" or "point out": "in December",
// "last week", "on Fox News", "during the debate".
const SETTING_OPENERS = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'this', 'recently', 'yesterday']);

/**
 * The token after a phrase of time or setting of at most four words that starts at `j` and ends at
 * a comma or a colon (outside quotations), or `j` when there is none.
 */
function afterSetting(tk: Tokens, j: number, inQuote: Uint8Array): number {
  if (!SETTING_OPENERS.has(tk.lowerOf(j))) return j;
  for (let k = j + 1; k <= j + 4 && k < tk.length && inQuote[k] === 0; k++) {
    if (tk.is(k, ',') || tk.is(k, ':')) return k;
    if (!tk.isWord(k)) return j;
  }
  return j;
}

const FILTERS = new WeakMap<ReadonlyMap<string, string>, Uint8Array>();

/**
 * The hashes ({@link lowerHash}) of the cue table's words and of "according", "put" and "point"'s
 * forms, as a 64K-entry table: a token whose hash is not in it is no cue (about 500 words fill
 * under 1% of it, so nearly every other word is ruled out without slicing it).
 */
function cueFilter(table: ReadonlyMap<string, string>): Uint8Array {
  let f = FILTERS.get(table);
  if (f === undefined) {
    f = new Uint8Array(0x10000);
    for (const w of [...table.keys(), 'according', ...PUT_FORMS, ...POINT_FORMS]) f[lowerHash(w)] = 1;
    FILTERS.set(table, f);
  }
  return f;
}

/**
 * The context of one document. {@link buildContext} fills it; the pipeline then records each
 * sieve's attributions in `made`, `madeInSentence` and `madeInParagraph`.
 *
 * A class, not an object of closures: V8 keeps optimised code for a closure only while one of its
 * instances lives, so closures made per document would be compiled again after every full garbage
 * collection (measured over a 50 MB corpus: the helpers of one document were compiled 7–9 times).
 */
export class DocumentContext implements SieveContext {
  readonly quotes: QuoteContext[] = [];
  readonly cues: CueWithSubject[] = [];
  readonly made: (Made | undefined)[] = [];
  /** (Sized for one sentence a quotation: there are never more.) */
  readonly madeInSentence: Int32Array;
  readonly madeInParagraph: Int32Array;
  /** Lemma number of each token's cue (1-based into `lemmas`; 0 for none), two bytes a token. */
  readonly cueLemma: Uint16Array;
  readonly lemmas: string[] = [];
  private readonly lemmaId = new Map<string, number>();
  private readonly titleCache = new Map<number, boolean>();
  private names: Set<string> | null = null;

  constructor(readonly doc: Doc, readonly cueTable: ReadonlyMap<string, string>, readonly inQuote: Uint8Array, quotations: number, memory: ArrayMemory) {
    this.cueLemma = memory.uint16s(doc.tokens.length);
    this.madeInSentence = memory.int32s(quotations);
    this.madeInParagraph = memory.int32s(doc.paragraphs.length);
  }

  titleCase(para: number): boolean {
    let v = this.titleCache.get(para);
    if (v === undefined) { v = isTitleCase(this.doc, para); this.titleCache.set(para, v); }
    return v;
  }

  cueAt(i: number): CueHit | null {
    const id = this.cueLemma[i];
    if (id === undefined || id === 0) return null;
    const lemma = this.lemmas[id - 1]!;
    if (lemma === ACCORDING) return { first: i, last: i + 1, lemma, kind: 'phrase' };
    return { first: i, last: lemma === PUT_IT || lemma === POINT_OUT ? i + 1 : i, lemma, kind: 'verb' };
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

  lastCueBefore(tok: number): number {
    const cues = this.cues;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cues[mid]!.cue.first < tok) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Marks token `i` as a cue with `lemma`. */
  setCue(i: number, lemma: string): void {
    let id = this.lemmaId.get(lemma);
    if (id === undefined) {
      this.lemmas.push(lemma);
      id = this.lemmas.length;
      this.lemmaId.set(lemma, id);
    }
    this.cueLemma[i] = id;
  }
}

/**
 * Builds the quotation contexts and the cue list of a document, with nothing attributed yet (its
 * typed arrays from `memory`).
 */
export function buildContext(doc: Doc, spans: readonly QuoteSpan[], cueTable: ReadonlyMap<string, string>, memory: ArrayMemory = OWN_ARRAYS): DocumentContext {
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
    const title = looksLikeTitle(doc, openTok, closeTok, content, leftLo);
    const speechLike = !title && utteranceLike(content);
    const prev = quotes[qi - 1];
    const sameSentence = prev !== undefined && prev.rightStop === 'quote' && prev.span.lastPara === span.firstPara &&
      !(prev.endsWithTerminal && prev.rightHi === prev.closeTok);
    if (!sameSentence && qi > 0) sentence++;
    const closesSentence = endsWithTerminal && closeTok + 1 <= paraHi && doc.tokens.isCap(closeTok + 1);
    quotes.push({ span, openTok, closeTok, leftLo, rightHi, rightStop, sentence, endsWithTerminal, closesSentence, title, speechLike });
    ctx.made.push(undefined);
  }
  // The cue of every reporter token, found once: a lemma, ACCORDING for "according to", or none.
  const tk = doc.tokens;
  const filter = cueFilter(cueTable);
  for (let i = 0; i < tk.length; i++) {
    if (inQuote[i] === 1 || !tk.isWord(i)) continue;
    // Most words cannot be cues: rule them out by a hash of their letters before slicing them.
    if (filter[tk.hashOf(i)] !== 1) continue;
    const lower = tk.lowerOf(i);
    if (lower === 'according') {
      if (i + 1 < tk.length && tk.paraOf(i + 1) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'to') ctx.setCue(i, ACCORDING);
    } else if (PUT_FORMS.has(lower)) {
      // "put it" before a colon or a comma: "As Professor Foner put it: “…”", "… put it last week, “…”".
      const k = afterSetting(tk, i + 2, inQuote);
      if (k < tk.length && tk.paraOf(k) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'it' && (tk.is(k, ':') || tk.is(k, ',') || tk.is(k, '.')) && inQuote[i + 1] === 0) ctx.setCue(i, PUT_IT);
    } else if (POINT_FORMS.has(lower)) {
      // "point out" before a comma, a period, "that" or a quotation: "as The Hill pointed out, “…”",
      // "as Byler pointed out in December, “…”".
      const k = afterSetting(tk, i + 2, inQuote);
      if (!tk.isCap(i) && k < tk.length && tk.paraOf(k) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'out' && inQuote[i + 1] === 0 && (tk.isPunct(k) || tk.lowerOf(k) === 'that')) ctx.setCue(i, POINT_OUT);
    } else if (!afterArticle(tk, i) && !namingParticiple(tk, i, lower) && !pluralNounCue(tk, i, lower)) {
      const lemma = cueTable.get(lower);
      if (lemma !== undefined && (!tk.isCap(i) || ctx.titleCase(tk.paraOf(i)) || invertedAtStart(doc, i, lemma, cueTable, inQuote))) ctx.setCue(i, lemma);
    }
  }
  // Every cue of the reporter's text with its subject, for continuations and pronoun salience.
  const cueLemma = ctx.cueLemma;
  let sentenceStart = 0;
  let verbSentence = -1;
  for (let i = 0; i < tk.length; i++) {
    if (i > 0 && (tk.paraOf(i - 1) !== tk.paraOf(i) || inQuote[i - 1] === 1 || endsSentence(doc, i - 1))) sentenceStart = i;
    if (cueLemma[i] === 0) continue;
    const cue = ctx.cueAt(i)!;
    if (RELAY_LEMMAS.has(cue.lemma)) continue;
    const para = tk.paraOf(i);
    let subject: Phrase | null = null;
    if (cue.kind === 'phrase') {
      // "“…,” Assad said, according to SANA": the agency only relays what the verb's subject said.
      if (verbSentence === sentenceStart) { i = cue.last; continue; }
      const hi = doc.paraTokenStart[para + 1]! - 1;
      const p = phraseStartingAt(doc, cue.last + 1, hi, cueTable);
      subject = p === null ? null : withRole(doc, p, hi);
    } else if (!isParticiple(tk.lowerOf(i))) {
      subject = subjectBefore(doc, i, sentenceStart, cueTable);
      if (subject !== null) verbSentence = sentenceStart;
    } else if (sentenceStart < i) {
      // A participle reports for its sentence's subject, when that names a speaker: "Bolton
      // distanced himself …, saying …".
      const p = sentenceSubject(ctx, sentenceStart, i - 1);
      if (p !== null && (tk.isCap(p.last) ? tk.isCap(p.first) : ROLE_NOUNS.has(tk.lowerOf(p.last)))) subject = p;
    }
    ctx.cues.push({ cue, subject, para });
    i = cue.last;
  }
  return ctx;
}

/**
 * Whether "called" at `i` names what an indefinite noun phrase before it is called: "a group called
 * Citizens for Trump", "a super PAC called Future45" (but "the president called Putin …" reports).
 */
function namingParticiple(tk: Tokens, i: number, lower: string): boolean {
  if (lower !== 'called' || i === 0 || !tk.isCap(i + 1) || tk.paraOf(i + 1) !== tk.paraOf(i) || ROLE_NOUNS.has(tk.lowerOf(i - 1))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && tk.paraOf(k) === tk.paraOf(i) && tk.isWord(k); k--) {
    const w = tk.lowerOf(k);
    if (w === 'a' || w === 'an') return k < i - 1;
  }
  return false;
}

/**
 * Whether capitalised token `i`, a form of `lemma`, is a reporting verb put first in its sentence
 * before its speaker: "Said Dorothy Poynter, …", "Added the mayor: …". Not when a reporting verb
 * follows in the sentence: "Said Ahmed, a shopkeeper, said …" begins with a name.
 */
function invertedAtStart(doc: Doc, i: number, lemma: string, cueTable: ReadonlyMap<string, string>, inQuote: Uint8Array): boolean {
  const tk = doc.tokens;
  if (!INVERTING_LEMMAS.has(lemma) || !startsSentence(doc, i) || !tk.isWord(i + 1) || tk.paraOf(i + 1) !== tk.paraOf(i)) return false;
  const next = tk.lowerOf(i + 1);
  if (!tk.isCap(i + 1) && next !== 'the' && next !== 'a' && next !== 'an' && next !== 'one') return false;
  for (let j = i + 1; j < tk.length && j <= i + 40 && inQuote[j] === 0 && tk.paraOf(j) === tk.paraOf(i) && !endsSentence(doc, j); j++) {
    if (tk.isWord(j) && !tk.isCap(j) && cueTable.has(tk.lowerOf(j))) return false;
  }
  return true;
}

/** Whether a cue's lemma reports whole utterances after a quotation ("…,” he said). */
export const reportsUtterance = (lemma: string): boolean => !OBJECT_ONLY_LEMMAS.has(lemma) && !RELAY_LEMMAS.has(lemma);
/** Whether a cue's lemma usually names a medium relaying speech. */
export const isRelay = (lemma: string): boolean => RELAY_LEMMAS.has(lemma);
