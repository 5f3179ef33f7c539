/**
 * fronted-content: what was said opens the sentence, its speaker and verb follow, after a comma;
 * or they stand in the middle, between commas, and the content goes on after them.
 *   Defeating the rebels would not end the war, Assad said.   The plan, she said, was dead.
 */
import type { SieveContext } from '../../../sieves/context.js';
import { defineReportRule, type ReportFinding, type TokenRange } from '../../../reports/finding.js';
import { phraseStartingAt, roleThenName } from '../grammar/phrases.js';
import { afterAdjunct, contentRange, sentenceEnd, sentenceStart } from './clauses.js';
import { speechCue } from './reported-clause.js';
import { reportCues } from './speakers.js';
import { ARTICLES, LISTENER_LEMMAS, LISTENERS, SETTING_PREPOSITIONS } from '../lexicon/reports.js';
import { isParticiple } from '../lexicon/cues.js';

/** Whether a phrase opens with a participle, after an adverb or not: "Speaking to …", "Increasingly cornered …". */
function opensWithParticiple(ctx: SieveContext, i: number): boolean {
  const tk = ctx.doc.tokens;
  const w = tk.lowerOf(i);
  const participle = (x: string): boolean => x.endsWith('ing') || x.endsWith('ed');
  return participle(w) || (w.endsWith('ly') && tk.isWord(i + 1) && participle(tk.lowerOf(i + 1)));
}

/** Whether token `i` is a stop (or a closing mark after one). */
function isStop(ctx: SieveContext, i: number): boolean {
  const tk = ctx.doc.tokens;
  return tk.is(i, '.') || tk.is(i, '!') || tk.is(i, '?') || tk.is(i, '…') || (tk.isPunct(i) && i + 1 >= tk.length);
}

/** How many words of tokens `[first, last]` stand outside quotations. */
function reporterWords(ctx: SieveContext, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) if (ctx.inQuote[i] === 0 && ctx.doc.tokens.isWord(i)) n++;
  return n;
}

export const frontedContent = defineReportRule({
  name: 'fronted-content',
  confidence: 0.75,
  description: 'The content opens the sentence; its speaker and verb follow after a comma (or stand between commas inside it).',
  example: 'Defeating the rebels would not end the war, Assad said in an interview.',
  find(ctx) {
    const tk = ctx.doc.tokens;
    const out: ReportFinding[] = [];
    for (const c of reportCues(ctx)) {
      if (!speechCue(c)) continue;
      const v = c.cue.first;
      let speaker = c.subject;
      // Where the speaker and verb begin: the subject before the verb, or the verb itself when it
      // is inverted ("…, said the mayor").
      const lead = speaker !== null ? speaker.first : v;
      if (speaker === null) {
        // (A participle is never inverted: "…, saying it was …" reports what follows it.)
        if (isParticiple(tk.lowerOf(v))) continue;
        const end = sentenceEnd(ctx, v);
        const p = phraseStartingAt(ctx, v + 1, end);
        if (p === null) continue;
        speaker = roleThenName(ctx, p, end);
      }
      // The comma before them, or a quotation that ends with one: "…, “… frustrations,” Sexton said."
      const comma = lead < 2 ? false : ctx.inQuote[lead - 1] === 0 ? tk.is(lead - 1, ',') : tk.is(lead - 2, ',') && ctx.inQuote[lead - 2] === 1;
      if (!comma) continue;
      const start = sentenceStart(ctx, lead - 1);
      if (start >= lead - 1) continue;
      // A clause of its own, not a setting ("In a statement on Tuesday, she said …").
      if (SETTING_PREPOSITIONS.has(tk.lowerOf(start))) continue;
      const before = contentRange(ctx, start, ctx.inQuote[lead - 1] === 1 ? lead - 1 : lead - 2, 1);
      if (before === null) continue;
      // Before a quotation, the reporter's own words must make a clause ("That makes him a leader
      // to whom supporters can “…,” Sexton said"), not only a setting of the quotation.
      if (ctx.inQuote[lead - 1] === 1 && reporterWords(ctx, before.first, before.last) < 4) continue;
      // After the verb (and the speaker, when inverted) and its adjuncts: the rest of the content
      // after a comma when the verb stands inside it ("The plan, she said, was dead.").
      const end = sentenceEnd(ctx, v);
      let k = Math.max(c.cue.last, speaker.role?.last ?? speaker.last) + 1;
      // The listener of a verb of telling: "…, the president told her.", "…, a spokesman told The Wall Street Journal."
      if (LISTENER_LEMMAS.has(c.cue.lemma) && k <= end && ctx.inQuote[k] === 0) {
        const listener = LISTENERS.has(tk.lowerOf(k)) ? { last: k } : phraseStartingAt(ctx, k, end);
        if (listener !== null) k = listener.last + 1;
      }
      for (let n = 0; n < 4; n++) {
        const next = afterAdjunct(ctx, k, end);
        if (next === k) break;
        k = next;
      }
      // "… in an interview to be published on Thursday, …", "…, reporting from Gaziantep.": a
      // participle or infinitive of the reporter's, to the next comma or the stop.
      if (k <= end && tk.isWord(k) && (tk.lowerOf(k) === 'to' || isParticiple(tk.lowerOf(k)))) {
        while (k <= end && !tk.is(k, ',') && !isStop(ctx, k) && !ctx.cues.has(k + 1)) k++;
      }
      // The verb closes its sentence there, or stands before the rest of the content.
      if (k <= end && !tk.is(k, ',') && !isStop(ctx, k)) continue;
      const content: TokenRange[] = [before];
      if (k + 1 <= end && tk.is(k, ',') && tk.isWord(k + 1) && !ARTICLES.has(tk.lowerOf(k + 1))) {
        const rest = contentRange(ctx, k + 1, end);
        if (rest !== null) content.push(rest);
      }
      // Alone, the content before the comma must be a clause of its own, not a setting or a
      // participle's phrase ("Increasingly cornered in …, opposition factions said").
      if (content.length === 1 && (contentRange(ctx, before.first, before.last, 4) === null || opensWithParticiple(ctx, before.first))) continue;
      out.push({ rule: this.name, confidence: this.confidence, cue: c.cue, speaker, content });
    }
    return out;
  },
});
