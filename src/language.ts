/**
 * What a language pack gives the engine. The engine stages (text, quotes, cues, sieves, mentions,
 * entities) know no words; a {@link Language} holds everything one language knows, as data and
 * small functions: its orthography, its lexicon, its cue finder, its noun-phrase grammar for
 * mentions, its mention parser, and its rules in the order they run. `src/lang/en/` builds the
 * English one.
 *
 * @module
 */
import type { MentionParser } from './entities/mention.js';
import type { Lexicon } from './lexicon.js';
import type { Phrase } from './mentions/phrase.js';
import type { ReportRule } from './reports/finding.js';
import type { DocumentContext, SieveContext, Sieve, TitleTest } from './sieves/context.js';
import type { Doc, Orthography } from './text/document.js';

/** A relative pronoun's antecedent: the phrase it stands for, and whether that is an inverted verb's speaker. */
export interface Antecedent {
  readonly phrase: Phrase;
  /** `true` for the speaker of an inverted verb before it ("“…,” said Nicky Driscoll, 24, who said"). */
  readonly inverted: boolean;
}

/** A language pack. `Rule` is the union of its rules' names, `Report` of its report rules'. */
export interface Language<Rule extends string = string, Report extends string = string> extends MentionParser {
  /** The language's BCP 47 tag ("en"). */
  readonly tag: string;
  /** What the tokenizer needs: abbreviations, and how a capitalised name may start. */
  readonly orthography: Orthography;
  /** The word lists an extractor's options may extend. */
  readonly lexicon: Lexicon;
  /** The rules (quotation → speaker mention), in the order they run: the first that finds a speaker decides. */
  readonly rules: readonly Sieve<Rule>[];
  /**
   * The report rules (reported speech with or without marks → content, speaker and cue), in the
   * order they run: a cue that an earlier rule used is not used again.
   */
  readonly reports: readonly ReportRule<Report>[];
  /**
   * A short text with a quotation, a cue, a pronoun and a title, analysed once and kept, so that
   * every per-document class has a live instance (see src/resident.ts).
   */
  readonly sample: string;
  /** Whether a quotation is the title of a work (no rule then attributes it). */
  readonly isTitle: TitleTest;
  /** Marks the cues of a document's reporter text in `ctx.cues` and lists each with its subject. */
  findCues(ctx: DocumentContext): void;
  /** Runs of capitalised words outside quotations: names that may give a speaker its fullest name. */
  nameRuns(doc: Doc, inQuote: Uint8Array): Phrase[];
  /** The subjects of the reporter's sentences that name people or groups: antecedents of pronouns. */
  sentenceSubjects(ctx: SieveContext): Phrase[];
  /** For a relative pronoun at token `i` ("who"), the phrase it stands for; `null` for any other token or none found. */
  relativeAntecedent(ctx: SieveContext, i: number): Antecedent | null;
  /** The form of a name's word as names are compared: "al-assad" → "assad". */
  nameKey(lower: string): string;
}
