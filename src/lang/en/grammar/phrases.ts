/**
 * Speaker noun phrases next to a cue: the subject to the left of a reporting verb ("the Syrian
 * army’s general command said"), the subject after an inverted verb ("said Jan Egeland"), and the
 * first noun phrase of a sentence. Works on token indices; a phrase never crosses a quotation, a
 * paragraph or a sentence end, which the caller gives as bounds.
 */
import type { CueTable } from '../../../cues/cues.js';
import type { Phrase } from '../../../mentions/phrase.js';
import type { Reading } from '../../../sieves/context.js';
import { isParticiple } from '../lexicon/cues.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/given-names.js';
import { isDash, isNamePeriod, startsWithNumber, type Doc, type Tokens } from '../../../text/document.js';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  isSentenceAdverb,
  IRREGULAR_PAST,
  NAME_PARTICLES,
  NOUN_LIKE_PAST,
  NP_BREAKERS,
  NP_PREPOSITIONS,
  ORGANIZATION_WORDS,
  PLURAL_ROLE_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_OPENERS,
  TIME_WORDS,
  TITLES,
  VERB_ADJUNCTS,
  DAY_NAMES,
} from '../lexicon/words.js';
import { ADJUNCT_PREPOSITIONS, AGENT_SUFFIX, BEFORE_PLURAL_NOUN, CLAUSE_OPENERS, COMPOUND_AGENT, FLOATING, GIVEN_NAMES, IRREGULAR_PARTICIPLES, NOT_ADVERBS, NOUN_DETERMINERS, PLURAL_NOUN_CUES, REGIONAL_ADJECTIVE, RELATIVE_OPENERS, STANDALONE_DETERMINERS, TIME_LEAD } from '../lexicon/grammar-words.js';

const MAX_PHRASE = 12;

const isComma = (tk: Tokens, i: number): boolean => tk.is(i, ',');
/** Whether token `j` can open an apposition closed by a comma (`comma`) or else by a dash. */
const opensApposition = (tk: Tokens, j: number, comma: boolean): boolean => (comma ? isComma(tk, j) : isDash(tk, j));
const isGivenName = (tk: Tokens, i: number, lower: string, next: number): boolean =>
  GIVEN_NAMES.has(lower) && tk.isWord(next) && tk.isCap(next) && tk.paraOf(next) === tk.paraOf(i) && !NP_BREAKERS.has(tk.lowerOf(next));

/**
 * Whether a capitalised function word inside a sentence, right before a reporting verb, is a
 * surname: "Will wrote" (George Will), "“…,” From said" (Al From).
 */
function surnameBeforeCue(tk: Tokens, i: number, w: string, next: number, cues: CueTable): boolean {
  if (next < 0 || !BREAKERS_OR_OPENERS.has(w)) return false;
  if (!tk.isWord(next) || tk.isCap(next) || tk.paraOf(next) !== tk.paraOf(i)) return false;
  const v = tk.lowerOf(next);
  if (!cues.has(v) || v.endsWith('ing')) return false;
  return i > 0 && tk.paraOf(i - 1) === tk.paraOf(i) && !tk.is(i - 1, '.') && !tk.is(i - 1, '!') && !tk.is(i - 1, '?');
}

/**
 * Whether token `i` may be part of a speaker phrase (as a name, title, noun or adjective); `next`
 * is the token after it when that matters (-1 when not).
 */
function nominal(tk: Tokens, i: number, cues: CueTable, next = -1): boolean {
  if (tk.isPoss(i)) return true;
  if (!tk.isWord(i)) return false;
  const w = tk.lowerOf(i);
  if (tk.isCap(i)) {
    if (isGivenName(tk, i, w, next)) return true;
    if (BREAKERS_OR_OPENERS.has(w)) return surnameBeforeCue(tk, i, w, next, cues);
    // A capitalised -ing word before a lower-case one opens a clause ("Speaking to reporters"),
    // unless it ends a name ("Peter King", "Peyton Manning said").
    return !PRONOUNS.has(w) && !isSentenceAdverb(w) && !(w.endsWith('ing') && tk.has(next) && !tk.isCap(next) && !tk.isCap(i - 1));
  }
  // (A lower-case irregular past tense is a verb: "“Call the roll,” came shouts from the crowd".)
  return !NOT_NOMINAL.has(w) && (!cues.has(w) || afterArticle(tk, i) || pluralNounCue(tk, i, w)) && !isNegatedAuxiliary(w) && !isIrregularPast(w);
}

// The word sets nominal() tests, merged: one lookup instead of two or four for the many words in
// none of them (the sets are fixed; nominal runs on every token of every phrase read).
const BREAKERS_OR_OPENERS: ReadonlySet<string> = new Set([...NP_BREAKERS, ...SENTENCE_OPENERS]);
const NOT_NOMINAL: ReadonlySet<string> = new Set([...NP_BREAKERS, ...VERB_ADJUNCTS, ...PRONOUNS.keys(), ...NP_PREPOSITIONS]);

/**
 * Whether a cue form that is also a plural noun is the noun at `i`: after a number, a quantifier
 * ("many states"), a regional adjective ("Southern states", "many Asian states") or a lower-case
 * word that names no speaker ("battleground states", "bellwether states"); not after a subject
 * ("the document states, “…”", "he calls", "Conway notes") or an adverb ("also calls").
 */
