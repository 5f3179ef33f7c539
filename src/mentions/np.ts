/**
 * Speaker noun phrases next to a cue: the subject to the left of a reporting verb ("the Syrian
 * army’s general command said"), the subject after an inverted verb ("said Jan Egeland"), and the
 * first noun phrase of a sentence. Works on token indices; a phrase never crosses a quotation, a
 * paragraph or a sentence end, which the caller gives as bounds.
 */
import type { Doc, Token } from '../text/document.js';
import {
  ABBREVIATIONS,
  DETERMINERS,
  NAME_PARTICLES,
  NP_BREAKERS,
  NP_PREPOSITIONS,
  PLURAL_ROLE_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  TIME_WORDS,
  VERB_ADJUNCTS,
} from '../lexicon/words.js';

/** A noun phrase as an inclusive token range. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  /** An apposition that describes it ("Jan Egeland, the UN humanitarian adviser,"), when one stands beside it. */
  readonly role?: { readonly first: number; readonly last: number };
}

const MAX_PHRASE = 12;
const TIME_LEAD = new Set(['on', 'late', 'early', 'last', 'this', 'next', 'in']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isComma = (t: Token | undefined): boolean => t !== undefined && t.text === ',';
const isDash = (t: Token | undefined): boolean => t !== undefined && (t.text === '—' || t.text === '–' || (t.text === '-' && t.kind === 'punct'));

/** A capitalised function word used as a given name before a surname: Will Doyle, May Smith. */
const GIVEN_NAMES = new Set(['will', 'may', 'june', 'april', 'august', 'hope', 'faith', 'grace', 'joy', 'rich', 'case', 'sunny']);
const isGivenName = (t: Token, next: Token | undefined): boolean =>
  GIVEN_NAMES.has(t.lower) && next !== undefined && next.kind === 'word' && next.cap && next.para === t.para && !NP_BREAKERS.has(next.lower);
// Capitalised words that open a sentence without being part of a name: "On Tuesday", "Then Brafman", "Ever since".
const SENTENCE_OPENERS = new Set(['on', 'in', 'at', 'for', 'to', 'from', 'with', 'by', 'then', 'ever', 'one', 'after', 'before', 'during', 'also', 'still', 'yet', 'now', 'meanwhile', 'however', 'last', 'next', 'later', 'earlier', 'asked', 'speaking', 'according', 'like', 'unlike', 'despite', 'under', 'over', 'without', 'within', 'there', 'here', 'why', 'how', 'what', 'whether', 'not', 'only', 'even', 'just', 'instead', 'indeed', 'perhaps', 'maybe', 'yes', 'no', 'well', 'oh', 'so', 'thus', 'hence', 'again', 'once', 'today', 'tonight', 'yesterday', 'tomorrow']);

/** Whether a token may be part of a speaker phrase (as a name, title, noun or adjective). */
function nominal(t: Token, cues: ReadonlyMap<string, string>, next?: Token): boolean {
  if (t.kind === 'poss') return true;
  if (t.kind !== 'word') return false;
  if (t.cap) {
    if (isGivenName(t, next)) return true;
    return !NP_BREAKERS.has(t.lower) && !PRONOUNS.has(t.lower) && !SENTENCE_OPENERS.has(t.lower) && !(t.lower.endsWith('ing') && next !== undefined && !next.cap);
  }
  return !NP_BREAKERS.has(t.lower) && !VERB_ADJUNCTS.has(t.lower) && !cues.has(t.lower) && !PRONOUNS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower);
}

/**
 * Skips, leftwards from `i`, what may stand between a subject and its verb: adverbs and auxiliaries
 * ("also", "has"), time adjuncts ("on Wednesday", "late Thursday") and a parenthetical between commas
 * (", meanwhile,"). Returns the index of the last token of the subject.
 */
