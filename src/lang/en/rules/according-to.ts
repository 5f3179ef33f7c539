/**
 * according-to: "according to X" after the quotation or before it in its sentence.
 *   “…,” according to the newspaper.   According to the newspaper, “…”
 */
import { phraseStartingAt, withRole } from '../grammar/phrases.js';
import { defineRule } from '../../../sieves/context.js';

export const accordingTo = defineRule({
  name: 'according-to',
  confidence: 0.85,
  description: '“according to X” after the quotation or before it in its sentence.',
  example: 'According to the newspaper, “gun laws are porous.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    let s = q.closeTok + 1;
    while (s <= q.rightHi && tk.is(s, ',')) s++;
    const after = s <= q.rightHi ? ctx.cues.at(s) : null;
    if (after !== null && after.kind === 'phrase') {
      const p = phraseStartingAt(ctx, after.last + 1, q.rightHi);
      if (p !== null) return { phrase: withRole(ctx.doc, p, q.rightHi), cue: after };
    }
    // At the end of the sentence, after the reporter's words: "… paying “dozens” of canvassers
    // $15 an hour, according to campaign manager Jeff Weaver."
    if (q.rightStop === 'sentence' && !q.closesSentence) {
      const end = q.rightHi - 1; // before the sentence's final stop
      for (let i = end; i > s; i--) {
        const c = ctx.cues.at(i);
        if (c === null) continue;
        if (c.kind !== 'phrase' || !tk.is(i - 1, ',')) break;
        const p = phraseStartingAt(ctx, c.last + 1, end);
        if (p === null) break;
        const named = withRole(ctx.doc, p, end);
        if ((named.role?.last ?? named.last) === end) return { phrase: named, cue: c };
        break;
      }
    }
    for (let i = q.openTok - 1; i >= q.leftLo; i--) {
      const c = ctx.cues.at(i);
      if (c === null || c.kind !== 'phrase') continue;
      const p = phraseStartingAt(ctx, c.last + 1, q.openTok - 1);
      if (p !== null) return { phrase: withRole(ctx.doc, p, q.openTok - 1), cue: c };
    }
    return null;
  },
});