function pluralNounAt(tk: Tokens, i: number, lower: string): boolean {
  if (!tk.isWord(i - 1) || tk.paraOf(i - 1) !== tk.paraOf(i)) return false;
  const w = tk.lowerOf(i - 1);
  if (/^\d/.test(w)) return true;
  if (tk.isCap(i - 1)) return REGIONAL_ADJECTIVE.test(w) || (lower === 'states' && BEFORE_PLURAL_NOUN.has(w));
  if (BEFORE_PLURAL_NOUN.has(w)) return lower === 'states' || !STANDALONE.has(w);
  if (DETERMINERS.has(w)) return !STANDALONE.has(w);
  if (!speakerHead(tk, i - 1)) return !PRONOUNS.has(w) && !VERB_ADJUNCTS.has(w) && !w.endsWith('ly');
  // A modifier after a gerund or a preposition, though it could name someone: "making racist
  // remarks", "of partisan claims".
  const before = tk.isWord(i - 2) && !tk.isCap(i - 2) && tk.paraOf(i - 2) === tk.paraOf(i) ? tk.lowerOf(i - 2) : '';
  return isParticiple(before) || NP_PREPOSITIONS.has(before);
}

/** Whether the cue form `lower` at `i` is a plural noun there ("Southern states", "2013 comments"). */
export const pluralNounCue = (tk: Tokens, i: number, lower: string): boolean => PLURAL_NOUN_CUES.has(lower) && pluralNounAt(tk, i, lower);

/** "didn’t", "aren't", "won’t": a negated auxiliary ends a noun phrase ("The final results aren’t in"). */
const isNegatedAuxiliary = (w: string): boolean => w.length > 3 && w.charCodeAt(w.length - 1) === 116 /* t */ && (w.endsWith('n’t') || w.endsWith("n't"));

/**
 * Whether token `i` may be the noun a prepositional phrase hangs from ("an official | with …"):
 * not a past tense, which is the verb the phrase belongs to ("the crowd cheered | for the spokesman").
 */
const headsPrepositionalPhrase = (tk: Tokens, i: number, cues: CueTable): boolean =>
  nominal(tk, i, cues) && !(isLowerWord(tk, i) && isRegularPast(tk.lowerOf(i)));

/** Whether token `i` follows an article or a possessive determiner: a cue word there is a noun ("the report", "his comments"). */
export function afterArticle(tk: Tokens, i: number): boolean {
  if (i === 0 || !tk.isWord(i - 1) || tk.paraOf(i - 1) !== tk.paraOf(i)) return false;
  return NOUN_DETERMINERS.has(tk.lowerOf(i - 1));
}

/** Whether a lower-cased word is a given name of either gender ("peter", "carly"). */
export const isGivenNameWord = (w: string): boolean => LISTED_GIVEN_NAMES.has(w);
const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE_NAMES, ...MALE_NAMES]);

/** Whether a lower-case word reads as a regular past tense ("rallied", not "bed" or "need"). */
export const isRegularPast = (w: string): boolean => w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed');
/** Whether a lower-case word is an irregular past tense that is not as often a noun ("came", not "cut"). */
const isIrregularPast = (w: string): boolean => IRREGULAR_PAST.has(w) && !NOUN_LIKE_PAST.has(w);
/** Whether a lower-case word reads as a past tense, regular or not. */
const isPastTense = (w: string): boolean => isRegularPast(w) || isIrregularPast(w);

/** Whether token `i` is a lower-case word (false outside the text). */
const isLowerWord = (tk: Tokens, i: number): boolean => tk.isWord(i) && !tk.isCap(i);

/**
 * Skips, leftwards from `i`, what may stand between a subject and its verb: adverbs and auxiliaries
 * ("also", "has"), time adjuncts ("on Wednesday", "late Thursday") and a parenthetical between commas
 * (", meanwhile,"). Returns the index of the last token of the subject.
 */
