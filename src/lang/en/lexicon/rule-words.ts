/**
 * Closed-class words and word patterns that the English rules read, grouped by rule.
 */
import { DAY_NAMES } from './words.js';

// rules/colon-lead-in.ts

// A word that a verb follows: an auxiliary or a modal, negated or not.
export const AUXILIARY = /^(?:do|does|did|will|would|can|could|should|may|might|must)(?:n[’']t|not)?$|n[’']t$/;

// rules/leading-cue.ts

/** Words that open a relative clause or an apposition after a speaker's name. */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'a', 'an', 'the']);

/**
 * Verbs of belief and expectation: under an outer reporting verb their pronoun subject is the
 * outer speaker ("Gov. Phil Bryant said he expects an “aggressive appeal”", "Lapp said she thinks
 * Republicans “are going to …”"), so the outer verb reports the words. (Other inner verbs keep a
 * pronoun subject: "she said he told her “…”".)
 */
export const ATTITUDE_LEMMAS: ReadonlySet<string> = new Set(['believe', 'think', 'feel', 'fear', 'hope', 'worry', 'expect', 'figure', 'reckon']);

/** Forms of "be": an -ing verb after one is progressive, a past participle passive. */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

/** Adverbs that may stand between "be" and its verb ("is already claiming"). */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(['already', 'still', 'now', 'also', 'not', 'just', 'again', 'reportedly', 'even']);

/** What opens an absolute construction before its subject ("with McCain calling", "– Ryan saying"). */
export const ABSOLUTE_OPENERS: ReadonlySet<string> = new Set(['with', 'and', ',', '—', '–', '-']);

// rules/speech-noun-possessor.ts

/** Nouns whose content is someone's words. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'statement', 'statements', 'assertion', 'assertions',
  'suggestion', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'warning', 'warnings', 'call', 'calls', 'demand',
  'demands', 'declaration', 'insistence', 'contention', 'argument', 'admission', 'denial', 'accusation', 'accusations',
  'complaint', 'complaints', 'boast', 'quip', 'joke', 'words', 'slogan', 'catchphrase', 'mantra', 'refrain',
  'description', 'characterization', 'characterisation', 'prediction', 'plea', 'tweet', 'tweets', 'answer', 'reply',
  'response', 'retort', 'question', 'charge', 'charges', 'threat', 'threats', 'proclamation', 'announcement',
]);

/**
 * Words that join a speech noun to its content: "claim that …", "call for …", "promise to …",
 * "assertion of …". (Not "as", "about" or "on": "declaring Trump's statements as “not
 * Christian”" quotes the one who declares.)
 */
export const LINKS: ReadonlySet<string> = new Set(['that', 'of', 'for', 'to']);

/** Possessive pronouns, read like the pronoun they stand for when the speaker is resolved. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

// rules/trailing-cue.ts

/** Words that open an adjunct after a trailing verb ("said on Monday", "said in a statement"): the report ends there. */
export const ADJUNCT_START: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'from', 'via', 'according', 'last', 'this', 'late', 'early', 'earlier', 'later', 'recently', 'yesterday', 'today', ...DAY_NAMES]);

// Forms of "be" and "get" before a past participle: the verb is passive, and reports nothing.
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting', 'gotten']);

// The particles of phrasal verbs.
export const PARTICLES: ReadonlySet<string> = new Set(['on', 'back', 'up', 'out', 'in', 'off', 'over']);

/** Words that go on with an adjunct after an unlisted trailing verb ("shot back with a laugh"). */
export const ADJUNCT_AFTER: ReadonlySet<string> = new Set(['with', 'and', 'as', 'while', 'before', 'after', 'at', 'from', 'in', 'on', 'during']);
