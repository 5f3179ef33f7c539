/**
 * Where reported content starts and ends: sentence bounds that reach over quotations, the start
 * of a reporting verb's clause (after its listener, its adjuncts and "that"), and the end of the
 * content (before the final stop, before ", according to …").
 */
import type { CueHit } from '../../../cues/cues.js';
import type { TokenRange } from '../../../reports/finding.js';
import type { SieveContext } from '../../../sieves/context.js';
import { endsSentence, isDash, isNamePeriod, startsWithNumber, type Tokens } from '../../../text/document.js';
import { phraseStartingAt } from '../grammar/phrases.js';
import { DAY_NAMES, DETERMINERS, SUBORDINATORS, TIME_WORDS, VERB_ADJUNCTS } from '../lexicon/words.js';
import type { Phrase } from '../../../mentions/phrase.js';
import {
  ADJUNCT_PREPOSITIONS, AFTER_QUOTE_ADJUNCTS, ASIDE_SUBORDINATORS, CLAUSE_ADVERBS, CLAUSE_SUBJECT_STARTS, COORDINATORS,
  INFINITIVE_LEMMAS, LISTENER_LEMMAS, LISTENERS, NOT_CLAUSE_STARTS, NOUN_OBJECT_LEMMAS, OBJECT_PRONOUNS, QUANTITY_WORDS, QUESTION_LEMMAS, QUESTION_WORDS,
  RELATIVE_ASIDES, SUBJECT_PRONOUNS, TIME_SPANS, TOPIC_PREPOSITIONS,
} from '../lexicon/reports.js';

/** The quotation whose tokens hold token `i`, or -1 (binary search by first token). */
export function quoteAt(ctx: SieveContext, i: number): number {
  const quotes = ctx.quotes;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.openTok <= i) lo = mid + 1;
    else hi = mid;
  }
  const q = lo - 1;
  return q >= 0 && quotes[q]!.closeTok >= i ? q : -1;
}

/**
 * How far (in tokens) a sentence's bounds are looked for on each side of a token: no sentence of
 * news is longer, and a text with no sentence end (a list of 100,000 quotations) stays linear.
 */
const MAX_SENTENCE = 400;

/**
 * The last token of the sentence that holds token `i`: the reporter's sentence end, or the closing
 * mark of a quotation that ends with a stop before a capital ("… was “over.” Then …"); else the
 * paragraph's last token. A sentence end inside a quotation that goes on does not count.
 */
export function sentenceEnd(ctx: SieveContext, i: number): number {
  const doc = ctx.doc;
  const tk = doc.tokens;
  const paraEnd = Math.min(doc.paraTokenStart[tk.paraOf(i) + 1]! - 1, i + MAX_SENTENCE);
  let j = i;
  while (j < paraEnd) {
    if (ctx.inQuote[j] === 1) {
      const q = quoteAt(ctx, j);
      if (q >= 0) {
        const quote = ctx.quotes[q]!;
        if (quote.closeTok >= paraEnd) return paraEnd;
        if (quote.closesSentence) return quote.closeTok;
        j = quote.closeTok + 1;
        continue;
      }
    }
    if (endsSentence(doc, j)) {
      // The stop's closing marks and brackets belong to it.
      while (j + 1 <= paraEnd && tk.isPunct(j + 1) && ctx.inQuote[j + 1] === 0 && !endsSentence(doc, j + 1) && isCloser(ctx, j + 1)) j++;
      return j;
    }
    j++;
  }
  return paraEnd;
}

const isCloser = (ctx: SieveContext, i: number): boolean => {
  const c = ctx.doc.text.charCodeAt(ctx.doc.tokens.startOf(i));
  return c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 34 || c === 39;
};

/** The first token of the sentence that holds token `i` (reaching back over quotations within it). */
export function sentenceStart(ctx: SieveContext, i: number): number {
  const doc = ctx.doc;
  const tk = doc.tokens;
  const paraStart = Math.max(doc.paraTokenStart[tk.paraOf(i)]!, i - MAX_SENTENCE);
  let j = i;
  while (j > paraStart) {
    const prev = j - 1;
    if (ctx.inQuote[prev] === 1) {
      const q = quoteAt(ctx, prev);
      if (q >= 0) {
        const quote = ctx.quotes[q]!;
        if (quote.closesSentence && quote.closeTok === prev) return j;
        j = Math.max(paraStart, quote.openTok);
        continue;
      }
    }
    if (endsSentence(doc, prev)) return j;
    j = prev;
  }
  return paraStart;
}

