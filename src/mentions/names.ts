/**
 * Name runs in the reporter's text (outside quotations): sequences of capitalised words, name
 * particles and initials ("Syrian President Bashar al-Assad", "Jan Egeland"). They give speakers their
 * fullest names and serve as antecedents of pronouns.
 */
import { DETERMINERS, NAME_PARTICLES, NP_BREAKERS, PRONOUNS } from '../lexicon/words.js';
import type { Doc } from '../text/document.js';
import type { Phrase } from './np.js';

/** Every name run outside quotations, given the per-token "inside a quotation" flags. */
export function nameRuns(doc: Doc, inQuote: Uint8Array): Phrase[] {
  const tk = doc.tokens;
  const runs: Phrase[] = [];
  let i = 0;
  while (i < tk.length) {
    // Most tokens are not capitalised words: rule them out without building a token view.
    if (inQuote[i] === 1 || !tk.isWord(i) || !tk.isCap(i)) { i++; continue; }
    const t = tk.at(i)!;
    if (NP_BREAKERS.has(t.lower) || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower)) { i++; continue; }
    let last = i;
    let j = i + 1;
    while (j < tk.length && inQuote[j] === 0 && tk.at(j)!.para === t.para) {
      const u = tk.at(j)!;
      if (u.kind === 'word' && u.cap) { last = j; j++; continue; }
      if (u.kind === 'word' && NAME_PARTICLES.has(u.lower) && tk.at(j + 1)?.cap === true) { j++; continue; }
      if (u.text === '.' && tk.at(j - 1)!.text.length <= 3 && tk.at(j - 1)!.cap && tk.at(j + 1)?.cap === true && tk.at(j + 1)!.para === t.para) { j++; continue; }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}
