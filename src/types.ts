/**
 * Public types of quote-attribution. Every span is a half-open range of UTF-16 code-unit offsets
 * into the string given to {@link extractQuotes}, so `text.slice(start, end)` returns it.
 *
 * @module
 */

/**
 * A half-open range of UTF-16 offsets into the original text, with the text it covers.
 *
 * @example
 * ```ts
 * const span: Span = { start: 4, end: 8, text: 'said' };
 * ```
 */
export interface Span {
  /** Offset of the first UTF-16 code unit (inclusive). */
  readonly start: number;
  /** Offset just past the last UTF-16 code unit (exclusive). */
  readonly end: number;
  /** `text.slice(start, end)` of the original string. */
  readonly text: string;
}

/**
 * What kind of thing a speaker is.
 *
 * - `person`: a named person (Bashar al-Assad) or a pronoun resolved to one;
 * - `organization`: a named organisation, outlet, government or country (the World Health Organisation);
 * - `group`: an unnamed plural speaker (opposition factions, officials);
 * - `description`: an unnamed singular speaker (an official with an Aleppo-based rebel group);
 * - `unknown`: a pronoun that resolves to nothing in the document.
 */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'description' | 'unknown';

/**
 * The form of a quotation.
 *
 * - `direct`: an utterance set off in marks (“It is a victory,” he said);
 * - `partial`: quoted words inside the reporter's own sentence (called the situation “heart-breaking”);
 * - `other`: text in marks that no one in the document is said to have said (titles, nicknames,
 *   scare quotes). Only returned when {@link ExtractOptions.includeUnattributed} is `true`.
 */
export type QuoteType = 'direct' | 'partial' | 'other';

/** The kind of a cue: a reporting verb, a phrase such as "according to", a colon lead-in or a dash. */
export type CueKind = 'verb' | 'phrase' | 'colon' | 'dash';

/**
 * The words that report a quotation: "said", "told", "according to", a colon lead-in.
 *
 * @example
 * ```ts
 * // “…,” Assad said.  →  { start: 45, end: 49, text: 'said', kind: 'verb', lemma: 'say' }
 * ```
 */
export interface Cue extends Span {
  /** What sort of cue this is. */
  readonly kind: CueKind;
  /** The base form of a reporting verb ("say" for "said"), or the phrase itself. */
  readonly lemma: string;
}

/**
 * The speaker of a quotation: an entity of the document and the mention the attribution used.
 *
 * @example
 * ```ts
 * // “…,” he said.  (after "Syrian President Bashar al-Assad …")
 * // → { name: 'Bashar al-Assad', kind: 'person', entity: 0,
 * //     mention: { start: 1602, end: 1604, text: 'he' }, title: 'Syrian President' }
 * ```
 */
export interface Speaker {
  /** The entity's name in this document, its fullest form without titles ("Bashar al-Assad"). */
  readonly name: string;
  /** What kind of speaker this is. */
  readonly kind: SpeakerKind;
  /** The mention next to the cue that the attribution used ("he" in "he said"). */
  readonly mention: Span;
  /** Index of the speaker's entity in {@link Analysis.entities}. */
  readonly entity: number;
  /** Roles and titles found with the entity's mentions ("Syrian President"), or `null`. */
  readonly title: string | null;
}

/**
 * The name of the rule that made an attribution. Rules run in the order of {@link RULES}; the
 * first that finds a speaker decides.
 */
export type RuleName =
  | 'trailing-cue'
  | 'leading-cue'
  | 'sentence-final-cue'
  | 'according-to'
  | 'dash-credit'
  | 'headline-colon'
  | 'colon-lead-in'
  | 'speech-noun-possessor'
  | 'same-sentence'
  | 'sentence-subject'
  | 'paragraph-continuation'
  | 'next-paragraph-continuation'
  | 'relayed-by';

/**
 * One quotation found in the text.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'quote-attribution';
 * const [q] = extractQuotes('“We will win,” Assad said.');
 * q.text;          // 'We will win,'
 * q.speaker?.name; // 'Assad'
 * q.cue?.text;     // 'said'
 * q.rule;          // 'trailing-cue'
 * ```
 */
export interface Quote {
  /** Offset of the opening mark (inclusive). */
  readonly start: number;
  /** Offset just past the closing mark (exclusive); the paragraph's end for an unterminated quotation. */
  readonly end: number;
  /** The quoted words without the outer marks (inner marks and paragraph breaks kept). */
  readonly text: string;
  /** Whether this is a full utterance, a quoted fragment, or text in marks that no one says. */
  readonly type: QuoteType;
  /**
   * Who said it, or `null` when no rule found a speaker: the quoted words read as an utterance (a
   * clause of six words or more, or a lower-case fragment of three or more), so they are returned
   * as a quotation of someone unknown.
   */
  readonly speaker: Speaker | null;
  /** The words that report it, or `null` (a continuation, a headline without a verb). */
  readonly cue: Cue | null;
  /** The rule that made the attribution, or `null` when there is none. */
  readonly rule: RuleName | null;
  /** How sure the rule is, between 0 and 1 (0 when there is no attribution). */
  readonly confidence: number;
  /** `false` when the closing mark is missing and the quotation was ended at its paragraph's end. */
  readonly closed: boolean;
}

/**
 * One speaker of a document: all its mentions and its fullest name.
 *
 * @example
 * ```ts
 * // { id: 0, name: 'Bashar al-Assad', kind: 'person', title: 'Syrian President',
 * //   mentions: [{ start: 140, end: 171, text: 'Syrian President Bashar al-Assad' }, …] }
 * ```
 */
export interface Entity {
  /** Index of this entity in {@link Analysis.entities}. */
  readonly id: number;
  /** Fullest name in the document, without titles. */
  readonly name: string;
  /** What kind of speaker this is. */
  readonly kind: SpeakerKind;
  /** Roles and titles found with its mentions, or `null`. */
  readonly title: string | null;
  /** Every mention of it that the extractor used or linked, in document order. */
  readonly mentions: readonly Span[];
}

/**
 * The result of {@link analyze}: the quotations and the speaker entities of one document.
 */
export interface Analysis {
  /** Quotations in document order. */
  readonly quotes: readonly Quote[];
  /** Speaker entities; `quote.speaker.entity` indexes this list. */
  readonly entities: readonly Entity[];
}

/**
 * Options of {@link extractQuotes}, {@link analyze} and {@link createExtractor}.
 *
 * @example
 * ```ts
 * extractQuotes(text, { includeUnattributed: true, cueVerbs: ['quipped'] });
 * ```
 */
export interface ExtractOptions {
  /**
   * Also return text in marks that no one is said to have said, with type `'other'`.
   * @defaultValue `false`
   */
  readonly includeUnattributed?: boolean;
  /**
   * Extra reporting verbs, in any inflection (each form you list is recognised as written,
   * lower-cased). Added to the built-in list.
   * @defaultValue `[]`
   */
  readonly cueVerbs?: readonly string[];
  /**
   * Extra titles and roles that may stand before a name ("Archbishop", "Spokeswoman").
   * @defaultValue `[]`
   */
  readonly titles?: readonly string[];
  /**
   * Extra words that mark a name as an organisation ("Bundestag").
   * @defaultValue `[]`
   */
  readonly organizationWords?: readonly string[];
  /**
   * Drop attributions whose confidence is below this value (the quote is kept, unattributed).
   * @defaultValue `0`
   */
  readonly minConfidence?: number;
}
