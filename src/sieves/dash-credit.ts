/**
 * dash-credit: a name after a dash that ends the sentence, as in pull quotes and captions.
 *   “We will rebuild.” – Sonia Khush
 */
import { phraseStartingAt } from '../mentions/np.js';
import type { Sieve } from './context.js';

const DASHES = new Set(['—', '–', '-', '―']);

export const dashCredit: Sieve = {
  name: 'dash-credit',
  confidence: 0.8,
  description: "A name after a dash that closes the quotation's sentence.",
  example: '“We will rebuild.” – Sonia Khush',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    const dash = q.closeTok + 1;
    if (!tk.has(dash) || dash > q.rightHi || !DASHES.has(tk.textOf(dash))) return null;
    const p = phraseStartingAt(ctx.doc, q.closeTok + 2, q.rightHi, ctx.cueTable);
    if (p === null || !tk.isCap(p.last)) return null;
    const next = p.last + 1;
    if (p.last < q.rightHi && tk.has(next) && !tk.is(next, ',') && !tk.is(next, '.')) return null;
    return { phrase: p, cue: null };
  },
};
