/**
 * fast-check arbitraries for quote-attribution: arbitrary Unicode (graphemes, code points, lone
 * surrogates), strings over the characters the pipeline cares about, and news-like text built from
 * the sentences of the seed articles (seeds/*.txt) spliced with quotation marks, apostrophes, line
 * breaks of every convention, cue words, pronouns and names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

/** The seed articles, read at run time (never copied into the tests). */
export const SEED_ARTICLES: readonly string[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

/** The seed articles' sentences (split at . ! ? followed by a space, and at line breaks). */
export const SEED_SENTENCES: readonly string[] = SEED_ARTICLES.flatMap((a) => a.split(/(?<=[.!?])\s+|\r?\n+/)).map((s) => s.trim()).filter((s) => s.length > 0);
/** The seed articles' words. */
export const SEED_WORDS: readonly string[] = [...new Set(SEED_ARTICLES.flatMap((a) => a.split(/\s+/)).filter((w) => w.length > 0))];

export const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', "''", '‟', '‚', '‹', '›'] as const;
export const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029'] as const;
export const CUES = ['said', 'says', 'told', 'according to', 'added', 'According to', 'Said', 'saying', 'reported', 'called', 'wrote', 'asked'] as const;
export const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'He', 'She', 'They', 'It', 'who', 'which', 'I', 'you'] as const;
export const NAMES = [
  'Assad', 'Bashar al-Assad', 'Syrian President Bashar al-Assad', 'Jan Egeland', 'Sonia Khush', 'UN chief Ban Ki-moon',
  'the official', 'an official', 'Reuters', 'the Japan Times', 'the World Health Organisation', 'WHO', 'J. Smith', 'Lt. Gen. Smith',
  'the Syrian army’s general command', 'Smith', 'Mr. Smith', 'Russia', 'officials', 'the newspaper',
] as const;
export const APOSTROPHES = ['’s', "'s", 'don’t', "don't", '’90s', '’em', 'rock ’n’ roll', 'troops’', "troops'", 'Assad’s', 'o’clock'] as const;
export const PUNCTUATION = [',', '.', ':', ';', '!', '?', '…', ' — ', ' – ', ' - ', '(', ')', '[', ']', ' ', '  ', '\t'] as const;

/** Every UTF-16 code unit, so lone (half) surrogates appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** A lone high or low surrogate. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Arbitrary Unicode strings of several kinds. */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: fc.oneof(codeUnit, loneSurrogate, fc.constantFrom(...QUOTE_MARKS, ...LINE_BREAKS, ' ', 'a', 'A')), maxLength: 200 }),
);

/** Strings over a small alphabet of marks, letters, spaces and breaks: the pairing and flanking logic's corner cases. */
export const markSoup: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(
    ...QUOTE_MARKS, ...LINE_BREAKS, ' ', ' ', 'a', 'A', 's', 'n', 'S', '1', '9', '.', ',', ':', '!', '?', '(', '-', '—', '\u0301', '😀', '\ufeff', '\0', '\ud800', '\udc00',
  ),
  maxLength: 80,
});

/** Pieces of reporter text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...APOSTROPHES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const separator = fc.constantFrom('', ' ', ' ', ' ', '\n', '\r\n');

/** News-like text: seed sentences, marks, breaks, cues, pronouns and names in random order. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Quotation-shaped news sentences: ‹name› ‹cue› ‹mark› sentence ‹mark›, and the other orders. */
const quoted: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...QUOTE_MARKS),
    fc.constantFrom(...SEED_SENTENCES),
    fc.constantFrom(...QUOTE_MARKS, ''),
    fc.constantFrom(...NAMES, ...PRONOUNS),
    fc.constantFrom(...CUES),
    fc.constantFrom(...LINE_BREAKS, ' ', ''),
    fc.nat({ max: 3 }),
  )
  .map(([open, s, close, who, cue, br, shape]) => {
    switch (shape) {
      case 0: return `${open}${s}${close} ${who} ${cue}.${br}`;
      case 1: return `${who} ${cue}: ${open}${s}${close}${br}`;
      case 2: return `${open}${s},${close} ${cue} ${who}.${br}`;
      default: return `${open}${s}${br}`;
    }
  });

/** Sequences of quotation-shaped sentences, as paragraphs. */
export const quotedNews: fc.Arbitrary<string> = fc
  .array(fc.oneof(quoted, piece), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(' '));

/** A seed article with random edits: marks, breaks, cues and names inserted, and ranges deleted. */
export const editedArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SEED_ARTICLES),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 12 }), fc.oneof(piece, fc.constant(''))), { maxLength: 12 }),
  )
  .map(([article, edits]) => {
    let t = article;
    for (const [where, del, insert] of edits) {
      const at = Math.min(t.length, Math.floor(where * t.length));
      t = t.slice(0, at) + insert + t.slice(at + del);
    }
    return t;
  });

/** Every kind of input the properties run over, news-like text weighted highest. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: unicodeText },
  { weight: 2, arbitrary: markSoup },
  { weight: 3, arbitrary: newsText },
  { weight: 3, arbitrary: quotedNews },
  { weight: 1, arbitrary: editedArticle },
);

/** Anything that is not a string, for the TypeError property. */
export const notAString: fc.Arbitrary<unknown> = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withBoxedValues: true }).filter((v) => typeof v !== 'string');