/**
 * The subject of a reporting verb at `v` read leniently, for any noun phrase ("Syrian state media
 * reported …", "about half of the voters said …"): the words between the sentence's start (or
 * its last comma) and the verb, without the adverbs and auxiliaries before the verb; at most
 * eight words, none a preposition or subordinator first. `null` when that is no phrase.
 */
export function plainSubject(ctx: SieveContext, v: number): Phrase | null {
  const tk = ctx.doc.tokens;
  const start = sentenceStart(ctx, v);
  let last = v - 1;
  while (last >= start && (isWordIn(ctx, last, VERB_ADJUNCTS) || isWordIn(ctx, last, CLAUSE_ADVERBS))) last--;
  let first = last;
  while (first - 1 >= start && (tk.isWord(first - 1) || tk.isPoss(first - 1) || isNamePeriod(tk, first - 1)) && ctx.inQuote[first - 1] === 0) first--;
  if (first > last || !tk.isWord(first)) return null;
  if (first > start && !tk.is(first - 1, ',')) return null;
  // ", and more than 4 in 10 said …"
  if (isWordIn(ctx, first, COORDINATORS) && first < last) first++;
  if (last - first >= 8) return null;
  const w = tk.lowerOf(first);
  if (ADJUNCT_PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || COORDINATORS.has(w) || w === 'that' || w === 'to') return null;
  // Nouns and their modifiers only: no verb, auxiliary or preposition but "of" ("half of the
  // voters"), or "in" and "out of" between numbers ("six in 10", "four out of 10 voters"); a
  // participle only last after "those" ("those surveyed").
  for (let i = first; i <= last; i++) {
    if (ctx.cues.has(i) || !tk.isWord(i) || tk.isCap(i)) continue;
    const x = tk.lowerOf(i);
    if (x === 'of' || ((x === 'in' || x === 'out') && i > first && startsWithNumber(ctx.doc.text, tk.startOf(i - 1)))) continue;
    if ((x.endsWith('ed') || x.endsWith('ing')) && i === last && tk.lowerOf(first) === 'those') continue;
    if (VERB_ADJUNCTS.has(x) || ADJUNCT_PREPOSITIONS.has(x) || x.endsWith('ed') || x.endsWith('ing') || x === 'to' || x === 'that') return null;
  }
  for (let i = first; i <= last; i++) if (ctx.cues.has(i)) return null;
  return { first, last };
}

const THAT: ReadonlySet<string> = new Set(['that']);

/** Whether token `i` is a word in `words` (lower-cased). */
export const wordIn = (tk: Tokens, i: number, words: ReadonlySet<string>): boolean => tk.isWord(i) && words.has(tk.lowerOf(i));
const isWordIn = (ctx: SieveContext, i: number, words: ReadonlySet<string>): boolean => wordIn(ctx.doc.tokens, i, words);

/** Whether token `i` opens a quotation. */
const opensQuote = (ctx: SieveContext, i: number): boolean => ctx.inQuote[i] === 1 && (i === 0 || ctx.inQuote[i - 1] === 0 || quoteAt(ctx, i - 1) !== quoteAt(ctx, i));

/**
 * The token after an adjunct that starts at `j` and ends before `hi`: a time ("Tuesday", "last
 * week", "on Monday"), an adverb ("repeatedly"), or a prepositional phrase ("in a statement", "on
 * Twitter", "in an interview with CNN"); `j` when none starts there.
 */
