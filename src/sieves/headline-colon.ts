/**
 * headline-colon: a headline or lead that opens with a name and a colon.
 *   Bashar al-Assad: Aleppo victory will be a ‘huge step’
 */
import { phraseStartingAt } from '../mentions/np.js';
import type { Sieve } from './context.js';
import { hasCue } from './helpers.js';

export const headlineColon: Sieve = {
  name: 'headline-colon',
  confidence: 0.75,
  description: 'A headline or paragraph that opens with a name and a colon.',
  example: 'Bashar al-Assad: Aleppo victory will be a ‘huge step’',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    const start = ctx.doc.paraTokenStart[q.span.firstPara]!;
    if (start >= q.openTok) return null;
    const p = phraseStartingAt(ctx.doc, start, q.openTok - 1, ctx.cueTable);
    if (p === null || !tk.isCap(p.last)) return null;
    const colon = p.last + 1;
    if (!tk.is(colon, ':') || colon >= q.openTok) return null;
    if (hasCue(ctx, colon + 1, q.openTok - 1)) return null;
    return { phrase: p, cue: null, colon };
  },
};
