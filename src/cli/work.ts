/**
 * The unit of work, the same in the main thread and in worker threads: a document (a file's
 * content) or a batch of corpus lines in, formatted output and error messages out. Keeping
 * parsing and formatting here (not in the main thread) is what lets `--jobs` scale.
 */
import { createExtractor, type Extractor, type ExtractOptions } from '../index.js';
import { NAME, type Format } from './args.js';
import { csvDoc, jsonDoc, jsonlDoc, prettyDoc, type Doc, type PrettyStyle } from './formats.js';
import type { HtmlArticle } from './html.js';

/**
 * The HTML reader (linkedom and Readability, most of the CLI's code) is loaded the first time an
 * item needs it: text and JSONL runs, and every worker thread that sees no HTML, never evaluate it
 * (measured: 12 MB less memory and ~50 ms less start-up per thread).
 */
let htmlReader: Promise<(html: string) => HtmlArticle> | null = null;
const loadHtml = (): Promise<(html: string) => HtmlArticle> => (htmlReader ??= import('./html.js').then((m) => m.htmlToText));

/** What every work item is processed with. */
export interface WorkSettings {
  readonly format: Format;
  readonly extract: ExtractOptions;
  readonly pretty: PrettyStyle;
}

/** A file or standard input: one document. */
export interface DocItem {
  readonly kind: 'doc';
  readonly seq: number;
  readonly id: string;
  readonly raw: string;
  readonly as: 'text' | 'html';
}

/**
 * Consecutive whole lines of a JSONL corpus, as UTF-8 bytes: the main thread only finds line
 * ends; decoding, parsing, analysis and formatting happen here, in the worker.
 */
export interface LinesItem {
  readonly kind: 'lines';
  readonly seq: number;
  /** The corpus's name in messages ("corpus.jsonl", "standard input"). */
  readonly source: string;
  /** Line number (1-based) of the first line. */
  readonly firstLine: number;
  /** The lines, each ended by "\n" (but perhaps the input's last). */
  readonly bytes: Uint8Array;
}

export type WorkItem = DocItem | LinesItem;

/** The outcome of one work item. */
export interface WorkResult {
  readonly seq: number;
  /**
   * Formatted output of the item's documents as UTF-8 (not for html); for json, the documents
   * joined by ",\n" (the main thread puts ",\n" between items).
   */
  readonly out: Uint8Array;
  /** Analysed documents, for html (rendered in the main thread); empty otherwise. */
  readonly docs: Doc[];
  /** Messages for standard error, already prefixed with the program's name. */
  readonly errors: string[];
  /** Documents analysed. */
  readonly count: number;
}

/** Processes work items with fixed settings (asynchronous only to load the HTML reader when needed). */
export function makeHandler(settings: WorkSettings): (item: WorkItem) => Promise<WorkResult> {
  const extractor: Extractor = createExtractor(settings.extract);
  const format = (doc: Doc, parts: string[], docs: Doc[]): void => {
    switch (settings.format) {
      case 'jsonl': parts.push(jsonlDoc(doc)); break;
      case 'json': parts.push(jsonDoc(doc)); break;
      case 'csv': parts.push(csvDoc(doc)); break;
      case 'pretty': parts.push(prettyDoc(doc, settings.pretty)); break;
      case 'html': docs.push(doc); break;
    }
  };
  const analyse = (id: string | number, title: string | null, text: string): Doc => ({ id, title, text, analysis: extractor.analyze(text) });
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const result = (seq: number, parts: string[], docs: Doc[], errors: string[], count: number): WorkResult => ({
    seq,
    out: encoder.encode(parts.join(settings.format === 'json' ? ',\n' : '')),
    docs,
    errors,
    count,
  });
  return async (item) => {
    const parts: string[] = [];
    const docs: Doc[] = [];
    const errors: string[] = [];
    let count = 0;
    if (item.kind === 'doc') {
      try {
        let title: string | null = null;
        let text = item.raw;
        if (item.as === 'html') ({ title, text } = (await loadHtml())(item.raw));
        format(analyse(item.id, title, text), parts, docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${item.id}: could not be analysed: ${(e as Error).message}`);
      }
      return result(item.seq, parts, docs, errors, count);
    }
    const all = decoder.decode(item.bytes);
    const lines = all.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (let k = 0; k < lines.length; k++) {
      const raw = lines[k]!;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const where = `${item.source}:${item.firstLine + k}`;
      if (!/\S/.test(line)) continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        errors.push(`${NAME}: ${where}: not valid JSON (${(e as Error).message}); line skipped`);
        continue;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        errors.push(`${NAME}: ${where}: expected a JSON object {"id": …, "text": …}; line skipped`);
        continue;
      }
      const o = obj as Record<string, unknown>;
      const rawId = o.id;
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : where;
      if (typeof o.text !== 'string' && typeof o.html !== 'string') {
        errors.push(`${NAME}: ${where}: "text" is ${o.text === undefined ? 'missing' : `not a string (${typeof o.text})`}; line skipped`);
        continue;
      }
      try {
        let title: string | null = null;
        let text: string;
        if (typeof o.text === 'string') text = o.text;
        else ({ title, text } = (await loadHtml())(o.html as string));
        format(analyse(id, title, text), parts, docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${where}: could not be analysed: ${(e as Error).message}; line skipped`);
      }
    }
    return result(item.seq, parts, docs, errors, count);
  };
}
