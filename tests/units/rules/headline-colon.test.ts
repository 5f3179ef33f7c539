/**
 * headline-colon on its own (src/lang/en/rules/headline-colon.ts): a headline or paragraph that
 * opens with a name and a colon, or a name and a colon after a dash right before the quotation.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const headline = (text: string) => ruleOn(text, 'headline-colon');

describe('headline-colon: a name and a colon opening the paragraph', () => {
  it('a headline with a partial quotation in single marks', () => {
    expect(headline('Bashar al-Assad: Aleppo victory will be a ‘huge step’')).toEqual({ speaker: 'Bashar al-Assad', inherit: null, cue: null });
  });

  it('the quotation right after the colon', () => {
    expect(headline('Bashar al-Assad: “Aleppo victory will be a huge step.”')).toEqual({ speaker: 'Bashar al-Assad', inherit: null, cue: null });
  });

  it('a party and state in parentheses before the colon', () => {
    expect(headline('Rep. Trey Gowdy (R-S.C.): “We need answers.”')).toEqual({ speaker: 'Rep. Trey Gowdy', inherit: null, cue: null });
  });

  it('not a long aside in parentheses', () => {
    expect(headline('Rep. Trey Gowdy (R-S.C. and a very long aside here): “We need answers.”')).toBeNull();
  });

  it('not a name with no colon', () => {
    expect(headline('Rep. Trey Gowdy (R-S.C.) “We need answers.”')).toBeNull();
    expect(headline('Maria Lopez “Fewer voters came out.”')).toBeNull();
  });

  it('not a cue between the colon and the quotation', () => {
    expect(headline('Bashar al-Assad: He said “we will win.”')).toBeNull();
  });

  it('not a description with no name', () => {
    expect(headline('the mayor: “Fewer voters came out.”')).toBeNull();
  });

  it('not a quotation that opens its paragraph', () => {
    expect(headline('“Fewer voters came out.”')).toBeNull();
  });
});

describe('headline-colon: a name and a colon after a dash', () => {
  it('"… - Maria Lopez: “…”"', () => {
    expect(headline('Turnout fell in Iowa - Maria Lopez: “Fewer voters came out than in 2008.”')).toEqual({ speaker: 'Maria Lopez', inherit: null, cue: null });
  });

  it('after an em dash', () => {
    expect(headline('Turnout fell in Iowa — Maria Lopez: “Fewer voters came out than in 2008.”')).toEqual({ speaker: 'Maria Lopez', inherit: null, cue: null });
  });

  it('not a cue between the name and the colon', () => {
    expect(headline('Turnout fell in Iowa - Maria Lopez said: “Fewer voters came out.”')).toBeNull();
  });

  it('not a description after the dash', () => {
    expect(headline('Turnout fell in Iowa - the mayor: “Fewer voters came out.”')).toBeNull();
  });

  it('not a colon with no dash before the name', () => {
    expect(headline('Turnout fell in Iowa: “Fewer voters came out.”')).toBeNull();
  });
});
