/**
 * What several rules share: where a quotation's sentence starts, whether a range holds a cue, and
 * the latest speaker before a token (for continuations).
 */
import { type Finding, QUOTE_LOOKBACK, type SieveContext } from '../../../sieves/context.js';
import type { Phrase } from '../../../mentions/phrase.js';
import type { Tokens } from '../../../text/document.js';
import { SUBORDINATORS } from '../lexicon/words.js';

/**
 * The first reporter token of quotation `qi`'s sentence, reaching back over earlier quotations of
 * the sentence but not over one that closes a sentence of its own.
 */
export function sentenceStartOf(ctx: SieveContext, qi: number): number {
  const q = ctx.quotes[qi]!;
  let lo = q.leftLo;
  for (let j = qi - 1; j >= 0 && j >= qi - QUOTE_LOOKBACK && ctx.quotes[j]!.sentence === q.sentence && !ctx.quotes[j]!.closesSentence; j--) lo = ctx.quotes[j]!.leftLo;
  return lo;
}

/** Whether any reporter token in `[lo, hi]` is a cue. */
export function hasCue(ctx: SieveContext, lo: number, hi: number): boolean {
  for (let i = lo; i <= hi; i++) if (ctx.cues.at(i) !== null) return true;
  return false;
}

/**
 * Whether a subject starting at token `first` opens a subordinate or "that" clause: its cue reports
 * no speaker for the quotations that follow ("“…,” Hooton said after Rubio spoke. “…”" goes on
 * with Hooton; "pointing out that 98 senators voted").
 */
function subordinate(tk: Tokens, first: number): boolean {
  if (first === 0 || !tk.isWord(first - 1) || tk.paraOf(first - 1) !== tk.paraOf(first)) return false;
  const w = tk.lowerOf(first - 1);
  return w === 'that' || SUBORDINATORS.has(w);
}

/**
 * The latest speaker before token `before` in paragraphs `[fromPara, toPara]`: the subject of a
 * cue, or an attributed quotation (to inherit from), whichever comes later.
 */
export function latestSpeaker(ctx: SieveContext, qi: number, before: number, fromPara: number, toPara: number): Finding | null {
  let quoteAt = -1;
  let attributed = 0;
  for (let p = fromPara; p <= toPara; p++) attributed += ctx.decidedInParagraph[p] ?? 0;
  for (let j = qi - 1; attributed > 0 && j >= 0 && j >= qi - QUOTE_LOOKBACK; j--) {
    const p = ctx.quotes[j]!;
    if (p.span.lastPara < fromPara) break;
    if (p.span.lastPara <= toPara && p.openTok < before && ctx.decisions[j] !== undefined) { quoteAt = j; break; }
  }
  // The subject of a subordinate clause only when nothing else speaks: "since Trump spoke …".
  let fallback: Phrase | null = null;
  for (let k = ctx.cues.lastBefore(before); k >= 0; k--) {
    const c = ctx.cues.list[k]!;
    if (c.para > toPara) continue;
    if (c.para < fromPara) break;
    if (c.subject === null) continue;
    if (quoteAt >= 0 && ctx.quotes[quoteAt]!.openTok > c.cue.first) break;
    // A cue in the rest of the attributed quotation's sentence is a clause of its own there:
    // "“…,” said Tim Selaty, organizer of a group …, which expects 5,000 to attend. “…”".
    if (quoteAt >= 0 && c.cue.first <= ctx.quotes[quoteAt]!.rightHi && !ctx.quotes[quoteAt]!.closesSentence) continue;
    if (subordinate(ctx.doc.tokens, c.subject.first)) { fallback ??= c.subject; continue; }
    return { phrase: c.subject, cue: null };
  }
  if (quoteAt >= 0) return { inherit: quoteAt, cue: null };
  return fallback === null ? null : { phrase: fallback, cue: null };
}
