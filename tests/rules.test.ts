import { describe, expect, it } from 'vitest';
import { analyze, createExtractor, extractQuotes, RULES, type RuleName } from '../src/index.js';

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

// createExtractor({ rules }): a subset or another order of the rules.
describe('the rules option', () => {
  const text = 'It was “dead on arrival,” Smith said. According to the newspaper, “gun laws are porous.”';

  it('runs only the rules named: a rule left out attributes nothing', () => {
    const all = createExtractor().extractQuotes(text).map((q) => q.rule);
    expect(all).toEqual(['trailing-cue', 'according-to']);
    const without = createExtractor({ rules: ['trailing-cue'] }).extractQuotes(text);
    expect(without.map((q) => [q.rule, q.speaker?.name ?? null])).toEqual([['trailing-cue', 'Smith'], [null, null]]);
  });

  it('runs them in the order named: the first that finds a speaker decides', () => {
    // "“…,” Smith said, according to the newspaper": trailing-cue names Smith, according-to the newspaper.
    const relayed = '“We will win,” Smith said, according to the newspaper.';
    expect(extractQuotes(relayed)[0]!.speaker?.name).toBe('Smith');
    const reordered = createExtractor({ rules: ['according-to', 'trailing-cue'] }).extractQuotes(relayed)[0]!;
    expect([reordered.rule, reordered.speaker?.name]).toEqual(['according-to', 'newspaper']);
  });

  it('every rule, in the order of RULES, is the default', () => {
    const names = RULES.map((r) => r.name);
    const sample = RULES.map((r) => r.example).join('\n\n');
    expect(createExtractor({ rules: names }).analyze(sample)).toEqual(analyze(sample));
  });

  it('no rule at all: nothing is attributed, utterances are still returned', () => {
    const quotes = createExtractor({ rules: [] }).extractQuotes(text);
    expect(quotes.every((q) => q.speaker === null && q.rule === null)).toBe(true);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('an unknown or repeated rule name is an error that names the package and what it got', () => {
    expect(() => createExtractor({ rules: ['trailing-cue', 'telepathy' as RuleName] })).toThrow(/^quote-attribution: createExtractor\(\) received an unknown rule "telepathy" in options\.rules; the rules are trailing-cue, /);
    expect(() => extractQuotes(text, { rules: ['trailing-cue', 'trailing-cue'] })).toThrow(/^quote-attribution: extractQuotes\(\) received the rule "trailing-cue" twice/);
    expect(() => analyze(text, { rules: 'trailing-cue' as unknown as RuleName[] })).toThrow(/^quote-attribution: analyze\(\) expects options\.rules to be an array of strings, but received a string/);
  });
});
