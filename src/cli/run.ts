/**
 * The command: arguments → inputs (files, folders, standard input, JSONL corpora) → work items →
 * runner (worker threads, input order kept) → output in the chosen format. Errors in one input are
 * reported on standard error and the others still processed (exit code 1 at the end).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { combinedPage, documentPage, documentSection, indexPage, summarize, type DocumentSummary } from '../report/page.js';
import type { RenderInput } from '../report/render.js';
import { NAME, parseArgs, UsageError, USAGE, VERSION, type Format, type RunArgs } from './args.js';
import { describeFsError, runEval } from './eval.js';
import { footer, header } from './formats.js';
import { Progress } from './progress.js';
import { createRunner, WorkerFailure, type Runner } from './runner.js';
import type { DocumentItem, LinesItem, WorkItem, WorkResult, WorkSettings } from './work.js';

/** The process's streams and environment (tests can pass their own). */
export interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly env: NodeJS.ProcessEnv;
}

/** File extensions read from folders. */
export const FOLDER_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
/** Bytes of corpus lines sent to a worker at once (whole lines: a batch may be longer). */
const BATCH_BYTES = 128 * 1024;

/** Bytes read from a corpus file at a time. */
const READ_BYTES = 256 * 1024;

/**
 * A file's bytes, read into `buffer` (each chunk is a view of it, valid until the next one is
 * asked for).
 */
