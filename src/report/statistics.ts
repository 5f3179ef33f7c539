/**
 * Statistics about analysed documents: how many quotations and how much reported speech, which
 * speakers, how many quotations, words and reported speech each. Numbers and names only, no markup and no colour, so that every output takes its
 * numbers from one place: the CLI's pretty format and the HTML report both use this module.
 *
 * It lives beside the report because the CLI may import the report but the report may not import
 * the CLI. Pure computation with no Node or DOM API (it also runs in worker threads and browsers).
 */
import type { Analysis, Attribution, Speaker, SpeakerKind } from '../index.js';

/** The `entity` of the row that gathers the quotations without a speaker. */
export const NO_SPEAKER = -1;

/**
 * Whether an attribution is reported speech in the reporter's words: indirect (no marks) or mixed
 * (with quoted fragments). Direct ones are the quotations themselves, counted as quotations.
 */
export function isReportedSpeech(attribution: Attribution): boolean {
  return attribution.form !== 'direct';
}

/**
 * The key under which a document's speakers are counted and coloured: the speaker's entity
 * index, {@link NO_SPEAKER} for none, and for a speaker that has no entity in the analysis (an
 * index that is negative or past the end of `entities`) a key of its own below -1, one per name,
 * so that such speakers are neither merged with "No speaker" nor with each other.
 *
 * @example
 * ```ts
 * const keyOf = speakerKeys(analysis);
 * keyOf(analysis.quotes[0].speaker) // 0
 * ```
 */
export function speakerKeys(analysis: Analysis): (speaker: Speaker | null | undefined) => number {
  const byName = new Map<string, number>();
  const entities = analysis.entities.length;
  const keyOf = (speaker: Speaker | null | undefined): number => {
    if (!speaker) return NO_SPEAKER;
    if (Number.isInteger(speaker.entity) && speaker.entity >= 0 && speaker.entity < entities) return speaker.entity;
    let key = byName.get(speaker.name);
    if (key === undefined) byName.set(speaker.name, (key = NO_SPEAKER - 1 - byName.size));
    return key;
  };
  // Keys given in document order, whoever asks first.
  for (const quote of analysis.quotes) keyOf(quote.speaker);
  for (const attribution of analysis.attributions) keyOf(attribution.speaker);
  return keyOf;
}

/** One speaker's share of a document. */
export interface SpeakerStatistics {
  /**
   * Entity index in `analysis.entities`, {@link NO_SPEAKER} for the quotations and reported speech
   * without a speaker, or another negative key for a speaker without an entity (see {@link speakerKeys}).
   */
  readonly entity: number;
  /** The speaker's name ("Bashar Assad"), or "No speaker". */
  readonly name: string;
  /** What kind of speaker this is; `null` for the quotations without a speaker. */
  readonly kind: SpeakerKind | null;
  /** The speaker's kind and title, e.g. "person · Syrian President". */
  readonly detail: string;
  /** Number of quotations attributed to the speaker. */
  readonly quotations: number;
  /** Words in those quotations (see {@link countWords}). */
  readonly words: number;
  /** Acts of reported speech (indirect and mixed attributions) of the speaker. */
  readonly reported: number;
}

