/**
 * The highlighting shared by the CLI's HTML report and the browser demo: HTML strings made from a
 * text and its {@link Analysis}. Pure string work with no Node or DOM API, so the same code runs in
 * the CLI, its worker threads and a browser.
 *
 * Every quotation becomes one or more `<mark class="qa-q">` (one per paragraph it covers), coloured
 * and labelled by speaker; the speaker's mention becomes `<span class="qa-mention">`; a hidden
 * description per quotation (speaker, cue, rule, confidence) is what tooltips and screen readers show.
 */
import type { Analysis, Quote } from '../index.js';

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

/** One speaker's share of a document, as listed in the side panel. */
export interface SpeakerStat {
  /** Entity index in `analysis.entities`, or -1 for quotations without a speaker. */
  readonly entity: number;
  /** The speaker's name ("Bashar Assad"), or "No speaker". */
  readonly name: string;
  /** A short label shown after each quotation: the last word of a person's name, else the name. */
  readonly label: string;
  /** The entity's kind and title, e.g. "person · Syrian President". */
  readonly detail: string;
  /** Colour slot (0–11) of the speaker, -1 for quotations without a speaker. */
  readonly colour: number;
  /** Number of quotations attributed to the speaker. */
  readonly quotes: number;
  /** Words in those quotations (letters and digits runs, marks excluded). */
  readonly words: number;
}

/** How many distinct speaker colours the stylesheet defines; further speakers reuse them. */
export const COLOURS = 12;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Number of words in a string: runs of letters and digits, with inner apostrophes and hyphens. */
export function countWords(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(WORD)) n++;
  return n;
}

function shortLabel(name: string, kind: string): string {
  if (kind !== 'person') return name.length > 24 ? `${name.slice(0, 23)}…` : name;
  const words = name.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? name;
  return last.replace(/^(?:al|el|ad|as|ash|bin|ibn)-/i, (m) => (words.length > 1 ? '' : m)) || last;
}

/**
 * Speakers of a document, most quoted first (ties by first appearance), with their colour slots;
 * quotations without a speaker come last as "No speaker".
 */
export function speakerStats(analysis: Analysis): SpeakerStat[] {
  const byEntity = new Map<number, { quotes: number; words: number; first: number }>();
  analysis.quotes.forEach((q, i) => {
    const e = q.speaker?.entity ?? -1;
    const s = byEntity.get(e) ?? { quotes: 0, words: 0, first: i };
    s.quotes++;
    s.words += countWords(q.text);
    byEntity.set(e, s);
  });
  const named = [...byEntity.entries()].filter(([e]) => e !== -1);
  named.sort((a, b) => b[1].quotes - a[1].quotes || b[1].words - a[1].words || a[1].first - b[1].first);
  const stats: SpeakerStat[] = named.map(([e, s], i) => {
    const ent = analysis.entities[e];
    const q = analysis.quotes.find((x) => x.speaker?.entity === e);
    const name = ent?.name ?? q?.speaker?.name ?? `Speaker ${e}`;
    const kind = ent?.kind ?? q?.speaker?.kind ?? 'unknown';
    const title = ent?.title ?? q?.speaker?.title ?? null;
    return {
      entity: e,
      name,
      label: shortLabel(name, kind),
      detail: title ? `${kind} · ${title}` : kind,
      colour: i % COLOURS,
      quotes: s.quotes,
      words: s.words,
    };
  });
  const none = byEntity.get(-1);
  if (none) stats.push({ entity: -1, name: 'No speaker', label: 'no speaker', detail: 'no rule found a speaker', colour: -1, quotes: none.quotes, words: none.words });
  return stats;
}

function colourClass(c: number): string {
  return c < 0 ? 'qa-none' : `qa-c${c}`;
}

