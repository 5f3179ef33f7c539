/**
 * dash-credit: a name after a dash that ends the sentence, as in pull quotes and captions, or a
 * paragraph of its own that credits the quotation before it, as fact checks list claims.
 *   “We will rebuild.” – Sonia Khush
 */
import { phraseStartingAt } from '../grammar/phrases.js';
import { endsSentence, isDash, type Tokens } from '../../../text/document.js';
import { defineRule, type Finding, type SieveContext } from '../../../sieves/context.js';

/** A dash before a credit: an em or en dash, a hyphen, or a horizontal bar (―). */
const isCreditDash = (tk: Tokens, i: number): boolean => isDash(tk, i) || tk.is(i, '―');

export const dashCredit = defineRule({
  name: 'dash-credit',
  confidence: 0.8,
  description: "A name after a dash that closes the quotation's sentence, or alone in the next paragraph after a quotation that is a paragraph of its own.",
  example: '“We will rebuild.” – Sonia Khush',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    const dash = q.closeTok + 1;
    if (!tk.has(dash) || dash > q.rightHi || !isCreditDash(tk, dash)) return creditLine(ctx, qi);
    const p = phraseStartingAt(ctx, q.closeTok + 2, q.rightHi);
    if (p === null || !tk.isCap(p.last)) return null;
    const next = p.last + 1;
    if (p.last < q.rightHi && tk.has(next) && !tk.is(next, ',') && !tk.is(next, '.')) return null;
    return { phrase: p, cue: null };
  },
});

/**
 * A quotation that is a paragraph of its own, credited by the next paragraph alone: "- Clinton."
 * (fact checks list claims this way).
 */
function creditLine(ctx: SieveContext, qi: number): Finding | null {
  const q = ctx.quotes[qi]!;
  const doc = ctx.doc;
  const tk = doc.tokens;
  const para = q.span.lastPara;
  const next = doc.paraTokenStart[para + 1];
  // The quotation is its paragraph, whole: a wire credit ("- Reuters.") after reporting is no speaker.
  if (q.openTok !== doc.paraTokenStart[q.span.firstPara]) return null;
  if (next === undefined || q.closeTok + 1 < next || !tk.has(next) || !isCreditDash(tk, next)) return null;
  const end = (doc.paraTokenStart[tk.paraOf(next) + 1] ?? tk.length) - 1;
  const p = phraseStartingAt(ctx, next + 1, end);
  if (p === null || !tk.isCap(p.last)) return null;
  if (p.last === end || (p.last + 1 === end && tk.is(end, '.'))) return { phrase: p, cue: null };
  // The name and, after a comma, where or what it is: "- Michelle Marks, Philadelphia.", "-President
  // Obama, tweeting after Clinton's speech." (a short line, one sentence).
  if (!tk.is(p.last + 1, ',') || end - next > CREDIT_LINE_TOKENS) return null;
  for (let i = p.last + 1; i < end; i++) if (endsSentence(doc, i)) return null;
  return { phrase: p, cue: null };
}

/** The most tokens a credit line with a description after the name may have. */
const CREDIT_LINE_TOKENS = 16;
