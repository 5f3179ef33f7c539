/**
 * leading-cue on its own (src/lang/en/rules/leading-cue.ts): the nearest reporting verb before the
 * quotation in its sentence and its subject, an inverted verb and its speaker, and a participle and
 * the subject of its clause.
 */
import { describe, expect, it } from 'vitest';
import { ruleOn } from '../../support/context.js';

const leading = (text: string, qi = 0) => ruleOn(text, 'leading-cue', qi);

describe('leading-cue: a verb and its subject before the quotation', () => {
  it('"X told Y:" names X, not the listener', () => {
    expect(leading('Assad told Al-Watan: “We will win.”')).toEqual({ speaker: 'Assad', inherit: null, cue: 'told' });
    expect(leading('Assad told Reuters: “We will win.”')).toEqual({ speaker: 'Assad', inherit: null, cue: 'told' });
  });

  it('a pronoun subject and a partial quotation', () => {
    expect(leading('He said a rebel loss “will mean the end.”')).toEqual({ speaker: 'He', inherit: null, cue: 'said' });
  });

  it('a verb that takes the quotation as its object: called the situation “…”', () => {
    expect(leading('UN chief Ban Ki-moon called the situation “heart-breaking”.')).toEqual({ speaker: 'UN chief Ban Ki-moon', inherit: null, cue: 'called' });
  });

  it('a verb with a listener and a comma', () => {
    expect(leading('He warned the crowd, “Stay away.”')).toEqual({ speaker: 'He', inherit: null, cue: 'warned' });
  });

  it('"said Wednesday" after its subject still reports', () => {
    expect(leading('The minister said Wednesday, “We will win.”')).toEqual({ speaker: 'The minister', inherit: null, cue: 'said' });
  });

  it('a progressive after "be" is a verb, not a participle clause', () => {
    expect(leading('The campaign is already claiming a “landslide.”')).toEqual({ speaker: 'The campaign', inherit: null, cue: 'claiming' });
  });

  it('not "according to": it has its own rule', () => {
    expect(leading('The senator said, according to the agency, “We will win.”')).toBeNull();
  });

  it('not a relaying verb (reported)', () => {
    expect(leading('The agency reported that the army was “advancing.”')).toBeNull();
  });

  it('no cue before the quotation', () => {
    expect(leading('The army advanced toward “the city.”')).toBeNull();
  });
});

describe('leading-cue: an inner verb under an outer one', () => {
  it('a name as the inner subject: the outer verb reports', () => {
    expect(leading('Obama said Americans will say “no.”')).toEqual({ speaker: 'Obama', inherit: null, cue: 'said' });
  });

  it('words of time between the outer verb and the inner subject', () => {
    expect(leading('Obama said last week Americans will say “no.”')).toEqual({ speaker: 'Obama', inherit: null, cue: 'said' });
  });

  it('a pronoun under a verb of belief: the outer speaker', () => {
    expect(leading('Gov. Phil Bryant said he expects an “aggressive appeal.”')).toEqual({ speaker: 'Gov. Phil Bryant', inherit: null, cue: 'said' });
  });

  it('a pronoun under another verb keeps its own subject', () => {
    expect(leading('She said he told her “to leave.”')).toEqual({ speaker: 'he', inherit: null, cue: 'told' });
  });

  it('a verb of belief with no outer verb', () => {
    expect(leading('She thinks Republicans “are going to lose.”')).toEqual({ speaker: 'She', inherit: null, cue: 'thinks' });
  });

  it('not an outer verb that relays', () => {
    expect(leading('The paper reported Americans will say “no.”')).toEqual({ speaker: 'Americans', inherit: null, cue: 'say' });
  });

  it('not an outer verb with no subject of its own', () => {
    expect(leading('Then said Americans will say “no.”')).toEqual({ speaker: 'Americans', inherit: null, cue: 'say' });
  });

  it('not an outer participle', () => {
    expect(leading('Obama kept saying Americans will say “no.”')).toEqual({ speaker: 'Americans', inherit: null, cue: 'say' });
  });

  it('not over a clause joiner or a comma', () => {
    expect(leading('Obama spoke and Americans will say “no.”')).toEqual({ speaker: 'Americans', inherit: null, cue: 'say' });
    expect(leading('Obama said, Americans will say “no.”')).toEqual({ speaker: 'Americans', inherit: null, cue: 'say' });
  });
});