function skipAdjunctsLeft(doc: Doc, i: number, lo: number): number {
  const tk = doc.tokens;
  for (let guard = 0; guard < 8 && i >= lo; guard++) {
    const w = tk.isWord(i) ? tk.lowerOf(i) : '';
    if (w !== '' && !tk.isCap(i) && (VERB_ADJUNCTS.has(w) || isAdverb(w))) { i--; continue; }
    // "less than two weeks ago"
    if (w === 'ago') {
      let j = i - 1;
      while (j >= lo && j > i - 6 && isLowerWord(tk, j)) j--;
      i = j;
      continue;
    }
    if (w !== '' && TIME_WORDS.has(w) && !(tk.isCap(i) && !isDayName(w))) {
      i--;
      if (i >= lo && tk.isWord(i) && TIME_LEAD.has(tk.lowerOf(i))) i--;
      continue;
    }
    // A prepositional adjunct between the subject (or its auxiliary) and the verb: "Beck has in
    // the past described …", "Kasich in an interview called …", "the mayor at the time said" (a
    // lower-case object only: "a teacher in Leeds said" keeps its place).
    if (w !== '' && !tk.isCap(i) && !PRONOUNS.has(w) && !DETERMINERS.has(w)) {
      let j = i;
      // (A day may stand in it: "Sanders during a Sunday rally thanked …".)
      while (j > i - 4 && j > lo && (isLowerWord(tk, j) || isDayName(tk.lowerOf(j))) && !ADJUNCT_PREPOSITIONS.has(tk.lowerOf(j)) && !PRONOUNS.has(tk.lowerOf(j))) j--;
      if (j < i && j > lo && isLowerWord(tk, j) && ADJUNCT_PREPOSITIONS.has(tk.lowerOf(j)) && tk.isWord(j - 1)) {
        const before = tk.lowerOf(j - 1);
        if (PRONOUNS.has(before) || VERB_ADJUNCTS.has(before) || ROLE_NOUNS.has(before) || (tk.isCap(j - 1) && opensClause(tk, j - 1, lo))) { i = j - 1; continue; }
      }
    }
    // A floating quantifier or an intensive pronoun after the subject: "Bolton and Gorka both
    // denounced", "they all said", "Sanders himself acknowledged".
    if (FLOATING.has(w) && !tk.isCap(i) && i - 1 >= lo && endsNounPhrase(tk, i - 1)) { i--; continue; }
    // ", meanwhile," / ", however,"
    if (isComma(tk, i) && i - 2 >= lo && isComma(tk, i - 2) && isLowerWord(tk, i - 1)) { i -= 3; continue; }
    // A parenthesis between subject and verb: "Sen. Chuck Schumer (D-N.Y.) said".
    if (tk.is(i, ')')) {
      const open = openingParenthesis(tk, i, lo);
      if (open >= 0) { i = open - 1; continue; }
      break;
    }
    // An infinitive hanging on another verb: "went on to say", "was prompted to say" (not over
    // the subject's own noun: "the senator declined to …").
    if (w === 'to' && !tk.isCap(i)) {
      let j = i - 1;
      let verbs = 0;
      while (j >= lo && verbs < 3 && isLowerWord(tk, j) && !NP_BREAKERS.has(tk.lowerOf(j)) && !DETERMINERS.has(tk.lowerOf(j)) && !isRoleWord(tk.lowerOf(j))) { j--; verbs++; }
      if (verbs === 0) break;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/** The "(" that the ")" at token `close` closes, within a few tokens and not before `lo`; -1 if none. */
function openingParenthesis(tk: Tokens, close: number, lo: number): number {
  let j = close - 1;
  while (j >= lo && j > close - 12 && !tk.is(j, '(') && !tk.is(j, ')')) j--;
  return j >= lo && tk.is(j, '(') ? j : -1;
}

/** Whether tokens `[first, last]` are capitalised words and the periods of their abbreviations only. */
function isNameRun(tk: Tokens, first: number, last: number): boolean {
  if (last - first > 5) return false;
  for (let k = first; k <= last; k++) if (!tk.isCap(k) && !isNamePeriod(tk, k)) return false;
  return true;
}

/**
 * Whether the capitalised words ending at token `i` open their clause (so that they can be its
 * subject): nothing but punctuation or a conjunction before them, not a verb ("told CNN").
 */
function opensClause(tk: Tokens, i: number, lo: number): boolean {
  let k = i;
  while (k >= lo && (tk.isCap(k) || isNamePeriod(tk, k))) k--;
  return k < lo || !tk.isWord(k) || CLAUSE_OPENERS.has(tk.lowerOf(k));
}

/** Whether token `i` can end a noun phrase: a name, a pronoun or a noun, not a function word. */
function endsNounPhrase(tk: Tokens, i: number): boolean {
  if (!tk.isWord(i)) return false;
  const w = tk.lowerOf(i);
  return !FUNCTION_WORDS.has(w);
}
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...DETERMINERS, ...NP_PREPOSITIONS, ...NP_BREAKERS, ...VERB_ADJUNCTS]);

/** Whether a lower-case word names a role or a title: a noun, not a verb. */
const isRoleWord = (w: string): boolean => ROLE_WORDS.has(w);
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PLURAL_ROLE_NOUNS, ...TITLES]);

const isAdverb = (w: string): boolean => w.length >= 6 && w.endsWith('ly') && !NOT_ADVERBS.has(w);

/**
 * The standalone determiners but numbers: before a plural-noun cue form they are its subject
 * ("Many note that …", "Another notes …"), while "two comments" is the noun.
 */
const STANDALONE = new Set([...STANDALONE_DETERMINERS].filter((w) => w !== 'two' && w !== 'three' && w !== 'four'));
/** Whether a word stands alone for people ("both", "many", "another") and, if so, for how many. */
export function standaloneDeterminer(w: string): 'one' | 'many' | null {
  if (!STANDALONE_DETERMINERS.has(w)) return null;
  return w === 'another' || w === 'one' ? 'one' : 'many';
}

/** Whether a lower-cased word names a day of the week. */
export const isDayName = (w: string): boolean => DAY_NAMES.has(w);

/**
 * The subject of the reporting verb at `cue`, found by walking left no further than `lo`.
 * Handles appositions and relative clauses between commas ("Sonia Khush, Save the Children Syria
 * director, said"; "an official …, who declined to be named, told"). Returns `null` when the verb
 * has no subject there (an inverted "said X", or a noun use such as "his comments").
 */
