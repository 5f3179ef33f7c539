/**
 * next-paragraph-continuation on its own (src/lang/en/rules/next-paragraph-continuation.ts): a
 * paragraph that opens with a quotation and has no cue continues the previous paragraph's last speaker.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const nextParagraph = (text: string, qi = 0, before: Parameters<typeof ruleOn>[3] = []) => ruleOn(text, 'next-paragraph-continuation', qi, before);

describe('next-paragraph-continuation', () => {
  it('the subject of the last cue of the paragraph before', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\n“The civilian burden is very heavy, in a small area.”')).toEqual({
      speaker: 'the official', inherit: null, cue: null,
    });
  });

  it('an attributed quotation of the paragraph before: inherit from it', () => {
    expect(nextParagraph('“The burden is heavy,” the official said.\n\n“The civilian burden is very heavy, in a small area.”', 1, ['trailing-cue'])).toEqual({
      speaker: null, inherit: 0, cue: null,
    });
  });

  it('over blank paragraphs', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\n\n\n“This is extremely irresponsible.”')).toEqual({
      speaker: 'the official', inherit: null, cue: null,
    });
  });

  it('not a few words in single marks heading a section', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\n‘A really tough decision.’')).toBeNull();
  });

  it('not a label without a sentence’s end', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\n“Related”')).toBeNull();
    expect(nextParagraph('The burden is heavy, the official said.\n\n“Sons of Trump” is an adaptation.')).toBeNull();
  });

  it('not a paragraph with a cue of its own', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\n“It is heavy,” the mayor said.')).toBeNull();
    expect(nextParagraph('The burden is heavy, the official said.\n\n“The burden is heavy.” The mayor spoke later.')).toBeNull();
  });

  it('not a quotation that does not open its paragraph', () => {
    expect(nextParagraph('The burden is heavy, the official said.\n\nThe mayor said “it is heavy.”')).toBeNull();
  });

  it('not the first paragraph', () => {
    expect(nextParagraph('“The civilian burden is very heavy.”')).toBeNull();
  });

  it('not a paragraph before with no speaker', () => {
    expect(nextParagraph('The burden is heavy.\n\n“The civilian burden is very heavy.”')).toBeNull();
  });
});
