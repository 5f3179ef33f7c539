/**
 * The speakers of reporting verbs, read once per document for the report rules: the subject the
 * cue finder gave each cue, or else the subject a coordinated verb shares ("… said … and promised
 * …"), the subject of the clause a participle hangs on, or any plain noun phrase before the verb
 * ("Syrian state media reported …").
 */
import type { CueWithSubject } from '../../../cues/cues.js';
import type { Phrase } from '../../../mentions/phrase.js';
import type { SieveContext } from '../../../sieves/context.js';
import { subjectBefore } from '../grammar/phrases.js';
import { sentenceSubject } from '../grammar/subjects.js';
import { isParticiple } from '../lexicon/cues.js';
import { COORDINATORS } from '../lexicon/reports.js';
import { VERB_ADJUNCTS } from '../lexicon/words.js';
import { plainSubject, sentenceStart, wordIn } from './clauses.js';

/**
 * The subject of the verb before a cue that follows it after "and" or "but" in the same sentence
 * ("Russia said … and promised …"), or `null`.
 */
function sharedSubject(ctx: SieveContext, c: CueWithSubject, previous: CueWithSubject | null): Phrase | null {
  const tk = ctx.doc.tokens;
  const i = c.cue.first;
  // (Adverbs and auxiliaries may stand between: "and then said", "but has said".)
  let k = i - 1;
  while (k > 0 && wordIn(tk, k, VERB_ADJUNCTS)) k--;
  if (k < 1 || !wordIn(tk, k, COORDINATORS)) return null;
  const start = sentenceStart(ctx, i);
  if (previous !== null && previous.subject !== null && sentenceStart(ctx, previous.cue.first) === start) return previous.subject;
  // "Trump doubled down on his comments and said …": the sentence's subject.
  return start < k ? sentenceSubject(ctx, start, k - 1) ?? plainSubject(ctx, k) : null;
}

/**
 * The subject of the clause that a participle after a comma hangs on ("The businessman began by
 * talking about …, saying that …"), or the noun phrase right before one without a comma.
 */
function participleSubject(ctx: SieveContext, i: number): Phrase | null {
  // "GOP primary voters saying they want …": the noun phrase right before it.
  if (i < 1 || !ctx.doc.tokens.is(i - 1, ',')) return plainSubject(ctx, i);
  const start = sentenceStart(ctx, i);
  return start < i - 1 ? sentenceSubject(ctx, start, i - 2) : null;
}

const CACHE = new WeakMap<SieveContext, CueWithSubject[]>();

/**
 * Every cue of the document's reporter text with its speaker (`null` when none is found), in
 * document order; a medium's verb ("Reuters reported"), which the cue finder does not list, too.
 */
export function reportCues(ctx: SieveContext): readonly CueWithSubject[] {
  let out = CACHE.get(ctx);
  if (out !== undefined) return out;
  out = [];
  const tk = ctx.doc.tokens;
  const list = ctx.cues.list;
  let k = 0;
  let previous: CueWithSubject | null = null;
  for (let i = 0; i < tk.length; i++) {
    const cue = ctx.cues.at(i);
    if (cue === null) continue;
    while (k < list.length && list[k]!.cue.first < i) k++;
    let c: CueWithSubject = list[k]?.cue.first === i ? list[k]! : { cue, subject: subjectBefore(ctx, i, sentenceStart(ctx, i)), para: tk.paraOf(i) };
    i = cue.last;
    if (c.subject === null) {
      const first = cue.first;
      const subject = sharedSubject(ctx, c, previous) ?? (isParticiple(tk.lowerOf(first)) ? participleSubject(ctx, first) : plainSubject(ctx, first));
      if (subject !== null) c = { cue, subject, para: c.para };
    }
    previous = c;
    out.push(c);
  }
  CACHE.set(ctx, out);
  return out;
}
