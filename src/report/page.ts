/**
 * Standalone report pages: one HTML file with its stylesheet and script inline, no network and no
 * external asset. Pure string work (no Node API).
 */
import type { Analysis } from '../index.js';
import { CLIENT_SCRIPT } from './client.js';
import { escapeHtml, formatCount, renderDocument, type RenderInput } from './render.js';
import { documentStatistics, isNamedSpeaker, totalQuotations, totalReported } from './statistics.js';
import { REPORT_CSS } from './styles.js';

/** What the index lists about one document. */
export interface DocumentSummary {
  /** The document's id. */
  readonly id: string;
  /** Its title, when it had one (HTML input). */
  readonly title: string | null;
  /** Link to its page or section. */
  readonly href: string;
  /** Number of quotations. */
  readonly quotations: number;
  /** Number of acts of reported speech (indirect and mixed). */
  readonly reported: number;
  /** Number of named speakers. */
  readonly namedSpeakers: number;
  /** The most quoted speakers with their numbers of quotations, most first (at most three). */
  readonly mostQuoted: readonly { readonly name: string; readonly quotations: number }[];
}

/**
 * The summary of one analysed document for the index, from its {@link documentStatistics}.
 *
 * @example
 * ```ts
 * summarize('a.txt', null, 'a.html', analyze(text)) // { id: 'a.txt', …, quotations: 4, reported: 2, namedSpeakers: 2, mostQuoted: [{ name: 'Assad', quotations: 3 }, …] }
 * ```
 */
export function summarize(id: string, title: string | null, href: string, analysis: Analysis): DocumentSummary {
  const statistics = documentStatistics(analysis);
  return {
    id,
    title,
    href,
    quotations: statistics.quotations,
    reported: statistics.reported,
    namedSpeakers: statistics.namedSpeakers,
    mostQuoted: statistics.speakers
      .filter(isNamedSpeaker)
      .slice(0, 3)
      .map((speaker) => ({ name: speaker.name, quotations: speaker.quotations })),
  };
}

/** How to read a report: the same words on every page (and in the demo). */
export const HOW_TO_READ =
  'Quotations are highlighted in their speaker’s colour and followed by the speaker’s name; reported speech in the reporter’s words (indirect, or mixed with quoted fragments) has a <span class="qa-key-r">dotted underline</span> in its speaker’s colour; the words that name the speaker are <strong>bold and underlined</strong>. Hover, tap or Tab to either for its speaker, cue, rule and confidence. A speaker’s button in the panel dims everyone else’s.';

/** What "rule" and "confidence" mean, in one line. */
export const RULE_AND_CONFIDENCE =
  'The <em>rule</em> is the pattern that tied the words to their speaker (trailing-cue: a verb after the quotation, as in “…,” she said; reported-clause: she said that …); the <em>confidence</em>, from 0 to 1, is how sure that rule is of its speaker (higher is surer).';

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

/** The heading of a document: its title, else its id. */
function heading(document: { id?: string; title?: string | null }): string {
  return document.title || document.id || 'Document';
}

/**
 * The report of one document as a standalone page; `back` links to an index page.
 *
 * @example
 * ```ts
 * writeFileSync('report.html', documentPage({ id: 'a.txt', text, analysis: analyze(text) }));
 * ```
 */
export function documentPage(input: RenderInput, options: { back?: string; generator?: string } = {}): string {
  const statistics = documentStatistics(input.analysis);
  const body = `<header>
${options.back ? `<p class="qa-lead"><a href="${escapeHtml(options.back)}">← All documents</a></p>` : ''}
<h1>${escapeHtml(heading(input))}</h1>
<p class="qa-lead">${input.title && input.id ? `${escapeHtml(input.id)} · ` : ''}${formatCount(statistics.quotations, 'quotation')}, ${statistics.reported} reported. ${HOW_TO_READ}</p>
<p class="qa-lead">${RULE_AND_CONFIDENCE}</p>
</header>
<main id="main">
${renderDocument({ ...input, title: null }, { idPrefix: 'd0' })}
</main>`;
  return pageShell(`${heading(input)} — quotations`, body, options.generator);
}

/** The table of documents: a row per document with its link, quotations, reported speech, named speakers and most quoted speakers. */
function indexTable(documents: readonly DocumentSummary[]): string {
  const rows = documents.map((document) => {
    const mostQuoted = document.mostQuoted.map((speaker) => `${escapeHtml(speaker.name)} (${speaker.quotations})`).join(', ');
    return `<tr><td><a href="${escapeHtml(document.href)}">${escapeHtml(document.title || document.id)}</a>${document.title ? `<br><small>${escapeHtml(document.id)}</small>` : ''}</td><td class="qa-num">${document.quotations}</td><td class="qa-num">${document.reported}</td><td class="qa-num">${document.namedSpeakers}</td><td class="qa-top">${mostQuoted || '—'}</td></tr>`;
  });
  return `<table class="qa-index">
<caption class="qa-lead" style="text-align:left">${formatCount(documents.length, 'document')}, ${formatCount(totalQuotations(documents), 'quotation')}, ${totalReported(documents)} reported</caption>
<thead><tr><th scope="col">Document</th><th scope="col" class="qa-num">Quotations</th><th scope="col" class="qa-num">Reported</th><th scope="col" class="qa-num">Speakers</th><th scope="col" class="qa-top">Most quoted</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The index page of a report folder: one row per document, linking to its page. */
export function indexPage(documents: readonly DocumentSummary[], title = 'Quotations', generator?: string): string {
  const body = `<header><h1>${escapeHtml(title)}</h1></header>
<main id="main">
${indexTable(documents)}
</main>`;
  return pageShell(title, body, generator);
}

/**
 * Several documents on one page: an index at the top, then each document's section. `sections`
 * are `renderDocument` outputs whose id prefixes match the summaries' `#d…` links.
 */
export function combinedPage(documents: readonly DocumentSummary[], sections: readonly string[], title = 'Quotations', generator?: string): string {
  const body = `<header><h1>${escapeHtml(title)}</h1><p class="qa-lead">${HOW_TO_READ}</p><p class="qa-lead">${RULE_AND_CONFIDENCE}</p></header>
<main id="main">
<nav aria-label="Documents">
${indexTable(documents)}
</nav>
${sections.join('\n')}
</main>`;
  return pageShell(title, body, generator);
}

/** A section for {@link combinedPage}: the document's heading and its report. */
export function documentSection(input: RenderInput, idPrefix: string): string {
  return renderDocument({ ...input, title: heading(input) }, { idPrefix, headingLevel: 2 });
}
