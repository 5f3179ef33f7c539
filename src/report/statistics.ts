/**
 * Statistics about analysed documents: how many quotations, which speakers, how many quotations
 * and words each. Numbers and names only, no markup and no colour, so that every output takes its
 * numbers from one place: the CLI's pretty format and the HTML report both use this module.
 *
 * It lives beside the report because the CLI may import the report but the report may not import
 * the CLI. Pure computation with no Node or DOM API (it also runs in worker threads and browsers).
 */
import type { Analysis, SpeakerKind } from '../index.js';

/** The `entity` of the row that gathers the quotations without a speaker. */
export const NO_SPEAKER = -1;

/** One speaker's share of a document. */
export interface SpeakerStatistics {
  /** Entity index in `analysis.entities`, or {@link NO_SPEAKER} for the quotations without a speaker. */
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
}

/** What is counted about one document. */
export interface DocumentStatistics {
  /** Number of quotations. */
  readonly quotations: number;
  /** Number of speakers that are entities (the "No speaker" row does not count). */
  readonly namedSpeakers: number;
  /**
   * The speakers, most quoted first (ties: more words first, then first quoted first), then the
   * quotations without a speaker as "No speaker" when there are any.
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

/** Whether a row of {@link speakerStatistics} is an entity (not the "No speaker" row). */
export function isNamedSpeaker(speaker: SpeakerStatistics): boolean {
  return speaker.entity !== NO_SPEAKER;
}

/**
 * The speakers of a document, most quoted first (ties: more words first, then first quoted
 * first); the quotations without a speaker come last as "No speaker".
 *
 * @example
 * ```ts
 * speakerStatistics(analyze('“We will win,” Assad said.'))
 * // [{ entity: 0, name: 'Assad', kind: 'person', detail: 'person', quotations: 1, words: 3 }]
 * ```
 */
export function speakerStatistics(analysis: Analysis): SpeakerStatistics[] {
  const countsByEntity = new Map<number, { quotations: number; words: number; firstQuotation: number }>();
  analysis.quotes.forEach((quote, index) => {
    const entity = quote.speaker?.entity ?? NO_SPEAKER;
    const counts = countsByEntity.get(entity) ?? { quotations: 0, words: 0, firstQuotation: index };
    counts.quotations++;
    counts.words += countWords(quote.text);
    countsByEntity.set(entity, counts);
  });
  const named = [...countsByEntity.entries()].filter(([entity]) => entity !== NO_SPEAKER);
  named.sort(([, a], [, b]) => b.quotations - a.quotations || b.words - a.words || a.firstQuotation - b.firstQuotation);
  const speakers: SpeakerStatistics[] = named.map(([entity, counts]) => {
    const known = analysis.entities[entity];
    const speaker = analysis.quotes.find((quote) => quote.speaker?.entity === entity)?.speaker;
    const name = known?.name ?? speaker?.name ?? `Speaker ${entity}`;
    const kind = known?.kind ?? speaker?.kind ?? 'unknown';
    const title = known?.title ?? speaker?.title ?? null;
    return { entity, name, kind, detail: title ? `${kind} · ${title}` : kind, quotations: counts.quotations, words: counts.words };
  });
  const unattributed = countsByEntity.get(NO_SPEAKER);
  if (unattributed) {
    speakers.push({
      entity: NO_SPEAKER,
      name: 'No speaker',
      kind: null,
      detail: 'no rule found a speaker',
      quotations: unattributed.quotations,
      words: unattributed.words,
    });
  }
  return speakers;
}

/**
 * The counts of one document: its quotations, its named speakers and each speaker's share.
 *
 * @example
 * ```ts
 * const { quotations, namedSpeakers } = documentStatistics(analyze(text));
 * ```
 */
export function documentStatistics(analysis: Analysis): DocumentStatistics {
  const speakers = speakerStatistics(analysis);
  return { quotations: analysis.quotes.length, namedSpeakers: speakers.filter(isNamedSpeaker).length, speakers };
}

/** The quotations of several documents together, from their {@link DocumentStatistics} (or anything with a `quotations` count). */
export function totalQuotations(documents: readonly { readonly quotations: number }[]): number {
  return documents.reduce((total, document) => total + document.quotations, 0);
}
