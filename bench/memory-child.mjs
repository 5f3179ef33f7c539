/**
 * Child process of bench/adversarial.mjs: the peak memory of one extractQuotes call on a large
 * news text, in a process of its own so that its maxRSS is that call's.
 *
 *   node bench/memory-child.mjs <library.js> <megabytes>
 *
 * Prints one JSON line: the text's size, the resident set before the text was built, after it was
 * built, and at the peak (maxRSS), the heap after the call, the time and the quotation count.
 */
import { pathToFileURL } from 'node:url';
import { newsText } from './adversarial-inputs.mjs';

const [libPath, mbArg = '50'] = process.argv.slice(2);
const { extractQuotes } = await import(pathToFileURL(libPath).href);
const MB = 1_000_000;
extractQuotes(newsText(20_000)); // load and warm up before the baseline
globalThis.gc?.();
const rssStart = process.memoryUsage().rss;
// The seeds repeated to `megabytes` MB of UTF-8, one blank line apart.
const target = Number(mbArg) * MB;
let text = newsText(target);
text = text.slice(0, text.length - Math.max(0, Buffer.byteLength(text) - target)); // curly marks are 3 bytes in UTF-8
const bytes = Buffer.byteLength(text);
globalThis.gc?.();
const rssText = process.memoryUsage().rss;
const t0 = performance.now();
const quotes = extractQuotes(text);
const ms = performance.now() - t0;
const after = process.memoryUsage();
const maxRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ bytes, chars: text.length, rssStart, rssText, maxRss, heapUsedAfter: after.heapUsed, rssAfter: after.rss, ms, quotes: quotes.length }) + '\n');
