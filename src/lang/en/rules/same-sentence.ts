/**
 * same-sentence: a quotation with no cue of its own shares the speaker of another quotation of its
 * sentence.   It was “dead on arrival” and “unworkable,” Smith said.
 */
import type { Sieve } from '../../../sieves/context.js';

export const sameSentence: Sieve = {
  name: 'same-sentence',
  confidence: 0.8,
  description: 'Another quotation of the same sentence has a speaker.',
  example: 'It was “dead on arrival” and “unworkable,” Smith said.',
  apply(ctx, qi) {
    const s = ctx.quotes[qi]!.sentence;
    if (ctx.madeInSentence[s] === 0) return null;
    // A speaker carries backwards over a quotation that closes a sentence ("“…” Assad commented
    // that … “…”"), never forwards into the next sentence.
    let back = true;
    for (let d = 1; d <= 32; d++) {
      const before = ctx.quotes[qi - d];
      const after = ctx.quotes[qi + d];
      if (before !== undefined && before.closesSentence) back = false;
      const b = back && before !== undefined && before.sentence === s;
      const a = after !== undefined && after.sentence === s;
      if (!a && !b) return null;
      if (b && ctx.made[qi - d] !== undefined) return { inherit: qi - d, cue: null };
      if (a && ctx.made[qi + d] !== undefined) return { inherit: qi + d, cue: null };
    }
    return null;
  },
};
