/**
 * Closed-class words and word patterns that the English grammar reads (noun phrases, subjects, the
 * cue finder, the mention parser), grouped by the module that reads them.
 */

// grammar/cues.ts

/** Forms of "put" in "as X put it". */
export const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/** Forms of "point" in "as X pointed out". */
export const POINT_FORMS: ReadonlySet<string> = new Set(['point', 'points', 'pointed', 'pointing']);

// Words that open a short phrase of time or setting after "put it" or "point out": "in December",
// "last week", "on Fox News", "during the debate".
export const SETTING_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'this', 'recently', 'yesterday']);

// grammar/mentions.ts

/** Head nouns of descriptions that name an organisation ("the army", "the campaign"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'government', 'army', 'military', 'ministry', 'command', 'agency', 'committee', 'council', 'campaign', 'administration',
  'police', 'party', 'office', 'department', 'media', 'television', 'tv', 'newspaper', 'paper', 'network', 'company', 'firm',
  'court', 'regime', 'coalition', 'alliance', 'group', 'organisation', 'organization', 'forces', 'statement', 'report',
]);

/** An Arabic article joined to a name, left out when names are compared (al-Assad → assad). */
export const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|az)[-‐]/;

/** Honorifics before a surname: a title word after one is the surname ("Mr. King"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

/** Title words that are adjectives in organisations' names ("State Department", "Democratic Party"). */
export const MODIFIER_TITLES: ReadonlySet<string> = new Set(['state', 'foreign', 'defence', 'defense', 'interior', 'finance', 'democratic', 'republican', 'gop', 'general', 'national']);

/** Titles that say their holder is a man. */
export const MALE_TITLES = /\b(?:mr|sir|lord|king|prince|father|brother|congressman|councilman|spokesman|chairman|sheikh|emir)\b/i;

/** Titles that say their holder is a woman. */
export const FEMALE_TITLES = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|sister|congresswoman|councilwoman|spokeswoman|chairwoman|first lady)\b/i;

// Nouns that say a description's gender: "his wife" is no "he", "the man" no "she".
export const FEMALE_HEADS: ReadonlySet<string> = new Set(['woman', 'wife', 'mother', 'daughter', 'sister', 'girl', 'actress', 'widow', 'bride', 'grandmother', 'aunt', 'niece', 'granddaughter', 'congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman', 'councilwoman', 'nun', 'mom', 'girlfriend']);

/** Nouns that say a description is of a man. */
export const MALE_HEADS: ReadonlySet<string> = new Set(['man', 'husband', 'father', 'son', 'brother', 'boy', 'widower', 'groom', 'grandfather', 'uncle', 'nephew', 'grandson', 'congressman', 'spokesman', 'chairman', 'businessman', 'councilman', 'priest', 'monk', 'dad', 'gentleman', 'boyfriend']);

// Where a title stops being about its holder: a preposition ("a spokesman for Mrs. Clinton") or a
// conjunction; before it, a possessive names someone else ("Mrs. Clinton's spokesman").
export const TITLE_TAIL = /\s(?:of|for|to|with|at|in|on|from|and|under)\s.*$/i;

// grammar/phrases.ts

/** Words before a time word in an adjunct between a subject and its verb ("on Wednesday", "late Thursday"). */
export const TIME_LEAD: ReadonlySet<string> = new Set(['on', 'late', 'early', 'last', 'this', 'next', 'in']);

/** A capitalised function word used as a given name before a surname: Will Doyle, May Smith. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(['will', 'may', 'june', 'april', 'august', 'hope', 'faith', 'grace', 'joy', 'rich', 'case', 'sunny']);

// Words that make a plural-noun cue form after them the noun: quantifiers and demonstratives
// ("many comments", "these claims"), and before "states" a few words of regions and unions
// ("Gulf states", "member states"); and capitalised regional adjectives ("Southern states").
export const BEFORE_PLURAL_NOUN: ReadonlySet<string> = new Set(['many', 'most', 'some', 'several', 'all', 'both', 'other', 'these', 'those', 'few', 'member', 'gulf', 'arab', 'nordic', 'united']);

/** Regional adjectives before a plural-noun cue form: the form is the noun ("Southern states"). */
export const REGIONAL_ADJECTIVE = /^(?:(?:south|north|east|west|mid|midwest|southwest|northwest|northeast|southeast)ern|asian|european|african|american|arab|latin|gulf|baltic|nordic|balkan|pacific|caribbean|scandinavian|islamic|muslim)$/;

