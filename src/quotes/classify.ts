/**
 * Telling quotations from other text in marks. Titles of works (“This Week,” ‘The X-Files’) are
 * set in marks but no one says them: they are written in title case and stand after a word that
 * names a work or a possessive outlet ("ABC’s “This Week”", "the book “Trump Revealed”").
 */
import type { Doc } from '../text/document.js';

/** Nouns and verbs that introduce the title of a work. */
const WORK_WORDS = new Set([
  'show', 'program', 'programme', 'book', 'novel', 'memoir', 'biography', 'film', 'movie', 'documentary', 'song', 'album',
  'podcast', 'ad', 'advert', 'advertisement', 'commercial', 'video', 'series', 'episode', 'play', 'musical', 'opera',
  'article', 'essay', 'column', 'op-ed', 'editorial', 'headline', 'magazine', 'newspaper', 'report', 'titled', 'entitled',
  'called', 'named', 'dubbed', 'hat', 'hats', 'shirt', 't-shirt', 'sign', 'signs', 'banner', 'poster', 'slogan', 'hashtag',
  'website', 'blog', 'newsletter', 'broadcast', 'interview', 'segment', 'special', 'anthem', 'poem', 'painting',
  'exhibit', 'exhibition', 'conference', 'summit', 'tour', 'game', 'app', 'bill', 'act', 'law', 'operation', 'initiative',
]);
// Words that stay lower-case in a title ("Game of Thrones", "Here’s the Thing").
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'is', 'vs']);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Whether the quoted words are written like a title: short, most words capitalised, no sentence inside. */
export function titleCased(content: string): boolean {
  const words = content.match(WORD);
  if (words === null || words.length > 10) return false;
  if (/[.!?]\s+\p{Lu}/u.test(content)) return false;
  let big = 0;
  let counted = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) big++;
  }
  return counted > 0 && big / counted >= 0.75 && (counted > 1 || words.length > 1);
}

/**
 * Whether the quotation `[openTok…]` looks like the title of a work: title-cased words after a work
 * word or a possessive ("CNN’s “New Day”") within the three tokens before it, or followed by ", a
 * biography", ", the film".
 */
export function looksLikeTitle(doc: Doc, openTok: number, closeTok: number, content: string, lo: number): boolean {
  if (!titleCased(content)) return false;
  const tk = doc.tokens;
  for (let i = openTok - 1; i >= lo && i >= openTok - 3; i--) {
    if (tk.isPoss(i)) return i === openTok - 1;
    if (!tk.isWord(i)) continue;
    const w = tk.lowerOf(i);
    if (WORK_WORDS.has(w)) return true;
    if (!tk.isCap(i) && w !== 'the' && w !== 'on' && w !== 'in') break;
  }
  if (!tk.is(closeTok + 1, ',') || !tk.has(closeTok + 3)) return false;
  const article = tk.lowerOf(closeTok + 2);
  return (article === 'a' || article === 'the') && WORK_WORDS.has(tk.lowerOf(closeTok + 3));
}

/**
 * Whether quoted words read as someone's utterance without any cue: a clause of six words or more,
 * or a lower-case fragment of three or more ("a fight from start to finish"). Labels, names and
 * scare-quoted words are shorter.
 */
export function utteranceLike(content: string): boolean {
  // Word by word, stopping as soon as the answer is known (long quotations are the common case).
  let lettered = 0;
  let lower = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(content); m !== null; m = WORD.exec(content)) {
    const w = m[0];
    if (/\p{L}/u.test(w)) lettered++;
    if (/^\p{Ll}/u.test(w)) lower++;
    // A clause has lower-case words ("the", "is"): a date, a name or a title in capitals is not one.
    if (lettered >= 6 && lower >= 2) return true;
  }
  return lettered >= 3 && lower >= 2 && /^\P{L}*\p{Ll}/u.test(content);
}
