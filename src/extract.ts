/**
 * The pipeline: text → document → quotation marks → quotation contexts → cues → rules (quotation
 * → speaker mention) → mentions → entities (mention → speaker) → results. Each call builds its own
 * state; nothing is shared between calls. The language pack (English) supplies every word.
 */
import type { Analysis, Attribution, ExtractOptions, Quote } from './api.js';
import { clusterMentions } from './entities/cluster.js';
import { EntityTable } from './entities/table.js';
import { typeError } from './errors.js';
import { collectMentions } from './mentions/collect.js';
import { DEFAULT_SETTINGS, settingsFrom, type Settings } from './options.js';
import { pairQuotes } from './quotes/pair.js';
import { keepResident } from './resident.js';
import { appendAttributions } from './reports/assemble.js';
import { runReportRules } from './reports/finding.js';
import { appendQuotes } from './results.js';
import { buildContext, speakerPhrase, type SpeakerPhrase } from './sieves/context.js';
import { runRules } from './sieves/run.js';
import { buildDoc } from './text/document.js';
import { Scratch } from './text/memory.js';
import { MARGIN, WINDOW, windowsOf, type Window } from './text/windows.js';

/** The memory of every window's typed arrays, reused from window to window (see src/text/memory.ts). */
const SCRATCH = new Scratch();

/** Analyses the language's sample text, whose working state src/resident.ts keeps alive. */
function analyzeSample(): unknown {
  const sample = DEFAULT_SETTINGS.language.sample;
  const table = new EntityTable(false);
  const [w] = windowsOf(sample, WINDOW, MARGIN);
  return { window: analyzeWindow(sample, w!, DEFAULT_SETTINGS, [], table, []), table };
}

/**
 * The whole analysis of one text with validated settings, window by window when it is long;
 * `reported`: whether to find reported speech too (else `attributions` is empty).
 */
function run(text: string, settings: Settings, reported: boolean, size = WINDOW, margin = MARGIN): Analysis {
  keepResident(analyzeSample);
  if (!/\S/.test(text)) return { quotes: [], attributions: [], entities: [] };
  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  const windows = windowsOf(text, size, margin);
  const entities = new EntityTable(windows.length > 1);
  for (const w of windows) {
    const part = w.from === 0 && w.to === text.length ? text : text.slice(w.from, w.to);
    analyzeWindow(part, w, settings, quotes, entities, reported ? attributions : null);
  }
  return { quotes, attributions, entities: entities.list };
}

/**
 * Analyses one window (`text` is its text) and appends the quotations it reports to `quotes`, and
 * its acts of reported speech to `attributions` unless that is `null`; returns what it worked with
 * (`null` when there was nothing to find).
 */
function analyzeWindow(text: string, w: Window, settings: Settings, quotes: Quote[], table: EntityTable, attributions: Attribution[] | null): object | null {
  if (!/\S/.test(text)) return null;
  const language = settings.language;
  // Nothing of one window's typed arrays outlives it (quotations and entities are plain objects).
  SCRATCH.reset();
  const doc = buildDoc(text, language.orthography, SCRATCH);
  const spans = pairQuotes(text, doc.paragraphs, language.orthography.elisions);
  if (spans.length === 0 && attributions === null) return null;
  const ctx = buildContext(doc, spans, settings.lexicon.cueTable, language.isTitle, SCRATCH);
  language.findCues(ctx);
  runRules(ctx, settings.rules);
  const findings = attributions === null ? [] : runReportRules(ctx, language.reports);
  // (Built by push and read by index, so that its elements kind, and the optimised code that
  // reads it, stay the same from text to text.)
  const speakers: (SpeakerPhrase | null)[] = [];
  for (let qi = 0; qi < spans.length; qi++) speakers.push(speakerPhrase(ctx.decisions, qi));
  const mentions = collectMentions(ctx, speakers, language, settings.lexicon.titles);
  const { clusters, clusterOf, state } = clusterMentions(doc, mentions.inputs, language, settings.lexicon, SCRATCH);
  const entityOf = SCRATCH.int32s(clusters.length).fill(-1);
  const analysis = { text, window: w, ctx, speakers, mentions, clusters, clusterOf, entityOf };
  // Where each quotation went in `quotes`, for the attributions that own them.
  const published = attributions === null ? undefined : new Int32Array(spans.length).fill(-1);
  appendQuotes(analysis, settings, quotes, table, published);
  if (attributions !== null) appendAttributions(analysis, findings, quotes, published!, attributions, table);
  return { ctx, mentions, clustering: state };
}

function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') typeError(fn, 'the text as a string', text);
}

