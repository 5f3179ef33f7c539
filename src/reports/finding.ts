/**
 * Reported speech found by a language's report rules, in tokens: what was said (the content, one
 * or more token ranges), who said it (a speaker phrase, or none for an agentless passive) and the
 * cue that reports it. Language-neutral: a language pack's rules find them (src/lang/en/reports/);
 * src/reports/assemble.ts turns them into public attributions.
 */
import type { CueHit } from '../cues/cues.js';
import type { Phrase } from '../mentions/phrase.js';
import type { SieveContext } from '../sieves/context.js';

/** An inclusive range of token indices. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** One act of reported speech, as a report rule finds it. */
export interface ReportFinding {
  /** The rule that found it. */
  readonly rule: string;
  readonly confidence: number;
  /** The reporting verb or phrase, or `null` (a colon lead-in gives `colon`). */
  readonly cue: CueHit | null;
  /** The token of a colon that introduces the content, when no verb does. */
  readonly colon?: number;
  /** The speaker's phrase, or `null` when the text names none ("it was announced that …"). */
  readonly speaker: Phrase | null;
  /** The content: token ranges in document order (two when it is split around its cue). */
  readonly content: readonly TokenRange[];
}

/**
 * A report rule: finds reported speech of one shape in a whole document. A language pack lists its
 * report rules in the order they run; a finding whose cue an earlier finding already used is dropped.
 */
export interface ReportRule<Name extends string = string> {
  /** The rule's name, as attributions report it ("reported-clause"). */
  readonly name: Name;
  /** How sure this rule is when it fires, in [0, 1]. */
  readonly confidence: number;
  /** What the rule looks for, in a sentence. */
  readonly description: string;
  /** A sentence the rule finds reported speech in. */
  readonly example: string;
  /** Every finding of this shape in the document, in document order. */
  find(ctx: SieveContext): ReportFinding[];
}

/** Declares a report rule, keeping its name as a literal type. */
export const defineReportRule = <Name extends string>(rule: ReportRule<Name>): ReportRule<Name> => rule;

/**
 * Runs `rules` in order over a document: every finding of each, except one whose cue (or colon) an
 * earlier finding used. Returned in document order of content.
 */
export function runReportRules(ctx: SieveContext, rules: readonly ReportRule[]): ReportFinding[] {
  const used = new Set<number>();
  const out: ReportFinding[] = [];
  for (const rule of rules) {
    for (const f of rule.find(ctx)) {
      const key = f.cue !== null ? f.cue.first : f.colon ?? -1;
      if (key >= 0) {
        if (used.has(key)) continue;
        used.add(key);
      }
      out.push(f);
    }
  }
  out.sort((a, b) => a.content[0]!.first - b.content[0]!.first || b.content[b.content.length - 1]!.last - a.content[a.content.length - 1]!.last);
  return out;
}