export function afterAdjunct(ctx: SieveContext, j: number, hi: number): number {
  const tk = ctx.doc.tokens;
  if (j > hi || !tk.isWord(j)) return j;
  const w = tk.lowerOf(j);
  // "this week", "last month", "late Tuesday"
  if (TIME_WORDS.has(w) && j + 1 <= hi && isWordIn(ctx, j + 1, TIME_WORDS)) return j + 2;
  if (DAY_NAMES.has(w) || CLAUSE_ADVERBS.has(w)) return j + 1;
  // ("about 31,500 people" is a quantity, not an adjunct.)
  if (!tk.isCap(j) && ADJUNCT_PREPOSITIONS.has(w) && !(QUANTITY_WORDS.has(w) && j + 1 <= hi && startsWithNumber(ctx.doc.text, tk.startOf(j + 1)))) {
    // "in an interview with CNN", "on Fox News Sunday", "at a rally in Iowa on Monday": each
    // preposition with its noun phrase (not "to be published").
    let end = j;
    let k = j;
    for (let n = 0; n < 3; n++) {
      const np = k + 1;
      if (np <= hi && isWordIn(ctx, np, TIME_SPANS)) { end = np + 1; break; }
      const p = np <= hi && (tk.isCap(np) || isWordIn(ctx, np, DETERMINERS) || isWordIn(ctx, np, LISTENERS) || startsWithNumber(ctx.doc.text, tk.startOf(np))) ? phraseStartingAt(ctx, np, hi) : null;
      if (p === null) break;
      end = p.last + 1;
      if (!(end <= hi && tk.isWord(end) && !tk.isCap(end) && ADJUNCT_PREPOSITIONS.has(tk.lowerOf(end)))) break;
      k = end;
    }
    return end;
  }
  return j;
}

/**
 * The first token of the clause that the reporting verb `cue` reports, or -1 when it reports none:
 * after its listener ("told reporters"), adjuncts and commas, and "that" (which is left out);
 * a question word stays in ("asked whether …"). `hi` is the sentence's last token.
 */
export function clauseStart(ctx: SieveContext, cue: CueHit, hi: number): number {
  const tk = ctx.doc.tokens;
  let j = cue.last + 1;
  if (LISTENER_LEMMAS.has(cue.lemma) && j <= hi) {
    if (isWordIn(ctx, j, LISTENERS)) j++;
    else if (ctx.inQuote[j] === 0) {
      const p = phraseStartingAt(ctx, j, hi);
      const after = p === null ? -1 : p.last + 1;
      if (p !== null && p.last < hi && (tk.isCap(p.first) || tk.isCap(p.last) || isWordIn(ctx, p.first, CLAUSE_SUBJECT_STARTS) || isWordIn(ctx, after, THAT) || isWordIn(ctx, after, QUESTION_WORDS))) {
        // The listener ends where "that" or an adjunct begins, or the clause's own subject would.
        j = p.last + 1;
      }
    }
  }
  // "said, “…”" opens a quotation; "Many, he said, were …" has its content around the verb.
  // (But "says, however, that …".)
  if (j <= hi && tk.is(j, ',') && !(j + 1 <= hi && opensQuote(ctx, j + 1)) && !thatAfterAside(ctx, j, hi)) return -1;
  let commas = 0;
  for (let n = 0; n < 6 && j <= hi; n++) {
    if (tk.is(j, ',')) {
      j++;
      commas++;
      // A place after a comma ("in Salem, New Hampshire, on Monday that …").
      if (j <= hi && tk.isCap(j) && ctx.inQuote[j] === 0) {
        const place = phraseStartingAt(ctx, j, hi);
        if (place !== null && place.last + 1 <= hi && (tk.is(place.last + 1, ',') || isWordIn(ctx, place.last + 1, ADJUNCT_PREPOSITIONS) || isWordIn(ctx, place.last + 1, THAT))) j = place.last + 1;
      }
      continue;
    }
    const k = afterAdjunct(ctx, j, hi);
    if (k === j) break;
    j = k;
  }
  if (j > hi) return -1;
  if (tk.is(j, ':') || tk.is(j, ',')) { j++; commas++; }
  if (j > hi) return -1;
  // After a comma, only "that" or a quotation goes on with the verb ("said of the course, which …"
  // is the reporter's).
  if (commas > 0 && !(isWordIn(ctx, j, THAT) || opensQuote(ctx, j))) return -1;
  if (ctx.inQuote[j] === 1) return opensQuote(ctx, j) ? j : -1;
  if (!tk.isWord(j)) return -1;
  const w = tk.lowerOf(j);
  if (w === 'that' && !tk.isCap(j)) return j + 1 <= hi ? j + 1 : -1;
  // "vowed to “take our fight” …", "urged Congress to act": what was promised or asked for.
  if (w === 'to' && INFINITIVE_LEMMAS.has(cue.lemma)) return j;
  if (QUESTION_WORDS.has(w)) return w === 'whether' || w === 'if' || w === 'how' || w === 'why' || w === 'what' || QUESTION_LEMMAS.has(cue.lemma) ? j : -1;
  // "said this via …", "said it in a speech": a pronoun that is the object, not a clause's subject.
  if (OBJECT_PRONOUNS.has(w) && (j + 1 > hi || tk.isPunct(j + 1) || isWordIn(ctx, j + 1, ADJUNCT_PREPOSITIONS))) return -1;
  // Verbs that usually take a noun phrase as their object ("denied the allegations", "maintained
  // his innocence"): without "that", only a subject pronoun shows a clause ("denied he had …").
  if (NOUN_OBJECT_LEMMAS.has(cue.lemma)) return SUBJECT_PRONOUNS.has(w) ? j : -1;
  if (CLAUSE_SUBJECT_STARTS.has(w) || tk.isCap(j) || startsWithNumber(ctx.doc.text, tk.startOf(j))) return j;
  // "said about 31,500 people …"
  if (QUANTITY_WORDS.has(w)) return j + 1 <= hi && (startsWithNumber(ctx.doc.text, tk.startOf(j + 1)) || QUANTITY_WORDS.has(tk.lowerOf(j + 1))) ? j : -1;
  // Any other word may open a clause ("said tens of thousands of children …") but a preposition,
  // an adverb in -ly or a verb form in -ing or -ed.
  // (A gerund may be the clause's subject after "say": "said using a private server was improper".)
  if (NOT_CLAUSE_STARTS.has(w) || w.endsWith('ly') || (w.endsWith('ing') && cue.lemma !== 'say') || w.endsWith('ed')) return -1;
  return j;
}

