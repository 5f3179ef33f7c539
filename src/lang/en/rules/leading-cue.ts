/**
 * leading-cue: the nearest reporting verb before the quotation in its sentence, and its subject.
 *   Assad told Al-Watan: “…”   He said a rebel loss “will mean …”   UN chief Ban Ki-moon called the situation “heart-breaking”.
 * A participle ("…, saying “…”") reports for the subject of its clause.
 */
import { isParticiple, OBJECT_ONLY_LEMMAS } from '../lexicon/cues.js';
import type { Phrase } from '../../../mentions/phrase.js';
import { PRONOUNS, SUBORDINATORS } from '../lexicon/words.js';
import { afterArticle, isDayName, phraseEndingAt, phraseStartingAt, subjectBefore, withRole } from '../grammar/phrases.js';
import { startsSentence, type Tokens } from '../../../text/document.js';
import { defineRule, type Finding, type SieveContext } from '../../../sieves/context.js';
import { isRelay, reportsUtterance } from '../lexicon/cues.js';
import { reporterSubject, sentenceSubject } from '../grammar/subjects.js';
import { sentenceStartOf } from './shared.js';
import { ABSOLUTE_OPENERS, ADVERBS_BEFORE_VERB, ASIDE_OPENERS, ATTITUDE_LEMMAS, BE } from '../lexicon/rule-words.js';

const MAX_CUES_TRIED = 3;
const opensAside = (w: string): boolean => ASIDE_OPENERS.has(w) || /^\d/.test(w);

// Words that join or subordinate another clause: the verb before them does not report this one.
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet', ...SUBORDINATORS]);
const isPronounPhrase = (tk: Tokens, p: Phrase): boolean => p.first === p.last && PRONOUNS.has(tk.lowerOf(p.first));

/**
 * A reporting verb whose complement holds the clause of the verb found: "Obama said he expected
 * that Americans will say “no”" — the words are the outer speaker's, who reports them.
 */
function outerReport(ctx: SieveContext, lo: number, before: number): Finding | null {
  const tk = ctx.doc.tokens;
  for (let j = before - 1; j >= lo; j--) {
    if (tk.isPunct(j) || ctx.inQuote[j] === 1 || CLAUSE_JOINERS.has(tk.lowerOf(j))) return null;
    const c = ctx.cues.at(j);
    if (c === null) continue;
    if (c.kind !== 'verb' || !reportsUtterance(c.lemma) || isParticiple(tk.lowerOf(j)) || afterArticle(tk, j)) return null;
    const s = subjectBefore(ctx, j, lo);
    return s === null ? null : { phrase: s, cue: c };
  }
  return null;
}

/**
 * Whether a form of "be" stands before the verb at `i`: an -ing form there is a progressive verb
 * ("the campaign is already claiming"), not a participle clause; a past participle is passive
 * ("Sanders was asked by …").
 */
function afterBe(tk: Tokens, i: number, lo: number): boolean {
  let k = i - 1;
  while (k >= lo && tk.isWord(k) && (ADVERBS_BEFORE_VERB.has(tk.lowerOf(k)) || tk.lowerOf(k).endsWith('ly'))) k--;
  return k >= lo && tk.isWord(k) && BE.has(tk.lowerOf(k));
}

/** The name that is the subject of a participle at `i` in an absolute construction ("with McCain calling"). */
function absoluteSubject(ctx: SieveContext, i: number, lo: number): Phrase | null {
  const tk = ctx.doc.tokens;
  // (An adverb may stand between: "with Trump reportedly yelling".)
  const end = tk.isWord(i - 1) && !tk.isCap(i - 1) && tk.lowerOf(i - 1).endsWith('ly') ? i - 2 : i - 1;
  if (end < lo || !tk.isCap(end)) return null;
  const p = phraseEndingAt(ctx, end, lo);
  if (p === null || p.first - 1 < lo || ctx.inQuote[p.first - 1] === 1) return null;
  return ABSOLUTE_OPENERS.has(tk.lowerOf(p.first - 1)) ? p : null;
}

