/**
 * sentence-final-cue on its own (src/lang/en/rules/sentence-final-cue.ts): a speaker and verb that
 * close the sentence after a comma, with the reporter's words between them and the quotation.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const finalCue = (text: string) => ruleOn(text, 'sentence-final-cue');

describe('sentence-final-cue', () => {
  it('a name and its verb close the sentence', () => {
    expect(finalCue('“Boots on the ground” would be appropriate, Republican candidate Ben Carson said.')).toEqual({
      speaker: 'Republican candidate Ben Carson', inherit: null, cue: 'said',
    });
  });

  it('a description and its verb, before "!"', () => {
    expect(finalCue('“We’re extremely happy” about the decision, the mayor said!')).toEqual({ speaker: 'the mayor', inherit: null, cue: 'said' });
  });

  it('a sentence with no final stop', () => {
    expect(finalCue('“We’re extremely happy” about the decision, the mayor said')).toEqual({ speaker: 'the mayor', inherit: null, cue: 'said' });
  });

  it('inverted: "…, said RoseAnn DeMoro."', () => {
    expect(finalCue('“We’re extremely happy” about the decision, said RoseAnn DeMoro.')).toEqual({ speaker: 'RoseAnn DeMoro', inherit: null, cue: 'said' });
  });

  it('inverted, a role and a name: "said the bureau’s director, James B. Comey, on Monday."', () => {
    expect(finalCue('“We’re extremely happy” about the decision, said the bureau’s director, James B. Comey, on Monday.')).toEqual({
      speaker: 'James B. Comey', inherit: null, cue: 'said',
    });
  });

  it('inverted, a lower-case role then a name, before "?"', () => {
    expect(finalCue('“We’re extremely happy” about the decision, said mayor Jim Kenney?')).toEqual({ speaker: 'mayor Jim Kenney', inherit: null, cue: 'said' });
  });

  it('not inverted before a description with no name', () => {
    expect(finalCue('“We’re extremely happy” about the decision, said the bureau’s director.')).toBeNull();
  });

  it('not inverted with no speaker after the verb', () => {
    expect(finalCue('“We’re extremely happy” about the decision, said.')).toBeNull();
  });

  it('not a relaying verb', () => {
    expect(finalCue('“We’re extremely happy” about the decision, the paper reported.')).toBeNull();
  });

  it('not a verb that only takes an object', () => {
    expect(finalCue('“We’re extremely happy” about the decision, which the mayor called it.')).toBeNull();
  });

  it('not a subject with no comma before it', () => {
    expect(finalCue('“We’re extremely happy” about the decision the mayor said.')).toBeNull();
  });

  it('not a speaker right after the quotation: that is trailing-cue’s', () => {
    expect(finalCue('“Happy,” the mayor said.')).toBeNull();
  });

  it('not a quotation followed by another', () => {
    expect(finalCue('“We’re happy” and “proud,” the mayor said.')).toBeNull();
  });

  it('no cue after the quotation', () => {
    expect(finalCue('“We’re happy” about the decision.')).toBeNull();
  });
});
