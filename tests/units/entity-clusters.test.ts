/**
 * Which mentions one entity gathers (src/entities/cluster.ts): the mentions it lists, how close
 * two spellings of a surname must be, given names and initials, the gender a pronoun gives an
 * entity, "who", "it", and the names that make no entity of their own. Through analyze().
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';

/** Each entity as [name, kind, title, the text of its mentions]. */
const entities = (a: Analysis): [string, string, string | null, string[]][] => a.entities.map((e) => [e.name, e.kind, e.title, e.mentions.map((m) => m.text)]);
/** Each quotation's speaker entity name, in order. */
const speakers = (a: Analysis): (string | null)[] => a.quotes.map((q) => (q.speaker === null ? null : a.entities[q.speaker.entity]!.name));

describe('the mentions of an entity', () => {
  it('lists every mention, with its offsets, in document order', () => {
    const text = '“The dam will hold,” Marta Ruiz said.\n\n“It held,” Ruiz said.';
    const a = analyze(text);
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0]!.mentions).toEqual([
      { start: 21, end: 31, text: 'Marta Ruiz' },
      { start: 50, end: 54, text: 'Ruiz' },
    ]);
    expect(text.slice(50, 54)).toBe('Ruiz');
  });
});

describe('surnames spelt two ways', () => {
  it('five letters is long enough for a near spelling (Hanna, Hannah), in either order', () => {
    expect(entities(analyze('“We agree,” Sarah Hanna said.\n\n“We do not,” Hannah said.'))).toEqual([['Sarah Hanna', 'person', null, ['Sarah Hanna', 'Hannah']]]);
    expect(entities(analyze('“We agree,” Sarah Hannah said.\n\n“We do not,” Hanna said.'))).toEqual([['Sarah Hannah', 'person', null, ['Sarah Hannah', 'Hanna']]]);
  });
});

describe('given names and initials', () => {
  it('an initial after the full given name is the same person', () => {
    expect(speakers(analyze('“It is time,” John Smith said.\n\n“It is not,” J. Smith said.'))).toEqual(['John Smith', 'John Smith']);
  });

  it('two given names with the same first letter are two people', () => {
    expect(speakers(analyze('“It is time,” John Smith said.\n\n“It is not,” Jane Smith said.'))).toEqual(['John Smith', 'Jane Smith']);
  });

  it('a person first met by an initial keeps it: later given names with that letter all match', () => {
    const a = analyze('“It is time,” J. Smith said.\n\n“It is not,” John Smith said.\n\n“Fine,” Jane Smith said.');
    expect(entities(a)).toEqual([['J. Smith', 'person', null, ['J. Smith', 'John Smith', 'Jane Smith']]]);
  });

  it('a lone surname is the person of that surname seen last, not the one met last', () => {
    expect(speakers(analyze('“A,” John Smith said.\n\n“B,” Jane Smith said.\n\n“C,” John Smith said.\n\n“D,” Smith said.'))).toEqual(['John Smith', 'Jane Smith', 'John Smith', 'John Smith']);
    expect(speakers(analyze('“A,” Jane Smith said.\n\n“B,” John Smith said.\n\n“C,” Jane Smith said.\n\n“D,” Smith said.'))).toEqual(['Jane Smith', 'John Smith', 'Jane Smith', 'Jane Smith']);
  });

  it('an honorific of the other gender is another person (when the given name or honorific marks one)', () => {
    expect(speakers(analyze('“It is time,” John Clinton said.\n\n“It is not,” Mrs. Clinton said.'))).toEqual(['John Clinton', 'Clinton']);
    const a = analyze('“It is time,” Mr. Clinton said.\n\n“It is not,” Mrs. Clinton said.');
    expect(entities(a)).toEqual([['Clinton', 'person', 'Mr.', ['Mr. Clinton']], ['Clinton', 'person', 'Mrs.', ['Mrs. Clinton']]]);
  });

  it('a person first met by surname alone takes the first given name met, and no other', () => {
    const a = analyze('“It is time,” Smith said.\n\n“It is not,” John Smith said.\n\n“Fine,” Jane Smith said.');
    expect(entities(a)).toEqual([
      ['John Smith', 'person', null, ['Smith', 'John Smith']],
      ['Jane Smith', 'person', null, ['Jane Smith']],
    ]);
  });
});

describe('titles', () => {
  it('the longest title met names the entity, whichever comes first', () => {
    expect(entities(analyze('“We will win,” President Bashar al-Assad said.\n\n“We have won,” Syrian President Bashar al-Assad said.'))).toEqual([
      ['Bashar al-Assad', 'person', 'Syrian President', ['President Bashar al-Assad', 'Syrian President Bashar al-Assad']],
    ]);
    expect(entities(analyze('“We will win,” Syrian President Bashar al-Assad said.\n\n“We have won,” President Bashar al-Assad said.'))).toEqual([
      ['Bashar al-Assad', 'person', 'Syrian President', ['Syrian President Bashar al-Assad', 'President Bashar al-Assad']],
    ]);
  });
});

