/**
 * dash-credit on its own (src/lang/en/rules/dash-credit.ts): a name after a dash that closes the
 * quotation's sentence, or a credit line of its own after a quotation that is a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const dashCredit = (text: string) => ruleOn(text, 'dash-credit');

describe('dash-credit: a dash after the quotation', () => {
  it('a name after an en dash', () => {
    expect(dashCredit('“We will rebuild.” – Sonia Khush')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: null });
  });

  it('a name after a hyphen, then a period', () => {
    expect(dashCredit('“We will rebuild.” - Sonia Khush.')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: null });
  });

  it('a name after an em dash, then a comma and a place', () => {
    expect(dashCredit('“We will rebuild.” — Sonia Khush, in Aleppo.')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: null });
  });

  it('a name after a horizontal bar', () => {
    expect(dashCredit('“We will rebuild.” ― Sonia Khush')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: null });
  });

  it('not a description with no name', () => {
    expect(dashCredit('“We will rebuild.” – the director')).toBeNull();
  });

  it('not a name that goes on into a clause', () => {
    expect(dashCredit('“We will rebuild.” – Sonia Khush said so')).toBeNull();
  });

  it('not a dash with nothing after it', () => {
    expect(dashCredit('“We will rebuild.” –')).toBeNull();
  });

  it('not a name with no dash', () => {
    expect(dashCredit('“We will rebuild.” Sonia Khush')).toBeNull();
  });
});

describe('dash-credit: a credit line of its own', () => {
  it('"- Clinton." after a quotation that is its paragraph', () => {
    expect(dashCredit('“We will rebuild.”\n\n- Clinton.')).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
    expect(dashCredit('“We will rebuild.”\n\n- Clinton')).toEqual({ speaker: 'Clinton', inherit: null, cue: null });
  });

  it('the name and, after a comma, where it is', () => {
    expect(dashCredit('“We will rebuild.”\n\n- Michelle Marks, Philadelphia.')).toEqual({ speaker: 'Michelle Marks', inherit: null, cue: null });
  });

  it('the name and, after a comma, what it is doing', () => {
    expect(dashCredit('“We will rebuild.”\n\n-President Obama, tweeting after Clinton\'s speech.')).toEqual({ speaker: 'President Obama', inherit: null, cue: null });
  });

  it('not a credit line of more than one sentence', () => {
    expect(dashCredit('“We will rebuild.”\n\n- Michelle Marks, Philadelphia. She spoke at length.')).toBeNull();
  });

  it('not a long line after the name', () => {
    expect(dashCredit('“We will rebuild.”\n\n- Michelle Marks, who spoke in Philadelphia at a rally of several hundred supporters of the campaign on a cold night.')).toBeNull();
  });

  it('not a name that goes on into a clause', () => {
    expect(dashCredit('“We will rebuild.”\n\n- Michelle Marks said so.')).toBeNull();
  });

  it('not a description with no name', () => {
    expect(dashCredit('“We will rebuild.”\n\n- the director.')).toBeNull();
  });

  it('not a wire credit after reporting: the quotation is not its whole paragraph', () => {
    expect(dashCredit('The mayor said “We will rebuild.”\n\n- Reuters.')).toBeNull();
  });

  it('not a next paragraph with no dash', () => {
    expect(dashCredit('“We will rebuild.”\n\nClinton.')).toBeNull();
  });

  it('not a quotation that is the last paragraph', () => {
    expect(dashCredit('“We will rebuild.”')).toBeNull();
  });
});
