/**
 * The attribution rules (src/sieves), one sentence at a time: which rule attributes the quotation,
 * to which mention, with which cue, and the cases each rule must leave alone. Exact values, so
 * that mutation testing (npm run mutation) can see a changed condition.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extractQuotes } from '../../src/index.js';

type Row = [text: string, type: string, rule: string | null, mention: string | null, cue: string | null, confidence: number];
const rows = (text: string): Row[] =>
  extractQuotes(text, { includeUnattributed: true }).map((q) => [q.text, q.type, q.rule, q.speaker?.mention.text ?? null, q.cue?.text ?? null, q.confidence]);

const CASES: readonly [string, string, Row[]][] = [
  // trailing-cue
  ['trailing-cue: name and verb', '“We will win,” Assad said.', [['We will win,', 'direct', 'trailing-cue', 'Assad', 'said', 0.95]]],
  ['trailing-cue: inverted verb and name', '“We will win,” said Jan Egeland.', [['We will win,', 'direct', 'trailing-cue', 'Jan Egeland', 'said', 0.95]]],
  ['trailing-cue: two title words are no full name before a lower-case role', '“We will win,” said Former Republican presidential candidate Dana Ruiz.', [['We will win,', 'direct', 'trailing-cue', 'Former Republican presidential candidate Dana Ruiz', 'said', 0.95]]],
  ['trailing-cue: a pronoun that resolves to nothing', '“We will win,” he said.', [['We will win,', 'direct', 'trailing-cue', 'he', 'said', 0.665]]],
  ['trailing-cue: a verb with an object', '“We will win,” Assad told reporters.', [['We will win,', 'direct', 'trailing-cue', 'Assad', 'told', 0.95]]],
  ['trailing-cue: an apposition between name and verb', '“We will win,” Assad, the president, said.', [['We will win,', 'direct', 'trailing-cue', 'Assad', 'said', 0.95]]],
  ['trailing-cue: a name, an age and a role before the verb', '“We will win,” Cecelia Purner, 67, a retired teacher, said.', [['We will win,', 'direct', 'trailing-cue', 'Cecelia Purner', 'said', 0.95]]],
  ['trailing-cue: two names', '“We will win,” Smith and Jones said.', [['We will win,', 'direct', 'trailing-cue', 'Smith and Jones', 'said', 0.95]]],
  ['trailing-cue: a new sentence that is only "X said."', '“We will win.” Assad said.', [['We will win.', 'direct', 'trailing-cue', 'Assad', 'said', 0.95]]],
  ['trailing-cue: not a new sentence whose verb has an object of its own', '“We will win.” Assad added that they would stay.', [['We will win.', 'other', null, null, null, 0]]],
  ['trailing-cue: not a participle', '“We will win,” saying Assad.', [['We will win,', 'other', null, null, null, 0]]],
  ['trailing-cue: not a verb that only takes the quotation as object', '“We will win,” Assad called it.', [['We will win,', 'other', null, null, null, 0]]],
  ['trailing-cue: a new sentence whose verb ends with an adjunct', '“We will win.” Assad said on Monday.', [['We will win.', 'direct', 'trailing-cue', 'Assad', 'said', 0.95]]],
  ['trailing-cue: a new sentence with "told" and its listener', '“We will win.” Assad told reporters.', [['We will win.', 'direct', 'trailing-cue', 'Assad', 'told', 0.95]]],
  ['trailing-cue: a new sentence after an ellipsis', '“We will win…” Assad said.', [['We will win…', 'direct', 'trailing-cue', 'Assad', 'said', 0.95]]],
  ['trailing-cue: not an inverted verb that only takes the quotation as object', '“We will win,” called Assad.', [['We will win,', 'other', null, null, null, 0]]],
  ['trailing-cue: two names with titles', '“We will win,” Senate leader Phil Berger and House Speaker Tim Moore said.', [
    ['We will win,', 'direct', 'trailing-cue', 'Senate leader Phil Berger and House Speaker Tim Moore', 'said', 0.95]]],
  ['trailing-cue: a parenthesis between name and verb', '“We will win,” Sen. Chuck Schumer (D-N.Y.) said.', [['We will win,', 'direct', 'trailing-cue', 'Sen. Chuck Schumer', 'said', 0.95]]],
  ['trailing-cue: an apposition between dashes', '“We will win,” Chuck Schumer — the leader — said.', [['We will win,', 'direct', 'trailing-cue', 'Chuck Schumer', 'said', 0.95]]],
  ['trailing-cue: an unlisted verb after a question', '“Will we win?” Assad wondered.', [['Will we win?', 'direct', 'trailing-cue', 'Assad', 'wondered', 0.95]]],
  ['trailing-cue: an unlisted verb after a pronoun', '“We will win,” she beamed.', [['We will win,', 'direct', 'trailing-cue', 'she', 'beamed', 0.665]]],
  ['trailing-cue: not an unlisted verb after "it"', '“We will win,” it boomed.', [['We will win,', 'other', null, null, null, 0]]],
  ['trailing-cue: an unlisted phrasal verb', '“We will win,” Assad shot back.', [['We will win,', 'direct', 'trailing-cue', 'Assad', 'shot back', 0.95]]],
  ['trailing-cue: an irregular past before a semicolon', '“We will win,” Assad swore; nobody believed him.', [['We will win,', 'direct', 'trailing-cue', 'Assad', 'swore', 0.95]]],
  ['trailing-cue: not a word that is no past tense', '“We will win,” Assad grin.', [['We will win,', 'other', null, null, null, 0]]],
  // sentence-subject: who the sentence's subject may be
  ['sentence-subject: a pronoun', 'He took aim at the bill for “turning its back” on workers.', [['turning its back', 'partial', 'sentence-subject', 'He', null, 0.385]]],
  ['sentence-subject: not "it"', 'It took aim at the bill for “turning its back” on workers.', [['turning its back', 'partial', null, null, null, 0]]],
  ['sentence-subject: a role noun, its verb an irregular past', 'The senator took aim at the bill for “turning its back” on workers.', [['turning its back', 'partial', 'sentence-subject', 'The senator', null, 0.55]]],
  ['sentence-subject: not a noun that names no one', 'The bill took aim at the poor for “turning its back” on workers.', [['turning its back', 'partial', null, null, null, 0]]],
  ['sentence-subject: a full name', 'Hillary Clinton took aim at the bill for “turning its back” on workers.', [['turning its back', 'partial', 'sentence-subject', 'Hillary Clinton', null, 0.55]]],
  ['sentence-subject: not a lone capitalised word never seen inside a sentence', 'Clinton took aim at the bill for “turning its back” on workers.', [['turning its back', 'partial', null, null, null, 0]]],
  // sentence-final-cue: how the sentence may end
  ['sentence-final-cue: an exclamation mark', '“Boots on the ground” would be appropriate, Republican candidate Ben Carson said!', [
    ['Boots on the ground', 'direct', 'sentence-final-cue', 'Republican candidate Ben Carson', 'said', 0.8]]],
  ['sentence-final-cue: inverted, a question mark', '“Boots on the ground” would be appropriate, said Ben Carson?', [['Boots on the ground', 'direct', 'sentence-final-cue', 'Ben Carson', 'said', 0.8]]],
  ['sentence-final-cue: not a verb that only takes an object', '“Boots on the ground” would be appropriate, called Ben Carson.', [['Boots on the ground', 'other', null, null, null, 0]]],
  ['sentence-final-cue: not without a comma before the speaker', '“Boots on the ground” would be appropriate Ben Carson said.', [['Boots on the ground', 'other', null, null, null, 0]]],
  // relayed-by
  ['relayed-by: the medium and its verb after a long adjunct', 'The war is “very painful,” the Japan Times reported on Monday, citing officials who were not named.', [
    ['very painful,', 'partial', 'relayed-by', 'the Japan Times', 'reported', 0.5]]],
  ['trailing-cue: a document speaks for its authors', '“Immigrants are integrating,” the report concluded.', [['Immigrants are integrating,', 'direct', 'trailing-cue', 'the report', 'concluded', 0.95]]],
  ['trailing-cue: a name that ends with an abbreviation before an apposition', '“We will win,” James B. Comey Jr., the director of the Federal Bureau of Investigation, said at a news conference.', [
    ['We will win,', 'direct', 'trailing-cue', 'James B. Comey Jr', 'said', 0.95]]],
  ['leading-cue: a cue word after an article is a noun (the report said)', 'The report said immigrants are “integrating fast.”', [['integrating fast.', 'partial', 'leading-cue', 'The report', 'said', 0.85]]],
  // leading-cue
  ['leading-cue: a colon after the verb', 'Assad said: “We will win.”', [['We will win.', 'direct', 'leading-cue', 'Assad', 'said', 0.85]]],
  ['leading-cue: a partial quotation', 'Assad said the army would “win the war”.', [['win the war', 'partial', 'leading-cue', 'Assad', 'said', 0.85]]],
  ['leading-cue: "told X:" names the speaker, not the listener', 'Assad told Al-Watan: “We will win.”', [['We will win.', 'direct', 'leading-cue', 'Assad', 'told', 0.85]]],
  ['leading-cue: a pronoun', 'He said a rebel loss “will mean the end”.', [['will mean the end', 'partial', 'leading-cue', 'He', 'said', 0.595]]],
  ['leading-cue: a title before the name', 'UN chief Ban Ki-moon called the situation “heart-breaking”.', [['heart-breaking', 'partial', 'leading-cue', 'UN chief Ban Ki-moon', 'called', 0.85]]],
  ['leading-cue: a participle reports for its clause’s subject', 'Assad hailed the victory, saying “it is history”.', [['it is history', 'partial', 'leading-cue', 'Assad', 'saying', 0.85]]],
  ['leading-cue: a participle after an earlier quotation', 'Assad hailed “the victory”, saying “it is history”.', [
    ['the victory', 'partial', 'leading-cue', 'Assad', 'hailed', 0.85], ['it is history', 'partial', 'leading-cue', 'Assad', 'saying', 0.85]]],
  ['leading-cue: an inverted verb before the quotation', 'In a speech, explained Rosenberg, “the law is porous.”', [['the law is porous.', 'partial', 'leading-cue', 'Rosenberg', 'explained', 0.85]]],
  // sentence-final-cue
  ['sentence-final-cue: name and verb closing the sentence', '“Boots on the ground” would be appropriate, Republican candidate Ben Carson said.', [['Boots on the ground', 'direct', 'sentence-final-cue', 'Republican candidate Ben Carson', 'said', 0.8]]],
  ['sentence-final-cue: inverted', '“Boots on the ground” would be appropriate, said Ben Carson.', [['Boots on the ground', 'direct', 'sentence-final-cue', 'Ben Carson', 'said', 0.8]]],
  // according-to
  ['according-to: before the quotation', 'According to the newspaper, “gun laws are porous.”', [['gun laws are porous.', 'partial', 'according-to', 'the newspaper', 'According to', 0.85]]],
  ['according-to: after the quotation', '“Gun laws are porous,” according to the newspaper.', [['Gun laws are porous,', 'direct', 'according-to', 'the newspaper', 'according to', 0.85]]],
  // dash-credit
  ['dash-credit: a name after a dash', '“We will rebuild.” – Sonia Khush', [['We will rebuild.', 'direct', 'dash-credit', 'Sonia Khush', null, 0.8]]],
  ['dash-credit: a name and a role after an em dash', '“We will rebuild.” — Sonia Khush, director.', [['We will rebuild.', 'direct', 'dash-credit', 'Sonia Khush', null, 0.8]]],
  ['dash-credit: not a lower-case description', '“We will rebuild.” – the director', [['We will rebuild.', 'other', null, null, null, 0]]],
  // headline-colon and colon-lead-in
  ['headline-colon', 'Bashar al-Assad: Aleppo victory will be a ‘huge step’', [['huge step', 'partial', 'headline-colon', 'Bashar al-Assad', ':', 0.75]]],
  ['colon-lead-in', 'The newspaper focuses on the attack: “In taking 129 lives the attackers failed.”', [['In taking 129 lives the attackers failed.', 'direct', 'colon-lead-in', 'The newspaper', ':', 0.6]]],
  // same-sentence, continuations, relayed-by; an utterance no rule attributes has no speaker
  ['same-sentence', 'It was “dead on arrival” and “unworkable,” Smith said.', [
    ['dead on arrival', 'partial', 'same-sentence', 'Smith', null, 0.8], ['unworkable,', 'partial', 'trailing-cue', 'Smith', 'said', 0.95]]],
  ['paragraph-continuation', 'He said victory was near. It means the government has “eliminated all terrorists.”', [['eliminated all terrorists.', 'partial', 'paragraph-continuation', 'He', null, 0.49]]],
  ['next-paragraph-continuation', '“We will win,” the official said.\n“The civilian burden is very heavy, in a small area.”', [
    ['We will win,', 'direct', 'trailing-cue', 'the official', 'said', 0.95], ['The civilian burden is very heavy, in a small area.', 'direct', 'next-paragraph-continuation', 'the official', null, 0.6]]],
  ['relayed-by: after the quotation', 'The war is “very painful,” the Japan Times reported.', [['very painful,', 'partial', 'relayed-by', 'the Japan Times', 'reported', 0.5]]],
  ['relayed-by: a medium right after the quotation', '“We will win,” the newspaper reported.', [['We will win,', 'direct', 'relayed-by', 'the newspaper', 'reported', 0.5]]],
  ['no rule: an utterance two paragraphs on is not guessed', '“We will fight on,” Sanders said.\n\nThe crowd cheered.\n\n“We are not done yet, not by a long way.”', [
    ['We will fight on,', 'direct', 'trailing-cue', 'Sanders', 'said', 0.95], ['We are not done yet, not by a long way.', 'direct', null, null, null, 0]]],
  ['no rule: nor further back', '“We will fight on,” Sanders said.\n\nThe crowd cheered.\n\nA band played.\n\nIt rained.\n\n“We are not done yet, not by a long way.”', [
    ['We will fight on,', 'direct', 'trailing-cue', 'Sanders', 'said', 0.95], ['We are not done yet, not by a long way.', 'direct', null, null, null, 0]]],
  // colon-lead-in across paragraphs; continuation when the paragraph before has no colon
  ['colon-lead-in: a paragraph of its own ending with a colon', 'The mayor spoke for an hour.\n\nShe then listed her conditions:\n\n“The library stays open.”', [
    ['The library stays open.', 'direct', 'colon-lead-in', 'She', ':', 0.6]]],
  ['colon-lead-in: a lead-in paragraph with a reporting verb', 'As the economist Rafael Ortega wrote after the vote:\n\n“Prices will not fall.”', [
    ['Prices will not fall.', 'direct', 'colon-lead-in', 'the economist Rafael Ortega', 'wrote', 0.6]]],
  ['colon-lead-in: not without the colon', 'The mayor spoke for an hour.\n\n“The library stays open.”', [
    ['The library stays open.', 'direct', 'next-paragraph-continuation', 'The mayor', null, 0.6]]],
  // a quotation that closes its sentence
  ['same-sentence: backwards over a quotation that closes its sentence', 'Scores of people died in the raids, “but the city is free.” Assad commented that the losses were “very painful.”', [
    ['but the city is free.', 'partial', 'same-sentence', 'Assad', null, 0.8], ['very painful.', 'partial', 'leading-cue', 'Assad', 'commented', 0.85]]],
  ['same-sentence: never forwards into the next sentence', 'Smith said the plan was “dead on arrival.” The crowd in the square followed by softly mouthing “dead.”', [
    ['dead on arrival.', 'partial', 'leading-cue', 'Smith', 'said', 0.85], ['dead.', 'partial', 'sentence-subject', 'The crowd', null, 0.55]]],
  // trailing-cue with a verb that is not in the cue list
  ['trailing-cue: an unlisted verb before the name', '“Sit down!” roared Delgado.', [['Sit down!', 'direct', 'trailing-cue', 'Delgado', 'roared', 0.95]]],
  ['trailing-cue: an unlisted verb and an adjunct', '“Sit down,” Delgado barked at the reporter.', [['Sit down,', 'direct', 'trailing-cue', 'Delgado', 'barked', 0.95]]],
  ['trailing-cue: not a participle with an infinitive after it (“the number needed to win”)', 'He says nobody is “on pace to get 1,237 delegates,” the number needed to win.', [
    ['on pace to get 1,237 delegates,', 'partial', 'leading-cue', 'He', 'says', 0.595]]],
  ['trailing-cue: a name at the verb after a description of the words', '“It feels like the 1970s,” the decade of the oil shocks, Morales says.', [
    ['It feels like the 1970s,', 'direct', 'trailing-cue', 'Morales', 'says', 0.95]]],
  ['trailing-cue: a description with an apposition speaks when no name stands at the verb', '“It feels like the 1970s,” the economist, a former minister, says.', [
    ['It feels like the 1970s,', 'direct', 'trailing-cue', 'the economist', 'says', 0.95]]],
  // subjects
  ['leading-cue: the name after an object-taking verb is its object', 'Senator Ana Reyes called the NRA “reckless” on Friday.', [['reckless', 'partial', 'leading-cue', 'Senator Ana Reyes', 'called', 0.85]]],
  ['leading-cue: a dateline before the subject', 'WASHINGTON, Dec. 8 (UPI) — A senior diplomat praised the talks, saying they were “a real step forward.”', [
    ['a real step forward.', 'partial', 'leading-cue', 'A senior diplomat', 'saying', 0.85]]],
  ['leading-cue: a name and a dash are no dateline', 'Assad — the president — hailed the talks, saying they were “a real step forward.”', [
    ['a real step forward.', 'partial', 'leading-cue', 'Assad', 'saying', 0.85]]],
  ['leading-cue: capitals and a dash before a lower-case word are no dateline', 'NATO — the alliance — answered the threat, saying it was “a warning.”', [
    ['a warning.', 'partial', 'leading-cue', 'NATO', 'saying', 0.85]]],
  // the subject a participle reports for: connectives, introductory clauses, adverbs and a parenthesis before or after it
  ['leading-cue: an introductory clause before the subject of a participle', 'When asked about the truce, Assad smiled, saying it was “a trick.”', [['a trick.', 'partial', 'leading-cue', 'Assad', 'saying', 0.85]]],
  ['leading-cue: an adverb before the subject of a participle', 'Clearly, the minister was angry, calling the report “a lie.”', [['a lie.', 'partial', 'leading-cue', 'the minister', 'calling', 0.85]]],
  ['leading-cue: a connective, a phrasal verb', 'But the minister hit back, calling the report “a lie.”', [['a lie.', 'partial', 'leading-cue', 'the minister', 'calling', 0.85]]],
  ['leading-cue: a connective and an introductory clause, a past tense before a comma', 'Meanwhile, in a statement on Monday, the minister smiled, saying “no comment.”', [
    ['no comment.', 'direct', 'leading-cue', 'the minister', 'saying', 0.85]]],
  ['leading-cue: a parenthesis after the subject of a participle', 'The minister (a former judge) hit back, calling the report “a lie.”', [['a lie.', 'partial', 'leading-cue', 'The minister', 'calling', 0.85]]],
  ['leading-cue: no subject when the introductory clause has no comma', 'When asked the minister smiled and then “laughed.”', [['laughed.', 'other', null, null, null, 0]]],
  ['leading-cue: a time phrase before the subject', 'A week later, she described the plan as “unacceptable.”', [['unacceptable.', 'partial', 'leading-cue', 'she', 'described', 0.595]]],
  // speech-noun-possessor
  ['speech-noun-possessor: a possessive pronoun, a link and three words', 'The senator stood by his claim that the plan was “dead on arrival.”', [['dead on arrival.', 'partial', 'speech-noun-possessor', 'his', null, 0.75]]],
  ['speech-noun-possessor: a name with its possessive, a title kept', 'Critics seized on Governor Ortiz’s promise to be “neutral” in the talks.', [['neutral', 'partial', 'speech-noun-possessor', 'Governor Ortiz', null, 0.75]]],
  ['speech-noun-possessor: two modifiers before the noun', 'Reporters checked Trump’s recent evidence-free assertion that “thousands” cheered.', [['thousands', 'partial', 'speech-noun-possessor', 'Trump', null, 0.75]]],
  ['speech-noun-possessor: not a word that opens the sentence', 'While Sanders’s call for a “revolution” draws crowds, others wait.', [['revolution', 'partial', 'speech-noun-possessor', 'Sanders', null, 0.75]]],
  ['speech-noun-possessor: not after "as"', 'Critics seized on Ortiz’s remarks as “reckless.”', [['reckless.', 'other', null, null, null, 0]]],
  ['speech-noun-possessor: not four words after the link', 'Hale stood by his claim that the new city budget was “fair.”', [['fair.', 'other', null, null, null, 0]]],
  ['speech-noun-possessor: not without a possessor', 'Critics seized on the promise to be “neutral” in the talks.', [['neutral', 'other', null, null, null, 0]]],
  // cue forms that are plural nouns
  ['cues: a plural noun after a number is no cue', 'The email appears to contradict 2013 comments from the secretary that “no one was warned.”', [['no one was warned.', 'partial', 'sentence-subject', 'The email', null, 0.55]]],
  ['cues: a surname that ends like an adjective still reports', 'Ryan calls the remark “racist.”', [['racist.', 'partial', 'leading-cue', 'Ryan', 'calls', 0.85]]],
  ['cues: a plural noun cue form heads the subject', 'Many Southern states call the law “unfair.”', [['unfair.', 'partial', 'leading-cue', 'Many Southern states', 'call', 0.85]]],
  ['cues: a modifier after a gerund makes a plural-noun cue form the noun', 'Sanders accused her of making racist remarks by using the term “superpredator” in the 1990s.', [['superpredator', 'partial', 'leading-cue', 'Sanders', 'accused', 0.85]]],
];

describe('attribution rules on single sentences', () => {
  it.each(CASES)('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('fixed attribution bugs', () => {
  // leading-cue's coordinated verb ("X took the stage and called …") once took the subject with the
  // first verb ("Carson took"); the phrase now stops before a lower-case word that takes an object.
  it('leading-cue: the subject of a coordinated verb stops before the first verb', () => {
    expect(rows('Carson took the stage and called the system “rotten”.')).toEqual([['rotten', 'partial', 'leading-cue', 'Carson', 'called', 0.85]]);
  });
});

describe('cue verbs of the caller’s (createExtractor({ cueVerbs }))', () => {
  const withCues = (cueVerbs: string[], text: string): Row[] =>
    createExtractor({ cueVerbs, includeUnattributed: true }).extractQuotes(text).map((q) => [q.text, q.type, q.rule, q.speaker?.mention.text ?? null, q.cue?.text ?? null, q.confidence]);

  it('reports with a verb the built-in list lacks, written in any case', () => {
    const text = 'The minister intoned that the plan was “a fine idea.”';
    expect(rows(text)).toEqual([['a fine idea.', 'partial', 'sentence-subject', 'The minister', null, 0.55]]);
    expect(withCues(['Intoned'], text)).toEqual([['a fine idea.', 'partial', 'leading-cue', 'The minister', 'intoned', 0.85]]);
  });

  // (A filter by first letter and length once left out every cue longer than 15 code units.)
  it('reports with a verb of more than 15 letters', () => {
    expect(withCues(['compartmentalized'], 'The minister compartmentalized the plan as “a fine idea.”')).toEqual([['a fine idea.', 'partial', 'leading-cue', 'The minister', 'compartmentalized', 0.85]]);
  });
});
