/**
 * Telling quotations from other text in marks. Titles of works (“This Week,” ‘The X-Files’) are
 * set in marks but no one says them: they are written in title case and stand after a word that
 * names a work or a possessive outlet ("ABC’s “This Week”", "the book “Trump Revealed”").
 */
import type { Doc, Tokens } from '../text/document.js';
import { unitClassifier } from '../text/units.js';

/** Nouns and verbs that introduce the title of a work. */
/** People named by their part in a work, right after its title: "the “Avatar” star". */
const WORK_ROLES = new Set(['star', 'stars', 'actor', 'actress', 'host', 'creator', 'director', 'producer', 'showrunner', 'co-star', 'author', 'writer', 'narrator']);
const WORK_WORDS = new Set([
  'starred', 'starring', 'hosted', 'directed', 'produced', 'aired', 'airing',
  'show', 'program', 'programme', 'book', 'novel', 'memoir', 'biography', 'film', 'movie', 'documentary', 'song', 'album',
  'podcast', 'ad', 'advert', 'advertisement', 'commercial', 'video', 'series', 'episode', 'play', 'musical', 'opera',
  'article', 'essay', 'column', 'op-ed', 'editorial', 'headline', 'magazine', 'newspaper', 'report', 'titled', 'entitled',
  'called', 'named', 'dubbed', 'hat', 'hats', 'shirt', 't-shirt', 'sign', 'signs', 'banner', 'poster', 'slogan', 'hashtag',
  'website', 'blog', 'newsletter', 'broadcast', 'interview', 'segment', 'special', 'anthem', 'poem', 'painting',
  'exhibit', 'exhibition', 'conference', 'summit', 'tour', 'game', 'app', 'bill', 'act', 'law', 'operation', 'initiative',
  'classic', 'sitcom', 'drama', 'comedy', 'thriller', 'bestseller', 'best-seller',
]);
// Kinds of work that may follow a title ("the “Off Message” podcast"; not a "slogan" or a "bill",
// which may follow quoted words).
const WORK_KINDS = new Set(['podcast', 'show', 'program', 'programme', 'series', 'film', 'movie', 'documentary', 'album', 'song', 'episode', 'book', 'novel', 'memoir', 'sitcom']);
// Words that stay lower-case in a title ("Game of Thrones", "Here’s the Thing").
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'is', 'vs']);
const SMALL_WORD_MAX = 4;

// The words of quoted text are what /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/u matches, found by a scan
// over code points with their classes cached (a regex match per word allocated more than
// anything else in the pipeline: every quotation is read this way, and most are long).
const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const UPPER = 8;
const LOWER = 16;
const JOINER = 32;
const unitClass = unitClassifier(classify);

const classOf = (cp: number): number => (cp > 0xffff ? classify(String.fromCodePoint(cp)) : unitClass(cp));

function classify(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (ch === "'" || ch === '’' || ch === '.' || ch === '-' ? JOINER : 0);
}

/** The class bits of the code point at `i`. */
const classAt = (s: string, i: number): number => classOf(s.codePointAt(i)!);
/** UTF-16 length of the code point at `i`. */
const unitsAt = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** Where the next word starts, at or after `i`; -1 when there is none. */
function wordStart(s: string, i: number): number {
  while (i < s.length) {
    if ((classAt(s, i) & (LETTER | NUMBER)) !== 0) return i;
    i += unitsAt(s, i);
  }
  return -1;
}

/** Where the word that starts at `i` ends. */
function wordEnd(s: string, i: number): number {
  i += unitsAt(s, i);
  while (i < s.length && (classAt(s, i) & (LETTER | MARK | NUMBER | JOINER)) !== 0) i += unitsAt(s, i);
  return i;
}

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