export function subjectBefore(r: Reading, cue: number, lo: number): Phrase | null {
  const doc = r.doc;
  const p = subjectBeforeAt(r, cue, lo);
  // "Cory James, 22, of Flint, Mich., said", "Stacy Baker of Columbia, South Carolina says": a
  // place after "of" or "from" is where the subject before it is from.
  const tk = doc.tokens;
  if (p === null || p.first - 2 < lo || !tk.isCap(p.first)) return p;
  // Where "of" or "from" would stand: before the phrase, after a comma (", 22, of Flint said"),
  // or before the city when the phrase is the state of "of City, State" (not in "the University
  // of California, Berkeley").
  let k = p.first - 1;
  if (isComma(tk, p.first - 1) && tk.isCap(p.first - 2)) {
    k = p.first - 2;
    while (k > lo && tk.isCap(k)) k--;
    if (ORGANIZATION_WORDS.has(tk.lowerOf(k - 1))) return p;
  } else if (!isComma(tk, p.first - 2)) {
    return p;
  }
  const w = tk.lowerOf(k);
  if (!isLowerWord(tk, k) || (w !== 'of' && w !== 'from')) return p;
  const before = subjectBeforeAt(r, p.first - 1, lo);
  return before !== null && before.first < k && tk.isCap(before.first) ? before : p;
}

function subjectBeforeAt(r: Reading, cue: number, lo: number): Phrase | null {
  const doc = r.doc;
  const tk = doc.tokens;
  let i = skipAdjunctsLeft(doc, cue - 1, lo);
  if (i < lo) return null;
  if (isComma(tk, i) && tk.is(i - 1, ')') && i - 1 >= lo) {
    // "Gov. John Kasich (R-OH), said"
    i = skipAdjunctsLeft(doc, i - 1, lo);
    if (i < lo) return null;
  }
  const comma = isComma(tk, i);
  if (comma || isDash(tk, i)) {
    // An apposition or relative clause between commas or dashes: find where it opens. It may hold
    // commas of its own ("Ramil Carr, 31, a Philadelphia photographer, said"), so try up to three.
    let j = i - 1;
    let description: Phrase | null = null; // see below
    for (let tries = 0; tries < 3; tries++) {
      while (j >= lo && j > i - 30 && !opensApposition(tk, j, comma) && (!tk.isPunct(j) || tk.is(j, '-') || tk.is(j, '.') || (!comma && isComma(tk, j)))) j--;
      if (j <= lo || !opensApposition(tk, j, comma) || j === i - 1) {
        const name = description === null ? null : headOfSubject(r, i - 1, cue, lo);
        return name !== null && tk.isCap(name.first) ? name : description;
      }
      let k = j - 1;
      // "--" is two hyphen tokens.
      if (!comma && tk.is(k, '-') && tk.is(k + 1, '-')) k--;
      // "James B. Comey Jr., the director …": the period of an abbreviation ends the name.
      if (isNamePeriod(tk, k)) k--;
      // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a party or state in
      // parentheses ends the name, when the name opens its clause (not "worked for Sen. Lamar
      // Alexander (R-Tenn.), one of …").
      if (tk.is(k, ')')) {
        const open = openingParenthesis(tk, k, lo);
        const named = open > lo ? headOfSubject(r, open - 1, cue, lo) : null;
        if (named !== null && (named.first <= lo || !isLowerWord(tk, named.first - 1) || CLAUSE_OPENERS.has(tk.lowerOf(named.first - 1)))) k = open - 1;
      }
      if (k < lo) return null;
      const p = headOfSubject(r, k, cue, lo);
      // Inside a relative clause that holds commas of its own ("Michael Seaman, who lives in Elk
      // Grove, Calif., said"): the subject stands before the clause's comma.
      if (p !== null && p.first - 2 >= lo && RELATIVE_OPENERS.has(tk.lowerOf(p.first - 1)) && isComma(tk, p.first - 2)) {
        const outer = headOfSubject(r, p.first - 3, cue, lo);
        if (outer !== null) return outer;
      }
      if (p !== null && tk.is(p.first - 1, ',')) {
        // "Mr. Slinker, whose latest start-up, Paradata, uses …, said": the name inside a relative
        // clause with commas of its own; the subject stands before the clause.
        for (let m = p.first - 2; m > lo && m > p.first - 12; m--) {
          if (!isComma(tk, m)) continue;
          const opener = tk.lowerOf(m + 1);
          if (opener === 'whose' || opener === 'who') {
            const outer = headOfSubject(r, m - 1, cue, lo);
            if (outer !== null) return outer;
          }
          break;
        }
      }
      if (p !== null) {
        const opener = tk.lowerOf(j + 1);
        const relative = RELATIVE_OPENERS.has(opener);
        // "Lena Marsh, 52, a nurse from Halifax, who said …, called", "Alixandria Lapp, executive
        // director of the House Majority PAC, a Democratic super PAC, said": a relative clause or
        // a second apposition follows a description that is itself set off by a comma; a name
        // before it is the subject (but in "the director of the FBI, James B. Comey, said" the
        // apposition is the name).
        if (description === null && comma && !tk.isCap(p.first) && !isGivenNameWord(tk.lowerOf(j + 1)) && isComma(tk, p.first - 1) && tries < 2) {
          description = p;
          i = p.first - 1;
          j = i - 1;
          continue;
        }
        if (description !== null && !tk.isCap(p.first)) return description;
        // "the director of the FBI, James B. Comey, said": the apposition is the speaker's name.
        if (description === null && !tk.isCap(p.first) && isGivenNameWord(tk.lowerOf(j + 1)) && isNameRun(tk, j + 1, i - 1)) return { first: j + 1, last: i - 1, role: { first: p.first, last: p.last } };
        return relative || tries > 0 || !tk.isCap(p.last) ? p : { first: p.first, last: p.last, role: { first: j + 1, last: i - 1 } };
      }
      j--;
    }
    return description;
  }
  return headOfSubject(r, i, cue, lo);
}

