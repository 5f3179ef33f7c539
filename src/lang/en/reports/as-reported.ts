/**
 * as-reported: "As X said," before the content it credits, or ", as X said" after it.
 *   As the ministry reported, the convoy left at dawn.   The convoy left at dawn, as the ministry said.
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import { contentRange, sentenceEnd, sentenceStart } from './clauses.js';
import { speechCue } from './reported-clause.js';
import { reportCues } from './speakers.js';

export const asReported = defineReportRule({
  name: 'as-reported',
  confidence: 0.45,
  description: '“As X said,” opening the sentence before the content it credits, or “, as X said” closing it.',
  example: 'As the ministry reported, the convoy left the city at dawn.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    for (const c of reportCues(ctx)) {
      const s = c.subject;
      if (s === null || !speechCue(c) || s.first < 1 || !tk.isWord(s.first - 1) || tk.lowerOf(s.first - 1) !== 'as') continue;
      const as = s.first - 1;
      const start = sentenceStart(ctx, as);
      const end = sentenceEnd(ctx, c.cue.last);
      // The verb, maybe with an adverb or a time ("as CNN first reported on Monday,").
      let k = c.cue.last + 1;
      while (k <= end && tk.isWord(k) && k - c.cue.last <= 4) k++;
      if (start === as && tk.is(k, ',')) {
        const content = contentRange(ctx, k + 1, end, 3, false);
        if (content !== null) out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker: s, content: [content] });
      } else if (as > start + 2 && tk.is(as - 1, ',') && (k > end || !tk.isWord(k))) {
        const content = contentRange(ctx, start, as - 2, 3, false);
        if (content !== null) out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker: s, content: [content] });
      }
    }
    return out;
  },
});
