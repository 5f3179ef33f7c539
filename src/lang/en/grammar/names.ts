/**
 * Name runs in the reporter's text (outside quotations): sequences of capitalised words, name
 * particles and initials ("Syrian President Bashar al-Assad", "Jan Egeland"). They give speakers their
 * fullest names and serve as antecedents of pronouns.
 */
import { DETERMINERS, isSentenceAdverb, NAME_PARTICLES, NP_BREAKERS, PRONOUNS, SENTENCE_OPENERS } from '../lexicon/words.js';
import { isNamePeriod, type Doc } from '../../../text/document.js';
import type { Phrase } from '../../../mentions/phrase.js';

// The words that start no name, merged into one set: most capitalised words are in none of them,
// and each would be looked up four times.
const NOT_NAME_START: ReadonlySet<string> = new Set([...NP_BREAKERS, ...PRONOUNS.keys(), ...DETERMINERS, ...SENTENCE_OPENERS]);

/** Every name run outside quotations, given the per-token "inside a quotation" flags. */
export function nameRuns(doc: Doc, inQuote: Uint8Array): Phrase[] {
  const tk = doc.tokens;
  const runs: Phrase[] = [];
  let i = 0;
  while (i < tk.length) {
    // Most tokens are not capitalised words: rule them out before lower-casing them.
    if (inQuote[i] === 1 || !tk.isCap(i)) { i++; continue; }
    const w = tk.lowerOf(i);
    if (NOT_NAME_START.has(w) || isSentenceAdverb(w)) { i++; continue; }
    const para = tk.paraOf(i);
    let last = i;
    let j = i + 1;
    while (j < tk.length && inQuote[j] === 0 && tk.paraOf(j) === para) {
      if (tk.isCap(j)) { last = j; j++; continue; }
      if (tk.isWord(j) && NAME_PARTICLES.has(tk.lowerOf(j)) && tk.isCap(j + 1)) { j++; continue; }
      // The period of an initial or an abbreviation ("Jacob J. Lew", "Sen. Tim Kaine"), not a
      // sentence's ("… Secretary Jacob J. Lew. Because Thursday …").
      if (isNamePeriod(tk, j) && tk.isCap(j + 1) && tk.paraOf(j + 1) === para) { j++; continue; }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}
