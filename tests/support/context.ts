/**
 * Builds the rule context of a text the way the pipeline does (document, quotation spans, cues),
 * so that a test can run one rule on it: `ruleOn(text, 'trailing-cue')`.
 */
import { english } from '../../src/lang/en/index.js';
import { DEFAULT_SETTINGS } from '../../src/options.js';
import { pairQuotes } from '../../src/quotes/pair.js';
import { buildContext, type DocumentContext, type Finding, type Sieve } from '../../src/sieves/context.js';
import { runRules } from '../../src/sieves/run.js';
import { buildDoc } from '../../src/text/document.js';
import type { RuleName } from '../../src/api.js';

/** The context of `text` with its cues found and no rule run yet. */
export function contextOf(text: string): DocumentContext {
  const doc = buildDoc(text, english.orthography);
  const ctx = buildContext(doc, pairQuotes(text, doc.paragraphs, english.orthography.elisions), DEFAULT_SETTINGS.lexicon.cueTable, english.isTitle);
  english.findCues(ctx);
  return ctx;
}

/** The English rule named `name`. */
export function rule(name: RuleName): Sieve {
  const r = english.rules.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no rule ${name}`);
  return r;
}

/** What a finding names, as text: the speaker phrase (or the quotation inherited from) and the cue. */
export interface Named {
  readonly speaker: string | null;
  readonly inherit: number | null;
  readonly cue: string | null;
}

/** A finding of `ctx` as text. */
export function named(ctx: DocumentContext, f: Finding | null): Named | null {
  if (f === null) return null;
  const tk = ctx.doc.tokens;
  const text = (first: number, last: number): string => ctx.doc.text.slice(tk.startOf(first), tk.endOf(last));
  return {
    speaker: 'phrase' in f ? text(f.phrase.first, f.phrase.last) : null,
    inherit: 'inherit' in f ? f.inherit : null,
    cue: f.cue === null ? null : text(f.cue.first, f.cue.last),
  };
}

/**
 * Runs rule `name` alone on quotation `qi` of `text`, after the rules `before` have decided (for
 * rules that build on earlier decisions), and says what it found.
 */
export function ruleOn(text: string, name: RuleName, qi = 0, before: readonly RuleName[] = []): Named | null {
  const ctx = contextOf(text);
  if (before.length > 0) runRules(ctx, before.map(rule));
  if (qi >= ctx.quotes.length) throw new Error(`the text has ${ctx.quotes.length} quotations, not ${qi + 1}`);
  return named(ctx, rule(name).apply(ctx, qi));
}