describe('leading-cue: a participle', () => {
  it('a participle reports for the subject of its clause', () => {
    expect(leading('The minister criticized the plan, saying it was “a disaster.”')).toEqual({ speaker: 'The minister', inherit: null, cue: 'saying' });
  });

  it('an absolute construction: "with Sen. John McCain calling it “…”"', () => {
    expect(leading('The deal collapsed, with Sen. John McCain calling it “a disgrace.”')).toEqual({ speaker: 'Sen. John McCain', inherit: null, cue: 'calling' });
  });

  it('an absolute construction with an adverb: "with Trump reportedly calling"', () => {
    expect(leading('The deal collapsed, with Trump reportedly calling it “a disgrace.”')).toEqual({ speaker: 'Trump', inherit: null, cue: 'calling' });
  });

  it('an absolute construction after "and"', () => {
    expect(leading('The deal collapsed – Ryan saying he was “confident” and Trump calling it “a disgrace.”', 1)).toEqual({ speaker: 'Trump', inherit: null, cue: 'calling' });
  });

  it('the subject at the sentence’s start, over a title in marks', () => {
    expect(leading('Sanders visited NBC’s “Today” to discuss the vote, saying it was “rigged.”', 1)).toEqual({ speaker: 'Sanders', inherit: null, cue: 'saying' });
  });

  it('the subject at the sentence’s start, over an earlier quotation', () => {
    expect(leading('Sanders called the vote “rigged” on Monday, saying it was “a sham.”', 1)).toEqual({ speaker: 'Sanders', inherit: null, cue: 'saying' });
  });

  it('the subject of a cue before an earlier quotation: X hailed “…”, saying “…”', () => {
    expect(leading('Warren hailed “a historic day”, saying “it is overdue.”', 1)).toEqual({ speaker: 'Warren', inherit: null, cue: 'saying' });
  });

  it('a participle after a comma with its subject', () => {
    expect(leading('Protesters marched, chanting “No.”')).toEqual({ speaker: 'Protesters', inherit: null, cue: 'chanting' });
  });

  it('the subject of a cue earlier in the paragraph, when its own sentence has none', () => {
    expect(leading('Warren praised the bill. Then, saying “it is overdue,” she left.')).toEqual({ speaker: 'Warren', inherit: null, cue: 'saying' });
    expect(leading('Warren praised the bill as asked. Then, saying “it is overdue,” she left.')).toEqual({ speaker: 'Warren', inherit: null, cue: 'saying' });
  });

  it('not a name that opens no absolute construction: the sentence’s subject instead', () => {
    expect(leading('The deal collapsed as Trump calling it “a disgrace” spoke.')).toEqual({ speaker: 'The deal', inherit: null, cue: 'calling' });
  });

  it('not a name at the sentence’s start with no subject of its own', () => {
    expect(leading('Trump calling it “a disgrace” was no surprise.')).toBeNull();
  });

  it('not a participle with no subject in its paragraph', () => {
    expect(leading('The crowd cheered; chanting “No.”')).toBeNull();
  });

  it('not the subject of a cue in the paragraph before', () => {
    expect(leading('Trump spoke.\n\nThe deal collapsed; calling it “a disgrace.”')).toBeNull();
  });
});

describe('leading-cue: a passive with its agent', () => {
  it('"was asked by host Bill Maher, “…”": the agent', () => {
    expect(leading('Sanders was asked by host Bill Maher, “Will you run?”')).toEqual({ speaker: 'host Bill Maher', inherit: null, cue: 'asked' });
  });

  it('with no agent after "by", the subject', () => {
    expect(leading('The mayor was asked by the, “No.”')).toEqual({ speaker: 'The mayor', inherit: null, cue: 'asked' });
  });
});

