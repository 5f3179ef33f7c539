/**
 * as-reported on its own (src/lang/en/reports/as-reported.ts): "As X said," before the content it
 * credits, or ", as X said" after it.
 */
import { describe, expect, it } from 'vitest';
import { reportOn } from '../../support/reports.js';

const asReported = (text: string) => reportOn(text, 'as-reported');

describe('as-reported', () => {
  it('"As X reported," opening the sentence', () => {
    expect(asReported('As the ministry reported, the convoy left the city at dawn.')).toEqual([{ content: ['the convoy left the city at dawn'], speaker: 'the ministry', cue: 'reported' }]);
  });

  it('"As X said on Monday," with a time after the verb', () => {
    expect(asReported('As Holt said on Monday, the bridge would reopen in June.')).toEqual([{ content: ['the bridge would reopen in June'], speaker: 'Holt', cue: 'said' }]);
  });

  it('", as X said" closing the sentence', () => {
    expect(asReported('The convoy left the city at dawn, as the ministry said.')).toEqual([{ content: ['The convoy left the city at dawn'], speaker: 'the ministry', cue: 'said' }]);
    expect(asReported('The bridge would reopen in June, as Holt noted.')).toEqual([{ content: ['The bridge would reopen in June'], speaker: 'Holt', cue: 'noted' }]);
  });

  it.each([
    ['"As expected," (no speaker or verb of speech)', 'As expected, the convoy left at dawn.'],
    ['"As X walked in," (not a verb of speech)', 'As Holt walked in, the bridge opened.'],
    ['"As X thinks," (a belief)', 'As the mayor thinks, the bridge would reopen in June.'],
    ['a content too short', 'As Holt said, it is.'],
    ['"as" not before the speaker', 'The convoy left at dawn, the ministry said.'],
  ])('not: %s', (_, text) => {
    expect(asReported(text)).toEqual([]);
  });
});
