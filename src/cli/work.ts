/**
 * The unit of work, the same in the main thread and in worker threads: a document (a file's
 * content) or a batch of corpus lines in, formatted output and error messages out. Keeping
 * parsing and formatting here (not in the main thread) is what lets `--jobs` scale.
 */
import { createExtractor, type Extractor, type ExtractOptions } from '../index.js';
import { NAME, type Format } from './args.js';
import { csvDoc, jsonDoc, jsonlDoc, prettyDoc, type Doc, type PrettyStyle } from './formats.js';
import { htmlToText } from './html.js';

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

/** Consecutive lines of a JSONL corpus. */
export interface LinesItem {
  readonly kind: 'lines';
  readonly seq: number;
  /** The corpus's name in messages ("corpus.jsonl", "standard input"). */
  readonly source: string;
  /** Line number (1-based) of `lines[0]`. */
  readonly firstLine: number;
  readonly lines: readonly string[];
}

export type WorkItem = DocItem | LinesItem;

/** The outcome of one work item. */
export interface WorkResult {
  readonly seq: number;
  /** Formatted output, one string per document (not for html). */
  readonly parts: string[];
  /** Analysed documents, for html (rendered in the main thread); empty otherwise. */
  readonly docs: Doc[];
  /** Messages for standard error, already prefixed with the program's name. */
  readonly errors: string[];
  /** Documents analysed. */
  readonly count: number;
}

/** Processes work items with fixed settings. */
export function makeHandler(settings: WorkSettings): (item: WorkItem) => WorkResult {
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
  return (item) => {
    const parts: string[] = [];
    const docs: Doc[] = [];
    const errors: string[] = [];
    let count = 0;
    if (item.kind === 'doc') {
      try {
        let title: string | null = null;
        let text = item.raw;
        if (item.as === 'html') ({ title, text } = htmlToText(item.raw));
        format(analyse(item.id, title, text), parts, docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${item.id}: could not be analysed: ${(e as Error).message}`);
      }
      return { seq: item.seq, parts, docs, errors, count };
    }
    item.lines.forEach((line, k) => {
      const where = `${item.source}:${item.firstLine + k}`;
      if (!/\S/.test(line)) return;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        errors.push(`${NAME}: ${where}: not valid JSON (${(e as Error).message}); line skipped`);
        return;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        errors.push(`${NAME}: ${where}: expected a JSON object {"id": …, "text": …}; line skipped`);
        return;
      }
      const o = obj as Record<string, unknown>;
      const rawId = o.id;
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : where;
      let text: string;
      let title: string | null = null;
      if (typeof o.text === 'string') text = o.text;
      else if (typeof o.html === 'string') ({ title, text } = htmlToText(o.html));
      else {
        errors.push(`${NAME}: ${where}: "text" is ${o.text === undefined ? 'missing' : `not a string (${typeof o.text})`}; line skipped`);
        return;
      }
      try {
        format(analyse(id, title, text), parts, docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${where}: could not be analysed: ${(e as Error).message}; line skipped`);
      }
    });
    return { seq: item.seq, parts, docs, errors, count };
  };
}
