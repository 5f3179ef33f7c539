/**
 * paragraph-continuation: a quotation with no cue in its sentence continues the speaker named
 * earlier in its paragraph.
 *   He said that retaking Aleppo did not mean victory. Victory means the government has “eliminated all terrorists.”
 */
import type { Sieve } from './context.js';
import { hasCue } from './helpers.js';

// Quotations looked back over at most: a paragraph rarely holds more, and pathological input stays linear.
const LOOKBACK = 32;

export const paragraphContinuation: Sieve = {
  name: 'paragraph-continuation',
  confidence: 0.7,
  description: "No cue in the quotation's sentence: the speaker named earlier in its paragraph.",
  example: 'He said victory was near. It means the government has “eliminated all terrorists.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    if (hasCue(ctx, q.leftLo, q.openTok - 1) || hasCue(ctx, q.closeTok + 1, q.rightHi)) return null;
    const para = q.span.firstPara;
    // The nearest earlier speaker in the paragraph: an attributed quotation or a cue's subject.
    let quoteAt = -1;
    for (let j = qi - 1; j >= 0 && j >= qi - LOOKBACK; j--) {
      const p = ctx.quotes[j]!;
      if (p.span.lastPara !== para) break;
      if (ctx.made[j] !== undefined) { quoteAt = j; break; }
    }
    for (let k = ctx.lastCueBefore(q.openTok); k >= 0; k--) {
      const c = ctx.cues[k]!;
      if (c.para !== para) break;
      if (c.subject === null) continue;
      if (quoteAt >= 0 && ctx.quotes[quoteAt]!.openTok > c.cue.first) break;
      return { phrase: c.subject, cue: null };
    }
    return quoteAt >= 0 ? { inherit: quoteAt, cue: null } : null;
  },
};
