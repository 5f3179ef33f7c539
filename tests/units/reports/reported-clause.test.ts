/**
 * reported-clause on its own (src/lang/en/reports/reported-clause.ts): a reporting verb with its
 * speaker before it and the clause (or, for a few verbs, the topic or object) it reports after it.
 * The content is given without "that" and without the final stop.
 */
import { describe, expect, it } from 'vitest';
import { itKnownMiss } from '../../support/known-miss.js';
import { reportOn, reportsOn } from '../../support/reports.js';

const clause = (text: string) => reportOn(text, 'reported-clause');

describe('reported-clause: a verb and the clause after it', () => {
  it('a name, "said" and a bare clause', () => {
    expect(clause('Egeland said Russia had promised a pause.')).toEqual([{ content: ['Russia had promised a pause'], speaker: 'Egeland', cue: 'said' }]);
  });

  it('"that" is left out of the content', () => {
    expect(clause('The union warned that the strike would last a week.')).toEqual([{ content: ['the strike would last a week'], speaker: 'The union', cue: 'warned' }]);
    expect(clause('Lindqvist denied that she had met the lobbyist.')).toEqual([{ content: ['she had met the lobbyist'], speaker: 'Lindqvist', cue: 'denied' }]);
  });

  it('the listener of a verb of telling is not content', () => {
    expect(clause('The mayor told reporters that the bridge would reopen in June.')).toEqual([{ content: ['the bridge would reopen in June'], speaker: 'The mayor', cue: 'told' }]);
    expect(clause('Ruiz told Reuters the levee would hold.')).toEqual([{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'told' }]);
    expect(clause('Ruiz told the crowd that the levee would hold.')).toEqual([{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'told' }]);
  });

  it('an adjunct between the verb and "that" is not content', () => {
    expect(clause('Moreno said on Tuesday that the talks had collapsed.')).toEqual([{ content: ['the talks had collapsed'], speaker: 'Moreno', cue: 'said' }]);
  });

  it('an adverb before the verb', () => {
    expect(clause('Ruiz has repeatedly said the levee would hold.')).toEqual([{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'said' }]);
  });

  it('a question keeps its question word', () => {
    expect(clause('Ruiz asked whether the levee would hold.')).toEqual([{ content: ['whether the levee would hold'], speaker: 'Ruiz', cue: 'asked' }]);
  });

  it('a setting before the speaker is not read: the clause after the verb is', () => {
    expect(clause('In a statement, the company said its profits had doubled.')).toEqual([{ content: ['its profits had doubled'], speaker: 'the company', cue: 'said' }]);
  });

  it('a medium with "that"', () => {
    expect(clause('Syrian state media reported that the convoy had left.')).toEqual([{ content: ['the convoy had left'], speaker: 'Syrian state media', cue: 'reported' }]);
  });

  it('two acts of one speaker joined by "and": two findings, the first ending before "and"', () => {
    expect(clause('Police said the suspect was arrested at noon and promised that more arrests would follow.')).toEqual([
      { content: ['the suspect was arrested at noon'], speaker: 'Police', cue: 'said' },
      { content: ['more arrests would follow'], speaker: 'Police', cue: 'promised' },
    ]);
    expect(clause('Ruiz insisted the levee would hold and warned that the pumps were old.')).toEqual([
      { content: ['the levee would hold'], speaker: 'Ruiz', cue: 'insisted' },
      { content: ['the pumps were old'], speaker: 'Ruiz', cue: 'warned' },
    ]);
  });

  it('the content ends before ", adding that …", which is a finding of its own', () => {
    expect(clause('Ruiz said the levee would hold, adding that pumps were ready.')).toEqual([
      { content: ['the levee would hold'], speaker: 'Ruiz', cue: 'said' },
      { content: ['pumps were ready'], speaker: 'Ruiz', cue: 'adding' },
    ]);
  });

  it('the content ends before ", according to …" and before an unpaired dash', () => {
    expect(clause('Ruiz said the levee would hold, according to the station.')).toEqual([{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'said' }]);
    expect(clause('Ruiz said the levee would hold — a claim the engineers dispute.')).toEqual([{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'said' }]);
  });

  it('a subordinate clause ends at its comma', () => {
    expect(clause('While engineers say the levee could fail, the town is calm.')).toEqual([{ content: ['the levee could fail'], speaker: 'engineers', cue: 'say' }]);
  });

  it('a clause with a quoted fragment keeps the fragment (and its marks) in the content', () => {
    expect(clause('Councilwoman Pia Ruiz said the plan was “dead on arrival.”')).toEqual([{ content: ['the plan was “dead on arrival.”'], speaker: 'Councilwoman Pia Ruiz', cue: 'said' }]);
    expect(clause('Sanders vowed to “take our fight” to the 35 states.')).toEqual([{ content: ['to “take our fight” to the 35 states'], speaker: 'Sanders', cue: 'vowed' }]);
  });
});

