/**
 * paragraph-continuation: a quotation with no cue in its sentence continues the speaker named
 * earlier in its paragraph.
 *   He said that retaking Aleppo did not mean victory. Victory means the government has “eliminated all terrorists.”
 */
import { defineRule } from '../../../sieves/context.js';
import { hasCue, latestSpeaker } from './shared.js';

export const paragraphContinuation = defineRule({
  name: 'paragraph-continuation',
  confidence: 0.7,
  description: "No cue in the quotation's sentence: the speaker named earlier in its paragraph.",
  example: 'He said victory was near. It means the government has “eliminated all terrorists.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    // (A quotation that closes its sentence, “… enforcement.” She further announced …, leaves the
    // next sentence's cue to that sentence.)
    if (hasCue(ctx, q.leftLo, q.openTok - 1) || (!q.closesSentence && hasCue(ctx, q.closeTok + 1, q.rightHi))) return null;
    const para = q.span.firstPara;
    // The nearest earlier speaker in the paragraph: an attributed quotation or a cue's subject.
    return latestSpeaker(ctx, qi, q.openTok, para, para);
  },
});
