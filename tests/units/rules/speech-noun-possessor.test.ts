/**
 * speech-noun-possessor on its own (src/lang/en/rules/speech-noun-possessor.ts): a quotation that
 * gives the words of a noun of speech (claim, remark, promise, call …) belongs to its possessor.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const possessor = (text: string) => ruleOn(text, 'speech-noun-possessor');

describe('speech-noun-possessor', () => {
  it('a possessive pronoun: "his claim that “…”"', () => {
    expect(possessor('Trump stood by his claim that “thousands” cheered.')).toEqual({ speaker: 'his', inherit: null, cue: null });
  });

  it('"her remark that “…”"', () => {
    expect(possessor('The uproar grew over her remark that “there is a special place” for them.')).toEqual({ speaker: 'her', inherit: null, cue: null });
  });

  it('a few words between the link and the quotation', () => {
    expect(possessor('The senator stood by his claim that the plan was “dead on arrival.”')).toEqual({ speaker: 'his', inherit: null, cue: null });
  });

  it('the quotation right after the noun, with no link', () => {
    expect(possessor('Critics mocked his pledge “neutral”.')).toEqual({ speaker: 'his', inherit: null, cue: null });
  });

  it('modifiers between the possessor and the noun', () => {
    expect(possessor('Critics mocked their recent evidence-free assertion that “thousands” cheered.')).toEqual({ speaker: 'their', inherit: null, cue: null });
  });

  it('a name and its possessive: "Governor Ortiz’s promise to be “…”"', () => {
    expect(possessor('Critics seized on Governor Ortiz’s promise to be “neutral”.')).toEqual({ speaker: 'Governor Ortiz', inherit: null, cue: null });
  });

  it('a name with an initial', () => {
    expect(possessor('Critics mocked Donald J. Trump’s claim that “thousands” cheered.')).toEqual({ speaker: 'Donald J. Trump', inherit: null, cue: null });
  });

  it('a name and modifiers before the noun', () => {
    expect(possessor('Critics mocked Trump’s recent evidence-free assertion that “thousands” cheered.')).toEqual({ speaker: 'Trump', inherit: null, cue: null });
  });

  it('not a capitalised word that opens the sentence: "While Sanders’s call for “…”"', () => {
    expect(possessor('While Sanders’s call for “revolution” grew, others waited.')).toEqual({ speaker: 'Sanders', inherit: null, cue: null });
    expect(possessor('The Times’s claim that “thousands” cheered was wrong.')).toEqual({ speaker: 'Times', inherit: null, cue: null });
  });

  it('not a noun with no possessor', () => {
    expect(possessor('Critics mocked the claim that “thousands” cheered.')).toBeNull();
    expect(possessor('Critics mocked claim that “thousands” cheered.')).toBeNull();
  });

  it('not a possessor that is no capitalised name', () => {
    expect(possessor('Critics mocked the mayor’s claim that “thousands” cheered.')).toBeNull();
  });

  it('not more than two modifiers', () => {
    expect(possessor('Critics mocked the very big recent claim that “thousands” cheered.')).toBeNull();
  });

  it('not a word that is no link: "claim about “…”"', () => {
    expect(possessor('Critics mocked his claim about “thousands” of fans.')).toBeNull();
  });

  it('not more than three words between the link and the quotation', () => {
    expect(possessor('Critics mocked his claim that she had never said “thousands.”')).toBeNull();
  });

  it('not a noun of speech after the quotation', () => {
    expect(possessor('Critics mocked his “neutral” pledge.')).toBeNull();
  });

  it('not a capitalised noun', () => {
    expect(possessor('Critics mocked his Claim that “thousands” cheered.')).toBeNull();
  });

  it('not a sentence with no noun of speech', () => {
    expect(possessor('He called it “a disaster.”')).toBeNull();
  });

  it('not a noun that opens the sentence', () => {
    expect(possessor('His claim that “thousands” cheered.')).toBeNull();
    expect(possessor('claims that “thousands” cheered are false.')).toBeNull();
  });
});
