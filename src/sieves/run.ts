/**
 * The rule runner: every rule in order over every quotation; the first rule that finds a speaker
 * decides. Rules read the context; only the runner writes their decisions into it.
 */
import type { Phrase } from '../mentions/phrase.js';
import type { Decision, DocumentContext, Sieve } from './context.js';

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

/** The phrase that names a quotation's speaker, with the confidence of the decisions that led to it. */
export interface SpeakerPhrase {
  readonly phrase: Phrase;
  readonly confidence: number;
}

/**
 * Follows a quotation's inheritances (same sentence, continuations) to the phrase that names its
 * speaker; the lowest confidence on the way counts. `null` when it has no decision.
 */
export function speakerPhrase(decisions: readonly (Decision | undefined)[], qi: number): SpeakerPhrase | null {
  let confidence = 1;
  let at = qi;
  for (let hops = 0; hops <= decisions.length; hops++) {
    const d = decisions[at];
    if (d === undefined) return null;
    confidence = Math.min(confidence, d.confidence);
    if ('phrase' in d.finding) return { phrase: d.finding.phrase, confidence };
    at = d.finding.inherit;
  }
  return null;
}
