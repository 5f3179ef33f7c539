/**
 * Telling quotations from other text in marks. Titles of works (“This Week,” ‘The X-Files’) are
 * set in marks but no one says them: they are written in title case and stand after a word that
 * names a work or a possessive outlet ("ABC’s “This Week”", "the book “Trump Revealed”").
 */
import type { Doc, Tokens } from '../../../text/document.js';
import { classAt, NUMBER, UPPER, wordEnd, wordStart } from '../../../text/words.js';
import { SMALL_WORDS, WORK_KINDS, WORK_ROLES, WORK_WORDS } from '../lexicon/works.js';

/** The longest small word a title leaves lower-case ("with"). */
const SMALL_WORD_MAX = 4;

/** Whether the quoted words are written like a title: short, most words capitalised, no sentence inside. */
export function titleCased(content: string): boolean {
  let words = 0;
  let big = 0;
  let counted = 0;
  for (let i = wordStart(content, 0), end = 0; i >= 0; i = wordStart(content, end)) {
    end = wordEnd(content, i);
    if (++words > 10) return false;
    if (end - i <= SMALL_WORD_MAX && SMALL_WORDS.has(content.slice(i, end).toLowerCase())) continue;
    counted++;
    if ((classAt(content, i) & (UPPER | NUMBER)) !== 0) big++;
  }
  if (words === 0 || /[.!?]\s+\p{Lu}/u.test(content)) return false;
  return counted > 0 && big / counted >= 0.75 && (counted > 1 || words > 1);
}

/**
 * Whether the quotation `[openTok…]` looks like the title of a work: title-cased words after a work
 * word or a possessive ("CNN’s “New Day”") within the three tokens before it, or followed by ", a
 * biography", ", the film".
 */
export function looksLikeTitle(doc: Doc, openTok: number, closeTok: number, content: string, lo: number): boolean {
  // (The words around it first: they rule out nearly every quotation, and cost less to read.)
  return workAround(doc.tokens, openTok, closeTok, lo) && titleCased(content);
}

/** Whether the words around the quotation `[openTok…closeTok]` name a work (see {@link looksLikeTitle}). */
function workAround(tk: Tokens, openTok: number, closeTok: number, lo: number): boolean {
  for (let i = openTok - 1; i >= lo && i >= openTok - 3; i--) {
    if (tk.isPoss(i)) return i === openTok - 1;
    if (!tk.isWord(i)) continue;
    const w = tk.lowerOf(i);
    if (WORK_WORDS.has(w)) return true;
    if (!tk.isCap(i) && w !== 'the' && w !== 'on' && w !== 'in') break;
  }
  // "the “Avatar” star", "“Broad City” Star Asked …", "the “Off Message” podcast": a role in the
  // work, or the kind of work, follows it.
  if (tk.isWord(closeTok + 1) && (WORK_ROLES.has(tk.lowerOf(closeTok + 1)) || WORK_KINDS.has(tk.lowerOf(closeTok + 1)))) return true;
  if (!tk.is(closeTok + 1, ',') || !tk.has(closeTok + 3)) return false;
  const article = tk.lowerOf(closeTok + 2);
  return (article === 'a' || article === 'the') && WORK_WORDS.has(tk.lowerOf(closeTok + 3));
}

