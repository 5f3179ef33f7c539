/** The attribution rules and the report rules, in the order they run, as public data. */
import type { RuleName } from './api.js';
import { english, type EnglishReportName } from './lang/en/index.js';

/** A rule's public data, frozen: its name, confidence, description and example (not its code). */
function asInfo<Name extends string>(rule: { readonly name: Name; readonly confidence: number; readonly description: string; readonly example: string }) {
  return Object.freeze({ name: rule.name, confidence: rule.confidence, description: rule.description, example: rule.example });
}

/** One attribution rule: its name (as in {@link Quote.rule}), confidence, what it does and an example. */
export interface RuleInfo {
  /** The rule's name, as it appears in `quote.rule`. */
  readonly name: RuleName;
  /** The confidence given to its attributions, in [0, 1] (lower when a pronoun resolves to nothing). */
  readonly confidence: number;
  /** What the rule looks for. */
  readonly description: string;
  /** A sentence it attributes. */
  readonly example: string;
}

/**
 * The attribution rules in the order they run: for each quotation the first rule that finds a
 * speaker decides. The order is defined in one place, `src/lang/en/index.ts`; an extractor can run
 * a subset or another order (`createExtractor({ rules })`).
 *
 * @example
 * ```ts
 * import { RULES } from 'quote-attribution';
 * for (const r of RULES) console.log(`${r.name} (${r.confidence}): ${r.example}`);
 * ```
 */
export const RULES: readonly RuleInfo[] = Object.freeze(
  english.rules.map(asInfo),
);

/** One report rule: its name (as in {@link Attribution.rule}), confidence, what it does and an example. */
export interface ReportRuleInfo {
  /** The rule's name, as it appears in `attribution.rule`. */
  readonly name: EnglishReportName;
  /** The confidence given to what it finds, in [0, 1] (lower when the speaker resolves to nothing). */
  readonly confidence: number;
  /** What the rule looks for. */
  readonly description: string;
  /** A sentence it finds reported speech in. */
  readonly example: string;
}

/**
 * The report rules, in the order they run: each finds reported speech of one shape (a verb and
 * its clause, "according to", content before its speaker), with or without quotation marks; a cue
 * that an earlier rule used is not used again. Direct quotations that no finding holds are
 * attributed by {@link RULES}. The order is defined in `src/lang/en/index.ts`.
 *
 * @example
 * ```ts
 * import { REPORT_RULES } from 'quote-attribution';
 * for (const r of REPORT_RULES) console.log(`${r.name}: ${r.example}`);
 * ```
 */
export const REPORT_RULES: readonly ReportRuleInfo[] = Object.freeze(
  english.reports.map(asInfo),
);