function skipAdjunctsLeft(doc: Doc, i: number, lo: number): number {
  const tk = doc.tokens;
  for (let guard = 0; guard < 8 && i >= lo; guard++) {
    const t = tk.at(i)!;
    if (t.kind === 'word' && !t.cap && (VERB_ADJUNCTS.has(t.lower) || isAdverb(t.lower))) { i--; continue; }
    // "less than two weeks ago"
    if (t.kind === 'word' && t.lower === 'ago') {
      let j = i - 1;
      while (j >= lo && j > i - 6 && tk.at(j)!.kind === 'word' && !tk.at(j)!.cap) j--;
      i = j;
      continue;
    }
    if (t.kind === 'word' && TIME_WORDS.has(t.lower) && !(t.cap && !isTimeName(t.lower))) {
      i--;
      const lead = tk.at(i);
      if (i >= lo && lead !== undefined && lead.kind === 'word' && TIME_LEAD.has(lead.lower)) i--;
      continue;
    }
    // ", meanwhile," / ", however,"
    if (isComma(t) && i - 2 >= lo && isComma(tk.at(i - 2)) && isWord(tk.at(i - 1)) && !tk.at(i - 1)!.cap) { i -= 3; continue; }
    // A parenthesis between subject and verb: "Sen. Chuck Schumer (D-N.Y.) said".
    if (t.text === ')') {
      let j = i - 1;
      while (j >= lo && j > i - 12 && tk.at(j)!.text !== '(' && tk.at(j)!.text !== ')') j--;
      if (j >= lo && tk.at(j)!.text === '(') { i = j - 1; continue; }
      break;
    }
    // An infinitive hanging on another verb: "went on to say", "was prompted to say".
    if (t.kind === 'word' && t.lower === 'to' && !t.cap) {
      let j = i - 1;
      let verbs = 0;
      while (j >= lo && verbs < 3 && tk.at(j)!.kind === 'word' && !tk.at(j)!.cap && !NP_BREAKERS.has(tk.at(j)!.lower) && !DETERMINERS.has(tk.at(j)!.lower)) { j--; verbs++; }
      if (verbs === 0) break;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

// Adverbs in -ly between a subject and its verb ("Trump jokingly said"), but not nouns in -ly.
const NOT_ADVERBS = new Set(['family', 'supply', 'assembly', 'monopoly', 'ally', 'rally', 'bully', 'anomaly', 'butterfly', 'italy', 'homily', 'belly', 'jelly']);
const isAdverb = (w: string): boolean => w.length >= 6 && w.endsWith('ly') && !NOT_ADVERBS.has(w);

// Determiners that stand alone as a subject: "Yet another said", "Others added".
const STANDALONE_DETERMINERS = new Set(['another', 'others', 'one', 'some', 'many', 'several', 'both', 'most', 'few', 'two', 'three', 'four', 'all']);

const TIME_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const isTimeName = (w: string): boolean => TIME_NAMES.has(w);

/**
 * The subject of the reporting verb at `cue`, found by walking left no further than `lo`.
 * Handles appositions and relative clauses between commas ("Sonia Khush, Save the Children Syria
 * director, said"; "an official …, who declined to be named, told"). Returns `null` when the verb
 * has no subject there (an inverted "said X", or a noun use such as "his comments").
 */
export function subjectBefore(doc: Doc, cue: number, lo: number, cues: ReadonlyMap<string, string>): Phrase | null {
  const tk = doc.tokens;
  let i = skipAdjunctsLeft(doc, cue - 1, lo);
  if (i < lo) return null;
  let t = tk.at(i)!;
  if (isComma(t) && tk.at(i - 1)?.text === ')' && i - 1 >= lo) {
    // "Gov. John Kasich (R-OH), said"
    i = skipAdjunctsLeft(doc, i - 1, lo);
    if (i < lo) return null;
    t = tk.at(i)!;
  }
  if (isComma(t) || isDash(t)) {
    // An apposition or relative clause between commas or dashes: find where it opens. It may hold
    // commas of its own ("Ramil Carr, 31, a Philadelphia photographer, said"), so try up to three.
    const comma = isComma(t);
    let j = i - 1;
    for (let tries = 0; tries < 3; tries++) {
      while (j >= lo && j > i - 30 && !(comma ? isComma(tk.at(j)) : isDash(tk.at(j))) && (tk.at(j)!.kind !== 'punct' || tk.at(j)!.text === '-' || tk.at(j)!.text === '.' || (!comma && isComma(tk.at(j))))) j--;
      if (j <= lo || !(comma ? isComma(tk.at(j)) : isDash(tk.at(j))) || j === i - 1) return null;
      let k = j - 1;
      // "--" is two hyphen tokens.
      if (!comma && tk.at(k)?.text === '-' && tk.at(k + 1)?.text === '-') k--;
      if (k < lo) return null;
      const p = headOfSubject(doc, k, cue, lo, cues);
      if (p !== null) {
        const r = tk.at(j + 1)!;
        const relative = r.lower === 'who' || r.lower === 'which' || r.lower === 'whose';
        return relative || tries > 0 || !tk.at(p.last)!.cap ? p : { ...p, role: { first: j + 1, last: i - 1 } };
      }
      j--;
    }
    return null;
  }
  return headOfSubject(doc, i, cue, lo, cues);
}

function headOfSubject(doc: Doc, i: number, cue: number, lo: number, cues: ReadonlyMap<string, string>): Phrase | null {
  const t = doc.tokens.at(i)!;
  if (t.kind === 'word' && (PRONOUNS.has(t.lower) || (STANDALONE_DETERMINERS.has(t.lower) && i + 1 === cue))) {
    return { first: i, last: i };
  }
  const p = phraseEndingAt(doc, i, lo, cues);
  return p !== null && speakerHead(doc.tokens.at(headIndex(doc, p))!) ? p : null;
}

/** The head of a phrase: its last word, or the noun before a prepositional phrase ("an official | with a rebel group"). */
export function headIndex(doc: Doc, p: Phrase): number {
  const tk = doc.tokens;
  if (tk.at(p.last)!.cap) return p.last;
  for (let i = p.first + 1; i < p.last; i++) {
    const t = tk.at(i)!;
    if (t.kind === 'word' && !t.cap && NP_PREPOSITIONS.has(t.lower)) return i - 1;
  }
  return p.last;
}

// Lower-case nouns that name people by what they do: "the buyer", "a protester", "the economist".
const AGENT_SUFFIX = /(?:er|ers|or|ors|ist|ists|ian|ians|ee|ees|man|men|woman|women|people|ent|ents|ant|ants)$/;

/**
 * Whether a token can head a speaker phrase: a name, a role or institution noun, or a noun that
 * names an agent. Rules out "his comments", "the most explosive claim" and other noun uses of cue words.
 */
export function speakerHead(t: Token): boolean {
  if (t.cap) return true;
  if (ROLE_NOUNS.has(t.lower) || PLURAL_ROLE_NOUNS.has(t.lower)) return true;
  if (t.lower.includes('-') || /^\p{N}/u.test(t.lower)) return false;
  return AGENT_SUFFIX.test(t.lower) || (t.lower.endsWith('s') && !/(?:ss|ous|us|is)$/.test(t.lower));
}

/** The longest speaker-like phrase that ends at token `i`, or `null`. */
export function phraseEndingAt(doc: Doc, i: number, lo: number, cues: ReadonlyMap<string, string>): Phrase | null {
  const tk = doc.tokens;
  const last = i;
  const endTok = tk.at(last);
  if (endTok === undefined || endTok.kind !== 'word' || !nominal(endTok, cues)) return null;
  if (DETERMINERS.has(endTok.lower) && !endTok.cap) return null;
  let first = last;
  let j = last - 1;
  while (j >= lo && last - j < MAX_PHRASE) {
    const t = tk.at(j)!;
    if (t.kind === 'punct') {
      // Periods of abbreviations and initials inside names ("Lt. Gen. Smith", "J. Smith").
      const prev = tk.at(j - 1);
      if (t.text === '.' && isWord(prev) && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))) { j--; continue; }
      break;
    }
    if (t.kind === 'poss') { first = j; j--; continue; }
    if (DETERMINERS.has(t.lower) && (!t.cap || j === lo || tk.at(j - 1)!.kind === 'punct')) {
      first = j;
      // "an official with an Aleppo-based rebel group": a determiner after a preposition continues.
      const prep = tk.at(j - 1);
      if (j - 1 >= lo && isWord(prep) && NP_PREPOSITIONS.has(prep.lower) && j - 2 >= lo && nominal(tk.at(j - 2)!, cues)) { j -= 2; continue; }
      break;
    }
    if (!t.cap && NP_PREPOSITIONS.has(t.lower)) {
      // "head of the agency", "an analyst at Brookings": only between two nominals.
      if (j - 1 >= lo && nominal(tk.at(j - 1)!, cues) && !DETERMINERS.has(tk.at(j - 1)!.lower)) { j--; continue; }
      break;
    }
    if (!nominal(t, cues, tk.at(j + 1))) break;
    first = j;
    j--;
  }
  // Trim a leading preposition or particle left at the edge.
  while (first < last && tk.at(first)!.kind === 'word' && !tk.at(first)!.cap && NP_PREPOSITIONS.has(tk.at(first)!.lower)) first++;
  return { first, last };
}

/** The phrase that starts at token `i` and reads rightwards no further than `hi` (inclusive). */
export function phraseStartingAt(doc: Doc, i: number, hi: number, cues: ReadonlyMap<string, string>): Phrase | null {
  const tk = doc.tokens;
  const t0 = tk.at(i);
  if (t0 === undefined || i > hi || t0.kind !== 'word') return null;
  if (PRONOUNS.has(t0.lower) && t0.lower !== 'which') return { first: i, last: i };
  // "tweeted another."
  if (STANDALONE_DETERMINERS.has(t0.lower) && (i + 1 > hi || tk.at(i + 1)!.kind === 'punct')) return { first: i, last: i };
  let last = -1;
  let j = i;
  while (j <= hi && j - i < MAX_PHRASE) {
    const t = tk.at(j)!;
    if (t.kind === 'poss') { j++; continue; }
    if (t.kind === 'punct') {
      const prev = tk.at(j - 1);
      if (t.text === '.' && isWord(prev) && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap)) && j + 1 <= hi && tk.at(j + 1)!.cap) { j++; continue; }
      break;
    }
    if (DETERMINERS.has(t.lower) && (!t.cap || j === i)) { if (last >= 0 && !NP_PREPOSITIONS.has(tk.at(j - 1)!.lower)) break; j++; continue; }
    if (!t.cap && NP_PREPOSITIONS.has(t.lower) && !NAME_PARTICLES.has(t.lower)) {
      // "Secretary of State John Kerry", "the head of the agency"
      const nx = tk.at(j + 1);
      if (last >= 0 && nx !== undefined && j + 1 <= hi && (nx.cap || DETERMINERS.has(nx.lower)) && t.lower === 'of') { j++; continue; }
      break;
    }
    if (!nominal(t, cues, tk.at(j + 1))) break;
    if (last >= i && looksLikeVerb(t, tk.at(last)!, tk.at(j + 1))) break;
    // After a full name, a lower-case word is the verb ("Hillary Clinton took aim"), unless it is a role.
    if (!t.cap && j - 2 >= i && tk.at(j - 1)!.cap && tk.at(j - 2)!.cap && !ROLE_NOUNS.has(t.lower) && !PLURAL_ROLE_NOUNS.has(t.lower)) break;
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
  if (!tk.at(p.last)!.cap || tk.at(p.last + 1)?.text !== ',' || p.last + 2 > hi) return p;
  const first = p.last + 2;
  const f = tk.at(first)!;
  if (!(f.lower === 'the' || f.lower === 'a' || f.lower === 'an' || f.cap)) return p;
  let j = first;
  while (j <= hi && j - first < 14 && tk.at(j)!.kind !== 'punct') j++;
  const end = tk.at(j);
  if (j === first || end === undefined || (end.text !== ',' && end.text !== '.' && end.text !== ':')) return p;
  return { ...p, role: { first, last: j - 1 } };
}

const VERB_OBJECT_START = new Set([...NP_PREPOSITIONS, 'the', 'a', 'an', 'that', 'his', 'her', 'their', 'its', 'it', 'them', 'him', 'us', 'me', 'about', 'into', 'over', 'against', 'up', 'out', 'down', 'off', 'back']);

/**
 * Whether a lower-case word after a noun reads as the verb of the clause rather than part of the
 * noun phrase: "The newspaper focuses on …", "The ad targets a …", "Carson took the stage".
 */
function looksLikeVerb(t: Token, prev: Token, next: Token | undefined): boolean {
  if (t.cap || prev.kind !== 'word' || DETERMINERS.has(prev.lower)) return false;
  const objectFollows = next !== undefined && next.kind === 'word' && VERB_OBJECT_START.has(next.lower);
  // After a name, any lower-case word but a role that takes an object is a verb: "Carson took the stage".
  if (prev.cap && !ROLE_NOUNS.has(t.lower) && !PLURAL_ROLE_NOUNS.has(t.lower)) return objectFollows;
  if (!/(?:s|ed)$/.test(t.lower) || /(?:ss|us|is)$/.test(t.lower)) return false;
  return objectFollows;
}
