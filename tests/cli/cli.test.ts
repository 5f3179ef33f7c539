/**
 * The `quote-attribution` command, run as a process on the package's build: inputs, formats,
 * corpus mode, eval, and every error path (message, exit code, and the other inputs' output
 * complete).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, Attribution, Quote, Span } from '../../src/index.js';
import { buildOnce, parseCsv, ROOT, runCli, seedFiles, seedText, tempDir } from './support.js';

let cli = '';
let lib: { analyze(text: string): Analysis; extractQuotes(text: string): Quote[]; extractAttributions(text: string): Attribution[] };
const seeds = seedFiles();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

beforeAll(async () => {
  const dir = await buildOnce();
  cli = join(dir, 'cli.js');
  lib = (await import(pathToFileURL(join(dir, 'index.js')).href)) as typeof lib;
}, 300_000);

/** The jsonl lines the CLI should print for a document. */
const expectedLines = (id: string | number, text: string): string[] =>
  lib.extractQuotes(text).map((q) => JSON.stringify({ id, ...q }));

const lines = (s: string): string[] => s.split('\n').filter(Boolean);

/**
 * Invented news sentences with reported speech of every form: indirect (said …, warned that …,
 * according to …), mixed (a quoted fragment in the reporter's words) and direct.
 */
const REPORTED_TEXTS = [
  'Mayor Elena Ruiz said the new bridge would open in May.\n\n“We are ready,” Ruiz told reporters. Council member Tom Okafor said the budget was “far too optimistic” and warned that costs could double.\n\nAccording to the city engineer, the steel had arrived late.',
  'Assad said the war was over. “We will win,” Assad said. Lee said that talks had failed, and she added that a vote, “if it ever comes,” would be close.',
];

function corpus(docs: { id: unknown; text: string }[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
}

describe('help, version and usage errors', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await runCli(cli, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: quote-attribution/);
    for (const f of ['pretty', 'json', 'jsonl', 'csv', 'html', '--jobs', 'eval --gold']) expect(r.stdout).toContain(f);
    expect(r.stdout).toContain('default: pretty when standard output is a terminal, else jsonl');
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version', async () => {
    const r = await runCli(cli, ['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCli(cli, ['-V'])).stdout).toBe(`${pkg.version}\n`);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x', 'seeds'], 'unknown option -x'],
    [['--format', 'xml', 'seeds'], 'unknown format "xml"'],
    [['--jobs', '0', 'seeds'], '--jobs expects a whole number from 1 to 256, not "0"'],
    [['--min-confidence', '2', 'seeds'], '--min-confidence expects a number from 0 to 1, not "2"'],
    [['--format'], 'option --format needs a value'],
    [['eval'], 'eval needs --gold FILE.jsonl'],
    [['eval', '--gold', 'g.jsonl', '--format', 'csv'], 'option --format is not an eval option'],
    [['--gold', 'g.jsonl'], '--gold belongs to the eval command'],
  ])('%j is a usage error: message, usage, exit 2, nothing on stdout', async (args, message) => {
    const r = await runCli(cli, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`quote-attribution: ${message}`)).toBe(true);
    expect(r.stderr).toContain('Usage: quote-attribution');
  });
});

