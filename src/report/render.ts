/**
 * The highlighting shared by the CLI's HTML report and the browser demo: HTML strings made from a
 * text and its {@link Analysis}. Pure string work with no Node or DOM API, so the same code runs in
 * the CLI, its worker threads and a browser.
 *
 * Every quotation becomes one or more `<mark class="qa-q">` (one per paragraph it covers), coloured
 * and labelled by speaker; every act of reported speech in the reporter's words (an indirect or
 * mixed attribution) becomes one or more `<span class="qa-r">`, underlined with dots in its
 * speaker's colour; the speaker's mention becomes `<span class="qa-mention">`; a hidden
 * description per quotation and per reported speech (speaker, cue, rule, confidence) is what
 * tooltips and screen readers show. Every element is placed at the offsets the analysis gives.
 * The numbers (quotations, speakers, words) come from ./statistics.ts; this module adds only how
 * they look (labels, colour slots, markup).
 */
import type { Analysis, Attribution, Quote, Span } from '../index.js';
import { documentStatistics, isNamedSpeaker, isReportedSpeech, speakerKeys, speakerStatistics, type SpeakerStatistics } from './statistics.js';

/** A document to render: its text and the library's analysis of exactly that text. */
export interface RenderInput {
  /** The document's id (a file path, a corpus id), shown as its heading when there is no title. */
  readonly id?: string;
  /** A heading to show above the article (an HTML page's title). */
  readonly title?: string | null;
  /** The text that was analysed; every offset in `analysis` refers to it. */
  readonly text: string;
  /** `analyze(text)` of the library. */
  readonly analysis: Analysis;
}

/** Options of {@link renderDocument}. */
export interface RenderOptions {
  /** Prefix of element ids, to keep ids unique when several documents share a page. @defaultValue `'d0'` */
  readonly idPrefix?: string;
  /** Heading level of the document's title (the speaker panel's heading is one level below it, or at it without a title). @defaultValue `2` */
  readonly headingLevel?: 1 | 2 | 3;
}

/**
 * A speaker as the report shows it: the speaker's {@link SpeakerStatistics} with the short label
 * shown after each quotation and the colour slot of the speaker's highlights.
 */
export interface StyledSpeaker extends SpeakerStatistics {
  /** A short label shown after each quotation: the last word of a person's name, else the name. */
  readonly label: string;
  /** Colour slot (0–11) of the speaker, -1 for quotations and reported speech without a speaker. */
  readonly colour: number;
}

/** How many distinct speaker colours the stylesheet defines; further speakers reuse them. */
export const COLOURS = 12;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The label after a speaker's quotations: a person's last name (without an "al-" or the like), else the name, cut at 24 characters. */
function shortLabel(name: string, kind: string): string {
  if (kind !== 'person') return name.length > 24 ? `${name.slice(0, 23)}…` : name;
  const words = name.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? name;
  return last.replace(/^(?:al|el|ad|as|ash|bin|ibn)-/i, (prefix) => (words.length > 1 ? '' : prefix)) || last;
}

/**
 * The speakers of a document as the report shows them: its {@link speakerStatistics} in the same
 * order, each with its label and colour slot (the named speakers take the slots in turn; the
 * "No speaker" row has none).
 *
 * @example
 * ```ts
 * styledSpeakers(speakerStatistics(analyze('“We will win,” Assad said.')))[0] // { name: 'Assad', label: 'Assad', colour: 0, … }
 * ```
 */
export function styledSpeakers(speakers: readonly SpeakerStatistics[]): StyledSpeaker[] {
  let slot = 0;
  return speakers.map((speaker) =>
    isNamedSpeaker(speaker)
      ? { ...speaker, label: shortLabel(speaker.name, speaker.kind ?? 'unknown'), colour: slot++ % COLOURS }
      : { ...speaker, label: 'no speaker', colour: -1 },
  );
}

