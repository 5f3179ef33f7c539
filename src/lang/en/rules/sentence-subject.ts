/**
 * sentence-subject: a quotation inside a sentence with no reporting verb belongs to the sentence's
 * subject when that is a person or organisation (a pronoun, a name, a role).
 *   Hillary Clinton took aim at the GOP for “turning its back” on working families.
 */
import { PRONOUNS, ROLE_NOUNS } from '../lexicon/words.js';
import { defineRule } from '../../../sieves/context.js';
import { reporterSubject } from '../grammar/subjects.js';
import { sentenceStartOf } from './shared.js';

export const sentenceSubjectSieve = defineRule({
  name: 'sentence-subject',
  confidence: 0.55,
  description: 'A quotation in a sentence without a reporting verb: the sentence’s subject, when it names a person, organisation or role.',
  example: 'Hillary Clinton took aim at the GOP for “turning its back” on working families.',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const lo = sentenceStartOf(ctx, qi);
    if (lo >= q.openTok) return null;
    // The subject is the reporter's: never words inside an earlier quotation of the sentence.
    const p = reporterSubject(ctx, lo, q.openTok - 1);
    if (p === null) return null;
    const tk = ctx.doc.tokens;
    const head = tk.lowerOf(p.last);
    if (p.first === p.last && PRONOUNS.has(head)) return head === 'it' || head === 'which' || head === 'who' ? null : { phrase: p, cue: null };
    if (!tk.isCap(p.last)) return ROLE_NOUNS.has(head) ? { phrase: p, cue: null } : null;
    let caps = 0;
    for (let i = p.first; i <= p.last; i++) if (tk.isCap(i)) caps++;
    return caps >= 2 || ctx.isKnownName(head) ? { phrase: p, cue: null } : null;
  },
});
