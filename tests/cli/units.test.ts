/** The CLI's and the report's pure parts, tested in-process. */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Attribution, type Quote, type Speaker } from '../../src/index.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { CSV_ATTRIBUTION_COLUMNS, CSV_COLUMNS, csvAttributions, csvField, header, jsonDocument, jsonlAttributions, jsonlDocument, prettyDocument } from '../../src/cli/formats.js';
import { htmlToText } from '../../src/cli/html.js';
import { readLines } from '../../src/cli/lines.js';
import { defaultJobs, SMALL_INPUT_BYTES, type Input } from '../../src/cli/run.js';
import { progressLine } from '../../src/cli/progress.js';
import { makeHandler, type WorkSettings } from '../../src/cli/work.js';
import { headName, normalizeName, scoreDocument, segments, speakerMatches } from '../../src/cli/score.js';
import { documentPage, indexPage, summarize } from '../../src/report/page.js';
import { escapeHtml, formatCount, renderArticle, renderSpeakers, styledSpeakers } from '../../src/report/render.js';
import { countWords, documentStatistics, NO_SPEAKER, speakerStatistics, totalQuotations, totalReported } from '../../src/report/statistics.js';

/**
 * A hand-made analysis of an invented text, so that the formats and the report are tested on
 * attributions whatever the report rules find: Ana Lee reports with a quoted fragment (mixed),
 * then in her own words and then split around her cue (direct); Tom Kim is reported
 * indirectly; the city (entity -1: a speaker without an entity) too.
 */
const HAND_TEXT = 'Ana Lee said the plan was “dead” and warned that prices would rise.\n\n“The money,” Lee said, “is gone.” Tom Kim said talks had failed, the city said.';
function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}
function handAnalysis(): Analysis {
  const t = HAND_TEXT;
  const at = (word: string, from = 0): number => {
    const i = t.indexOf(word, from);
    if (i < 0) throw new Error(word);
    return i;
  };
  const lee = (start: number, end: number): Speaker => ({ name: 'Ana Lee', kind: 'person', mention: span(t, start, end), entity: 0, title: null });
  const kim: Speaker = { name: 'Tom Kim', kind: 'person', mention: span(t, at('Tom Kim'), at('Tom Kim') + 7), entity: 1, title: null };
  const city: Speaker = { name: 'city', kind: 'organization', mention: span(t, at('the city'), at('the city') + 8), entity: -1, title: null };
  const said = (from: number) => ({ ...span(t, at('said', from), at('said', from) + 4), kind: 'verb' as const, lemma: 'say' });
  const dead = at('“dead”');
  const money = at('“The money,”');
  const gone = at('“is gone.”');
  const quotes: Quote[] = [
    { start: dead, end: dead + 6, text: 'dead', type: 'partial', speaker: lee(0, 7), cue: said(0), rule: 'leading-cue', confidence: 0.85, closed: true },
    { start: money, end: money + 12, text: 'The money,', type: 'direct', speaker: lee(at('Lee said'), at('Lee said') + 3), cue: said(money), rule: 'trailing-cue', confidence: 0.95, closed: true },
    { start: gone, end: gone + 10, text: 'is gone.', type: 'direct', speaker: lee(at('Lee said'), at('Lee said') + 3), cue: said(money), rule: 'trailing-cue', confidence: 0.95, closed: true },
  ];
  const attributions: Attribution[] = [
    { form: 'mixed', content: span(t, at('the plan'), dead + 6), speaker: lee(0, 7), cue: said(0), quotes: [0], rule: 'reported-clause', confidence: 0.8 },
    { form: 'indirect', content: span(t, at('prices'), at('rise') + 4), speaker: lee(0, 7), cue: { ...span(t, at('warned'), at('warned') + 6), kind: 'verb', lemma: 'warn' }, quotes: [], rule: 'reported-clause', confidence: 0.8 },
    { form: 'direct', content: [span(t, money + 1, money + 11), span(t, gone + 1, gone + 9)], speaker: lee(at('Lee said'), at('Lee said') + 3), cue: said(money), quotes: [1, 2], rule: 'trailing-cue', confidence: 0.95 },
    { form: 'indirect', content: span(t, at('talks'), at('failed') + 6), speaker: kim, cue: said(at('Tom Kim')), quotes: [], rule: 'reported-clause', confidence: 0.8 },
    { form: 'indirect', content: span(t, at('Tom Kim'), at('failed') + 6), speaker: city, cue: said(at('the city')), quotes: [], rule: 'fronted-content', confidence: 0.5 },
  ];
  const entities = [
    { id: 0, name: 'Ana Lee', kind: 'person' as const, title: null, mentions: [span(t, 0, 7)] },
    { id: 1, name: 'Tom Kim', kind: 'person' as const, title: null, mentions: [kim.mention] },
  ];
  return { quotes, attributions, entities };
}