/** The class of a colour slot: `qa-cN`, or `qa-none` for quotations without a speaker. */
function colourClass(colour: number): string {
  return colour < 0 ? 'qa-none' : `qa-c${colour}`;
}

/**
 * A count and its noun, the noun plural unless the count is 1.
 *
 * @example
 * ```ts
 * formatCount(1, 'quotation') // '1 quotation'
 * formatCount(3, 'word') // '3 words'
 * ```
 */
export function formatCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Paragraphs of a text: maximal runs of lines that are not blank, as [start, end) offsets. */
function paragraphs(text: string): [number, number][] {
  const found: [number, number][] = [];
  let start = -1; // start of the current paragraph, -1 between paragraphs
  let end = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (/\S/.test(text.slice(lineStart, lineEnd))) {
      if (start < 0) start = lineStart;
      end = lineEnd;
    } else if (start >= 0) {
      found.push([start, end]);
      start = -1;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) found.push([start, end]);
  return found;
}

/** Text of a paragraph piece: escaped, with single line breaks as `<br>`. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** The rows of a quotation's hidden description: speaker, the words naming them, cue, rule, confidence, type. */
function describeQuote(quote: Quote, speaker: StyledSpeaker | undefined): [string, string][] {
  const rows: [string, string][] = [];
  if (quote.speaker) {
    rows.push(['Speaker', speaker ? `${speaker.name} (${speaker.detail})` : quote.speaker.name]);
    rows.push(['Named as', `“${quote.speaker.mention.text}”`]);
  } else {
    rows.push(['Speaker', 'none found']);
  }
  rows.push(['Cue', quote.cue ? `${quote.cue.text} (${quote.cue.kind})` : 'none']);
  rows.push(['Rule', quote.rule ?? 'none']);
  rows.push(['Confidence', quote.confidence.toFixed(2)]);
  rows.push(['Type', quote.closed ? quote.type : `${quote.type}, no closing mark`]);
  return rows;
}

/** The rows of a reported speech's hidden description: form, speaker, the words naming them, cue, rule, confidence. */
function describeReported(attribution: Attribution, speaker: StyledSpeaker | undefined): [string, string][] {
  const fragments = attribution.quotes.length;
  const rows: [string, string][] = [
    ['Reported speech', attribution.form === 'mixed' ? `mixed (in the reporter’s words, with ${formatCount(fragments, 'quoted fragment')})` : 'indirect (in the reporter’s words)'],
  ];
  if (attribution.speaker) {
    rows.push(['Speaker', speaker ? `${speaker.name} (${speaker.detail})` : attribution.speaker.name]);
    rows.push(['Named as', `“${attribution.speaker.mention.text}”`]);
  } else {
    rows.push(['Speaker', 'none found']);
  }
  rows.push(['Cue', attribution.cue ? `${attribution.cue.text} (${attribution.cue.kind})` : 'none']);
  rows.push(['Rule', attribution.rule ?? 'none']);
  rows.push(['Confidence', attribution.confidence.toFixed(2)]);
  return rows;
}

/** The spans of an attribution's content, in order (one, or several when it is split). */
export function contentSpans(attribution: Attribution): readonly Span[] {
  const content = attribution.content;
  return Array.isArray(content) ? content : [content as Span];
}

/** What the article marks up: a quotation, a piece of reported speech or a speaker's mention, at its offsets. */
interface Region {
  readonly start: number;
  readonly end: number;
  /** Nesting order when two regions cover the same text: reported speech outside, mentions inside. */
  readonly kind: 0 | 1 | 2;
  /** Index in `analysis.attributions` (reported speech), `analysis.quotes` (quotation) or the mentions. */
  readonly index: number;
}
const REPORTED = 0, QUOTATION = 1, MENTION = 2;

