/**
 * colon-lead-in: a sentence whose subject introduces the quotation with a colon and no reporting verb.
 *   The newspaper focuses on the attack: “In taking 129 lives …”
 */
import type { Sieve } from './context.js';
import { sentenceSubject } from './helpers.js';

export const colonLeadIn: Sieve = {
  name: 'colon-lead-in',
  confidence: 0.6,
  description: 'A sentence that introduces the quotation with a colon and no reporting verb: its subject.',
  example: 'The newspaper focuses on the attack: “In taking 129 lives …”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const colon = q.openTok - 1;
    if (colon < q.leftLo || !ctx.doc.tokens.is(colon, ':')) return null;
    const p = sentenceSubject(ctx, q.leftLo, colon - 1);
    return p === null ? null : { phrase: p, cue: null, colon };
  },
};
