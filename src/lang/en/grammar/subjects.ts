/**
 * Sentence subjects: the dateline a wire story opens with, the subject of a sentence after its
 * connectives and introductory clause, and the subjects that pronouns may refer to.
 */
import { isParticiple } from '../lexicon/cues.js';
import type { Phrase } from '../../../mentions/phrase.js';
import { PLURAL_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon/words.js';
import { phraseStartingAt, withRole } from './phrases.js';
import { endsSentence, isDash, startsWithNumber, type Doc, type Tokens } from '../../../text/document.js';
import { type SieveContext } from '../../../sieves/context.js';
import { CONNECTIVES, INTRODUCERS, MONTHS, ORDINALS, PLACE_CONTINUERS, TIME_ENDS, TIME_NOUNS } from '../lexicon/grammar-words.js';

const ADVERB = /^\p{L}+ly$/u;

const ALL_CAPS = /^[\p{Lu}.'’-]+$/u;

/**
 * The first token after the dateline of a wire story that opens the paragraph at token `i`
 * ("WASHINGTON, Dec. 8 (UPI) — …", "Washington (AFP) – …", "DAMASCUS, Syria — …"), or `i` when the
 * paragraph has none. Only capitalised words, dates, commas and periods stand before the dash, and
 * an all-capitals place, a month or a news agency in parentheses marks it as a dateline, and a
 * sentence starts after the dash, so that "Assad — the president — said …" is not one.
 */
export function afterDateline(doc: Doc, i: number): number {
  const tk = doc.tokens;
  if (!tk.has(i) || (i > 0 && tk.paraOf(i - 1) === tk.paraOf(i))) return i;
  let marked = tk.isWord(i) && tk.lengthOf(i) >= 3 && ALL_CAPS.test(tk.textOf(i));
  for (let j = i; j < i + 14 && tk.has(j) && tk.paraOf(j) === tk.paraOf(i); j++) {
    if (isDash(tk, j)) {
      if (!marked || j === i) return i;
      let k = j + 1;
      while (isDash(tk, k)) k++; // "--"
      // A sentence starts after it ("ISIS — the group — said" is no dateline).
      const starts = tk.has(k) && tk.paraOf(k) === tk.paraOf(i) && (tk.isCap(k) || !tk.isWord(k) || startsWithNumber(doc.text, tk.startOf(k)));
      return starts ? k : i;
    }
    if (tk.isWord(j)) {
      if (MONTHS.has(tk.lowerOf(j))) marked = true;
      else if (!tk.isCap(j) && !startsWithNumber(doc.text, tk.startOf(j))) return i;
      continue;
    }
    // A news agency: "(UPI)", "(AFP)", "(Reuters)".
    if (tk.is(j, '(') && tk.isWord(j + 1) && tk.isCap(j + 1) && tk.is(j + 2, ')')) { marked = true; j += 2; continue; }
    if (!tk.is(j, ',') && !tk.is(j, '.')) return i;
  }
  return i;
}

/**
 * Whether a time phrase of at most five words starts at `i` and ends at a comma: "a few days
 * later,", "The next day,", "Each election cycle,".
 */
function timeLead(tk: Tokens, i: number, hi: number): boolean {
  for (let j = i + 1; j <= hi && j <= i + 5; j++) {
    if (!tk.isWord(j)) return false;
    const w = tk.lowerOf(j);
    if (TIME_ENDS.has(w)) return tk.is(j + 1, ',');
    if (TIME_NOUNS.has(w) && tk.is(j + 1, ',')) return true;
  }
  return false;
}

/**
 * The subject of a sentence whose words run over tokens `[lo, hi]`: its first noun phrase after
 * connectives and an introductory clause, followed by a lower-case word (its verb).
 */
export function sentenceSubject(ctx: SieveContext, lo: number, hi: number): Phrase | null {
  const tk = ctx.doc.tokens;
  let i = afterDateline(ctx.doc, lo);
  for (let guard = 0; guard < 4 && i <= hi; guard++) {
    if (tk.isPunct(i)) { i++; continue; }
    const w = tk.lowerOf(i);
    if (CONNECTIVES.has(w) || (ORDINALS.has(w) && tk.is(i + 1, ','))) { i++; continue; }
    // A participle opens a clause too: "Appearing before supporters on Monday, Suu Kyi said …".
    // (A capitalised -ly word before another capitalised word is a given name: "Carly Fiorina",
    // "Kelly Ayotte", "Emily Smith".)
    const adverb = ADVERB.test(w) && w !== 'only' && !(tk.isCap(i) && tk.isWord(i + 1) && tk.isCap(i + 1));
    if (INTRODUCERS.has(w) || adverb || (tk.isCap(i) && isParticiple(w) && w.length > 4) || timeLead(tk, i, hi)) {
      let j = i + 1;
      while (j <= hi && !tk.is(j, ',')) j++;
      if (j > hi) return null;
      // "… in Ames, Iowa, on Sunday, Mrs. Clinton said": a state after the city, then more of the clause.
      let k = j + 1;
      while (k <= hi && k <= j + 3 && tk.isWord(k) && tk.isCap(k)) k++;
      // ("Portsmouth, N.H., on Tuesday,": the abbreviation keeps its period.)
      if (k > j + 1 && tk.is(k, '.') && tk.startOf(k) === tk.endOf(k - 1) && tk.is(k + 1, ',')) k++;
      if (k > j + 1 && tk.is(k, ',') && tk.isWord(k + 1) && !tk.isCap(k + 1) && PLACE_CONTINUERS.has(tk.lowerOf(k + 1))) {
        j = k + 1;
        while (j <= hi && !tk.is(j, ',')) j++;
        if (j > hi) return null;
      } else if (k > j + 1 && tk.is(k, ',') && tk.isCap(j - 1) && tk.isWord(k + 1) && tk.isCap(k + 1)) {
        // "Speaking at a town hall in Salem, New Hampshire, Trump said": the clause ends after the state.
        j = k;
      }
      i = j + 1;
      continue;
    }
    break;
  }
  const p = phraseStartingAt(ctx, i, hi);
  if (p === null) return null;
  // (A lower-case participle opens a clause, not a subject: "…,” pointing to bottles and telling viewers …".)
  if (p.first === p.last && !tk.isCap(p.first) && isParticiple(tk.lowerOf(p.first))) return null;
  const after = p.last + 1;
  if (!tk.has(after) || after > hi) return null;
  // The subject is followed by its verb, or by an apposition or parenthesis before it.
  if (tk.isWord(after) ? tk.isCap(after) : !tk.is(after, ',') && !tk.is(after, '(')) return null;
  return p;
}

/** The subject of the reporter's words `[lo, hi]`, never words inside a quotation. */
export function reporterSubject(ctx: SieveContext, lo: number, hi: number): Phrase | null {
  const p = sentenceSubject(ctx, lo, hi);
  if (p === null) return null;
  for (let i = p.first; i <= p.last; i++) if (ctx.inQuote[i] === 1) return null;
  return p;
}

/**
 * The subject of every sentence of the reporter's text that starts with a person, a group or a
 * role ("Karl Brandt visited …", "Aid workers reached …"): the antecedents pronouns look for.
 */
export function sentenceSubjects(ctx: SieveContext): Phrase[] {
  const doc = ctx.doc;
  const tk = doc.tokens;
  const out: Phrase[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (ctx.inQuote[i] === 1 || !tk.isWord(i)) continue;
    const paraStart = i === 0 || tk.paraOf(i - 1) !== tk.paraOf(i);
    if (!paraStart && !endsSentence(doc, i - 1)) continue;
    const first = paraStart ? afterDateline(doc, i) : i;
    if (ctx.inQuote[first] === 1) continue;
    const hi = Math.min(tk.length - 1, first + 12);
    const p = phraseStartingAt(ctx, first, hi);
    if (p === null || p.last + 1 >= tk.length || tk.paraOf(p.last + 1) !== tk.paraOf(i) || ctx.inQuote[p.last] === 1) continue;
    // The verb follows the subject, or its apposition: "Erin Brockovich, the activist, endorsed …".
    const role = withRole(doc, p, doc.paraTokenStart[tk.paraOf(i) + 1]! - 1).role;
    const verb = role !== undefined && tk.is(role.last + 1, ',') ? role.last + 2 : p.last + 1;
    if (!tk.isWord(verb) || tk.isCap(verb)) continue;
    if (tk.isCap(p.last) ? p.last > p.first : ROLE_NOUNS.has(tk.lowerOf(p.last)) || PLURAL_ROLE_NOUNS.has(tk.lowerOf(p.last))) out.push(p);
  }
  return out;
}
