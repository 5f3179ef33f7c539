/**
 * The document model: paragraphs, tokens and sentence breaks, all as offsets into the one original
 * string. Built once per call and not shared between calls; its typed arrays may be views of
 * memory that the next call reuses (./memory.ts), so nothing may keep a document past its call.
 */
import { OWN_ARRAYS, type ArrayMemory } from './memory.js';

/** A paragraph: a line of text between line breaks, without the break. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** `true` when the line holds only whitespace. */
  readonly blank: boolean;
}

// A token's kind, in the two low bits of its flags: a word, a possessive ’s, or one punctuation
// character; and whether a word starts upper-case.
const WORD = 0;
const POSS = 1;
const PUNCT = 2;
const LOWER_COPY_LIMIT = 8_000_000;
const CAP = 4;

/**
 * The tokens of a document, stored as typed arrays (13 bytes a token) rather than as objects, so
 * that memory stays a small multiple of the text. They are read by index; a token's text and
 * lower-case form are sliced from the document when asked for.
 */
export class Tokens {
  readonly length: number;
  // The whole text lower-cased once, when that keeps every offset (it does but for a few letters
  // such as İ, whose lower case is longer).
  private readonly lowerSource: string;
  // Each token's lower-case form, made the first time it is asked for: the rules ask for the same
  // tokens' again and again (mostly to look them up in word sets, which then finds their hash
  // already computed too).
  private readonly lowers: (string | undefined)[];
  constructor(
    private readonly source: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly paras: Int32Array,
    private readonly flags: Uint8Array,
    /** The language's abbreviations (see {@link Orthography}), for {@link isNamePeriod}. */
    readonly abbreviations: ReadonlySet<string>,
  ) {
    this.length = starts.length;
    // (Above a few million units the copy costs more memory than the per-token lower-casing costs time.)
    const lower = source.length <= LOWER_COPY_LIMIT ? source.toLowerCase() : '';
    this.lowerSource = lower.length === source.length ? lower : '';
    this.lowers = new Array<string | undefined>(this.length);
  }

  // Accessors by index, which allocate nothing (but `textOf` and `lowerOf`, a short string): the
  // rules read tokens through these. The boolean ones are `false` outside `[0, length)` and
  // `lowerOf` is `''`; the others need an index inside it.

  /** Whether `i` is the index of a token. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }
  /** Whether token `i` is a word (letters, digits, joined by - . & ’). */
  isWord(i: number): boolean {
    return this.kind(i) === WORD;
  }
  /** Whether token `i` is a possessive ’s. */
  isPoss(i: number): boolean {
    return this.kind(i) === POSS;
  }
  /** Whether token `i` is a punctuation character. */
  isPunct(i: number): boolean {
    return this.kind(i) === PUNCT;
  }
  /** The kind bits of token `i`, or -1 outside `[0, length)`. */
  private kind(i: number): number {
    const f = this.flags[i];
    return f === undefined ? -1 : f & 3;
  }
  /** Whether token `i` is a word that starts upper-case. */
  isCap(i: number): boolean {
    return ((this.flags[i] ?? 0) & CAP) !== 0;
  }
  /** Whether the text of token `i` is exactly `s` (compared in place). */
  is(i: number, s: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.starts[i]!;
    return this.ends[i]! - start === s.length && this.source.startsWith(s, start);
  }
  /** Length of token `i` in UTF-16 units. */
  lengthOf(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }
  textOf(i: number): string {
    return this.source.slice(this.starts[i]!, this.ends[i]!);
  }
  paraOf(i: number): number {
    return this.paras[i]!;
  }
  startOf(i: number): number {
    return this.starts[i]!;
  }
  endOf(i: number): number {
    return this.ends[i]!;
  }
  /**
   * A 16-bit hash of token `i`'s lower-case text, computed in place (no string is made): equal to
   * {@link lowerHash} of {@link lowerOf}`(i)`. A set of words hashed the same way rules most
   * tokens out before their text is sliced and looked up.
   */
  hashOf(i: number): number {
    return this.lowerSource === '' ? lowerHash(this.lowerOf(i)) : hashUnits(this.lowerSource, this.starts[i]!, this.ends[i]!);
  }
  /**
   * The lower-case text of token `i`; `''` outside `[0, length)`. (An index outside once read the
   * whole text, `slice(undefined, undefined)`, and stored it as a named property "-1" on the
   * cache, which changed the array's hidden class and threw away the optimised code of every rule
   * that reads lower-case forms.)
   */
  lowerOf(i: number): string {
    if (!(i >= 0 && i < this.length)) return '';
    let lower = this.lowers[i];
    if (lower === undefined) {
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      lower = this.lowerSource === '' ? this.source.slice(s, e).toLowerCase() : this.lowerSource.slice(s, e);
      this.lowers[i] = lower;
    }
    return lower;
  }
}