/**
 * The article with its quotations highlighted and its reported speech underlined:
 * `<article class="qa-article">`, one `<p>` per paragraph. Each quotation piece is a
 * `<mark class="qa-q qa-cN">` with `data-q` (its index in `analysis.quotes`), `data-speaker` and
 * `aria-describedby`; the first piece is focusable. A label with the speaker's short name follows
 * each quotation, so colour is never the only sign. Each piece of indirect or mixed speech is a
 * `<span class="qa-r qa-cN qa-indirect|qa-mixed">` with `data-a` (its index in
 * `analysis.attributions`), likewise described and focusable once; a mixed one holds the marks of
 * its quoted fragments. Elements nest by their offsets; where two cross, one is closed and opened
 * again, so the markup is always well formed.
 *
 * @example
 * ```ts
 * renderArticle({ text, analysis: analyze(text) }, { idPrefix: 'd1' }) // '<article class="qa-article" id="d1-article" …'
 * ```
 */
export function renderArticle(input: RenderInput, options: RenderOptions = {}): string {
  const { text, analysis } = input;
  const prefix = options.idPrefix ?? 'd0';
  const keyOf = speakerKeys(analysis);
  const speakerByKey = new Map(styledSpeakers(speakerStatistics(analysis)).map((speaker) => [speaker.entity, speaker]));
  const speakerOf = (key: number): StyledSpeaker | undefined => speakerByKey.get(key);
  const quotes = analysis.quotes;
  const attributions = analysis.attributions;

  // Everything to mark up, at the analysis's offsets.
  const regions: Region[] = [];
  const mentions: { start: number; end: number; key: number }[] = [];
  const seenMentions = new Set<string>();
  const addMention = (speaker: Quote['speaker']): void => {
    if (!speaker || speaker.mention.end <= speaker.mention.start) return;
    const id = `${speaker.mention.start}:${speaker.mention.end}`;
    if (seenMentions.has(id)) return;
    seenMentions.add(id);
    regions.push({ start: speaker.mention.start, end: speaker.mention.end, kind: MENTION, index: mentions.length });
    mentions.push({ start: speaker.mention.start, end: speaker.mention.end, key: keyOf(speaker) });
  };
  attributions.forEach((attribution, index) => {
    if (!isReportedSpeech(attribution)) return;
    for (const span of contentSpans(attribution)) if (span.end > span.start) regions.push({ start: span.start, end: span.end, kind: REPORTED, index });
  });
  quotes.forEach((quote, index) => regions.push({ start: quote.start, end: quote.end, kind: QUOTATION, index }));
  for (const quote of quotes) addMention(quote.speaker);
  for (const attribution of attributions) if (isReportedSpeech(attribution)) addMention(attribution.speaker);
  // Outer first: earlier start, then later end, then reported speech, quotation, mention.
  regions.sort((a, b) => a.start - b.start || b.end - a.end || a.kind - b.kind || a.index - b.index);
  const cuts = new Set<number>();
  for (const region of regions) {
    cuts.add(region.start);
    cuts.add(region.end);
  }

  const allParagraphs = paragraphs(text);
  const lastPieceEnd = new Map<number, number>(); // quotation → end of its last piece in the text
  for (const [paragraphStart, paragraphEnd] of allParagraphs) {
    for (let index = 0; index < quotes.length; index++) {
      const quote = quotes[index]!;
      const start = Math.max(paragraphStart, quote.start), end = Math.min(paragraphEnd, quote.end);
      if (start < end && /\S/.test(text.slice(start, end))) lastPieceEnd.set(index, end);
    }
  }

  const focusableQuotes = new Set<number>(); // quotations whose first piece is written (and focusable)
  const focusableReported = new Set<number>(); // the same for reported speech
  const openTag = (region: Region): string => {
    if (region.kind === MENTION) {
      const speaker = speakerOf(mentions[region.index]!.key);
      return `<span class="qa-mention ${colourClass(speaker?.colour ?? -1)}" data-speaker="${escapeHtml(speaker?.name ?? '')}" title="${escapeHtml(`Speaker: ${speaker?.name ?? ''}`)}">`;
    }
    if (region.kind === QUOTATION) {
      const quote = quotes[region.index]!;
      const key = keyOf(quote.speaker);
      const speaker = speakerOf(key);
      const firstPiece = !focusableQuotes.has(region.index);
      focusableQuotes.add(region.index);
      const attributes = [
        `class="qa-q ${colourClass(speaker?.colour ?? -1)}"`,
        `data-q="${region.index}"`,
        `data-entity="${key}"`,
        `data-speaker="${escapeHtml(quote.speaker?.name ?? '')}"`,
        `aria-describedby="${prefix}-q${region.index}-d"`,
        firstPiece ? 'tabindex="0"' : '',
      ].filter(Boolean);
      return `<mark ${attributes.join(' ')}>`;
    }
    const attribution = attributions[region.index]!;
    const key = keyOf(attribution.speaker);
    const speaker = speakerOf(key);
    const firstPiece = !focusableReported.has(region.index);
    focusableReported.add(region.index);
    const attributes = [
      `class="qa-r ${colourClass(speaker?.colour ?? -1)} qa-${attribution.form}"`,
      `data-a="${region.index}"`,
      `data-form="${attribution.form}"`,
      `data-entity="${key}"`,
      `data-speaker="${escapeHtml(attribution.speaker?.name ?? '')}"`,
      `aria-describedby="${prefix}-a${region.index}-d"`,
      firstPiece ? 'tabindex="0"' : '',
    ].filter(Boolean);
    return `<span ${attributes.join(' ')}>`;
  };
  /** The end tag of a region closed at `position`, and the speaker's label after a quotation's last piece. */
  const closeTag = (region: Region, position: number): string => {
    if (region.kind !== QUOTATION) return '</span>';
    let html = '</mark>';
    if (lastPieceEnd.get(region.index) === position) {
      const quote = quotes[region.index]!;
      const key = keyOf(quote.speaker);
      const speaker = speakerOf(key);
      html += `<span class="qa-who ${colourClass(speaker?.colour ?? -1)}" data-entity="${key}" aria-hidden="true">${escapeHtml(speaker?.label ?? 'no speaker')}</span>`;
    }
    return html;
  };

  const lines: string[] = [`<article class="qa-article" id="${prefix}-article" aria-label="Article with highlighted quotations and reported speech">`];
  for (const [paragraphStart, paragraphEnd] of allParagraphs) {
    const points = [paragraphStart, paragraphEnd, ...[...cuts].filter((cut) => cut > paragraphStart && cut < paragraphEnd)].sort((a, b) => a - b);
    let html = '';
    let open: Region[] = []; // the open elements, outermost first
    const closeFrom = (depth: number, position: number): void => {
      while (open.length > depth) html += closeTag(open.pop()!, position);
    };
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!, to = points[k + 1]!;
      if (from === to) continue;
      const covering = regions.filter((region) => region.start <= from && from < region.end);
      let same = 0;
      while (same < open.length && same < covering.length && open[same] === covering[same]) same++;
      closeFrom(same, from);
      for (const region of covering.slice(same)) html += openTag(region);
      open = covering;
      html += inline(text.slice(from, to));
    }
    closeFrom(0, paragraphEnd);
    lines.push(`<p>${html}</p>`);
  }
  lines.push(`<div class="qa-descs" hidden>`);
  const describe = (id: string, rows: [string, string][]): string =>
    `<div id="${id}">${rows.map(([label, value]) => `<span class="qa-row"><b>${label}:</b> ${escapeHtml(value)}</span>`).join('<span class="qa-sep">; </span>')}</div>`;
  quotes.forEach((quote, index) => lines.push(describe(`${prefix}-q${index}-d`, describeQuote(quote, speakerOf(keyOf(quote.speaker))))));
  attributions.forEach((attribution, index) => {
    if (isReportedSpeech(attribution)) lines.push(describe(`${prefix}-a${index}-d`, describeReported(attribution, speakerOf(keyOf(attribution.speaker)))));
  });
  lines.push('</div>', '</article>');
  return lines.join('\n');
}

