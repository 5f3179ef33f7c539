/**
 * Scoring against gold annotations, with the matching of the project's reference scorer:
 *
 * - a quotation is cut into segments at line breaks (marks and spaces trimmed from each piece,
 *   pieces without a letter or digit dropped), so a quotation over several paragraphs counts once
 *   per paragraph whichever way it is represented;
 * - a predicted and a gold segment match when their overlap covers at least half of each
 *   (one-to-one, greedily by overlap);
 * - a speaker is right when the predicted mention span overlaps the gold speaker span, or when the
 *   names agree (normalised equality with the gold name or the text at its span, or the same head
 *   name: last word without honorifics, for proper names);
 * - gold quotations marked `optional` are neither required nor penalised.
 *
 * Pure functions: the eval command feeds them one document at a time.
 */
import type { Quote } from '../index.js';

/** One gold quotation as given in a gold JSONL line. */
export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly speaker?: string | null;
  readonly speakerStart?: number | null;
  readonly speakerEnd?: number | null;
  readonly optional?: boolean;
}

interface GoldSpeaker {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly span: { start: number; end: number } | null;
}

interface Segment {
  readonly start: number;
  readonly end: number;
}

/** Counts of one document or a whole gold set. */
export interface Counts {
  /** Gold segments that count (optional ones excluded). */
  gold: number;
  /** Predicted segments that count (those matched to optional gold excluded). */
  predicted: number;
  /** Gold segments with a matched prediction. */
  matched: number;
  /** Matched segments whose predicted speaker is right. */
  right: number;
  /** Matched segments whose prediction has a speaker. */
  matchedWithSpeaker: number;
  /** …of which the speaker is right. */
  rightWithSpeaker: number;
  /** Matched segments with exactly the gold boundaries. */
  exact: number;
  /** Per rule (`"(none)"` for unattributed predictions): predicted, matched and right segments. */
  byRule: Record<string, { predicted: number; matched: number; right: number }>;
}

/** Counts of nothing yet, to add documents' counts to with {@link addCounts}. */
export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0, right: 0, matchedWithSpeaker: 0, rightWithSpeaker: 0, exact: 0, byRule: {} };
}

/** Adds `counts` (one document's) to `into` (the running total), rule by rule as well. */
export function addCounts(into: Counts, counts: Counts): void {
  into.gold += counts.gold;
  into.predicted += counts.predicted;
  into.matched += counts.matched;
  into.right += counts.right;
  into.matchedWithSpeaker += counts.matchedWithSpeaker;
  into.rightWithSpeaker += counts.rightWithSpeaker;
  into.exact += counts.exact;
  for (const [rule, ruleCounts] of Object.entries(counts.byRule)) {
    const total = (into.byRule[rule] ??= { predicted: 0, matched: 0, right: 0 });
    total.predicted += ruleCounts.predicted;
    total.matched += ruleCounts.matched;
    total.right += ruleCounts.right;
  }
}

/** White space and quotation marks, trimmed from the ends of segments. */
const MARK = /[\s"'“”‘’«»„‟‹›]/;

/** The segments of [start, end): cut at line breaks, marks and spaces trimmed, empty pieces dropped. */
export function segments(text: string, start: number, end: number): Segment[] {
  const segs: Segment[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      let a = s, b = i;
      while (a < b && MARK.test(text[a]!)) a++;
      while (b > a && MARK.test(text[b - 1]!)) b--;
      if (/[\p{L}\p{N}]/u.test(text.slice(a, b))) segs.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return segs;
}

const overlap = (a: Segment, b: Segment): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A name normalised for comparison: case, apostrophes, spaces, a leading article, a possessive. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^(?:the|a|an) /, '').replace(/'s$/, '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u, (m) => m.slice(0, m.codePointAt(0)! > 0xffff ? 2 : 1));
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sen|senator|rep|gov|governor|president|gen|general|lt|col|prof|sir|lord|lady|rev|judge|justice|secretary|minister|mayor|chairman|chairwoman)\.? /;

/** The head name of a speaker string: "Mr. Hof, the former adviser" → "hof". */
export function headName(n: string): string {
  let h = normalizeName(n.split(/,| who | which /)[0] ?? '');
  while (HONORIFIC.test(h)) h = h.replace(HONORIFIC, '');
  return (h.split(' ').pop() ?? '').replace(/^(?:al|el|ad|as|ash|bin|ibn)-/, '');
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|who|him|her|them)$/i;

interface PredictedSpeaker {
  readonly name: string | null;
  readonly span: Segment | null;
}