export const leadingCue = defineRule({
  name: 'leading-cue',
  confidence: 0.85,
  description: 'The nearest reporting verb before the quotation in its sentence, and its subject.',
  example: 'UN chief Ban Ki-moon called the situation “heart-breaking”.',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    let tried = 0;
    for (let i = q.openTok - 1; i >= q.leftLo; i--) {
      const c = ctx.cues.at(i);
      if (c === null) continue;
      if (c.kind === 'phrase') return null; // "according to" has its own rule
      if (isRelay(c.lemma)) continue;
      if (isParticiple(tk.lowerOf(i)) && !afterBe(tk, i, q.leftLo)) {
        // A name right before it, after "with", a dash, a comma or "and", is its own subject:
        // "…, with Sen. John McCain calling it “…”", "– Ryan saying he was “…” and Trump calling it “…”".
        const named = absoluteSubject(ctx, i, q.leftLo);
        if (named !== null) return { phrase: named, cue: c };
        // Else the subject at the sentence's start, when earlier quotations stand between:
        // "Sanders visited NBC’s “Today” to discuss …, saying “…”".
        const start = sentenceStartOf(ctx, qi);
        const own = sentenceSubject(ctx, q.leftLo, i - 1) ?? (start < q.leftLo ? reporterSubject(ctx, start, i - 1) : null);
        if (own !== null) return { phrase: own, cue: c };
        // The clause's subject stands before an earlier quotation of the sentence: "X hailed “…”, saying “…”".
        for (let k = ctx.cues.lastBefore(i); k >= 0; k--) {
          const e = ctx.cues.list[k]!;
          if (e.para !== tk.paraOf(i)) break;
          if (e.subject !== null) return { phrase: e.subject, cue: c };
        }
        continue;
      }
      // Passive with its agent: "Sanders was asked by host Bill Maher, “…”".
      if (tk.lowerOf(c.last + 1) === 'by' && c.last + 2 < q.openTok && afterBe(tk, i, q.leftLo)) {
        const agent = phraseStartingAt(ctx, c.last + 2, q.openTok - 1);
        if (agent !== null) return { phrase: agent, cue: c };
      }
      const subject = subjectBefore(ctx, i, q.leftLo);
      if (subject !== null) return (isPronounPhrase(tk, subject) && !ATTITUDE_LEMMAS.has(c.lemma) ? null : outerReport(ctx, q.leftLo, subject.first)) ?? { phrase: subject, cue: c };
      // Inverted before the quotation: "…, explained Rosenberg, “…”", "explained moderator Nancy Cordes: “…”".
      // ("told Reuters:" names the listener, not the speaker.)
      // ("called the KKK “abhorrent”" names the object.)
      // A verb that starts its sentence can only be inverted: its speaker may be a description
      // ("Added the mayor: “…”") and may carry an apposition or a relative clause ("Said Dorothy
      // Poynter, who grew up with him, “…”").
      // ("said Wednesday, “…”" names a day, not a speaker.)
      const after = c.lemma === 'tell' || c.lemma === 'ask' || OBJECT_ONLY_LEMMAS.has(c.lemma) ? null : phraseStartingAt(ctx, c.last + 1, q.openTok - 1);
      const inverted = after !== null && after.first === after.last && isDayName(tk.lowerOf(after.first)) ? null : after;
      const first = inverted !== null && startsSentence(ctx.doc, i);
      if (inverted !== null && (first || tk.isCap(inverted.last))) {
        const gap = q.openTok - inverted.last - 1;
        const sep = inverted.last + 1;
        const lead = tk.is(sep, ',') || tk.is(sep, ':');
        if (gap === 0 || (gap === 1 && lead)) return { phrase: inverted, cue: c };
        if (first && tk.is(sep, ',') && (tk.is(q.openTok - 1, ',') || tk.is(q.openTok - 1, ':')) && opensAside(tk.lowerOf(sep + 1))) return { phrase: inverted, cue: c };
        // A parenthetical between commas: "The paradox of Nancy, says Carl Anthony, a historian, is that …".
        if (tk.is(i - 1, ',') && c.first === c.last && reportsUtterance(c.lemma) && /s$/.test(tk.lowerOf(i))) {
          const named = withRole(ctx.doc, inverted, q.openTok - 1);
          if (tk.is((named.role?.last ?? named.last) + 1, ',')) return { phrase: named, cue: c };
        }
      }
      // A verb coordinated with an earlier one: "Carson took the stage and called the system “rotten”".
      if (i - 1 >= q.leftLo && tk.has(i - 1) && (tk.lowerOf(i - 1) === 'and' || tk.lowerOf(i - 1) === 'but')) {
        const own = sentenceSubject(ctx, q.leftLo, i - 2);
        if (own !== null) return { phrase: own, cue: c };
      }
      if (++tried >= MAX_CUES_TRIED) break;
    }
    return null;
  },
});
