/**
 * asked-question: a question reported with no asker named: "Asked whether …, she said …", "When
 * asked if …", "was asked about …". The asker is the one after "by", or no one.
 *   Asked whether he would run again, the senator smiled.   He was asked about the merger.
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import type { Phrase } from '../../../mentions/phrase.js';
import { phraseStartingAt } from '../grammar/phrases.js';
import { QUESTION_WORDS } from '../lexicon/reports.js';
import { contentRange, sentenceEnd, sentenceStart } from './clauses.js';

const ASKED = new Set(['asked']);

export const askedQuestion = defineReportRule({
  name: 'asked-question',
  confidence: 0.65,
  description: 'A question reported with no asker before its verb (“Asked whether …,”, “was asked about …”): the asker after “by”, or none.',
  example: 'Asked whether he would run again, the senator smiled.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    for (let i = 0; i < tk.length; i++) {
      // (The length first: most tokens are ruled out without making their lower-case form.)
      if (ctx.inQuote[i] === 1 || tk.lengthOf(i) !== 5 || !tk.isWord(i) || !ASKED.has(tk.lowerOf(i))) continue;
      const start = sentenceStart(ctx, i);
      const w = i > start ? tk.lowerOf(i - 1) : '';
      // Opening its sentence, or after "when", "if", "was", "were", "been".
      const opening = i === start || ((w === 'when' || w === 'if') && i - 1 === start);
      if (!opening && w !== 'was' && w !== 'were' && w !== 'been' && w !== 'being') continue;
      const end = sentenceEnd(ctx, i);
      let j = i + 1;
      let asker: Phrase | null = null;
      if (j <= end && tk.isWord(j) && tk.lowerOf(j) === 'by') {
        asker = phraseStartingAt(ctx, j + 1, end);
        if (asker === null) continue;
        j = asker.last + 1;
      }
      if (j + 1 > end || !tk.isWord(j)) continue;
      const q = tk.lowerOf(j);
      if (!QUESTION_WORDS.has(q) && q !== 'about') continue;
      const first = q === 'about' ? j + 1 : j;
      // An opening question ends at its comma: "Asked whether …, she said".
      let last = end;
      if (opening) for (let k = first; k <= end; k++) if (ctx.inQuote[k] === 0 && tk.is(k, ',')) { last = k - 1; break; }
      const content = contentRange(ctx, first, last, 2, false);
      if (content !== null) out.push({ rule: this.name, confidence: this.confidence, cue: ctx.cues.at(i), speaker: asker, content: [content] });
    }
    return out;
  },
});
