/**
 * name-colon on its own (src/lang/en/reports/name-colon.ts): a headline, a transcript's turn or a
 * paragraph with a quotation that opens with a name and a colon. The cue is the colon.
 */
import { describe, expect, it } from 'vitest';
import { reportOn } from '../../support/reports.js';

const nameColon = (text: string) => reportOn(text, 'name-colon');

describe('name-colon', () => {
  it('a headline (the first paragraph)', () => {
    expect(nameColon('Farooq: Budget talks are going nowhere')).toEqual([{ content: ['Budget talks are going nowhere'], speaker: 'Farooq', cue: ':' }]);
    expect(nameColon('Holt: Bridge Will Reopen in June')).toEqual([{ content: ['Bridge Will Reopen in June'], speaker: 'Holt', cue: ':' }]);
  });

  it('a transcript\'s turn: a label in capitals, or Q', () => {
    expect(nameColon('TAPPER: Will the levee hold?')).toEqual([{ content: ['Will the levee hold'], speaker: 'TAPPER', cue: ':' }]);
    expect(nameColon('Holt arrived late.\n\nHOLT: The bridge will reopen in June.')).toEqual([{ content: ['The bridge will reopen in June'], speaker: 'HOLT', cue: ':' }]);
    expect(nameColon('Q: Will the levee hold?')).toEqual([{ content: ['Will the levee hold'], speaker: 'Q', cue: ':' }]);
  });

  it('a later paragraph with a quotation in it', () => {
    expect(nameColon('Holt arrived late.\n\nHolt: the bridge, she said, “will reopen in June.”')).toEqual([
      { content: ['the bridge, she said, “will reopen in June.”'], speaker: 'Holt', cue: ':' },
    ]);
  });

  it.each([
    ['"Source: AP" (too short, and a line label)', 'Source: AP'],
    ['a line label', 'Holt arrived late.\n\nSource: Associated Press reporting from the capital'],
    ['a photo credit', 'Holt arrived late.\n\nPhoto: Dana Holt at the bridge on Monday'],
    ['"Editor’s Note:"', 'Editor’s Note: This story has been updated.'],
    ['a date before a colon in a later paragraph', 'Holt arrived late.\n\nMonday, June 3: the bridge will reopen at dawn'],
    ['a later paragraph in sentence case with no quotation', 'Holt arrived late.\n\nHolt: the bridge will reopen in June.'],
    ['a content of one word', 'Holt: Yes'],
  ])('not: %s', (_, text) => {
    expect(nameColon(text)).toEqual([]);
  });
});