describe('files and folders', () => {
  it('reads a folder recursively (only .txt, .md, .html), in name order, as jsonl when stdout is not a terminal', async () => {
    const r = await runCli(cli, ['seeds']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const want = seeds.flatMap((f) => expectedLines(`seeds/${f}`, seedText(f)));
    expect(want.length).toBeGreaterThan(20);
    expect(lines(r.stdout)).toEqual(want);
    expect(r.stdout).not.toMatch(/\.gold\.json|\.expected\.json/);
  });

  it('pretty: each quotation with its speaker and cue, one block per document, no colour off a terminal', async () => {
    const r = await runCli(cli, ['seeds', '--format', 'pretty']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    for (const f of seeds) {
      const quotes = lib.extractQuotes(seedText(f));
      const block = r.stdout.slice(r.stdout.indexOf(`seeds/${f}`));
      expect(block.startsWith(`seeds/${f}  ${quotes.length} quotation`)).toBe(true);
      for (const q of quotes) {
        const who = q.speaker ? `— ${q.speaker.name}` : '— (no speaker)';
        expect(block).toContain(who);
        if (q.cue && q.cue.kind !== 'colon') expect(block).toContain(`${who} ${q.cue.text}`);
        expect(block).toContain(`${q.rule ?? 'no rule'} ${q.confidence.toFixed(2)}`);
      }
    }
  });

  it('pretty has colour with --color or FORCE_COLOR, and none with --no-color', async () => {
    const f = `seeds/${seeds[0]}`;
    expect((await runCli(cli, [f, '-f', 'pretty', '--color'])).stdout).toContain('\x1b[1m');
    expect((await runCli(cli, [f, '-f', 'pretty'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\x1b[');
    expect((await runCli(cli, [f, '-f', 'pretty', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });

  it('json: one array of documents with their text, quotations, attributions and entities, as analyze() returns them', async () => {
    const r = await runCli(cli, ['seeds', '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as { id: string; text: string; quotes: Quote[]; attributions: Attribution[]; entities: unknown[] }[];
    expect(docs.map((d) => d.id)).toEqual(seeds.map((f) => `seeds/${f}`));
    for (const d of docs) {
      const text = seedText(d.id.slice('seeds/'.length));
      expect(d.text).toBe(text);
      expect(Object.keys(d)).toEqual(['id', 'text', 'quotes', 'attributions', 'entities']);
      expect({ quotes: d.quotes, attributions: d.attributions, entities: d.entities }).toEqual(JSON.parse(JSON.stringify(lib.analyze(text))));
    }
    expect(docs.some((d) => d.attributions.some((a) => a.form === 'indirect'))).toBe(true);
  });

  it('json from worker threads: a corpus gives the attributions of analyze() for every document', async () => {
    const docs = REPORTED_TEXTS.flatMap((text, i) => [{ id: `a${i}`, text }, { id: `b${i}`, text }]);
    const r = await runCli(cli, ['-', '--format', 'json', '--jobs', '2'], { input: corpus(docs) });
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout) as { id: string; attributions: Attribution[] }[];
    expect(got.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    got.forEach((d, i) => expect(d.attributions).toEqual(JSON.parse(JSON.stringify(lib.analyze(docs[i]!.text).attributions))));
    expect(got[0]!.attributions.map((a) => a.form)).toEqual(expect.arrayContaining(['direct', 'mixed', 'indirect']));
  });

  it('json with no document is an empty array', async () => {
    const r = await runCli(cli, ['-', '--format', 'json'], { input: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('csv: RFC 4180 with a header row; fields with commas, quotes and line breaks survive', async () => {
    const text = 'Officials met.\n\n“One, two, and “three”,\n\n“four,” she said, the minister said.\n\n“We said, “yes”,” Ms. Lee said.';
    const r = await runCli(cli, ['-', '--format', 'csv'], { input: text });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'start', 'end', 'type', 'speaker', 'speaker_kind', 'speaker_title', 'mention', 'mention_start', 'mention_end', 'cue', 'cue_kind', 'rule', 'confidence', 'closed', 'text']);
    const quotes = lib.extractQuotes(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => [row[0], Number(row[1]), Number(row[2]), row[4], row[15]])).toEqual(
      quotes.map((q) => ['-', q.start, q.end, q.speaker?.name ?? '', q.text]),
    );
    expect(r.stdout.endsWith('\r\n')).toBe(true);
  });

  it('csv --attributions: one row per attribution with its form, content offsets, speaker, cue, rule, confidence and quotations', async () => {
    const text = REPORTED_TEXTS[0]!;
    const r = await runCli(cli, ['-', '--format', 'csv', '--attributions'], { input: text });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'form', 'content_start', 'content_end', 'speaker', 'speaker_kind', 'mention', 'cue', 'rule', 'confidence', 'quotes', 'content']);
    const attributions = lib.analyze(text).attributions;
    expect(new Set(attributions.map((a) => a.form))).toEqual(new Set(['direct', 'mixed', 'indirect']));
    expect(rows.slice(1)).toEqual(attributions.map((a) => {
      const spans: readonly Span[] = Array.isArray(a.content) ? a.content : [a.content as Span];
      return ['-', a.form, String(spans[0]!.start), String(spans[spans.length - 1]!.end), a.speaker?.name ?? '', a.speaker?.kind ?? '', a.speaker?.mention.text ?? '', a.cue?.text ?? '', a.rule ?? '', String(a.confidence), a.quotes.join(' '), spans.map((x) => x.text).join(' … ')];
    }));
    // The offsets are the text's: the content is there, as given.
    for (const row of rows.slice(1)) if (!row[11]!.includes(' … ')) expect(text.slice(Number(row[2]), Number(row[3]))).toBe(row[11]);
  });

  it('csv --attributions joins the pieces of a split content with " … "', async () => {
    const text = '“The plan,” Lee said, “is dead.”';
    const split = lib.analyze(text).attributions.find((a) => Array.isArray(a.content));
    expect(split).toBeDefined();
    const r = await runCli(cli, ['-', '-f', 'csv', '--attributions'], { input: text });
    const row = parseCsv(r.stdout).slice(1).find((x) => x[1] === split!.form && x[4] === 'Lee')!;
    expect(row[11]).toBe((split!.content as Span[]).map((x) => x.text).join(' … '));
    expect(row[11]).toContain(' … ');
    expect(row[10]).toBe(split!.quotes.join(' '));
    expect(row[10]).toContain(' ');
  });

  it('csv and jsonl --attributions on a corpus in worker threads: the same as analyze(), in input order', async () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, text: REPORTED_TEXTS[i % REPORTED_TEXTS.length]! }));
    const want = docs.flatMap((d) => lib.analyze(d.text).attributions.map((a) => ({ id: d.id, ...a })));
    const jsonl = await runCli(cli, ['-', '--attributions', '--jobs', '2'], { input: corpus(docs) });
    expect(jsonl.code).toBe(0);
    expect(lines(jsonl.stdout).map((l) => JSON.parse(l) as unknown)).toEqual(JSON.parse(JSON.stringify(want)));
    expect(lines(jsonl.stdout)[0]!.startsWith('{"id":"r0","form":')).toBe(true);
    const csv = await runCli(cli, ['-', '-f', 'csv', '--attributions', '--jobs', '2'], { input: corpus(docs) });
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout).slice(1);
    expect(rows.map((x) => [x[0], x[1], x[8]])).toEqual(want.map((a) => [a.id, a.form, a.rule ?? '']));
    expect(rows.every((x) => x.length === 12)).toBe(true);
    // Without the flag, still one row per quotation.
    const quotesCsv = await runCli(cli, ['-', '-f', 'csv', '--jobs', '2'], { input: corpus(docs) });
    expect(parseCsv(quotesCsv.stdout).length - 1).toBe(docs.reduce((n, d) => n + lib.extractQuotes(d.text).length, 0));
  });

  it('pretty lists the reported speech (indirect and mixed) after the quotations: speaker — content (form, cue, rule)', async () => {
    const text = REPORTED_TEXTS[0]!;
    const r = await runCli(cli, ['-', '--format', 'pretty'], { input: text });
    expect(r.code).toBe(0);
    const analysis = lib.analyze(text);
    const reported = analysis.attributions.filter((a) => a.form !== 'direct');
    expect(reported.length).toBeGreaterThanOrEqual(3);
    expect(r.stdout.startsWith(`-  ${analysis.quotes.length} quotations, ${reported.length} reported, `)).toBe(true);
    const start = r.stdout.indexOf('\n  Reported speech\n');
    const end = r.stdout.indexOf('\n  Speakers\n');
    expect(start).toBeGreaterThan(r.stdout.indexOf('\n    — ')); // after the quotations, all of them
    expect(r.stdout.indexOf('\n    — ', start)).toBe(-1);
    const section = r.stdout.slice(start, end).split('\n').slice(2, -1);
    expect(section).toEqual(reported.map((a) => {
      const content = (Array.isArray(a.content) ? a.content : [a.content as Span]).map((x) => x.text).join(' … ');
      return `    ${a.speaker?.name ?? '(no speaker)'} — ${content}  (${a.form}, ${a.cue ? a.cue.text : 'no cue'}, ${a.rule} ${a.confidence.toFixed(2)})`;
    }));
    expect(section.join('\n')).toContain('Tom Okafor — costs could double  (indirect, warned, ');
  });

  it('npm start\'s run (seeds, pretty) lists reported speech too', async () => {
    const r = await runCli(cli, ['seeds', '--format', 'pretty']);
    const n = seeds.reduce((k, f) => k + lib.analyze(seedText(f)).attributions.filter((a) => a.form !== 'direct').length, 0);
    expect(n).toBeGreaterThan(0);
    expect((r.stdout.match(/^ {2}Reported speech$/gm) ?? []).length).toBeGreaterThan(0);
    expect((r.stdout.match(/^ {4}.+ — .+ {2}\((?:indirect|mixed), /gm) ?? []).length).toBe(n);
  });

  it('csv of all seeds has one row per quotation', async () => {
    const r = await runCli(cli, ['seeds', '-f', 'csv']);
    const rows = parseCsv(r.stdout);
    const n = seeds.reduce((k, f) => k + lib.extractQuotes(seedText(f)).length, 0);
    expect(rows.length).toBe(n + 1);
    expect(rows.every((row) => row.length === 16)).toBe(true);
  });

  it('HTML: the article text (paragraphs one a line, blank lines between) with the title; offsets refer to it', async () => {
    const seed = seedText(seeds[0]!);
    const paras = seed.split(/\n[ \t]*\n/).map((p) => p.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ | $/g, '')).filter(Boolean);
    const dir = tempDir('html');
    const html = `<!doctype html><html><head><title>Aleppo report</title><script>var x = "“not a quote,” he said";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Aleppo report</h1>${paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article>
<footer>© Example News</footer></body></html>`;
    writeFileSync(join(dir, 'story.html'), html);
    const r = await runCli(cli, [join(dir, 'story.html'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout) as { title: string; text: string; quotes: Quote[] }[];
    expect(doc!.title).toBe('Aleppo report');
    expect(doc!.text).toBe(['Aleppo report', ...paras].join('\n\n'));
    expect(doc!.quotes).toEqual(JSON.parse(JSON.stringify(lib.extractQuotes(doc!.text))));
    for (const q of doc!.quotes) expect(doc!.text.slice(q.start, q.end)).toMatch(/^["“‘']/);
  });

  it('a folder with .md and .html files and nested folders; other files ignored', async () => {
    const dir = tempDir('folder');
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, 'a.md'), '“We will win,” Assad said.');
    writeFileSync(join(dir, 'b', 'c', 'd.html'), '<p>“It is over,” Lee said.</p>');
    writeFileSync(join(dir, 'b', 'notes.json'), '{"text": "“No,” Kim said."}');
    writeFileSync(join(dir, 'b', 'x.gold.json'), '{}');
    const r = await runCli(cli, [dir]);
    expect(r.code).toBe(0);
    const got = lines(r.stdout).map((l) => JSON.parse(l) as { id: string; speaker: { name: string } });
    expect(got.map((q) => [q.id.slice(dir.length + 1), q.speaker.name])).toEqual([['a.md', 'Assad'], ['b/c/d.html', 'Lee']]);
  });
});

describe('standard input', () => {
  it('reads a text from standard input (no argument, or "-")', async () => {
    const text = seedText(seeds[1]!);
    for (const args of [[], ['-']]) {
      const r = await runCli(cli, args, { input: text });
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toEqual(expectedLines('-', text));
    }
  });

  it('reads a JSONL corpus from standard input when it starts with "{"', async () => {
    const docs = seeds.map((f, i) => ({ id: i, text: seedText(f) }));
    const r = await runCli(cli, ['--jobs', '2'], { input: `\n${corpus(docs)}` });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(docs.flatMap((d) => expectedLines(d.id, d.text)));
  });
});

describe('corpus mode', () => {
  const docs = Array.from({ length: 60 }, (_, i) => ({ id: `doc-${i}`, text: seedText(seeds[i % seeds.length]!) }));

  it('JSONL in, JSONL out, in input order, the same with 1, 2 and 3 workers', async () => {
    const dir = tempDir('corpus');
    writeFileSync(join(dir, 'c.jsonl'), corpus(docs));
    const want = docs.flatMap((d) => expectedLines(d.id, d.text));
    for (const jobs of ['1', '2', '3']) {
      const r = await runCli(cli, [join(dir, 'c.jsonl'), '--jobs', jobs]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toEqual(want);
    }
  });

  it('a corpus of more batches than the workers hold at once, with a line longer than a batch, comes out whole and in order', async () => {
    // About 2 MB: some 16 batches of 128 KB through the 8 shared-memory slots of two workers, and
    // one document of 700 KB, more than a slot holds (it travels in bytes of its own).
    const dir = tempDir('corpus-slots');
    const many = Array.from({ length: 300 }, (_, i) => ({ id: i, text: seedText(seeds[i % seeds.length]!) }));
    const long = { id: 'long', text: Array.from({ length: 160 }, (_, i) => seedText(seeds[i % seeds.length]!)).join('\n\n').slice(0, 700_000) };
    const all = [...many.slice(0, 150), long, ...many.slice(150)];
    writeFileSync(join(dir, 'c.jsonl'), corpus(all));
    const want = all.flatMap((d) => expectedLines(d.id, d.text));
    for (const jobs of ['1', '2']) {
      const r = await runCli(cli, [join(dir, 'c.jsonl'), '--jobs', jobs]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toEqual(want);
    }
  }, 60_000);

  it('worker threads start when node itself runs with V8 options, which workers refuse', async () => {
    const dir = tempDir('corpus-v8');
    writeFileSync(join(dir, 'c.jsonl'), corpus(docs.slice(0, 10)));
    const r = await runCli(cli, [join(dir, 'c.jsonl'), '--jobs', '2'], { nodeArgs: ['--max-old-space-size=2048', '--stack-size=2000'] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(docs.slice(0, 10).flatMap((d) => expectedLines(d.id, d.text)));
  });

  it('csv and pretty work on a corpus too', async () => {
    const dir = tempDir('corpus2');
    writeFileSync(join(dir, 'c.jsonl'), corpus(docs.slice(0, 5)));
    const csv = await runCli(cli, [join(dir, 'c.jsonl'), '-f', 'csv', '-j', '2']);
    expect(parseCsv(csv.stdout).slice(1).map((r) => r[0])).toEqual(docs.slice(0, 5).flatMap((d) => lib.extractQuotes(d.text).map(() => d.id)));
    const pretty = await runCli(cli, [join(dir, 'c.jsonl'), '-f', 'pretty']);
    for (const d of docs.slice(0, 5)) expect(pretty.stdout).toContain(`${d.id}  `);
  });

  it('a line without an id gets "FILE:LINE" as its id; an "html" field is read as HTML', async () => {
    const dir = tempDir('corpus3');
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ text: '“We will win,” Assad said.' })}\n${JSON.stringify({ id: 7, html: '<p>“It is over,” Lee said.</p>' })}\n`);
    const r = await runCli(cli, [join(dir, 'c.jsonl')]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([`${join(dir, 'c.jsonl')}:1`, 7]);
  });

  it('no progress bar when standard error is not a terminal', async () => {
    const dir = tempDir('corpus4');
    writeFileSync(join(dir, 'c.jsonl'), corpus(docs));
    const r = await runCli(cli, [join(dir, 'c.jsonl')]);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('a progress bar (documents, rate, ETA) on standard error when it is a terminal', async () => {
    const dir = tempDir('corpus5');
    writeFileSync(join(dir, 'c.jsonl'), corpus(docs));
    const out = join(dir, 'out.jsonl');
    // script(1) gives the command a terminal; stdout goes to a file, so the terminal shows stderr.
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${JSON.stringify(join(dir, 'c.jsonl'))} -o ${JSON.stringify(out)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[█*░*\]\s+100%\s+60 docs\s+[\d.,]+ docs\/s\s+ETA 00:00/);
    expect(r.stdout).toContain('\r\x1b[K'); // the bar is erased at the end
    expect(lines(readFileSync(out, 'utf8'))).toEqual(docs.flatMap((d) => expectedLines(d.id, d.text)));
    const quiet = spawnSync('script', ['-qec', `${cmd} --no-progress`, '/dev/null'], { encoding: 'utf8' });
    expect(quiet.stdout).not.toContain('docs/s');
    // Output to the terminal itself: pretty by default, in colour, and no bar breaking into it.
    const tty = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${JSON.stringify(join(dir, 'c.jsonl'))}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).not.toContain('docs/s');
    expect(tty.stdout).toContain('doc-0\x1b[0m  ');
    expect(tty.stdout).toContain('\x1b[1m');
  });
});

describe('error paths: reported, the rest processed, exit 1', () => {
  it('an unreadable file is named on stderr; the other files are complete; exit 1', async () => {
    const good = `seeds/${seeds[0]}`;
    const alone = await runCli(cli, [good, `seeds/${seeds[1]}`]);
    for (const jobs of ['1', '2']) {
      const r = await runCli(cli, ['missing.txt', good, 'no/such/dir', `seeds/${seeds[1]}`, '--jobs', jobs]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        'quote-attribution: cannot read missing.txt: no such file or directory\n' +
        'quote-attribution: cannot read no/such/dir: no such file or directory\n',
      );
      expect(r.stdout).toBe(alone.stdout);
    }
  });

  it('a file in a folder that cannot be read (a broken link) is named; the rest is complete', async () => {
    const dir = tempDir('unreadable');
    writeFileSync(join(dir, 'a.txt'), '“We will win,” Assad said.');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.txt'), '“Not now,” Kim said.');
    const r = await runCli(cli, [dir, '--jobs', '2']);
    expect(r.stderr).toBe(`quote-attribution: cannot read ${join(dir, 'b.txt')}: no such file or directory\n`);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { speaker: { name: string } }).speaker.name)).toEqual(['Assad', 'Kim']);
  });

  // Root reads a file whatever its mode, and CI runs as root: there the CLI runs as the
  // unprivileged user nobody (65534), so that the case is made all the same. When the file is still
  // readable to the user the CLI runs as (a capability, another OS), the test says it skipped.
  it('a file without read permission is named; the rest is complete', async (ctx) => {
    const dir = tempDir('noperm');
    chmodSync(dir, 0o755);
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '“We will win,” Assad said.', { mode: 0o644 });
    writeFileSync(b, '“It is over,” Lee said.');
    chmodSync(b, 0o000);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const who = 'uid' in user ? 'the user nobody (65534), as the tests run as root' : `uid ${process.getuid?.() ?? '?'}`;
    const canRead = (f: string): boolean => spawnSync(process.execPath, ['-e', `require('node:fs').readFileSync(${JSON.stringify(f)})`], { ...user, cwd: ROOT }).status === 0;
    if (!canRead(cli) || !canRead(a)) ctx.skip(`the CLI or ${a} cannot be read by ${who}: permission denied not tested`);
    if (canRead(b)) ctx.skip(`${b} (mode 000) is still readable by ${who}: permission denied not tested`);
    const r = await runCli(cli, [a, b], user);
    expect(r.stderr).toBe(`quote-attribution: cannot read ${b}: permission denied\n`);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { speaker: { name: string } }).speaker.name)).toEqual(['Assad']);
  });

  it('a path through a file (not a folder) is named; the rest is complete', async () => {
    const r = await runCli(cli, [`seeds/${seeds[0]}/x.txt`, `seeds/${seeds[0]}`]);
    expect(r.stderr).toBe(`quote-attribution: cannot read seeds/${seeds[0]}/x.txt: a part of the path is not a directory\n`);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual(expectedLines(`seeds/${seeds[0]}`, seedText(seeds[0]!)));
  });

  it('a malformed JSONL line is reported with its line number and skipped; the rest is complete', async () => {
    const dir = tempDir('badjsonl');
    const a = { id: 'a', text: seedText(seeds[0]!) };
    const b = { id: 'b', text: seedText(seeds[1]!) };
    const c = { id: 'c', text: seedText(seeds[2]!) };
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, [JSON.stringify(a), '{"id": "broken", "text": "unterminated', JSON.stringify(b), '[1, 2]', '{"id": "x", "text": 5}', '', JSON.stringify(c)].join('\n'));
    const want = [a, b, c].flatMap((d) => expectedLines(d.id, d.text));
    for (const jobs of ['1', '2']) {
      const r = await runCli(cli, [file, '--jobs', jobs]);
      expect(r.code).toBe(1);
      const errs = r.stderr.trimEnd().split('\n');
      expect(errs).toHaveLength(3);
      expect(errs[0]).toMatch(new RegExp(`^quote-attribution: ${file}:2: not valid JSON \\(.+\\); line skipped$`));
      expect(errs[1]).toBe(`quote-attribution: ${file}:4: expected a JSON object {"id": …, "text": …}; line skipped`);
      expect(errs[2]).toBe(`quote-attribution: ${file}:5: "text" is not a string (number); line skipped`);
      expect(lines(r.stdout)).toEqual(want);
    }
  });

  it('a malformed line on standard input names "standard input" and its line', async () => {
    const r = await runCli(cli, ['-f', 'json'], { input: `${JSON.stringify({ id: 1, text: '“Yes,” Kim said.' })}\n{oops\n${JSON.stringify({ id: 2, text: '“No,” Lee said.' })}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^quote-attribution: standard input:2: not valid JSON \(.+\); line skipped\n$/);
    expect((JSON.parse(r.stdout) as { id: number }[]).map((d) => d.id)).toEqual([1, 2]);
  });

  it('output that cannot be written is an error (exit 1)', async () => {
    const r = await runCli(cli, ['seeds', '--out', '/nonexistent-dir/out.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('quote-attribution: cannot write /nonexistent-dir/out.jsonl: no such file or directory\n');
  });

  it('a reader that stops early (| head) ends the run quietly with nothing on stderr', async () => {
    const dir = tempDir('epipe');
    writeFileSync(join(dir, 'c.jsonl'), corpus(Array.from({ length: 400 }, (_, i) => ({ id: i, text: seedText(seeds[i % seeds.length]!) }))));
    const res = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, join(dir, 'c.jsonl'), '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr: err }));
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });
});

describe('html output', () => {
  it('one document: one standalone page, no external resource', async () => {
    const r = await runCli(cli, [`seeds/${seeds[0]}`, '--format', 'html']);
    expect(r.code).toBe(0);
    const page = r.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<link[^>]+stylesheet|<script[^>]+src=|<img[^>]+src="http|@import|url\(http/i);
    expect(page).not.toMatch(/(src|href)="https?:/);
    const n = lib.extractQuotes(seedText(seeds[0]!)).length;
    expect(new Set([...page.matchAll(/<mark class="qa-q[^"]*" data-q="(\d+)"/g)].map((m) => m[1])).size).toBe(n);
    expect(page).toContain('name="viewport"');
  });

  it('reported speech is underlined at the offsets of analyze(), in its speaker\'s colour class', async () => {
    const text = REPORTED_TEXTS[0]!;
    const r = await runCli(cli, ['-', '--format', 'html'], { input: text });
    expect(r.code).toBe(0);
    const analysis = lib.analyze(text);
    const spans = [...r.stdout.matchAll(/<span class="qa-r qa-c(\d+) qa-(indirect|mixed)" data-a="(\d+)"[^>]*data-entity="(-?\d+)"[^>]*>/g)];
    const reported = analysis.attributions.map((a, i) => [a, i] as const).filter(([a]) => a.form !== 'direct');
    expect(spans.map((m) => Number(m[3]))).toEqual(reported.map(([, i]) => i));
    for (const m of spans) {
      const a = analysis.attributions[Number(m[3])]!;
      expect(m[2]).toBe(a.form);
      expect(Number(m[4])).toBe(a.speaker!.entity);
      // The same colour as the speaker's quotations and panel row.
      expect(r.stdout).toContain(`<li class="qa-c${m[1]}"><button type="button" class="qa-speaker" data-entity="${a.speaker!.entity}"`);
    }
    expect(r.stdout).toContain('>the steel had arrived late</span>');
  });

  it('several documents with --out DIR: index.html and one page per document', async () => {
    const dir = join(tempDir('report'), 'out');
    const r = await runCli(cli, ['seeds', '--format', 'html', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^quote-attribution: wrote 5 pages and .*index\.html\n$/);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['index.html', ...seeds.map((f) => `seeds_${f.replace(/\.txt$/, '')}.html`)].sort());
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const f of seeds) expect(index).toContain(`href="seeds_${f.replace(/\.txt$/, '')}.html"`);
    const page = readFileSync(join(dir, `seeds_${seeds[0]!.replace(/\.txt$/, '')}.html`), 'utf8');
    expect(page).toContain('href="index.html"');
  });

  it('several documents to stdout: one page with an index and a section each', async () => {
    const r = await runCli(cli, ['seeds', '-f', 'html']);
    expect(r.code).toBe(0);
    for (let i = 0; i < seeds.length; i++) {
      expect(r.stdout).toContain(`href="#d${i}"`);
      expect(r.stdout).toContain(`<section class="qa-doc" id="d${i}"`);
    }
  });
});

describe('eval', () => {
  const texts = [
    '“We will win,” Assad said. Later, “It is over,” he added.',
    'Officials met on Monday.\n\n“No deal,” said Lee, the minister.',
  ];
  const gold = [
    {
      id: 'one',
      text: texts[0]!,
      quotes: [
        { start: 0, end: 14, speaker: 'Assad', speakerStart: 15, speakerEnd: 20 },
        { start: 34, end: 47, speaker: 'Assad', speakerStart: 48, speakerEnd: 50 },
      ],
    },
    {
      id: 'two',
      text: texts[1]!,
      quotes: [{ start: 26, end: 36, speaker: 'Lee', speakerStart: 42, speakerEnd: 45 }],
    },
  ];

  it('scores detection, attribution and end-to-end, and precision per rule', async () => {
    expect(texts[0]!.slice(0, 14)).toBe('“We will win,”');
    expect(texts[0]!.slice(34, 47)).toBe('“It is over,”');
    expect(texts[1]!.slice(26, 36)).toBe('“No deal,”');
    expect(texts[1]!.slice(42, 45)).toBe('Lee');
    expect(texts[0]!.slice(48, 50)).toBe('he');
    const dir = tempDir('eval');
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, corpus(gold as never));
    const r = await runCli(cli, ['eval', '--gold', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as {
      documents: number; goldSegments: number; predictedSegments: number;
      detection: { p: number; r: number; f1: number }; endToEnd: { p: number; r: number };
      byRule: Record<string, { predicted: number; right: number; precision: number }>;
    };
    const predicted = texts.flatMap((t) => lib.extractQuotes(t));
    expect(rep.documents).toBe(2);
    expect(rep.goldSegments).toBe(3);
    expect(rep.predictedSegments).toBe(predicted.length);
    const rules = Object.values(rep.byRule);
    expect(rules.reduce((n, v) => n + v.predicted, 0)).toBe(predicted.length);
    for (const v of rules) expect(v.precision).toBeCloseTo(v.right / v.predicted, 10);
    expect(rep.detection.r).toBeGreaterThan(0.6);
    const table = await runCli(cli, ['eval', '--gold', file]);
    expect(table.stdout).toMatch(/detection\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
    expect(table.stdout).toMatch(/end-to-end\s+[\d.]+/);
    expect(table.stdout).toContain('rule');
  });

  it('a malformed gold line is reported with its number and skipped; the others are scored; exit 1', async () => {
    const dir = tempDir('evalbad');
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, [JSON.stringify(gold[0]), 'not json', JSON.stringify({ id: 'x', text: 'a', quotes: [{ start: 0, end: 9 }] }), JSON.stringify(gold[1])].join('\n'));
    const r = await runCli(cli, ['eval', '--gold', file, '--json']);
    expect(r.code).toBe(1);
    const errs = r.stderr.trimEnd().split('\n');
    expect(errs[0]).toMatch(new RegExp(`^quote-attribution: ${file}:2: not valid JSON`));
    expect(errs[1]).toBe(`quote-attribution: ${file}:3: quotes[0] needs integer "start" < "end" within the text (0..1); line skipped`);
    const rep = JSON.parse(r.stdout) as { documents: number; goldSegments: number };
    expect(rep).toMatchObject({ documents: 2, goldSegments: 3 });
  });

  it('a missing gold file: named, exit 1', async () => {
    const r = await runCli(cli, ['eval', '--gold', 'nope.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('quote-attribution: cannot read nope.jsonl: no such file or directory\n');
  });
});
