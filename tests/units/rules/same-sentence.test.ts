/**
 * same-sentence on its own (src/lang/en/rules/same-sentence.ts): a quotation with no cue of its own
 * shares the speaker of another quotation of its sentence, once earlier rules have decided.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const sameSentence = (text: string, qi: number, before: Parameters<typeof ruleOn>[3] = ['trailing-cue', 'leading-cue']) => ruleOn(text, 'same-sentence', qi, before);

describe('same-sentence', () => {
  it('a later quotation of the sentence has a speaker: inherit from it', () => {
    expect(sameSentence('It was “dead on arrival” and “unworkable,” Smith said.', 0)).toEqual({ speaker: null, inherit: 1, cue: null });
  });

  it('an earlier quotation of the sentence has a speaker: inherit from it', () => {
    expect(sameSentence('Smith called it “dead on arrival” and “unworkable.”', 1)).toEqual({ speaker: null, inherit: 0, cue: null });
  });

  it('a quotation split by its cue', () => {
    expect(sameSentence('“It is dead,” Smith said, “and unworkable.”', 1)).toEqual({ speaker: null, inherit: 0, cue: null });
  });

  it('over a quotation between with no speaker, to the nearest decided one', () => {
    expect(sameSentence('It was “dead” and “unworkable” and “costly,” Smith said.', 0)).toEqual({ speaker: null, inherit: 2, cue: null });
  });

  it('backwards over a quotation that closes a sentence: “…” Smith commented that it was “…”', () => {
    expect(sameSentence('“It is dead.” Smith commented that it was “unworkable.”', 0)).toEqual({ speaker: null, inherit: 1, cue: null });
  });

  it('never forwards into the next sentence after a quotation that closes one', () => {
    expect(sameSentence('Smith called it “dead” and others see “unworkable” plans.', 1)).toEqual({ speaker: null, inherit: 0, cue: null });
    expect(sameSentence('Smith called it “dead.” Others see “unworkable” plans.', 1)).toBeNull();
  });

  it('looks 32 quotations away at most', () => {
    const sentence = (n: number): string => `They called it ${'“bad” and '.repeat(n)}“dead,” Smith said.`;
    expect(sameSentence(sentence(32), 0)).toEqual({ speaker: null, inherit: 32, cue: null });
    expect(sameSentence(sentence(33), 0)).toBeNull();
  });

  it('nothing decided in the sentence yet', () => {
    expect(sameSentence('It was “dead on arrival” and “unworkable,” Smith said.', 0, [])).toBeNull();
  });

  it('not a quotation of another sentence', () => {
    expect(sameSentence('It was “dead,” Smith said. It was “unworkable.”', 1)).toBeNull();
    expect(sameSentence('“It is dead.” Smith said. “It is unworkable.”', 1)).toBeNull();
  });
});
