/**
 * Output formats, one document at a time, so output streams: each function returns the text of
 * one document; {@link header} and {@link footer} frame them. Pure string work.
 */
import type { Analysis, Quote } from '../index.js';
import { speakerStats } from '../report/render.js';
import type { Format } from './args.js';

/** An analysed document. */
export interface Doc {
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
export function jsonlDoc(doc: Doc): string {
  let s = '';
  const id = JSON.stringify(doc.id);
  for (const q of doc.analysis.quotes) s += `{"id":${id},${JSON.stringify(q).slice(1)}\n`;
  return s;
}

// ---------- json ----------

/** One element of the JSON array (indented, without separator): the document with its text, quotations and entities. */
export function jsonDoc(doc: Doc): string {
  const obj = { id: doc.id, ...(doc.title !== null ? { title: doc.title } : {}), text: doc.text, quotes: doc.analysis.quotes, entities: doc.analysis.entities };
  const body = JSON.stringify(obj, null, 2).replace(/\n/g, '\n  ');
  return `  ${body}`;
}

// ---------- csv ----------

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

function csvRow(fields: (string | number | boolean | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvDoc(doc: Doc): string {
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

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Each quotation, wrapped, then who said it (name, cue, the words that named them) and how
 * (line, rule, confidence); a speaker summary closes the document.
 */
export function prettyDoc(doc: Doc, style: PrettyStyle): string {
  const c = (code: string, s: string): string => (style.color ? `${code}${s}${ANSI.reset}` : s);
  const stats = speakerStats(doc.analysis);
  const colourOf = new Map(stats.map((s, i) => [s.entity, SPEAKER_COLORS[i % SPEAKER_COLORS.length]!]));
  const { quotes } = doc.analysis;
  const named = stats.filter((s) => s.entity >= 0).length;
  const out: string[] = [];
  const head = `${doc.title ? `${doc.title} (${doc.id})` : String(doc.id)}`;
  out.push(`${c(ANSI.bold + ANSI.underline, head)}  ${c(ANSI.dim, `${quotes.length} quotation${quotes.length === 1 ? '' : 's'}, ${named} speaker${named === 1 ? '' : 's'}`)}`);
  out.push('');
  const width = Math.max(40, Math.min(style.width, 100));
  for (const q of quotes) out.push(...prettyQuote(doc.text, q, width, c, colourOf), '');
  if (stats.length > 0) {
    out.push(`  ${c(ANSI.bold, 'Speakers')}`);
    const w = Math.max(...stats.map((s) => s.name.length));
    for (const s of stats) {
      const name = c(ANSI.bold + (colourOf.get(s.entity) ?? ''), s.name.padEnd(w));
      out.push(`    ${name}  ${String(s.quotes).padStart(3)} quotation${s.quotes === 1 ? ' ' : 's'} ${String(s.words).padStart(5)} word${s.words === 1 ? ' ' : 's'}  ${c(ANSI.dim, s.detail)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function prettyQuote(
  text: string,
  q: Quote,
  width: number,
  c: (code: string, s: string) => string,
  colourOf: Map<number, string>,
): string[] {
  const body = text.slice(q.start, q.end).split('\n').map((l) => l.trim()).filter(Boolean).join(' ¶ ');
  const lines = wrap(body, width, '  ');
  const sp = q.speaker;
  const colour = colourOf.get(sp?.entity ?? -1) ?? '';
  const who = sp ? c(ANSI.bold + colour, sp.name) : c(ANSI.dim, '(no speaker)');
  const cue = q.cue ? ` ${c(ANSI.italic, q.cue.kind === 'colon' ? '(colon)' : q.cue.text)}` : '';
  const named = sp && sp.mention.text !== sp.name ? ` ${c(ANSI.dim, `as “${sp.mention.text}”`)}` : '';
  const meta = c(ANSI.dim, `line ${lineOf(text, q.start)} · ${q.rule ?? 'no rule'} ${q.confidence.toFixed(2)}${q.type === 'partial' ? ' · partial' : ''}${q.closed ? '' : ' · unclosed'}`);
  lines.push(`    — ${who}${cue}${named}  ${meta}`);
  return lines;
}

// ---------- framing ----------

/** Text written before the first document. */
export function header(format: Format): string {
  if (format === 'csv') return `${CSV_COLUMNS.join(',')}\r\n`;
  if (format === 'json') return '[\n';
  return '';
}

/** Text written after the last document. */
export function footer(format: Format, docs: number): string {
  if (format === 'json') return docs === 0 ? ']\n' : '\n]\n';
  return '';
}
