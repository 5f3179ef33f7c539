/**
 * recent-speaker: a quotation that reads as an utterance but has no cue and no speaker nearby goes
 * to the most recent speaker of the two paragraphs before it. A weak rule, tried last.
 */
import type { Sieve } from './context.js';

const PARAGRAPHS_BACK = 2;

export const recentSpeaker: Sieve = {
  name: 'recent-speaker',
  confidence: 0.35,
  description: 'Last resort for a clause in marks with no cue: the most recent speaker of the two paragraphs before.',
  example: '“We will fight on,” Sanders said.\n\nThe crowd cheered.\n\n“We are not done yet, not by a long way.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    if (!q.speechLike) return null;
    const para = q.span.firstPara;
    let quoteAt = -1;
    for (let j = qi - 1; j >= 0 && j >= qi - 32; j--) {
      const p = ctx.quotes[j]!;
      if (p.span.lastPara < para - PARAGRAPHS_BACK * 2) break;
      if (ctx.made[j] !== undefined) { quoteAt = j; break; }
    }
    // Paragraph numbers count blank lines too, so "two paragraphs" spans at most four lines.
    for (let k = ctx.lastCueBefore(q.openTok); k >= 0; k--) {
      const c = ctx.cues[k]!;
      if (c.para < para - PARAGRAPHS_BACK * 2) break;
      if (c.subject === null) continue;
      if (quoteAt >= 0 && ctx.quotes[quoteAt]!.openTok > c.cue.first) break;
      return { phrase: c.subject, cue: null };
    }
    return quoteAt >= 0 ? { inherit: quoteAt, cue: null } : null;
  },
};
