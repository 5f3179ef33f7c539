/**
 * Results: the public Quote objects of one window, from the rules' decisions, the speaker
 * phrases and the entity clusters.
 *
 * Result objects are written out as literals, never spread: V8 gives an object built by spreading
 * one of another shape a hidden class of its own, which would cost about 200 bytes a quotation.
 */
import type { Quote } from './api.js';
import type { CueHit } from './cues/cues.js';
import type { EntityCluster } from './entities/cluster.js';
import { longestTitle, type EntityTable } from './entities/table.js';
import type { MentionList } from './mentions/collect.js';
import type { Phrase } from './mentions/phrase.js';
import type { Settings } from './options.js';
import type { DocumentContext, QuoteContext, SpeakerPhrase } from './sieves/context.js';
import { spanIn, type Window } from './text/windows.js';
import type { Cue, CueKind, QuoteType, Speaker } from './types.js';

/**
 * How much an attribution to a speaker that is no entity, or to a pronoun that resolves to
 * nothing in the document, is trusted, as a factor of its rule's confidence.
 */
export const UNRESOLVED_SPEAKER_FACTOR = 0.7;

/**
 * The public speaker of a phrase of window `a` whose entity cluster is `cluster` (`undefined` when
 * it is none: the mention then names it), adding the cluster to `table` on its first use.
 */
export function speakerOf(a: WindowAnalysis, phrase: Phrase, cluster: EntityCluster | undefined, table: EntityTable): Speaker {
  const tk = a.ctx.doc.tokens;
  const mention = spanIn(a.text, a.window.from, tk.startOf(phrase.first), tk.endOf(phrase.last));
  let entity = cluster === undefined ? -1 : a.entityOf[cluster.id]!;
  if (cluster !== undefined && entity < 0) {
    entity = table.add(cluster, a.text, a.window);
    a.entityOf[cluster.id] = entity;
  }
  return {
    name: cluster === undefined ? mention.text : cluster.name,
    kind: cluster === undefined ? 'unknown' : cluster.kind,
    mention,
    entity,
    title: cluster === undefined ? null : longestTitle(cluster.titles),
  };
}

/**
 * The entity cluster of a speaker phrase of window `a` (`undefined` when the phrase is no mention,
 * or no cluster took it), and the confidence `confidence` becomes with it: lower when the speaker
 * resolves to no entity of a known kind.
 */
export function resolve(a: WindowAnalysis, phrase: Phrase, confidence: number): { readonly cluster: EntityCluster | undefined; readonly confidence: number } {
  const k = a.mentions.find(phrase);
  const cluster = k < 0 ? undefined : a.clusters[a.clusterOf[k]!];
  return { cluster, confidence: confidence * (cluster === undefined || cluster.kind === 'unknown' ? UNRESOLVED_SPEAKER_FACTOR : 1) };
}

/** The public cue of a finding of window `a`: its reporting verb or phrase, else its colon, else `null`. */
export function cueOfFinding(a: WindowAnalysis, cue: CueHit | null, colon: number | undefined): Cue | null {
  const tk = a.ctx.doc.tokens;
  if (cue !== null) return cueOf(a.text, a.window.from, tk.startOf(cue.first), tk.endOf(cue.last), cue.kind, cue.lemma);
  return colon === undefined ? null : cueOf(a.text, a.window.from, tk.startOf(colon), tk.endOf(colon), 'colon', ':');
}

/** A confidence as results give it: three decimals. */
export const roundConfidence = (x: number): number => Math.round(x * 1000) / 1000;

function cueOf(text: string, base: number, start: number, end: number, kind: CueKind, lemma: string): Cue {
  return { start: base + start, end: base + end, text: text.slice(start, end), kind, lemma };
}

/**
 * Whether an attributed or speech-like quotation is a full utterance (it starts its sentence or
 * follows a cue or a colon, and ends with punctuation or is capitalised) or a quoted fragment.
 */
function quoteType(ctx: DocumentContext, q: QuoteContext, text: string): Exclude<QuoteType, 'other'> {
  const content = text.slice(q.span.contentStart, q.span.contentEnd).trim();
  const tk = ctx.doc.tokens;
  let startsUtterance = q.leftLo === q.openTok;
  let b = q.openTok - 1;
  if (!startsUtterance && b >= q.leftLo) {
    if (tk.is(b, ':')) startsUtterance = true;
    else {
      if (tk.is(b, ',')) b--;
      startsUtterance = b >= q.leftLo && ctx.cues.at(b) !== null;
    }
  }
  const endsUtterance = !q.span.closed || /[.,!?…:;—–-]$/.test(content) || q.span.lastPara > q.span.firstPara;
  return startsUtterance && (endsUtterance || /^\p{Lu}/u.test(content)) ? 'direct' : 'partial';
}

/** What one window's analysis gives the results. */
export interface WindowAnalysis {
  /** The window's text and where it lies in the caller's text. */
  readonly text: string;
  readonly window: Window;
  readonly ctx: DocumentContext;
  /** Each quotation's speaker phrase, or `null`. */
  readonly speakers: readonly (SpeakerPhrase | null)[];
  readonly mentions: MentionList;
  readonly clusters: readonly EntityCluster[];
  /** The cluster of each mention (-1 for none). */
  readonly clusterOf: Int32Array;
  /** For each cluster, its public entity index (-1 until the table has it). */
  readonly entityOf: Int32Array;
}

/**
 * Appends the quotations that window `a` reports to `quotes`, adding their speakers to `table`.
 * Quotations that start in the context around the window belong to the neighbouring window, and
 * one that starts inside a quotation the previous window reported is part of that one.
 */
export function appendQuotes(a: WindowAnalysis, settings: Settings, quotes: Quote[], table: EntityTable, published?: Int32Array): void {
  const { text, window: w, ctx, speakers } = a;
  const at = w.from;
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const q = ctx.quotes[qi]!;
    const s = q.span;
    if (at + s.start < w.keepFrom || at + s.start >= w.keepTo) continue;
    if (quotes.length > 0 && at + s.start < quotes[quotes.length - 1]!.end) continue;
    const decision = ctx.decisions[qi];
    const r = speakers[qi];
    let speaker: Speaker | null = null;
    let cue: Cue | null = null;
    let confidence = 0;
    if (decision !== undefined && r !== null && r !== undefined) {
      const resolved = resolve(a, r.phrase, r.confidence);
      confidence = resolved.confidence;
      if (confidence >= settings.minConfidence) {
        speaker = speakerOf(a, r.phrase, resolved.cluster, table);
        const f = decision.finding;
        cue = cueOfFinding(a, f.cue, 'colon' in f ? f.colon : undefined);
      } else {
        confidence = 0;
      }
    }
    // Without a speaker, an utterance is still a quotation (of someone unknown); anything else in
    // marks (a title, a scare-quoted word) is not, and is only returned when asked for.
    const speech = speaker !== null || q.speechLike;
    if (!speech && !settings.includeUnattributed) continue;
    if (published !== undefined) published[qi] = quotes.length;
    quotes.push({
      start: at + s.start,
      end: at + s.end,
      text: text.slice(s.contentStart, s.contentEnd),
      type: speech ? quoteType(ctx, q, text) : 'other',
      speaker,
      cue,
      rule: speaker === null ? null : (decision!.rule as Quote['rule']),
      confidence: roundConfidence(confidence),
      closed: s.closed,
    });
  }
}
