/**
 * next-paragraph-continuation: a paragraph that opens with a quotation and has no cue of its own
 * continues the last speaker of the paragraph before.
 *   …, the official said.
 *   “The civilian burden is very heavy, in a small area.”
 */
import { defineRule } from '../../../sieves/context.js';
import { latestSpeaker } from './shared.js';

export const nextParagraphContinuation = defineRule({
  name: 'next-paragraph-continuation',
  confidence: 0.6,
  description: "A paragraph that opens with a quotation and has no cue: the previous paragraph's last speaker.",
  example: '…, the official said.\n“The civilian burden is very heavy.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const para = q.span.firstPara;
    if (q.openTok !== ctx.doc.paraTokenStart[para]) return null;
    // Not a label: a few words in single marks heading a section (‘A really tough decision.’), or
    // without a sentence's end (“Related:”, “Sons of Trump” is an adaptation …). A short sentence in
    // double marks still continues: “This is extremely irresponsible.”
    if (!q.speechLike && (q.span.family === 'single' || !q.endsWithTerminal)) return null;
    for (let k = ctx.cues.lastBefore(ctx.doc.paraTokenStart[para + 1]!); k >= 0 && ctx.cues.list[k]!.para === para; k--) {
      if (ctx.cues.list[k]!.subject !== null) return null;
    }
    let prev = para - 1;
    while (prev >= 0 && ctx.doc.paragraphs[prev]!.blank) prev--;
    if (prev < 0) return null;
    return latestSpeaker(ctx, qi, ctx.doc.paraTokenStart[prev + 1]!, prev, prev);
  },
});