/**
 * Finds the quotations of a news text and who said them.
 *
 * Synchronous and pure: the same text and options always give the same result, and nothing is
 * kept between calls. Runs in Node, browsers and edge runtimes (no Node API is used). Time and
 * memory grow linearly with the text: a text of over a million UTF-16 code units (a dump of many
 * articles) is analysed in windows of that size, cut at blank lines, with context on each side.
 *
 * @param text - The article text. Offsets in the result are UTF-16 code-unit offsets into it.
 * @param options - See {@link ExtractOptions}. By default only attributed quotations are returned.
 * @returns The quotations in document order (empty for empty or blank text).
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'quote-attribution';
 *
 * const text = 'Syrian President Bashar al-Assad spoke on Thursday.\n\n“Aleppo is free,” he said.';
 * for (const q of extractQuotes(text)) {
 *   console.log(q.speaker?.name, '—', q.text); // Bashar al-Assad — Aleppo is free,
 * }
 * ```
 */
export function extractQuotes(text: string, options?: ExtractOptions): Quote[] {
  checkText('extractQuotes', text);
  return run(text, settingsFrom('extractQuotes', options), false).quotes as Quote[];
}

/**
 * Finds every act of reported speech in a news text, with or without quotation marks, and who
 * said it: direct quotations (“…,” she said), mixed ones (she said the plan was “dead”) and
 * indirect speech (she said the plan was dead; the plan was dead, according to her).
 *
 * Synchronous and pure, like {@link extractQuotes}. Beliefs, plans and perceptions ("she thinks",
 * "he wants", "the poll shows") are not speech and are not returned.
 *
 * @param text - The article text. Offsets in the result are UTF-16 code-unit offsets into it.
 * @param options - See {@link ExtractOptions}.
 * @returns The acts of reported speech in document order (empty for empty or blank text).
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { extractAttributions } from 'quote-attribution';
 *
 * const text = 'Jan Egeland said Russia had promised a pause. “It is fragile,” he added.';
 * for (const a of extractAttributions(text)) {
 *   console.log(a.form, a.speaker?.name); // indirect Jan Egeland, then direct Jan Egeland
 * }
 * ```
 */
export function extractAttributions(text: string, options?: ExtractOptions): Attribution[] {
  checkText('extractAttributions', text);
  return run(text, settingsFrom('extractAttributions', options), true).attributions as Attribution[];
}

/**
 * Like {@link extractQuotes}, and also returns the document's speaker entities (each with its
 * fullest name, kind, title and mentions), which `quote.speaker.entity` indexes.
 *
 * @param text - The article text.
 * @param options - See {@link ExtractOptions}.
 * @returns `{ quotes, entities }`.
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { analyze } from 'quote-attribution';
 * const { quotes, entities } = analyze(article);
 * for (const e of entities) {
 *   const n = quotes.filter((q) => q.speaker?.entity === e.id).length;
 *   console.log(`${e.name}: ${n} quotations`);
 * }
 * ```
 */
export function analyze(text: string, options?: ExtractOptions): Analysis {
  checkText('analyze', text);
  return run(text, settingsFrom('analyze', options), true);
}

/**
 * {@link analyze} with a chosen window size and margin (code units), for tests and measurements of
 * the windowing; not part of the public API.
 * @internal
 */
export function analyzeInWindows(text: string, size: number, margin: number, options?: ExtractOptions): Analysis {
  checkText('analyze', text);
  return run(text, settingsFrom('analyze', options), true, size, margin);
}

/** An extractor with options fixed once (their lexicons are built once, not on every call). */
export interface Extractor {
  /** {@link extractQuotes} with the extractor's options. */
  extractQuotes(text: string): Quote[];
  /** {@link analyze} with the extractor's options. */
  analyze(text: string): Analysis;
  /** {@link extractAttributions} with the extractor's options. */
  extractAttributions(text: string): Attribution[];
}

/**
 * Makes an extractor with fixed options, for running many texts with custom lexicons or with a
 * chosen subset or order of the rules.
 *
 * @param options - See {@link ExtractOptions}.
 * @returns An {@link Extractor}.
 * @throws TypeError when an option has the wrong type, or names a rule that does not exist.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'quote-attribution';
 * const extractor = createExtractor({ cueVerbs: ['quipped', 'mused'], titles: ['Archbishop'] });
 * const quotes = extractor.extractQuotes('“Not today,” the Archbishop quipped.');
 *
 * // Only the rules that read a cue next to the quotation, in this order:
 * const strict = createExtractor({ rules: ['trailing-cue', 'leading-cue', 'according-to'] });
 * ```
 */
export function createExtractor(options?: ExtractOptions): Extractor {
  const settings = settingsFrom('createExtractor', options);
  return {
    extractQuotes(text: string): Quote[] {
      checkText('extractQuotes', text);
      return run(text, settings, false).quotes as Quote[];
    },
    analyze(text: string): Analysis {
      checkText('analyze', text);
      return run(text, settings, true);
    },
    extractAttributions(text: string): Attribution[] {
      checkText('extractAttributions', text);
      return run(text, settings, true).attributions as Attribution[];
    },
  };
}
