/**
 * recent-speaker: a quotation that reads as an utterance but has no cue and no speaker nearby goes
 * to the most recent speaker of the two paragraphs before it. A weak rule, tried last.
 */
import type { Sieve } from './context.js';
import { latestSpeaker } from './helpers.js';

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
    // Paragraph numbers count blank lines too, so "two paragraphs" spans at most four lines.
    return latestSpeaker(ctx, qi, q.openTok, para - PARAGRAPHS_BACK * 2, para);
  },
};
