/**
 * quote-attribution: finds quoted speech in news text, works out who said it, and returns typed
 * quote objects.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'quote-attribution';
 * const quotes = extractQuotes('“This is when time becomes history,” a smiling Assad said.');
 * // [{ start: 0, end: 36, text: 'This is when time becomes history,', type: 'direct',
 * //    speaker: { name: 'Assad', kind: 'person', mention: { start: 37, end: 52, text: 'a smiling Assad' }, … },
 * //    cue: { start: 53, end: 57, text: 'said', kind: 'verb', lemma: 'say' }, rule: 'trailing-cue', confidence: 0.95, closed: true }]
 * ```
 *
 * @packageDocumentation
 */
export { analyze, createExtractor, extractAttributions, extractQuotes, type Extractor } from './extract.js';
export { REPORT_RULES, RULES, type ReportRuleInfo, type RuleInfo } from './rules.js';
export type { Analysis, Attribution, AttributionForm, AttributionRuleName, ExtractOptions, Quote, RuleName } from './api.js';
export type { Cue, CueKind, Entity, QuoteType, Span, Speaker, SpeakerKind } from './types.js';
