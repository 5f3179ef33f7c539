/**
 * The properties every result of quote-attribution must satisfy, for any input string. Shared by
 * tests/properties.test.ts, tests/adversarial.test.ts and the regression fixtures. Each check throws
 * an Error naming the broken property, so it works inside fast-check properties and plain tests.
 */
import { RULES, type Analysis, type Quote, type Span } from '../../src/index.js';

/** Every character that may begin (or end) a quotation, as in src/quotes/marks.ts. */
export const MARK_CHARS = '"\'“”„‟«»‘’‚‛‹›';
export const RULE_NAMES: ReadonlySet<string> = new Set(RULES.map((r) => r.name));
const LINE_BREAK_CHARS = '\n\r\u2028\u2029';
const QUOTE_TYPES = new Set(['direct', 'partial', 'other']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'group', 'description', 'unknown']);
const CUE_KINDS = new Set(['verb', 'phrase', 'colon', 'dash']);

export class PropertyViolation extends Error {
  override name = 'PropertyViolation';
}

function fail(what: string, detail: unknown): never {
  throw new PropertyViolation(`${what}: ${JSON.stringify(detail)}`);
}

function isOffset(n: unknown, text: string): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= text.length;
}

/** A span lies inside the text, is not empty, and its `text` is the slice it covers. */
export function checkSpan(text: string, s: Span, what: string): void {
  if (s === null || typeof s !== 'object') fail(`${what} is not an object`, s);
  if (!isOffset(s.start, text) || !isOffset(s.end, text) || s.start >= s.end) fail(`${what} lies outside the text or is empty`, { start: s.start, end: s.end, length: text.length });
  if (s.text !== text.slice(s.start, s.end)) fail(`${what}.text is not text.slice(start, end)`, { span: s, slice: text.slice(s.start, s.end) });
}

export interface CheckOptions {
  /** Whether the quotes were extracted with `includeUnattributed: true`. */
  readonly includeUnattributed: boolean;
}