describe('leading-cue: an inverted verb, its speaker after it', () => {
  it('between commas: "…, explained Rosenberg, “…”"', () => {
    expect(leading('The plan was strong, explained Rosenberg, “and it will work.”')).toEqual({ speaker: 'Rosenberg', inherit: null, cue: 'explained' });
  });

  it('a role and a name before a colon', () => {
    expect(leading('Then explained moderator Nancy Cordes: “The rules are simple.”')).toEqual({ speaker: 'moderator Nancy Cordes', inherit: null, cue: 'explained' });
  });

  it('first in its sentence, a description speaks: "Added the mayor: “…”"', () => {
    expect(leading('Added the mayor: “We will rebuild.”')).toEqual({ speaker: 'the mayor', inherit: null, cue: 'Added' });
  });

  it('first in its sentence, a relative clause after the name', () => {
    expect(leading('Said Dorothy Poynter, who grew up with him, “He was kind.”')).toEqual({ speaker: 'Dorothy Poynter', inherit: null, cue: 'Said' });
  });

  it('first in its sentence, an age after the name', () => {
    expect(leading('Said Dorothy Poynter, 84, “He was kind.”')).toEqual({ speaker: 'Dorothy Poynter', inherit: null, cue: 'Said' });
  });

  it('a parenthetical between commas: "The paradox of Nancy, says Carl Anthony, a historian, is that …"', () => {
    expect(leading('The paradox of Nancy, says Carl Anthony, a historian, is that she was “never alone.”')).toEqual({ speaker: 'Carl Anthony', inherit: null, cue: 'says' });
  });

  it('not, first in its sentence, before an aside that is no apposition or relative clause', () => {
    expect(leading('Said Dorothy Poynter, of Iowa, “He was kind.”')).toBeNull();
  });

  it('not, first in its sentence, before an aside with no comma up to the quotation', () => {
    expect(leading('Said Dorothy Poynter, the neighbor “He was kind.”')).toBeNull();
  });

  it('not a parenthetical in the past tense, nor one with no comma after the speaker', () => {
    expect(leading('The paradox, said Carl Anthony, a historian, is that she was “never alone.”')).toBeNull();
    expect(leading('The paradox, says Carl Anthony the historian is that she was “never alone.”')).toBeNull();
  });

  it('not a description that does not start its sentence', () => {
    expect(leading('The answer, said the mayor, “is no.”')).toBeNull();
  });

  it('"told Reuters:" names the listener, not the speaker', () => {
    expect(leading('Later, told Reuters: “We will win.”')).toBeNull();
    expect(leading('Then told the mayor: “No.”')).toBeNull();
  });

  it('"asked Reuters:" names the listener too', () => {
    expect(leading('In an interview, asked Reuters: “Will you run?”')).toBeNull();
  });

  it('"called" names its object, not the speaker', () => {
    expect(leading('Then called Assad: “No.”')).toBeNull();
  });

  it('not a day: "said Wednesday, “…”"', () => {
    expect(leading('Also said Wednesday, “We will win.”')).toBeNull();
  });
});

describe('leading-cue: how far it looks', () => {
  it('tries a third cue after two that name no speaker', () => {
    expect(leading('Obama said, as noted, as added, it was “never close.”')).toEqual({ speaker: 'Obama', inherit: null, cue: 'said' });
  });

  it('gives up after three cues that name no speaker', () => {
    expect(leading('Obama said that, as noted, as added, as written, it was “never close.”')).toBeNull();
  });
});

describe('leading-cue: coordinated verbs', () => {
  it('"Carson took the stage and called the system “…”": the subject of the first verb', () => {
    expect(leading('Carson took the stage and called the system “rotten.”')).toEqual({ speaker: 'Carson', inherit: null, cue: 'called' });
  });

  it('after "but" too', () => {
    expect(leading('Carson took the stage but called the system “rotten.”')).toEqual({ speaker: 'Carson', inherit: null, cue: 'called' });
  });

  it('not when the first verb has no subject either', () => {
    expect(leading('On stage and called the system “rotten.”')).toBeNull();
  });
});
