/**
 * The rule runner: every rule in order over every quotation; the first rule that finds a speaker
 * decides. Rules read the context; only the runner writes their decisions into it.
 */
import type { DocumentContext, Sieve } from './context.js';

/** Runs `rules` in order over the quotations of `ctx`, recording each decision. */
export function runRules(ctx: DocumentContext, rules: readonly Sieve[]): void {
  const { quotes, decisions, decidedInSentence, decidedInParagraph } = ctx;
  for (const rule of rules) {
    for (let qi = 0; qi < quotes.length; qi++) {
      const q = quotes[qi]!;
      if (decisions[qi] !== undefined || q.title) continue;
      const finding = rule.apply(ctx, qi);
      if (finding === null) continue;
      decisions[qi] = { rule: rule.name, confidence: rule.confidence, finding };
      decidedInSentence[q.sentence]!++;
      decidedInParagraph[q.span.lastPara]!++;
    }
  }
}
