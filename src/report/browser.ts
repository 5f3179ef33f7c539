/**
 * The report's code for browsers (bundled by scripts/build-demo.mjs into docs/demo/lib/report.js):
 * the same rendering, stylesheet and behaviour as the CLI's pages. It holds no part of the
 * library: the demo imports the library's own ESM build beside it.
 */
export { COLOURS, countWords, escapeHtml, renderArticle, renderDocument, renderSpeakers, speakerStats } from './render.js';
export type { RenderInput, RenderOptions, SpeakerStat } from './render.js';
export { PALETTE, REPORT_CSS } from './styles.js';
export { CLIENT_SCRIPT } from './client.js';
