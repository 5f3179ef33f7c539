/**
 * Adversarial inputs for quote-attribution, shared by bench/adversarial.mjs and
 * tests/adversarial.test.ts: each is built to stress one stage of the pipeline (mark scanning,
 * pairing, paragraph splitting, tokenising, name runs, cue look-ups, clustering) and is compared
 * with ordinary news text of the same length (the seed articles repeated).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The seed articles (read at run time, never copied). */
export const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

/** Ordinary news text of exactly `n` UTF-16 code units: the seed articles repeated, one blank line apart. */
export function newsText(n) {
  const all = SEEDS.join('\n\n') + '\n\n';
  return all.repeat(Math.ceil(n / all.length) || 1).slice(0, n);
}

/** `unit` repeated to exactly `n` code units. */
export function cycle(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Inserts `what(i)` before every `every`-th space of `text` (i counts insertions). */
function sprinkle(text, every, what) {
  let i = 0;
  let k = 0;
  return text.replace(/ /g, () => (++k % every === 0 ? what(i++) + ' ' : ' '));
}

const RTL_SENTENCES = [
  'قال الرئيس السوري بشار الأسد: «هذا يوم تاريخي» في مقابلة مع الصحيفة.',
  '«لن نتراجع عن مواقفنا»، قال المتحدث باسم الحكومة.',
  'אמר ראש העיר: «אנחנו נבנה מחדש את העיר».',
  '«الوضع صعب جداً»، قالت منظمة الصحة العالمية.',
  'He said «the city is free» and left.',
];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇸🇾', '🎉', '❤️', '🧑🏿‍🚀', '✊🏾'];

/**
 * The adversarial cases. `make()` builds the input; `size` is its length in code units (the
 * news baseline has the same length). `expect` says what the result must show besides the
 * invariants every result satisfies.
 */
export const CASES = [
  { name: '100k straight double quotation marks', make: () => '"'.repeat(100_000) },
  { name: '100k curly quotation marks, alternating open and close', make: () => cycle('“”', 100_000) },
  { name: '100k quotation marks of every kind', make: () => cycle('"\'“”„‟«»‘’‚‛‹›', 100_000) },
  { name: 'alternating quotes and apostrophes', make: () => cycle('"\'', 100_000) },
  { name: 'alternating curly quotes and apostrophes between words', make: () => cycle('“it’s ’em” don’t ‘90s’ ', 100_000) },
  { name: 'a 1 MB word', make: () => 'a'.repeat(1_000_000) },
  { name: 'a 1 MB capitalised hyphenated word', make: () => 'A' + cycle('al-Assad', 999_999) },
  { name: '10k paragraphs that each open a quotation and never close it', make: () => '“We will stay here, Ruiz said\n\n'.repeat(10_000) },
  { name: '10k paragraphs that each open a quotation after reporter words and never close it', make: () => 'Ruiz said: “We will stay here and\n\n'.repeat(10_000) },
  { name: '10k levels of nesting', make: () => `He said ${cycle('“a ‘', 20_000)}deep${cycle(' ’ ”', 20_000)} yesterday.` },
  { name: '10k levels of nesting of one kind', make: () => `${'“'.repeat(10_000)}x${'”'.repeat(10_000)} he said.` },
  { name: '50k capitalised names around one cue', make: () => `${'Bashar Assad '.repeat(25_000)}said “We will win,” ${'Jan Egeland '.repeat(25_000)}said.` },
  { name: '50k capitalised names before a trailing cue', make: () => `“We will win,” ${'Smith '.repeat(50_000)}said.` },
  { name: '50k comma-separated names before a cue', make: () => `“We will win,” ${'Smith, '.repeat(50_000)}said.` },
  { name: 'CRLF line endings', make: () => newsText(300_000).replace(/\n/g, '\r\n') },
  { name: 'lone CR line endings', make: () => newsText(300_000).replace(/\n/g, '\r') },
  { name: 'a BOM before news text', make: () => '\ufeff' + newsText(299_999) },
  { name: 'NUL characters in news text', make: () => sprinkle(newsText(300_000), 7, () => '\0') },
  { name: 'lone surrogates in news text', make: () => sprinkle(newsText(300_000), 5, (i) => (i % 2 === 0 ? '\ud800' : '\udfff')) },
  { name: 'combining marks on every letter', make: () => newsText(150_000).replace(/\p{L}/gu, (c) => c + '\u0301') },
  { name: 'right-to-left text with «…» quotes', make: () => cycle(RTL_SENTENCES.join(' ') + '\n\n', 300_000) },
  { name: 'emoji in news text', make: () => sprinkle(newsText(300_000), 3, (i) => EMOJI[i % EMOJI.length]) },
  { name: '50k quotations in one sentence', make: () => cycle('“a” ', 200_000) },
  { name: '10k titles of works in one sentence before a quotation', make: () => `${cycle('the book “Big Ideas” and ', 250_000)}Ruiz said “we will win.”` },
  { name: '20k colon lead-ins in one paragraph', make: () => cycle('A: “b” ', 140_000) },
  { name: '100k line breaks of mixed conventions', make: () => cycle('\r\n\n\r\u2028\u2029', 100_000) },
];
