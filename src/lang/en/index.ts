/**
 * The English language pack: everything the library knows of English, built into one
 * {@link Language} value. Word lists live in `lexicon/` as data; what reads English (noun phrases,
 * subjects, the cue finder, the mention parser, titles of works) in `grammar/`; the rules, one
 * file each, in `rules/`.
 *
 * The rules below are the one ordered list of attribution rules: for each quotation they run in
 * this order and the first that finds a speaker decides; later rules may build on earlier results.
 */
import type { Language } from '../../language.js';
import { findCues } from './grammar/cues.js';
import { nameKey, parseMention, relativeAntecedent } from './grammar/mentions.js';
import { nameRuns } from './grammar/names.js';
import { sentenceSubjects } from './grammar/subjects.js';
import { looksLikeTitle } from './grammar/titles.js';
import { buildCueTable } from './lexicon/cues.js';
import { ABBREVIATIONS, ELISIONS, NAME_START, ORGANIZATION_WORDS, TITLES } from './lexicon/words.js';
import { accordingTo } from './rules/according-to.js';
import { colonLeadIn } from './rules/colon-lead-in.js';
import { dashCredit } from './rules/dash-credit.js';
import { headlineColon } from './rules/headline-colon.js';
import { leadingCue } from './rules/leading-cue.js';
import { nextParagraphContinuation } from './rules/next-paragraph-continuation.js';
import { paragraphContinuation } from './rules/paragraph-continuation.js';
import { relayedBy } from './rules/relayed-by.js';
import { sameSentence } from './rules/same-sentence.js';
import { sentenceFinalCue } from './rules/sentence-final-cue.js';
import { sentenceSubjectSieve } from './rules/sentence-subject.js';
import { speechNounPossessor } from './rules/speech-noun-possessor.js';
import { trailingCue } from './rules/trailing-cue.js';
import { accordingToContent } from './reports/according-to.js';
import { askedQuestion } from './reports/asked-question.js';
import { asReported } from './reports/as-reported.js';
import { frontedContent } from './reports/fronted-content.js';
import { nameColon } from './reports/name-colon.js';
import { passiveBy } from './reports/passive-by.js';
import { quotedFragment } from './reports/quoted-fragment.js';
import { reportedClause } from './reports/reported-clause.js';

const RULES = [
  // A speaker and verb right after the quotation are the most reliable sign in news style.
  trailingCue,
  // The nearest verb before the quotation in its sentence: "X said (that) … “…”", "X told Y: “…”".
  leadingCue,
  // A speaker and verb closing the sentence, after the reporter's own words.
  sentenceFinalCue,
  // "according to X" names the source when no verb does.
  accordingTo,
  // A name after a dash closing the sentence: pull quotes, captions.
  dashCredit,
  // "Name: …" headlines.
  headlineColon,
  // A colon with no verb: the sentence's subject introduces the quotation.
  colonLeadIn,
  // No cue: a noun of speech before the quotation ("his claim that “…”") names its possessor.
  speechNounPossessor,
  // Needs the rules above: quotations of one sentence share a speaker.
  sameSentence,
  // No verb in the sentence: its subject, when it is a person or organisation.
  sentenceSubjectSieve,
  // Needs the rules above: a quotation with no cue continues its paragraph's speaker …
  paragraphContinuation,
  // … or, when it opens a paragraph of its own, the previous paragraph's last speaker.
  nextParagraphContinuation,
  // Last: a medium that only relays the words ("the Japan Times reported"). An utterance that no
  // rule attributes is returned with no speaker rather than guessed (a "most recent speaker" rule
  // was measured at 12% precision on PolNeAR and removed).
  relayedBy,
] as const;

/**
 * The report rules: reported speech with or without quotation marks. Each cue reports one act of
 * speech; the first rule to use a cue keeps it.
 */
const REPORTS = [
  // "… was reported by X": first, or the clause rules would read the agent as a clause.
  passiveBy,
  // "As X said, …": before reported-clause, which would read the rest of the sentence as the
  // verb's clause.
  asReported,
  // A verb and the clause after it is the commonest shape of reported speech, and the surest.
  reportedClause,
  // "according to X" with the content before or after it.
  accordingToContent,
  // The content first, "…, X said.": read only where no clause follows the verb.
  frontedContent,
  // "Name: …" headlines; no verb.
  nameColon,
  // "Asked whether …": a question with no asker before the verb.
  askedQuestion,
  // Last: a quoted fragment whose sentence no rule above read, credited as the quotation rules did.
  quotedFragment,
] as const;

/** The names of the English report rules, as attributions report them ("reported-clause"). */
export type EnglishReportName = (typeof REPORTS)[number]['name'];

/** The names of the English rules, as results report them ("trailing-cue"). */
export type EnglishRuleName = (typeof RULES)[number]['name'];

/**
 * English: the default language of every extractor.
 *
 * @example
 * ```ts
 * english.rules.map((r) => r.name); // ['trailing-cue', 'leading-cue', …]
 * ```
 */
export const english: Language<EnglishRuleName, EnglishReportName> = {
  tag: 'en',
  orthography: { abbreviations: ABBREVIATIONS, capitalized: NAME_START, elisions: ELISIONS },
  lexicon: { cueTable: buildCueTable(), titles: TITLES, organizationWords: ORGANIZATION_WORDS },
  rules: RULES,
  reports: REPORTS,
  sample: 'Syrian President Bashar al-Assad spoke on Thursday.\n\n“Aleppo is free,” he said. “We will rebuild it,” Assad told reporters, according to the agency.',
  isTitle: looksLikeTitle,
  findCues,
  nameRuns,
  sentenceSubjects,
  relativeAntecedent,
  nameKey,
  parseMention,
};
