/**
 * fronted-content on its own (src/lang/en/reports/fronted-content.ts): the content opens the
 * sentence and its speaker and verb follow after a comma, or stand between commas inside it.
 */
import { describe, expect, it } from 'vitest';
import { itKnownMiss } from '../../support/known-miss.js';
import { reportOn } from '../../support/reports.js';

const fronted = (text: string) => reportOn(text, 'fronted-content');

describe('fronted-content: the content first', () => {
  it('"…, the mayor said."', () => {
    expect(fronted('The bridge would reopen in June, the mayor said.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'the mayor', cue: 'said' }]);
  });

  it('inverted: "…, said Mayor Dana Holt." and "…, said Dana Holt, the mayor."', () => {
    expect(fronted('The bridge would reopen in June, said Mayor Dana Holt.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'Mayor Dana Holt', cue: 'said' }]);
    expect(fronted('The bridge would reopen in June, said Dana Holt, the mayor.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'Dana Holt', cue: 'said' }]);
  });

  it('the listener of a verb of telling and an adjunct after the verb are not content', () => {
    expect(fronted('The bridge would reopen in June, the mayor told reporters.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'the mayor', cue: 'told' }]);
    expect(fronted('The bridge would reopen in June, the mayor told reporters on Monday.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'the mayor', cue: 'told' }]);
    expect(fronted('The bridge would reopen in June, the mayor said in an interview with the station.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'the mayor', cue: 'said' }]);
  });

  it('a relative clause inside the content stays in it', () => {
    expect(fronted('The levee, which was built in 1950, will hold, Ruiz said.')).toEqual([{ content: ['The levee, which was built in 1950, will hold'], speaker: 'Ruiz', cue: 'said' }]);
  });

  it('the speaker and verb inside the content: two pieces, in order', () => {
    expect(fronted('The bridge, the mayor said, would reopen in June.')).toEqual([{ content: ['The bridge', 'would reopen in June'], speaker: 'the mayor', cue: 'said' }]);
    expect(fronted('The levee, Ruiz said, would hold.')).toEqual([{ content: ['The levee', 'would hold'], speaker: 'Ruiz', cue: 'said' }]);
  });

  it('a clause of the reporter\'s ending in a quoted fragment, then the speaker', () => {
    expect(fronted('That makes the mayor a leader whom voters can “trust completely,” Holt said.')).toEqual([
      { content: ['That makes the mayor a leader whom voters can “trust completely,”'], speaker: 'Holt', cue: 'said' },
    ]);
  });
});

describe('fronted-content: not a content', () => {
  it.each([
    ['a setting before the speaker ("In the morning, the mayor said.")', 'In the morning, the mayor said.'],
    ['a setting before a clause the verb reports', 'In a statement, the company said its profits had doubled.'],
    ['a participle\'s phrase ("Speaking to reporters …, the mayor said.")', 'Speaking to reporters in the capital, the mayor said.'],
    ['a participle\'s phrase after an adverb', 'Increasingly cornered in the north, the rebels said.'],
    ['a noun phrase alone, no clause', 'The council, the mayor said.'],
    ['a belief after the comma ("…, the mayor thinks.")', 'The bridge would reopen in June, the mayor thinks.'],
    ['a verb that reports the clause after it', 'Egeland said Russia had promised a pause.'],
    ['a short setting before a quotation', 'On Monday, “it is safe,” Holt said.'],
  ])('%s', (_, text) => {
    expect(fronted(text)).toEqual([]);
  });
});

describe('fronted-content: known misses', () => {
  itKnownMiss('a circumstance of the reporter\'s after the verb', {
    reason: '"The levee would hold, Ruiz said, as the water rose." takes "as the water rose" as the second piece of the content',
    expected: [{ content: ['The levee would hold'], speaker: 'Ruiz', cue: 'said' }],
    actual: [{ content: ['The levee would hold', 'as the water rose'], speaker: 'Ruiz', cue: 'said' }],
  }, () => fronted('The levee would hold, Ruiz said, as the water rose.'));

  itKnownMiss('a participle of the reporter\'s after the verb\'s comma', {
    reason: '"…, the mayor said, reporting from the bank." takes the participle as the second piece of the content',
    expected: [{ content: ['The bridge would reopen in June'], speaker: 'the mayor', cue: 'said' }],
    actual: [{ content: ['The bridge would reopen in June', 'reporting from the bank'], speaker: 'the mayor', cue: 'said' }],
  }, () => fronted('The bridge would reopen in June, the mayor said, reporting from the bank.'));

  itKnownMiss('a question before "declined to comment"', {
    reason: '"When asked if the plant would close, Ibarra declined to comment." is read as Ibarra saying "When asked if the plant would close", with the cue "comment"',
    expected: [],
    actual: [{ content: ['When asked if the plant would close'], speaker: 'Ibarra', cue: 'comment' }],
  }, () => fronted('When asked if the plant would close, Ibarra declined to comment.'));
});
