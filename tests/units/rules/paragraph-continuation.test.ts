/**
 * paragraph-continuation on its own (src/lang/en/rules/paragraph-continuation.ts): a quotation with
 * no cue in its sentence continues the speaker named earlier in its paragraph.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const continuation = (text: string, qi = 0, before: Parameters<typeof ruleOn>[3] = []) => ruleOn(text, 'paragraph-continuation', qi, before);

describe('paragraph-continuation', () => {
  it('the subject of a cue earlier in the paragraph', () => {
    expect(continuation('He said that retaking Aleppo did not mean victory. Victory means the government has “eliminated all terrorists.”')).toEqual({
      speaker: 'He', inherit: null, cue: null,
    });
  });

  it('an attributed quotation earlier in the paragraph: inherit from it', () => {
    expect(continuation('“Victory is near,” Assad said. It means the government has “eliminated all terrorists.”', 1, ['trailing-cue'])).toEqual({
      speaker: null, inherit: 0, cue: null,
    });
  });

  it('over an earlier quotation with no speaker, to an attributed one', () => {
    expect(continuation('“We lost,” the mayor said. It was “bad.” It was “a rout.”', 2, ['trailing-cue'])).toEqual({ speaker: null, inherit: 0, cue: null });
  });

  it('an attributed quotation over a cue before it', () => {
    expect(continuation('Assad said it was over. “We lost,” the mayor said. It was “a rout.”', 1, ['trailing-cue'])).toEqual({ speaker: null, inherit: 0, cue: null });
  });

  it('the cue’s subject when nothing is attributed yet', () => {
    expect(continuation('“Victory is near,” Assad said. It means the government has “eliminated all terrorists.”', 1)).toEqual({
      speaker: 'Assad', inherit: null, cue: null,
    });
  });

  it('the later of a cue and an attributed quotation', () => {
    expect(continuation('“We lost,” the mayor said. Assad said victory was near. It was “a rout.”', 1, ['trailing-cue'])).toEqual({
      speaker: 'Assad', inherit: null, cue: null,
    });
  });

  it('not a cue in the rest of the attributed quotation’s sentence: a clause of its own there', () => {
    expect(continuation('“We lost,” said Tim Selaty, organizer of a group, which expects many to attend. “It was a rout.”', 1, ['trailing-cue'])).toEqual({
      speaker: null, inherit: 0, cue: null,
    });
  });

  it('the main clause over a subordinate one: "Hooton said … after Rubio spoke"', () => {
    expect(continuation('Hooton said the race was over after Rubio spoke. It was “a rout.”')).toEqual({ speaker: 'Hooton', inherit: null, cue: null });
  });

  it('the subject of a subordinate clause only when nothing else speaks', () => {
    expect(continuation('The vote came after Rubio spoke. It was “a rout.”')).toEqual({ speaker: 'Rubio', inherit: null, cue: null });
  });

  it('a quotation that closes its sentence leaves the next sentence’s cue to it', () => {
    expect(continuation('He spoke. Victory means the government has “eliminated all terrorists.” She further announced a plan.')).toEqual({
      speaker: 'He', inherit: null, cue: null,
    });
  });

  it('not a quotation with a cue before it in its sentence', () => {
    expect(continuation('He spoke. Victory, he said, means the government has “eliminated all terrorists.”')).toBeNull();
  });

  it('not a quotation with a cue after it in its sentence', () => {
    expect(continuation('He spoke. Victory means the government has “eliminated all terrorists,” he said.')).toBeNull();
  });

  it('not a speaker of the paragraph before', () => {
    expect(continuation('Assad said victory was near.\n\nIt means the government has “eliminated all terrorists.”')).toBeNull();
  });

  it('not an attributed quotation of the paragraph before, when one after it is attributed', () => {
    expect(continuation('“We won,” Smith said.\n\nIt was “a rout.” “We lost,” Jones said.', 1, ['trailing-cue'])).toBeNull();
  });

  it('no speaker earlier in the paragraph', () => {
    expect(continuation('Victory means the government has “eliminated all terrorists.”')).toBeNull();
  });
});
