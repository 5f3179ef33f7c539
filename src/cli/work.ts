/**
 * The unit of work, the same in the main thread and in worker threads: a document (a file's
 * content) or a batch of corpus lines in, formatted output and error messages out. Keeping
 * parsing and formatting here (not in the main thread) is what lets `--jobs` scale.
 */
import { createExtractor, type Extractor, type ExtractOptions } from '../index.js';
import { NAME, type Format } from './args.js';
import { csvAttributions, csvDocument, jsonDocument, jsonlAttributions, jsonlDocument, prettyDocument, type AnalysedDocument, type PrettyStyle } from './formats.js';
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
  /** csv and jsonl: a row (line) per act of reported speech instead of per quotation (`--attributions`). */
  readonly attributions?: boolean;
  readonly extract: ExtractOptions;
  readonly pretty: PrettyStyle;
}

/** A file or standard input: one document. */
export interface DocumentItem {
  readonly kind: 'doc';
  readonly seq: number;
  readonly id: string;
  readonly raw: string;
  readonly as: 'text' | 'html';
  /** Where to put the formatted output (see {@link WorkResult.out}); a buffer of the handler's own when absent. */
  readonly outBuffer?: Uint8Array;
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
  /**
   * The lines, each ended by "\n" (but perhaps the input's last). In a worker pool, a view of a
   * slot of shared memory that the main thread reuses once the item's output is written.
   */
  readonly bytes: Uint8Array;
  /** Where to put the formatted output (see {@link WorkResult.out}); a buffer of the handler's own when absent. */
  readonly outBuffer?: Uint8Array;
}

export type WorkItem = DocumentItem | LinesItem;

/** The outcome of one work item. */
export interface WorkResult {
  readonly seq: number;
  /**
   * Formatted output of the item's documents as UTF-8 (not for html); for json, the documents
   * joined by ",\n" (the main thread puts ",\n" between items). A view of the item's
   * `outBuffer` when the output fits there, else bytes of its own.
   */
  readonly out: Uint8Array;
  /** Analysed documents, for html (rendered in the main thread); empty otherwise. */
  readonly docs: AnalysedDocument[];
  /** Messages for standard error, already prefixed with the program's name. */
  readonly errors: string[];
  /** Documents analysed. */
  readonly count: number;
}

/**
 * The formatted output of one work item, encoded as it is written, into the item's `outBuffer`
 * (shared memory the main thread reuses) or, when that is absent or too small, into one buffer
 * of the handler's own that is reused from item to item. (Joining a batch's output into one
 * string first would make a string of hundreds of kilobytes per batch: V8 puts each in pages of
 * its own, mapped and faulted in afresh every time — measured, most of the process's page
 * faults, which threads contend on.)
 */
class Output {
  private own: Uint8Array = new Uint8Array(256 * 1024);
  private buf: Uint8Array = this.own;
  private length = 0;
  private parts = 0;
  private readonly encoder = new TextEncoder();

  /** `separator` goes between parts (",\n" for json). */
  constructor(private readonly separator: string) {}

  /** Starts an item's output, in `target` when given. */
  start(target: Uint8Array | undefined): void {
    this.buf = target ?? this.own;
    this.length = 0;
    this.parts = 0;
  }

  write(part: string): void {
    if (this.parts++ > 0 && this.separator !== '') this.put(this.separator);
    this.put(part);
  }

  private put(s: string): void {
    const need = this.length + s.length * 3; // at most 3 UTF-8 bytes a UTF-16 unit
    if (need > this.buf.length) {
      // Too big for the target (or the buffer so far): go on in a bigger buffer of our own.
      const bigger = need > this.own.length ? new Uint8Array(Math.max(need, this.own.length * 2)) : this.own;
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = this.own = bigger;
    }
    this.length += this.encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }

  /** The item's output: a view of the target when it is there, else a copy of our own buffer. */
  take(): Uint8Array {
    return this.buf === this.own ? this.own.slice(0, this.length) : this.buf.subarray(0, this.length);
  }
}

/** Processes work items with fixed settings (asynchronous only to load the HTML reader when needed). */
export function makeHandler(settings: WorkSettings): (item: WorkItem) => Promise<WorkResult> {
  const extractor: Extractor = createExtractor(settings.extract);
  const output = new Output(settings.format === 'json' ? ',\n' : '');
  const format = (doc: AnalysedDocument, docs: AnalysedDocument[]): void => {
    switch (settings.format) {
      case 'jsonl': output.write(settings.attributions ? jsonlAttributions(doc) : jsonlDocument(doc)); break;
      case 'json': output.write(jsonDocument(doc)); break;
      case 'csv': output.write(settings.attributions ? csvAttributions(doc) : csvDocument(doc)); break;
      case 'pretty': output.write(prettyDocument(doc, settings.pretty)); break;
      case 'html': docs.push(doc); break;
    }
  };
  const analyse = (id: string | number, title: string | null, text: string): AnalysedDocument => ({ id, title, text, analysis: extractor.analyze(text) });
  const decoder = new TextDecoder();
  const result = (seq: number, docs: AnalysedDocument[], errors: string[], count: number): WorkResult => ({ seq, out: output.take(), docs, errors, count });
  return async (item) => {
    output.start(item.outBuffer);
    const docs: AnalysedDocument[] = [];
    const errors: string[] = [];
    let count = 0;
    if (item.kind === 'doc') {
      try {
        let title: string | null = null;
        let text = item.raw;
        if (item.as === 'html') ({ title, text } = (await loadHtml())(item.raw));
        format(analyse(item.id, title, text), docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${item.id}: could not be analysed: ${(e as Error).message}`);
      }
      return result(item.seq, docs, errors, count);
    }
    // Line by line, each decoded on its own (decoding the whole batch at once would make one
    // large string; see Output).
    const bytes = item.bytes;
    for (let k = 0, from = 0; from < bytes.length; k++) {
      let nl = bytes.indexOf(10, from);
      if (nl < 0) nl = bytes.length;
      const line = decoder.decode(bytes.subarray(from, nl > from && bytes[nl - 1] === 13 ? nl - 1 : nl));
      from = nl + 1;
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
        format(analyse(id, title, text), docs);
        count++;
      } catch (e) {
        errors.push(`${NAME}: ${where}: could not be analysed: ${(e as Error).message}; line skipped`);
      }
    }
    return result(item.seq, docs, errors, count);
  };
}
