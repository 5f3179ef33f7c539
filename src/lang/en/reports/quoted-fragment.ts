/**
 * quoted-fragment: a quoted fragment inside the reporter's sentence, whose speaker a quotation rule
 * found: the reported content is the rest of the sentence after the speaker's verb (or after the
 * speaker, when no verb reports it), the fragment inside it.
 *   Sanders vowed to “take our fight” to the 35 states.   The senator is “not going anywhere.”
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import { speakerPhrase } from '../../../sieves/context.js';
import { contentRange, sentenceEnd, sentenceStart } from './clauses.js';

export const quotedFragment = defineReportRule({
  name: 'quoted-fragment',
  confidence: 0.55,
  description: 'A quoted fragment in the reporter’s sentence, whose speaker a quotation rule found: the rest of the sentence after the speaker (and verb) is what was said.',
  example: 'Sanders vowed to “take our fight” to the 35 states that have not voted.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    let lastStart = -1;
    for (let qi = 0; qi < ctx.quotes.length; qi++) {
      const q = ctx.quotes[qi]!;
      const speaker = speakerPhrase(ctx.decisions, qi);
      if (speaker === null) continue;
      // Its own cue, when its own decision names the speaker (an inherited one reports elsewhere).
      const own = ctx.decisions[qi]!.finding;
      const f = { phrase: speaker.phrase, cue: 'phrase' in own ? own.cue : null };
      // What stands before the fragment in its sentence: its cue, or else its speaker.
      const start = sentenceStart(ctx, q.openTok);
      const anchor = f.cue !== null && f.cue.last < q.openTok && f.cue.first >= start ? f.cue.last : f.phrase.last < q.openTok && f.phrase.first >= start ? (f.phrase.role?.last ?? f.phrase.last) : -1;
      if (anchor < 0) continue;
      // A fragment: the reporter's words stand between them (not only "that", a colon or a comma).
      let words = 0;
      for (let i = anchor + 1; i < q.openTok; i++) if (tk.isWord(i) && tk.lowerOf(i) !== 'that') words++;
      if (words === 0) continue;
      // "Assad: Aleppo victory will be a ‘huge step’": a colon lead-in, which name-colon reads.
      if (tk.is(anchor + 1, ':')) continue;
      let first = anchor + 1;
      if (tk.isWord(first) && tk.lowerOf(first) === 'that') first++;
      if (first <= lastStart) continue;
      const content = contentRange(ctx, first, sentenceEnd(ctx, q.closeTok), 2);
      if (content === null || content.last < q.closeTok) continue;
      lastStart = first;
      out.push({ rule: this.name, confidence: this.confidence, cue: f.cue !== null && f.cue.last === anchor ? f.cue : null, speaker: f.phrase, content: [content] });
    }
    return out;
  },
});