/** The 16-bit hash of a lower-case word that {@link Tokens.hashOf} computes for a token. */
export function lowerHash(word: string): number {
  return hashUnits(word, 0, word.length);
}

/** The 16-bit hash of the code units `[start, end)` of `s`. */
function hashUnits(s: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h & 0xffff;
}

/** A document: the text, its paragraphs and its tokens. */
export interface Doc {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly tokens: Tokens;
  /** For each paragraph, the index of its first token; one more entry for the end. */
  readonly paraTokenStart: readonly number[];
}

/**
 * What the tokenizer needs to know of a language's writing; a language pack supplies it
 * (`src/lang/en/` for English).
 */
export interface Orthography {
  /** Lower-case words whose period does not end a sentence ("mr", "gen", "u.s"). */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Matched against the first eight code units of a word that does not start with an ASCII
   * capital: whether it starts a capitalised name all the same (an upper-case letter of another
   * script, or a lower-case particle joined to a capitalised name: "al-Assad").
   */
  readonly capitalized: RegExp;
  /**
   * Matched against the text after an apostrophe that follows a space: whether it begins a word
   * with an elided letter ("’em", "’til"), so that the apostrophe is no quotation mark.
   */
  readonly elisions: RegExp;
}

/**
 * Splits the text into paragraphs and tokens in one pass over its code units. A paragraph ends at
 * every line break of every convention: CRLF, LF, lone CR, and the Unicode line and paragraph
 * separators. (Line breaks are whitespace and never inside a token, so the tokenizer meets each one
 * between tokens; a paragraph is blank when no token falls in it.) The token arrays come from
 * `memory`.
 */
export function buildDoc(text: string, orthography: Orthography, memory: ArrayMemory = OWN_ARRAYS): Doc {
  const paragraphs: Paragraph[] = [];
  // Grown as needed; news text has about one token per five UTF-16 units.
  let cap = Math.max(16, Math.ceil(text.length / 5));
  let starts = memory.int32s(cap);
  let ends = memory.int32s(cap);
  let paras = memory.int32s(cap);
  let flags = memory.uint8s(cap);
  let n = 0;
  const paraTokenStart: number[] = [0];
  let paraStart = 0;
  let blank = true;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASSES[c]! : charClass(text, i, c);
    if (cls === SPACE_CLASS) {
      if (isLineBreak(c)) {
        paragraphs.push({ index: paragraphs.length, start: paraStart, end: i, blank });
        paraTokenStart.push(n);
        if (c === 13 && i + 1 < len && text.charCodeAt(i + 1) === 10) i++;
        paraStart = i + 1;
        blank = true;
      }
      i++; // (no space is a surrogate: charClass calls every astral character a word or punctuation)
      continue;
    }
    blank = false;
    let e: number;
    let kind: number;
    if (cls === WORD_CLASS) {
      e = wordEnd(text, i);
      kind = WORD;
    } else if ((c === 39 || c === 0x2019) && i + 1 < len && (text.charCodeAt(i + 1) | 32) === 115 && !isWordAt(text, i + 2)) {
      e = i + 2; // a possessive ’s
      kind = POSS;
    } else {
      // (A high surrogate takes its low one with it, never a lone surrogate's neighbour: a line
      // break after one still ends its paragraph.)
      e = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      kind = PUNCT;
    }
    if (n === cap) {
      cap *= 2;
      starts = grow(memory.int32s(cap), starts);
      ends = grow(memory.int32s(cap), ends);
      paras = grow(memory.int32s(cap), paras);
      flags = grow(memory.uint8s(cap), flags);
    }
    starts[n] = i;
    ends[n] = e;
    paras[n] = paragraphs.length;
    flags[n] = kind | (kind === WORD && isCapitalised(text, i, e, c, orthography.capitalized) ? CAP : 0);
    n++;
    i = e;
  }
  paragraphs.push({ index: paragraphs.length, start: paraStart, end: len, blank });
  paraTokenStart.push(n);
  // Views, not copies: copying would double the peak memory of a large text.
  const tokens = new Tokens(text, starts.subarray(0, n), ends.subarray(0, n), paras.subarray(0, n), flags.subarray(0, n), orthography.abbreviations);
  return { text, paragraphs, tokens, paraTokenStart };
}

function isCapitalised(text: string, start: number, end: number, first: number, capitalized: RegExp): boolean {
  if (first >= 65 && first <= 90) return true;
  if (first < 128 && (end - start < 4 || text.charCodeAt(start + 2) !== 45 && text.charCodeAt(start + 3) !== 45)) return false;
  return capitalized.test(text.slice(start, Math.min(end, start + 8)));
}

// Character classes for the tokenizer, computed once per UTF-16 unit and cached:
// letters, marks and digits make words; whitespace separates; anything else is punctuation.
const WORD_CLASS = 1;
const SPACE_CLASS = 2;
const PUNCT_CLASS = 3;
const CLASSES = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/;
// The ASCII range is filled at once, so that the tokenizer's loops read it without a check.
for (let c = 0; c < 128; c++) charClass('', 0, c);

