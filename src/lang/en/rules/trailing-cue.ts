/**
 * trailing-cue: the speaker and verb right after the quotation.
 *   “…,” Assad said.   “…,” said Jan Egeland.   “…,” Sonia Khush, Save the Children Syria director, said.
 * The subject must begin right after the closing mark (a comma may stand between), so a verb
 * further on in the sentence is not taken.
 */
import { headIndex, isDayName, isRegularPast, phraseStartingAt, roleThenName, speakerHead, subjectBefore, withRole } from '../grammar/phrases.js';
import { DETERMINERS, IRREGULAR_PAST, PRONOUNS, ROLE_NOUNS, TITLES } from '../lexicon/words.js';
import { INVERTING_LEMMAS, isParticiple } from '../lexicon/cues.js';
import type { Tokens } from '../../../text/document.js';
import { defineRule, type Finding, type SieveContext } from '../../../sieves/context.js';
import { reportsUtterance } from '../lexicon/cues.js';
import { ADJUNCT_AFTER, ADJUNCT_START, PARTICLES, PASSIVE_AUXILIARIES } from '../lexicon/rule-words.js';

/** How many tokens after the quotation the verb of a trailing speaker may stand at most. */
const VERB_REACH = 30;

/**
 * Whether a verb right after a quotation reports who wrote or said it. "read" does here, though it
 * relays elsewhere: "“Resign now,” the sign read" is the sign's, "“I am still Sanders,” it read".
 */
const reportsTrailing = (lemma: string): boolean => reportsUtterance(lemma) || lemma === 'read';

/**
 * Whether what follows a verb at `i` ends its report: punctuation, an adjunct, or the listener of
 * "told". Not an opening mark, nor a comma or colon before one: "“…?” He answered, “I have no
 * idea.”" introduces the next quotation.
 */
function endsReport(ctx: SieveContext, i: number, hi: number, lemma: string): boolean {
  const tk = ctx.doc.tokens;
  if (!tk.has(i) || i > hi) return true;
  if (tk.isPunct(i)) return !opens(tk, i) && !((tk.is(i, ',') || tk.is(i, ':')) && opens(tk, i + 1) && tk.paraOf(i + 1) === tk.paraOf(i));
  return ADJUNCT_START.has(tk.lowerOf(i)) || lemma === 'tell' || lemma === 'ask';
}

const opens = (tk: Tokens, i: number): boolean => tk.is(i, '“') || tk.is(i, '"');

