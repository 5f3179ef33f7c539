/**
 * The word lists that an extractor's options can extend: a language pack's, with a caller's
 * additions ({@link ExtractOptions}). Everything else a language knows is fixed in its pack.
 *
 * @module
 */
import type { CueTable } from './cues/cues.js';

/** The lexicon in force for one extractor. */
export interface Lexicon {
  /** Reporting verbs: lower-cased form → lemma. */
  readonly cueTable: CueTable;
  /** Lower-cased titles and roles that may stand before a name ("president", "sen."). */
  readonly titles: ReadonlySet<string>;
  /** Lower-cased words that mark a capitalised name as an organisation ("ministry", "reuters"). */
  readonly organizationWords: ReadonlySet<string>;
}