/** Whether a predicted speaker is right for a gold quotation's speakers (none: right only when no speaker is predicted). */
export function speakerMatches(pred: PredictedSpeaker | null, golds: readonly GoldSpeaker[]): boolean {
  if (!pred) return golds.length === 0;
  for (const g of golds) {
    if (pred.span && g.span && overlap(pred.span, g.span) > 0) return true;
    if (!pred.name) continue;
    const p = normalizeName(pred.name);
    if (!p) continue;
    for (const a of g.aliases) if (normalizeName(a) === p) return true;
    const properName = /^\p{Lu}/u.test(g.name.trim()) && !PRONOUN.test(g.name.trim());
    const h = headName(g.name);
    if (properName && h.length > 1 && headName(pred.name) === h) return true;
  }
  return false;
}

function goldSpeakers(text: string, q: GoldQuote): GoldSpeaker[] {
  const hasSpan = typeof q.speakerStart === 'number' && typeof q.speakerEnd === 'number';
  if ((q.speaker === null || q.speaker === undefined) && !hasSpan) return [];
  const atSpan = hasSpan ? text.slice(q.speakerStart!, q.speakerEnd!) : null;
  return [{
    name: q.speaker ?? atSpan ?? '',
    aliases: [q.speaker, atSpan].filter((x): x is string => typeof x === 'string' && x.length > 0),
    span: hasSpan ? { start: q.speakerStart!, end: q.speakerEnd! } : null,
  }];
}

/** A line for `--verbose`: a miss, an extra or a wrong speaker. */
export type Miss = string;

/** Scores one document's predictions against its gold quotations. */
export function scoreDocument(id: string, text: string, gold: readonly GoldQuote[], predicted: readonly Quote[], misses?: Miss[]): Counts {
  const c = emptyCounts();
  const goldSegs: (Segment & { q: GoldQuote; speakers: GoldSpeaker[] })[] = [];
  for (const q of gold) {
    const speakers = goldSpeakers(text, q);
    for (const s of segments(text, q.start, q.end)) goldSegs.push({ ...s, q, speakers });
  }
  const predSegs: (Segment & { speaker: PredictedSpeaker | null; rule: string })[] = [];
  for (const q of predicted) {
    const sp = q.speaker ? { name: q.speaker.name, span: { start: q.speaker.mention.start, end: q.speaker.mention.end } } : null;
    for (const s of segments(text, q.start, q.end)) predSegs.push({ ...s, speaker: sp, rule: q.rule ?? '(none)' });
  }
  const pairs: [number, number, number][] = [];
  goldSegs.forEach((g, gi) => predSegs.forEach((p, pi) => {
    const o = overlap(g, p);
    if (o * 2 >= g.end - g.start && o * 2 >= p.end - p.start) pairs.push([o, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) if (!gUsed.has(gi) && !pUsed.has(pi)) { gUsed.set(gi, pi); pUsed.add(pi); }
  const rule = (name: string) => (c.byRule[name] ??= { predicted: 0, matched: 0, right: 0 });
  const show = (s: Segment, n: number) => JSON.stringify(text.slice(s.start, s.end).slice(0, n));
  goldSegs.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    if (g.q.optional) return;
    c.gold++;
    if (pi === undefined) { misses?.push(`${id}: missed  ${show(g, 70)}`); return; }
    const p = predSegs[pi]!;
    c.matched++;
    c.predicted++;
    const r = rule(p.rule);
    r.predicted++;
    r.matched++;
    if (p.start === g.start && p.end === g.end) c.exact++;
    const ok = speakerMatches(p.speaker, g.speakers);
    if (p.speaker) { c.matchedWithSpeaker++; if (ok) c.rightWithSpeaker++; }
    if (ok) { c.right++; r.right++; }
    else misses?.push(`${id}: speaker ${JSON.stringify(p.speaker?.name ?? null)} should be ${JSON.stringify(g.speakers[0]?.name ?? null)} for ${show(g, 50)}`);
  });
  predSegs.forEach((p, pi) => {
    if (pUsed.has(pi)) return;
    c.predicted++;
    rule(p.rule).predicted++;
    misses?.push(`${id}: extra   ${show(p, 70)} (${JSON.stringify(p.speaker?.name ?? null)})`);
  });
  return c;
}

/**
 * Precision, recall and F1 of `truePositives` among `predicted` predictions and `gold` gold items
 * (0 where a denominator is 0). The keys `p`, `r` and `f1` are those of `eval --json`.
 *
 * @example
 * ```ts
 * precisionRecallF1(3, 4, 6) // { p: 0.75, r: 0.5, f1: 0.6 }
 * ```
 */
export function precisionRecallF1(truePositives: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const precision = predicted ? truePositives / predicted : 0, recall = gold ? truePositives / gold : 0;
  return { p: precision, r: recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