export const trailingCue = defineRule({
  name: 'trailing-cue',
  confidence: 0.95,
  description: 'A speaker and reporting verb right after the quotation, in either order.',
  example: '“We will win,” Assad said.',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    let s = q.closeTok + 1;
    while (s <= q.rightHi && tk.is(s, ',')) s++;
    if (s > q.rightHi) return null;
    const newSentence = /[.…]$/.test(ctx.doc.text.slice(q.span.contentStart, q.span.contentEnd).trimEnd()) && tk.isCap(s);
    // "“…,” giving states more power": a participle clause reports for the sentence's subject (but
    // "“…,” organizing director Kendall Fells said" is a title: the participle before a role noun).
    if (isParticiple(tk.lowerOf(s)) && !tk.isCap(s) && !(tk.isWord(s + 1) && !tk.isCap(s + 1) && (ROLE_NOUNS.has(tk.lowerOf(s + 1)) || TITLES.has(tk.lowerOf(s + 1))))) return null;
    const inverted = ctx.cues.at(s);
    if (inverted !== null) {
      // An inverted verb follows a quotation closed by its punctuation or a comma: “…,” said X.
      // Without one, only a verb that inverts (“…” said X, a comma forgotten): not a noun after a
      // label in marks, his “#wordsmatter” pledge regarding …
      if (s === q.closeTok + 1 && !INVERTING_LEMMAS.has(inverted.lemma) && !/[,.!?…—–-][\s'’"”]*$/.test(ctx.doc.text.slice(q.span.contentStart, q.span.contentEnd))) return null;
      if (inverted.kind !== 'verb' || !reportsTrailing(inverted.lemma) || isParticiple(tk.lowerOf(s))) return null;
      const p = phraseStartingAt(ctx, inverted.last + 1, q.rightHi);
      return p === null ? null : { phrase: roleThenName(ctx, p, q.rightHi), cue: inverted };
    }
    for (let i = s + 1; i <= q.rightHi && i <= s + VERB_REACH; i++) {
      const c = ctx.cues.at(i);
      if (c === null) continue;
      if (c.kind !== 'verb' || !reportsTrailing(c.lemma)) return null;
      // A participle has no subject of its own here: "vowing to “open up” libel laws, and suggesting …".
      if (isParticiple(tk.lowerOf(i))) return null;
      // Nor a passive: "“…” Touché, Carly, but getting fired from your company …".
      if (PASSIVE_AUXILIARIES.has(tk.lowerOf(i - 1))) return null;
      let subject = subjectBefore(ctx, i, s);
      if (subject === null || subject.first !== s) {
        // "“…,” Cecelia Purner, 67, a retired representative in Allentown, Pa., said": the name right
        // after the quotation, then an apposition up to the verb.
        const p = phraseStartingAt(ctx, s, i - 1);
        if (p === null) return null;
        const after = p.last + 1;
        if (subject !== null && tk.lowerOf(after) === 'and' && subject.first === p.last + 2) {
          // "“…,” state Senate leader Phil Berger and House Speaker Tim Moore said": both names.
          subject = { first: p.first, last: subject.last };
        } else if (after === i || tk.is(after, ',') || tk.is(after, '(') || tk.is(after, '—') || tk.is(after, '–') || tk.is(after, '-')) {
          // A description first and a name at the verb: "“…,” the dawn of the movement, Bozell says"
          // — the name speaks.
          // A pronoun or a description at the verb keeps it over a phrase that names no speaker
          // ("“…” income, he said", "the ‘Leave’ campaign won, her advisers said").
          // Not a day, nor a bare noun that names no speaker: "a “very decent man” Tuesday, hours
          // after the staffer was charged", "if Clinton “gets” race, Sharpton avoided a … answer".
          const head = headIndex(ctx.doc, p);
          if (isDayName(tk.lowerOf(head))) return null;
          if (subject === null) {
            if (!(speakerHead(tk, head) || DETERMINERS.has(tk.lowerOf(p.first)))) return null;
            subject = p;
          } else if (tk.isCap(head) || (!tk.isCap(subject.last) && !isPronounLike(tk.lowerOf(subject.first), subject) && speakerHead(tk, head))) {
            subject = p;
          }
        } else {
          return null;
        }
      }
      // After “… .” a capitalised word starts a new sentence, which credits the quotation only when
      // the verb has no object of its own: "Assad said." but not "Assad added that they “condemn”".
      if (newSentence && !endsReport(ctx, c.last + 1, q.rightHi, c.lemma)) return null;
      return { phrase: subject, cue: c };
    }
    return unlistedVerb(ctx, qi, s);
  },
});

const isPastVerb = (tk: Tokens, i: number): boolean => tk.isWord(i) && !tk.isCap(i) && isRegularPast(tk.lowerOf(i));

/**
 * “…,” an angry Hollande retaliated. — a quotation closed by a comma (or ? or !) and followed by a
 * short "speaker verb." clause is reported by that verb even when it is not in the cue list: in
 * news style nothing else stands there.
 */
function unlistedVerb(ctx: SieveContext, qi: number, s: number): Finding | null {
  const q = ctx.quotes[qi]!;
  const tk = ctx.doc.tokens;
  if (!/[,?!]$/.test(ctx.doc.text.slice(q.span.contentStart, q.span.contentEnd).trimEnd())) return null;
  // Inverted: "“This is fantastic!” beamed Donald Hartley".
  if (isPastVerb(tk, s)) {
    const named = phraseStartingAt(ctx, s + 1, q.rightHi);
    if (named === null || !tk.isCap(named.last)) return null;
    return { phrase: withRole(ctx.doc, named, q.rightHi), cue: { first: s, last: s, lemma: tk.lowerOf(s), kind: 'verb' } };
  }
  let p = phraseStartingAt(ctx, s, q.rightHi);
  // (A phrase may run on into the verb when it is not a listed cue: "the nominee riffed".)
  if (p !== null && p.last > p.first && isPastVerb(tk, p.last) && !isPastVerb(tk, p.last + 1)) p = { first: p.first, last: p.last - 1 };
  if (p === null || !speakerHead(tk, headIndex(ctx.doc, p)) && !isPronounLike(tk.lowerOf(p.first), p)) return null;
  const v = p.last + 1;
  if (v > q.rightHi || !tk.isWord(v) || tk.isCap(v)) return null;
  const verb = tk.lowerOf(v);
  if (!/(?:ed|es)$/.test(verb) && !IRREGULAR_PAST.has(verb)) return null;
  let last = v;
  // A particle makes a phrasal verb ("shot back.", "shot back with a laugh"); after a past tense it
  // may instead open an adjunct ("riffed on the answer").
  if (last + 1 <= q.rightHi && PARTICLES.has(tk.lowerOf(last + 1)) &&
    (!isPastVerb(tk, v) || endsClause(tk, last + 2, q.rightHi) || ADJUNCT_AFTER.has(tk.lowerOf(last + 2)))) last++;
  // The clause ends, or goes on with an adjunct: "Bennett shot back with a laugh", "Trump barked and …".
  if (!endsClause(tk, last + 1, q.rightHi) && !ADJUNCT_AFTER.has(tk.lowerOf(last + 1))) return null;
  return { phrase: p, cue: { first: v, last, lemma: ctx.doc.text.slice(tk.startOf(v), tk.endOf(last)).toLowerCase(), kind: 'verb' } };
}

/** Whether the clause ends at token `end`: the sentence's end, or a comma, period, ! or ;. */
const endsClause = (tk: Tokens, end: number, hi: number): boolean =>
  end > hi || !tk.has(end) || tk.is(end, '.') || tk.is(end, ',') || tk.is(end, '!') || tk.is(end, ';');

const isPronounLike = (w: string, p: { first: number; last: number }): boolean => p.first === p.last && PRONOUNS.has(w) && w !== 'it' && w !== 'which';
