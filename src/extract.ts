/**
 * The pipeline: text → document → quotation spans → contexts and cues → sieves in order →
 * entities → Quote objects. Each call builds its own state; nothing is shared between calls.
 */
import { SIEVES } from './lang/en/index.js';
import { clusterMentions, DEFAULT_ENTITY_LEXICON, nameKey, type EntityCluster, type EntityLexicon, type MentionInput } from './entities/cluster.js';
import { PACKAGE, typeError } from './errors.js';
import { buildCueTable } from './lang/en/lexicon/cues.js';
import { ORGANIZATION_WORDS, TITLES } from './lang/en/lexicon/words.js';
import { nameRuns } from './lang/en/grammar/names.js';
import { antecedentOf, invertedSpeakerBefore, type Phrase } from './lang/en/grammar/phrases.js';
import { pairQuotes } from './quotes/pair.js';
import { buildContext, type DocumentContext, type Made, type QuoteContext, type SieveContext } from './sieves/context.js';
import { sentenceSubjects } from './lang/en/grammar/subjects.js';
import { buildDoc } from './text/document.js';
import { Scratch } from './text/memory.js';
import { MARGIN, WINDOW, windowsOf, type Window } from './text/windows.js';
import type { Analysis, Cue, CueKind, ExtractOptions, Quote, QuoteType, Span, Speaker, SpeakerKind } from './types.js';

/** Options after validation, with the lexicons they imply. */
interface Settings {
  readonly includeUnattributed: boolean;
  readonly minConfidence: number;
  readonly cueTable: ReadonlyMap<string, string>;
  readonly lexicon: EntityLexicon;
}

const OPTION_KEYS = new Set(['includeUnattributed', 'cueVerbs', 'titles', 'organizationWords', 'minConfidence']);

function stringList(fn: string, name: string, v: unknown): readonly string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) typeError(fn, `options.${name} to be an array of strings`, v);
  return v as string[];
}

function settingsFrom(fn: string, options: unknown): Settings {
  if (options === undefined) return DEFAULT_SETTINGS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) typeError(fn, 'an options object or undefined', options);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.has(k)) throw new TypeError(`${PACKAGE}: ${fn}() received an unknown option "${k}"; known options are ${[...OPTION_KEYS].join(', ')}.`);
  }
  if (o.includeUnattributed !== undefined && typeof o.includeUnattributed !== 'boolean') typeError(fn, 'options.includeUnattributed to be a boolean', o.includeUnattributed);
  const mc = o.minConfidence;
  if (mc !== undefined && (typeof mc !== 'number' || !(mc >= 0 && mc <= 1))) typeError(fn, 'options.minConfidence to be a number between 0 and 1', mc);
  const cueVerbs = stringList(fn, 'cueVerbs', o.cueVerbs);
  const titles = stringList(fn, 'titles', o.titles);
  const orgWords = stringList(fn, 'organizationWords', o.organizationWords);
  return {
    includeUnattributed: o.includeUnattributed === true,
    minConfidence: (mc as number | undefined) ?? 0,
    cueTable: cueVerbs.length > 0 ? buildCueTable(cueVerbs) : DEFAULT_SETTINGS.cueTable,
    lexicon: {
      titles: titles.length > 0 ? new Set([...TITLES, ...titles.map((w) => w.toLowerCase())]) : TITLES,
      organizationWords: orgWords.length > 0 ? new Set([...ORGANIZATION_WORDS, ...orgWords.map((w) => w.toLowerCase())]) : ORGANIZATION_WORDS,
    },
  };
}

const DEFAULT_SETTINGS: Settings = { includeUnattributed: false, minConfidence: 0, cueTable: buildCueTable(), lexicon: DEFAULT_ENTITY_LEXICON };

