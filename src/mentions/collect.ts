/**
 * The speaker mentions of a document, to cluster into entities: each quotation's speaker phrase,
 * every cue's subject, the phrases relative pronouns stand for, the name runs that can name a
 * speaker more fully, and the sentence subjects that pronouns may refer to.
 */
import type { Language } from '../language.js';
import type { DocumentContext } from '../sieves/context.js';
import type { SpeakerPhrase } from '../sieves/context.js';
import type { Phrase } from './phrase.js';

/** A mention to cluster: a phrase, and what it is in the document. */
export interface MentionInput {
  readonly phrase: Phrase;
  /** The subject of a reporting verb or quotation. */
  readonly speaker: boolean;
  /** The subject of a sentence (a person or group that pronouns may then refer to). */
  readonly subject?: boolean;
  /**
   * For a relative pronoun ("who"), the last token of the phrase it stands for, when the caller
   * found it; -1 (or absent) for the phrase right before it, or before its comma.
   */
  antecedent?: number;
}

/** A phrase's key: its first token and length (phrases are short). */
const phraseKey = (p: Phrase): number => p.first * 64 + Math.min(63, p.last - p.first);

/** The mentions to cluster, one per phrase (a speaker's wins over a name run's). */
export class MentionList {
  readonly inputs: MentionInput[] = [];
  private readonly byKey = new Map<number, number>();

  /** Adds a phrase (or marks it a speaker); returns its index in `inputs`. */
  add(phrase: Phrase, speaker: boolean): number {
    const key = phraseKey(phrase);
    let k = this.byKey.get(key);
    if (k === undefined) {
      k = this.inputs.length;
      this.inputs.push({ phrase, speaker, subject: false, antecedent: -1 });
      this.byKey.set(key, k);
    } else if (speaker && !this.inputs[k]!.speaker) {
      this.inputs[k] = { phrase, speaker, subject: false, antecedent: -1 };
    }
    return k;
  }

  /** The index of a phrase, or -1 when it was not added. */
  find(phrase: Phrase): number {
    return this.byKey.get(phraseKey(phrase)) ?? -1;
  }
}

/**
 * Collects the mentions of a document whose rules have run; `speakers` holds each quotation's
 * speaker phrase (or `null`), `titles` the titles in force.
 */
export function collectMentions(ctx: DocumentContext, speakers: readonly (SpeakerPhrase | null)[], language: Language, titles: ReadonlySet<string>): MentionList {
  const tk = ctx.doc.tokens;
  // (Arrays here are built by push and read by index, so that their elements kind, and the
  // optimised code that reads them, stay the same from text to text.)
  const mentions = new MentionList();
  const inputs = mentions.inputs;
  for (let qi = 0; qi < speakers.length; qi++) {
    const r = speakers[qi];
    if (r !== null && r !== undefined) mentions.add(r.phrase, true);
  }
  for (const c of ctx.cues.list) if (c.subject !== null) mentions.add(c.subject, true);
  // A speaking relative pronoun ("who") is resolved to the phrase it stands for, which therefore
  // speaks too.
  for (let k = 0; k < inputs.length; k++) {
    const p = inputs[k]!.phrase;
    if (p.first !== p.last) continue;
    const antecedent = language.relativeAntecedent(ctx, p.first);
    if (antecedent === null) continue;
    // After an inverted speaker's apposition ("said Nicky Driscoll, 24, from Manchester, who"),
    // the speaker, wherever it ends; else the phrase right before.
    if (antecedent.inverted) inputs[k]!.antecedent = antecedent.phrase.last;
    mentions.add(antecedent.phrase, true);
  }
  // Name runs only matter when they can name a speaker more fully (same last name) or carry a
  // title (an antecedent for "he"/"she"); the others are not clustered at all.
  const speakerKeys = new Set<string>();
  for (const m of inputs) speakerKeys.add(language.nameKey(tk.lowerOf(m.phrase.last)));
  for (const run of language.nameRuns(ctx.doc, ctx.inQuote)) {
    let keep = speakerKeys.has(language.nameKey(tk.lowerOf(run.last)));
    for (let i = run.first; !keep && i < run.last; i++) keep = titles.has(tk.lowerOf(i));
    if (keep) mentions.add(run, false);
  }
  // Sentence subjects: people and groups that "he", "she" and "they" may refer to later.
  // A name run kept above where a subject starts gives way to it: "Erin Brockovich, the …
  // activist, endorsed …, saying she …" (once a later "Brockovich said" kept the run, the subject
  // was dropped, a two-word name in passing makes no entity, and "she" went to an earlier woman);
  // "Cruz spokesman Rick Tyler said" (the run "Cruz").
  const starts = new Map<number, number>();
  for (let k = 0; k < inputs.length; k++) starts.set(inputs[k]!.phrase.first, k);
  for (const p of language.sentenceSubjects(ctx)) {
    const k = starts.get(p.first);
    if (k === undefined) inputs.push({ phrase: p, speaker: false, subject: true, antecedent: -1 });
    else if (!inputs[k]!.speaker) inputs[k] = { phrase: p, speaker: false, subject: true, antecedent: -1 };
  }
  return mentions;
}
