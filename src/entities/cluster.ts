/**
 * In-document clustering of speaker mentions into entities: "Syrian President Bashar al-Assad",
 * "Assad", "the Syrian president" and "he" become one entity named "Bashar al-Assad".
 *
 * Mentions are read in document order. A name joins the most recent entity whose surname (or, for
 * organisations, whole name or acronym) agrees; a definite description joins the most recent
 * entity that carries its role as a title, or an earlier description with the same head noun; a
 * pronoun joins the most recent salient entity of a fitting kind. Name runs found anywhere in the
 * reporter's text only serve to give a speaker its fullest name and to be antecedents of pronouns.
 */
import { antecedentEnd, headIndex, isGivenNameWord, standaloneDeterminer, type Phrase } from '../lang/en/grammar/phrases.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lang/en/lexicon/given-names.js';
import { nameSimilarity } from '../nlp/natural.js';
import type { Doc } from '../text/document.js';
import { OWN_ARRAYS, type ArrayMemory } from '../text/memory.js';
import type { SpeakerKind } from '../types.js';
import {
  COUNTRIES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  PLURAL_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
} from '../lang/en/lexicon/words.js';

/** Lexicons the clusterer reads (the built-ins plus a user's additions). */
export interface EntityLexicon {
  readonly titles: ReadonlySet<string>;
  readonly organizationWords: ReadonlySet<string>;
}

/** The default lexicon. */
export const DEFAULT_ENTITY_LEXICON: EntityLexicon = { titles: TITLES, organizationWords: ORGANIZATION_WORDS };

/** A cluster of mentions. */
export interface EntityCluster {
  readonly id: number;
  kind: SpeakerKind;
  /** Best name so far and its size in name tokens. */
  name: string;
  nameSize: number;
  titles: string[];
  surname: string | null;
  first: string | null;
  /** Lower-case head nouns of its descriptions and titles. */
  heads: Set<string>;
  /** A document or a medium ("the report", "the petition"): never what "he" or "she" refers to. */
  document: boolean;
  /** Whether a speaker mention or a titled name refers to it (pronouns may then point to it). */
  salient: boolean;
  /** The gender its given name, honorific or pronouns mark, when one does. */
  gender: 'male' | 'female' | null;
  lastSeen: number;
  /** Paragraph of its latest mention as a speaker, a sentence's subject or a pronoun (-1: none). */
  prominentPara: number;
  mentions: { start: number; end: number }[];
}

type Parsed =
  | { readonly type: 'pronoun'; readonly word: string }
  | { readonly type: 'name'; readonly name: string; readonly keys: readonly string[]; readonly title: string | null; readonly kind: SpeakerKind }
  | { readonly type: 'description'; readonly text: string; readonly head: string; readonly definite: boolean; readonly modifiers: readonly string[]; readonly kind: SpeakerKind };

const ORG_HEADS = new Set([
  'government', 'army', 'military', 'ministry', 'command', 'agency', 'committee', 'council', 'campaign', 'administration',
  'police', 'party', 'office', 'department', 'media', 'television', 'tv', 'newspaper', 'paper', 'network', 'company', 'firm',
  'court', 'regime', 'coalition', 'alliance', 'group', 'organisation', 'organization', 'forces', 'statement', 'report',
]);
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|az)[-‐]/;
const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
// How many earlier candidates a mention is compared with, at most.
const LOOKBACK = 64;

/** The form of a name token used to compare names: lower-case, without an Arabic article (al-Assad → assad). */
export function nameKey(lower: string): string {
  // (Most names have neither a hyphen nor an apostrophe: they are their own key, with no regular
  // expression run; nameKey is called for every mention and name run.)
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 39 || c === 0x2019) return lower.replace(ARABIC_ARTICLE, '').replace(/[’']/g, "'");
  }
  return lower;
}

