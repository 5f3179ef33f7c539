/**
 * Output formats, one document at a time, so output streams: each function returns the text of
 * one document; {@link header} and {@link footer} frame them. Pure string work.
 */
import type { Analysis, Attribution, Quote } from '../index.js';
import { contentSpans } from '../report/render.js';
import { documentStatistics, isReportedSpeech, speakerKeys } from '../report/statistics.js';
import type { Format } from './args.js';

/** An analysed document. */
export interface AnalysedDocument {
  /** File path, "-" for standard input, or the corpus line's id. */
  readonly id: string | number;
  /** The page title of an HTML input, else null. */
  readonly title: string | null;
  /** The analysed text (an HTML input's article text). */
  readonly text: string;
  readonly analysis: Analysis;
}

/** How to format pretty output. */
export interface PrettyStyle {
  readonly color: boolean;
  /** Line width to wrap quotations at. */
  readonly width: number;
}

// ---------- jsonl ----------

/** One line per quotation: `{"id": …, …quote}`. */
export function jsonlDocument(doc: AnalysedDocument): string {
  let s = '';
  const id = JSON.stringify(doc.id);
  for (const q of doc.analysis.quotes) s += `{"id":${id},${JSON.stringify(q).slice(1)}\n`;
  return s;
}

/** With `--attributions`: one line per act of reported speech, `{"id": …, …attribution}`. */
export function jsonlAttributions(doc: AnalysedDocument): string {
  let s = '';
  const id = JSON.stringify(doc.id);
  for (const a of doc.analysis.attributions) s += `{"id":${id},${JSON.stringify(a).slice(1)}\n`;
  return s;
}

// ---------- json ----------

/** One element of the JSON array (indented, without separator): the document with its text, quotations, attributions and entities. */
export function jsonDocument(doc: AnalysedDocument): string {
  const { quotes, attributions, entities } = doc.analysis;
  const obj = { id: doc.id, ...(doc.title !== null ? { title: doc.title } : {}), text: doc.text, quotes, attributions, entities };
  const body = JSON.stringify(obj, null, 2).replace(/\n/g, '\n  ');
  return `  ${body}`;
}

// ---------- csv ----------

/** The CSV header row: one column per field of a quotation, in the order of {@link csvDocument}'s rows. */
export const CSV_COLUMNS = [
  'id', 'start', 'end', 'type', 'speaker', 'speaker_kind', 'speaker_title', 'mention', 'mention_start', 'mention_end',
  'cue', 'cue_kind', 'rule', 'confidence', 'closed', 'text',
] as const;

