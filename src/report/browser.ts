/**
 * The report's code for browsers (bundled by scripts/build-demo.mjs into docs/demo/lib/report.js):
 * the same rendering, statistics, stylesheet and behaviour as the CLI's pages. It holds no part
 * of the library: the demo imports the library's own ESM build beside it.
 */
export { COLOURS, contentSpans, escapeHtml, formatCount, renderArticle, renderDocument, renderSpeakers, styledSpeakers } from './render.js';
export { HOW_TO_READ, RULE_AND_CONFIDENCE } from './page.js';
export type { RenderInput, RenderOptions, StyledSpeaker } from './render.js';
export { countWords, documentStatistics, isNamedSpeaker, isReportedSpeech, NO_SPEAKER, speakerKeys, speakerStatistics, totalQuotations, totalReported } from './statistics.js';
export type { DocumentStatistics, SpeakerStatistics } from './statistics.js';
export { PALETTE, REPORT_CSS } from './styles.js';
export { CLIENT_SCRIPT } from './client.js';