/**
 * The last token of the phrase a relative pronoun at token `i` follows: the token before it, or
 * before its comma, or the abbreviation before that comma's period ("Donald Trump Jr., who").
 */
export function antecedentEnd(tk: Tokens, i: number): number {
  const end = tk.is(i - 1, ',') || isDash(tk, i - 1) ? i - 2 : i - 1;
  return isNamePeriod(tk, end) ? end - 1 : end;
}

/**
 * The phrase a relative pronoun at token `i` stands for, read as the subject of the clause it
 * opens: "the spokesman | who said", "Nicky Driscoll, 24, from Manchester, | who said" (the
 * apposition skipped as before a reporting verb). `lo` bounds the search.
 */
export function antecedentOf(r: Reading, i: number, lo: number): Phrase | null {
  const doc = r.doc;
  const tk = doc.tokens;
  const subject = subjectBefore(r, i, lo);
  // The phrase right before: "evangelist Franklin Graham, | who said", "the support of a retired general | who".
  const end = antecedentEnd(tk, i);
  // (Not when its "apposition" has a verb: "In Mexico City, | Trump endured a lecture from the
  // Mexican president, | who said" is no name with its apposition.)
  if (subject !== null && (subject.role?.last ?? subject.last) === end && !(subject.role !== undefined && hasPastVerb(tk, subject.role))) return subject;
  const p = end >= lo ? phraseEndingAt(r, end, lo) : null;
  if (p !== null) {
    const head = headIndex(doc, p);
    const speaks = speakerHead(tk, head);
    // A name, a role or agent noun: "the Mexican president, | who said", "his listeners, | who wondered".
    if (speaks) return p;
    // A speaker at the end of a longer phrase whose head is no speaker: "a reply from | Harold
    // Grey", "the support of | a retired general".
    for (let k = p.last - 1; !speaks && k > p.first; k--) {
      if (!isLowerWord(tk, k) || !NP_PREPOSITIONS.has(tk.lowerOf(k))) continue;
      const tail = { first: k + 1, last: p.last };
      // (A role or agent noun: "the memoirs of | a former East German spymaster", "one of | those advisers".)
      const role = ROLE_NOUNS.has(tk.lowerOf(tail.last)) || PLURAL_ROLE_NOUNS.has(tk.lowerOf(tail.last)) || (isLowerWord(tk, tail.last) && speakerHead(tk, tail.last));
      if ((tk.isCap(tail.first) && tk.isCap(tail.last)) || (DETERMINERS.has(tk.lowerOf(tail.first)) && role)) return tail;
      break;
    }
  }
  if (subject !== null) return subject;
  // Else a short phrase led by an article, whatever its noun: "a campaign surrogate who said".
  return p !== null && p.last - p.first <= 3 && isArticle(tk.lowerOf(p.first)) ? p : null;
}

/** Whether a lower-case past tense stands among tokens `[r.first, r.last]`. */
function hasPastVerb(tk: Tokens, r: { readonly first: number; readonly last: number }): boolean {
  for (let k = r.first; k <= r.last; k++) {
    if (!isLowerWord(tk, k)) continue;
    const w = tk.lowerOf(k);
    if (isPastTense(w)) return true;
  }
  return false;
}

/**
 * "“…,” said Nicky Driscoll, 24, from Manchester, who said …", "said Bob Mulholland, a
 * superdelegate and Clinton supporter who has accused …": a "who" (at token `i`) at the end of
 * an inverted speaker's apposition stands for the speaker. Returns that speaker's phrase, or
 * `null` when no reporting verb with its subject after it opens the stretch before `i`.
 */
export function invertedSpeakerBefore(r: Reading, i: number, lo: number): Phrase | null {
  const doc = r.doc;
  const cues = r.cueTable;
  const tk = doc.tokens;
  if (tk.lowerOf(i) !== 'who') return null;
  for (let k = i - 1; k > lo && k > i - 20; k--) {
    if (tk.isPunct(k) && !isComma(tk, k) && !tk.is(k, '.') && !tk.is(k, '-')) return null;
    if (!isLowerWord(tk, k) || !cues.has(tk.lowerOf(k))) continue;
    // The verb comes right after a quotation or its comma: "“…,” said".
    if (!tk.isPunct(k - 1) || tk.is(k - 1, '.')) return null;
    const speaker = phraseStartingAt(r, k + 1, i - 1);
    if (speaker === null || speaker.last >= i - 1 || !speakerHead(tk, headIndex(doc, speaker))) return null;
    // Then an apposition ("Nicky Driscoll, 24, …") or a participle ("one Republican involved in …").
    const next = tk.lowerOf(speaker.last + 1);
    return isComma(tk, speaker.last + 1) || (isLowerWord(tk, speaker.last + 1) && /(?:ed|ing)$/.test(next)) ? speaker : null;
  }
  return null;
}