async function* chunksOf(file: FileHandle, buffer: Uint8Array): AsyncGenerator<Uint8Array> {
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: readonly string[], io: Io, workerUrl: URL): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`${NAME}: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  switch (args.command) {
    case 'help': io.stdout.write(USAGE); return 0;
    case 'version': io.stdout.write(`${VERSION}\n`); return 0;
    case 'eval': return runEval(args, { stdout: io.stdout, error: (m) => io.stderr.write(`${m}\n`) });
    default: return run(args, io, workerUrl);
  }
}

/** A file to read. */
export interface Input {
  readonly path: string;
  readonly size: number;
  readonly kind: 'text' | 'html' | 'jsonl';
}

/**
 * Below this many bytes of input in all, worker threads cost more than they save: measured on
 * 2 cores, a 2.3 MB corpus took 0.8–0.9 s with one thread and 1.1 s with two, 4.7 MB about the
 * same, 9.4 MB 2.0 s against 1.6 s (each thread starts and compiles the analysis on its own).
 */
export const SMALL_INPUT_BYTES = 4_000_000;

/**
 * Threads when `--jobs` is not given: the main thread alone for a few plain files (done before
 * workers would have started) or for input known to be small; otherwise `cores`.
 */
export function defaultJobs(inputs: readonly (Input | '-')[], totalBytes: number | null, cores: number): number {
  const fewFiles = inputs.length <= 3 && inputs.every((i) => i !== '-' && i.kind !== 'jsonl');
  return fewFiles || (totalBytes !== null && totalBytes < SMALL_INPUT_BYTES) ? 1 : cores;
}

function inputKind(path: string, forced: RunArgs['input']): Input['kind'] {
  if (forced !== 'auto') return forced;
  if (/\.jsonl$/i.test(path)) return 'jsonl';
  if (/\.html?$/i.test(path)) return 'html';
  return 'text';
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory(), isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A link to nothing is kept when its name fits, so that reading it reports the problem.
      try { const s = await stat(p); isDir = s.isDirectory(); isFile = s.isFile(); } catch { isFile = true; }
    }
    if (isDir) await walk(p, out);
    else if (isFile && FOLDER_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
  }
}

function slug(id: string | number, used: Set<string>): string {
  let base = String(id).replace(/\.[a-z\d]+$/i, '').replace(/[^\w.-]+/g, '_');
  let a = 0, b = base.length;
  while (a < b && (base[a] === '_' || base[a] === '.')) a++;
  while (b > a && base[b - 1] === '_') b--;
  base = base.slice(a, b).slice(-80) || 'document';
  let name = `${base}.html`;
  for (let i = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'index.html'; i++) name = `${base}-${i}.html`;
  used.add(name.toLowerCase());
  return name;
}

async function run(args: RunArgs, io: Io, workerUrl: URL): Promise<number> {
  const htmlOut = args.out !== null && /\.html?$/i.test(args.out);
  const format: Format = args.format ?? (htmlOut ? 'html' : args.out === null && io.stdout.isTTY ? 'pretty' : 'jsonl');
  const env = io.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const color = args.color ?? (forced || (args.out === null && io.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'));
  const jobs = args.jobs ?? availableParallelism();
  const settings: WorkSettings = {
    format,
    attributions: args.attributions,
    extract: args.extract,
    pretty: { color, width: (args.out === null && io.stdout.columns) || 80 },
  };
  // The bar goes to a terminal on standard error, unless the output itself goes to that terminal
  // (it would break into the lines, and the output already shows the progress).
  const toTerminal = args.out === null && io.stdout.isTTY === true;
  const progress = new Progress(args.progress && io.stderr.isTTY && !toTerminal ? (io.stderr as NodeJS.WriteStream) : null);
  let failed = false;
  const error = (msg: string): void => {
    failed = true;
    progress.message(io.stderr, `${NAME}: ${msg}`);
  };

  if (args.inputs.length === 0 && io.stdin.isTTY) {
    // Nothing to read but a keyboard: more likely a question than a text typed in.
    io.stderr.write(`${NAME}: no input given (files, folders, or "-" for standard input)\n\n${USAGE}`);
    return 2;
  }

  // ---- output ----
  const outDir = format === 'html' && args.out !== null && !htmlOut ? args.out : null;
  let out: NodeJS.WritableStream = io.stdout;
  let closed = false; // the reader of our output went away (EPIPE): stop quietly
  if (outDir !== null) {
    try {
      await mkdir(outDir, { recursive: true });
    } catch (e) {
      io.stderr.write(`${NAME}: cannot create the folder ${outDir}: ${describeFsError(e)}\n`);
      return 1;
    }
  } else if (args.out !== null) {
    const file = createWriteStream(args.out);
    try {
      await once(file, 'open');
    } catch (e) {
      io.stderr.write(`${NAME}: cannot write ${args.out}: ${describeFsError(e)}\n`);
      return 1;
    }
    out = file;
  }
  let runner: Runner | null = null;
  const onOutError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE') { closed = true; runner?.abort(); return; }
    failed = true;
    closed = true;
    io.stderr.write(`${NAME}: cannot write the output: ${describeFsError(e)}\n`);
    runner?.abort();
  };
  out.on('error', onOutError);
  // Resolves once the stream is done with the bytes (they may be reused memory; see runner.ts),
  // which also keeps a slow reader from filling memory. Errors go to onOutError.
  const write = async (s: string | Uint8Array): Promise<void> => {
    if (closed || s.length === 0) return;
    await new Promise<void>((resolve) => {
      try {
        out.write(s, () => resolve());
      } catch (e) {
        onOutError(e as NodeJS.ErrnoException);
        resolve();
      }
    });
  };

  // ---- html pages ----
  const summaries: DocumentSummary[] = [];
  const sections: string[] = [];
  let firstDoc: RenderInput | null = null;
  const usedNames = new Set<string>();
  let written = 0; // documents written

  const emit = async (r: WorkResult): Promise<void> => {
    for (const m of r.errors) error(m.startsWith(`${NAME}: `) ? m.slice(NAME.length + 2) : m);
    if (format === 'html') {
      for (const doc of r.docs) {
        const input: RenderInput = { id: String(doc.id), title: doc.title, text: doc.text, analysis: doc.analysis };
        if (outDir !== null) {
          const name = slug(doc.id, usedNames);
          try {
            await writeFile(join(outDir, name), documentPage(input, { back: 'index.html' }));
            summaries.push(summarize(String(doc.id), doc.title, name, doc.analysis));
          } catch (e) {
            error(`cannot write ${join(outDir, name)}: ${describeFsError(e)}`);
          }
        } else {
          const index = summaries.length;
          if (index === 0) firstDoc = input;
          sections.push(documentSection(input, `d${index}`));
          summaries.push(summarize(String(doc.id), doc.title, `#d${index}`, doc.analysis));
        }
        written++;
      }
    } else {
      if (r.count > 0) {
        if (format === 'json' && written > 0) await write(',\n');
        await write(r.out);
        written += r.count;
      }
    }
    progress.docs += r.count;
    progress.tick();
  };

  // ---- inputs ----
  const given = args.inputs.length > 0 ? args.inputs : ['-'];
  const inputs: (Input | '-')[] = [];
  let totalBytes: number | null = 0;
  for (const p of given) {
    if (p === '-') { inputs.push('-'); totalBytes = null; continue; }
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      error(`cannot read ${p}: ${describeFsError(e)}`);
      continue;
    }
    if (s.isDirectory()) {
      const files: string[] = [];
      try {
        await walk(p, files);
      } catch (e) {
        error(`cannot read the folder ${p}: ${describeFsError(e)}`);
      }
      if (files.length === 0) error(`${p}: no .txt, .md or .html file in this folder`);
      for (const f of files) {
        const size = await stat(f).then((x) => x.size, () => 0);
        inputs.push({ path: f, size, kind: inputKind(f, args.input) });
        if (totalBytes !== null) totalBytes += size;
      }
    } else {
      inputs.push({ path: p, size: s.size, kind: inputKind(p, args.input) });
      if (totalBytes !== null) totalBytes += s.size;
    }
  }
  progress.totalBytes = totalBytes;

  await write(header(format, args.attributions));
  runner = createRunner(args.jobs ?? defaultJobs(inputs, totalBytes, jobs), settings, emit, workerUrl);
  let seq = 0;
  const push = async (item: Omit<DocumentItem, 'seq'> | Omit<LinesItem, 'seq'>): Promise<void> => {
    await runner!.push({ ...item, seq: seq++ } as WorkItem);
  };

  // Corpus lines go to the workers as bytes, in batches of whole lines: the main thread only
  // looks for line ends (and counts them, for the line numbers of messages). The lines gather in
  // one buffer reused from batch to batch (push copies them before it resolves), so that reading
  // a corpus allocates no memory per batch.
  let batch = new Uint8Array(2 * BATCH_BYTES);
  const pushLines = async (chunks: AsyncIterable<Uint8Array | string>, source: string): Promise<void> => {
    let size = 0;
    let firstLine = 1;
    const flush = async (end: number): Promise<void> => {
      const bytes = batch.subarray(0, end);
      let n = 0;
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
      await push({ kind: 'lines', source, firstLine, bytes });
      firstLine += n;
      batch.copyWithin(0, end, size);
      size -= end;
    };
    for await (const raw of chunks) {
      if (closed) return;
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      progress.bytes += chunk.length;
      if (size + chunk.length > batch.length) {
        const bigger = new Uint8Array(Math.max(size + chunk.length, 2 * batch.length));
        bigger.set(batch.subarray(0, size));
        batch = bigger;
      }
      batch.set(chunk, size);
      size += chunk.length;
      const last = chunk.lastIndexOf(10); // the chunk's last line end
      if (last >= 0 && size >= BATCH_BYTES) await flush(size - chunk.length + last + 1);
    }
    if (!closed && size > 0) await flush(size);
  };

  const readBuffer = new Uint8Array(READ_BYTES);
  try {
    let stdinUsed = false;
    for (const input of inputs) {
      if (closed) break;
      if (input === '-') {
        if (stdinUsed) continue;
        stdinUsed = true;
        await readStdin(io.stdin, args.input, pushLines, async (raw, as) => {
          progress.bytes += Buffer.byteLength(raw);
          await push({ kind: 'doc', id: '-', raw, as });
        });
        continue;
      }
      if (input.kind === 'jsonl') {
        let file;
        try {
          file = await open(input.path, 'r');
        } catch (e) {
          error(`cannot read ${input.path}: ${describeFsError(e)}`);
          continue;
        }
        try {
          await pushLines(chunksOf(file, readBuffer), input.path);
        } catch (e) {
          if (e instanceof WorkerFailure || (e as NodeJS.ErrnoException).code === undefined) throw e;
          error(`cannot read ${input.path}: ${describeFsError(e)}`);
        } finally {
          await file.close().catch(() => undefined);
        }
        continue;
      }
      let raw: string;
      try {
        raw = await readFile(input.path, 'utf8');
      } catch (e) {
        error(`cannot read ${input.path}: ${describeFsError(e)}`);
        continue;
      }
      progress.bytes += input.size;
      await push({ kind: 'doc', id: input.path, raw, as: input.kind });
    }
    await runner.finish();
  } catch (e) {
    runner.abort();
    progress.clear();
    if (closed) return failed ? 1 : 0;
    io.stderr.write(`${NAME}: ${(e as Error).message}\n`);
    return 1;
  }
  if (closed) {
    progress.clear();
    return failed ? 1 : 0;
  }

  // ---- endings ----
  if (format === 'html') {
    if (outDir !== null) {
      try {
        await writeFile(join(outDir, 'index.html'), indexPage(summaries, `Quotations in ${summaries.length} document${summaries.length === 1 ? '' : 's'}`));
      } catch (e) {
        error(`cannot write ${join(outDir, 'index.html')}: ${describeFsError(e)}`);
      }
      progress.clear();
      io.stderr.write(`${NAME}: wrote ${summaries.length} page${summaries.length === 1 ? '' : 's'} and ${join(outDir, 'index.html')}\n`);
    } else {
      const one = firstDoc as RenderInput | null;
      await write(summaries.length === 1 && one !== null ? documentPage(one) : combinedPage(summaries, sections, `Quotations in ${summaries.length} documents`));
    }
  } else {
    await write(footer(format, written));
  }
  progress.tick(true);
  progress.clear();
  if (out !== io.stdout) {
    (out as NodeJS.WritableStream & { end(cb: () => void): void }).end(() => undefined);
    await once(out, 'finish').catch(() => undefined);
  }
  return failed ? 1 : 0;
}

