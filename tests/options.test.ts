/**
 * The lexicon options change what they say they change (README, "Options"). Their types and
 * their isolation between calls are tested in tests/bad-input.test.ts; here, their effect.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createExtractor, extractQuotes } from '../src/index.js';

describe('organizationWords', () => {
  // "Quexwick" is a made-up word: in no built-in list, so only the option can make it an
  // organisation word.
  const text = '“We will not yield,” the Zorblat Quexwick said.';
  const kinds = (options?: Parameters<typeof extractQuotes>[1]): unknown[] =>
    extractQuotes(text, options).map((q) => [q.speaker?.name, q.speaker?.kind]);

  it('without the option, the speaker is a person', () => {
    expect(kinds()).toEqual([['Zorblat Quexwick', 'person']]);
  });

  it('a word of the caller’s, in any case, makes a name that holds it an organisation', () => {
    expect(kinds({ organizationWords: ['Quexwick'] })).toEqual([['Zorblat Quexwick', 'organization']]);
    expect(kinds({ organizationWords: ['QUEXWICK'] })).toEqual([['Zorblat Quexwick', 'organization']]);
    expect(kinds({ organizationWords: ['quexwick', 'Bundestag'] })).toEqual([['Zorblat Quexwick', 'organization']]);
  });

  it('a word the name does not hold changes nothing', () => {
    expect(kinds({ organizationWords: ['Bundestag'] })).toEqual([['Zorblat Quexwick', 'person']]);
  });

  it('applies to analyze’s entities and to an extractor, and not to later calls without it', () => {
    const a = analyze(text, { organizationWords: ['Quexwick'] });
    expect(a.entities.map((e) => [e.name, e.kind])).toEqual([['Zorblat Quexwick', 'organization']]);
    expect(createExtractor({ organizationWords: ['Quexwick'] }).extractQuotes(text)[0]?.speaker?.kind).toBe('organization');
    expect(kinds()).toEqual([['Zorblat Quexwick', 'person']]);
    expect(analyze(text).entities.map((e) => e.kind)).toEqual(['person']);
  });
});