/** Parses a speaker phrase into a pronoun, a name (with its title) or a description. */
export function parseMention(doc: Doc, p: Phrase, lex: EntityLexicon): Parsed {
  const tk = doc.tokens;
  if (p.first === p.last && PRONOUNS.has(tk.lowerOf(p.first))) return { type: 'pronoun', word: tk.lowerOf(p.first) };
  // "his claim that “…”": the possessor is found as the pronoun it stands for.
  const nominative = p.first === p.last ? POSSESSIVE_PRONOUNS.get(tk.lowerOf(p.first)) : undefined;
  if (nominative !== undefined) return { type: 'pronoun', word: nominative };
  // "Both said", "Many agreed", "Another added": people, however capitalised; "he" is not one of many.
  const alone = p.first === p.last ? standaloneDeterminer(tk.lowerOf(p.first)) : null;
  if (alone !== null) {
    return { type: 'description', text: tk.textOf(p.first), head: tk.lowerOf(p.first), definite: false, modifiers: [], kind: alone === 'many' ? 'group' : 'description' };
  }
  // Head: the last token, or the noun before a prepositional phrase ("an official with a rebel group").
  const headIdx = headIndex(doc, p);
  const h = tk.lowerOf(headIdx);
  const text = doc.text.slice(tk.startOf(p.first), tk.endOf(p.last));
  // (A title word after an honorific or a given name is a surname: "Mr. King", "Peter King".)
  if (tk.isCap(headIdx) && (!lex.titles.has(h) || surnameAt(tk, headIdx, p.first, lex))) {
    // The name: the run of capitalised words, particles and initials ending at the head, after any possessive.
    let s = headIdx;
    while (s - 1 >= p.first) {
      const t = s - 1;
      if (tk.isPoss(t)) break;
      if (tk.isWord(t) && (tk.isCap(t) || NAME_PARTICLES.has(tk.lowerOf(t))) && !DETERMINERS.has(tk.lowerOf(t))) { s--; continue; }
      // "Federal Bureau | of | Investigation", "Center | for | American Progress": a preposition after an organisation word.
      if (joinsOrganizationName(tk, t, p.first, lex)) { s--; continue; }
      if (tk.is(t, '.') && s - 2 >= p.first && tk.isCap(s - 2)) { s--; continue; }
      break;
    }
    // Titles stand before the name proper: "Syrian President | Bashar al-Assad" (but in an
    // organisation's name a title word is a modifier: "the State Department", "the Iowa
    // Democratic Party").
    let nameStart = s;
    const organization = lex.organizationWords.has(h);
    const suffix = h === 'jr' || h === 'sr';
    for (let i = s; i < headIdx; i++) {
      const w = tk.lowerOf(i);
      // (A title word right before "Jr." is the surname: "Martin Luther King Jr.")
      if (suffix && i === headIdx - 1) continue;
      // (A birthplace is a description too: "South Korean-born Monte Haines".)
      if ((lex.titles.has(w) || lex.titles.has(w + '.') || w.endsWith('-born')) && !(organization && MODIFIER_TITLES.has(w))) nameStart = i + 1;
    }
    while (nameStart < headIdx && tk.is(nameStart, '.')) nameStart++;
    // "Joseph R. Biden Jr.": the suffix keeps its period (which may also end the sentence).
    const suffixPeriod = suffix && tk.is(headIdx + 1, '.') && tk.startOf(headIdx + 1) === tk.endOf(headIdx);
    const name = doc.text.slice(tk.startOf(nameStart), tk.endOf(suffixPeriod ? headIdx + 1 : headIdx));
    let titleStart = p.first;
    while (titleStart < nameStart && (DETERMINERS.has(tk.lowerOf(titleStart)) || tk.isPoss(titleStart))) titleStart++;
    const titleText = nameStart > titleStart ? doc.text.slice(tk.startOf(titleStart), tk.endOf(nameStart - 1)).replace(/^.*[’']s\s+/, '') : '';
    const hasTitle = titleText !== '' && hasTitleWord(titleText, lex);
    const keys: string[] = [];
    let org = false;
    for (let i = nameStart; i <= headIdx; i++) {
      const w = tk.lowerOf(i);
      if (tk.isWord(i) && !NAME_PARTICLES.has(w) && w !== 'jr' && w !== 'sr' && !joinsOrganizationName(tk, i, p.first, lex)) keys.push(nameKey(w));
      if (lex.organizationWords.has(w) || COUNTRIES.has(w) || (tk.lengthOf(i) > 1 && ACRONYM.test(tk.textOf(i)))) org = true;
    }
    let title = hasTitle ? titleText : null;
    if (title === null && p.role !== undefined) {
      // "Sonia Khush, Save the Children Syria director,": the apposition is the title.
      title = doc.text.slice(tk.startOf(p.role.first), tk.endOf(p.role.last)).replace(/^(?:the|a|an)\s+/i, '');
    }
    return { type: 'name', name, keys, title, kind: org ? 'organization' : 'person' };
  }
  const first = tk.lowerOf(p.first);
  const definite = first === 'the' || !DETERMINERS.has(first);
  const modifiers: string[] = [];
  for (let i = p.first; i < headIdx; i++) {
    if (tk.isWord(i) && !DETERMINERS.has(tk.lowerOf(i))) modifiers.push(tk.lowerOf(i));
  }
  let kind: SpeakerKind = 'description';
  let possessed = false;
  for (let i = p.first; i < headIdx; i++) if (tk.isPoss(i)) possessed = true;
  if (ORG_HEADS.has(h) || possessed) kind = 'organization';
  if (PLURAL_ROLE_NOUNS.has(h) || (h.endsWith('s') && !h.endsWith('ss') && !ORG_HEADS.has(h))) kind = 'group';
  return { type: 'description', text, head: h, definite, modifiers, kind };
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);
/**
 * Whether the capitalised title word at `i` is a surname: after an honorific ("Mr. King") or
 * after a given name ("Peter King"), within the phrase from `first`.
 */
function surnameAt(tk: Doc['tokens'], i: number, first: number, lex: EntityLexicon): boolean {
  const k = tk.is(i - 1, '.') ? i - 2 : i - 1;
  if (k < first || !tk.isWord(k)) return false;
  const w = tk.lowerOf(k);
  return HONORIFICS.has(w) || (k === i - 1 && tk.isCap(k) && isGivenNameWord(w) && !lex.titles.has(w));
}

/** Title words that are adjectives in organisations' names ("State Department", "Democratic Party"). */
const MODIFIER_TITLES = new Set(['state', 'foreign', 'defence', 'defense', 'interior', 'finance', 'democratic', 'republican', 'gop', 'general', 'national']);

/** Whether the lower-case preposition at `t` joins an organisation word before it to the rest of a name. */
function joinsOrganizationName(tk: Doc['tokens'], t: number, first: number, lex: EntityLexicon): boolean {
  if (!tk.isWord(t) || tk.isCap(t) || t - 1 < first || !tk.isCap(t - 1)) return false;
  const w = tk.lowerOf(t);
  return (w === 'of' || w === 'for' || w === 'on') && lex.organizationWords.has(tk.lowerOf(t - 1));
}

/** Whether a word of `text` is a title or a role noun. */
function hasTitleWord(text: string, lex: EntityLexicon): boolean {
  for (const w of text.split(/\s+/)) {
    const lower = w.toLowerCase();
    if (lex.titles.has(lower) || ROLE_NOUNS.has(lower)) return true;
  }
  return false;
}

/** A mention to cluster: a phrase, and whether it is a speaker (cue subject) or a name run. */
export interface MentionInput {
  readonly phrase: Phrase;
  /** The subject of a reporting verb or quotation. */
  readonly speaker: boolean;
  /** The subject of a sentence (a person or group that pronouns may then refer to). */
  readonly subject?: boolean;
  /**
   * For a relative pronoun ("who"), the last token of the phrase it stands for, when the caller
   * found it; -1 (or absent) for the phrase right before it, or before its comma.
   */
  antecedent?: number;
}

/**
 * The clusters of one document and the indexes that find them. (A class rather than closures in
 * {@link clusterMentions}: V8 drops a closure's optimised code with its last instance, so helpers
 * made per document would be compiled again after every full garbage collection.)
 */
class Clusters {
  readonly list: EntityCluster[] = [];
  /**
   * Indexes, so that each mention is matched in time independent of the document's length:
   * 'p:' person surname, 'o:' organisation name, 'a:' organisation initials, 'h:' head noun or title word.
   */
  private readonly index = new Map<string, EntityCluster[]>();
  readonly recentPeople: EntityCluster[] = [];
  readonly recentOrganizations: EntityCluster[] = [];
  private readonly lastSalient = new Map<SpeakerKind, EntityCluster>();
  /** The salient clusters last seen, oldest first (at most 16). */
  readonly recentSalient: EntityCluster[] = [];

  create(kind: SpeakerKind, name: string, size: number, at: number): EntityCluster {
    const c: EntityCluster = {
      id: this.list.length, kind, name, nameSize: size, titles: [], surname: null, first: null,
      heads: new Set(), document: false, salient: false, gender: null, lastSeen: at, prominentPara: -1, mentions: [],
    };
    this.list.push(c);
    return c;
  }

  register(key: string, c: EntityCluster): void {
    const list = this.index.get(key);
    if (list === undefined) this.index.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  }

  indexed(key: string): readonly EntityCluster[] | undefined {
    return this.index.get(key);
  }

  /** The salient cluster of kind `a` (or `b`) seen last. */
  lastOf(a: SpeakerKind, b: SpeakerKind = a): EntityCluster | undefined {
    const x = this.lastSalient.get(a);
    const y = this.lastSalient.get(b);
    return x === undefined || (y !== undefined && y.lastSeen > x.lastSeen) ? y : x;
  }

  /** Records that salient cluster `c` was just seen (`prominent`: as a speaker, subject or pronoun). */
  seenSalient(c: EntityCluster, prominent: boolean): void {
    this.lastSalient.set(c.kind, c);
    // A name met in passing ("… the true nature of Trump, whom he called") does not make its
    // entity the one a later "he" means; a speaker, a sentence's subject or a pronoun does.
    const k = this.recentSalient.indexOf(c);
    if (k < 0 || prominent) {
      if (k >= 0) this.recentSalient.splice(k, 1);
      this.recentSalient.push(c);
      if (this.recentSalient.length > 16) this.recentSalient.shift();
    }
  }
}

/** Adds `c` to a list of recent clusters, keeping it short. */
function remember(list: EntityCluster[], c: EntityCluster): void {
  list.push(c);
  if (list.length > LOOKBACK * 2) list.splice(0, LOOKBACK);
}

/**
 * The most recently seen cluster of a list for which `ok(cluster, arg)` holds (only the last
 * LOOKBACK are tried). The tests below are module functions with an argument, not closures.
 */
function latest<T>(list: readonly EntityCluster[] | undefined, ok: (c: EntityCluster, arg: T) => boolean, arg: T): EntityCluster | undefined {
  let best: EntityCluster | undefined;
  if (list === undefined) return best;
  for (let i = list.length - 1; i >= 0 && i >= list.length - LOOKBACK; i--) {
    const c = list[i]!;
    if (ok(c, arg) && (best === undefined || c.lastSeen > best.lastSeen)) best = c;
  }
  return best;
}

const anyCluster = (): boolean => true;
/** A person's name as a mention gives it: its name keys, and the gender its honorific or given name marks. */
interface PersonName { readonly keys: readonly string[]; readonly gender: 'male' | 'female' | null }
/**
 * Whether cluster `x` is the person a name mention names: the same surname (and given name, when
 * both have one), and no other gender: "Mrs. Clinton" is not the "Bill Clinton" met before, nor
 * "Ms. Khan" the "Humayun Khan".
 */
const isPersonNamed = (x: EntityCluster, n: PersonName): boolean =>
  x.kind === 'person' && (n.gender === null || x.gender === null || x.gender === n.gender) &&
  samePerson(x, n.keys[n.keys.length - 1] ?? '', n.keys.length > 1 ? n.keys[0]! : null);
const hasAcronymName = (x: EntityCluster): boolean => ACRONYM.test(x.name);
const isSimilarOrganization = (x: EntityCluster, norm: string): boolean => similarOrganization(x.surname!, norm);
/** Whether every modifier of a description is a role noun or one of the cluster's heads ("the Syrian president"). */
function hasModifiers(x: EntityCluster, modifiers: readonly string[]): boolean {
  for (const m of modifiers) if (!x.heads.has(m) && !ROLE_NOUNS.has(m)) return false;
  return true;
}

/**
 * Clusters the mentions; returns the clusters, for each input mention its cluster (or -1), and
 * the clustering's working state (opaque; extract.ts keeps one alive, see `resident` there). Its
 * typed arrays come from `memory`.
 */
export function clusterMentions(doc: Doc, inputs: readonly MentionInput[], lex: EntityLexicon, memory: ArrayMemory = OWN_ARRAYS): { clusters: EntityCluster[]; of: Int32Array; state: object } {
  const tk = doc.tokens;
  // Mentions in document order, a speaker before another mention at the same token, then in input
  // order: sorted as numbers (first token, speaker or not, input index) packed into one.
  const n = inputs.length;
  const order = memory.float64s(n);
  for (let i = 0; i < n; i++) order[i] = (inputs[i]!.phrase.first * 2 + (inputs[i]!.speaker ? 0 : 1)) * n + i;
  order.sort();
  const cs = new Clusters();
  const clusters = cs.list;
  const of = memory.int32s(n).fill(-1);
  // Which cluster a mention ending at a token belongs to: antecedents of "who".
  const endingAt = new Map<number, number>();

  for (let o = 0; o < n; o++) {
    const idx = order[o]! % n;
    const { phrase, speaker } = inputs[idx]!;
    const subject = inputs[idx]!.subject === true;
    const at = tk.startOf(phrase.first);
    const parsed = parseMention(doc, phrase, lex);
    let c: EntityCluster | undefined;
    if (parsed.type === 'pronoun') {
      const w = parsed.word;
      if (w === 'who' || w === 'which') {
        // "the surrogate who said", "Nicky Driscoll, 24, who said": the antecedent ends just
        // before, or before the comma.
        const a = inputs[idx]!.antecedent ?? -1;
        const k = endingAt.get(a >= 0 ? a : antecedentEnd(tk, phrase.first));
        c = k === undefined ? undefined : clusters[k];
      } else if (w === 'he' || w === 'she') {
        // The most recent person or singular description whose gender does not rule it out,
        // preferring one that spoke or was a subject in this paragraph over one only named in
        // passing: in "Ortiz said the bill was drafted by Governor Hale, whom he called …", he is Ortiz.
        const other = w === 'he' ? 'female' : 'male';
        const para = tk.paraOf(phrase.first);
        let recent: EntityCluster | undefined;
        for (let k = cs.recentSalient.length - 1; k >= 0 && c === undefined; k--) {
          const x = cs.recentSalient[k]!;
          if ((x.kind !== 'person' && x.kind !== 'description') || x.document || x.gender === other) continue;
          recent ??= x;
          if (x.prominentPara === para) c = x;
        }
        c ??= recent;
        if (c !== undefined && c.gender === null) c.gender = w === 'he' ? 'male' : 'female';
      } else if (w === 'they' || w === 'we') {
        c = cs.lastOf('group', 'organization');
      } else if (w === 'it') {
        c = cs.lastOf('organization');
      }
      if (c === undefined) {
        if (!speaker) continue;
        c = cs.create('unknown', tk.textOf(phrase.first), 0, at);
      }
    } else if (parsed.type === 'name') {
      const keys = parsed.keys;
      const surname = keys[keys.length - 1] ?? '';
      const firstName = keys.length > 1 ? keys[0]! : null;
      const norm = keys.join(' ');
      const gender = genderOf(firstName, parsed.title);
      if (parsed.kind === 'person') {
        const named: PersonName = { keys, gender };
        c = latest(cs.indexed('p:' + surname), isPersonNamed, named) ?? latest(cs.recentPeople, isPersonNamed, named);
        // A lone surname can also name an organisation already met ("Reuters").
        if (c === undefined && keys.length === 1) c = latest(cs.indexed('o:' + surname), anyCluster, null);
      } else {
        const acronym = ACRONYM.test(parsed.name) ? norm.replace(/\./g, '') : null;
        c = latest(cs.indexed('o:' + norm), anyCluster, null) ??
          (acronym !== null ? latest(cs.indexed('a:' + acronym), anyCluster, null) : latest(cs.indexed('o:' + initials(norm)), hasAcronymName, null)) ??
          latest(cs.recentOrganizations, isSimilarOrganization, norm);
      }
      if (c === undefined) {
        // A lone capitalised word is no evidence of a person unless it speaks or has a title.
        if (!speaker && parsed.title === null && (keys.length < 2 || (!subject && parsed.kind === 'person'))) continue;
        c = cs.create(parsed.kind, parsed.name, keys.length, at);
        c.surname = parsed.kind === 'person' ? surname : norm;
        c.first = firstName;
        if (parsed.kind === 'person') {
          cs.register('p:' + surname, c);
          remember(cs.recentPeople, c);
        } else {
          cs.register('o:' + norm, c);
          if (norm.includes(' ')) cs.register('a:' + initials(norm), c);
          remember(cs.recentOrganizations, c);
        }
      }
      if (c.kind === 'person' && c.first === null && firstName !== null) c.first = firstName;
      if (c.gender === null) c.gender = gender;
      if (keys.length > c.nameSize || (keys.length === c.nameSize && parsed.name.length > c.name.length && c.kind !== 'person')) {
        c.name = parsed.name;
        c.nameSize = keys.length;
      }
      if (parsed.title !== null) {
        if (!c.titles.includes(parsed.title)) c.titles.push(parsed.title);
        for (const w of parsed.title.toLowerCase().split(/\s+/)) {
          c.heads.add(w);
          cs.register('h:' + w, c);
        }
        c.salient = true;
      }
    } else {
      if (parsed.definite) {
        // "the Syrian president" → the entity titled "Syrian President"; "the official" → "an official with …".
        c = latest(cs.indexed('h:' + parsed.head), hasModifiers, parsed.modifiers);
      }
      if (c === undefined) {
        if (!speaker && !(subject && (ROLE_NOUNS.has(parsed.head) || PLURAL_ROLE_NOUNS.has(parsed.head)))) continue;
        c = cs.create(parsed.kind, parsed.text.replace(/^the\s+/i, ''), 0, at);
        c.document = DOCUMENT_NOUNS.has(parsed.head);
        c.gender = FEMALE_HEADS.has(parsed.head) ? 'female' : MALE_HEADS.has(parsed.head) ? 'male' : null;
        c.heads.add(parsed.head);
        for (const m of parsed.modifiers) c.heads.add(m);
        cs.register('h:' + parsed.head, c);
      } else if (c.kind === 'description' && c.nameSize === 0 && parsed.text.length > c.name.length && !parsed.definite) {
        c.name = parsed.text;
      }
    }
    if (speaker || (subject && c.kind !== 'organization')) c.salient = true;
    c.lastSeen = at;
    const prominent = speaker || subject || parsed.type === 'pronoun';
    if (prominent) c.prominentPara = tk.paraOf(phrase.first);
    if (c.salient) cs.seenSalient(c, prominent);
    c.mentions.push({ start: at, end: tk.endOf(phrase.last) });
    of[idx] = c.id;
    endingAt.set(phrase.last, c.id);
  }
  return { clusters, of, state: cs };
}

function samePerson(c: EntityCluster, surname: string, first: string | null): boolean {
  const s = c.surname!;
  const surnameAgrees = s === surname || (s.length >= 5 && surname.length >= 5 && s[0] === surname[0] && nameSimilarity(s, surname) >= 0.94);
  if (!surnameAgrees) return false;
  if (first === null || c.first === null) return true;
  return first === c.first || first[0] === c.first[0] && (first.length === 1 || c.first.length === 1);
}

const MALE_TITLES = /\b(?:mr|sir|lord|king|prince|father|brother|congressman|councilman|spokesman|chairman|sheikh|emir)\b/i;
const FEMALE_TITLES = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|sister|congresswoman|councilwoman|spokeswoman|chairwoman|first lady)\b/i;

// Nouns that say a description's gender: "his wife" is no "he", "the man" no "she".
const FEMALE_HEADS = new Set(['woman', 'wife', 'mother', 'daughter', 'sister', 'girl', 'actress', 'widow', 'bride', 'grandmother', 'aunt', 'niece', 'granddaughter', 'congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman', 'councilwoman', 'nun', 'mom', 'girlfriend']);
const MALE_HEADS = new Set(['man', 'husband', 'father', 'son', 'brother', 'boy', 'widower', 'groom', 'grandfather', 'uncle', 'nephew', 'grandson', 'congressman', 'spokesman', 'chairman', 'businessman', 'councilman', 'priest', 'monk', 'dad', 'gentleman', 'boyfriend']);

// Where a title stops being about its holder: a preposition ("a spokesman for Mrs. Clinton") or a
// conjunction; before it, a possessive names someone else ("Mrs. Clinton's spokesman").
const TITLE_TAIL = /\s(?:of|for|to|with|at|in|on|from|and|under)\s.*$/i;
const TITLE_OWNER = /^.*[’']s\s+/;

function genderOf(first: string | null, title: string | null): 'male' | 'female' | null {
  const own = title === null ? '' : title.replace(TITLE_TAIL, '').replace(TITLE_OWNER, '');
  if (FEMALE_TITLES.test(own)) return 'female';
  if (MALE_TITLES.test(own)) return 'male';
  if (first === null) return null;
  if (FEMALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first)) return 'male';
  return null;
}

/** The initials of a name's words, leaving out "of", "the" and "and". */
function initials(x: string): string {
  let out = '';
  for (const w of x.split(/\s+/)) if (w !== 'of' && w !== 'the' && w !== 'and' && w !== '') out += w[0];
  return out;
}

/** Spelling variants of one organisation name: World Health Organisation / Organization. */
function similarOrganization(a: string, b: string): boolean {
  return b.length >= 8 && a.split(' ').length === b.split(' ').length && nameSimilarity(a, b) >= 0.96;
}