/** What is counted about one document. */
export interface DocumentStatistics {
  /** Number of quotations. */
  readonly quotations: number;
  /** Number of acts of reported speech (indirect and mixed attributions). */
  readonly reported: number;
  /** Number of speakers with a name (the "No speaker" row does not count). */
  readonly namedSpeakers: number;
  /**
   * The speakers, most quoted first (ties: more words first, then more reported speech, then
   * first heard first), then the quotations and reported speech without a speaker as "No
   * speaker" when there are any.
   */
  readonly speakers: readonly SpeakerStatistics[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Number of words in a string: runs of letters and digits, with inner apostrophes, full stops
 * and hyphens.
 *
 * @example
 * ```ts
 * countWords('It’s a well-known fact, 42 times.') // 6
 * ```
 */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** Whether a row of {@link speakerStatistics} is a speaker (not the "No speaker" row). */
export function isNamedSpeaker(speaker: SpeakerStatistics): boolean {
  return speaker.entity !== NO_SPEAKER;
}

/**
 * The speakers of a document, most quoted first (ties: more words first, then more reported
 * speech, then first heard first); the quotations and reported speech without a speaker come last
 * as "No speaker". A speaker who is only reported (no quotation) is listed too.
 *
 * @example
 * ```ts
 * speakerStatistics(analyze('“We will win,” Assad said. Assad said the war was over.'))
 * // [{ entity: 0, name: 'Assad', kind: 'person', detail: 'person', quotations: 1, words: 3, reported: 1 }]
 * ```
 */
export function speakerStatistics(analysis: Analysis): SpeakerStatistics[] {
  const keyOf = speakerKeys(analysis);
  const countsByKey = new Map<number, { quotations: number; words: number; reported: number; first: number; speaker: Speaker | null }>();
  const countsOf = (speaker: Speaker | null, order: number) => {
    const key = keyOf(speaker);
    let counts = countsByKey.get(key);
    if (!counts) countsByKey.set(key, (counts = { quotations: 0, words: 0, reported: 0, first: order, speaker }));
    return counts;
  };
  analysis.quotes.forEach((quote, index) => {
    const counts = countsOf(quote.speaker, index);
    counts.quotations++;
    counts.words += countWords(quote.text);
  });
  analysis.attributions.forEach((attribution, index) => {
    if (isReportedSpeech(attribution)) countsOf(attribution.speaker, analysis.quotes.length + index).reported++;
  });
  const named = [...countsByKey.entries()].filter(([key]) => key !== NO_SPEAKER);
  named.sort(([, a], [, b]) => b.quotations - a.quotations || b.words - a.words || b.reported - a.reported || a.first - b.first);
  const speakers: SpeakerStatistics[] = named.map(([key, counts]) => {
    const known = key >= 0 ? analysis.entities[key] : undefined;
    const speaker = counts.speaker;
    const name = known?.name ?? speaker?.name ?? `Speaker ${key}`;
    const kind = known?.kind ?? speaker?.kind ?? 'unknown';
    const title = known?.title ?? speaker?.title ?? null;
    return { entity: key, name, kind, detail: title ? `${kind} · ${title}` : kind, quotations: counts.quotations, words: counts.words, reported: counts.reported };
  });
  const unattributed = countsByKey.get(NO_SPEAKER);
  if (unattributed) {
    speakers.push({
      entity: NO_SPEAKER,
      name: 'No speaker',
      kind: null,
      detail: 'no rule found a speaker',
      quotations: unattributed.quotations,
      words: unattributed.words,
      reported: unattributed.reported,
    });
  }
  return speakers;
}

/**
 * The counts of one document: its quotations, its reported speech, its named speakers and each
 * speaker's share.
 *
 * @example
 * ```ts
 * const { quotations, namedSpeakers } = documentStatistics(analyze(text));
 * ```
 */
export function documentStatistics(analysis: Analysis): DocumentStatistics {
  const speakers = speakerStatistics(analysis);
  const reported = analysis.attributions.filter(isReportedSpeech).length;
  return { quotations: analysis.quotes.length, reported, namedSpeakers: speakers.filter(isNamedSpeaker).length, speakers };
}

/** The quotations of several documents together, from their {@link DocumentStatistics} (or anything with a `quotations` count). */
export function totalQuotations(documents: readonly { readonly quotations: number }[]): number {
  return documents.reduce((total, document) => total + document.quotations, 0);
}

/** The reported speech of several documents together, from their {@link DocumentStatistics} (or anything with a `reported` count). */
export function totalReported(documents: readonly { readonly reported: number }[]): number {
  return documents.reduce((total, document) => total + document.reported, 0);
}