/** Paragraphs of a text: maximal runs of lines that are not blank, as [start, end) offsets. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1; // start of the current paragraph, -1 between paragraphs
  let end = 0;
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (/\S/.test(text.slice(ls, le))) {
      if (start < 0) start = ls;
      end = le;
    } else if (start >= 0) {
      out.push([start, end]);
      start = -1;
    }
    ls = le + 1;
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

/** Text of a paragraph piece: escaped, with single line breaks as `<br>`. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function describeQuote(q: Quote, stat: SpeakerStat | undefined): [string, string][] {
  const rows: [string, string][] = [];
  if (q.speaker) {
    const s = q.speaker;
    rows.push(['Speaker', stat ? `${stat.name} (${stat.detail})` : s.name]);
    rows.push(['Named as', `“${s.mention.text}”`]);
  } else {
    rows.push(['Speaker', 'none found']);
  }
  rows.push(['Cue', q.cue ? `${q.cue.text} (${q.cue.kind})` : 'none']);
  rows.push(['Rule', q.rule ?? 'none']);
  rows.push(['Confidence', q.confidence.toFixed(2)]);
  rows.push(['Type', q.closed ? q.type : `${q.type}, no closing mark`]);
  return rows;
}

/**
 * The article with its quotations highlighted: `<article class="qa-article">`, one `<p>` per
 * paragraph. Each quotation piece is a `<mark class="qa-q qa-cN">` with `data-q` (its index in
 * `analysis.quotes`), `data-speaker` and `aria-describedby`; the first piece is focusable. A
 * label with the speaker's short name follows each quotation, so colour is never the only sign.
 */