/** A CSV field (RFC 4180): quoted when it holds a comma, a double quote or a line break. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV row of fields, ended by CRLF. */
function csvRow(fields: (string | number | boolean | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** One CSV row per quotation of the document (RFC 4180, CRLF line ends), columns as in {@link CSV_COLUMNS}. */
export function csvDocument(doc: AnalysedDocument): string {
  let s = '';
  for (const q of doc.analysis.quotes) {
    const sp = q.speaker;
    s += csvRow([
      doc.id, q.start, q.end, q.type, sp?.name ?? null, sp?.kind ?? null, sp?.title ?? null,
      sp?.mention.text ?? null, sp?.mention.start ?? null, sp?.mention.end ?? null,
      q.cue?.text ?? null, q.cue?.kind ?? null, q.rule, q.confidence, q.closed, q.text,
    ]);
  }
  return s;
}

/** With `--attributions`, the CSV header row: one column per field of an act of reported speech, in the order of {@link csvAttributions}'s rows. */
export const CSV_ATTRIBUTION_COLUMNS = [
  'id', 'form', 'content_start', 'content_end', 'speaker', 'speaker_kind', 'mention', 'cue', 'rule', 'confidence', 'quotes', 'content',
] as const;

/** The separator of the pieces of a split content in text output (“A,” he said, “B.” → `A, … B.`). */
export const CONTENT_JOINER = ' … ';

/** The text of an attribution's content: its pieces joined by {@link CONTENT_JOINER}. */
export function contentText(attribution: Attribution): string {
  return contentSpans(attribution).map((span) => span.text).join(CONTENT_JOINER);
}

/**
 * With `--attributions`: one CSV row per act of reported speech (direct, mixed and indirect),
 * columns as in {@link CSV_ATTRIBUTION_COLUMNS}. `content_start` and `content_end` are the
 * offsets of the first piece's start and the last piece's end; `quotes` the indices of its
 * quotations in the document's quotations, separated by spaces.
 */
export function csvAttributions(doc: AnalysedDocument): string {
  let s = '';
  for (const a of doc.analysis.attributions) {
    const spans = contentSpans(a);
    const sp = a.speaker;
    s += csvRow([
      doc.id, a.form, spans[0]?.start ?? null, spans[spans.length - 1]?.end ?? null, sp?.name ?? null, sp?.kind ?? null,
      sp?.mention.text ?? null, a.cue?.text ?? null, a.rule, a.confidence, a.quotes.join(' '), contentText(a),
    ]);
  }
  return s;
}

// ---------- pretty ----------

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', italic: '\x1b[3m', underline: '\x1b[4m' };
const SPEAKER_COLORS = ['\x1b[33m', '\x1b[36m', '\x1b[32m', '\x1b[35m', '\x1b[34m', '\x1b[31m'];

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The 1-based number of the line an offset is on. */
function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * Each quotation, wrapped, then who said it (name, cue, the words that named them) and how
 * (line, rule, confidence); then the reported speech in the reporter's words (indirect and
 * mixed), one line each: speaker — content (form, cue, rule and confidence); a speaker summary
 * closes the document. The numbers are the document's {@link documentStatistics}, the same as in
 * the HTML report.
 *
 * @example
 * ```ts
 * prettyDocument({ id: 'a.txt', title: null, text, analysis: analyze(text) }, { color: false, width: 80 })
 * // 'a.txt  2 quotations, 1 reported, 1 speaker\n\n  “We will win,”\n    — Assad said  line 1 · trailing-cue 0.95\n…'
 * ```
 */
export function prettyDocument(doc: AnalysedDocument, style: PrettyStyle): string {
  const paint = (code: string, text: string): string => (style.color ? `${code}${text}${ANSI.reset}` : text);
  const statistics = documentStatistics(doc.analysis);
  const { quotations, reported, namedSpeakers, speakers } = statistics;
  const keyOf = speakerKeys(doc.analysis);
  const colourByKey = new Map(speakers.map((speaker, index) => [speaker.entity, SPEAKER_COLORS[index % SPEAKER_COLORS.length]!]));
  const colourOf = (speaker: Quote['speaker']): string => colourByKey.get(keyOf(speaker)) ?? '';
  const lines: string[] = [];
  const heading = `${doc.title ? `${doc.title} (${doc.id})` : String(doc.id)}`;
  lines.push(`${paint(ANSI.bold + ANSI.underline, heading)}  ${paint(ANSI.dim, `${quotations} quotation${quotations === 1 ? '' : 's'}, ${reported} reported, ${namedSpeakers} speaker${namedSpeakers === 1 ? '' : 's'}`)}`);
  lines.push('');
  const width = Math.max(40, Math.min(style.width, 100));
  for (const quote of doc.analysis.quotes) lines.push(...prettyQuote(doc.text, quote, width, paint, colourOf(quote.speaker)), '');
  if (reported > 0) {
    lines.push(`  ${paint(ANSI.bold, 'Reported speech')}`);
    for (const attribution of doc.analysis.attributions) {
      if (isReportedSpeech(attribution)) lines.push(prettyReported(attribution, paint, colourOf(attribution.speaker)));
    }
    lines.push('');
  }
  if (speakers.length > 0) {
    lines.push(`  ${paint(ANSI.bold, 'Speakers')}`);
    const nameWidth = Math.max(...speakers.map((speaker) => speaker.name.length));
    for (const speaker of speakers) {
      const name = paint(ANSI.bold + (colourByKey.get(speaker.entity) ?? ''), speaker.name.padEnd(nameWidth));
      const quotationCount = `${String(speaker.quotations).padStart(3)} quotation${speaker.quotations === 1 ? ' ' : 's'}`;
      const wordCount = `${String(speaker.words).padStart(5)} word${speaker.words === 1 ? ' ' : 's'}`;
      const reportedCount = `${String(speaker.reported).padStart(3)} reported`;
      lines.push(`    ${name}  ${quotationCount} ${wordCount} ${reportedCount}  ${paint(ANSI.dim, speaker.detail)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** One quotation of the pretty format: its text wrapped, then a line with its speaker, cue, line number, rule and confidence. */
function prettyQuote(
  text: string,
  quote: Quote,
  width: number,
  paint: (code: string, text: string) => string,
  colour: string,
): string[] {
  const body = text.slice(quote.start, quote.end).split('\n').map((line) => line.trim()).filter(Boolean).join(' ¶ ');
  const lines = wrap(body, width, '  ');
  const speaker = quote.speaker;
  const who = speaker ? paint(ANSI.bold + colour, speaker.name) : paint(ANSI.dim, '(no speaker)');
  const cue = quote.cue ? ` ${paint(ANSI.italic, quote.cue.kind === 'colon' ? '(colon)' : quote.cue.text)}` : '';
  const namedAs = speaker && speaker.mention.text !== speaker.name ? ` ${paint(ANSI.dim, `as “${speaker.mention.text}”`)}` : '';
  const where = `line ${lineNumber(text, quote.start)} · ${quote.rule ?? 'no rule'} ${quote.confidence.toFixed(2)}`;
  const how = `${quote.type === 'partial' ? ' · partial' : ''}${quote.closed ? '' : ' · unclosed'}`;
  lines.push(`    — ${who}${cue}${namedAs}  ${paint(ANSI.dim, where + how)}`);
  return lines;
}

/**
 * One line of reported speech (indirect or mixed): `speaker — content (form, cue, rule
 * confidence)`, the content on one line (line breaks as spaces, a split content's pieces joined by
 * " … ").
 */
function prettyReported(attribution: Attribution, paint: (code: string, text: string) => string, colour: string): string {
  const speaker = attribution.speaker;
  const who = speaker ? paint(ANSI.bold + colour, speaker.name) : paint(ANSI.dim, '(no speaker)');
  const content = contentText(attribution).replace(/\s+/g, ' ').trim();
  const cue = attribution.cue ? (attribution.cue.kind === 'colon' ? '(colon)' : attribution.cue.text) : 'no cue';
  const how = `${attribution.form}, ${cue}, ${attribution.rule ?? 'no rule'} ${attribution.confidence.toFixed(2)}`;
  return `    ${who} — ${content}  ${paint(ANSI.dim, `(${how})`)}`;
}

// ---------- framing ----------

/** Text written before the first document (`attributions`: the `--attributions` columns of csv). */
export function header(format: Format, attributions = false): string {
  if (format === 'csv') return `${(attributions ? CSV_ATTRIBUTION_COLUMNS : CSV_COLUMNS).join(',')}\r\n`;
  if (format === 'json') return '[\n';
  return '';
}

/** Text written after the last document. */
export function footer(format: Format, docs: number): string {
  if (format === 'json') return docs === 0 ? ']\n' : '\n]\n';
  return '';
}
