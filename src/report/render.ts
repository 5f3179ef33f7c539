/**
 * The highlighting shared by the CLI's HTML report and the browser demo: HTML strings made from a
 * text and its {@link Analysis}. Pure string work with no Node or DOM API, so the same code runs in
 * the CLI, its worker threads and a browser.
 *
 * Every quotation becomes one or more `<mark class="qa-q">` (one per paragraph it covers), coloured
 * and labelled by speaker; the speaker's mention becomes `<span class="qa-mention">`; a hidden
 * description per quotation (speaker, cue, rule, confidence) is what tooltips and screen readers show.
 * The numbers (quotations, speakers, words) come from ./statistics.ts; this module adds only how
 * they look (labels, colour slots, markup).
 */
import type { Analysis, Quote } from '../index.js';
import { documentStatistics, isNamedSpeaker, NO_SPEAKER, speakerStatistics, type SpeakerStatistics } from './statistics.js';

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
  /** Colour slot (0–11) of the speaker, -1 for quotations without a speaker. */
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

/**
 * The article with its quotations highlighted: `<article class="qa-article">`, one `<p>` per
 * paragraph. Each quotation piece is a `<mark class="qa-q qa-cN">` with `data-q` (its index in
 * `analysis.quotes`), `data-speaker` and `aria-describedby`; the first piece is focusable. A
 * label with the speaker's short name follows each quotation, so colour is never the only sign.
 *
 * @example
 * ```ts
 * renderArticle({ text, analysis: analyze(text) }, { idPrefix: 'd1' }) // '<article class="qa-article" id="d1-article" …'
 * ```
 */
export function renderArticle(input: RenderInput, options: RenderOptions = {}): string {
  const { text, analysis } = input;
  const prefix = options.idPrefix ?? 'd0';
  const speakerByEntity = new Map(styledSpeakers(speakerStatistics(analysis)).map((speaker) => [speaker.entity, speaker]));
  const speakerOf = (entity: number | undefined): StyledSpeaker | undefined => speakerByEntity.get(entity ?? NO_SPEAKER);
  const quotes = analysis.quotes;

  // Atomic boundaries: quotation and mention edges; each paragraph is cut at them.
  const cuts = new Set<number>();
  const mentions: { start: number; end: number; entity: number }[] = [];
  const seenMentions = new Set<string>();
  for (const quote of quotes) {
    cuts.add(quote.start);
    cuts.add(quote.end);
    const speaker = quote.speaker;
    if (speaker && speaker.mention.end > speaker.mention.start) {
      const key = `${speaker.mention.start}:${speaker.mention.end}`;
      if (!seenMentions.has(key)) {
        seenMentions.add(key);
        mentions.push({ start: speaker.mention.start, end: speaker.mention.end, entity: speaker.entity });
        cuts.add(speaker.mention.start);
        cuts.add(speaker.mention.end);
      }
    }
  }
  // The quotation (first that covers) and mention covering a position.
  const byStart = quotes.map((_, index) => index).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const quoteAt = (position: number): number => {
    for (const index of byStart) {
      const quote = quotes[index]!;
      if (quote.start > position) break;
      if (position < quote.end) return index;
    }
    return -1;
  };
  const mentionAt = (position: number): number => mentions.findIndex((mention) => mention.start <= position && position < mention.end);

  const lastPieceEnd = new Map<number, number>(); // quotation → end of its last piece in the text
  for (const [paragraphStart, paragraphEnd] of paragraphs(text)) {
    for (let index = 0; index < quotes.length; index++) {
      const quote = quotes[index]!;
      const start = Math.max(paragraphStart, quote.start), end = Math.min(paragraphEnd, quote.end);
      if (start < end && /\S/.test(text.slice(start, end))) lastPieceEnd.set(index, end);
    }
  }

  const focusable = new Set<number>(); // quotations whose first piece is written (and focusable)
  const lines: string[] = [`<article class="qa-article" id="${prefix}-article" aria-label="Article with highlighted quotations">`];
  for (const [paragraphStart, paragraphEnd] of paragraphs(text)) {
    const points = [paragraphStart, paragraphEnd, ...[...cuts].filter((cut) => cut > paragraphStart && cut < paragraphEnd)].sort((a, b) => a - b);
    let html = '';
    let openQuote = -1;
    let openMention = -1;
    const closeMention = (): void => { if (openMention >= 0) { html += '</span>'; openMention = -1; } };
    const closeQuote = (): void => {
      closeMention();
      if (openQuote >= 0) {
        html += '</mark>';
        const quote = quotes[openQuote]!;
        if (lastPieceEnd.get(openQuote) !== undefined && lastPieceEnd.get(openQuote)! <= paragraphEnd) {
          const speaker = speakerOf(quote.speaker?.entity);
          html += `<span class="qa-who ${colourClass(speaker?.colour ?? -1)}" data-entity="${quote.speaker?.entity ?? -1}" aria-hidden="true">${escapeHtml(speaker?.label ?? 'no speaker')}</span>`;
        }
        openQuote = -1;
      }
    };
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!, to = points[k + 1]!;
      if (from === to) continue;
      const quoteIndex = quoteAt(from);
      const mentionIndex = mentionAt(from);
      if (quoteIndex !== openQuote) {
        closeQuote();
        if (quoteIndex >= 0) {
          const quote = quotes[quoteIndex]!;
          const speaker = speakerOf(quote.speaker?.entity);
          const firstPiece = !focusable.has(quoteIndex);
          focusable.add(quoteIndex);
          const attributes = [
            `class="qa-q ${colourClass(speaker?.colour ?? -1)}"`,
            `data-q="${quoteIndex}"`,
            `data-entity="${quote.speaker?.entity ?? -1}"`,
            `data-speaker="${escapeHtml(quote.speaker?.name ?? '')}"`,
            `aria-describedby="${prefix}-q${quoteIndex}-d"`,
            firstPiece ? 'tabindex="0"' : '',
          ].filter(Boolean);
          html += `<mark ${attributes.join(' ')}>`;
          openQuote = quoteIndex;
        }
      }
      if (mentionIndex !== openMention) {
        closeMention();
        if (mentionIndex >= 0) {
          const mention = mentions[mentionIndex]!;
          const speaker = speakerOf(mention.entity);
          html += `<span class="qa-mention ${colourClass(speaker?.colour ?? -1)}" data-speaker="${escapeHtml(speaker?.name ?? '')}" title="${escapeHtml(`Speaker: ${speaker?.name ?? ''}`)}">`;
          openMention = mentionIndex;
        }
      }
      html += inline(text.slice(from, to));
    }
    closeQuote();
    lines.push(`<p>${html}</p>`);
  }
  lines.push(`<div class="qa-descs" hidden>`);
  quotes.forEach((quote, index) => {
    const rows = describeQuote(quote, speakerOf(quote.speaker?.entity));
    lines.push(`<div id="${prefix}-q${index}-d">${rows.map(([label, value]) => `<span class="qa-row"><b>${label}:</b> ${escapeHtml(value)}</span>`).join('<span class="qa-sep">; </span>')}</div>`);
  });
  lines.push('</div>', '</article>');
  return lines.join('\n');
}

