/**
 * Options validated into settings (src/options.ts): the messages of a wrong option, the bounds of
 * minConfidence, the caller's words added to the lexicon in any case, and the rules chosen by name
 * in the caller's order.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractQuotes } from '../../src/index.js';
import { DEFAULT_SETTINGS, settingsFrom } from '../../src/options.js';

/** The message of the TypeError that `fn` throws. */
function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return (e as Error).message;
  }
  throw new Error('expected a throw, but the call returned');
}

describe('wrong options: the message', () => {
  it('an unknown option, with the list of known ones', () => {
    expect(message(() => analyze('x', { lang: 'en' } as never))).toBe(
      'quote-attribution: analyze() received an unknown option "lang"; known options are includeUnattributed, cueVerbs, titles, organizationWords, minConfidence, rules.',
    );
  });

  it('an unknown rule, with the list of rules', () => {
    expect(message(() => extractQuotes('x', { rules: ['nope'] as never }))).toBe(
      'quote-attribution: extractQuotes() received an unknown rule "nope" in options.rules; the rules are trailing-cue, leading-cue, sentence-final-cue, according-to, dash-credit, headline-colon, colon-lead-in, speech-noun-possessor, same-sentence, sentence-subject, paragraph-continuation, next-paragraph-continuation, relayed-by.',
    );
  });

  it('a rule named twice', () => {
    expect(message(() => analyze('x', { rules: ['trailing-cue', 'leading-cue', 'trailing-cue'] }))).toBe('quote-attribution: analyze() received the rule "trailing-cue" twice in options.rules.');
  });

  it('a list that is not an array of strings', () => {
    expect(message(() => analyze('x', { rules: 'trailing-cue' as never }))).toBe('quote-attribution: analyze() expects options.rules to be an array of strings, but received a string ("trailing-cue").');
    expect(message(() => analyze('x', { titles: [1] as never }))).toBe('quote-attribution: analyze() expects options.titles to be an array of strings, but received an array of length 1.');
    expect(message(() => analyze('x', { cueVerbs: ['said', null] as never }))).toBe('quote-attribution: analyze() expects options.cueVerbs to be an array of strings, but received an array of length 2.');
    expect(message(() => analyze('x', { organizationWords: {} as never }))).toBe('quote-attribution: analyze() expects options.organizationWords to be an array of strings, but received an object.');
  });

  it('includeUnattributed that is not a boolean', () => {
    expect(message(() => analyze('x', { includeUnattributed: 'yes' as never }))).toBe('quote-attribution: analyze() expects options.includeUnattributed to be a boolean, but received a string ("yes").');
  });

  it('minConfidence outside [0, 1], however little', () => {
    expect(message(() => analyze('x', { minConfidence: 1.0001 }))).toBe('quote-attribution: analyze() expects options.minConfidence to be a number between 0 and 1, but received number 1.0001.');
    expect(message(() => analyze('x', { minConfidence: -1e-9 }))).toBe('quote-attribution: analyze() expects options.minConfidence to be a number between 0 and 1, but received number -1e-9.');
    expect(message(() => analyze('x', { minConfidence: '0.5' as never }))).toBe('quote-attribution: analyze() expects options.minConfidence to be a number between 0 and 1, but received a string ("0.5").');
  });
});

describe('settings', () => {
  it('no options are the default settings; empty options keep the language’s own lexicon and rules', () => {
    expect(settingsFrom('analyze', undefined)).toBe(DEFAULT_SETTINGS);
    const s = settingsFrom('analyze', {});
    expect(s.includeUnattributed).toBe(false);
    expect(s.minConfidence).toBe(0);
    expect(s.language).toBe(DEFAULT_SETTINGS.language);
    expect(s.lexicon.cueTable).toBe(DEFAULT_SETTINGS.lexicon.cueTable);
    expect(s.lexicon.titles).toBe(DEFAULT_SETTINGS.lexicon.titles);
    expect(s.lexicon.organizationWords).toBe(DEFAULT_SETTINGS.lexicon.organizationWords);
    expect(s.rules).toBe(DEFAULT_SETTINGS.rules);
  });

  it('the bounds of minConfidence are allowed, and kept', () => {
    expect(settingsFrom('analyze', { minConfidence: 0 }).minConfidence).toBe(0);
    expect(settingsFrom('analyze', { minConfidence: 1 }).minConfidence).toBe(1);
    expect(settingsFrom('analyze', { minConfidence: 0.5 }).minConfidence).toBe(0.5);
  });

  it('includeUnattributed is on only when true', () => {
    expect(settingsFrom('analyze', { includeUnattributed: true }).includeUnattributed).toBe(true);
    expect(settingsFrom('analyze', { includeUnattributed: false }).includeUnattributed).toBe(false);
  });

  it('the caller’s words are added lower-cased to the language’s own', () => {
    const s = settingsFrom('analyze', { cueVerbs: ['Yodelled'], titles: ['VIZIER'], organizationWords: ['Bundestag'] });
    expect(s.lexicon.cueTable.get('yodelled')).toBe('yodelled');
    expect(s.lexicon.cueTable.get('said')).toBe(DEFAULT_SETTINGS.lexicon.cueTable.get('said'));
    expect(s.lexicon.cueTable.size).toBe(DEFAULT_SETTINGS.lexicon.cueTable.size + 1);
    expect(s.lexicon.titles.has('vizier')).toBe(true);
    expect(s.lexicon.titles.size).toBe(DEFAULT_SETTINGS.lexicon.titles.size + 1);
    expect(s.lexicon.organizationWords.has('bundestag')).toBe(true);
    expect(DEFAULT_SETTINGS.lexicon.titles.has('vizier')).toBe(false);
  });

  it('the rules named, in the caller’s order', () => {
    expect(settingsFrom('analyze', { rules: ['paragraph-continuation', 'trailing-cue'] }).rules.map((r) => r.name)).toEqual(['paragraph-continuation', 'trailing-cue']);
    expect(settingsFrom('analyze', { rules: [] }).rules).toEqual([]);
  });
});

describe('what the settings change', () => {
  const hall = 'The archbishop yodelled in the hall. “Not today.” Later the tax law passed.';

  it('a cue verb of the caller’s, in any case, makes its sentence a speaker’s', () => {
    expect(extractQuotes(hall, { includeUnattributed: true }).map((q) => q.speaker?.name ?? null)).toEqual([null]);
    expect(extractQuotes(hall, { includeUnattributed: true, cueVerbs: ['YODELLED'] }).map((q) => q.speaker?.name ?? null)).toEqual(['archbishop']);
  });

  it('a title of the caller’s, in any case, is split off the name', () => {
    expect(extractQuotes('“Not today,” Vizier Jafar Ali said.').map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([['Vizier Jafar Ali', null]]);
    expect(extractQuotes('“Not today,” Vizier Jafar Ali said.', { titles: ['VIZIER'] }).map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([['Jafar Ali', 'Vizier']]);
  });

  it('only the rules chosen attribute', () => {
    const text = 'The minister spoke.\n\n“We will win,” Jan Egeland said. “We have won.”';
    expect(extractQuotes(text).map((q) => q.rule)).toEqual(['trailing-cue', 'paragraph-continuation']);
    expect(extractQuotes(text, { rules: ['trailing-cue'] }).map((q) => q.rule)).toEqual(['trailing-cue']);
    expect(extractQuotes(text, { rules: [] })).toEqual([]);
  });
});
