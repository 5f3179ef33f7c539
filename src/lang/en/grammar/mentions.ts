/**
 * The English mention parser: reads a speaker phrase as a pronoun (and what it refers to), a name
 * (its words, title, kind and gender) or a description (its head, modifiers and kind), for the
 * language-neutral clusterer (src/entities/cluster.ts).
 */
import type { Gender, ParsedMention } from '../../../entities/mention.js';
import type { Antecedent } from '../../../language.js';
import type { Lexicon } from '../../../lexicon.js';
import type { Phrase } from '../../../mentions/phrase.js';
import type { SieveContext } from '../../../sieves/context.js';
import type { Doc } from '../../../text/document.js';
import { ACRONYM } from '../../../text/words.js';
import type { SpeakerKind } from '../../../types.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/given-names.js';
import { COUNTRIES, DETERMINERS, DOCUMENT_NOUNS, NAME_PARTICLES, PLURAL_ROLE_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, ROLE_NOUNS } from '../lexicon/words.js';
import { antecedentEnd, antecedentOf, headIndex, invertedSpeakerBefore, isGivenNameWord, standaloneDeterminer } from './phrases.js';
import { ARABIC_ARTICLE, FEMALE_HEADS, FEMALE_TITLES, HONORIFICS, MALE_HEADS, MALE_TITLES, MODIFIER_TITLES, ORG_HEADS, TITLE_TAIL } from '../lexicon/grammar-words.js';

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
export function parseMention(doc: Doc, p: Phrase, lex: Lexicon): ParsedMention {
  const tk = doc.tokens;
  const reference = p.first === p.last ? PRONOUNS.get(tk.lowerOf(p.first)) : undefined;
  if (reference !== undefined) return { type: 'pronoun', reference, antecedentEnd: reference === 'relative' ? antecedentEnd(tk, p.first) : -1 };
  // "his claim that “…”": the possessor is found as the pronoun it stands for.
  const nominative = p.first === p.last ? POSSESSIVE_PRONOUNS.get(tk.lowerOf(p.first)) : undefined;
  if (nominative !== undefined) return { type: 'pronoun', reference: PRONOUNS.get(nominative)!, antecedentEnd: -1 };
  // "Both said", "Many agreed", "Another added": people, however capitalised; "he" is not one of many.
  const alone = p.first === p.last ? standaloneDeterminer(tk.lowerOf(p.first)) : null;
  if (alone !== null) {
    return description(tk.textOf(p.first), tk.lowerOf(p.first), false, [], alone === 'many' ? 'group' : 'description');
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
    const firstName = keys.length > 1 ? keys[0]! : null;
    return { type: 'name', name, keys, title, kind: org ? 'organization' : 'person', gender: genderOf(firstName, title), initials: org ? initials(keys.join(' ')) : '' };
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
  return description(text, h, definite, modifiers, kind);
}

/** What a description's head noun says of it. */
interface HeadFeatures {
  readonly document: boolean;
  readonly gender: Gender | null;
  readonly role: boolean;
}

const PLAIN_HEAD: HeadFeatures = { document: false, gender: null, role: false };

/** The features of every head noun that has some, looked up once per description. */
const HEAD_FEATURES: ReadonlyMap<string, HeadFeatures> = new Map(
  [...DOCUMENT_NOUNS, ...FEMALE_HEADS, ...MALE_HEADS, ...ROLE_NOUNS, ...PLURAL_ROLE_NOUNS].map((head) => [head, {
    document: DOCUMENT_NOUNS.has(head),
    gender: FEMALE_HEADS.has(head) ? 'female' : MALE_HEADS.has(head) ? 'male' : null,
    role: ROLE_NOUNS.has(head) || PLURAL_ROLE_NOUNS.has(head),
  }]),
);

/** A leading definite article, which an entity's name leaves out. */
const LEADING_THE = /^the\s+/i;

/** A description with what its words say of it. */
function description(text: string, head: string, definite: boolean, modifiers: readonly string[], kind: SpeakerKind): ParsedMention {
  const features = HEAD_FEATURES.get(head) ?? PLAIN_HEAD;
  return {
    type: 'description', text, name: text.replace(LEADING_THE, ''), head, definite, modifiers,
    distinctive: withoutRoleNouns(modifiers),
    kind,
    document: features.document,
    gender: features.gender,
    role: features.role,
  };
}

/**
 * Whether the capitalised title word at `i` is a surname: after an honorific ("Mr. King") or
 * after a given name ("Peter King"), within the phrase from `first`.
 */
function surnameAt(tk: Doc['tokens'], i: number, first: number, lex: Lexicon): boolean {
  const k = tk.is(i - 1, '.') ? i - 2 : i - 1;
  if (k < first || !tk.isWord(k)) return false;
  const w = tk.lowerOf(k);
  return HONORIFICS.has(w) || (k === i - 1 && tk.isCap(k) && isGivenNameWord(w) && !lex.titles.has(w));
}

/** Whether the lower-case preposition at `t` joins an organisation word before it to the rest of a name. */
function joinsOrganizationName(tk: Doc['tokens'], t: number, first: number, lex: Lexicon): boolean {
  if (!tk.isWord(t) || tk.isCap(t) || t - 1 < first || !tk.isCap(t - 1)) return false;
  const w = tk.lowerOf(t);
  return (w === 'of' || w === 'for' || w === 'on') && lex.organizationWords.has(tk.lowerOf(t - 1));
}

/** Whether a word of `text` is a title or a role noun. */
function hasTitleWord(text: string, lex: Lexicon): boolean {
  for (const w of text.split(/\s+/)) {
    const lower = w.toLowerCase();
    if (lex.titles.has(lower) || ROLE_NOUNS.has(lower)) return true;
  }
  return false;
}

const TITLE_OWNER = /^.*[’']s\s+/;

/** The words of `modifiers` that are not role nouns: `modifiers` itself when none is (the usual case). */
function withoutRoleNouns(modifiers: readonly string[]): readonly string[] {
  for (const m of modifiers) if (ROLE_NOUNS.has(m)) return modifiers.filter((w) => !ROLE_NOUNS.has(w));
  return modifiers;
}

/** The gender a given name or a title marks, if any. */
function genderOf(first: string | null, title: string | null): Gender | null {
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

/**
 * The phrase a relative pronoun at token `i` ("who", "which") stands for: the speaker of an
 * inverted verb before it ("“…,” said Nicky Driscoll, 24, from Manchester, who said"), else the
 * phrase it follows ("the spokesman who said"). `null` for any other token, or when none is found.
 */
export function relativeAntecedent(ctx: SieveContext, i: number): Antecedent | null {
  const tk = ctx.doc.tokens;
  if (PRONOUNS.get(tk.lowerOf(i)) !== 'relative') return null;
  const lo = ctx.doc.paraTokenStart[tk.paraOf(i)]!;
  const speaker = invertedSpeakerBefore(ctx, i, lo);
  if (speaker !== null) return { phrase: speaker, inverted: true };
  const antecedent = antecedentOf(ctx, i, lo);
  return antecedent === null ? null : { phrase: antecedent, inverted: false };
}
