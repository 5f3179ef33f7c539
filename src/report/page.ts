/**
 * Standalone report pages: one HTML file with its stylesheet and script inline, no network and no
 * external asset. Pure string work (no Node API).
 */
import type { Analysis } from '../index.js';
import { CLIENT_SCRIPT } from './client.js';
import { escapeHtml, renderDocument, speakerStats, type RenderInput } from './render.js';
import { REPORT_CSS } from './styles.js';

/** What the index lists about one document. */
export interface DocSummary {
  /** The document's id. */
  readonly id: string;
  /** Its title, when it had one (HTML input). */
  readonly title: string | null;
  /** Link to its page or section. */
  readonly href: string;
  /** Number of quotations. */
  readonly quotes: number;
  /** Number of named speakers. */
  readonly speakers: number;
  /** The most quoted speakers with their counts, most first (at most three). */
  readonly top: readonly { readonly name: string; readonly quotes: number }[];
}

/** The summary of one analysed document for the index. */
export function summarize(id: string, title: string | null, href: string, analysis: Analysis): DocSummary {
  const stats = speakerStats(analysis).filter((s) => s.entity >= 0);
  return {
    id,
    title,
    href,
    quotes: analysis.quotes.length,
    speakers: stats.length,
    top: stats.slice(0, 3).map((s) => ({ name: s.name, quotes: s.quotes })),
  };
}

const HOW_TO_READ =
  'Quotations are highlighted in their speaker’s colour and followed by the speaker’s name; the words that name the speaker are <strong>bold and underlined</strong>. Hover, tap or Tab to a quotation for its speaker, cue, rule and confidence. A speaker’s button in the panel dims everyone else’s quotations.';

/** A complete page around some body HTML. */
export function pageShell(title: string, body: string, generator = 'quote-attribution'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(generator)}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body class="qa-page">
<a class="qa-skip" href="#main">Skip to the report</a>
${body}
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function heading(doc: { id?: string; title?: string | null }): string {
  return doc.title || doc.id || 'Document';
}

/** The report of one document as a standalone page; `back` links to an index page. */
export function documentPage(input: RenderInput, options: { back?: string; generator?: string } = {}): string {
  const n = input.analysis.quotes.length;
  const body = `<header>
${options.back ? `<p class="qa-lead"><a href="${escapeHtml(options.back)}">← All documents</a></p>` : ''}
<h1>${escapeHtml(heading(input))}</h1>
<p class="qa-lead">${input.title && input.id ? `${escapeHtml(input.id)} · ` : ''}${n} quotation${n === 1 ? '' : 's'}. ${HOW_TO_READ}</p>
</header>
<main id="main">
${renderDocument({ ...input, title: null }, { idPrefix: 'd0' })}
</main>`;
  return pageShell(`${heading(input)} — quotations`, body, options.generator);
}

function indexTable(docs: readonly DocSummary[]): string {
  const rows = docs.map((d) => {
    const top = d.top.map((t) => `${escapeHtml(t.name)} (${t.quotes})`).join(', ');
    return `<tr><td><a href="${escapeHtml(d.href)}">${escapeHtml(d.title || d.id)}</a>${d.title ? `<br><small>${escapeHtml(d.id)}</small>` : ''}</td><td class="qa-num">${d.quotes}</td><td class="qa-num">${d.speakers}</td><td class="qa-top">${top || '—'}</td></tr>`;
  });
  const total = docs.reduce((n, d) => n + d.quotes, 0);
  return `<table class="qa-index">
<caption class="qa-lead" style="text-align:left">${docs.length} document${docs.length === 1 ? '' : 's'}, ${total} quotation${total === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">Document</th><th scope="col" class="qa-num">Quotations</th><th scope="col" class="qa-num">Speakers</th><th scope="col" class="qa-top">Most quoted</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The index page of a report folder: one row per document, linking to its page. */
export function indexPage(docs: readonly DocSummary[], title = 'Quotations', generator?: string): string {
  const body = `<header><h1>${escapeHtml(title)}</h1></header>
<main id="main">
${indexTable(docs)}
</main>`;
  return pageShell(title, body, generator);
}

/**
 * Several documents on one page: an index at the top, then each document's section. `sections`
 * are `renderDocument` outputs whose id prefixes match the summaries' `#d…` links.
 */
export function combinedPage(docs: readonly DocSummary[], sections: readonly string[], title = 'Quotations', generator?: string): string {
  const body = `<header><h1>${escapeHtml(title)}</h1><p class="qa-lead">${HOW_TO_READ}</p></header>
<main id="main">
<nav aria-label="Documents">
${indexTable(docs)}
</nav>
${sections.join('\n')}
</main>`;
  return pageShell(title, body, generator);
}

/** A section for {@link combinedPage}: the document's heading and its report. */
export function documentSection(input: RenderInput, idPrefix: string): string {
  return renderDocument({ ...input, title: heading(input) }, { idPrefix, headingLevel: 2 });
}