/**
 * The side panel: the document's speakers with their quotations and words as numbers and as a
 * small bar chart. Each speaker is a toggle button that dims every other speaker's quotations.
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
  const mostQuotations = Math.max(1, ...speakers.map((speaker) => speaker.quotations));
  const mostWords = Math.max(1, ...speakers.map((speaker) => speaker.words));
  const lines: string[] = [
    `<aside class="qa-panel" aria-labelledby="${prefix}-sp">`,
    `<h${level} id="${prefix}-sp">Speakers</h${level}>`,
    `<p class="qa-summary">${formatCount(statistics.quotations, 'quotation')} · ${formatCount(statistics.namedSpeakers, 'speaker')}</p>`,
  ];
  if (speakers.length === 0) {
    lines.push('<p>No quotation found.</p>');
  } else {
    lines.push(`<ol class="qa-speakers">`);
    for (const speaker of speakers) {
      const quotationsWidth = Math.round((speaker.quotations / mostQuotations) * 100);
      const wordsWidth = Math.round((speaker.words / mostWords) * 100);
      lines.push(
        `<li class="${colourClass(speaker.colour)}">` +
          `<button type="button" class="qa-speaker" data-entity="${speaker.entity}" aria-pressed="false">` +
          `<span class="qa-swatch" aria-hidden="true"></span>` +
          `<span class="qa-name">${escapeHtml(speaker.name)}</span> <span class="qa-detail">${escapeHtml(speaker.detail)}</span>` +
          `</button>` +
          `<div class="qa-bars">` +
          `<span class="qa-bar-label">${formatCount(speaker.quotations, 'quotation')}</span><span class="qa-bar" aria-hidden="true"><span style="width:${quotationsWidth}%"></span></span>` +
          `<span class="qa-bar-label">${formatCount(speaker.words, 'word')}</span><span class="qa-bar qa-bar-words" aria-hidden="true"><span style="width:${wordsWidth}%"></span></span>` +
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
