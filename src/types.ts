/**
 * The vocabulary of results: spans, cues, speakers and entities. Every span is a half-open range
 * of UTF-16 code-unit offsets into the string given to {@link extractQuotes}, so
 * `text.slice(start, end)` returns it. (Quotations, analyses and options, which name the rules of
 * the language, are in ./api.ts.)
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
