/**
 * headline-colon: a headline or lead that opens with a name and a colon, or a name and a colon
 * after a dash, as newsletters credit the passages they quote.
 *   Bashar al-Assad: Aleppo victory will be a ‘huge step’
 *   Turnout fell in Iowa - Maria Lopez: “Fewer voters came out than in 2008.”
 */
import { phraseStartingAt } from '../grammar/phrases.js';
import { isDash } from '../../../text/document.js';
import { defineRule, type Finding, type SieveContext } from '../../../sieves/context.js';
import { hasCue } from './shared.js';

/** How far before the quotation a dash may stand: the name and the colon after it. */
const DASH_WINDOW = 8;

/** A name that starts at token `start` and is followed by a colon, with no cue up to the quotation. */
function nameColon(ctx: SieveContext, start: number, openTok: number): Finding | null {
  const tk = ctx.doc.tokens;
  const p = phraseStartingAt(ctx, start, openTok - 1);
  if (p === null || !tk.isCap(p.last)) return null;
  let colon = p.last + 1;
  // A party and state in parentheses: "Rep. Trey Gowdy (R-S.C.): “…”".
  if (tk.is(colon, '(')) {
    const close = colon + 8;
    while (colon < close && colon < openTok && !tk.is(colon, ')')) colon++;
    colon++;
  }
  if (!tk.is(colon, ':') || colon >= openTok) return null;
  if (hasCue(ctx, colon + 1, openTok - 1)) return null;
  return { phrase: p, cue: null, colon };
}

export const headlineColon = defineRule({
  name: 'headline-colon',
  confidence: 0.75,
  description: 'A headline or paragraph that opens with a name and a colon, or a name and a colon after a dash right before the quotation.',
  example: 'Bashar al-Assad: Aleppo victory will be a ‘huge step’',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    const start = ctx.doc.paraTokenStart[q.span.firstPara]!;
    if (start >= q.openTok) return null;
    const opening = nameColon(ctx, start, q.openTok);
    if (opening !== null) return opening;
    // "… - Carl Bialik: “…”": the colon right before the quotation, a name between it and a dash.
    if (!tk.is(q.openTok - 1, ':')) return null;
    for (let j = q.openTok - 3; j > start && j >= q.openTok - DASH_WINDOW; j--) {
      if (isDash(tk, j)) return nameColon(ctx, j + 1, q.openTok);
    }
    return null;
  },
});
