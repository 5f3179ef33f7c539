/**
 * Clustering mentions into entities (src/entities/): which mentions are one person or
 * organisation, what the entity is called, and how the entities of a long text's windows merge.
 * Through the public API: the entities of analyze().
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';
import { analyzeInWindows } from '../../src/extract.js';

/** Each quotation's speaker entity name, in order. */
const speakers = (a: Analysis): (string | null)[] => a.quotes.map((q) => (q.speaker === null ? null : a.entities[q.speaker.entity]!.name));

describe('names of one person', () => {
  it('a surname spelt two ways (Jaro–Winkler ≥ 0.94, same first letter, five letters or more) is one person', () => {
    const a = analyze('“We will not yield,” Prime Minister Benjamin Netanyahu said.\n\n“The talks are over,” Netanyahou said.');
    expect(speakers(a)).toEqual(['Benjamin Netanyahu', 'Benjamin Netanyahu']);
    expect(a.entities).toHaveLength(1);
    // (Khamenei and Khamanei are 0.921 alike: below the bar, two people.)
    expect(speakers(analyze('“No,” Ali Khamenei said.\n\n“Yes,” Khamanei said.'))).toEqual(['Ali Khamenei', 'Khamanei']);
  });

  it('two surnames that are only alike (Egeland, England) are two people', () => {
    const a = analyze('“Aid must reach Aleppo,” Jan Egeland said.\n\n“It will not,” Tom England said.');
    expect(speakers(a)).toEqual(['Jan Egeland', 'Tom England']);
  });

  it('a short surname must match exactly (Asad is not Assad)', () => {
    const a = analyze('“We will win,” Bashar Assad said.\n\n“We will lose,” Omar Asad said.');
    expect(speakers(a)).toEqual(['Bashar Assad', 'Omar Asad']);
  });

  it('the same surname with another given name is another person; an initial matches its name', () => {
    const a = analyze('“It is time,” Bill Clinton said.\n\n“It is not,” Hillary Clinton said.\n\n“Maybe,” J. Smith said.\n\n“Surely,” John Smith said.');
    expect(speakers(a)).toEqual(['Bill Clinton', 'Hillary Clinton', 'J. Smith', 'J. Smith']);
  });

  it('a person is named by the fullest form met: "Assad", then "Bashar al-Assad"', () => {
    const a = analyze('“We will win,” Assad said.\n\n“We have won,” Syrian President Bashar al-Assad said.');
    expect(speakers(a)).toEqual(['Bashar al-Assad', 'Bashar al-Assad']);
    expect(a.entities[0]!.title).toBe('Syrian President');
  });

  it('a fuller name met later does not shorten it again', () => {
    const a = analyze('“We have won,” Bashar al-Assad said.\n\n“We will win,” Assad said.');
    expect(a.entities.map((e) => e.name)).toEqual(['Bashar al-Assad']);
  });
});

describe('organisations', () => {
  it('two spellings of one long name (Organisation, Organization) are one organisation', () => {
    const a = analyze('“Cases are rising,” the World Health Organisation said.\n\n“They are falling,” the World Health Organization said.');
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0]!.kind).toBe('organization');
  });

  it('an acronym met after the full name is the same organisation', () => {
    const a = analyze('“Cases are rising,” the International Atomic Energy Agency said.\n\n“They are falling,” the IAEA said.');
    expect(speakers(a)).toEqual(['International Atomic Energy Agency', 'International Atomic Energy Agency']);
  });
});

describe('descriptions', () => {
  it('a definite description joins the entity whose title it repeats', () => {
    const a = analyze('“We will win,” Syrian President Bashar al-Assad said.\n\n“We have won,” the Syrian president said.');
    expect(speakers(a)).toEqual(['Bashar al-Assad', 'Bashar al-Assad']);
  });

  it('an indefinite description is named by its longest form', () => {
    const a = analyze('“The burden is heavy,” an official said.\n\n“It is heavier,” an official with a rebel group said.');
    expect(a.entities.map((e) => [e.name, e.kind])).toEqual([['an official', 'description'], ['an official with a rebel group', 'description']]);
  });

  it('a definite description after an indefinite one joins it', () => {
    const a = analyze('“The burden is heavy,” an official with a rebel group said.\n\n“It is heavier,” the official said.');
    expect(speakers(a)).toEqual(['an official with a rebel group', 'an official with a rebel group']);
  });
});

describe('pronouns', () => {
  it('"she" skips a man named since, and "he" a woman', () => {
    const a = analyze('Karen Bass met reporters. John Doe met them too.\n\n“We agree,” she said. “We do not,” he said.');
    expect(speakers(a)).toEqual(['Karen Bass', 'John Doe']);
  });

  it('a pronoun that refers to no one is a speaker of its own, of unknown kind, and trusted less', () => {
    const a = analyze('“We agree,” she said.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'she', kind: 'unknown' });
    expect(a.quotes[0]!.confidence).toBe(0.665); // 0.95 × 0.7
  });

  it('"they" refers to a group or an organisation', () => {
    const a = analyze('“We will win,” the campaign said. “They cannot stop us,” they said.');
    expect(speakers(a)).toEqual(['campaign', 'campaign']);
  });
});

describe('entities across the windows of a long text', () => {
  const text = '“We will win,” Syrian President Bashar al-Assad said.\n\n' + 'Filler text. '.repeat(40) + '\n\n“We have won,” Bashar al-Assad said.';

  it('one entity per kind and name, however many windows name it, with every mention and the longest title', () => {
    const whole = analyze(text);
    const windowed = analyzeInWindows(text, 300, 60);
    expect(windowed.entities.map((e) => [e.name, e.kind, e.title])).toEqual(whole.entities.map((e) => [e.name, e.kind, e.title]));
    expect(windowed.entities[0]!.mentions.map((m) => m.text)).toEqual(whole.entities[0]!.mentions.map((m) => m.text));
    expect(speakers(windowed)).toEqual(['Bashar al-Assad', 'Bashar al-Assad']);
  });

  it('a mention in the context around a window is reported by the window that owns it, once', () => {
    const windowed = analyzeInWindows(text, 300, 60);
    const mentions = windowed.entities.flatMap((e) => e.mentions.map((m) => m.start));
    expect(new Set(mentions).size).toBe(mentions.length);
  });
});
