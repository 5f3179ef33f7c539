/**
 * relayed-by: a medium that relays the quotation ("…,” the Japan Times reported), credited only when
 * no other rule found who said it.
 */
import { subjectBefore } from '../grammar/phrases.js';
import { defineRule } from '../../../sieves/context.js';
import { isRelay } from '../lexicon/cues.js';

export const relayedBy = defineRule({
  name: 'relayed-by',
  confidence: 0.5,
  description: 'A medium that relays the words (reported, posted, read), credited only when no rule above finds a speaker.',
  example: 'The war is “very painful,” the Japan Times reported.',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    let s = q.closeTok + 1;
    while (s <= q.rightHi && tk.is(s, ',')) s++;
    for (let i = s; i <= q.rightHi && i <= s + 10; i++) {
      const c = ctx.cues.at(i);
      if (c === null) continue;
      if (!isRelay(c.lemma)) break;
      const p = subjectBefore(ctx, i, s);
      if (p !== null && p.first === s) return { phrase: p, cue: c };
    }
    for (let i = q.openTok - 1; i >= q.leftLo; i--) {
      const c = ctx.cues.at(i);
      if (c === null || !isRelay(c.lemma)) continue;
      const p = subjectBefore(ctx, i, q.leftLo);
      if (p !== null) return { phrase: p, cue: c };
    }
    return null;
  },
});
