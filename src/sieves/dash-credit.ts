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
    const dash = tk.at(q.closeTok + 1);
    if (dash === undefined || q.closeTok + 1 > q.rightHi || !DASHES.has(dash.text)) return null;
    const p = phraseStartingAt(ctx.doc, q.closeTok + 2, q.rightHi, ctx.cueTable);
    if (p === null || !tk.at(p.last)!.cap) return null;
    const next = tk.at(p.last + 1);
    if (p.last < q.rightHi && next !== undefined && next.text !== ',' && next.text !== '.') return null;
    return { phrase: p, cue: null };
  },
};
