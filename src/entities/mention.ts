/**
 * A speaker mention as the clusterer reads it: a pronoun, a name or a description, with what a
 * language pack's mention parser found about it (src/lang/en/grammar/mentions.ts). The clusterer
 * itself reads no words.
 */
import type { Lexicon } from '../lexicon.js';
import type { Phrase } from '../mentions/phrase.js';
import type { Doc } from '../text/document.js';
import type { SpeakerKind } from '../types.js';

/** What a pronoun refers to: a man, a woman, a group, a thing, the speaker or hearer, or (relative) the phrase before it. */
export type PronounReference = 'male' | 'female' | 'plural' | 'neuter' | 'self' | 'relative';

/** A gender that a name, title or noun marks. */
export type Gender = 'male' | 'female';

/** A parsed mention. */
export type ParsedMention =
  | {
    readonly type: 'pronoun';
    readonly reference: PronounReference;
    /** For a relative pronoun, the last token of the phrase it follows (before a comma or dash); else -1. */
    readonly antecedentEnd: number;
  }
  | {
    readonly type: 'name';
    /** The name as written, without titles ("Bashar al-Assad"). */
    readonly name: string;
    /** The name's words as compared across mentions (lower-case, particles left out): given names first, the surname last. */
    readonly keys: readonly string[];
    /** The title or apposition that describes it, or `null`. */
    readonly title: string | null;
    readonly kind: SpeakerKind;
    /** The gender its given name or title marks, if any. */
    readonly gender: Gender | null;
    /** For an organisation, the initials of its name's words (for acronyms); else `''`. */
    readonly initials: string;
  }
  | {
    readonly type: 'description';
    /** The description as written ("the Syrian president"). */
    readonly text: string;
    /** As an entity's name: without a leading definite article. */
    readonly name: string;
    /** Its head noun, lower-case. */
    readonly head: string;
    /** Whether it refers back to someone already met ("the president", not "a president"). */
    readonly definite: boolean;
    /** Its other words before the head, lower-case. */
    readonly modifiers: readonly string[];
    /** The modifiers that are not role nouns: each must be among the words of an entity it refers to. */
    readonly distinctive: readonly string[];
    readonly kind: SpeakerKind;
    /** A document or a medium ("the report"), which pronouns never refer to. */
    readonly document: boolean;
    /** The gender its head noun marks ("his wife"), if any. */
    readonly gender: Gender | null;
    /** Whether its head names a role ("official", "residents"): a sentence's subject then makes an entity. */
    readonly role: boolean;
  };

/** What clustering needs of a language: a parser of speaker phrases. */
export interface MentionParser {
  /** Parses a speaker phrase of `doc` into a pronoun, a name or a description. */
  parseMention(doc: Doc, phrase: Phrase, lexicon: Lexicon): ParsedMention;
}