function headOfSubject(r: Reading, i: number, cue: number, lo: number): Phrase | null {
  const doc = r.doc;
  const tk = doc.tokens;
  if (tk.isWord(i)) {
    const w = tk.lowerOf(i);
    if (PRONOUNS.has(w) || (STANDALONE_DETERMINERS.has(w) && i + 1 === cue)) return { first: i, last: i };
  }
  const p = phraseEndingAt(r, i, lo);
  return p !== null && speakerHead(tk, headIndex(doc, p)) ? p : null;
}

/**
 * Whether tokens `[first, last]` are a title and then a name of two or more capitalised words
 * ("Sen. Chuck Schumer"), so that "of New York" after them is where the person is from.
 */
function titledName(tk: Tokens, first: number, last: number): boolean {
  let words = 0;
  let k = last;
  while (k >= first && (tk.is(k, '.') || (tk.isCap(k) && !TITLES.has(tk.lowerOf(k))))) {
    if (tk.isWord(k)) words++;
    k--;
  }
  return words >= 2 && k >= first && TITLES.has(tk.lowerOf(k));
}

/**
 * Whether the capitalised words before the preposition at `i` read as a person's name followed by
 * where they are from ("Cory James of Flint"): two or three words, none an organisation word
 * ("Federal Bureau of Investigation") or a title, and the preposition "of" or "from". (The
 * built-in organisation words: phrases are read before the options' extra words are in play.)
 */
function personBeforePlace(tk: Tokens, first: number, i: number): boolean {
  const w = tk.lowerOf(i);
  if ((w !== 'of' && w !== 'from') || i - first > 3) return false;
  for (let k = first; k < i; k++) {
    if (!tk.isWord(k) || !tk.isCap(k) || ORGANIZATION_WORDS.has(tk.lowerOf(k)) || TITLES.has(tk.lowerOf(k))) return false;
  }
  return true;
}

/** The head of a phrase: its last word, or the noun before a prepositional phrase ("an official | with a rebel group"). */
export function headIndex(doc: Doc, p: Phrase): number {
  const tk = doc.tokens;
  for (let i = p.first + 1; i < p.last; i++) {
    if (!isLowerWord(tk, i)) continue;
    const w = tk.lowerOf(i);
    // A participle after the noun: "a poll released Thursday", "a study conducted by …".
    if (isPostnominalParticiple(tk, i, w)) return i - 1;
    if (!NP_PREPOSITIONS.has(w)) continue;
    // "a person familiar with the matter": the noun before the adjective.
    if (w === 'with' && i - 2 >= p.first && tk.lowerOf(i - 1) === 'familiar' && tk.isWord(i - 2)) return i - 2;
    // Before a name, the noun is the head unless it is a title: "a woman in Worcester" is a
    // woman, but "Secretary of State John Kerry" is John Kerry; a person's full name is the head
    // too: "Ruth Olsen of Duluth".
    if (!tk.isCap(p.last) || (isLowerWord(tk, i - 1) && !TITLES.has(tk.lowerOf(i - 1)))) return i - 1;
    // (A middle initial may stand before the surname: "Gov. Terry E. Branstad of Iowa".)
    if (i - 2 >= p.first && tk.isCap(i - 1) && (tk.isCap(i - 2) || isNamePeriod(tk, i - 2)) && (isGivenNameWord(tk.lowerOf(i - 2)) || titledName(tk, p.first, i - 1) || personBeforePlace(tk, p.first, i))) return i - 1;
    break;
  }
  return p.last;
}

/**
 * Whether the lower-case past participle `w` at `i` follows its noun and starts a modifier of it:
 * a lower-case noun before it, and after it a time word, "by" or a preposition ("a poll released
 * Thursday", "a report published in May", "a letter written by …"; not "the newly elected mayor").
 */
function isPostnominalParticiple(tk: Tokens, i: number, w: string): boolean {
  if (!isRegularPast(w) && !IRREGULAR_PARTICIPLES.has(w)) return false;
  const before = tk.lowerOf(i - 1);
  if (!isLowerWord(tk, i - 1) || DETERMINERS.has(before) || before.endsWith('ly')) return false;
  const after = tk.lowerOf(i + 1);
  return isLowerWord(tk, i + 1) ? TIME_WORDS.has(after) || after === 'by' || NP_PREPOSITIONS.has(after) : isDayName(after);
}

// The nouns that head a speaker phrase, merged: one lookup for the many heads in none of them.
const SPEAKER_NOUNS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PLURAL_ROLE_NOUNS, ...DOCUMENT_NOUNS]);

/**
 * Whether token `i` can head a speaker phrase: a name, a role or institution noun, or a noun that
 * names an agent. Rules out "his comments", "the most explosive claim" and other noun uses of cue words.
 */
