/**
 * asked-question on its own (src/lang/en/reports/asked-question.ts): a question reported with no
 * asker before its verb; the asker is the one after "by", or no one (speaker null).
 */
import { describe, expect, it } from 'vitest';
import { reportOn } from '../../support/reports.js';

const asked = (text: string) => reportOn(text, 'asked-question');

describe('asked-question', () => {
  it('"Asked whether …," opening the sentence: no asker, the question ends at its comma', () => {
    expect(asked('Asked whether he would run again, the senator smiled.')).toEqual([{ content: ['whether he would run again'], speaker: null, cue: null }]);
    expect(asked('Asked why the bridge was closed, Holt said engineers had found cracks.')).toEqual([{ content: ['why the bridge was closed'], speaker: null, cue: null }]);
  });

  it('"When asked how …," and "If asked about …,"', () => {
    expect(asked('When asked how long the repairs would take, Holt shrugged.')).toEqual([{ content: ['how long the repairs would take'], speaker: null, cue: 'asked' }]);
    expect(asked('If asked about the cracks, the engineers stay silent.')).toEqual([{ content: ['the cracks'], speaker: null, cue: 'asked' }]);
  });

  it('the asker after "by"', () => {
    expect(asked('Asked by reporters whether the plant would close, Ibarra shrugged.')).toEqual([{ content: ['whether the plant would close'], speaker: 'reporters', cue: null }]);
    expect(asked('Asked by reporters about the cracks, Holt smiled.')).toEqual([{ content: ['the cracks'], speaker: 'reporters', cue: null }]);
  });

  it('"was asked about …" and "was asked whether …": the one asked is not the asker', () => {
    expect(asked('He was asked about the merger.')).toEqual([{ content: ['the merger'], speaker: null, cue: 'asked' }]);
    expect(asked('Holt was asked whether the bridge would reopen.')).toEqual([{ content: ['whether the bridge would reopen'], speaker: null, cue: 'asked' }]);
  });

  it.each([
    ['"Asked to leave," (a request, not a question)', 'Asked to leave, Holt smiled.'],
    ['"asked for" with its subject (reported-clause\'s)', 'The engineers asked for more time.'],
    ['"was asked to leave"', 'Holt was asked to leave the meeting.'],
    ['"asked" after a subject ("Ruiz asked whether …" is reported-clause\'s)', 'Ruiz asked whether the levee would hold.'],
  ])('not: %s', (_, text) => {
    expect(asked(text)).toEqual([]);
  });
});
