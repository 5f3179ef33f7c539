/**
 * The quotation marks table. Each mark has a family (double or single level) and the role its
 * shape allows: `open` (“ „ « ‘), `close` (” » ’), or `either` (the straight " and ', the doubled
 * apostrophe '' of the NYT archive). Context decides the rest.
 */
import { unitClassifier } from '../text/units.js';

/** Double marks enclose quotations; single marks enclose quotations in headline and British style, or nested ones. */
export type MarkFamily = 'double' | 'single';
/** What a mark's shape allows. */
export type MarkRole = 'open' | 'close' | 'either';

/** One quotation mark in the text. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
  /** Whitespace or an opening bracket before, and a non-space after: it looks like an opening mark. */
  readonly leftFlanking: boolean;
  /** A non-space before, and whitespace or punctuation after: it looks like a closing mark. */
  readonly rightFlanking: boolean;
}

const ROLES: readonly (readonly [number, MarkFamily, MarkRole])[] = ([
  ['“', 'double', 'open'],
  ['”', 'double', 'close'],
  ['"', 'double', 'either'],
  ['„', 'double', 'open'],
  ['‟', 'double', 'open'],
  ['«', 'double', 'open'],
  ['»', 'double', 'close'],
  ['‘', 'single', 'open'],
  ['’', 'single', 'close'],
  ["'", 'single', 'either'],
  ['‚', 'single', 'open'],
  ['‛', 'single', 'open'],
  ['‹', 'single', 'open'],
  ['›', 'single', 'close'],
] as const).map(([ch, family, role]) => [ch.charCodeAt(0), family, role] as const);
// For each UTF-16 code unit, 1 + its index in ROLES, or 0 when it is not a mark.
const MARK_INDEX = new Uint8Array(0x10000);
ROLES.forEach(([code], k) => { MARK_INDEX[code] = k + 1; });

const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;
const LOWER_N = 110;
// Single marks that are never apostrophes: ‘ ‚ ‹ ›
const NEVER_APOSTROPHE = new Set([0x2018, 0x201a, 0x2039, 0x203a]);

// Classes of UTF-16 code units, each decided once by a regular expression and cached. The scan
// reads single code units: half of a surrogate pair is neither space nor word.
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
// Characters after which a mark still opens: brackets, dashes, slashes and other opening marks.
const OPENING_CONTEXT = /[([{\u2014\u2013\-/“‘«„‹"']/;
const IS_SPACE = 1;
const IS_WORD = 2;
const IS_DIGIT = 4;
const IS_OPENING_CONTEXT = 8;
const classOf = unitClassifier((ch) =>
  (SPACE.test(ch) ? IS_SPACE : 0) | (LETTER_OR_DIGIT.test(ch) ? IS_WORD : 0) | (DIGIT.test(ch) ? IS_DIGIT : 0) | (OPENING_CONTEXT.test(ch) ? IS_OPENING_CONTEXT : 0));
// `c` is a code unit, or -1 for none (beyond the paragraph), which counts as a space.
const isSpace = (c: number): boolean => c < 0 || (classOf(c) & IS_SPACE) !== 0;
const isWord = (c: number): boolean => c >= 0 && (classOf(c) & IS_WORD) !== 0;
const isDigit = (c: number): boolean => c >= 0 && (classOf(c) & IS_DIGIT) !== 0;
const isOpeningContext = (c: number): boolean => c >= 0 && (classOf(c) & IS_OPENING_CONTEXT) !== 0;

/**
 * Reads the marks of one paragraph `[start, end)`, leaving out apostrophes: a mark between two
 * letters (Assad’s, don’t), before a digit after a space (’90s), or before an elided word (’em, ’n’):
 * `elisions` matches the start of the text after a mark that begins such a word (see
 * `Orthography.elisions`).
 */
export function scanMarks(text: string, start: number, end: number, elisions: RegExp): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const r = MARK_INDEX[c]!;
    if (r === 0) continue;
    if (c === APOSTROPHE && unitAt(text, start, end, i + 1) === APOSTROPHE) {
      // A run of ASCII apostrophes: two make a double mark (NYT archive style); in a run of three
      // the single mark is the inner one, so it comes last when the run opens and first when it closes.
      let j = i;
      while (j < end && text.charCodeAt(j) === APOSTROPHE) j++;
      const prev = unitAt(text, start, end, i - 1);
      const next = unitAt(text, start, end, j);
      const closing = !isSpace(prev) && (isSpace(next) || !isWord(next));
      const singleAt = (j - i) % 2 === 0 ? -1 : closing ? i : j - 1;
      for (let k = i; k < j; ) {
        const single = k === singleAt;
        const len = single ? 1 : 2;
        marks.push(flank(k, k + len, single ? 'single' : 'double', 'either', prev, next));
        k += len;
      }
      i = j - 1;
      continue;
    }
    const [, family, shape] = ROLES[r - 1]!;
    const prev = unitAt(text, start, end, i - 1);
    const next = unitAt(text, start, end, i + 1);
    if (family === 'single' && !NEVER_APOSTROPHE.has(c)) {
      if (isWord(prev) && isWord(next)) continue; // Assad’s, don’t
      if (isSpace(prev) && isDigit(next)) continue; // ’90s
      if (isSpace(prev) && elisions.test(text.slice(i + 1, Math.min(end, i + 8)))) continue; // ’em, ’n’
      // The second ’ of ’n’.
      const before = i - 2 >= 0 ? text.charCodeAt(i - 2) : -1;
      if (prev === LOWER_N && (before === APOSTROPHE || before === RIGHT_SINGLE) && isSpace(i - 3 >= 0 ? text.charCodeAt(i - 3) : -1)) continue;
    }
    marks.push(flank(i, i + 1, family, shape, prev, next));
  }
  return marks;
}

/** The code unit at `i` if it lies in `[start, end)`, else -1. */
function unitAt(text: string, start: number, end: number, i: number): number {
  return i >= start && i < end ? text.charCodeAt(i) : -1;
}

function flank(start: number, end: number, family: MarkFamily, role: MarkRole, prev: number, next: number): Mark {
  const leftFlanking = !isSpace(next) && (isSpace(prev) || isOpeningContext(prev));
  const rightFlanking = !isSpace(prev) && (isSpace(next) || !isWord(next));
  return { start, end, family, role, leftFlanking, rightFlanking };
}

/** Whether the mark may open a quotation here. */
export function canOpen(m: Mark): boolean {
  if (m.role === 'open') return true;
  if (m.role === 'either') return m.leftFlanking || !m.rightFlanking;
  return m.leftFlanking && !m.rightFlanking; // a closing shape used to open: ”Hello”
}

/** Whether the mark may close a quotation here. */
export function canClose(m: Mark): boolean {
  if (m.role === 'close') return true;
  if (m.role === 'either') return m.rightFlanking || !m.leftFlanking;
  return m.rightFlanking && !m.leftFlanking; // an opening shape used to close: „Hallo“
}