/** Cue forms that are also plural nouns ("the states", "2013 comments"). */
export const PLURAL_NOUN_CUES: ReadonlySet<string> = new Set(['states', 'comments', 'remarks', 'claims', 'reports', 'notes', 'calls', 'promises', 'pledges']);

// Articles and possessive determiners: a cue word after one is a noun ("the report", "his comments").
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Floating quantifiers and intensive pronouns after a subject ("Bolton and Gorka both denounced", "Sanders himself"). */
export const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each', 'himself', 'herself', 'itself', 'themselves']);

/** Prepositions that open adjuncts of time, manner or occasion ("in the past", "at the time", "on air"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'over', 'after', 'before']);

/** Words that open a clause, after which capitalised words can be its subject. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'when', 'while', 'as', 'because', 'if', 'so', 'then']);

// Adverbs in -ly between a subject and its verb ("Trump jokingly said"), but not nouns in -ly.
export const NOT_ADVERBS: ReadonlySet<string> = new Set(['family', 'supply', 'assembly', 'monopoly', 'ally', 'rally', 'bully', 'anomaly', 'butterfly', 'italy', 'homily', 'belly', 'jelly']);

// Determiners that stand alone as a subject: "Yet another said", "Others added".
export const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(['another', 'others', 'one', 'some', 'many', 'several', 'both', 'most', 'few', 'two', 'three', 'four', 'all']);

/** Relative pronouns that open a clause after a name ("Michael Seaman, who lives in …"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

// Irregular past participles that modify a noun after it ("a letter written by …").
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'made', 'held', 'led', 'given', 'taken', 'written', 'shown', 'seen', 'done', 'sent', 'paid', 'brought', 'built', 'found']);

// Agent suffixes as the last part of a compound ("front-runner"; not "near-constant", "long-term").
export const COMPOUND_AGENT = /(?:er|ers|or|ors|ist|ists|ian|ians)$/;

// Lower-case nouns that name people by what they do: "the buyer", "a protester", "the economist".
export const AGENT_SUFFIX = /(?:er|ers|or|ors|ist|ists|ian|ians|ee|ees|man|men|woman|women|people|ent|ents|ant|ants)$/;

// grammar/subjects.ts

// Words that open a sentence without being its subject ("But, he said …", "Now, Assad said …").
export const CONNECTIVES: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'however', 'meanwhile', 'then', 'also', 'still', 'now', 'instead', 'indeed', 'later', 'again', 'likewise', 'similarly', 'moreover', 'furthermore', 'besides', 'nonetheless', 'nevertheless', 'anyway', 'regardless']);

// Ordinals that open a sentence before a comma ("First, Trump identified the judge as …").
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'lastly', 'finally', 'secondly', 'thirdly']);

// Words that open an introductory clause, which ends at its comma ("When asked about a truce, Assad said").
export const INTRODUCERS: ReadonlySet<string> = new Set([
  'when', 'after', 'before', 'while', 'as', 'in', 'on', 'at', 'during', 'since', 'with', 'without', 'despite',
  'although', 'though', 'if', 'because', 'asked', 'speaking', 'following', 'by', 'for', 'from', 'to', 'under', 'unlike',
  'outside', 'inside', 'at', 'near', 'across', 'throughout', 'within', 'amid', 'among', 'until', 'once', 'hours', 'days',
  'minutes', 'weeks', 'months', 'years', 'moments', 'earlier', 'later', 'last', 'this', 'next', 'that', 'over', 'like',
  'back', 'late', 'early', 'reached', 'contacted', 'pressed', 'questioned', 'along',
]);

// What follows "City, State," in an introductory clause: "At an event in Ames, Iowa, on Sunday, …".
export const PLACE_CONTINUERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'last', 'this', 'during', 'after', 'before', 'earlier', 'late', 'early']);

/** Month names and their abbreviations, which mark a dateline ("WASHINGTON, Dec. 8 —"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

// Words that end a time phrase opening a sentence: "A month later, he …", "Two days ago, the …".
export const TIME_ENDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before', 'after']);

// Nouns that end a time phrase opening a sentence: "The next day, …", "Each election cycle, …".
export const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'days', 'night', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'weekend', 'cycle', 'time', 'season']);