/**
 * Standard input: a corpus when its first non-blank character is "{" (or --input jsonl), else one
 * document (HTML when it starts with "<", or --input html).
 */
async function readStdin(
  stdin: NodeJS.ReadableStream,
  forced: RunArgs['input'],
  pushLines: (s: AsyncIterable<Uint8Array | string>, source: string) => Promise<void>,
  pushDoc: (raw: string, as: 'text' | 'html') => Promise<void>,
): Promise<void> {
  const it = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: (Buffer | string)[] = [];
  let first = '';
  let ended = false;
  while (forced === 'auto' && first === '') {
    const r = await it.next();
    if (r.done) { ended = true; break; }
    head.push(r.value);
    const m = /\S/.exec(head.map((c) => c.toString()).join(''));
    if (m) first = m[0];
  }
  const rest: AsyncIterable<Buffer | string> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      if (ended) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    },
  };
  const kind = forced !== 'auto' ? forced : first === '{' ? 'jsonl' : first === '<' ? 'html' : 'text';
  if (kind === 'jsonl') { await pushLines(rest, 'standard input'); return; }
  const chunks: Buffer[] = [];
  for await (const c of rest) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!/\S/.test(raw) && forced === 'auto') return; // nothing on standard input: nothing to do
  await pushDoc(raw, kind);
}