/** Checks one quotation on its own. */
export function checkQuote(text: string, q: Quote, opts: CheckOptions, i = 0): void {
  const where = `quote #${i}`;
  if (!isOffset(q.start, text) || !isOffset(q.end, text) || q.start >= q.end) fail(`${where} span lies outside the text or is empty`, { start: q.start, end: q.end, length: text.length });
  const slice = text.slice(q.start, q.end);
  if (!MARK_CHARS.includes(slice[0]!)) fail(`${where} does not start with an opening mark`, { start: q.start, slice: slice.slice(0, 20) });
  // The quoted words follow the opening mark (one character, or two for a doubled apostrophe '').
  const markLen = slice.startsWith("''") && text.startsWith(q.text, q.start + 2) ? 2 : 1;
  if (typeof q.text !== 'string' || !text.startsWith(q.text, q.start + markLen)) fail(`${where}.text does not follow its opening mark`, { start: q.start, text: q.text });
  const contentEnd = q.start + markLen + q.text.length;
  if (contentEnd > q.end) fail(`${where}.text runs past the quotation's end`, { q });
  if (typeof q.closed !== 'boolean') fail(`${where}.closed is not a boolean`, q.closed);
  if (q.closed) {
    // Only the closing mark (one or two characters) stands between the words and the end.
    const closing = text.slice(contentEnd, q.end);
    if (closing.length < 1 || closing.length > 2 || [...closing].some((c) => !MARK_CHARS.includes(c))) fail(`${where} is closed but does not end with a closing mark`, { closing, q });
  } else {
    if (contentEnd !== q.end) fail(`${where} is unterminated but its text does not reach its end`, { q });
    // An unterminated quotation ends at its paragraph's end: only spaces until a line break or the end of the text.
    for (let k = q.end; k < text.length; k++) {
      const c = text[k]!;
      if (LINE_BREAK_CHARS.includes(c)) break;
      if (!/\s/.test(c)) fail(`${where} is unterminated but does not end at its paragraph's end`, { end: q.end, after: text.slice(q.end, q.end + 20) });
    }
    if (/\s/.test(text[q.end - 1]!) && q.end - 1 > q.start) fail(`${where} is unterminated and ends in whitespace`, { q });
  }
  if (!QUOTE_TYPES.has(q.type)) fail(`${where}.type is unknown`, q.type);
  if (typeof q.confidence !== 'number' || !(q.confidence >= 0 && q.confidence <= 1)) fail(`${where}.confidence is outside [0, 1]`, q.confidence);
  if (q.rule !== null && !RULE_NAMES.has(q.rule)) fail(`${where}.rule is not one of RULES`, q.rule);
  if (q.type === 'other') {
    // Text in marks that no one says: only returned when asked for, and never attributed.
    if (!opts.includeUnattributed) fail(`${where} has type "other" although includeUnattributed is off`, q);
    if (q.speaker !== null) fail(`${where} has type "other" but a speaker`, q);
  }
  if (q.speaker === null) {
    if (q.rule !== null || q.cue !== null || q.confidence !== 0) fail(`${where} has no speaker but a rule, cue or confidence`, q);
  } else {
    if (q.rule === null) fail(`${where} has a speaker but no rule`, q);
    if (!(q.confidence > 0)) fail(`${where} has a speaker but confidence 0`, q);
    const s = q.speaker;
    checkSpan(text, s.mention, `${where}.speaker.mention`);
    if (typeof s.name !== 'string' || s.name.length === 0) fail(`${where}.speaker.name is empty`, s);
    if (!SPEAKER_KINDS.has(s.kind)) fail(`${where}.speaker.kind is unknown`, s.kind);
    if (!Number.isInteger(s.entity)) fail(`${where}.speaker.entity is not an integer`, s.entity);
    if (s.title !== null && typeof s.title !== 'string') fail(`${where}.speaker.title is not a string or null`, s.title);
    // The speaker is named in the reporter's words, never inside the quotation itself.
    if (s.mention.start < q.end && s.mention.end > q.start) fail(`${where}.speaker.mention lies inside the quotation`, { q: [q.start, q.end], mention: s.mention });
  }
  if (q.cue !== null) {
    checkSpan(text, q.cue, `${where}.cue`);
    if (!CUE_KINDS.has(q.cue.kind)) fail(`${where}.cue.kind is unknown`, q.cue.kind);
    if (typeof q.cue.lemma !== 'string' || q.cue.lemma.length === 0) fail(`${where}.cue.lemma is empty`, q.cue);
    if (q.cue.start < q.end && q.cue.end > q.start) fail(`${where}.cue lies inside the quotation`, { q: [q.start, q.end], cue: q.cue });
  }
}

/** Checks a result of extractQuotes: each quotation, their order and that they do not overlap. */
export function checkQuotes(text: string, quotes: readonly Quote[], opts: CheckOptions): void {
  if (!Array.isArray(quotes)) fail('the result is not an array', typeof quotes);
  let prevEnd = 0;
  quotes.forEach((q, i) => {
    checkQuote(text, q, opts, i);
    if (q.start < prevEnd) fail(`quote #${i} is out of document order or overlaps the one before`, { prevEnd, start: q.start });
    prevEnd = q.end;
  });
}

/** Checks a result of analyze: its quotations, and that speakers index entities whose mentions lie in the text. */
export function checkAnalysis(text: string, a: Analysis, opts: CheckOptions): void {
  checkQuotes(text, a.quotes, opts);
  a.entities.forEach((e, i) => {
    if (e.id !== i) fail(`entity #${i} has id ${e.id}`, e);
    if (!SPEAKER_KINDS.has(e.kind)) fail(`entity #${i}.kind is unknown`, e.kind);
    e.mentions.forEach((m, k) => checkSpan(text, m, `entity #${i}.mentions[${k}]`));
  });
  a.quotes.forEach((q, i) => {
    if (q.speaker === null) return;
    const e = a.entities[q.speaker.entity];
    if (e === undefined) fail(`quote #${i}.speaker.entity does not index analyze().entities`, { entity: q.speaker.entity, entities: a.entities.length });
    if (e.name !== q.speaker.name || e.kind !== q.speaker.kind) fail(`quote #${i}.speaker disagrees with its entity`, { speaker: q.speaker, entity: e });
  });
}

