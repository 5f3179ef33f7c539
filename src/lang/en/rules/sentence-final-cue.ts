/**
 * sentence-final-cue: a speaker and verb that close the sentence after a comma, when the quotation
 * opens it and the reporter's words run on between them.
 *   “Boots on the ground” would be appropriate, Republican candidate Ben Carson said.
 *   “We’re extremely happy” about the decision, said RoseAnn DeMoro.
 */
import { phraseStartingAt, roleThenName, subjectBefore } from '../grammar/phrases.js';
import { defineRule } from '../../../sieves/context.js';
import { reportsUtterance } from '../lexicon/cues.js';

export const sentenceFinalCue = defineRule({
  name: 'sentence-final-cue',
  confidence: 0.8,
  description: 'A speaker and verb that close the sentence after a comma, with the reporter’s words between them and the quotation.',
  example: '“Boots on the ground” would be appropriate, Republican candidate Ben Carson said.',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    if (q.rightStop === 'quote') return null;
    const tk = ctx.doc.tokens;
    let end = q.rightHi;
    if (end > q.closeTok && (tk.is(end, '.') || tk.is(end, '!') || tk.is(end, '?'))) end--;
    for (let i = end; i > q.closeTok; i--) {
      const c = ctx.cues.at(i);
      if (c === null) continue;
      if (c.kind !== 'verb' || !reportsUtterance(c.lemma)) return null;
      if (tk.is(i - 1, ',')) {
        // Inverted: "…, said RoseAnn DeMoro.", "…, said the bureau's director, James B. Comey, on Monday."
        const p = phraseStartingAt(ctx, c.last + 1, end);
        if (p === null) return null;
        if (tk.isCap(p.last)) return { phrase: p, cue: c };
        const named = roleThenName(ctx, p, end);
        return named.role !== undefined ? { phrase: named, cue: c } : null;
      }
      const subject = subjectBefore(ctx, i, q.closeTok + 1);
      if (subject === null || subject.first - 1 <= q.closeTok || !tk.is(subject.first - 1, ',')) return null;
      return { phrase: subject, cue: c };
    }
    return null;
  },
});
