/** The CLI's and the report's pure parts, tested in-process. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { csvField, jsonlDocument, prettyDocument } from '../../src/cli/formats.js';
import { htmlToText } from '../../src/cli/html.js';
import { readLines } from '../../src/cli/lines.js';
import { defaultJobs, SMALL_INPUT_BYTES, type Input } from '../../src/cli/run.js';
import { progressLine } from '../../src/cli/progress.js';
import { makeHandler, type WorkSettings } from '../../src/cli/work.js';
import { headName, normalizeName, scoreDocument, segments, speakerMatches } from '../../src/cli/score.js';
import { summarize } from '../../src/report/page.js';
import { escapeHtml, formatCount, renderArticle, styledSpeakers } from '../../src/report/render.js';
import { countWords, documentStatistics, NO_SPEAKER, speakerStatistics, totalQuotations } from '../../src/report/statistics.js';

describe('parseArgs', () => {
  it('reads inputs, options with separate or inline values, and "-"', () => {
    expect(parseArgs(['a.txt', '-', '--format=csv', '-j', '3', '--cue-verbs', 'quipped, mused', '--', '--odd-name'])).toMatchObject({
      command: 'run', inputs: ['a.txt', '-', '--odd-name'], format: 'csv', jobs: 3, extract: { cueVerbs: ['quipped', 'mused'] },
    });
    expect(parseArgs([])).toMatchObject({ command: 'run', inputs: [], format: null, jobs: null, color: null, progress: true });
    expect(parseArgs(['eval', '--gold', 'g.jsonl', '--json'])).toMatchObject({ command: 'eval', gold: 'g.jsonl', json: true });
  });

  it('rejects unknown flags and bad values', () => {
    for (const bad of [['--nope'], ['-f', 'xml'], ['--jobs', '1.5'], ['--jobs'], ['--color=yes'], ['eval', 'x.jsonl', '--gold', 'g']]) {
      expect(() => parseArgs(bad)).toThrow(UsageError);
    }
  });
});

describe('formats', () => {
  it('csvField quotes only what needs quoting (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.95)).toBe('0.95');
  });

  it('jsonl puts the id first on each quotation line', () => {
    const text = '“We will win,” Assad said.';
    const out = jsonlDocument({ id: 'x', title: null, text, analysis: analyze(text) });
    expect(out.endsWith('\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({ id: 'x', ...analyze(text).quotes[0] });
  });

  it('pretty wraps quotations and names speaker, cue, mention and rule', () => {
    const text = '“We will win, whatever it takes, whatever the cost, and whatever they say about us,” a smiling Assad said.';
    const out = prettyDocument({ id: 'd', title: null, text, analysis: analyze(text) }, { color: false, width: 60 });
    expect(out).toContain('d  1 quotation, 1 speaker');
    expect(out.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(out).toMatch(/— Assad said as “a smiling Assad”\s+line 1 · trailing-cue 0\.95/);
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs one a line with blank lines between, drops scripts and navigation, keeps the title', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} has   some <b>bold</b>\n text and “a quote,” she said.</p>`).join('');
    const r = htmlToText(`<html><head><title>A story</title><script>x()</script></head><body><nav>Home · World</nav><article><h1>A story</h1>${body}</article></body></html>`);
    expect(r.title).toBe('A story');
    const paras = r.text.split('\n\n');
    expect(paras[0]).toBe('A story');
    expect(paras.slice(1)).toEqual(Array.from({ length: 6 }, (_, i) => `Paragraph ${i} has some bold text and “a quote,” she said.`));
    expect(r.text).not.toContain('x()');
    expect(r.text).not.toContain('Home');
  });

  it('reads a fragment without an article; <br> ends a paragraph', () => {
    expect(htmlToText('<p>“Yes,” Kim said.<br>“No,” Lee said.</p>').text).toBe('“Yes,” Kim said.\n\n“No,” Lee said.');
  });
});

describe('readLines', () => {
  it('numbers lines across chunks, with CRLF and a last line without newline', async () => {
    async function* chunks() { yield Buffer.from('a\r\nb'); yield Buffer.from('c\n\n'); yield Buffer.from([0xe2, 0x80]); yield Buffer.from([0x9c, 0x64]); }
    const got = [];
    for await (const l of readLines(chunks())) got.push(l);
    expect(got).toEqual([{ line: 'a', number: 1 }, { line: 'bc', number: 2 }, { line: '', number: 3 }, { line: '“d', number: 4 }]);
  });
});

describe('makeHandler (the work of one batch of corpus lines)', () => {
  const settings = (format: WorkSettings['format']): WorkSettings => ({ format, extract: {}, pretty: { color: false, width: 80 } });
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  const said = (who: string): string => JSON.stringify({ id: who, text: `“Ça va très bien,” ${who} said.` });

  it('reads CRLF and LF lines, a last line without a line end, and numbers lines for errors', async () => {
    const handle = makeHandler(settings('jsonl'));
    const r = await handle({ kind: 'lines', seq: 7, source: 'c.jsonl', firstLine: 10, bytes: bytes(`${said('Ames')}\r\n\n{oops\n${said('Bo')}`) });
    expect(r.seq).toBe(7);
    expect(r.count).toBe(2);
    expect(r.errors).toEqual([expect.stringMatching(/^quote-attribution: c\.jsonl:12: not valid JSON/)]);
    const lines = new TextDecoder().decode(r.out).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; speaker: { name: string } });
    expect(lines.map((l) => [l.id, l.speaker.name, l.text])).toEqual([['Ames', 'Ames', 'Ça va très bien,'], ['Bo', 'Bo', 'Ça va très bien,']]);
  });

  it('starts each item\'s output afresh, and puts ",\\n" between the documents of json', async () => {
    const handle = makeHandler(settings('json'));
    const first = new TextDecoder().decode((await handle({ kind: 'lines', seq: 0, source: 's', firstLine: 1, bytes: bytes(`${said('Ames')}\n${said('Bo')}\n`) })).out);
    const second = new TextDecoder().decode((await handle({ kind: 'lines', seq: 1, source: 's', firstLine: 3, bytes: bytes(`${said('Cy')}\n`) })).out);
    expect((JSON.parse(`[${first}]`) as { id: string }[]).map((d) => d.id)).toEqual(['Ames', 'Bo']);
    expect((JSON.parse(`[${second}]`) as { id: string }[]).map((d) => d.id)).toEqual(['Cy']);
  });

  it('grows its buffer for output larger than it', async () => {
    const handle = makeHandler(settings('jsonl'));
    const text = Array.from({ length: 3000 }, (_, i) => `“Line ${i} is here,” Ames said.`).join('\n\n');
    const r = await handle({ kind: 'doc', seq: 0, id: 'big', raw: text, as: 'text' });
    const out = new TextDecoder().decode(r.out);
    expect(out.length).toBeGreaterThan(256 * 1024);
    expect(out.trimEnd().split('\n')).toHaveLength(3000);
  });

  it('writes the output into the item\'s outBuffer when it fits, and into bytes of its own when not', async () => {
    const handle = makeHandler(settings('jsonl'));
    const item = { kind: 'lines', seq: 0, source: 's', firstLine: 1, bytes: bytes(`${said('Ames')}\n${said('Bo')}\n`) } as const;
    const alone = new TextDecoder().decode((await handle(item)).out);
    const shared = new Uint8Array(new SharedArrayBuffer(64 * 1024));
    const fits = await handle({ ...item, outBuffer: shared });
    expect(fits.out.buffer).toBe(shared.buffer);
    expect(new TextDecoder().decode(fits.out)).toBe(alone);
    const small = new Uint8Array(new SharedArrayBuffer(40));
    const over = await handle({ ...item, outBuffer: small });
    expect(over.out.buffer).not.toBe(small.buffer);
    expect(new TextDecoder().decode(over.out)).toBe(alone);
    // The next item that fits goes back to its outBuffer, and the bytes already taken stay as they were.
    const again = await handle({ ...item, bytes: bytes(`${said('Cy')}\n`), outBuffer: shared });
    expect(again.out.buffer).toBe(shared.buffer);
    expect(new TextDecoder().decode(over.out)).toBe(alone);
  });
});

describe('progressLine', () => {
  it('shows documents, rate and an ETA when the size is known', () => {
    expect(progressLine({ docs: 1200, bytes: 25, totalBytes: 100, seconds: 10, columns: 80 })).toMatch(/^\[█+░+\] {2}25% {2}1,200 docs {2}120 docs\/s {2}ETA 00:30$/);
    expect(progressLine({ docs: 5, bytes: 0, totalBytes: null, seconds: 2, columns: 80 })).toBe('5 docs  2.5 docs/s  00:02');
  });
});

describe('scoring (the reference scorer\'s matching)', () => {
  it('cuts segments at line breaks and trims marks', () => {
    const t = 'x “one two\n\n“three four” y';
    expect(segments(t, 2, 25).map((s) => t.slice(s.start, s.end))).toEqual(['one two', 'three four']);
  });

  it('compares names by normalised form and head name', () => {
    expect(normalizeName('The President’s')).toBe("president");
    expect(headName('Mr. Hof, the former adviser')).toBe('hof');
    expect(headName('Bashar al-Assad')).toBe('assad');
    const gold = [{ name: 'Bashar al-Assad', aliases: ['Bashar al-Assad'], span: { start: 0, end: 15 } }];
    expect(speakerMatches({ name: 'Assad', span: null }, gold)).toBe(true);
    expect(speakerMatches({ name: 'he', span: { start: 14, end: 16 } }, gold)).toBe(true);
    expect(speakerMatches({ name: 'Lee', span: { start: 20, end: 23 } }, gold)).toBe(false);
    expect(speakerMatches(null, [])).toBe(true);
  });

  it('matches at half overlap, one to one, and counts rules', () => {
    const text = '“We will win,” Assad said.';
    const pred = analyze(text).quotes;
    const c = scoreDocument('d', text, [{ start: 0, end: 14, speaker: 'Assad' }], pred);
    expect(c).toMatchObject({ gold: 1, predicted: 1, matched: 1, right: 1, exact: 1 });
    expect(c.byRule['trailing-cue']).toEqual({ predicted: 1, matched: 1, right: 1 });
    const wrong = scoreDocument('d', text, [{ start: 0, end: 14, speaker: 'Lee' }], pred);
    expect(wrong).toMatchObject({ matched: 1, right: 0 });
    const optional = scoreDocument('d', text, [{ start: 0, end: 14, speaker: 'Lee', optional: true }], pred);
    expect(optional).toMatchObject({ gold: 0, predicted: 0 });
  });
});

describe('render', () => {
  const text = 'Officials met.\n\n“We will win,” Assad said. “It is over,” he added.';
  const analysis = analyze(text);

  it('escapes HTML and counts words', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(countWords('It’s a well-known fact, 42 times.')).toBe(6);
  });

  it('gives each speaker a colour slot and a label', () => {
    const [speaker] = styledSpeakers(speakerStatistics(analysis));
    expect(speaker).toMatchObject({ name: 'Assad', label: 'Assad', colour: 0, quotations: analysis.quotes.length });
    expect(formatCount(1, 'quotation')).toBe('1 quotation');
    expect(formatCount(0, 'word')).toBe('0 words');
  });

  it('wraps each quotation in a mark with its speaker, and the mention in a span; text is escaped', () => {
    const html = renderArticle({ text: `${text}\n\n<script>`, analysis });
    expect(html).toContain('<mark class="qa-q qa-c0" data-q="0" data-entity="0" data-speaker="Assad" aria-describedby="d0-q0-d" tabindex="0">“We will win,”</mark>');
    expect(html).toContain('<span class="qa-mention qa-c0" data-speaker="Assad" title="Speaker: Assad">Assad</span>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('splits a quotation over paragraphs into one mark per paragraph, focusable once', () => {
    const t = 'Assad spoke.\n\n“First part,\n\n“second part,” Assad said.';
    const a = analyze(t);
    const html = renderArticle({ text: t, analysis: a });
    const q = a.quotes.findIndex((x) => t.slice(x.start, x.end).includes('\n'));
    expect(q).toBeGreaterThanOrEqual(0);
    const pieces = [...html.matchAll(new RegExp(`<mark [^>]*data-q="${q}"[^>]*>`, 'g'))].map((m) => m[0]);
    expect(pieces).toHaveLength(2);
    expect(pieces.filter((p) => p.includes('tabindex="0"'))).toHaveLength(1);
  });
});

describe('statistics', () => {
  const text = '“We will win,” Assad said. “It is over,” he added.\n\n“Never,” Lee said.\n\nThe film “Blue Sky” opens today.';

  it('ranks speakers by quotations, then words, then first quotation; quotations without a speaker last', () => {
    const analysis = analyze(text, { includeUnattributed: true });
    const speakers = speakerStatistics(analysis);
    expect(speakers.map((speaker) => [speaker.name, speaker.quotations])).toEqual([['Assad', 2], ['Lee', 1], ['No speaker', 1]]);
    expect(speakers[0]).toMatchObject({ kind: 'person', detail: 'person', words: 6 });
    expect(speakers[2]).toMatchObject({ entity: NO_SPEAKER, kind: null, detail: 'no rule found a speaker', words: 2 });
    expect(documentStatistics(analysis)).toMatchObject({ quotations: 4, namedSpeakers: 2 });
  });

  it('summarises a document for the index and totals quotations', () => {
    const summary = summarize('a.txt', null, '#d0', analyze(text));
    expect(summary).toEqual({ id: 'a.txt', title: null, href: '#d0', quotations: 3, namedSpeakers: 2, mostQuoted: [{ name: 'Assad', quotations: 2 }, { name: 'Lee', quotations: 1 }] });
    expect(totalQuotations([summary, summary])).toBe(6);
    expect(documentStatistics(analyze('No quotation.'))).toEqual({ quotations: 0, namedSpeakers: 0, speakers: [] });
  });
});

describe('defaultJobs', () => {
  const file = (kind: Input['kind'], size: number): Input => ({ path: `x.${kind}`, size, kind });
  const big = SMALL_INPUT_BYTES * 10;
  it('works in the main thread for up to three plain files, whatever their size', () => {
    expect(defaultJobs([file('text', big), file('html', big), file('text', big)], 3 * big, 8)).toBe(1);
    expect(defaultJobs([file('text', big), file('text', big), file('text', big), file('text', big)], 4 * big, 8)).toBe(8);
  });
  it('works in the main thread when the input is known to be small', () => {
    expect(defaultJobs([file('jsonl', SMALL_INPUT_BYTES - 1)], SMALL_INPUT_BYTES - 1, 8)).toBe(1);
    expect(defaultJobs([file('jsonl', SMALL_INPUT_BYTES)], SMALL_INPUT_BYTES, 8)).toBe(8);
  });
  it('uses every core for standard input, whose size is unknown', () => {
    expect(defaultJobs(['-'], null, 4)).toBe(4);
    expect(defaultJobs([file('text', 10), '-'], null, 4)).toBe(4);
  });
});
