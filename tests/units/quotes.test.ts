/**
 * Unit tests of the quotation stage (src/quotes): which characters are marks and which are
 * apostrophes, how marks flank words, which may open and close, how pairQuotes pairs them into
 * spans (nesting, unterminated quotations, quotations over several paragraphs, single marks), and
 * the tests that tell titles and utterances apart. Exact values, so that mutation testing
 * (npm run mutation) can see a changed condition.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { looksLikeTitle, titleCased } from '../../src/lang/en/grammar/titles.js';
import { utteranceLike } from '../../src/quotes/classify.js';
import { canClose, canOpen, scanMarks, type Mark } from '../../src/quotes/marks.js';
import { pairQuotes } from '../../src/quotes/pair.js';
import { buildDoc } from '../../src/text/document.js';

const marks = (text: string): Mark[] => scanMarks(text, 0, text.length, english.orthography.elisions);
const at = (text: string): [number, number, string, string][] => marks(text).map((m) => [m.start, m.end, m.family, m.role]);
const flanks = (text: string): [boolean, boolean][] => marks(text).map((m) => [m.leftFlanking, m.rightFlanking]);
const spans = (text: string): [number, number, boolean, string, number, number][] =>
  pairQuotes(text, buildDoc(text, english.orthography).paragraphs, english.orthography.elisions).map((s) => [s.start, s.end, s.closed, s.family, s.firstPara, s.lastPara]);

describe('scanMarks: marks and apostrophes', () => {
  it('gives each mark its family and role', () => {
    expect(at('“”"„‟«»')).toEqual([
      [0, 1, 'double', 'open'], [1, 2, 'double', 'close'], [2, 3, 'double', 'either'], [3, 4, 'double', 'open'],
      [4, 5, 'double', 'open'], [5, 6, 'double', 'open'], [6, 7, 'double', 'close'],
    ]);
    expect(at(' ‘ ’ \' ‚ ‛ ‹ › ')).toEqual([
      [1, 2, 'single', 'open'], [3, 4, 'single', 'close'], [5, 6, 'single', 'either'], [7, 8, 'single', 'open'],
      [9, 10, 'single', 'open'], [11, 12, 'single', 'open'], [13, 14, 'single', 'close'],
    ]);
  });
  it('leaves out apostrophes between letters, before a year after a space, and before elided words', () => {
    for (const t of ['Assad’s', "don't", 'o’clock', 'in the ’90s', "in the '90s", 'rock ’n’ roll', "rock 'n' roll", 'get ’em', 'wait ’til', '’tis', '’twas', '’cause', '’bout'])
      expect(at(t), t).toEqual([]);
  });
  it('keeps a mark before a word that only begins like an elision', () => {
    expect(at('the ’embassy’')).toEqual([[4, 5, 'single', 'close'], [12, 13, 'single', 'close']]);
    expect(at('the ’tilde’')).toHaveLength(2);
  });
  it('keeps the marks of a plural possessive and of quotations of digits', () => {
    expect(at('the troops’ arms')).toEqual([[10, 11, 'single', 'close']]);
    expect(at('“90%”')).toEqual([[0, 1, 'double', 'open'], [4, 5, 'double', 'close']]);
  });
  it('reads doubled apostrophes as a double mark, and a third as the inner single mark', () => {
    expect(at("''Hi,'' he said")).toEqual([[0, 2, 'double', 'either'], [5, 7, 'double', 'either']]);
    expect(at(" '''Hi")).toEqual([[1, 3, 'double', 'either'], [3, 4, 'single', 'either']]);
    expect(at("Hi''' ")).toEqual([[2, 3, 'single', 'either'], [3, 5, 'double', 'either']]);
    expect(at("''''")).toEqual([[0, 2, 'double', 'either'], [2, 4, 'double', 'either']]);
  });
  it('reads only the paragraph it is given, with offsets into the whole text', () => {
    const text = 'a “b” c\n“d';
    expect(scanMarks(text, 8, text.length, english.orthography.elisions).map((m) => m.start)).toEqual([8]);
    expect(scanMarks(text, 0, 7, english.orthography.elisions).map((m) => m.start)).toEqual([2, 4]);
    // A neighbour outside [start, end) counts as a space.
    expect(scanMarks(text, 3, 5, english.orthography.elisions).map((m) => [m.leftFlanking, m.rightFlanking])).toEqual([[false, true]]);
  });
});

describe('scanMarks: flanking', () => {
  it('a mark after a space (or the start) and before a word opens; after a word and before a space closes', () => {
    expect(flanks('"a')).toEqual([[true, false]]);
    expect(flanks(' "a')).toEqual([[true, false]]);
    expect(flanks('a" ')).toEqual([[false, true]]);
    expect(flanks('a"')).toEqual([[false, true]]);
    expect(flanks('a".')).toEqual([[false, true]]);
  });
  it('a mark between two words flanks neither side; between two spaces neither', () => {
    expect(flanks('a"b')).toEqual([[false, false]]);
    expect(flanks(' " ')).toEqual([[false, false]]);
  });
  it('opens after brackets, dashes, slashes and other opening marks', () => {
    for (const p of ['(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '„', '‹']) expect(flanks(`${p}"a`).at(-1), p).toEqual([true, false]);
    expect(flanks('."a')).toEqual([[false, false]]);
  });
});

describe('canOpen and canClose', () => {
  const m = (role: Mark['role'], leftFlanking: boolean, rightFlanking: boolean): Mark => ({ start: 0, end: 1, family: 'double', role, leftFlanking, rightFlanking });
  it('an opening shape always opens, and closes only when it flanks the right side alone', () => {
    expect([canOpen(m('open', false, false)), canOpen(m('open', false, true))]).toEqual([true, true]);
    expect([canClose(m('open', false, true)), canClose(m('open', true, true)), canClose(m('open', false, false)), canClose(m('open', true, false))]).toEqual([true, false, false, false]);
  });
  it('a closing shape always closes, and opens only when it flanks the left side alone', () => {
    expect([canClose(m('close', false, false)), canClose(m('close', true, false))]).toEqual([true, true]);
    expect([canOpen(m('close', true, false)), canOpen(m('close', true, true)), canOpen(m('close', false, false)), canOpen(m('close', false, true))]).toEqual([true, false, false, false]);
  });
  it('a straight mark opens unless it flanks only the right side, and closes unless it flanks only the left side', () => {
    expect([canOpen(m('either', true, false)), canOpen(m('either', false, false)), canOpen(m('either', true, true)), canOpen(m('either', false, true))]).toEqual([true, true, true, false]);
    expect([canClose(m('either', false, true)), canClose(m('either', false, false)), canClose(m('either', true, true)), canClose(m('either', true, false))]).toEqual([true, true, true, false]);
  });
});

describe('pairQuotes', () => {
  it('pairs double marks into closed spans with the words inside', () => {
    const text = '“a” b “c d”';
    const s = pairQuotes(text, buildDoc(text, english.orthography).paragraphs, english.orthography.elisions);
    expect(s.map((x) => [x.start, x.end, x.contentStart, x.contentEnd, x.closed, x.family])).toEqual([[0, 3, 1, 2, true, 'double'], [6, 11, 7, 10, true, 'double']]);
  });
  it('keeps nested quotations inside their outer one', () => {
    expect(spans('“a ‘b’ c” d')).toEqual([[0, 9, true, 'double', 0, 0]]);
    expect(spans('“a “b” c” d')).toEqual([[0, 9, true, 'double', 0, 0]]);
  });
  it('ends an unterminated quotation at its paragraph end, trailing spaces left out', () => {
    const text = 'He said “a b  \nnext';
    const s = pairQuotes(text, buildDoc(text, english.orthography).paragraphs, english.orthography.elisions);
    expect(s.map((x) => [x.start, x.end, x.contentEnd, x.closed])).toEqual([[8, 12, 12, false]]);
  });
  it('continues a quotation whose next paragraph opens with a double mark, over blank lines', () => {
    expect(spans('“a\n“b” c')).toEqual([[0, 6, true, 'double', 0, 1]]);
    expect(spans('“a\n\n  “b” c')).toEqual([[0, 9, true, 'double', 0, 2]]);
    expect(spans('“a\r\n“b\r\nc')).toEqual([[0, 6, false, 'double', 0, 1]]);
  });
  it('does not continue into a paragraph that does not open with a double mark', () => {
    expect(spans('“a\nb “c”')).toEqual([[0, 2, false, 'double', 0, 0], [5, 8, true, 'double', 1, 1]]);
    expect(spans('“a\n‘b’')).toEqual([[0, 2, false, 'double', 0, 0], [3, 6, true, 'single', 1, 1]]);
    expect(spans('“a\nb”')).toEqual([[0, 2, false, 'double', 0, 0]]);
    // A closing shape that opens a paragraph may open (”Hello”): the quotation continues.
    expect(spans('“a\n”b')).toEqual([[0, 5, false, 'double', 0, 1]]);
  });
  it('pairs single marks outside double quotations', () => {
    expect(spans("He said 'no' today")).toEqual([[8, 12, true, 'single', 0, 0]]);
    expect(spans('He said ‘no’ and “yes”')).toEqual([[8, 12, true, 'single', 0, 0], [17, 22, true, 'double', 0, 0]]);
  });
  it('takes double quotations inside a single one as nested (British style)', () => {
    expect(spans('‘a “b” c’ d')).toEqual([[0, 9, true, 'single', 0, 0]]);
  });
  it('does not close a single quotation at a possessive that does not flank the right', () => {
    expect(spans('‘the troops’s’ x')).toEqual([[0, 14, true, 'single', 0, 0]]);
    expect(spans('the troops’ arms')).toEqual([]);
  });
  it('uses a closing shape to open and an opening shape to close when the flanking says so', () => {
    expect(spans('”Hello” he said')).toEqual([[0, 7, true, 'double', 0, 0]]);
    expect(spans('„Hallo“ sagte er')).toEqual([[0, 7, true, 'double', 0, 0]]);
  });
  it('ignores a closing mark with nothing open, and blank paragraphs', () => {
    expect(spans('a” b\n\n   \n')).toEqual([]);
  });
});

describe('titles and utterances', () => {
  it('titleCased: short, mostly capitalised words without a sentence inside', () => {
    expect(titleCased('The X-Files')).toBe(true);
    expect(titleCased('Game of Thrones')).toBe(true);
    expect(titleCased('This Week')).toBe(true);
    expect(titleCased('Syria')).toBe(false);
    expect(titleCased('the')).toBe(false);
    expect(titleCased('we will win')).toBe(false);
    expect(titleCased('One Two Three Four Five Six Seven Eight Nine Ten Eleven')).toBe(false);
    expect(titleCased('It Is. Over Now')).toBe(false);
    expect(titleCased('Big Red dog')).toBe(false);
    expect(titleCased('Big Red Dog house')).toBe(true);
  });
  it('utteranceLike: a clause of six words, or a lower-case fragment of three', () => {
    expect(utteranceLike('We will win the war in the end')).toBe(true);
    expect(utteranceLike('a fight from start to finish')).toBe(true);
    expect(utteranceLike('heart-breaking')).toBe(false);
    expect(utteranceLike('eliminated all terrorists')).toBe(true);
    expect(utteranceLike('Eliminated All Terrorists')).toBe(false);
    expect(utteranceLike('Eliminated all terrorists')).toBe(false);
    expect(utteranceLike('16/12/2016 6:58 AM AEDT Updated')).toBe(false);
    expect(utteranceLike('One Two Three Four Five six seven')).toBe(true);
    expect(utteranceLike('One Two Three Four Five Six seven')).toBe(false);
    expect(utteranceLike('')).toBe(false);
    expect(utteranceLike('… and so on')).toBe(true);
  });
  it('read words as /[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\'’.-]*/u does (random mixes of letters, marks, digits, joiners, astral and lone surrogates)', () => {
    // The definitions, with regexes (the code scans code points instead, allocating nothing per word).
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
    const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'is', 'vs']);
    const titleRef = (c: string): boolean => {
      const words = c.match(WORD);
      if (words === null || words.length > 10 || /[.!?]\s+\p{Lu}/u.test(c)) return false;
      const counted = words.filter((w) => !SMALL.has(w.toLowerCase()));
      const big = counted.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
      return counted.length > 0 && big / counted.length >= 0.75 && (counted.length > 1 || words.length > 1);
    };
    const utteranceRef = (c: string): boolean => {
      const words = c.match(WORD) ?? [];
      let lettered = 0;
      let lower = 0;
      for (const w of words) {
        if (/\p{L}/u.test(w)) lettered++;
        if (/^\p{Ll}/u.test(w)) lower++;
        if (lettered >= 6 && lower >= 2) return true;
      }
      return lettered >= 3 && lower >= 2 && /^\P{L}*\p{Ll}/u.test(c);
    };
    const units = ['a', 'The', 'of', 'É', 'ß', 'x', 'Ab', '7', '\u0301', "'", '’', '.', '-', ' ', ' ', ', ', '! ', 'Ⅻ', '\u{1D400}', '\u{10428}', '\u{1F600}', '\ud800', '\udc00', '“'];
    let seed = 11;
    const next = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    for (let round = 0; round < 2000; round++) {
      let c = '';
      for (let k = next() % 25; k > 0; k--) c += units[next() % units.length];
      expect(titleCased(c), JSON.stringify(c)).toBe(titleRef(c));
      expect(utteranceLike(c), JSON.stringify(c)).toBe(utteranceRef(c));
    }
  });
  it('looksLikeTitle: title-cased words after a work word or a possessive, or before ", the film"', () => {
    const check = (text: string): boolean => {
      const doc = buildDoc(text, english.orthography);
      const s = pairQuotes(text, doc.paragraphs, english.orthography.elisions)[0]!;
      const open = doc.tokens.length === 0 ? 0 : [...Array(doc.tokens.length).keys()].find((i) => doc.tokens.startOf(i) >= s.start)!;
      let close = open;
      while (close + 1 < doc.tokens.length && doc.tokens.endOf(close + 1) <= s.end) close++;
      return looksLikeTitle(doc, open, close, text.slice(s.contentStart, s.contentEnd), 0);
    };
    expect(check('He appeared on the show “This Week” today.')).toBe(true);
    expect(check('He appeared on ABC’s “This Week” today.')).toBe(true);
    expect(check('He said “This Week” today.')).toBe(false);
    expect(check('He wrote “Trump Revealed”, the book about him.')).toBe(true);
    expect(check('He wrote “Trump Revealed”, a biography.')).toBe(true);
    expect(check('He wrote “Trump Revealed”, a man.')).toBe(false);
    expect(check('the book about “we will win” today')).toBe(false);
    expect(check('the show on Sunday “This Week”')).toBe(true);
    expect(check('the show is really “This Week”')).toBe(false);
  });
});