export function renderArticle(input: RenderInput, options: RenderOptions = {}): string {
  const { text, analysis } = input;
  const prefix = options.idPrefix ?? 'd0';
  const stats = speakerStats(analysis);
  const statOf = new Map(stats.map((s) => [s.entity, s]));
  const quotes = analysis.quotes;

  // Atomic boundaries: quotation and mention edges; each paragraph is cut at them.
  const cuts = new Set<number>();
  const mentions: { start: number; end: number; entity: number }[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    cuts.add(q.start);
    cuts.add(q.end);
    const s = q.speaker;
    if (s && s.mention.end > s.mention.start) {
      const key = `${s.mention.start}:${s.mention.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        mentions.push({ start: s.mention.start, end: s.mention.end, entity: s.entity });
        cuts.add(s.mention.start);
        cuts.add(s.mention.end);
      }
    }
  }
  // The quotation (first that covers) and mention covering a position.
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const quoteAt = (pos: number): number => {
    for (const i of order) {
      const q = quotes[i]!;
      if (q.start > pos) break;
      if (pos < q.end) return i;
    }
    return -1;
  };
  const mentionAt = (pos: number): number => mentions.findIndex((m) => m.start <= pos && pos < m.end);

  const lastPiece = new Map<number, number>(); // quote → end of its last piece in the text
  for (const [ps, pe] of paragraphs(text)) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      const s = Math.max(ps, q.start), e = Math.min(pe, q.end);
      if (s < e && /\S/.test(text.slice(s, e))) lastPiece.set(i, e);
    }
  }

  const focused = new Set<number>();
  const out: string[] = [`<article class="qa-article" id="${prefix}-article" aria-label="Article with highlighted quotations">`];
  for (const [ps, pe] of paragraphs(text)) {
    const points = [ps, pe, ...[...cuts].filter((c) => c > ps && c < pe)].sort((a, b) => a - b);
    let html = '';
    let openQ = -1;
    let openM = -1;
    const closeM = () => { if (openM >= 0) { html += '</span>'; openM = -1; } };
    const closeQ = () => {
      closeM();
      if (openQ >= 0) {
        html += '</mark>';
        const q = quotes[openQ]!;
        if (lastPiece.get(openQ) !== undefined && lastPiece.get(openQ)! <= pe) {
          const st = statOf.get(q.speaker?.entity ?? -1);
          html += `<span class="qa-who ${colourClass(st?.colour ?? -1)}" data-entity="${q.speaker?.entity ?? -1}" aria-hidden="true">${escapeHtml(st?.label ?? 'no speaker')}</span>`;
        }
        openQ = -1;
      }
    };
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k]!, b = points[k + 1]!;
      if (a === b) continue;
      const qi = quoteAt(a);
      const mi = mentionAt(a);
      if (qi !== openQ) {
        closeQ();
        if (qi >= 0) {
          const q = quotes[qi]!;
          const st = statOf.get(q.speaker?.entity ?? -1);
          const first = !focused.has(qi);
          focused.add(qi);
          const attrs = [
            `class="qa-q ${colourClass(st?.colour ?? -1)}"`,
            `data-q="${qi}"`,
            `data-entity="${q.speaker?.entity ?? -1}"`,
            `data-speaker="${escapeHtml(q.speaker?.name ?? '')}"`,
            `aria-describedby="${prefix}-q${qi}-d"`,
            first ? 'tabindex="0"' : '',
          ].filter(Boolean);
          html += `<mark ${attrs.join(' ')}>`;
          openQ = qi;
        }
      }
      if (mi !== openM) {
        closeM();
        if (mi >= 0) {
          const m = mentions[mi]!;
          const st = statOf.get(m.entity);
          html += `<span class="qa-mention ${colourClass(st?.colour ?? -1)}" data-speaker="${escapeHtml(st?.name ?? '')}" title="${escapeHtml(`Speaker: ${st?.name ?? ''}`)}">`;
          openM = mi;
        }
      }
      html += inline(text.slice(a, b));
    }
    closeQ();
    out.push(`<p>${html}</p>`);
  }
  out.push(`<div class="qa-descs" hidden>`);
  quotes.forEach((q, i) => {
    const rows = describeQuote(q, statOf.get(q.speaker?.entity ?? -1));
    out.push(`<div id="${prefix}-q${i}-d">${rows.map(([k, v]) => `<span class="qa-row"><b>${k}:</b> ${escapeHtml(v)}</span>`).join('<span class="qa-sep">; </span>')}</div>`);
  });
  out.push('</div>', '</article>');
  return out.join('\n');
}

/**
 * The side panel: the document's speakers with their quotations and words as numbers and as a
 * small bar chart. Each speaker is a toggle button that dims every other speaker's quotations.
 */
export function renderSpeakers(input: RenderInput, options: RenderOptions = {}): string {
  const prefix = options.idPrefix ?? 'd0';
  const stats = speakerStats(input.analysis);
  const nq = input.analysis.quotes.length;
  const maxQ = Math.max(1, ...stats.map((s) => s.quotes));
  const maxW = Math.max(1, ...stats.map((s) => s.words));
  const named = stats.filter((s) => s.entity >= 0).length;
  const out: string[] = [
    `<aside class="qa-panel" aria-labelledby="${prefix}-sp">`,
    `<h${options.headingLevel ?? 2} id="${prefix}-sp">Speakers</h${options.headingLevel ?? 2}>`,
    `<p class="qa-summary">${nq} quotation${nq === 1 ? '' : 's'} · ${named} speaker${named === 1 ? '' : 's'}</p>`,
  ];
  if (stats.length === 0) {
    out.push('<p>No quotation found.</p>');
  } else {
    out.push(`<ol class="qa-speakers">`);
    for (const s of stats) {
      const pq = Math.round((s.quotes / maxQ) * 100);
      const pw = Math.round((s.words / maxW) * 100);
      out.push(
        `<li class="${colourClass(s.colour)}">` +
          `<button type="button" class="qa-speaker" data-entity="${s.entity}" aria-pressed="false">` +
          `<span class="qa-swatch" aria-hidden="true"></span>` +
          `<span class="qa-name">${escapeHtml(s.name)}</span> <span class="qa-detail">${escapeHtml(s.detail)}</span>` +
          `</button>` +
          `<div class="qa-bars">` +
          `<span class="qa-bar-label">${s.quotes} quotation${s.quotes === 1 ? '' : 's'}</span><span class="qa-bar" aria-hidden="true"><span style="width:${pq}%"></span></span>` +
          `<span class="qa-bar-label">${s.words} word${s.words === 1 ? '' : 's'}</span><span class="qa-bar qa-bar-words" aria-hidden="true"><span style="width:${pw}%"></span></span>` +
          `</div></li>`,
      );
    }
    out.push('</ol>');
  }
  out.push('</aside>');
  return out.join('\n');
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
