/**
 * colon-lead-in on its own (src/lang/en/rules/colon-lead-in.ts): a sentence that introduces the
 * quotation with a colon and no reporting verb, in its paragraph or as the paragraph before.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const colonLeadIn = (text: string) => ruleOn(text, 'colon-lead-in');

describe('colon-lead-in: a lead-in in the quotation’s paragraph', () => {
  it('the subject of the sentence before the colon', () => {
    expect(colonLeadIn('The newspaper focuses on the attack: “In taking 129 lives, they failed.”')).toEqual({ speaker: 'The newspaper', inherit: null, cue: null });
  });

  it('a verb in the lead-in is not read here: only the subject', () => {
    expect(colonLeadIn('The mayor said: “It was expected.”')).toEqual({ speaker: 'The mayor', inherit: null, cue: null });
  });

  it('a subject that names no speaker, and a full name before the colon: the name', () => {
    expect(colonLeadIn('The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “It was expected.”')).toEqual({
      speaker: 'Republican pollster Daron Shaw', inherit: null, cue: null,
    });
  });

  it('not the verb before the name: "doesn’t surprise | Daron Shaw"', () => {
    expect(colonLeadIn('The timing of the surge doesn’t surprise Daron Shaw: “It was expected.”')).toEqual({ speaker: 'Daron Shaw', inherit: null, cue: null });
  });

  it('a subject that names no speaker and no name before the colon: the subject still', () => {
    expect(colonLeadIn('The timing of the surge was a puzzle: “It was expected.”')).toEqual({ speaker: 'The timing of the surge', inherit: null, cue: null });
  });

  it('not a quotation with no colon before it', () => {
    expect(colonLeadIn('The list was long, “It was expected.”')).toBeNull();
    expect(colonLeadIn('He said that “the doors were open.”')).toBeNull();
  });
});

describe('colon-lead-in: a source line (From the report:, Here’s Clinton:)', () => {
  it('"From the report:"', () => {
    expect(colonLeadIn('From the report: “The doors were open.”')).toEqual({ speaker: 'the report', inherit: null, cue: null });
  });

  it('"More from Jones:"', () => {
    expect(colonLeadIn('More from Jones: “The doors were open.”')).toEqual({ speaker: 'Jones', inherit: null, cue: null });
  });

  it('"Here’s Clinton in December 1992:": a phrase of time after the name', () => {
    expect(colonLeadIn('Here’s Clinton in December 1992: “The doors were open.”')).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
  });

  it('"Here is", "Here are" and "Here\'s"', () => {
    expect(colonLeadIn('Here is Clinton: “The doors were open.”')).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
    expect(colonLeadIn('Here are the senators: “The doors were open.”')).toEqual({ speaker: 'the senators', inherit: null, cue: null });
    expect(colonLeadIn("Here's Clinton: “The doors were open.”")).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
  });

  it('not a source that names no speaker: "From the beginning:"', () => {
    expect(colonLeadIn('From the beginning: “The doors were open.”')).toBeNull();
  });

  it('not "From" with nothing after it', () => {
    expect(colonLeadIn('From: “The doors were open.”')).toBeNull();
  });

  it('not a long phrase after the source', () => {
    expect(colonLeadIn('From the report of last year about the raid: “The doors were open.”')).toBeNull();
  });
});

describe('colon-lead-in: the paragraph before, ending with a colon', () => {
  it('its subject introduces the quotation that opens the next paragraph', () => {
    expect(colonLeadIn('He then listed what a nominee needs:\n\n“Has the candidate a record of service?”')).toEqual({ speaker: 'He', inherit: null, cue: null });
  });

  it('a reporting verb in it names its subject, with the cue', () => {
    expect(colonLeadIn('As Joel Pollak reported after the raid:\n\n“The doors were open.”')).toEqual({ speaker: 'Joel Pollak', inherit: null, cue: 'reported' });
    expect(colonLeadIn('The letter reads in part:\n\n“The doors were open.”')).toEqual({ speaker: 'The letter', inherit: null, cue: 'reads' });
  });

  it('"Stated Stone:": a verb first in its sentence, its speaker after it', () => {
    expect(colonLeadIn('Stated Stone:\n\n“The doors were open.”')).toEqual({ speaker: 'Stone', inherit: null, cue: 'Stated' });
  });

  it('a verb with no subject that does not start its sentence: the subject of the lead-in', () => {
    expect(colonLeadIn('The plan, as stated:\n\n“The doors were open.”')).toEqual({ speaker: 'The plan', inherit: null, cue: null });
  });

  it('blank paragraphs between', () => {
    expect(colonLeadIn('He then listed what a nominee needs:\n\n\n\n“Has the candidate a record of service?”')).toEqual({ speaker: 'He', inherit: null, cue: null });
  });

  it('not a paragraph before that ends without a colon', () => {
    expect(colonLeadIn('The results came in.\n\n“It was expected.”')).toBeNull();
  });

  it('not a colon inside a quotation', () => {
    expect(colonLeadIn('Its title is “Doors:”\n\n“The doors were open.”')).toBeNull();
  });

  it('not a quotation that does not open its paragraph', () => {
    expect(colonLeadIn('He then listed what a nominee needs:\n\nFirst, “a record of service.”')).toBeNull();
  });

  it('not a quotation opening the first paragraph', () => {
    expect(colonLeadIn('“It was expected.”')).toBeNull();
  });
});
