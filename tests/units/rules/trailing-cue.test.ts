/**
 * trailing-cue on its own (src/lang/en/rules/trailing-cue.ts): the speaker and reporting verb right
 * after the quotation, in either order, and the unlisted "speaker verb." clause after it.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const trailing = (text: string) => ruleOn(text, 'trailing-cue');

describe('trailing-cue: a speaker and a listed verb after the quotation', () => {
  it('a name and its verb', () => {
    expect(trailing('“We will rebuild,” Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('a pronoun and its verb', () => {
    expect(trailing('“We will rebuild,” she said.')).toEqual({ speaker: 'she', inherit: null, cue: 'said' });
  });

  it('a verb with its listener after it', () => {
    expect(trailing('“We will rebuild,” Assad told reporters.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'told' });
  });

  it('"read" reports what a sign or a post says, though it relays elsewhere', () => {
    expect(trailing('“Resign now,” the sign read.')).toEqual({ speaker: 'the sign', inherit: null, cue: 'read' });
    expect(trailing('“Resign now,” it read.')).toEqual({ speaker: 'it', inherit: null, cue: 'read' });
  });

  it('a verb that relays (reported) is left to relayed-by', () => {
    expect(trailing('“We will rebuild,” the agency reported.')).toBeNull();
  });

  it('a verb that only takes the quotation as its object (called it) reports nothing', () => {
    expect(trailing('“We will rebuild,” Assad called it.')).toBeNull();
  });
});

describe('trailing-cue: inverted, the verb first', () => {
  it('“…,” said Jan Egeland', () => {
    expect(trailing('“We need access now,” said Jan Egeland.')).toEqual({ speaker: 'Jan Egeland', inherit: null, cue: 'said' });
  });

  it('a role before the name', () => {
    expect(trailing('“We need access now,” said UN relief chief Jan Egeland.')).toEqual({ speaker: 'UN relief chief Jan Egeland', inherit: null, cue: 'said' });
  });

  it('a description, a comma, then the name: the name speaks', () => {
    expect(trailing('“Children are starving,” said the group’s director, Sonia Khush.')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: 'said' });
  });

  it('"read the sign"', () => {
    expect(trailing('“Resign now,” read the sign.')).toEqual({ speaker: 'the sign', inherit: null, cue: 'read' });
  });

  it('an inverting verb right after the closing mark, its comma forgotten', () => {
    expect(trailing('“We will strike” said Kendall Fells.')).toEqual({ speaker: 'Kendall Fells', inherit: null, cue: 'said' });
  });

  it('not a verb that does not invert right after a label in marks with no punctuation', () => {
    expect(trailing('The “rigged” told the crowd that it was over.')).toBeNull();
  });

  it('not an inverted verb that only takes an object (called Assad)', () => {
    expect(trailing('“We will rebuild,” called Assad.')).toBeNull();
  });

  it('not an inverted relaying verb (reported the agency)', () => {
    expect(trailing('“We will rebuild,” reported the agency.')).toBeNull();
  });

  it('not an inverted verb with no speaker after it', () => {
    expect(trailing('“We will rebuild,” said.')).toBeNull();
  });
});

describe('trailing-cue: what stands between the name and the verb', () => {
  it('“…,” Sonia Khush, Save the Children Syria director, said', () => {
    expect(trailing('“Children are starving,” Sonia Khush, Save the Children Syria director, said.')).toEqual({ speaker: 'Sonia Khush', inherit: null, cue: 'said' });
  });

  it('a name, an age and a description up to the verb', () => {
    expect(trailing('“We will win,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said.')).toEqual({ speaker: 'Cecelia Purner', inherit: null, cue: 'said' });
  });

  it('two names joined by "and", with their titles', () => {
    expect(trailing('“We will win,” state Senate leader Phil Berger and House Speaker Tim Moore said.')).toEqual({
      speaker: 'state Senate leader Phil Berger and House Speaker Tim Moore', inherit: null, cue: 'said',
    });
  });

  it('a party and state in parentheses', () => {
    expect(trailing('“We will win,” Sen. Chuck Schumer (D-N.Y.) said.')).toEqual({ speaker: 'Sen. Chuck Schumer', inherit: null, cue: 'said' });
  });

  it('an apposition between dashes', () => {
    expect(trailing('“We will win,” Assad – the president – argued.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'argued' });
    expect(trailing('“We will win,” Assad - the president - said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('a description first and a name at the verb: the name speaks', () => {
    expect(trailing('“We will win,” the dawn of the movement, Bozell says.')).toEqual({ speaker: 'Bozell', inherit: null, cue: 'says' });
    expect(trailing('“We will win,” the president, Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('a description with an aside in parentheses or between dashes, then the name at the verb', () => {
    expect(trailing('“We will win,” the war (in Damascus), Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
    expect(trailing('“We will win,” the war — in Damascus — Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
    expect(trailing('“We will win,” the war – in Damascus – Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
    expect(trailing('“We will win,” the war - in Damascus - Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('a pronoun at the verb keeps it over a phrase that names no speaker', () => {
    expect(trailing('It would raise a “middle-class” income, he said.')).toEqual({ speaker: 'he', inherit: null, cue: 'said' });
  });

  it('a capitalised phrase before a description at the verb speaks', () => {
    expect(trailing('“We will win,” the Leave campaign, her advisers said.')).toEqual({ speaker: 'the Leave campaign', inherit: null, cue: 'said' });
  });

  it('with no subject at the verb, a phrase with a determiner or a speaker head before a comma', () => {
    expect(trailing('“We will win,” the rebels, said Assad.')).toEqual({ speaker: 'the rebels', inherit: null, cue: 'said' });
    expect(trailing('“We will win,” the rebels (in Damascus) said.')).toEqual({ speaker: 'the rebels', inherit: null, cue: 'said' });
  });

  it('not a bare noun that names no speaker', () => {
    expect(trailing('“We will win,” race, said Assad.')).toBeNull();
  });

  it('not a day: "Tuesday, Assad said" credits no one with the quotation', () => {
    expect(trailing('“We will win” Tuesday, Assad said.')).toBeNull();
  });

  it('not a phrase that runs on into other words before the verb', () => {
    expect(trailing('“We will win” in Damascus Assad said.')).toBeNull();
    expect(trailing('“We will win,” Assad; the president said.')).toBeNull();
  });
});

describe('trailing-cue: a participle, a passive, a new sentence', () => {
  it('a participle clause reports for the sentence’s subject, not here', () => {
    expect(trailing('“We will stay,” giving states more power.')).toBeNull();
  });

  it('a participle before a capitalised name is a clause too', () => {
    expect(trailing('“We will win,” quoting President Assad.')).toBeNull();
  });

  it('a participle before a role noun is a title: organizing director Kendall Fells', () => {
    expect(trailing('“We will strike,” organizing director Kendall Fells said.')).toEqual({ speaker: 'organizing director Kendall Fells', inherit: null, cue: 'said' });
  });

  it('a participle has no subject of its own here', () => {
    expect(trailing('“We will win,” the crowd kept chanting.')).toBeNull();
  });

  it('a passive verb after the quotation reports nothing', () => {
    expect(trailing('“Keep out,” the note was written.')).toBeNull();
  });

  it('after “… .” a new sentence "Assad said." credits the quotation', () => {
    expect(trailing('“We will win.” Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('after “… .” a new sentence whose verb ends with an adjunct', () => {
    expect(trailing('“We will win.” Assad said on Monday.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('after “… .” "told" with its listener', () => {
    expect(trailing('“We will win.” Assad told reporters.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'told' });
  });

  it('after “… .” a new sentence that ends the text', () => {
    expect(trailing('“We will win.” Assad said')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('after “…” (an ellipsis) a new sentence too', () => {
    expect(trailing('“We will win…” Assad said.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'said' });
  });

  it('not a new sentence whose verb has an object of its own', () => {
    expect(trailing('“We will win.” Assad added that they would stay.')).toBeNull();
  });

  it('not a new sentence whose verb introduces the next quotation', () => {
    expect(trailing('“We will win.” He added, “We will stay.”')).toBeNull();
    expect(trailing('“We will win.” Assad said: “We will stay.”')).toBeNull();
  });

  it('nothing after the quotation', () => {
    expect(trailing('“We will win,”')).toBeNull();
  });
});

describe('trailing-cue: an unlisted verb in a short "speaker verb." clause', () => {
  it('“…,” an angry Hollande retaliated', () => {
    expect(trailing('“We will win,” an angry Hollande retaliated.')).toEqual({ speaker: 'an angry Hollande', inherit: null, cue: 'retaliated' });
  });

  it('after a pronoun', () => {
    expect(trailing('“We will win,” he grinned.')).toEqual({ speaker: 'he', inherit: null, cue: 'grinned' });
  });

  it('inverted after "!": “This is fantastic!” beamed Donald Hartley', () => {
    expect(trailing('“This is fantastic!” beamed Donald Hartley.')).toEqual({ speaker: 'Donald Hartley', inherit: null, cue: 'beamed' });
  });

  it('not inverted before a description with no name', () => {
    expect(trailing('“This is fantastic!” beamed the crowd.')).toBeNull();
  });

  it('a phrase that runs on into the verb: "the nominee riffed"', () => {
    expect(trailing('“We will win,” the nominee riffed.')).toEqual({ speaker: 'the nominee', inherit: null, cue: 'riffed' });
  });

  it('an irregular past tense', () => {
    expect(trailing('“We will win,” Hollande went.')).toEqual({ speaker: 'Hollande', inherit: null, cue: 'went' });
  });

  it('a phrasal verb: shot back', () => {
    expect(trailing('“We will win,” Assad shot back.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'shot back' });
  });

  it('a phrasal verb and an adjunct: shot back with a laugh', () => {
    expect(trailing('“We will win,” Assad shot back with a laugh.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'shot back' });
  });

  it('after a regular past tense a particle opens an adjunct: riffed on the answer', () => {
    expect(trailing('“We will win,” Assad riffed on the answer.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'riffed' });
  });

  it('a clause that ends at a semicolon or goes on with "and"', () => {
    expect(trailing('“We will win,” Assad swore; nobody believed him.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'swore' });
    expect(trailing('“We will win,” Assad barked and left.')).toEqual({ speaker: 'Assad', inherit: null, cue: 'barked' });
  });

  it('not a verb with an object: retaliated against the rebels', () => {
    expect(trailing('“We will win,” Assad retaliated against the rebels.')).toBeNull();
    expect(trailing('“We will win,” Hollande shot back the ball.')).toBeNull();
  });

  it('not after a quotation closed by a period', () => {
    expect(trailing('“We will win.” an angry Hollande retaliated.')).toBeNull();
  });

  it('not after "it"', () => {
    expect(trailing('“We will win,” it boomed.')).toBeNull();
  });

  it('not a word that is no past tense', () => {
    expect(trailing('“We will win,” Assad grin.')).toBeNull();
    expect(trailing('“We will win,” Hollande goes.')).toBeNull();
    expect(trailing('“We will win,” he grins.')).toBeNull();
  });

  it('not a capitalised word or a comma where the verb stands', () => {
    expect(trailing('“We will win,” Hollande Grinned.')).toBeNull();
    expect(trailing('“We will win,” Hollande, grinned.')).toBeNull();
  });
});
