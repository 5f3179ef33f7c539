/**
 * The quotation marks table. Each mark has a family (double or single level) and the role its
 * shape allows: `open` (“ „ « ‘), `close` (” » ’), or `either` (the straight " and ', the doubled
 * apostrophe '' of the NYT archive). Context decides the rest.
 */

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

const ROLE: Readonly<Record<string, readonly [MarkFamily, MarkRole]>> = {
  '“': ['double', 'open'],
  '”': ['double', 'close'],
  '"': ['double', 'either'],
  '„': ['double', 'open'],
  '‟': ['double', 'open'],
  '«': ['double', 'open'],
  '»': ['double', 'close'],
  '‘': ['single', 'open'],
  '’': ['single', 'close'],
  "'": ['single', 'either'],
  '‚': ['single', 'open'],
  '‛': ['single', 'open'],
  '‹': ['single', 'open'],
  '›': ['single', 'close'],
};

/** Every character that may be a quotation mark, for a one-pass scan. */
export const MARK_CHARS = /["'“”„‟«»‘’‚‛‹›]/g;

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
// Characters after which a mark still opens: brackets, dashes, slashes and other opening marks.
const OPENING_CONTEXT = /[([{\u2014\u2013\-/“‘«„‹"']/;
// Words that begin with an elided letter: ’em, ’til, ’tis, ’cause, ’n’.
const ELISIONS = /^(?:em|til|tis|twas|cause|bout|n)(?![\p{L}\p{N}])/iu;

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
const isWord = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/**
 * Reads the marks of one paragraph `[start, end)`, leaving out apostrophes: a mark between two
 * letters (Assad’s, don’t), before a digit after a space (’90s), or before an elided word (’em, ’n’).
 */
export function scanMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  const slice = text.slice(start, end);
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(slice); m !== null; m = MARK_CHARS.exec(slice)) {
    const i = start + m.index;
    const ch = m[0];
    if (ch === "'" && i + 1 < end && text[i + 1] === "'") {
      // A run of ASCII apostrophes: '' is a double mark (NYT archive style); in ''' the single mark
      // is the inner one, so it comes last when the run opens and first when it closes.
      let j = i;
      while (j < end && text[j] === "'") j++;
      MARK_CHARS.lastIndex = j - start;
      const prev = i > start ? text[i - 1] : undefined;
      const next = j < end ? text[j] : undefined;
      const closing = !isSpace(prev) && (isSpace(next) || !isWord(next));
      const n = j - i;
      const singleAt = n % 2 === 0 ? -1 : closing ? i : j - 1;
      for (let k = i; k < j; ) {
        const single = k === singleAt;
        const len = single ? 1 : 2;
        marks.push(flank(k, k + len, single ? 'single' : 'double', 'either', prev, next));
        k += len;
      }
      continue;
    }
    const [family, role] = ROLE[ch]!;
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (family === 'single' && ch !== '‘' && ch !== '‚' && ch !== '‹' && ch !== '›') {
      if (isWord(prev) && isWord(next)) continue; // Assad’s, don’t
      if (isSpace(prev) && next !== undefined && DIGIT.test(next)) continue; // ’90s
      if (isSpace(prev) && ELISIONS.test(text.slice(i + 1, Math.min(end, i + 8)))) continue; // ’em, ’n’
      if (prev === 'n' && text[i - 2] !== undefined && /['’]/.test(text[i - 2]!) && isSpace(text[i - 3])) continue; // the second ’ of ’n’
    }
    marks.push(flank(i, i + 1, family, role, prev, next));
  }
  return marks;
}

function flank(start: number, end: number, family: MarkFamily, role: MarkRole, prev: string | undefined, next: string | undefined): Mark {
  const leftFlanking = !isSpace(next) && (isSpace(prev) || OPENING_CONTEXT.test(prev!));
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
