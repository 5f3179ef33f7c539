/**
 * same-sentence: a quotation with no cue of its own shares the speaker of another quotation of its
 * sentence.   It was “dead on arrival” and “unworkable,” Smith said.
 */
import { defineRule, QUOTE_LOOKBACK } from '../../../sieves/context.js';

export const sameSentence = defineRule({
  name: 'same-sentence',
  confidence: 0.8,
  description: 'Another quotation of the same sentence has a speaker.',
  example: 'It was “dead on arrival” and “unworkable,” Smith said.',
  apply(ctx, qi) {
    const s = ctx.quotes[qi]!.sentence;
    if (ctx.decidedInSentence[s] === 0) return null;
    // A speaker carries backwards over a quotation that closes a sentence ("“…” Assad commented
    // that … “…”"), never forwards into the next sentence.
    let back = true;
    for (let d = 1; d <= QUOTE_LOOKBACK; d++) {
      const before = ctx.quotes[qi - d];
      const after = ctx.quotes[qi + d];
      if (before !== undefined && before.closesSentence) back = false;
      const b = back && before !== undefined && before.sentence === s;
      const a = after !== undefined && after.sentence === s;
      if (!a && !b) return null;
      if (b && ctx.decisions[qi - d] !== undefined) return { inherit: qi - d, cue: null };
      if (a && ctx.decisions[qi + d] !== undefined) return { inherit: qi + d, cue: null };
    }
    return null;
  },
});
