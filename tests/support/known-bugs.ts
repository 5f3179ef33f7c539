/**
 * Known bugs in src/ that the property tests let pass until they are fixed, each with its
 * regression fixture in tests/regressions/ (run as it.fails, so it says when the bug is gone:
 * then delete the entry here and the "bug" field there).
 */
import type { Analysis } from '../../src/index.js';

/**
 * sentence-subject takes its subject from the quoted words of an earlier quotation of the same
 * sentence (src/sieves/sentence-subject.ts extends `lo` to that quotation's `leftLo`, which is its
 * opening mark when the quotation opens the sentence): in `“An official warned of delays” and
 * “more.”`, “more.” is attributed to "An official", inside the first quotation. Other rules that
 * inherit that speaker (recent-speaker, same-sentence, continuations) carry the same mention.
 * Fixture: tests/regressions/properties.json, "sentence-subject-inside-earlier-quotation".
 *
 * Returns the mentions ("start:end") of sentence-subject attributions, which the check of
 * speakers outside quotations tolerates.
 */
export function sentenceSubjectMentions(a: Analysis): ReadonlySet<string> {
  return new Set(a.quotes.filter((q) => q.rule === 'sentence-subject' && q.speaker !== null).map((q) => `${q.speaker!.mention.start}:${q.speaker!.mention.end}`));
}
