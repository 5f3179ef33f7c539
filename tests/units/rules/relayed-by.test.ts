/**
 * relayed-by on its own (src/lang/en/rules/relayed-by.ts): a medium that relays the quotation
 * (reported, posted, quoted), credited only when no other rule found who said it.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const relayed = (text: string) => ruleOn(text, 'relayed-by');

describe('relayed-by', () => {
  it('a medium and a relaying verb after the quotation', () => {
    expect(relayed('The war is “very painful,” the Japan Times reported.')).toEqual({ speaker: 'the Japan Times', inherit: null, cue: 'reported' });
    expect(relayed('“The war is very painful,” the Japan Times reported.')).toEqual({ speaker: 'the Japan Times', inherit: null, cue: 'reported' });
  });

  it('"posted"', () => {
    expect(relayed('The war is “very painful,” the Japan Times posted.')).toEqual({ speaker: 'the Japan Times', inherit: null, cue: 'posted' });
  });

  it('a medium and a relaying verb before the quotation', () => {
    expect(relayed('The Japan Times reported the war was “very painful.”')).toEqual({ speaker: 'The Japan Times', inherit: null, cue: 'reported' });
    expect(relayed('The Japan Times quoted the minister as saying the war was “very painful.”')).toEqual({ speaker: 'The Japan Times', inherit: null, cue: 'quoted' });
  });

  it('not a verb that reports speech: that is for the cue rules', () => {
    expect(relayed('The war is “very painful,” the mayor said.')).toBeNull();
  });

  it('not after another cue first', () => {
    expect(relayed('The war is “very painful,” the paper said, the Japan Times reported.')).toBeNull();
    // (The cue of a relative clause comes first too: its speaking verb stops the search.)
    expect(relayed('The war is “very painful,” the Times, which told readers, reported.')).toBeNull();
  });

  it('not a subject that does not start right after the quotation', () => {
    expect(relayed('The war is “very painful,” as the Japan Times reported.')).toBeNull();
  });

  it('not a verb more than ten words after the quotation', () => {
    expect(relayed('The war is “very painful,” the mayor of the city in the north of the country that was hit hardest by the storms reported.')).toBeNull();
  });

  it('not a relaying verb with no subject', () => {
    expect(relayed('The war is “very painful,” reported.')).toBeNull();
    expect(relayed('Reported the war is “very painful.”')).toBeNull();
    expect(relayed('As reported, the war is “very painful.”')).toBeNull();
  });

  it('no relaying verb', () => {
    expect(relayed('The war is “very painful.”')).toBeNull();
  });
});
