/**
 * sentence-subject on its own (src/lang/en/rules/sentence-subject.ts): a quotation in a sentence with
 * no reporting verb belongs to the sentence's subject when that names a person, organisation or role.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const subject = (text: string, qi = 0) => ruleOn(text, 'sentence-subject', qi);

describe('sentence-subject', () => {
  it('a full name', () => {
    expect(subject('Hillary Clinton took aim at the GOP for “turning its back” on working families.')).toEqual({ speaker: 'Hillary Clinton', inherit: null, cue: null });
  });

  it('a pronoun', () => {
    expect(subject('She took aim at the GOP for “turning its back” on families.')).toEqual({ speaker: 'She', inherit: null, cue: null });
  });

  it('a role', () => {
    expect(subject('The senator took aim at the GOP for “turning its back” on families.')).toEqual({ speaker: 'The senator', inherit: null, cue: null });
  });

  it('an organisation: two capitalised words', () => {
    expect(subject('The NAACP took aim at the GOP for “turning its back” on families.')).toEqual({ speaker: 'The NAACP', inherit: null, cue: null });
  });

  it('a title with a lower-case word in it', () => {
    expect(subject('Secretary of State Clinton took aim at the GOP for “turning its back” on families.')).toEqual({ speaker: 'Secretary of State Clinton', inherit: null, cue: null });
  });

  it('a single name known from elsewhere in the text', () => {
    expect(subject('Aides expect Clinton to speak. Clinton took aim at the GOP for “turning its back” on families.')).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
  });

  it('not a single name seen only at sentence starts', () => {
    expect(subject('Clinton took aim at the GOP for “turning its back” on families.')).toBeNull();
  });

  it('not "it"', () => {
    expect(subject('It took aim at the GOP for “turning its back” on families.')).toBeNull();
  });

  it('not "who"', () => {
    expect(subject('Who took aim at the GOP for “turning its back” on families?')).toBeNull();
  });

  it('not a thing', () => {
    expect(subject('The bill took aim at the GOP for “turning its back” on families.')).toBeNull();
  });

  it('not a quotation that opens its sentence', () => {
    expect(subject('“Turning its back” is the phrase.')).toBeNull();
  });

  it('over an earlier quotation of the sentence, to its start', () => {
    expect(subject('Senator Clinton took aim at the “GOP” and its “turning its back” on families.', 1)).toEqual({ speaker: 'Senator Clinton', inherit: null, cue: null });
  });

  it('not a subject inside an earlier quotation', () => {
    expect(subject('“The GOP is cruel,” “and heartless.”', 1)).toBeNull();
  });
});
