/**
 * Attributions: the public record of every act of reported speech of one window, from the report
 * rules' findings and the window's published quotations.
 *
 * A quotation belongs to the innermost finding whose content holds it (the reporter's clause with
 * a quoted fragment: a mixed attribution); a quotation that no finding holds is a direct
 * attribution of its own, which the quotations that continue it join (“A,” he said, “B.”, and the
 * following paragraphs with no cue of their own). A finding whose content is nothing but
 * quotations with a speaker adds nothing to them.
 */
import type { Attribution, AttributionForm, Quote } from '../api.js';
import type { EntityTable } from '../entities/table.js';
import { cueOfFinding, resolve, roundConfidence, speakerOf, type WindowAnalysis } from '../results.js';
import { spanIn } from '../text/windows.js';
import type { Cue, Span, Speaker } from '../types.js';
import type { ReportFinding } from './finding.js';

/** An attribution as it is assembled, before it is written out. */
interface Draft {
  readonly at: number;
  readonly form: AttributionForm;
  readonly content: Span[];
  readonly speaker: Speaker | null;
  readonly cue: Cue | null;
  readonly quotes: number[];
  readonly rule: Attribution['rule'];
  readonly confidence: number;
}

/**
 * Appends the attributions of window `a` to `out`. `published[qi]` is the index in `quotes` of the
 * window's quotation `qi` (-1 when it was not returned); `findings` are the report rules'.
 */
export function appendAttributions(a: WindowAnalysis, findings: readonly ReportFinding[], quotes: readonly Quote[], published: Int32Array, out: Attribution[], table: EntityTable): void {
  const { ctx, text, window: w } = a;
  const tk = ctx.doc.tokens;
  const at = w.from;
  const nq = ctx.quotes.length;
  // Which findings are kept, which hold quotations, and the innermost one that holds each quotation.
  const owner = new Int32Array(nq).fill(-1);
  const kept: boolean[] = [];
  const mixed: boolean[] = [];
  const inner: (readonly number[])[] = [];
  for (let fi = 0; fi < findings.length; fi++) {
    const f = findings[fi]!;
    let any = false;
    let quoted = true;
    for (const r of f.content) {
      for (let i = r.first; i <= r.last; i++) {
        if (ctx.inQuote[i] === 1) any = true;
        else if (tk.isWord(i)) quoted = false;
      }
    }
    // The quotations inside its content (found by their first token: the list is in order).
    const within = any ? quotesWithin(a, f) : NONE;
    let held = true;
    for (const qi of within) if (published[qi]! < 0 || quotes[published[qi]!]!.speaker === null) held = false;
    // Nothing but quotations that have a speaker: they speak for themselves.
    kept.push(!(any && quoted && held));
    mixed.push(any);
    if (!kept[fi] || !any) { inner.push(NONE); continue; }
    for (const qi of within) {
      const o = owner[qi]!;
      if (o < 0 || size(findings[o]!) > size(f)) owner[qi] = fi;
    }
    inner.push(within);
  }
  const drafts: Draft[] = [];
  for (let fi = 0; fi < findings.length; fi++) {
    if (!kept[fi]) continue;
    const f = findings[fi]!;
    const owned: number[] = [];
    for (const qi of inner[fi]!) if (owner[qi] === fi && published[qi]! >= 0) owned.push(published[qi]!);
    let speaker: Speaker | null = null;
    let confidence = f.confidence;
    if (f.speaker !== null) {
      const resolved = resolve(a, f.speaker, confidence);
      confidence = resolved.confidence;
      speaker = speakerOf(a, f.speaker, resolved.cluster, table);
    }
    const content = f.content.map((r) => spanIn(text, at, tk.startOf(r.first), tk.endOf(r.last)));
    const cue = cueOfFinding(a, f.cue, f.colon);
    drafts.push({ at: content[0]!.start, form: mixed[fi] ? 'mixed' : 'indirect', content, speaker, cue, quotes: owned, rule: f.rule as Attribution['rule'], confidence: roundConfidence(confidence) });
  }
  // Quotations that no finding holds: direct attributions, joined by those that continue them.
  let last: Draft | null = null;
  let lastCue = -1;
  for (let qi = 0; qi < nq; qi++) {
    const pi = published[qi]!;
    if (pi < 0 || owner[qi]! >= 0) continue;
    const quote = quotes[pi]!;
    if (quote.type === 'other') continue;
    const q = ctx.quotes[qi]!;
    const piece = spanIn(text, at, q.span.contentStart, q.span.contentEnd);
    const d = ctx.decisions[qi];
    const cueTok = d === undefined || d.finding.cue === null ? -1 : d.finding.cue.first;
    const continues = last !== null && last.speaker !== null && quote.speaker !== null && last.speaker.entity === quote.speaker.entity &&
      last.speaker.name === quote.speaker.name && d !== undefined && (cueTok < 0 ? 'inherit' in d.finding : cueTok === lastCue);
    if (continues) {
      last!.content.push(piece);
      last!.quotes.push(pi);
      continue;
    }
    const draft: Draft = { at: piece.start, form: 'direct', content: [piece], speaker: quote.speaker, cue: quote.cue, quotes: [pi], rule: quote.rule, confidence: quote.confidence };
    drafts.push(draft);
    // A fragment ("hailing “the liberation of Aleppo”") is an act of its own inside the sentence
    // of a full quotation; what continues goes on with that quotation.
    if (quote.type === 'partial' && last !== null) continue;
    last = draft;
    lastCue = cueTok;
  }
  drafts.sort((x, y) => x.at - y.at);
  for (const d of drafts) {
    if (d.at < w.keepFrom || d.at >= w.keepTo) continue;
    out.push({
      form: d.form,
      content: d.content.length === 1 ? d.content[0]! : d.content,
      speaker: d.speaker,
      cue: d.cue,
      quotes: d.quotes,
      rule: d.rule,
      confidence: d.confidence,
    });
  }
}

const NONE: readonly number[] = [];

/**
 * The quotations that lie inside one range of a finding's content, in order: found from the first
 * whose opening token is in the range (quotations are in order), so the work grows with what the
 * content holds, not with the document.
 */
function quotesWithin(a: WindowAnalysis, f: ReportFinding): number[] {
  const qs = a.ctx.quotes;
  const out: number[] = [];
  for (const r of f.content) {
    let lo = 0;
    let hi = qs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (qs[mid]!.openTok < r.first) lo = mid + 1;
      else hi = mid;
    }
    for (let qi = lo; qi < qs.length && qs[qi]!.openTok <= r.last; qi++) if (qs[qi]!.closeTok <= r.last) out.push(qi);
  }
  return out;
}

/** A finding's content size in tokens. */
function size(f: ReportFinding): number {
  let n = 0;
  for (const r of f.content) n += r.last - r.first + 1;
  return n;
}
