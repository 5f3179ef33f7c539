/**
 * Whether quoted words read as an utterance: a clause or a lower-case fragment, not a label, a name
 * or a scare-quoted word. Language-neutral (it counts words and their case); a language pack adds
 * what tells the title of a work (src/lang/en/grammar/titles.ts).
 */
import { classAt, LETTER, LOWER, unitsAt, wordEnd, wordStart } from '../text/words.js';

/**
 * Whether quoted words read as someone's utterance without any cue: a clause of six words or more,
 * or a lower-case fragment of three or more ("a fight from start to finish"). Labels, names and
 * scare-quoted words are shorter.
 */
export function utteranceLike(content: string): boolean {
  // Word by word, stopping as soon as the answer is known (long quotations are the common case).
  let lettered = 0;
  let lower = 0;
  for (let i = wordStart(content, 0), end = 0; i >= 0; i = wordStart(content, end)) {
    end = wordEnd(content, i);
    let letter = false;
    for (let j = i; j < end && !letter; j += unitsAt(content, j)) letter = (classAt(content, j) & LETTER) !== 0;
    if (letter) lettered++;
    if ((classAt(content, i) & LOWER) !== 0) lower++;
    // A clause has lower-case words ("the", "is"): a date, a name or a title in capitals is not one.
    if (lettered >= 6 && lower >= 2) return true;
  }
  return lettered >= 3 && lower >= 2 && /^\P{L}*\p{Ll}/u.test(content);
}