/**
 * Speakers are named in the reporter's words: every speaker mention, cue and entity mention lies
 * outside every quotation of the text (`analysis` must come from `includeUnattributed: true`, so
 * that it holds every quotation). `tolerated` names mentions ("start:end") of a known bug that the
 * check lets pass until the bug is fixed.
 */
export function checkOutsideQuotations(a: Analysis, tolerated: ReadonlySet<string> = new Set()): void {
  const spans = a.quotes.map((q) => [q.start, q.end] as const);
  const inside = (s: Span): readonly [number, number] | undefined => spans.find(([qs, qe]) => s.start < qe && qs < s.end);
  const key = (s: Span): string => `${s.start}:${s.end}`;
  a.quotes.forEach((q, i) => {
    if (q.speaker !== null && !tolerated.has(key(q.speaker.mention))) {
      const hit = inside(q.speaker.mention);
      if (hit !== undefined) fail(`quote #${i}.speaker.mention lies inside a quotation`, { rule: q.rule, mention: q.speaker.mention, quotation: hit });
    }
    if (q.cue !== null) {
      const hit = inside(q.cue);
      if (hit !== undefined) fail(`quote #${i}.cue lies inside a quotation`, { rule: q.rule, cue: q.cue, quotation: hit });
    }
  });
  a.entities.forEach((e, i) => e.mentions.forEach((m) => {
    if (tolerated.has(key(m))) return;
    const hit = inside(m);
    if (hit !== undefined) fail(`entity #${i} has a mention inside a quotation`, { mention: m, quotation: hit });
  }));
}

/**
 * Checks the attributions of an analysis: every content span lies in the text, is not empty and
 * is its slice; the pieces of a content are in order; attributions are in document order (by
 * their first piece); `quotes` index `a.quotes`, and no quotation belongs to two attributions.
 *
 * Known bug, tolerated until fixed (see the known miss in tests/units/attributions.test.ts): an
 * empty quotation (a lone opening mark at a paragraph's end, 'He said it was over.“\nx') is
 * returned with a speaker, and its direct attribution has an empty content span. Such a piece
 * passes when `toleratedEmptyQuotes` (the default) and the attribution holds an empty quotation.
 */
export function checkAttributions(text: string, a: Analysis, toleratedEmptyQuotes = true): void {
  if (!Array.isArray(a.attributions)) fail('attributions is not an array', typeof a.attributions);
  const owner = new Map<number, number>();
  let prev = 0;
  a.attributions.forEach((x, i) => {
    const where = `attribution #${i}`;
    const pieces: readonly Span[] = Array.isArray(x.content) ? (x.content as readonly Span[]) : [x.content as Span];
    if (pieces.length === 0) fail(`${where} has an empty content`, x);
    const holdsEmpty = toleratedEmptyQuotes && x.form === 'direct' && x.quotes.some((qi: number) => a.quotes[qi]?.text === '');
    pieces.forEach((s, k) => {
      if (holdsEmpty && s.start === s.end && s.text === '' && isOffset(s.start, text)) return;
      checkSpan(text, s, `${where}.content[${k}]`);
      if (k > 0 && s.start < pieces[k - 1]!.end) fail(`${where}.content pieces are out of order or overlap`, pieces);
    });
    if (pieces[0]!.start < prev) fail(`${where} is out of document order`, { prev, start: pieces[0]!.start });
    prev = pieces[0]!.start;
    if (!['direct', 'mixed', 'indirect'].includes(x.form)) fail(`${where}.form is unknown`, x.form);
    if (typeof x.confidence !== 'number' || !(x.confidence >= 0 && x.confidence <= 1)) fail(`${where}.confidence is outside [0, 1]`, x.confidence);
    if (x.speaker !== null) checkSpan(text, x.speaker.mention, `${where}.speaker.mention`);
    if (x.cue !== null) checkSpan(text, x.cue, `${where}.cue`);
    for (const qi of x.quotes) {
      if (!Number.isInteger(qi) || qi < 0 || qi >= a.quotes.length) fail(`${where}.quotes holds an index outside analyze().quotes`, { qi, quotes: a.quotes.length });
      if (owner.has(qi)) fail(`quote #${qi} belongs to attributions #${owner.get(qi)} and #${i}`, { qi });
      owner.set(qi, i);
    }
  });
}
