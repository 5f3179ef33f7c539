/**
 * passive-by: reported speech in the passive, its speaker after "by": what was reported is the
 * subject.
 *   The meeting was first reported by Politico.   The plan has been criticized by both parties.
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import { phraseStartingAt, withRole } from '../grammar/phrases.js';
import { CLAUSE_ADVERBS, PASSIVE_AUXILIARIES } from '../lexicon/reports.js';
import { contentRange, sentenceEnd, sentenceStart } from './clauses.js';
import { speechCue } from './reported-clause.js';
import { reportCues } from './speakers.js';

export const passiveBy = defineReportRule({
  name: 'passive-by',
  confidence: 0.3,
  description: 'A reporting verb in the passive with its speaker after “by”: the subject is what was reported.',
  example: 'The meeting was first reported by Politico.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    for (const c of reportCues(ctx)) {
      const v = c.cue.first;
      if (c.cue.kind !== 'verb' || (!speechCue(c) && c.cue.lemma !== 'report')) continue;
      const end = sentenceEnd(ctx, v);
      if (c.cue.last + 2 > end || !tk.isWord(c.cue.last + 1) || tk.lowerOf(c.cue.last + 1) !== 'by') continue;
      // The auxiliary before the participle, over adverbs: "was first reported", "has been denied".
      let a = v - 1;
      while (a > 0 && tk.isWord(a) && CLAUSE_ADVERBS.has(tk.lowerOf(a))) a--;
      if (a < 1 || !tk.isWord(a) || !PASSIVE_AUXILIARIES.has(tk.lowerOf(a))) continue;
      while (a - 1 > 0 && tk.isWord(a - 1) && PASSIVE_AUXILIARIES.has(tk.lowerOf(a - 1))) a--;
      const p = phraseStartingAt(ctx, c.cue.last + 2, end);
      if (p === null) continue;
      const start = sentenceStart(ctx, v);
      const content = contentRange(ctx, start, a - 1, 2, false);
      if (content === null) continue;
      out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker: withRole(ctx.doc, p, end), content: [content] });
    }
    return out;
  },
});