describe('parseArgs', () => {
  it('reads inputs, options with separate or inline values, and "-"', () => {
    expect(parseArgs(['a.txt', '-', '--format=csv', '-j', '3', '--cue-verbs', 'quipped, mused', '--', '--odd-name'])).toMatchObject({
      command: 'run', inputs: ['a.txt', '-', '--odd-name'], format: 'csv', jobs: 3, extract: { cueVerbs: ['quipped', 'mused'] },
    });
    expect(parseArgs([])).toMatchObject({ command: 'run', inputs: [], format: null, jobs: null, color: null, progress: true });
    expect(parseArgs(['eval', '--gold', 'g.jsonl', '--json'])).toMatchObject({ command: 'eval', gold: 'g.jsonl', json: true });
  });

  it('--attributions is a flag of the main command, off by default', () => {
    expect(parseArgs(['a.txt', '-f', 'csv', '--attributions'])).toMatchObject({ command: 'run', format: 'csv', attributions: true });
    expect(parseArgs(['a.txt'])).toMatchObject({ attributions: false });
  });

  it('rejects unknown flags and bad values', () => {
    for (const bad of [['--nope'], ['-f', 'xml'], ['--jobs', '1.5'], ['--jobs'], ['--color=yes'], ['eval', 'x.jsonl', '--gold', 'g'], ['--attributions=yes'], ['eval', '--gold', 'g', '--attributions']]) {
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
    expect(out).toContain('d  1 quotation, 0 reported, 1 speaker');
    expect(out.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(out).toMatch(/— Assad said as “a smiling Assad”\s+line 1 · trailing-cue 0\.95/);
  });
});

describe('formats of attributions', () => {
  const analysis = handAnalysis();
  const doc = { id: 'hand', title: null, text: HAND_TEXT, analysis };

  it('json has the attributions of the analysis between the quotations and the entities', () => {
    const parsed = JSON.parse(jsonDocument(doc)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['id', 'text', 'quotes', 'attributions', 'entities']);
    expect(parsed.attributions).toEqual(JSON.parse(JSON.stringify(analysis.attributions)));
  });

  it('jsonl with --attributions: one line per attribution, the id first', () => {
    const out = jsonlAttributions(doc);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(analysis.attributions.length);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(analysis.attributions.map((a) => JSON.parse(JSON.stringify({ id: 'hand', ...a })) as unknown));
    expect(lines[0]!.startsWith('{"id":"hand","form":"mixed",')).toBe(true);
  });

  it('csv with --attributions: its own header, a row per attribution, split contents joined by " … "', () => {
    expect(header('csv', true)).toBe(`${CSV_ATTRIBUTION_COLUMNS.join(',')}\r\n`);
    expect(header('csv')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_ATTRIBUTION_COLUMNS).toEqual(['id', 'form', 'content_start', 'content_end', 'speaker', 'speaker_kind', 'mention', 'cue', 'rule', 'confidence', 'quotes', 'content']);
    const rows = csvAttributions(doc).split('\r\n');
    expect(rows.pop()).toBe('');
    const t = HAND_TEXT;
    const money = t.indexOf('“The money,”');
    const gone = t.indexOf('“is gone.”');
    expect(rows).toEqual([
      `hand,mixed,${t.indexOf('the plan')},${t.indexOf('“dead”') + 6},Ana Lee,person,Ana Lee,said,reported-clause,0.8,0,the plan was “dead”`,
      `hand,indirect,${t.indexOf('prices')},${t.indexOf('rise') + 4},Ana Lee,person,Ana Lee,warned,reported-clause,0.8,,prices would rise`,
      `hand,direct,${money + 1},${gone + 9},Ana Lee,person,Lee,said,trailing-cue,0.95,1 2,"The money, … is gone."`,
      `hand,indirect,${t.indexOf('talks')},${t.indexOf('failed') + 6},Tom Kim,person,Tom Kim,said,reported-clause,0.8,,talks had failed`,
      `hand,indirect,${t.indexOf('Tom Kim')},${t.indexOf('failed') + 6},city,organization,the city,said,fronted-content,0.5,,Tom Kim said talks had failed`,
    ]);
  });

  it('pretty lists the indirect and mixed speech after the quotations: speaker — content (form, cue, rule)', () => {
    const out = prettyDocument(doc, { color: false, width: 80 });
    expect(out.startsWith('hand  3 quotations, 4 reported, 3 speakers\n')).toBe(true);
    const section = out.slice(out.indexOf('  Reported speech\n'), out.indexOf('  Speakers\n'));
    expect(out.indexOf('  Reported speech\n')).toBeGreaterThan(out.indexOf('— Ana Lee said'));
    expect(section.split('\n').slice(1, -2)).toEqual([
      '    Ana Lee — the plan was “dead”  (mixed, said, reported-clause 0.80)',
      '    Ana Lee — prices would rise  (indirect, warned, reported-clause 0.80)',
      '    Tom Kim — talks had failed  (indirect, said, reported-clause 0.80)',
      '    city — Tom Kim said talks had failed  (indirect, said, fronted-content 0.50)',
    ]);
    expect(section).not.toContain('The money');
    // Each speaker's reported speech is counted; the city, without an entity, is a speaker of its own.
    expect(out).toMatch(/Ana Lee\s+3 quotations\s+5 words\s+2 reported/);
    expect(out).toMatch(/Tom Kim\s+0 quotations\s+0 words\s+1 reported/);
    expect(out).toMatch(/city\s+0 quotations\s+0 words\s+1 reported\s+organization/);
    expect(out).not.toContain('No speaker');
    // In colour, the reported speaker has the colour of their row in the summary.
    const coloured = prettyDocument(doc, { color: true, width: 80 });
    const colourOf = (name: string): string | undefined => new RegExp(`\x1b\\[1m(\x1b\\[\\d+m)${name}\x1b\\[0m — `).exec(coloured)?.[1];
    const kim = colourOf('Tom Kim');
    expect(kim).toBeDefined();
    expect(colourOf('Ana Lee')).not.toBe(kim);
    expect(coloured).toContain(`\x1b[1m${kim}Tom Kim\x1b[0m    0 quotations`);
  });

  it('pretty has no reported speech section without indirect or mixed speech', () => {
    const direct = { ...analysis, attributions: analysis.attributions.filter((a) => a.form === 'direct') };
    const out = prettyDocument({ ...doc, analysis: direct }, { color: false, width: 80 });
    expect(out).toContain('hand  3 quotations, 0 reported, 1 speaker\n');
    expect(out).not.toContain('Reported speech');
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

describe('render: reported speech', () => {
  const analysis = handAnalysis();
  const html = renderArticle({ text: HAND_TEXT, analysis });
  /** The text inside each element with this opening tag pattern, by a small parser of the article's markup. */
  function texts(markup: string, open: RegExp): Map<string, string> {
    const found = new Map<string, string>();
    const stack: { key: string | null; label?: boolean }[] = [];
    for (const token of markup.match(/<[^>]+>|[^<]+/g) ?? []) {
      if (token.startsWith('</')) { stack.pop(); continue; }
      if (token.startsWith('<')) {
        if (/^<(br|p|article|div)\b/.test(token)) continue;
        if (token.includes('qa-who')) { stack.push({ key: null, label: true }); continue; } // the speaker's label is no text of the article
        const m = open.exec(token);
        stack.push({ key: m ? m[1]! : null });
        continue;
      }
      const text = token.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
      if (stack.some((open) => open.label)) continue;
      for (const { key } of stack) if (key !== null) found.set(key, (found.get(key) ?? '') + text);
    }
    return found;
  }
  const article = html.slice(0, html.indexOf('<div class="qa-descs"'));

  it('underlines indirect and mixed speech at its offsets, in its speaker\'s colour; direct speech stays a quotation', () => {
    const reported = texts(article, /^<span class="qa-r[^"]*" data-a="(\d+)"/);
    const want = new Map(analysis.attributions.flatMap((a, i) => (a.form === 'direct' ? [] : [[String(i), HAND_TEXT.slice((a.content as { start: number }).start, (a.content as { end: number }).end)]])));
    expect(reported).toEqual(want);
    expect(article).toContain('<span class="qa-r qa-c0 qa-mixed" data-a="0" data-form="mixed" data-entity="0" data-speaker="Ana Lee" aria-describedby="d0-a0-d" tabindex="0">the plan was <mark class="qa-q qa-c0" data-q="0"');
    expect(article).toContain('<span class="qa-r qa-c0 qa-indirect" data-a="1"');
    expect(article).toMatch(/<span class="qa-r qa-c1 qa-indirect" data-a="3" [^>]*data-entity="1" data-speaker="Tom Kim"/);
    expect(article).not.toContain('data-a="2"');
    // The quotations are still highlighted, each once, with their label after the last piece.
    const quoted = texts(article, /^<mark class="qa-q[^"]*" data-q="(\d+)"/);
    expect(quoted).toEqual(new Map(analysis.quotes.map((q, i) => [String(i), HAND_TEXT.slice(q.start, q.end)])));
    expect(article.match(/class="qa-who/g)).toHaveLength(3);
  });

  it('crossing contents are closed and opened again: the markup stays well formed, and only the first piece is focusable', () => {
    // Kim's content lies inside the city's; add one that crosses both ends of Kim's mention.
    const t = HAND_TEXT;
    const crossing: Attribution = { ...analysis.attributions[3]!, content: { start: t.indexOf('Kim said'), end: t.indexOf('talks') + 5, text: t.slice(t.indexOf('Kim said'), t.indexOf('talks') + 5) } };
    const markup = renderArticle({ text: t, analysis: { ...analysis, attributions: [...analysis.attributions, crossing] } });
    const stack: string[] = [];
    for (const [, close, name] of markup.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
      if (name === 'br') continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    const pieces = [...markup.matchAll(/<span class="qa-r[^"]*" data-a="5"[^>]*>/g)].map((m) => m[0]);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.filter((p) => p.includes('tabindex="0"'))).toHaveLength(1);
    expect(texts(markup, /^<span class="qa-r[^"]*" data-a="(\d+)"/).get('5')).toBe(crossing.content && (crossing.content as { text: string }).text);
  });

  it('describes reported speech for tooltips and screen readers: form, speaker, cue, rule, confidence', () => {
    const description = /<div id="d0-a0-d">(.*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(description.replace(/<[^>]+>/g, '')).toBe('Reported speech: mixed (in the reporter’s words, with 1 quoted fragment); Speaker: Ana Lee (person); Named as: “Ana Lee”; Cue: said (verb); Rule: reported-clause; Confidence: 0.80');
    expect(html).toContain('<div id="d0-a4-d">');
    expect(html).not.toContain('<div id="d0-a2-d">');
  });

  it('the panel counts quotations and reported speech per speaker; a speaker without an entity has a row of its own', () => {
    const speakers = speakerStatistics(analysis);
    expect(speakers.map((x) => [x.name, x.quotations, x.reported])).toEqual([['Ana Lee', 3, 2], ['Tom Kim', 0, 1], ['city', 0, 1]]);
    expect(speakers[2]!.entity).toBeLessThan(NO_SPEAKER);
    expect(documentStatistics(analysis)).toMatchObject({ quotations: 3, reported: 4, namedSpeakers: 3 });
    const panel = renderSpeakers({ text: HAND_TEXT, analysis });
    expect(panel).toContain('<p class="qa-summary">3 quotations · 4 reported · 3 speakers</p>');
    const rows = panel.split('<li ').slice(1).map((row) => [...row.matchAll(/<span class="qa-bar-label">([^<]*)<\/span>/g)].map((m) => m[1]));
    expect(rows).toEqual([['3 quotations', '5 words', '2 reported'], ['0 quotations', '0 words', '1 reported'], ['0 quotations', '0 words', '1 reported']]);
    // The city's marks and its button share its key, so the button's focus view finds them.
    expect(panel).toContain(`data-entity="${speakers[2]!.entity}"`);
    expect(html).toContain(`data-entity="${speakers[2]!.entity}" data-speaker="city"`);
  });

  it('the page explains the dotted underline, rule and confidence; the index counts reported speech', () => {
    const page = documentPage({ id: 'hand.txt', text: HAND_TEXT, analysis });
    expect(page).toContain('3 quotations, 4 reported.');
    expect(page).toContain('dotted underline');
    expect(page).toMatch(/The <em>rule<\/em> is [^.]+; the <em>confidence<\/em>, from 0 to 1, is /);
    const summary = summarize('hand.txt', null, 'hand.html', analysis);
    expect(summary).toMatchObject({ quotations: 3, reported: 4 });
    expect(totalReported([summary, summary])).toBe(8);
    const index = indexPage([summary]);
    expect(index).toContain('<th scope="col" class="qa-num">Reported</th>');
    expect(index).toContain('<td class="qa-num">3</td><td class="qa-num">4</td><td class="qa-num">3</td>');
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
    expect(summary).toEqual({ id: 'a.txt', title: null, href: '#d0', quotations: 3, reported: 0, namedSpeakers: 2, mostQuoted: [{ name: 'Assad', quotations: 2 }, { name: 'Lee', quotations: 1 }] });
    expect(totalQuotations([summary, summary])).toBe(6);
    expect(documentStatistics(analyze('No quotation.'))).toEqual({ quotations: 0, reported: 0, namedSpeakers: 0, speakers: [] });
  });

  it('counts the reported speech the library finds, and lists a speaker who is only reported', () => {
    const analysis = analyze('Assad said the war was over. “We will win,” Assad said. Lee said that talks had failed.');
    expect(speakerStatistics(analysis).map((x) => [x.name, x.quotations, x.reported])).toEqual([['Assad', 1, 1], ['Lee', 0, 1]]);
    expect(documentStatistics(analysis)).toMatchObject({ quotations: 1, reported: 2, namedSpeakers: 2 });
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
