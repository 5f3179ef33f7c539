/**
 * quoted-fragment on its own (src/lang/en/reports/quoted-fragment.ts): a quoted fragment inside the
 * reporter's sentence, whose speaker a quotation rule found; the content is the rest of the
 * sentence after the speaker's verb (or after the speaker when no verb reports it).
 */
import { describe, expect, it } from 'vitest';
import { reportOn } from '../../support/reports.js';

const fragment = (text: string) => reportOn(text, 'quoted-fragment');

describe('quoted-fragment', () => {
  it('no verb: the rest of the sentence after the speaker, with no cue', () => {
    expect(fragment('The senator is “not going anywhere.”')).toEqual([{ content: ['is “not going anywhere.”'], speaker: 'The senator', cue: null }]);
  });

  it('after the speaker\'s verb, to the end of the sentence', () => {
    expect(fragment('Sanders vowed to “take our fight” to the 35 states.')).toEqual([{ content: ['to “take our fight” to the 35 states'], speaker: 'Sanders', cue: 'vowed' }]);
    expect(fragment('Holt vowed to “finish the job” before the winter.')).toEqual([{ content: ['to “finish the job” before the winter'], speaker: 'Holt', cue: 'vowed' }]);
  });

  it('"that" after the verb is left out', () => {
    expect(fragment('Councilwoman Pia Ruiz said the plan was “dead on arrival.”')).toEqual([{ content: ['the plan was “dead on arrival.”'], speaker: 'Councilwoman Pia Ruiz', cue: 'said' }]);
  });

  it('two fragments of one sentence: one finding', () => {
    expect(fragment('“The bridge is safe,” Holt said. She called the cracks “cosmetic” and the repairs “routine.”')).toEqual([
      { content: ['the cracks “cosmetic” and the repairs “routine.”'], speaker: 'She', cue: 'called' },
    ]);
  });

  it.each([
    ['a whole quotation after a colon', 'Holt said: “The bridge is safe.”'],
    ['a whole quotation after "that"', 'Holt said that “the bridge is safe.”'],
    ['a quotation before its cue', '“The bridge is safe,” Holt said.'],
    ['words in marks that no one says', 'The “bridge” was closed.'],
  ])('not: %s', (_, text) => {
    expect(fragment(text)).toEqual([]);
  });
});
