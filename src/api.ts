/**
 * The public types of a call: quotations, the analysis of a document, the options, and the names
 * of the rules (derived from the English language pack's rules).
 *
 * @module
 */
import type { EnglishReportName, EnglishRuleName } from './lang/en/index.js';
import type { Cue, Entity, QuoteType, Span, Speaker } from './types.js';

/**
 * The name of the rule that made an attribution. Rules run in the order of {@link RULES}; the
 * first that finds a speaker decides.
 *
 * @useDeclaredType
 */
export type RuleName = EnglishRuleName;

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
 * The name of the rule that found an act of reported speech: a report rule of {@link REPORT_RULES}
 * for reported speech with the reporter's words in it, or the {@link RuleName} that attributed
 * the quotation of a direct one.
 *
 * @useDeclaredType
 */
export type AttributionRuleName = EnglishReportName | RuleName;

/**
 * The form of an act of reported speech: `'direct'` (the content is a quotation in marks),
 * `'mixed'` (the reporter's words with quoted fragments: *she said the plan was “dead”*) or
 * `'indirect'` (no marks: *she said the plan was dead*).
 */
export type AttributionForm = 'direct' | 'mixed' | 'indirect';

/**
 * One act of reported speech: who said what, with or without quotation marks.
 *
 * @example
 * ```ts
 * import { extractAttributions } from 'quote-attribution';
 * const [a] = extractAttributions('Egeland said Russia had promised a pause.');
 * a.form;             // 'indirect'
 * a.content;          // { start: 13, end: 40, text: 'Russia had promised a pause' }
 * a.speaker?.name;    // 'Egeland'
 * a.cue?.text;        // 'said'
 * a.rule;             // 'reported-clause'
 * ```
 */
export interface Attribution {
  /** Whether the content is a quotation (`'direct'`), the reporter's words around quoted fragments (`'mixed'`) or unquoted (`'indirect'`). */
  readonly form: AttributionForm;
  /**
   * What was reported: the clause or noun phrase, without the complementizer "that" and the final
   * stop; for a direct one, the quoted words without their marks. An array of spans, in order,
   * when the content is split (around its cue: “A,” he said, “B.”; or over the paragraphs of one
   * quotation).
   */
  readonly content: Span | readonly Span[];
  /** Who said it, or `null` when the text names no one ("it was announced that …"). */
  readonly speaker: Speaker | null;
  /** The words that report it, or `null` (a continuation, a headline without a verb). */
  readonly cue: Cue | null;
  /**
   * Indices into {@link Analysis.quotes} of the quotations that belong to this act of speech:
   * those inside its content that no act reported within it holds.
   */
  readonly quotes: readonly number[];
  /** The rule that found it, or `null` for a quotation with no speaker. */
  readonly rule: AttributionRuleName | null;
  /** How sure the rule is, between 0 and 1 (0 when there is no speaker). */
  readonly confidence: number;
}

/**
 * The result of {@link analyze}: the quotations and the speaker entities of one document.
 */
export interface Analysis {
  /** Quotations in document order. */
  readonly quotes: readonly Quote[];
  /** Every act of reported speech (direct, mixed and indirect), in document order. */
  readonly attributions: readonly Attribution[];
  /** Speaker entities; `speaker.entity` of a quotation or an attribution indexes this list. */
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
  /**
   * The rules to run, by name, in the order to run them: a subset or a reordering of {@link RULES}.
   * Leave a rule out to switch it off; a rule that inherits a speaker (`same-sentence`, the
   * continuations) finds one only from the rules that run before it.
   * @defaultValue every rule, in the order of {@link RULES}
   */
  readonly rules?: readonly RuleName[];
}