describe('reported-clause: a topic or an object', () => {
  it('a verb of speech and its topic after a preposition', () => {
    expect(clause('The mayor called for a recount of the ballots.')).toEqual([{ content: ['a recount of the ballots'], speaker: 'The mayor', cue: 'called' }]);
    expect(clause('Ruiz warned of a crisis in the coastal towns.')).toEqual([{ content: ['a crisis in the coastal towns'], speaker: 'Ruiz', cue: 'warned' }]);
  });

  it('a verb that reports its object', () => {
    expect(clause('Ruiz criticized the trade deal.')).toEqual([{ content: ['the trade deal'], speaker: 'Ruiz', cue: 'criticized' }]);
  });

  it('"called" reports what it puts in marks, which ends the object before an adjunct', () => {
    expect(clause('Ruiz called the plan “a disaster” in an interview.')).toEqual([{ content: ['the plan “a disaster”'], speaker: 'Ruiz', cue: 'called' }]);
  });
});

describe('reported-clause: not speech', () => {
  it.each([
    ['a belief (thinks)', 'The minister thinks the budget is too small.'],
    ['a belief (believes)', 'She believes the vote was rigged.'],
    ['knowledge (knows)', 'She knows the levee will hold.'],
    ['a wish (wants)', 'He wants the vote delayed.'],
    ['a poll that shows', 'The poll shows the race is close.'],
    ['"said goodbye"', 'He said goodbye to his staff.'],
    ['"said this via satellite"', 'Okafor said this via satellite from the station.'],
    ['"said so"', 'Ruiz said so on Tuesday.'],
    ['a gerund after a preposition ("interest in writing hard news")', 'She has a keen interest in writing hard news.'],
    ['"called" with no words in marks (a phone call)', 'Ruiz called the governor on Sunday.'],
    ['"thanked" is not a report', 'Ruiz thanked the volunteers for their work.'],
    ['a capitalised verb labelling a line', 'Updated: the levee held overnight.'],
    ['a line credit', 'Source: AP'],
    ['no cue at all', 'The bridge was built by the army in 1950.'],
  ])('%s', (_, text) => {
    expect(clause(text)).toEqual([]);
  });
});

describe('reported-clause: known misses', () => {
  itKnownMiss('a short aside between the verb and "that"', {
    reason: '"said, however, that …": the aside after the verb\'s comma stops the rule, nothing is found',
    expected: [{ content: ['the levee would hold'], speaker: 'Ruiz', cue: 'said' }],
    actual: [],
  }, () => clause('Ruiz said, however, that the levee would hold.'));

  itKnownMiss('a medium\'s verb with a bare clause', {
    reason: '"State media reported the convoy had left." finds nothing, though the same sentence with "that" is found',
    expected: [{ content: ['the convoy had left'], speaker: 'State media', cue: 'reported' }],
    actual: [],
  }, () => clause('State media reported the convoy had left.'));

  itKnownMiss('a relative clause\'s report runs past the relative clause', {
    reason: 'in "Ruiz, who said the levee would hold, left at noon." the content runs on over the main verb to the end of the sentence',
    expected: [{ content: ['the levee would hold'], speaker: 'who', cue: 'said' }],
    actual: [{ content: ['the levee would hold, left at noon'], speaker: 'who', cue: 'said' }],
  }, () => clause('Ruiz, who said the levee would hold, left at noon.'));

  itKnownMiss('"was asked about …": the subject is the one asked, not the speaker', {
    reason: 'reported-clause runs before asked-question and takes the passive "He was asked about the merger." with "He" as the asker',
    expected: [{ rule: 'asked-question', content: ['the merger'], speaker: null, cue: 'asked' }],
    actual: [{ rule: 'reported-clause', content: ['the merger'], speaker: 'He', cue: 'asked' }],
  }, () => reportsOn('He was asked about the merger.'));
});
