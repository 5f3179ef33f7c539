/**
 * Words of a string, found by a scan over code points with their classes cached: what
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*\/u matches, without a regular expression match (and its
 * allocation) per word. Quotations are read this way, and most are long.
 */
import { unitClassifier } from './units.js';

/** Class bit: a letter (\p{L}). */
export const LETTER = 1;
/** Class bit: a number (\p{N}). */
export const NUMBER = 2;
/** Class bit: a combining mark (\p{M}). */
export const MARK = 4;
/** Class bit: an upper-case letter (\p{Lu}). */
export const UPPER = 8;
/** Class bit: a lower-case letter (\p{Ll}). */
export const LOWER = 16;
/** Class bit: a character that joins the parts of a word: ' ’ . - */
export const JOINER = 32;

const unitClass = unitClassifier(classify);

const classOf = (cp: number): number => (cp > 0xffff ? classify(String.fromCodePoint(cp)) : unitClass(cp));

function classify(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (ch === "'" || ch === '’' || ch === '.' || ch === '-' ? JOINER : 0);
}

/** The class bits of the code point at `i` of `s`. */
export const classAt = (s: string, i: number): number => classOf(s.codePointAt(i)!);
/** UTF-16 length of the code point at `i` of `s`. */
export const unitsAt = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** Where the next word of `s` starts, at or after `i`; -1 when there is none. */
export function wordStart(s: string, i: number): number {
  while (i < s.length) {
    if ((classAt(s, i) & (LETTER | NUMBER)) !== 0) return i;
    i += unitsAt(s, i);
  }
  return -1;
}

/** Where the word of `s` that starts at `i` ends. */
export function wordEnd(s: string, i: number): number {
  i += unitsAt(s, i);
  while (i < s.length && (classAt(s, i) & (LETTER | MARK | NUMBER | JOINER)) !== 0) i += unitsAt(s, i);
  return i;
}

/** A word written in capitals, periods and ampersands, as acronyms are ("NATO", "U.N.", "AT&T"). */
export const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
