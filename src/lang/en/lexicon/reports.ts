/**
 * The words that reported speech without quotation marks is read by: which reporting verbs take
 * reported content, which take their listener first, and the words that open a reported clause
 * or an adjunct between a verb and its clause. Lower-case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Cue lemmas that report no act of speech or writing: beliefs, feelings and expectations ("thinks",
 * "hopes", "feared"), and verbs that cue a quotation only as manner ("laughed", "began"). Out of
 * the reported-speech finder's scope; they still cue quotations.
 */
export const NOT_SPEECH_LEMMAS = set(`
  believe think feel fear hope worry expect figure reckon remember continue begin read sing laugh
  chuckle sigh knock rip fire push pitch insult attack lash interrupt chime post quote speak thank
  indicate refer vent`);

/**
 * Lemmas that name their listener before what was said: "told reporters that …", "assured
 * voters the plan …", "asked the judge whether …".
 */
export const LISTENER_LEMMAS = set(`tell assure ask warn remind inform urge advise instruct promise`);

/** Object pronouns and listeners that stand alone after a verb of telling. */
export const LISTENERS = set(`me us you him her them reporters journalists supporters voters viewers listeners lawmakers everyone`);

/**
 * Words that open a reported question and belong to its content: "asked whether …"; after other
 * verbs only "whether", "if", "how", "why" and "what" do ("said of the course, which opened …").
 */
export const QUESTION_WORDS = set(`whether if why how what when where who which`);

/** Lemmas that report questions. */
export const QUESTION_LEMMAS = set(`ask wonder question`);

/**
 * Words that open a reported clause after its verb when no "that" does: subject pronouns,
 * determiners and quantifiers, "there" ("said there was …").
 */
export const CLAUSE_SUBJECT_STARTS = set(`
  he she it they we i you there this these those the a an his her their its our my your some
  many most all no none every each both several few more one two three four five six seven
  eight nine ten any nobody nothing everyone everything someone something`);

/**
 * Prepositions that open an adjunct between a reporting verb and its clause: "said in a statement
 * that …", "told CNN on Sunday that …", "wrote on Twitter that …".
 */
export const ADJUNCT_PREPOSITIONS = set(`in on at during to via through after before with from over by for under while of about`);

/** Adverbs that may stand between a reporting verb and its clause ("said repeatedly that"). */
export const CLAUSE_ADVERBS = set(`
  also again repeatedly recently earlier later previously yesterday today tonight now then since
  publicly privately separately flatly bluntly simply firmly clearly explicitly falsely
  wrongly correctly frequently often once twice last`);

/**
 * Words that, right after a reporting verb, show it reports no clause: prepositions ("spoke
 * about", "warned of", "told to"), and the few words "said" takes as its object ("said goodbye").
 */
export const NOT_CLAUSE_STARTS = set(`
  to about of for with on in at by from into onto upon so as and or but nor than like against
  along across near around inside outside throughout amid toward towards behind beyond despite
  without within between among
  over under through during after before while yes no goodbye hello thanks sorry grace
  otherwise nothing`);

/** Words of quantity that open a reported clause before a number: "said about 31,500 people …". */
export const QUANTITY_WORDS = set(`about nearly almost roughly around over under some more less fewer at up`);

/** Conjunctions after which a reporter's own clause may follow a reported one: ", and …", ", but …". */
export const COORDINATORS = set(`and but while whereas`);

/** Relative pronouns that open the reporter's aside after a comma at a content's end: ", which …". */
export const RELATIVE_ASIDES = set(`which who whom whose where`);

/** Articles: a noun phrase after the comma that follows "X said" is the reporter's aside (", an early copy of which …"). */
export const ARTICLES = set(`a an the`);

/**
 * Lemmas whose content may be an infinitive: what was promised, asked for or urged ("vowed to
 * fight on", "urged Congress to act", "told them to leave").
 */
export const INFINITIVE_LEMMAS = set(`vow promise pledge threaten urge ask tell warn demand beg plead implore instruct order advise swear`);

/** Pronouns that, right after a reporting verb and before a preposition or a stop, are its object: "said this via …", "said it." */
export const OBJECT_PRONOUNS = set(`this that it so these those`);

/** Prepositions that open the setting of an act of speech before its speaker: "In a statement, X said …". */
export const SETTING_PREPOSITIONS = set(`in on at during`);

/** Prepositions before a participle that make it a noun, not a report: "interest in writing hard news". */
export const GERUND_PREPOSITIONS = set(`in of at for from about`);

/** Words that label a line rather than name a speaker before a colon ("Source: AP", "Photo: …"). */
export const LINE_LABELS = set(`source sources photo photos image images credit credits updated update read watch related note editor correction video audio caption file`);

/**
 * What a verb of speech is about, after a preposition: "called for a vote", "asked about the
 * ban", "commented on the report", "warned of a crisis". Lemma → the prepositions it takes so.
 */
export const TOPIC_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    call: 'for on', ask: 'about for', comment: 'on', complain: 'about of', warn: 'of about against',
    plead: 'for', beg: 'for', boast: 'about of', joke: 'about', write: 'about of', testify: 'about', argue: 'for against',
    lament: 'about', muse: 'about on', wonder: 'about', reminisce: 'about', rail: 'against', quip: 'about', tweet: 'about',
    express: 'about', demand: 'for', push: 'for', remark: 'on upon', insist: 'on', vent: 'about', scoff: 'at',
  }).map(([lemma, preps]) => [lemma, new Set(preps.split(' '))]),
);

/** Plural nouns of time that make an adjunct after a preposition: "said for weeks that …". */
export const TIME_SPANS = set(`days weeks months years decades hours minutes ages`);

/** Subordinators that, after a comma at a content's end, open the reporter's circumstance: ", as convoys left …". */
export const ASIDE_SUBORDINATORS = set(`as while whereas`);

/** Prepositions after a quotation that end a reported clause there: "a “success” during a video appearance". */
export const AFTER_QUOTE_ADJUNCTS = set(`during`);

/**
 * Lemmas that usually take a noun phrase as their object: "claimed victory", "confirmed the
 * report", "denied the allegations", "answered questions", "declared an emergency", "wrote a
 * book". Without "that", only a subject pronoun after them opens a reported clause.
 */
export const NOUN_OBJECT_LEMMAS = set(`
  pledge report claim write tweet maintain answer add comment declare deny confirm state acknowledge
  charge repeat predict admit reiterate respond reply demand concede`);

/** Subject pronouns: after a verb of {@link NOUN_OBJECT_LEMMAS}, they alone show a clause without "that" ("denied he had …"). */
export const SUBJECT_PRONOUNS = set(`he she they we i you it there`);

/**
 * Verbs whose object is what was said even without quotation marks: "criticized the trade deal",
 * "accused Clinton of …", "praised his leadership", "described the plan as …".
 */
export const NOUN_CONTENT_LEMMAS = set(`describe praise criticise blast dismiss tout accuse blame express mention hail characterize condemn denounce decry slam lambaste deride mock reject applaud echo`);

/** Auxiliaries of the passive before a reporting verb: "was reported by", "has been denied by". */
export const PASSIVE_AUXILIARIES = set(`was were is are been be being has have had`);
