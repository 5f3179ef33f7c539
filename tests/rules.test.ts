import { describe, expect, it } from 'vitest';
import { RULES, extractQuotes } from '../src/index.js';

// Every rule's documented example is attributed by that rule: the README's table of rules is
// generated from RULES, so this keeps the documentation true.
describe('RULES', () => {
  it('lists every rule once, in the order they run', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('trailing-cue');
    expect(names[names.length - 1]).toBe('relayed-by');
  });

  for (const rule of RULES) {
    it(`${rule.name}: its example is attributed by it`, () => {
      expect(rule.confidence).toBeGreaterThan(0);
      expect(rule.confidence).toBeLessThanOrEqual(1);
      const quotes = extractQuotes(rule.example);
      expect(quotes.map((q) => q.rule)).toContain(rule.name);
    });
  }
});
