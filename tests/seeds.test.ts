/**
 * The five seed articles as golden fixtures.
 *
 * (a) extractQuotes on each seed must equal seeds/<name>.expected.json, the reviewed output. When
 *     an intended change alters it, regenerate with `npm run build && node scripts/expected.mjs`
 *     and review the diff before committing.
 * (b) A small scorer, self-contained here, measures end-to-end F1 against the hand-made answer
 *     key seeds/<name>.gold.json (see seeds/README.md in ../shared for its format).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../src/index.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, ''));
const read = (name: string, ext: string): string => readFileSync(join(dir, name + ext), 'utf8');

/** The projection stored in the expected files; kept in step with scripts/expected.mjs. */
function project(text: string, q: Quote): Record<string, unknown> {
  return {
    start: q.start,
    end: q.end,
    quote: text.slice(q.start, q.end),
    type: q.type,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention.text ?? null,
    cue: q.cue?.text ?? null,
    rule: q.rule,
  };
}

describe('seeds: output equals the reviewed seeds/*.expected.json', () => {
  it('has five seeds, each with its answer key and expected output', () => {
    expect(seeds).toHaveLength(5);
    for (const s of seeds) {
      expect(() => read(s, '.gold.json')).not.toThrow();
      expect(() => read(s, '.expected.json')).not.toThrow();
    }
  });
  for (const s of seeds) {
    it(s, () => {
      const text = read(s, '.txt');
      const expected: unknown = JSON.parse(read(s, '.expected.json'));
      expect(extractQuotes(text).map((q) => project(text, q))).toEqual(expected);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The scorer. A quotation is cut into segments at line breaks (so a quotation over several
// paragraphs counts once per paragraph), each trimmed of spaces and marks, keeping those with a
// letter or digit. A predicted and a gold segment match when their overlap covers at least half of
// each (one-to-one, greedily by overlap). A match is right when the predicted speaker name equals
// the gold entity's name or one of its aliases (or those of an accepted alternative),
// case-insensitively and ignoring a leading "the". Gold quotations marked optional are neither
// required nor penalised.

interface GoldEntity { readonly id: string; readonly name: string; readonly aliases?: readonly string[] }
interface GoldQuote { readonly start: number; readonly end: number; readonly speaker: string | null; readonly alternatives?: readonly string[]; readonly optional?: boolean }
interface Gold { readonly entities: readonly GoldEntity[]; readonly quotes: readonly GoldQuote[] }
interface Segment { readonly start: number; readonly end: number }

const EDGE = /[\s"'“”‘’«»„‟‹›‚‛]/u;
const ALNUM = /[\p{L}\p{N}]/u;

function segments(text: string, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '\n' && text[i] !== '\r') continue;
    let a = s;
    let b = i;
    while (a < b && EDGE.test(text[a]!)) a++;
    while (b > a && EDGE.test(text[b - 1]!)) b--;
    if (ALNUM.test(text.slice(a, b))) out.push({ start: a, end: b });
    s = i + 1;
  }
  return out;
}

const norm = (name: string): string => name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');

interface Counts { gold: number; predicted: number; right: number }

function score(text: string, gold: Gold, predicted: readonly Quote[]): Counts {
  const byId = new Map(gold.entities.map((e) => [e.id, e]));
  const goldSegs = gold.quotes.flatMap((q) => {
    const names = [q.speaker, ...(q.alternatives ?? [])]
      .map((id) => (id === null ? undefined : byId.get(id)))
      .flatMap((e) => (e === undefined ? [] : [e.name, ...(e.aliases ?? [])]))
      .map(norm);
    return segments(text, q.start, q.end).map((s) => ({ ...s, names: new Set(names), optional: q.optional === true }));
  });
  const predSegs = predicted.flatMap((q) => segments(text, q.start, q.end).map((s) => ({ ...s, speaker: q.speaker?.name ?? null })));
  const pairs: [number, number, number][] = [];
  goldSegs.forEach((g, gi) => predSegs.forEach((p, pi) => {
    const o = Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
    if (o > 0 && 2 * o >= g.end - g.start && 2 * o >= p.end - p.start) pairs.push([o, gi, pi]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) if (!gUsed.has(gi) && !pUsed.has(pi)) { gUsed.set(gi, pi); pUsed.add(pi); }
  const c: Counts = { gold: 0, predicted: predSegs.length, right: 0 };
  goldSegs.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    if (g.optional) {
      if (pi !== undefined) c.predicted--; // a found optional quotation is not counted either way
      return;
    }
    c.gold++;
    const sp = pi === undefined ? undefined : predSegs[pi]!.speaker;
    if (typeof sp === 'string' && g.names.has(norm(sp))) c.right++;
  });
  return c;
}

describe('seeds: end-to-end score against the answer key', () => {
  it('the scorer counts a perfect prediction as F1 1 and an empty one as 0', () => {
    const text = '“We will win,” Assad said.\n\n“Aleppo is free.\n\n“It is history,” he said.';
    const a = text.indexOf('“Aleppo');
    const b = text.indexOf('”', a) + 1;
    const gold: Gold = {
      entities: [{ id: 'a', name: 'Bashar al-Assad', aliases: ['Assad'] }],
      quotes: [{ start: 0, end: 14, speaker: 'a' }, { start: a, end: b, speaker: 'a' }],
    };
    const q = (start: number, end: number, name: string | null): Quote =>
      ({ start, end, speaker: name === null ? null : { name } }) as unknown as Quote;
    expect(score(text, gold, [q(0, 14, 'assad'), q(a, b, 'The Bashar al-Assad')])).toEqual({ gold: 3, predicted: 3, right: 3 });
    // The multi-paragraph quotation given as two pieces still matches segment by segment.
    const mid = text.indexOf('\n', a);
    expect(score(text, gold, [q(0, 14, 'Assad'), q(a, mid, 'Assad'), q(mid + 2, b, 'Assad')])).toEqual({ gold: 3, predicted: 3, right: 3 });
    // A wrong name, a piece too small to match, an unattributed quotation.
    expect(score(text, gold, [q(0, 14, 'Obama'), q(a + 1, a + 4, 'Assad'), q(mid + 2, b, null)])).toEqual({ gold: 3, predicted: 3, right: 0 });
    // An optional gold quotation: found or not, it does not count.
    const opt: Gold = { ...gold, quotes: [gold.quotes[0]!, { ...gold.quotes[1]!, optional: true }] };
    expect(score(text, opt, [q(0, 14, 'Assad'), q(a, b, 'Assad')])).toEqual({ gold: 1, predicted: 1, right: 1 });
    expect(score(text, gold, [])).toEqual({ gold: 3, predicted: 0, right: 0 });
  });

  // The answer key is met in full: every gold segment found and rightly attributed, nothing else
  // predicted (P = R = F1 = 1.000, as on ../shared/eval/score.mjs). The project's target is 0.95,
  // but a bound below what the seeds reach would let a regenerated seeds/*.expected.json take in
  // a few wrong segments unnoticed; when the library changes for the worse on a seed, this fails
  // and names the seed.
  it('meets every seed’s answer key exactly (end-to-end F1 1.000)', () => {
    const total: Counts = { gold: 0, predicted: 0, right: 0 };
    const perSeed: Record<string, Counts> = {};
    for (const s of seeds) {
      const text = read(s, '.txt');
      const c = score(text, JSON.parse(read(s, '.gold.json')) as Gold, extractQuotes(text));
      perSeed[s] = c;
      total.gold += c.gold;
      total.predicted += c.predicted;
      total.right += c.right;
    }
    const p = total.predicted === 0 ? 0 : total.right / total.predicted;
    const r = total.gold === 0 ? 0 : total.right / total.gold;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(`seeds end-to-end: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${total.right} right, ${total.predicted} predicted, ${total.gold} gold segments)`);
    for (const s of seeds) expect(perSeed[s]!.gold, `${s}: the answer key has no segment`).toBeGreaterThan(0);
    const perfect = Object.fromEntries(seeds.map((s) => [s, { gold: perSeed[s]!.gold, predicted: perSeed[s]!.gold, right: perSeed[s]!.gold }]));
    expect(perSeed).toEqual(perfect);
    expect(f1).toBe(1);
  });
});