export function speakerHead(tk: Tokens, i: number): boolean {
  if (tk.isCap(i)) return true;
  const w = tk.lowerOf(i);
  if (SPEAKER_NOUNS.has(w)) return true;
  if (startsWithNumber(w, 0)) return false;
  // A compound names an agent by its last part: "front-runner", "co-founder" (not "long-term").
  if (w.includes('-')) {
    const tail = w.slice(w.lastIndexOf('-') + 1);
    return ROLE_NOUNS.has(tail) || COMPOUND_AGENT.test(tail);
  }
  return AGENT_SUFFIX.test(w) || (w.endsWith('s') && !/(?:ss|ous|us|is)$/.test(w));
}

/** The longest speaker-like phrase that ends at token `i`, or `null`. */
export function phraseEndingAt(r: Reading, i: number, lo: number): Phrase | null {
  const doc = r.doc;
  const cues = r.cueTable;
  const tk = doc.tokens;
  const last = i;
  if (!tk.isWord(last) || !(nominal(tk, last, cues) || (tk.isCap(last) && surnameBeforeCue(tk, last, tk.lowerOf(last), last + 1, cues)))) return null;
  if (!tk.isCap(last) && DETERMINERS.has(tk.lowerOf(last))) return null;
  let first = last;
  let j = last - 1;
  while (j >= lo && last - j < MAX_PHRASE) {
    if (tk.isPunct(j)) {
      // Periods of abbreviations and initials inside names ("Lt. Gen. Smith", "J. Smith").
      if (isNamePeriod(tk, j)) { j--; continue; }
      break;
    }
    // "’s" after a pronoun is "is" or "has", not a possessive, and what follows it up to a name
    // is the predicate ("he’s certain Rubio …" names Rubio).
    if (tk.isPoss(j)) {
      if (j - 1 >= lo && tk.isWord(j - 1) && PRONOUNS.has(tk.lowerOf(j - 1))) {
        while (first < last && isLowerWord(tk, first)) first++;
        break;
      }
      first = j;
      j--;
      continue;
    }
    const w = tk.lowerOf(j);
    // "said that Romney …", "that 98 senators voted", "that superdelegates …": before a name, a
    // number or a plural, "that" opens a clause; it determines only singular nouns ("that man").
    if (w === 'that' && (tk.isCap(j + 1) || startsWithNumber(doc.text, tk.startOf(j + 1)) || /[^s]s$/.test(tk.lowerOf(j + 1)))) break;
    if (DETERMINERS.has(w) && (!tk.isCap(j) || j === lo || tk.isPunct(j - 1))) {
      first = j;
      // "an official with an Aleppo-based rebel group": a determiner after a preposition continues.
      if (j - 1 >= lo && tk.isWord(j - 1) && NP_PREPOSITIONS.has(tk.lowerOf(j - 1)) && j - 2 >= lo && headsPrepositionalPhrase(tk, j - 2, cues)) { j -= 2; continue; }
      break;
    }
    if (!tk.isCap(j) && NP_PREPOSITIONS.has(w)) {
      // "head of the agency", "an analyst at Brookings": only between two nominals.
      if (j - 1 >= lo && headsPrepositionalPhrase(tk, j - 1, cues) && !DETERMINERS.has(tk.lowerOf(j - 1))) { j--; continue; }
      break;
    }
    if (!nominal(tk, j, cues, j + 1)) break;
    first = j;
    j--;
  }
  // Trim a leading preposition or particle left at the edge.
  while (first < last && isLowerWord(tk, first) && NP_PREPOSITIONS.has(tk.lowerOf(first))) first++;
  return { first, last };
}

/** The phrase that starts at token `i` and reads rightwards no further than `hi` (inclusive). */
export function phraseStartingAt(r: Reading, i: number, hi: number): Phrase | null {
  const doc = r.doc;
  const cues = r.cueTable;
  const tk = doc.tokens;
  if (i > hi || !tk.isWord(i)) return null;
  const w0 = tk.lowerOf(i);
  if (PRONOUNS.has(w0) && w0 !== 'which') return { first: i, last: i };
  // "tweeted another."
  if (STANDALONE_DETERMINERS.has(w0) && (i + 1 > hi || tk.isPunct(i + 1))) return { first: i, last: i };
  // "that" before a name opens a clause ("concludes that Trump is …"), not a noun phrase.
  if (w0 === 'that' && tk.isCap(i + 1)) return null;
  let last = -1;
  let j = i;
  while (j <= hi && j - i < MAX_PHRASE) {
    if (tk.isPoss(j)) { j++; continue; }
    if (tk.isPunct(j)) {
      if (isNamePeriod(tk, j) && j + 1 <= hi && tk.isCap(j + 1)) { j++; continue; }
      break;
    }
    const w = tk.lowerOf(j);
    const cap = tk.isCap(j);
    if (DETERMINERS.has(w) && (!cap || j === i)) { if (last >= 0 && !NP_PREPOSITIONS.has(tk.lowerOf(j - 1))) break; j++; continue; }
    if (!cap && NP_PREPOSITIONS.has(w) && !NAME_PARTICLES.has(w)) {
      // "Secretary of State John Kerry", "the head of the agency"
      if (last >= 0 && j + 1 <= hi && tk.has(j + 1) && (tk.isCap(j + 1) || DETERMINERS.has(tk.lowerOf(j + 1))) && w === 'of') { j++; continue; }
      // "one official familiar with the talks"
      if (w === 'with' && last === j - 1 && tk.lowerOf(j - 1) === 'familiar' && j + 1 <= hi && tk.isWord(j + 1)) { j++; continue; }
      break;
    }
    if (!nominal(tk, j, cues, j + 1)) break;
    if (last >= i && looksLikeVerb(tk, j, last, j + 1)) break;
    // After a full name, a lower-case word is the verb ("Hillary Clinton took aim"), unless it is a
    // role or a title ("The Vermont senator").
    // ("Former Republican presidential candidate Jeb Bush": title words are no full name.)
    if (!cap && j - 2 >= i && tk.isCap(j - 1) && tk.isCap(j - 2) && !isRoleWord(w) && !(TITLES.has(tk.lowerOf(j - 1)) && TITLES.has(tk.lowerOf(j - 2)))) break;
    last = j;
    j++;
  }
  return last >= i ? { first: i, last } : null;
}

