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
import type { Lexicon } from '../lexicon.js';
import type { MentionInput } from '../mentions/collect.js';
import { nameSimilarity } from '../nlp/natural.js';
import type { Doc } from '../text/document.js';
import { OWN_ARRAYS, type ArrayMemory } from '../text/memory.js';
import { ACRONYM } from '../text/words.js';
import type { SpeakerKind } from '../types.js';
import type { Gender, MentionParser } from './mention.js';

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
  gender: Gender | null;
  lastSeen: number;
  /** Paragraph of its latest mention as a speaker, a sentence's subject or a pronoun (-1: none). */
  prominentPara: number;
  mentions: { start: number; end: number }[];
}

// How many earlier candidates a mention is compared with, at most.
const LOOKBACK = 64;

/**
 * The clusters of one document and the indexes that find them. (A class rather than closures in
 * {@link clusterMentions}: V8 drops a closure's optimised code with its last instance, so helpers
 * made per document would be compiled again after every full garbage collection.)
 */
class ClusterIndex {
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
/** Whether every distinctive modifier of a description is one of the cluster's heads ("the Syrian president"). */
function hasModifiers(x: EntityCluster, distinctive: readonly string[]): boolean {
  for (const m of distinctive) if (!x.heads.has(m)) return false;
  return true;
}

/**
 * Clusters the mentions; returns the clusters, for each input mention its cluster (or -1), and
 * the clustering's working state (opaque; extract.ts keeps one alive, see `resident` there). Its
 * typed arrays come from `memory`.
 */
export function clusterMentions(doc: Doc, inputs: readonly MentionInput[], language: MentionParser, lexicon: Lexicon, memory: ArrayMemory = OWN_ARRAYS): { clusters: EntityCluster[]; clusterOf: Int32Array; state: object } {
  const tk = doc.tokens;
  // Mentions in document order, a speaker before another mention at the same token, then in input
  // order: sorted as numbers (first token, speaker or not, input index) packed into one.
  const n = inputs.length;
  const order = memory.float64s(n);
  for (let i = 0; i < n; i++) order[i] = (inputs[i]!.phrase.first * 2 + (inputs[i]!.speaker ? 0 : 1)) * n + i;
  order.sort();
  const index = new ClusterIndex();
  const clusters = index.list;
  const clusterOf = memory.int32s(n).fill(-1);
  // Which cluster a mention ending at a token belongs to: antecedents of "who".
  const endingAt = new Map<number, number>();

  for (let o = 0; o < n; o++) {
    const idx = order[o]! % n;
    const { phrase, speaker } = inputs[idx]!;
    const subject = inputs[idx]!.subject === true;
    const at = tk.startOf(phrase.first);
    const parsed = language.parseMention(doc, phrase, lexicon);
    let c: EntityCluster | undefined;
    if (parsed.type === 'pronoun') {
      const reference = parsed.reference;
      if (reference === 'relative') {
        // "the surrogate who said", "Nicky Driscoll, 24, who said": the antecedent ends just
        // before, or before the comma.
        const a = inputs[idx]!.antecedent ?? -1;
        const k = endingAt.get(a >= 0 ? a : parsed.antecedentEnd);
        c = k === undefined ? undefined : clusters[k];
      } else if (reference === 'male' || reference === 'female') {
        // The most recent person or singular description whose gender does not rule it out,
        // preferring one that spoke or was a subject in this paragraph over one only named in
        // passing: in "Ortiz said the bill was drafted by Governor Hale, whom he called …", he is Ortiz.
        const other = reference === 'male' ? 'female' : 'male';
        const para = tk.paraOf(phrase.first);
        let recent: EntityCluster | undefined;
        for (let k = index.recentSalient.length - 1; k >= 0 && c === undefined; k--) {
          const x = index.recentSalient[k]!;
          if ((x.kind !== 'person' && x.kind !== 'description') || x.document || x.gender === other) continue;
          recent ??= x;
          if (x.prominentPara === para) c = x;
        }
        c ??= recent;
        if (c !== undefined && c.gender === null) c.gender = reference;
      } else if (reference === 'plural') {
        c = index.lastOf('group', 'organization');
      } else if (reference === 'neuter') {
        c = index.lastOf('organization');
      }
      if (c === undefined) {
        if (!speaker) continue;
        c = index.create('unknown', tk.textOf(phrase.first), 0, at);
      }
    } else if (parsed.type === 'name') {
      const keys = parsed.keys;
      const surname = keys[keys.length - 1] ?? '';
      const firstName = keys.length > 1 ? keys[0]! : null;
      const norm = keys.join(' ');
      const gender = parsed.gender;
      if (parsed.kind === 'person') {
        const named: PersonName = { keys, gender };
        c = latest(index.indexed('p:' + surname), isPersonNamed, named) ?? latest(index.recentPeople, isPersonNamed, named);
        // A lone surname can also name an organisation already met ("Reuters").
        if (c === undefined && keys.length === 1) c = latest(index.indexed('o:' + surname), anyCluster, null);
      } else {
        const acronym = ACRONYM.test(parsed.name) ? norm.replace(/\./g, '') : null;
        c = latest(index.indexed('o:' + norm), anyCluster, null) ??
          (acronym !== null ? latest(index.indexed('a:' + acronym), anyCluster, null) : latest(index.indexed('o:' + parsed.initials), hasAcronymName, null)) ??
          latest(index.recentOrganizations, isSimilarOrganization, norm);
      }
      if (c === undefined) {
        // A lone capitalised word is no evidence of a person unless it speaks or has a title.
        if (!speaker && parsed.title === null && (keys.length < 2 || (!subject && parsed.kind === 'person'))) continue;
        c = index.create(parsed.kind, parsed.name, keys.length, at);
        c.surname = parsed.kind === 'person' ? surname : norm;
        c.first = firstName;
        if (parsed.kind === 'person') {
          index.register('p:' + surname, c);
          remember(index.recentPeople, c);
        } else {
          index.register('o:' + norm, c);
          if (norm.includes(' ')) index.register('a:' + parsed.initials, c);
          remember(index.recentOrganizations, c);
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
          index.register('h:' + w, c);
        }
        c.salient = true;
      }
    } else {
      if (parsed.definite) {
        // "the Syrian president" → the entity titled "Syrian President"; "the official" → "an official with …".
        c = latest(index.indexed('h:' + parsed.head), hasModifiers, parsed.distinctive);
      }
      if (c === undefined) {
        if (!speaker && !(subject && parsed.role)) continue;
        c = index.create(parsed.kind, parsed.name, 0, at);
        c.document = parsed.document;
        c.gender = parsed.gender;
        c.heads.add(parsed.head);
        for (const m of parsed.modifiers) c.heads.add(m);
        index.register('h:' + parsed.head, c);
      } else if (c.kind === 'description' && c.nameSize === 0 && parsed.text.length > c.name.length && !parsed.definite) {
        c.name = parsed.text;
      }
    }
    if (speaker || (subject && c.kind !== 'organization')) c.salient = true;
    c.lastSeen = at;
    const prominent = speaker || subject || parsed.type === 'pronoun';
    if (prominent) c.prominentPara = tk.paraOf(phrase.first);
    if (c.salient) index.seenSalient(c, prominent);
    c.mentions.push({ start: at, end: tk.endOf(phrase.last) });
    clusterOf[idx] = c.id;
    endingAt.set(phrase.last, c.id);
  }
  return { clusters, clusterOf, state: index };
}

function samePerson(c: EntityCluster, surname: string, first: string | null): boolean {
  const s = c.surname!;
  const surnameAgrees = s === surname || (s.length >= 5 && surname.length >= 5 && s[0] === surname[0] && nameSimilarity(s, surname) >= 0.94);
  if (!surnameAgrees) return false;
  if (first === null || c.first === null) return true;
  return first === c.first || first[0] === c.first[0] && (first.length === 1 || c.first.length === 1);
}

/** Spelling variants of one organisation name: World Health Organisation / Organization. */
function similarOrganization(a: string, b: string): boolean {
  return b.length >= 8 && a.split(' ').length === b.split(' ').length && nameSimilarity(a, b) >= 0.96;
}
