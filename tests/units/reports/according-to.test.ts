/**
 * according-to-content on its own (src/lang/en/reports/according-to.ts): "according to X" opening
 * the sentence before what X says, or after it.
 */
import { describe, expect, it } from 'vitest';
import { itKnownMiss } from '../../support/known-miss.js';
import { reportOn } from '../../support/reports.js';

const according = (text: string) => reportOn(text, 'according-to-content');

describe('according-to-content', () => {
  it('opening the sentence', () => {
    expect(according('According to the ministry, 900 fighters have left the city.')).toEqual([{ content: ['900 fighters have left the city'], speaker: 'the ministry', cue: 'According to' }]);
  });

  it('opening the sentence, a name and its role', () => {
    expect(according('According to Dana Holt, the mayor, the bridge would reopen in June.')).toEqual([{ content: ['the bridge would reopen in June'], speaker: 'Dana Holt', cue: 'According to' }]);
  });

  it('after the content, with a comma', () => {
    expect(according('More than 900 fighters have left the city, according to the ministry.')).toEqual([{ content: ['More than 900 fighters have left the city'], speaker: 'the ministry', cue: 'according to' }]);
  });

  it('after the content, without a comma', () => {
    expect(according('The harvest was poor according to farmers in the valley.')).toEqual([{ content: ['The harvest was poor'], speaker: 'farmers', cue: 'according to' }]);
  });

  it('a document as the source', () => {
    expect(according('The bridge would reopen in June, according to a statement from the city.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'a statement', cue: 'according to' }]);
  });

  it('the content may hold a report of its own', () => {
    expect(according('According to the governor, Ruiz said the evacuation would be “swift”.')).toEqual([{ content: ['Ruiz said the evacuation would be “swift”'], speaker: 'the governor', cue: 'According to' }]);
  });

  it.each([
    ['no one after "according to"', 'The bridge would reopen in June, according to.'],
    ['a content of one word', 'According to the forecast, rain.'],
    ['no "according to"', 'The bridge would reopen in June.'],
  ])('not: %s', (_, text) => {
    expect(according(text)).toEqual([]);
  });
});

describe('according-to-content: known misses', () => {
  itKnownMiss('"according to X" between commas inside the content', {
    reason: 'in "The talks, according to diplomats, have stalled." only "The talks" is taken, not the rest of the clause',
    expected: [{ content: ['The talks', 'have stalled'], speaker: 'diplomats', cue: 'according to' }],
    actual: [{ content: ['The talks'], speaker: 'diplomats', cue: 'according to' }],
  }, () => according('The talks, according to diplomats, have stalled.'));
});
