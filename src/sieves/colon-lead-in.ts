/**
 * colon-lead-in: a sentence whose subject introduces the quotation with a colon and no reporting
 * verb, in the quotation's paragraph or as the whole of the paragraph before it.
 *   The newspaper focuses on the attack: “In taking 129 lives …”
 *   He then listed what a nominee needs: ¶ “Has the candidate a record of …”
 */
import { phraseStartingAt, subjectBefore } from '../mentions/np.js';
import { endsSentence, startsSentence } from '../text/document.js';
import type { Found, Sieve, SieveContext } from './context.js';
import { sentenceSubject } from './helpers.js';

export const colonLeadIn: Sieve = {
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
};

/**
 * The speaker a lead-in sentence `[lo, colon)` names: its subject. When the lead-in is the paragraph
 * before, a reporting verb in it names its subject too ("As Joel Pollak reported after the raid:").
 */
function leadIn(ctx: SieveContext, lo: number, colon: number, ownParagraph: boolean): Found | null {
  if (ownParagraph) {
    for (let i = colon - 1; i >= lo; i--) {
      const c = ctx.cueAt(i);
      if (c === null || c.kind !== 'verb') continue;
      const s = subjectBefore(ctx.doc, i, lo, ctx.cueTable);
      if (s !== null) return { phrase: s, cue: c };
      // "Stated Stone:" — a verb first in its sentence, its speaker after it.
      const inverted = startsSentence(ctx.doc, i) ? phraseStartingAt(ctx.doc, c.last + 1, colon - 1, ctx.cueTable) : null;
      if (inverted !== null && inverted.last === colon - 1) return { phrase: inverted, cue: c };
    }
  }
  const p = sentenceSubject(ctx, lo, colon - 1);
  return p === null ? null : { phrase: p, cue: null, colon };
}
