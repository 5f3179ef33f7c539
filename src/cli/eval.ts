/**
 * `quote-attribution eval --gold FILE.jsonl`: scores the library on the user's own annotated data,
 * one document at a time (memory does not grow with the gold file).
 */
import { createReadStream } from 'node:fs';
import { createExtractor, RULES } from '../index.js';
import { NAME, type EvalArgs } from './args.js';
import { readLines } from './lines.js';
import { addCounts, emptyCounts, precisionRecallF1, scoreDocument, type Counts, type GoldQuote } from './score.js';

/** The scores printed by eval (and by `--json`). */
export interface EvalReport {
  readonly documents: number;
  readonly goldSegments: number;
  readonly predictedSegments: number;
  readonly detection: { p: number; r: number; f1: number };
  readonly attribution: { p: number; r: number; f1: number };
  readonly endToEnd: { p: number; r: number; f1: number };
  readonly exactBoundaries: number;
  readonly byRule: Record<string, { predicted: number; matched: number; right: number; precision: number; attributionPrecision: number }>;
}

/**
 * Attribution on the found segments: precision over those given a speaker, recall over all of
 * them (one whose gold has no speaker is right when none is predicted, as in the reference
 * scorer's attribution accuracy).
 */
function attributionScores(c: Counts): { p: number; r: number; f1: number } {
  const p = c.matchedWithSpeaker ? c.rightWithSpeaker / c.matchedWithSpeaker : 0;
  const r = c.matched ? c.right / c.matched : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The report for summed counts. */
export function report(docs: number, c: Counts): EvalReport {
  const order = [...RULES.map((r) => r.name as string), '(none)'];
  const byRule: EvalReport['byRule'] = {};
  for (const name of order) {
    const r = c.byRule[name];
    if (!r) continue;
    byRule[name] = { ...r, precision: r.predicted ? r.right / r.predicted : 0, attributionPrecision: r.matched ? r.right / r.matched : 0 };
  }
  for (const [name, r] of Object.entries(c.byRule)) {
    if (!(name in byRule)) byRule[name] = { ...r, precision: r.predicted ? r.right / r.predicted : 0, attributionPrecision: r.matched ? r.right / r.matched : 0 };
  }
  return {
    documents: docs,
    goldSegments: c.gold,
    predictedSegments: c.predicted,
    detection: precisionRecallF1(c.matched, c.predicted, c.gold),
    attribution: attributionScores(c),
    endToEnd: precisionRecallF1(c.right, c.predicted, c.gold),
    exactBoundaries: c.matched ? c.exact / c.matched : 0,
    byRule,
  };
}

/** The report as a table for people. */
export function formatReport(source: string, r: EvalReport): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, m: { p: number; r: number; f1: number }) => `  ${name.padEnd(13)}${f(m.p).padStart(9)}${f(m.r).padStart(8)}${f(m.f1).padStart(8)}`;
  const lines = [
    `${source}: ${r.documents} documents, ${r.goldSegments} gold segments, ${r.predictedSegments} predicted`,
    '',
    `  ${''.padEnd(13)}${'precision'.padStart(9)}${'recall'.padStart(8)}${'F1'.padStart(8)}`,
    row('detection', r.detection),
    row('attribution', r.attribution),
    row('end-to-end', r.endToEnd),
    '',
    `  exact boundaries: ${f(r.exactBoundaries)} of matched segments`,
    '',
    `  ${'rule'.padEnd(28)}${'predicted'.padStart(10)}${'matched'.padStart(9)}${'right'.padStart(7)}${'precision'.padStart(11)}${'attribution P'.padStart(15)}`,
  ];
  for (const [name, v] of Object.entries(r.byRule)) {
    lines.push(`  ${name.padEnd(28)}${String(v.predicted).padStart(10)}${String(v.matched).padStart(9)}${String(v.right).padStart(7)}${f(v.precision).padStart(11)}${f(v.attributionPrecision).padStart(15)}`);
  }
  lines.push(
    '',
    '  detection: segments found; attribution: right speakers among found segments;',
    '  end-to-end: found and rightly attributed; rule precision: right / predicted.',
  );
  return `${lines.join('\n')}\n`;
}

/** Runs eval; returns the exit code. */
export async function runEval(args: EvalArgs, io: { stdout: NodeJS.WritableStream; error: (msg: string) => void }): Promise<number> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = args.gold === '-' ? process.stdin : await openFile(args.gold);
  } catch (e) {
    io.error(`${NAME}: cannot read ${args.gold}: ${describeFsError(e)}`);
    return 1;
  }
  const extractor = createExtractor(args.extract);
  const total = emptyCounts();
  const misses: string[] | undefined = args.verbose ? [] : undefined;
  let docs = 0;
  let failed = false;
  for await (const { line, number } of readLines(stream)) {
    if (!/\S/.test(line)) continue;
    const where = `${args.gold}:${number}`;
    let d: { id?: unknown; text?: unknown; quotes?: unknown };
    try {
      d = JSON.parse(line) as typeof d;
    } catch (e) {
      io.error(`${NAME}: ${where}: not valid JSON (${(e as Error).message}); line skipped`);
      failed = true;
      continue;
    }
    const problem = goldProblem(d);
    if (problem) {
      io.error(`${NAME}: ${where}: ${problem}; line skipped`);
      failed = true;
      continue;
    }
    const text = d.text as string;
    const id = typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : where;
    const counts = scoreDocument(id, text, d.quotes as GoldQuote[], extractor.extractQuotes(text), misses);
    addCounts(total, counts);
    docs++;
    if (misses) for (const m of misses.splice(0)) io.stdout.write(`${m}\n`);
  }
  const r = report(docs, total);
  io.stdout.write(args.json ? `${JSON.stringify(r, null, 2)}\n` : formatReport(args.gold, r));
  return failed ? 1 : 0;
}

function goldProblem(d: unknown): string | null {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return 'expected a JSON object {"id", "text", "quotes"}';
  const o = d as Record<string, unknown>;
  if (typeof o.text !== 'string') return '"text" is missing or not a string';
  if (!Array.isArray(o.quotes)) return '"quotes" is missing or not an array';
  const n = o.text.length;
  for (const [i, q] of o.quotes.entries()) {
    const g = q as Record<string, unknown> | null;
    if (g === null || typeof g !== 'object') return `quotes[${i}] is not an object`;
    if (!Number.isInteger(g.start) || !Number.isInteger(g.end) || (g.start as number) < 0 || (g.end as number) > n || (g.start as number) >= (g.end as number)) {
      return `quotes[${i}] needs integer "start" < "end" within the text (0..${n})`;
    }
    const ss = g.speakerStart, se = g.speakerEnd;
    if ((ss !== undefined && ss !== null) || (se !== undefined && se !== null)) {
      if (!Number.isInteger(ss) || !Number.isInteger(se) || (ss as number) < 0 || (se as number) > n || (ss as number) > (se as number)) {
        return `quotes[${i}] has "speakerStart"/"speakerEnd" that are not a span of the text`;
      }
    }
    if (g.speaker !== undefined && g.speaker !== null && typeof g.speaker !== 'string') return `quotes[${i}].speaker is not a string or null`;
  }
  return null;
}

async function openFile(path: string): Promise<NodeJS.ReadableStream> {
  const s = createReadStream(path);
  await new Promise<void>((resolve, reject) => { s.once('open', () => resolve()); s.once('error', reject); });
  return s;
}

/** "no such file or directory" and the like, from a Node file-system error. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EMFILE': return 'too many open files';
    default: return err.message ?? String(e);
  }
}
