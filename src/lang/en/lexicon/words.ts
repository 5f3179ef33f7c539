/**
 * Closed-class word lists used by the mention finder. All entries are lower-case; lookups lower-case
 * the token first. Sources: English grammar (determiners, pronouns, auxiliaries), and the titles,
 * roles and organisation words of English-language news wires.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Personal and relative pronouns that can be the subject of a reporting verb, with their kind. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'self' | 'relative'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'plural'],
  ['i', 'self'], ['you', 'self'], ['who', 'relative'], ['which', 'relative'],
] as const);

/** Possessive pronouns standing alone as a speaker ("his claim that “…”"), with the pronoun they resolve as. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** Words that open a noun phrase: articles, demonstratives, possessives, quantifiers. */
export const DETERMINERS = set(`
  the a an this that these those his her their its our my your some many several few most all both
  each every another other one two three four five six seven eight nine ten dozens hundreds no any
  such more`);

/** Words that may stand between a subject and its reporting verb ("Assad also said"). */
export const VERB_ADJUNCTS = set(`
  also later then previously repeatedly recently reportedly further again once now already still
  has have had was were is are be been would will could can may might must should did does do
  not never just even only finally initially originally earlier simply quickly angrily bluntly
  flatly openly publicly privately separately subsequently immediately first last yesterday today
  tonight hasn't hadn't often always frequently`);