/** Runs every sieve in order over the quotations; the first that finds a speaker decides. */
function runSieves(ctx: DocumentContext): void {
  const { quotes, made, madeInSentence, madeInParagraph } = ctx;
  for (const sieve of SIEVES) {
    for (let qi = 0; qi < quotes.length; qi++) {
      const q = quotes[qi]!;
      if (made[qi] !== undefined || q.title) continue;
      const found = sieve.apply(ctx, qi);
      if (found === null) continue;
      made[qi] = { rule: sieve.name, confidence: sieve.confidence, found };
      madeInSentence[q.sentence]!++;
      madeInParagraph[q.span.lastPara]!++;
    }
  }
}

/** Follows inheritances to the phrase that names the speaker; the lowest confidence on the way counts. */
function speakerPhrase(made: readonly (Made | undefined)[], qi: number): { phrase: Phrase; confidence: number } | null {
  let confidence = 1;
  let at = qi;
  for (let hops = 0; hops <= made.length; hops++) {
    const m = made[at];
    if (m === undefined) return null;
    confidence = Math.min(confidence, m.confidence);
    if ('phrase' in m.found) return { phrase: m.found.phrase, confidence };
    at = m.found.inherit;
  }
  return null;
}

/** A span of `text` (a window starting at offset `base` of the caller's text), in the caller's offsets. */
function span(text: string, base: number, start: number, end: number): Span {
  return { start: base + start, end: base + end, text: text.slice(start, end) };
}

// Result objects are written out as literals, never spread: V8 gives an object built by spreading
// one of another shape a hidden class of its own, which would cost about 200 bytes a quotation.
function cueOf(text: string, base: number, start: number, end: number, kind: CueKind, lemma: string): Cue {
  return { start: base + start, end: base + end, text: text.slice(start, end), kind, lemma };
}

function classify(ctx: SieveContext, q: QuoteContext, text: string): Exclude<QuoteType, 'other'> {
  const content = text.slice(q.span.contentStart, q.span.contentEnd).trim();
  const tk = ctx.doc.tokens;
  let startsUtterance = q.leftLo === q.openTok;
  let b = q.openTok - 1;
  if (!startsUtterance && b >= q.leftLo) {
    if (tk.is(b, ':')) startsUtterance = true;
    else {
      if (tk.is(b, ',')) b--;
      startsUtterance = b >= q.leftLo && ctx.cueAt(b) !== null;
    }
  }
  const endsUtterance = !q.span.closed || /[.,!?…:;—–-]$/.test(content) || q.span.lastPara > q.span.firstPara;
  return startsUtterance && (endsUtterance || /^\p{Lu}/u.test(content)) ? 'direct' : 'partial';
}

/** The speaker entities of a call: one per cluster, or, across windows, one per kind and name. */
class EntityTable {
  readonly list: { id: number; name: string; kind: SpeakerKind; title: string | null; mentions: Span[] }[] = [];
  private readonly byKey = new Map<string, number>();

  /** `merge`: whether clusters of different windows with the same kind and name are one entity. */
  constructor(private readonly merge: boolean) {}

  /** The public index of cluster `c` of window `w` (whose text is `part`). */
  add(c: EntityCluster, part: string, w: Window): number {
    const mentions: Span[] = [];
    for (const m of c.mentions) {
      const start = w.from + m.start;
      if (start >= w.keepFrom && start < w.keepTo) mentions.push(span(part, w.from, m.start, m.end));
    }
    const title = longestTitle(c.titles);
    const key = `${c.kind}\u0000${c.name}`;
    const known = this.merge ? this.byKey.get(key) : undefined;
    if (known !== undefined) {
      const e = this.list[known]!;
      for (const m of mentions) e.mentions.push(m);
      if (title !== null && (e.title === null || title.length > e.title.length)) e.title = title;
      return known;
    }
    const id = this.list.length;
    this.list.push({ id, name: c.name, kind: c.kind, title, mentions });
    if (this.merge) this.byKey.set(key, id);
    return id;
  }
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/** The mentions to cluster, one per phrase (a speaker's wins over a name run's). */
class MentionList {
  readonly inputs: MentionInput[] = [];
  private readonly byKey = new Map<number, number>();