/**
 * The phrase with the apposition that follows it, when one does: "Jan Egeland, the UN humanitarian
 * adviser," gives Jan Egeland the role "the UN humanitarian adviser".
 */
export function withRole(doc: Doc, p: Phrase, hi: number): Phrase {
  const tk = doc.tokens;
  if (!tk.isCap(p.last) || !tk.is(p.last + 1, ',') || p.last + 2 > hi) return p;
  const first = p.last + 2;
  if (!(isArticle(tk.lowerOf(first)) || tk.isCap(first))) return p;
  let j = first;
  while (j <= hi && j - first < 14 && !tk.isPunct(j)) j++;
  if (j === first || !(tk.is(j, ',') || tk.is(j, '.') || tk.is(j, ':'))) return p;
  return { first: p.first, last: p.last, role: { first, last: j - 1 } };
}
const isArticle = (w: string): boolean => w === 'the' || w === 'a' || w === 'an';

/**
 * A speaker phrase that is a role followed by the name it describes, between commas or up to `hi`
 * ("said the bureau's director, James B. Comey, on Monday"): the name, with the role as its
 * apposition (the speaker's title). Else `p` as {@link withRole} reads it.
 */
export function roleThenName(r: Reading, p: Phrase, hi: number): Phrase {
  const doc = r.doc;
  const tk = doc.tokens;
  if (tk.isCap(p.last) || !ROLE_NOUNS.has(tk.lowerOf(p.last)) || !tk.is(p.last + 1, ',')) return withRole(doc, p, hi);
  const name = phraseStartingAt(r, p.last + 2, hi);
  if (name === null || !tk.isCap(name.first) || !tk.isCap(name.last)) return p;
  const after = name.last + 1;
  if (after <= hi && !tk.is(after, ',') && !tk.is(after, '.')) return p;
  return { first: name.first, last: name.last, role: { first: p.first, last: p.last } };
}

/** Whether token `i` is an opening quotation mark. */
const opensQuotation = (tk: Tokens, i: number): boolean => tk.is(i, '“') || tk.is(i, '"') || tk.is(i, '‘') || tk.is(i, '«') || tk.is(i, '„');

const VERB_OBJECT_START = new Set([...NP_PREPOSITIONS, 'the', 'a', 'an', 'that', 'his', 'her', 'their', 'its', 'it', 'them', 'him', 'us', 'me', 'about', 'into', 'over', 'against', 'up', 'out', 'down', 'off', 'back']);

/**
 * Whether a lower-case word after a noun reads as the verb of the clause rather than part of the
 * noun phrase: "The newspaper focuses on …", "The ad targets a …", "Carson took the stage".
 */
function looksLikeVerb(tk: Tokens, i: number, prev: number, next: number): boolean {
  if (tk.isCap(i) || !tk.isWord(prev)) return false;
  const p = tk.lowerOf(prev);
  if (DETERMINERS.has(p)) return false;
  const objectFollows = tk.isWord(next) && VERB_OBJECT_START.has(tk.lowerOf(next));
  const w = tk.lowerOf(i);
  // A phrasal verb: "the minister hit back", "the senator fired back".
  if (tk.isWord(next) && tk.lowerOf(next) === 'back' && !DETERMINERS.has(w)) return true;
  // After a name, any lower-case word but a role that takes an object is a verb: "Carson took the stage".
  // A past tense after a name is its verb whatever follows: "Cruz coached Trump to …", "Trump went after Bush".
  // A present tense before a quotation is its verb too: "Clinton supports “appropriate pay raises”".
  if (tk.isCap(prev) && !ROLE_NOUNS.has(w) && !PLURAL_ROLE_NOUNS.has(w)) return objectFollows || isPastTense(w) || (w.endsWith('s') && !w.endsWith('ss') && opensQuotation(tk, next));
  // An irregular past tense after a noun and before a lower-case word: "The senator took aim at …".
  if (isIrregularPast(w) && tk.isWord(next) && !tk.isCap(next)) return true;
  if (!/(?:s|ed)$/.test(w) || /(?:ss|us|is)$/.test(w)) return false;
  // A past tense after a noun and before a lower-case word or a comma: "the right-hand woman rallied
  // supporters", "the minister smiled, saying" (but "the order released Friday said" is a noun with
  // its participle).
  if (isRegularPast(w) && ((tk.isWord(next) && !tk.isCap(next)) || tk.is(next, ','))) return true;
  return objectFollows;
}
