/**
 * according-to-content: "according to X" before or after what X says.
 *   According to the ministry, 900 fighters left.   900 fighters left, according to the ministry.
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import { phraseStartingAt, withRole } from '../grammar/phrases.js';
import { contentRange, sentenceEnd, sentenceStart } from './clauses.js';

export const accordingToContent = defineReportRule({
  name: 'according-to-content',
  confidence: 0.75,
  description: '“according to X” opening the sentence before the content, or after it.',
  example: 'More than 900 fighters have left the city, according to the ministry.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    for (const c of ctx.cues.list) {
      if (c.cue.kind !== 'phrase') continue;
      const i = c.cue.first;
      const end = sentenceEnd(ctx, i);
      const p = phraseStartingAt(ctx, c.cue.last + 1, end);
      if (p === null) continue;
      const speaker = withRole(ctx.doc, p, end);
      const start = sentenceStart(ctx, i);
      let speakerEnd = speaker.role?.last ?? speaker.last;
      if (start === i) {
        // According to X, CONTENT.
        while (speakerEnd + 1 <= end && !tk.is(speakerEnd + 1, ',')) speakerEnd++;
        const content = contentRange(ctx, speakerEnd + 2, end, 2, false);
        if (content !== null) out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker, content: [content] });
      } else {
        // CONTENT(,) according to X.
        const content = contentRange(ctx, start, tk.is(i - 1, ',') ? i - 2 : i - 1);
        if (content !== null) out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker, content: [content] });
      }
    }
    return out;
  },
});
