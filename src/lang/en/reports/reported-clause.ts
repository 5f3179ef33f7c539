/**
 * reported-clause: a reporting verb and the clause after it, with or without "that".
 *   Egeland said Russia had promised a pause.   She told reporters that the vote would wait.
 */
import type { CueHit } from '../../../cues/cues.js';
import { defineReportRule, type ReportFinding } from '../../../reports/finding.js';
import type { SieveContext } from '../../../sieves/context.js';
import { isParticiple, OBJECT_ONLY_LEMMAS } from '../lexicon/cues.js';
import { GERUND_PREPOSITIONS, NOT_SPEECH_LEMMAS, NOUN_CONTENT_LEMMAS, TOPIC_PREPOSITIONS } from '../lexicon/reports.js';
import { SUBORDINATORS } from '../lexicon/words.js';
import { clauseStart, contentRange, sentenceEnd, sentenceStart, topicRange, wordIn } from './clauses.js';
import { reportCues } from './speakers.js';

/** Whether a cue of the document's list reports speech with a speaker the rules can name. */
export const speechCue = (c: { readonly cue: CueHit }): boolean => c.cue.kind === 'verb' && !NOT_SPEECH_LEMMAS.has(c.cue.lemma);

/** Whether any token of `[first, last]` lies inside a quotation. */
export function holdsQuote(ctx: SieveContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (ctx.inQuote[i] === 1) return true;
  return false;
}

/** The token before the first comma outside quotations in `[from, end]`, or `end`. */
function firstComma(ctx: SieveContext, from: number, end: number): number {
  for (let i = from; i <= end; i++) if (ctx.inQuote[i] === 0 && ctx.doc.tokens.is(i, ',')) return i - 1;
  return end;
}

export const reportedClause = defineReportRule({
  name: 'reported-clause',
  confidence: 0.75,
  description: 'A reporting verb with its speaker before it and the clause it reports after it.',
  example: 'Egeland said Russia had promised a pause in the fighting.',
  find(ctx) {
    const out: ReportFinding[] = [];
    const tk = ctx.doc.tokens;
    for (const c of reportCues(ctx)) {
      const cue = c.cue;
      const first = cue.first;
      const subject = c.subject;
      if (subject === null) continue;
      if (!speechCue(c)) {
        // "spoke about the ban": not a verb of reported content, but of a topic.
        const topic = TOPIC_PREPOSITIONS.has(cue.lemma) ? topicRange(ctx, cue, sentenceEnd(ctx, cue.last)) : null;
        if (topic !== null) out.push({ rule: this.name, confidence: this.confidence, cue, speaker: subject, content: [topic] });
        continue;
      }
      // "Editor’s Note: …": a capitalised verb before a colon labels a line.
      if (tk.isCap(first) && tk.is(cue.last + 1, ':')) continue;
      // "interest in writing hard news": a participle after a preposition is a noun.
      if (isParticiple(tk.lowerOf(first)) && first > 0 && wordIn(tk, first - 1, GERUND_PREPOSITIONS)) continue;
      let end = sentenceEnd(ctx, cue.last);
      // "While rebels say they could …, the fighting is …": a subordinate clause ends at its comma.
      if (subject.first > 0 && wordIn(tk, subject.first - 1, SUBORDINATORS) && sentenceStart(ctx, subject.first) === subject.first - 1) end = firstComma(ctx, cue.last + 1, end);
      const start = clauseStart(ctx, cue, end);
      if (start < 0) {
        const topic = topicRange(ctx, cue, end);
        if (topic !== null) out.push({ rule: this.name, confidence: this.confidence, cue, speaker: subject, content: [topic] });
        continue;
      }
      const content = contentRange(ctx, start, end, 2, true, OBJECT_ONLY_LEMMAS.has(cue.lemma));
      if (content === null) continue;
      // "called the deal “a disaster”": some verbs report only what they put in marks ("called the
      // governor" reports nothing); others report their object ("criticized the trade deal").
      if (OBJECT_ONLY_LEMMAS.has(cue.lemma) && !NOUN_CONTENT_LEMMAS.has(cue.lemma) && !holdsQuote(ctx, content.first, content.last)) continue;
      out.push({ rule: this.name, confidence: this.confidence, cue, speaker: subject, content: [content] });
    }
    return out;
  },
});
