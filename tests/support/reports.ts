/**
 * Runs one English report rule on a text the way the pipeline does (src/extract.ts: document,
 * quotation spans, context, cues, then every quotation rule, since some report rules read their
 * decisions), and gives its findings as text: `reportOn(text, 'reported-clause')`.
 */
import { english } from '../../src/lang/en/index.js';
import type { EnglishReportName } from '../../src/lang/en/index.js';
import { DEFAULT_SETTINGS } from '../../src/options.js';
import { pairQuotes } from '../../src/quotes/pair.js';
import { runReportRules, type ReportFinding, type ReportRule } from '../../src/reports/finding.js';
import { buildContext, type DocumentContext } from '../../src/sieves/context.js';
import { runRules } from '../../src/sieves/run.js';
import { buildDoc } from '../../src/text/document.js';

/** A finding as text: each content range, the speaker phrase (with its role when it has one) and the cue. */
export interface ReportedText {
  readonly content: readonly string[];
  readonly speaker: string | null;
  readonly cue: string | null;
}

/** The context of `text` after cues and every quotation rule, as the pipeline builds it. */
export function reportContextOf(text: string): DocumentContext {
  const doc = buildDoc(text, english.orthography);
  const spans = pairQuotes(text, doc.paragraphs, english.orthography.elisions);
  const ctx = buildContext(doc, spans, DEFAULT_SETTINGS.lexicon.cueTable, english.isTitle);
  english.findCues(ctx);
  runRules(ctx, DEFAULT_SETTINGS.rules);
  return ctx;
}

/** The English report rule named `name`. */
export function reportRule(name: EnglishReportName): ReportRule {
  const r = english.reports.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no report rule ${name}`);
  return r;
}

/** A finding of `ctx` as text. */
export function reportedText(ctx: DocumentContext, f: ReportFinding): ReportedText {
  const tk = ctx.doc.tokens;
  const text = (first: number, last: number): string => ctx.doc.text.slice(tk.startOf(first), tk.endOf(last));
  return {
    content: f.content.map((r) => text(r.first, r.last)),
    speaker: f.speaker === null ? null : text(f.speaker.first, f.speaker.last),
    cue: f.cue !== null ? text(f.cue.first, f.cue.last) : f.colon !== undefined ? text(f.colon, f.colon) : null,
  };
}

/** Every finding of report rule `name` alone on `text`, as text, in the order the rule gives them. */
export function reportOn(text: string, name: EnglishReportName): ReportedText[] {
  const ctx = reportContextOf(text);
  return reportRule(name).find(ctx).map((f) => reportedText(ctx, f));
}

/** Every finding of all the report rules in their order (runReportRules), with the rule that made each. */
export function reportsOn(text: string): (ReportedText & { readonly rule: string })[] {
  const ctx = reportContextOf(text);
  return runReportRules(ctx, english.reports).map((f) => ({ rule: f.rule, ...reportedText(ctx, f) }));
}