/**
 * Where a content ends before the reporter's aside: a circumstance or a participle after a comma
 * (", as convoys left …", ", making no mention …", ", adding that …"), a contrast (", however …"),
 * a dash that no second dash closes ("— a play on words …"), a relative clause that runs to the
 * end (", which …"), or a clause of another speaker after a coordinator (", and more than half
 * said …", "… and Russia's military declared …"). `last` when there is none.
 */
function beforeAside(ctx: SieveContext, first: number, last: number): number {
  const tk = ctx.doc.tokens;
  for (let i = first + 1; i < last; i++) {
    if (ctx.inQuote[i] === 1 && !closesAfterComma(ctx, i)) continue;
    const next = i + 1;
    const w = tk.isWord(next) ? tk.lowerOf(next) : '';
    if (tk.is(i, ',') || closesAfterComma(ctx, i)) {
      const at = tk.is(i, ',') ? i - 1 : i;
      if (ASIDE_SUBORDINATORS.has(w) || w === 'however') return at;
      if (w.endsWith('ing') && w.length > 5 && !tk.isCap(next)) return at;
      if (COORDINATORS.has(w) && cueWithin(ctx, next + 1, Math.min(last, next + 10))) return at;
      if (RELATIVE_ASIDES.has(w) && !commaWithin(ctx, next + 1, last)) return at;
    } else if (isDash(tk, i) && tk.startOf(i) > tk.endOf(i - 1) && !dashWithin(ctx, next, last)) {
      return i - 1;
    } else if (COORDINATORS.has(tk.isWord(i) ? tk.lowerOf(i) : '') && subjectOfCueAt(ctx, next, last)) {
      return i - 1;
    }
  }
  return last;
}

/** Whether token `i` closes a quotation right after a comma inside it: "…,” adding that …". */
function closesAfterComma(ctx: SieveContext, i: number): boolean {
  return ctx.inQuote[i] === 1 && ctx.inQuote[i + 1] === 0 && ctx.doc.tokens.is(i - 1, ',');
}

/** Whether a comma outside quotations stands among tokens `[lo, hi]`. */
function commaWithin(ctx: SieveContext, lo: number, hi: number): boolean {
  for (let i = lo; i <= hi; i++) if (ctx.inQuote[i] === 0 && ctx.doc.tokens.is(i, ',')) return true;
  return false;
}

/** Whether a spaced dash outside quotations stands among tokens `[lo, hi]`. */
function dashWithin(ctx: SieveContext, lo: number, hi: number): boolean {
  const tk = ctx.doc.tokens;
  for (let i = lo; i <= hi; i++) if (ctx.inQuote[i] === 0 && isDash(tk, i) && tk.startOf(i) > tk.endOf(i - 1)) return true;
  return false;
}

/**
 * `last`, or the closing mark of the last quotation in `[first, last]` when one of `prepositions`
 * follows it: "“terrorists” in an interview with …", "a “success” during a video appearance".
 */
