/**
 * name-colon: a headline, a transcript's turn or a paragraph that opens with a name and a colon,
 * the rest being what the named one says.
 *   Issa: Clinton’s ‘Honesty Is In Question’   Assad: Aleppo victory will be a ‘huge step’
 */
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import { phraseStartingAt } from '../grammar/phrases.js';
import { contentRange } from './clauses.js';
import { holdsQuote } from './reported-clause.js';
import { LINE_LABELS } from '../lexicon/reports.js';

export const nameColon = defineReportRule({
  name: 'name-colon',
  confidence: 0.4,
  description: 'A headline, a transcript’s turn (“TAPPER:”, “Q:”) or a paragraph with a quotation that opens with a name and a colon.',
  example: 'Issa: Clinton’s ‘Honesty Is In Question’',
  find(ctx) {
    const doc = ctx.doc;
    const tk = doc.tokens;
    const out: ReportFinding[] = [];
    for (let para = 0; para < doc.paragraphs.length; para++) {
      const start = doc.paraTokenStart[para]!;
      const end = doc.paraTokenStart[para + 1]! - 1;
      if (end - start < 4 || ctx.inQuote[start] === 1) continue;
      const p = phraseStartingAt(ctx, start, Math.min(end, start + 8));
      if (p === null || !tk.isCap(p.first) || LINE_LABELS.has(tk.lowerOf(p.first)) || p.last - p.first > 5) continue;
      const colon = p.last + 1;
      if (!tk.is(colon, ':') || colon + 1 > end) continue;
      // A headline (the first paragraph, or one in title case), a transcript's turn (a label in
      // capitals, or Q and A), or a paragraph with a quotation in it.
      const label = tk.textOf(p.first);
      const transcript = label === label.toUpperCase() && /\p{Lu}/u.test(label);
      if (!(para === 0 || transcript || ctx.titleCase(para) || holdsQuote(ctx, colon + 1, end))) continue;
      const content = contentRange(ctx, colon + 1, end, 3);
      if (content === null) continue;
      out.push({ rule: this.name, confidence: this.confidence, cue: null, colon, speaker: p, content: [content] });
    }
    return out;
  },
});