/**
 * The side panel: the document's speakers with their quotations, words and reported speech as
 * numbers and as a small bar chart. Each speaker is a toggle button that dims every other
 * speaker's quotations and reported speech.
 *
 * @example
 * ```ts
 * renderSpeakers({ text, analysis: analyze(text) }) // '<aside class="qa-panel" aria-labelledby="d0-sp">…'
 * ```
 */
export function renderSpeakers(input: RenderInput, options: RenderOptions = {}): string {
  const prefix = options.idPrefix ?? 'd0';
  const level = options.headingLevel ?? 2;
  const statistics = documentStatistics(input.analysis);
  const speakers = styledSpeakers(statistics.speakers);
  const most = (count: (speaker: StyledSpeaker) => number): number => Math.max(1, ...speakers.map(count));
  const mostQuotations = most((speaker) => speaker.quotations);
  const mostWords = most((speaker) => speaker.words);
  const mostReported = most((speaker) => speaker.reported);
  const bar = (label: string, count: number, highest: number, className: string): string =>
    `<span class="qa-bar-label">${label}</span><span class="qa-bar${className}" aria-hidden="true"><span style="width:${Math.round((count / highest) * 100)}%"></span></span>`;
  const lines: string[] = [
    `<aside class="qa-panel" aria-labelledby="${prefix}-sp">`,
    `<h${level} id="${prefix}-sp">Speakers</h${level}>`,
    `<p class="qa-summary">${formatCount(statistics.quotations, 'quotation')} · ${statistics.reported} reported · ${formatCount(statistics.namedSpeakers, 'speaker')}</p>`,
  ];
  if (speakers.length === 0) {
    lines.push('<p>No quotation or reported speech found.</p>');
  } else {
    lines.push(`<ol class="qa-speakers">`);
    for (const speaker of speakers) {
      lines.push(
        `<li class="${colourClass(speaker.colour)}">` +
          `<button type="button" class="qa-speaker" data-entity="${speaker.entity}" aria-pressed="false">` +
          `<span class="qa-swatch" aria-hidden="true"></span>` +
          `<span class="qa-name">${escapeHtml(speaker.name)}</span> <span class="qa-detail">${escapeHtml(speaker.detail)}</span>` +
          `</button>` +
          `<div class="qa-bars">` +
          bar(formatCount(speaker.quotations, 'quotation'), speaker.quotations, mostQuotations, '') +
          bar(formatCount(speaker.words, 'word'), speaker.words, mostWords, ' qa-bar-words') +
          bar(`${speaker.reported} reported`, speaker.reported, mostReported, ' qa-bar-reported') +
          `</div></li>`,
      );
    }
    lines.push('</ol>');
  }
  lines.push('</aside>');
  return lines.join('\n');
}

/**
 * One document: its article and its speaker panel side by side (stacked on narrow screens).
 *
 * @example
 * ```ts
 * import { analyze } from 'quote-attribution';
 * const html = renderDocument({ text, analysis: analyze(text) });
 * ```
 */
export function renderDocument(input: RenderInput, options: RenderOptions = {}): string {
  const prefix = options.idPrefix ?? 'd0';
  const level = options.headingLevel ?? 2;
  const title = input.title ? `<h${level} class="qa-title">${escapeHtml(input.title)}</h${level}>` : '';
  return [
    `<section class="qa-doc" id="${prefix}" data-doc="${escapeHtml(input.id ?? '')}">`,
    title,
    '<div class="qa-grid">',
    renderArticle(input, options),
    renderSpeakers(input, { ...options, headingLevel: (input.title ? Math.min(level + 1, 3) : level) as 1 | 2 | 3 }),
    '</div>',
    '</section>',
  ].join('\n');
}
