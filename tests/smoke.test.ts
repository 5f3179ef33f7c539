import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

describe('extractQuotes', () => {
  it('attributes a trailing "X said" quotation', () => {
    const text = '“We will win,” Assad said.';
    const [q] = extractQuotes(text);
    expect(q).toBeDefined();
    expect(text.slice(q!.start, q!.end)).toBe('“We will win,”');
    expect(q!.speaker?.name).toBe('Assad');
    expect(q!.speaker?.mention.text).toBe('Assad');
    expect(q!.cue?.text).toBe('said');
    expect(q!.rule).toBe('trailing-cue');
  });
});
