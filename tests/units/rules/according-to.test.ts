/**
 * according-to on its own (src/lang/en/rules/according-to.ts): "according to X" after the quotation,
 * closing its sentence, or before it in its sentence.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const accordingTo = (text: string) => ruleOn(text, 'according-to');

describe('according-to', () => {
  it('right after the quotation', () => {
    expect(accordingTo('“Gun laws are porous,” according to the newspaper.')).toEqual({ speaker: 'the newspaper', inherit: null, cue: 'according to' });
  });

  it('right after the quotation, a name and its role', () => {
    expect(accordingTo('“Gun laws are porous,” according to Jan Egeland, the UN relief chief.')).toEqual({ speaker: 'Jan Egeland', inherit: null, cue: 'according to' });
  });

  it('before the quotation in its sentence', () => {
    expect(accordingTo('According to the newspaper, “gun laws are porous.”')).toEqual({ speaker: 'the newspaper', inherit: null, cue: 'According to' });
    expect(accordingTo('According to UN relief chief Jan Egeland, the camps are “overflowing.”')).toEqual({ speaker: 'UN relief chief Jan Egeland', inherit: null, cue: 'According to' });
  });

  it('closing the sentence after the reporter’s words', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers $15 an hour, according to campaign manager Jeff Weaver.')).toEqual({
      speaker: 'campaign manager Jeff Weaver', inherit: null, cue: 'according to',
    });
  });

  it('closing the sentence, a name and its role', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers $15 an hour, according to Jeff Weaver, the campaign manager.')).toEqual({
      speaker: 'Jeff Weaver', inherit: null, cue: 'according to',
    });
  });

  it('closing the sentence after another clause', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers, the mayor said, according to Jeff Weaver.')).toEqual({ speaker: 'Jeff Weaver', inherit: null, cue: 'according to' });
  });

  it('not a phrase that does not reach the end of the sentence', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers $15 an hour, according to Jeff Weaver in Iowa.')).toBeNull();
  });

  it('not closing the sentence without a comma before it', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers $15 an hour according to Jeff Weaver.')).toBeNull();
  });

  it('not with no one named after it', () => {
    expect(accordingTo('“Gun laws are porous,” according to.')).toBeNull();
    expect(accordingTo('The campaign paid “dozens” of canvassers $15 an hour, according to, well.')).toBeNull();
  });

  it('not a name that is itself in marks', () => {
    expect(accordingTo('According to “the newspaper,” gun laws are porous.')).toBeNull();
  });

  it('not in the next sentence', () => {
    expect(accordingTo('The campaign paid “dozens” of canvassers. According to Jeff Weaver it was true.')).toBeNull();
  });

  it('no "according to" at all', () => {
    expect(accordingTo('The camps are “overflowing.”')).toBeNull();
  });
});