function charClass(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    // An astral code point: classify the whole pair (CJK extensions are letters, emoji are not).
    const cp = text.codePointAt(i)!;
    if (cp === c) return PUNCT_CLASS; // a lone surrogate
    return WORD_RE.test(String.fromCodePoint(cp)) ? WORD_CLASS : PUNCT_CLASS;
  }
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WORD_RE.test(ch) ? WORD_CLASS : SPACE_RE.test(ch) ? SPACE_CLASS : PUNCT_CLASS;
    CLASSES[c] = k;
  }
  return k;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && charClass(text, i, text.charCodeAt(i)) === WORD_CLASS;
}

/**
 * The end of the word that starts at `i`: letters, marks and digits, joined by single hyphens,
 * periods, ampersands or apostrophes (al-Assad, U.S, AT&T, don’t), but not a possessive ’s, which
 * is a token of its own. Each step moves forward, so the scan is linear.
 */
function wordEnd(text: string, i: number): number {
  const len = text.length;
  let j = i;
  for (;;) {
    while (j < len) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (CLASSES[c] !== WORD_CLASS) break;
        j++;
      } else {
        if (charClass(text, j, c) !== WORD_CLASS) break;
        j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
    }
    if (j + 1 >= len) return j;
    const c = text.charCodeAt(j);
    if (c === 45 || c === 46 || c === 38 || c === 0x2010 || c === 0x2011) {
      if (!isWordAt(text, j + 1)) return j;
    } else if (c === 39 || c === 0x2019) {
      if (!isWordAt(text, j + 1)) return j;
      if ((text.charCodeAt(j + 1) | 32) === 115 && !isWordAt(text, j + 2)) return j; // possessive
    } else {
      return j;
    }
    j++;
  }
}

/** `bigger`, with `a` copied to its start. */
function grow<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(bigger: T, a: T): T {
  bigger.set(a);
  return bigger;
}

/**
 * Whether token `i` is the period of an abbreviation or of an initial, which may stand inside a
 * name ("Lt. Gen. Smith", "J. Smith") and does not end a sentence.
 */
export function isNamePeriod(tk: Tokens, i: number): boolean {
  return tk.is(i, '.') && tk.isWord(i - 1) && tk.endOf(i - 1) === tk.startOf(i) && (tk.abbreviations.has(tk.lowerOf(i - 1)) || (tk.lengthOf(i - 1) === 1 && tk.isCap(i - 1)));
}

/** Whether token `i` is a dash: an em dash, an en dash or a hyphen standing alone. */
export const isDash = (tk: Tokens, i: number): boolean => tk.is(i, '—') || tk.is(i, '–') || tk.is(i, '-');

/** Whether a UTF-16 code unit breaks a line (LF, CR, U+2028, U+2029; where {@link buildDoc} ends a paragraph). */
export const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Whether the token at `i` (a `.`, `!`, `?` or `…`) ends a sentence: not the period of an
 * abbreviation or an initial, and followed by the paragraph's end or by an upper-case word, a digit
 * or an opening mark.
 */
export function endsSentence(doc: Doc, i: number): boolean {
  const tk = doc.tokens;
  if (!tk.isPunct(i)) return false;
  const c = doc.text.charCodeAt(tk.startOf(i));
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  if (isNamePeriod(tk, i)) return false;
  const para = tk.paraOf(i);
  let j = i + 1;
  while (j < tk.length && tk.paraOf(j) === para && tk.isPunct(j) && !isOpenerAt(doc, j)) j++;
  if (j >= tk.length || tk.paraOf(j) !== para) return true;
  return tk.isCap(j) || startsWithNumber(doc.text, tk.startOf(j)) || isOpenerAt(doc, j);
}

/** Whether token `i` starts a sentence: the first of its paragraph, or after a sentence's end. */
export function startsSentence(doc: Doc, i: number): boolean {
  return i === doc.paraTokenStart[doc.tokens.paraOf(i)] || (i > 0 && endsSentence(doc, i - 1));
}

// Opening marks and brackets: “ " ‘ ' « „ ( [ ‹
const OPENERS = new Set([0x201c, 34, 0x2018, 39, 0xab, 0x201e, 40, 91, 0x2039]);
/** Whether token `i` is one opening mark or bracket. */
const isOpenerAt = (doc: Doc, i: number): boolean => doc.tokens.lengthOf(i) === 1 && OPENERS.has(doc.text.charCodeAt(doc.tokens.startOf(i)));

const NUMBER_START = /^\p{N}/u;
/** Whether the code point at `offset` is a number (\p{N}: 0-9, other scripts' digits, ½, Ⅻ …). */
export function startsWithNumber(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) return c >= 48 && c <= 57;
  return NUMBER_START.test(String.fromCodePoint(text.codePointAt(offset)!));
}