/** The days of the week. */
export const DAY_NAMES = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Day names and other time words that make up adjuncts such as "on Wednesday", "late Thursday". */
export const TIME_WORDS: ReadonlySet<string> = new Set([...DAY_NAMES, ...set(`
  week weekend month year morning
  afternoon evening night day late early last this next january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)]);

/**
 * Capitalised words that open a sentence without being part of a name: "On Tuesday", "Then
 * Brafman", "Ever since", "For Obama, …", "Despite Rubio's …".
 */
export const SENTENCE_OPENERS = set(`
  on in at of for to from with by then ever one after before during also still yet now meanwhile
  however last next later earlier asked reached contacted pressed questioned speaking according
  like unlike despite under over without within there here why how what whether not only even
  just instead indeed perhaps maybe yes no well oh so thus hence again once today tonight
  yesterday tomorrow amid toward towards across behind beyond near inside outside throughout
  following regarding given neither either alongside besides beside around rather nonetheless
  nevertheless moreover furthermore likewise otherwise therefore`);

const SENTENCE_ADVERB = /(?:ingly|edly|ously|ively|fully|ally|ately|ently|antly)$/;
/**
 * Whether a lower-cased word reads as a sentence adverb that may open a sentence before a name
 * ("Interestingly Blocher …"); not a name ending in -ly ("Kelly", "Connolly", "Daly").
 */
export const isSentenceAdverb = (w: string): boolean => w.endsWith('ly') && SENTENCE_ADVERB.test(w);

/** Prepositions that may continue a noun phrase to their left ("an official with a rebel group"). */
export const NP_PREPOSITIONS = set(`of with for at from in on to`);

/** Titles and roles that stand before a name; the name proper starts after the last of them. */
export const TITLES = set(`
  president vice prime minister secretary general lieutenant lt lt. gen gen. colonel col col.
  major maj maj. captain capt capt. sergeant sgt sgt. admiral adm adm. commander chief director
  senator sen sen. representative rep rep. congressman congresswoman governor gov gov. mayor
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend
  father sister brother king queen prince princess emir sheikh sheik ayatollah imam pope cardinal
  bishop archbishop rabbi judge justice chancellor ambassador envoy spokesman spokeswoman
  spokesperson chairman chairwoman chair ceo founder leader candidate nominee speaker deputy
  foreign defence defense interior finance state attorney former acting then-president
  president-elect superintendent sheriff commissioner councilman councilwoman councillor councilor
  officer analyst economist professor pastor coach producer editor correspondent reporter
  columnist author adviser advisor aide strategist pollster lawmaker diplomat official activist
  premier marshal first lady gop democratic republican sens. reps. gens. st. messrs. actor actress
  comedian singer rapper musician novelist filmmaker billionaire businessman businesswoman
  entrepreneur host anchor commentator writer lawyer hacker assemblyman assemblywoman democrat
  democrats republicans journalist`);

/** Lower-case nouns that name a speaker by role ("the official", "a spokesman"). */
export const ROLE_NOUNS = set(`
  official officials spokesman spokeswoman spokesperson minister president secretary adviser
  advisor aide analyst expert experts source sources diplomat diplomats officer officers general
  commander chief director leader leaders witness witnesses resident residents activist activists
  journalist journalists reporter correspondent doctor doctors lawyer attorney prosecutor judge
  economist economists researcher researchers professor teacher student students voter voters
  supporter supporters critic critics protester protesters rebel rebels fighter fighters soldier
  soldiers factions faction opposition government army military police ministry agency statement
  campaign committee council group organisation organization people man woman men women
  candidate nominee senator governor mayor lawmaker lawmakers member members head chairman
  strategist pollster observer observers negotiator negotiators envoy ambassador monitor monitors
  worker workers employee employees mother father wife husband son daughter friend neighbor
  neighbour colleague official's officials' administration white house judge jury court panel
  report study poll survey statement letter memo memorandum email e-mail filing lawsuit complaint
  ruling decision document article editorial book ad advertisement release announcement website
  blog post tweet message note notice order indictment motion brief transcript video network
  newspaper paper station channel magazine outlet company firm bank group coalition alliance
  union team staff staffer staffers crowd audience panelists host hosts anchor moderator
  chairwoman governor's founder owner ceo executive executives manager partner partners
  agent agents investigator investigators inspector inspectors regulator regulators
  citizen citizens american americans voter's lady office board community department bureau
  commission council committee administration cabinet senate house congress legislature
  parliament ministry embassy agency authority government regime army military police force
  side camp camp's family command leadership headquarters secretariat presidency monarchy
  kremlin palace ministry's directorate division unit brigade battalion regiment
  person mogul tycoon billionaire millionaire surgeon neurosurgeon actress child boy girl kid guy
  prince princess pope veteran veterans victim victims nurse priest nun monk widow bride groom
  spouse cousin uncle aunt niece nephew grandson granddaughter guest guests fan fans celebrity
  star champion athlete chef pilot scholar academic couple tabloid publication column piece
  readout interview petition headline op-ed
  chair deputy representative sheriff coach marshal colonel captain admiral king queen emir
  sheikh sheik ayatollah imam cardinal bishop archbishop rabbi reverend justice president-elect
  entrepreneur`);

/**
 * Documents and media that speak for their authors ("“…,” the report concluded", "The petition
 * accuses …"): speaker heads, but never what "he" or "she" refers to.
 */
export const DOCUMENT_NOUNS = set(`
  report study statement letter editorial survey poll memo memorandum ad advertisement message
  complaint lawsuit ruling indictment filing release analysis audit review email e-mail article
  book document post tweet note notice motion brief transcript video website blog newspaper paper
  magazine tabloid publication column piece readout interview petition headline op-ed`);

/** Plural role nouns: a speaker headed by one of them is a group. */
export const PLURAL_ROLE_NOUNS = set(`
  officials experts sources diplomats officers leaders witnesses residents activists journalists
  doctors economists researchers students voters supporters critics protesters rebels fighters
  soldiers factions lawmakers members observers negotiators monitors workers employees people
  men women analysts democrats republicans conservatives liberals americans`);

/** Words that mark a capitalised name as an organisation, outlet or institution. */
export const ORGANIZATION_WORDS = set(`
  agency army association authority bank board bureau cabinet campaign center centre church
  college command commission committee company congress corp corporation council court department
  embassy federation force forces foundation front fund government group guard inc institute
  institution league ltd ministry movement network news newspaper office organisation organization
  parliament party police post press programme program radio reuters senate service society
  state-run tass television times today tribune tv union university watch afp ap bbc cnn
  nbc abc cbs fox msnbc sana kremlin pentagon nato un u.n. eu who isis isil daesh hamas hezbollah
  taliban journal magazine gazette herald telegraph guardian daily weekly channel agency's
  convention conference club academy studios pictures entertainment museum
  administration white house breitbart politico huffington blog website facebook twitter
  directorate division order caucus coalition alliance`);

/** Country and region names commonly quoted as speakers; treated as organisations. */
export const COUNTRIES = set(`
  russia syria turkey iran iraq israel china japan france germany britain england uk u.k. us u.s.
  usa america ukraine egypt jordan lebanon saudi arabia qatar india pakistan afghanistan
  mexico canada brazil italy spain poland europe washington moscow beijing tehran damascus ankara
  kremlin london paris berlin kabul cairo`);

/** Words that cannot begin or continue a speaker noun phrase when walking left from a cue. */
export const NP_BREAKERS = set(`
  and or but nor so yet that which when while as because if although though after before since
  until unless whether where how why what whom whose than like about into onto over under through
  during against between among without within upon by via per is are was were be been being has
  have had do does did will would can could may might must shall should not there here it's
  said says say told tells`);

/** Abbreviations whose final period does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm st jr sr inc corp co ltd no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m mt ft rev messrs
  sens reps gens ave blvd dept univ est approx fig`);

/**
 * The start of a capitalised name, for a word that does not start with an ASCII capital: an
 * upper-case letter of any script, or a lower-case Arabic or Dutch particle joined by a hyphen to a
 * capitalised name (al-Assad, bin-Salman).
 */
export const NAME_START = /^(?:\p{Lu}|(?:al|el|ad|as|ash|at|ar|an|az|bin|ibn|abu|ben)[-\u2010\u2011]\p{Lu})/u;

/** Words that begin with an elided letter, after an apostrophe: ’em, ’til, ’tis, ’cause, ’n’. */
export const ELISIONS = /^(?:em|til|tis|twas|cause|bout|n)(?![\p{L}\p{N}])/iu;

/** Particles inside names (al-Assad, bin Salman, van der Leyen): part of the name, lower-case. */
export const NAME_PARTICLES = set(`al el ad as ash bin ibn abu de da di del della der den van von la le du dos das mac bint`);

/**
 * Past tenses that do not end in -ed: what follows a speaker in "“…,” Bennett shot back." and what
 * ends a speaker phrase in "The senator took aim at …".
 */
export const IRREGULAR_PAST = set(`
  went began shot spoke sang swore wrote bit broke cut fought hit kept let put rang threw struck stood
  took made gave came got held saw found brought thought felt ran won sent spent led met paid sold
  built drew flew grew knew rose chose drove sought taught caught bought fell
`);

/** Those that are as often nouns or adjectives after a noun: "the tax cut plan", "a long shot". */
export const NOUN_LIKE_PAST = set(`cut hit let put shot bit set left`);

/** Words that open a subordinate clause: "“…,” Hooton said after Rubio spoke", "as the crowd chanted". */
export const SUBORDINATORS = set(`after before when as while because since until once if unless though although whereas`);