describe('descriptions', () => {
  it('a definite description with another modifier than the title is someone else', () => {
    const a = analyze('“We will win,” Syrian President Bashar al-Assad said.\n\n“We have won,” the French president said.');
    expect(entities(a)).toEqual([
      ['Bashar al-Assad', 'person', 'Syrian President', ['Syrian President Bashar al-Assad']],
      ['French president', 'description', null, ['the French president']],
    ]);
  });
});

describe('names that make no entity of their own', () => {
  it('a full name that neither speaks nor is a subject is not an entity: a later surname is not it', () => {
    expect(entities(analyze('Reporters asked Tom Lee about the plan.\n\n“It works,” Lee said.'))).toEqual([['Lee', 'person', null, ['Lee']]]);
  });
});

describe('organisations', () => {
  it('a lone name met after an organisation of that name is the organisation', () => {
    expect(entities(analyze('“The talks failed,” the Pentagon said.\n\n“They will resume,” Pentagon said.'))).toEqual([['Pentagon', 'organization', null, ['the Pentagon', 'Pentagon', 'Pentagon']]]);
  });

  it('an acronym met before the full name is the same organisation, named by the full name', () => {
    const a = analyze('“Prices rose,” the ECB said.\n\n“They will fall,” the European Central Bank said.');
    expect(entities(a)).toEqual([['European Central Bank', 'organization', null, ['the ECB', 'ECB', 'the European Central Bank']]]);
  });

  it('an acronym met after the full name joins it', () => {
    const a = analyze('“Prices rose,” the European Central Bank said.\n\n“They will fall,” the ECB said.');
    expect(speakers(a)).toEqual(['European Central Bank', 'European Central Bank']);
    expect(a.entities).toHaveLength(1);
  });
});

describe('pronouns', () => {
  it('"she" gives a person of unknown gender hers: a later "he" is someone else', () => {
    const a = analyze('Pat Lee met reporters. “We agree,” she said.\n\n“No,” he said.');
    expect(entities(a)).toEqual([
      ['Pat Lee', 'person', null, ['Pat Lee', 'she']],
      ['he', 'unknown', null, ['he']],
    ]);
  });

  it('without that, "he" is the person just met', () => {
    expect(entities(analyze('Pat Lee met reporters.\n\n“No,” he said.'))).toEqual([['Pat Lee', 'person', null, ['Pat Lee', 'he']]]);
  });

  it('"who" after a name and its role is that person', () => {
    const a = analyze('“The talks failed,” said Nour Haddad, a lawyer, who added that they would resume.');
    expect(entities(a)).toEqual([['Nour Haddad', 'person', 'lawyer', ['Nour Haddad', 'who']]]);
  });

  it('"it" is the organisation last met', () => {
    const a = analyze('“We will win,” the campaign said. “It cannot stop us,” it said.');
    expect(speakers(a)).toEqual(['campaign', 'campaign']);
    expect(entities(a)).toEqual([['campaign', 'organization', null, ['the campaign', 'it']]]);
  });

  it('"it" skips a group met since; "they" is the group or organisation seen last', () => {
    expect(speakers(analyze('“A,” the ministry said. “B,” the protesters said. “C,” it said.'))).toEqual(['ministry', 'protesters', 'ministry']);
    expect(speakers(analyze('“A,” the ministry said. “B,” the protesters said. “C,” they said.'))).toEqual(['ministry', 'protesters', 'protesters']);
    expect(speakers(analyze('“A,” the protesters said. “B,” the ministry said. “C,” they said.'))).toEqual(['protesters', 'ministry', 'ministry']);
  });

  it('a person named with a title is one a later "he" can mean, though not a speaker; a bare name in passing is not', () => {
    expect(entities(analyze('Reporters waited for Governor Hale. “We agree,” he said.'))).toEqual([['Hale', 'person', 'Governor', ['Governor Hale', 'he']]]);
    expect(entities(analyze('Reporters waited for Hale. “We agree,” he said.'))).toEqual([['he', 'unknown', null, ['he']]]);
  });

  it('"he" prefers the person who spoke in the paragraph over one named in passing', () => {
    const a = analyze('Ortiz said the bill was drafted by Governor Hale, whom he called “a friend.”');
    expect(entities(a)).toEqual([['Ortiz', 'person', null, ['Ortiz', 'he']]]);
  });
});
