/**
 * passive-by on its own (src/lang/en/reports/passive-by.ts): a reporting verb in the passive with
 * its speaker after "by"; the subject is what was reported.
 */
import { describe, expect, it } from 'vitest';
import { itKnownMiss } from '../../support/known-miss.js';
import { reportOn } from '../../support/reports.js';

const passive = (text: string) => reportOn(text, 'passive-by');

describe('passive-by', () => {
  it('"was reported by"', () => {
    expect(passive('The merger was reported by Reuters.')).toEqual([{ content: ['The merger'], speaker: 'Reuters', cue: 'reported' }]);
  });

  it('"was announced by", an adjunct after the speaker', () => {
    expect(passive('The closure was announced by the governor on Monday.')).toEqual([{ content: ['The closure'], speaker: 'the governor', cue: 'announced' }]);
  });

  it('an adverb between the auxiliary and the participle ("was also reported")', () => {
    expect(passive('The meeting was also reported by Politico.')).toEqual([{ content: ['The meeting'], speaker: 'Politico', cue: 'reported' }]);
  });

  it('"has been criticized", "was rejected"', () => {
    expect(passive('The plan has been criticized by both parties.')).toEqual([{ content: ['The plan'], speaker: 'both parties', cue: 'criticized' }]);
    expect(passive('The plan was rejected by the council.')).toEqual([{ content: ['The plan'], speaker: 'the council', cue: 'rejected' }]);
  });

  it.each([
    ['not a verb of speech ("built by")', 'The bridge was built by the army.'],
    ['not a verb of speech ("painted by")', 'The bridge was painted by volunteers.'],
    ['no agent', 'The closure was announced on Monday.'],
    ['no one after "by"', 'The plan was reported by.'],
    ['active voice', 'Reuters reported the merger on Monday.'],
  ])('not: %s', (_, text) => {
    expect(passive(text)).toEqual([]);
  });
});

describe('passive-by: known misses', () => {
  itKnownMiss('the rule\'s own example, with "first" between the auxiliary and the participle', {
    reason: '"first" is not among the adverbs the rule reads over (CLAUSE_ADVERBS), so "The meeting was first reported by Politico." (the example in the rule\'s description) gives nothing; "widely" is missed the same way',
    expected: [{ content: ['The meeting'], speaker: 'Politico', cue: 'reported' }],
    actual: [],
  }, () => passive('The meeting was first reported by Politico.'));

  itKnownMiss('a subject of one word', {
    reason: 'the content must have two words, so "Repairs were announced by the governor." gives nothing',
    expected: [{ content: ['Repairs'], speaker: 'the governor', cue: 'announced' }],
    actual: [],
  }, () => passive('Repairs were announced by the governor.'));

  itKnownMiss('a plural possessive in the agent', {
    reason: 'the agent of "… criticized by the engineers\' union." is cut at the apostrophe: "the engineers"',
    expected: [{ content: ['The repairs'], speaker: 'the engineers\' union', cue: 'criticized' }],
    actual: [{ content: ['The repairs'], speaker: 'the engineers', cue: 'criticized' }],
  }, () => passive('The repairs have been repeatedly criticized by the engineers\' union.'));
});
