/**
 * colon-lead-in: a sentence whose subject introduces the quotation with a colon and no reporting
 * verb, in the quotation's paragraph or as the whole of the paragraph before it.
 *   The newspaper focuses on the attack: “In taking 129 lives …”
 *   He then listed what a nominee needs: ¶ “Has the candidate a record of …”
 */
import { headIndex, phraseEndingAt, phraseStartingAt, speakerHead, subjectBefore } from '../grammar/phrases.js';
import type { Phrase } from '../../../mentions/phrase.js';
import { endsSentence, startsSentence } from '../../../text/document.js';
import { defineRule, type Finding, type SieveContext } from '../../../sieves/context.js';
import { sentenceSubject } from '../grammar/subjects.js';
import { AUXILIARY } from '../lexicon/rule-words.js';

export const colonLeadIn = defineRule({
  name: 'colon-lead-in',
  confidence: 0.6,
  description: 'A sentence that introduces the quotation with a colon, in its paragraph or ending the paragraph before: its subject.',
  example: 'The newspaper focuses on the attack: “In taking 129 lives …”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const colon = q.openTok - 1;
    if (colon >= q.leftLo && ctx.doc.tokens.is(colon, ':')) return leadIn(ctx, q.leftLo, colon, false);
    // A paragraph of its own that ends with a colon introduces the quotation opening the next one.
    const doc = ctx.doc;
    const para = q.span.firstPara;
    if (q.openTok !== doc.paraTokenStart[para]) return null;
    let prev = para - 1;
    while (prev >= 0 && doc.paragraphs[prev]!.blank) prev--;
    if (prev < 0) return null;
    const end = doc.paraTokenStart[prev + 1]! - 1;
    if (end < doc.paraTokenStart[prev]! || !doc.tokens.is(end, ':') || ctx.inQuote[end] === 1) return null;
    let lo = end;
    while (lo - 1 >= doc.paraTokenStart[prev]! && ctx.inQuote[lo - 1] === 0 && !endsSentence(doc, lo - 1)) lo--;
    return leadIn(ctx, lo, end, true);
  },
});

/**
 * The speaker a lead-in sentence `[lo, colon)` names: its subject. When the lead-in is the paragraph
 * before, a reporting verb in it names its subject too ("As Joel Pollak reported after the raid:").
 */
function leadIn(ctx: SieveContext, lo: number, colon: number, ownParagraph: boolean): Finding | null {
  if (ownParagraph) {
    for (let i = colon - 1; i >= lo; i--) {
      const c = ctx.cues.at(i);
      if (c === null || c.kind !== 'verb') continue;
      const s = subjectBefore(ctx, i, lo);
      if (s !== null) return { phrase: s, cue: c };
      // "Stated Stone:" — a verb first in its sentence, its speaker after it.
      const inverted = startsSentence(ctx.doc, i) ? phraseStartingAt(ctx, c.last + 1, colon - 1) : null;
      if (inverted !== null && inverted.last === colon - 1) return { phrase: inverted, cue: c };
    }
  }
  const source = sourceLine(ctx, lo, colon);
  if (source !== null) return { phrase: source, cue: null, colon };
  const p = sentenceSubject(ctx, lo, colon - 1);
  if (p !== null && speakerHead(ctx.doc.tokens, headIndex(ctx.doc, p))) return { phrase: p, cue: null, colon };
  // A subject that names no speaker, and a full name right before the colon: "The timing of the
  // surge doesn’t surprise Republican pollster Daron Shaw: “…”".
  const tk = ctx.doc.tokens;
  const named = phraseEndingAt(ctx, colon - 1, lo);
  if (named !== null && named.first > lo && tk.isCap(named.last) && tk.isCap(named.last - 1) && !tk.isCap(named.first - 1)) {
    // (Not the verb before it: "doesn’t surprise | veteran pollster Mara Quist".)
    let first = named.first;
    while (first < named.last && !tk.isCap(first) && (ctx.cueTable.has(tk.lowerOf(first)) || AUXILIARY.test(tk.lowerOf(first - 1)))) first++;
    return { phrase: { first, last: named.last }, cue: null, colon };
  }
  return p === null ? null : { phrase: p, cue: null, colon };
}

/**
 * A lead-in that only names a source, as excerpts are introduced: "From the report:", "More from
 * Jones:", "Here’s Clinton in December 1992:". The speaker is the phrase after "from" or "Here’s",
 * which may end in a phrase of time or place before the colon.
 */
function sourceLine(ctx: SieveContext, lo: number, colon: number): Phrase | null {
  const tk = ctx.doc.tokens;
  let k = lo;
  const w = tk.lowerOf(k);
  if (w === 'more' && tk.lowerOf(k + 1) === 'from') k += 2;
  else if (w === 'from') k += 1;
  else if (w === 'here' && (tk.lowerOf(k + 1) === 'is' || tk.lowerOf(k + 1) === 'are' || (tk.isPoss(k + 1) && tk.lengthOf(k + 1) === 2))) k += 2;
  else if (w === 'here’s' || w === "here's") k += 1;
  else return null;
  if (k >= colon) return null;
  const p = phraseStartingAt(ctx, k, colon - 1);
  if (p === null || !speakerHead(tk, headIndex(ctx.doc, p))) return null;
  // Up to the colon, or a short phrase of time or place after it ("in December 1992").
  if (p.last === colon - 1) return p;
  const after = tk.lowerOf(p.last + 1);
  return (after === 'in' || after === 'on' || after === 'at') && colon - p.last <= 5 ? p : null;
}