function afterLastQuote(ctx: SieveContext, first: number, last: number, prepositions: ReadonlySet<string>): number {
  const tk = ctx.doc.tokens;
  for (let i = last; i > first; i--) {
    if (ctx.inQuote[i] === 1) return i + 1 <= last && tk.isWord(i + 1) && prepositions.has(tk.lowerOf(i + 1)) ? i : last;
  }
  return last;
}

/** Whether a listed cue up to `hi` has the subject that starts at token `first`. */
function subjectOfCueAt(ctx: SieveContext, first: number, hi: number): boolean {
  const list = ctx.cues.list;
  for (let k = ctx.cues.lastBefore(first) + 1; k < list.length && list[k]!.cue.first <= hi && list[k]!.cue.first <= first + 12; k++) {
    if (list[k]!.subject?.first === first) return true;
  }
  return false;
}

/** Whether a reporting verb starts among tokens `[lo, hi]`. */
function cueWithin(ctx: SieveContext, lo: number, hi: number): boolean {
  for (let i = lo; i <= hi; i++) if (ctx.inQuote[i] === 0 && ctx.cues.at(i)?.kind === 'verb') return true;
  return false;
}

/**
 * What a verb of speech is about after its preposition ("called for a voice vote", "asked about
 * the ban"): the noun phrase or clause up to the first comma or the sentence's end; `null` when the
 * verb takes no such preposition there.
 */
export function topicRange(ctx: SieveContext, cue: CueHit, hi: number): TokenRange | null {
  const tk = ctx.doc.tokens;
  const preps = TOPIC_PREPOSITIONS.get(cue.lemma);
  const j = cue.last + 1;
  if (preps === undefined || j + 1 > hi || !isWordIn(ctx, j, preps)) return null;
  let last = j + 1;
  while (last + 1 <= hi && !(ctx.inQuote[last + 1] === 0 && (tk.is(last + 1, ',') || tk.is(last + 1, ';') || isDash(tk, last + 1)))) last++;
  return contentRange(ctx, j + 1, last, 1);
}

/** Whether a comma at `j` opens a short aside followed by ", that": "says, however, that …". */
function thatAfterAside(ctx: SieveContext, j: number, hi: number): boolean {
  const tk = ctx.doc.tokens;
  for (let k = j + 2; k <= hi && k <= j + 5; k++) if (tk.is(k, ',')) return k + 1 <= hi && isWordIn(ctx, k + 1, THAT);
  return false;
}

/**
 * The content from token `first` to `last` (the sentence's last token), without the final stop and
 * any commas, colons or dashes at its end, and ending before ", according to …" and, when
 * `speakerGoesOn` (the content's speaker is the subject of the verb before it), before "and" and
 * the speaker's next reporting verb; for a verb whose object is what was said (`objectOnly`:
 * "called it “…”"), at the quotation before an adjunct. `null` when fewer than `minWords` words
 * remain.
 */
export function contentRange(ctx: SieveContext, first: number, last: number, minWords = 2, speakerGoesOn = true, objectOnly = false): TokenRange | null {
  const tk = ctx.doc.tokens;
  for (let i = first + 1; i <= last; i++) {
    const c = ctx.cues.at(i);
    if (c === null) continue;
    // "…, according to X."
    if (c.kind === 'phrase' && tk.is(i - 1, ',')) { last = i - 2; break; }
    // "… would be swift and promised that …": the speaker's next act of speech.
    if (speakerGoesOn && c.kind === 'verb' && tk.isWord(i - 1) && COORDINATORS.has(tk.lowerOf(i - 1))) { last = i - 2; break; }
    // "…,” adding, “…”": a participle after a comma reports the next act.
    if (c.kind === 'verb' && tk.is(i - 1, ',') && tk.lowerOf(i).endsWith('ing')) { last = i - 2; break; }
  }
  last = beforeAside(ctx, first, last);
  // "called the insurgents “terrorists” in an interview …": the quoted words end the object.
  // (A content that opens with a quotation ends with it before a preposition: "yelled “You lie!” at …".)
  last = afterLastQuote(ctx, first, last, objectOnly || ctx.inQuote[first] === 1 ? ADJUNCT_PREPOSITIONS : AFTER_QUOTE_ADJUNCTS);
  while (last >= first && ctx.inQuote[last] === 0 && tk.isPunct(last) && !isCloser(ctx, last)) last--;
  let words = 0;
  for (let i = first; i <= last && words < minWords; i++) if (tk.isWord(i)) words++;
  return words < minWords ? null : { first, last };
}