  /** Adds a phrase (or marks it a speaker); returns its index in `inputs`. */
  add(phrase: Phrase, speaker: boolean): number {
    const key = phraseKey(phrase);
    let k = this.byKey.get(key);
    if (k === undefined) {
      k = this.inputs.length;
      this.inputs.push({ phrase, speaker, subject: false, antecedent: -1 });
      this.byKey.set(key, k);
    } else if (speaker && !this.inputs[k]!.speaker) {
      this.inputs[k] = { phrase, speaker, subject: false, antecedent: -1 };
    }
    return k;
  }

  /** The index of a phrase added before. */
  indexOf(phrase: Phrase): number {
    return this.byKey.get(phraseKey(phrase))!;
  }
}

/** A phrase's key: its first token and length (phrases are short). */
const phraseKey = (p: Phrase): number => p.first * 64 + Math.min(63, p.last - p.first);

/** The memory of every window's typed arrays, reused from window to window (see src/text/memory.ts). */
const SCRATCH = new Scratch();

/** What one window's analysis worked with (see {@link resident}). */
interface WindowState {
  readonly ctx: DocumentContext;
  readonly mentions: MentionList;
  readonly clustering: object;
}

/**
 * The working state of a short sample text, analysed at the first call and kept for as long as
 * the module lives (a few kilobytes; no caller's text is kept).
 *
 * Why: V8's optimised code for most of the rules is compiled against the hidden classes (maps)
 * of the per-text objects (tokens, sieve context, mentions, clusters), and holds those weakly. A
 * full garbage collection that ran between two texts, when no such object was alive, could drop
 * the maps and with them the optimised code of 50-80 functions, which V8 then compiled again.
 * Measured before this existed: over a 50 MB corpus with one thread, in about 3 of 8 runs at the
 * run's first full collection (about 800 ms of compilation again); with `gc()` forced between two
 * texts, 49-50 functions every time. Objects of the same classes that stay alive keep the maps.
 * (Its typed arrays are views of {@link SCRATCH}, which later texts overwrite: it is kept, never read.)
 */
let resident: { readonly window: WindowState | null; readonly table: EntityTable } | null = null;

/** A text with a quotation, a cue, a pronoun and a title, so that every per-text class has an instance. */
const RESIDENT_SAMPLE = 'Syrian President Bashar al-Assad spoke on Thursday.\n\n“Aleppo is free,” he said. “We will rebuild it,” Assad told reporters, according to the agency.';

function residentState(): NonNullable<typeof resident> {
  const table = new EntityTable(false);
  const [w] = windowsOf(RESIDENT_SAMPLE, WINDOW, MARGIN);
  return { window: analyseWindow(RESIDENT_SAMPLE, w!, DEFAULT_SETTINGS, [], table), table };
}

/** The whole analysis of one text with validated settings, window by window when it is long. */
function run(text: string, settings: Settings, size = WINDOW, margin = MARGIN): Analysis {
  resident ??= residentState();
  if (!/\S/.test(text)) return { quotes: [], entities: [] };
  const quotes: Quote[] = [];
  const windows = windowsOf(text, size, margin);
  const entities = new EntityTable(windows.length > 1);
  for (const w of windows) {
    const part = w.from === 0 && w.to === text.length ? text : text.slice(w.from, w.to);
    analyseWindow(part, w, settings, quotes, entities);
  }
  return { quotes, entities: entities.list };
}

/**
 * Analyses one window (`part` is its text) and appends the quotations it reports to `quotes`;
 * returns what it worked with (`null` when the window has no quotation marks).
 */
function analyseWindow(text: string, w: Window, settings: Settings, quotes: Quote[], table: EntityTable): WindowState | null {
  if (!/\S/.test(text)) return null;
  const at = w.from;
  // Nothing of one window's typed arrays outlives it (quotations and entities are plain objects).
  SCRATCH.reset();
  const doc = buildDoc(text, SCRATCH);
  const spans = pairQuotes(text, doc.paragraphs);
  if (spans.length === 0) return null;
  const ctx = buildContext(doc, spans, settings.cueTable, SCRATCH);
  runSieves(ctx);
  const made = ctx.made;
  const tk = doc.tokens;

  // Mentions: each quotation's speaker phrase, every cue subject, and the name runs.
  // (Arrays here are built by push and read by index, so that their elements kind, and the
  // optimised code that reads them, stay the same from text to text.)
  const resolved: ({ phrase: Phrase; confidence: number } | null)[] = [];
  for (let qi = 0; qi < spans.length; qi++) resolved.push(speakerPhrase(made, qi));
  const mentions = new MentionList();
  const inputs = mentions.inputs;
  for (let qi = 0; qi < resolved.length; qi++) {
    const r = resolved[qi];
    if (r !== null && r !== undefined) mentions.add(r.phrase, true);
  }
  for (const c of ctx.cues) if (c.subject !== null) mentions.add(c.subject, true);
  // A speaking "who" or "which" is resolved to the phrase before it, which therefore speaks too.
  for (let k = 0; k < inputs.length; k++) {
    const p = inputs[k]!.phrase;
    if (p.first !== p.last || !RELATIVE_PRONOUNS.has(tk.lowerOf(p.first))) continue;
    const lo = doc.paraTokenStart[tk.paraOf(p.first)]!;
    // After an inverted speaker's apposition ("said Nicky Driscoll, 24, from Manchester, who"),
    // the speaker, wherever it ends; else the phrase right before.
    const speaker = invertedSpeakerBefore(doc, p.first, lo, settings.cueTable);
    if (speaker !== null) inputs[k]!.antecedent = speaker.last;
    const antecedent = speaker ?? antecedentOf(doc, p.first, lo, settings.cueTable);
    if (antecedent !== null) mentions.add(antecedent, true);
  }
  // Name runs only matter when they can name a speaker more fully (same last name) or carry a
  // title (an antecedent for "he"/"she"); the others are not clustered at all.
  const speakerKeys = new Set<string>();
  for (const m of inputs) speakerKeys.add(nameKey(tk.lowerOf(m.phrase.last)));
  for (const run of nameRuns(doc, ctx.inQuote)) {
    let keep = speakerKeys.has(nameKey(tk.lowerOf(run.last)));
    for (let i = run.first; !keep && i < run.last; i++) keep = settings.lexicon.titles.has(tk.lowerOf(i));
    if (keep) mentions.add(run, false);
  }
  // Sentence subjects: people and groups that "he", "she" and "they" may refer to later.
  // A name run kept above where a subject starts gives way to it: "Erin Brockovich, the …
  // activist, endorsed …, saying she …" (once a later "Brockovich said" kept the run, the subject
  // was dropped, a two-word name in passing makes no entity, and "she" went to an earlier woman);
  // "Cruz spokesman Rick Tyler said" (the run "Cruz").
  const starts = new Map<number, number>();
  for (let k = 0; k < inputs.length; k++) starts.set(inputs[k]!.phrase.first, k);
  for (const p of sentenceSubjects(ctx)) {
    const k = starts.get(p.first);
    if (k === undefined) inputs.push({ phrase: p, speaker: false, subject: true, antecedent: -1 });
    else if (!inputs[k]!.speaker) inputs[k] = { phrase: p, speaker: false, subject: true, antecedent: -1 };
  }
  const { clusters, of, state } = clusterMentions(doc, inputs, settings.lexicon, SCRATCH);

  const entityOf = SCRATCH.int32s(clusters.length).fill(-1); // cluster id → public entity index

  for (let qi = 0; qi < spans.length; qi++) {
    const q = ctx.quotes[qi]!;
    const s = q.span;
    // Quotations that start in the context around the window belong to the neighbouring window,
    // and one that starts inside a quotation the previous window reported is part of that one.
    if (at + s.start < w.keepFrom || at + s.start >= w.keepTo) continue;
    if (quotes.length > 0 && at + s.start < quotes[quotes.length - 1]!.end) continue;
    const m = made[qi];
    const r = resolved[qi];
    let speaker: Speaker | null = null;
    let cue: Cue | null = null;
    let confidence = 0;
    if (m !== undefined && r !== null && r !== undefined) {
      const cluster = clusters[of[mentions.indexOf(r.phrase)]!];
      confidence = r.confidence * (cluster === undefined || cluster.kind === 'unknown' ? 0.7 : 1);
      if (confidence >= settings.minConfidence) {
        const mention = span(text, at, tk.startOf(r.phrase.first), tk.endOf(r.phrase.last));
        let ent = cluster === undefined ? -1 : entityOf[cluster.id]!;
        if (cluster !== undefined && ent < 0) {
          ent = table.add(cluster, text, w);
          entityOf[cluster.id] = ent;
        }
        speaker = {
          name: cluster === undefined ? mention.text : cluster.name,
          kind: cluster === undefined ? 'unknown' : cluster.kind,
          mention,
          entity: ent,
          title: cluster === undefined ? null : longestTitle(cluster.titles),
        };
        const f = m.found;
        if (f.cue !== null) {
          const c = f.cue;
          cue = cueOf(text, at, tk.startOf(c.first), tk.endOf(c.last), c.kind, c.lemma);
        } else if ('colon' in f && f.colon !== undefined) {
          cue = cueOf(text, at, tk.startOf(f.colon), tk.endOf(f.colon), 'colon', ':');
        }
      } else {
        confidence = 0;
      }
    }
    // Without a speaker, an utterance is still a quotation (of someone unknown); anything else in
    // marks (a title, a scare-quoted word) is not, and is only returned when asked for.
    const speech = speaker !== null || q.speechLike;
    if (!speech && !settings.includeUnattributed) continue;
    quotes.push({
      start: at + s.start,
      end: at + s.end,
      text: text.slice(s.contentStart, s.contentEnd),
      type: speech ? classify(ctx, q, text) : 'other',
      speaker,
      cue,
      rule: speaker === null ? null : m!.rule,
      confidence: Math.round(confidence * 1000) / 1000,
      closed: s.closed,
    });
  }
  return { ctx, mentions, clustering: state };
}

function longestTitle(titles: readonly string[]): string | null {
  let best: string | null = null;
  for (const t of titles) if (best === null || t.length > best.length) best = t;
  return best;
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
  return run(text, settingsFrom('extractQuotes', options)).quotes as Quote[];
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
  return run(text, settingsFrom('analyze', options));
}

/**
 * {@link analyze} with a chosen window size and margin (code units), for tests and measurements of
 * the windowing; not part of the public API.
 * @internal
 */
export function analyzeInWindows(text: string, size: number, margin: number, options?: ExtractOptions): Analysis {
  checkText('analyze', text);
  return run(text, settingsFrom('analyze', options), size, margin);
}

/** An extractor with options fixed once (their lexicons are built once, not on every call). */
export interface Extractor {
  /** {@link extractQuotes} with the extractor's options. */
  extractQuotes(text: string): Quote[];
  /** {@link analyze} with the extractor's options. */
  analyze(text: string): Analysis;
}

/**
 * Makes an extractor with fixed options, for running many texts with custom lexicons.
 *
 * @param options - See {@link ExtractOptions}.
 * @returns An {@link Extractor}.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'quote-attribution';
 * const extractor = createExtractor({ cueVerbs: ['quipped', 'mused'], titles: ['Archbishop'] });
 * const quotes = extractor.extractQuotes('“Not today,” the Archbishop quipped.');
 * ```
 */
export function createExtractor(options?: ExtractOptions): Extractor {
  const settings = settingsFrom('createExtractor', options);
  return {
    extractQuotes(text: string): Quote[] {
      checkText('extractQuotes', text);
      return run(text, settings).quotes as Quote[];
    },
    analyze(text: string): Analysis {
      checkText('analyze', text);
      return run(text, settings);
    },
  };
}
