/**
 * The English cue finder: marks every reporting verb and phrase of the reporter's text in the cue
 * index ("said", "according to", "as X put it", "pointed out"), and finds the subject of each, once
 * per document. Rules then read cues from the index.
 */
import { wordFilter, type CueHit, type CueTable } from '../../../cues/cues.js';
import type { Phrase } from '../../../mentions/phrase.js';
import { type DocumentContext } from '../../../sieves/context.js';
import { endsSentence, startsSentence, type Doc, type Tokens } from '../../../text/document.js';
import { INVERTING_LEMMAS, isParticiple, RELAY_LEMMAS } from '../lexicon/cues.js';
import { ROLE_NOUNS } from '../lexicon/words.js';
import { afterArticle, phraseStartingAt, pluralNounCue, subjectBefore, withRole } from './phrases.js';
import { sentenceSubject } from './subjects.js';
import { POINT_FORMS, PUT_FORMS, SETTING_OPENERS } from '../lexicon/grammar-words.js';

const ACCORDING = 'according to';
/** "as Tom Ridge put it: “…”": the idiom reports, its speaker before it. */
const PUT_IT = 'put it';
/** "as The Hill pointed out, “…”", "“…,” he points out.": the phrasal verb reports. */
const POINT_OUT = 'point out';

/**
 * The token after a phrase of time or setting of at most four words that starts at `j` and ends at
 * a comma or a colon (outside quotations), or `j` when there is none.
 */
function afterSetting(tk: Tokens, j: number, inQuote: Uint8Array): number {
  if (!SETTING_OPENERS.has(tk.lowerOf(j))) return j;
  for (let k = j + 1; k <= j + 4 && k < tk.length && inQuote[k] === 0; k++) {
    if (tk.is(k, ',') || tk.is(k, ':')) return k;
    if (!tk.isWord(k)) return j;
  }
  return j;
}

const FILTERS = new WeakMap<CueTable, Uint8Array>();

/**
 * The hash filter ({@link wordFilter}) of the cue table's words and of "according", "put" and
 * "point"'s forms, made once per table.
 */
function cueFilter(table: CueTable): Uint8Array {
  let f = FILTERS.get(table);
  if (f === undefined) {
    f = wordFilter([...table.keys(), 'according', ...PUT_FORMS, ...POINT_FORMS]);
    FILTERS.set(table, f);
  }
  return f;
}

/**
 * Finds the cues of a document's reporter text and their subjects, into `ctx.cues`: a lemma for
 * each token that starts a cue, then every cue with its subject, for continuations and pronoun
 * salience.
 */
export function findCues(ctx: DocumentContext): void {
  const doc = ctx.doc;
  const cueTable = ctx.cueTable;
  const inQuote = ctx.inQuote;
  const cues = ctx.cues;
  // The cue of every reporter token, found once: a lemma, ACCORDING for "according to", or none.
  const tk = doc.tokens;
  const filter = cueFilter(cueTable);
  for (let i = 0; i < tk.length; i++) {
    if (inQuote[i] === 1 || !tk.isWord(i)) continue;
    // Most words cannot be cues: rule them out by a hash of their letters before slicing them.
    if (filter[tk.hashOf(i)] !== 1) continue;
    const lower = tk.lowerOf(i);
    if (lower === 'according') {
      if (i + 1 < tk.length && tk.paraOf(i + 1) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'to') cues.mark(i, ACCORDING, 'phrase', 1);
    } else if (PUT_FORMS.has(lower)) {
      // "put it" before a colon or a comma: "As Professor Foner put it: “…”", "… put it last week, “…”".
      const k = afterSetting(tk, i + 2, inQuote);
      if (k < tk.length && tk.paraOf(k) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'it' && (tk.is(k, ':') || tk.is(k, ',') || tk.is(k, '.')) && inQuote[i + 1] === 0) cues.mark(i, PUT_IT, 'verb', 1);
    } else if (POINT_FORMS.has(lower)) {
      // "point out" before a comma, a period, "that" or a quotation: "as The Hill pointed out, “…”",
      // "as Byler pointed out in December, “…”".
      const k = afterSetting(tk, i + 2, inQuote);
      if (!tk.isCap(i) && k < tk.length && tk.paraOf(k) === tk.paraOf(i) && tk.lowerOf(i + 1) === 'out' && inQuote[i + 1] === 0 && (tk.isPunct(k) || tk.lowerOf(k) === 'that')) cues.mark(i, POINT_OUT, 'verb', 1);
    } else if (!afterArticle(tk, i) && !namingParticiple(tk, i, lower) && !pluralNounCue(tk, i, lower)) {
      const lemma = cueTable.get(lower);
      if (lemma !== undefined && (!tk.isCap(i) || ctx.titleCase(tk.paraOf(i)) || invertedAtStart(doc, i, lemma, cueTable, inQuote))) cues.mark(i, lemma);
    }
  }
  // Every cue of the reporter's text with its subject, for continuations and pronoun salience.
  let sentenceStart = 0;
  let verbSentence = -1;
  for (let i = 0; i < tk.length; i++) {
    if (i > 0 && (tk.paraOf(i - 1) !== tk.paraOf(i) || inQuote[i - 1] === 1 || endsSentence(doc, i - 1))) sentenceStart = i;
    if (!cues.has(i)) continue;
    const cue: CueHit = cues.at(i)!;
    if (RELAY_LEMMAS.has(cue.lemma)) continue;
    const para = tk.paraOf(i);
    let subject: Phrase | null = null;
    if (cue.kind === 'phrase') {
      // "“…,” Assad said, according to SANA": the agency only relays what the verb's subject said.
      if (verbSentence === sentenceStart) { i = cue.last; continue; }
      const hi = doc.paraTokenStart[para + 1]! - 1;
      const p = phraseStartingAt(ctx, cue.last + 1, hi);
      subject = p === null ? null : withRole(doc, p, hi);
    } else if (!isParticiple(tk.lowerOf(i))) {
      subject = subjectBefore(ctx, i, sentenceStart);
      if (subject !== null) verbSentence = sentenceStart;
    } else if (sentenceStart < i) {
      // A participle reports for its sentence's subject, when that names a speaker: "Bolton
      // distanced himself …, saying …".
      const p = sentenceSubject(ctx, sentenceStart, i - 1);
      if (p !== null && (tk.isCap(p.last) ? tk.isCap(p.first) : ROLE_NOUNS.has(tk.lowerOf(p.last)))) subject = p;
    }
    cues.add(cue, subject, para);
    i = cue.last;
  }
}

/**
 * Whether "called" at `i` names what an indefinite noun phrase before it is called: "a group called
 * Citizens for Trump", "a super PAC called Future45" (but "the president called Putin …" reports).
 */
function namingParticiple(tk: Tokens, i: number, lower: string): boolean {
  if (lower !== 'called' || i === 0 || !tk.isCap(i + 1) || tk.paraOf(i + 1) !== tk.paraOf(i) || ROLE_NOUNS.has(tk.lowerOf(i - 1))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && tk.paraOf(k) === tk.paraOf(i) && tk.isWord(k); k--) {
    const w = tk.lowerOf(k);
    if (w === 'a' || w === 'an') return k < i - 1;
  }
  return false;
}

/**
 * Whether capitalised token `i`, a form of `lemma`, is a reporting verb put first in its sentence
 * before its speaker: "Said Dorothy Poynter, …", "Added the mayor: …". Not when a reporting verb
 * follows in the sentence: "Said Ahmed, a shopkeeper, said …" begins with a name.
 */
function invertedAtStart(doc: Doc, i: number, lemma: string, cueTable: CueTable, inQuote: Uint8Array): boolean {
  const tk = doc.tokens;
  if (!INVERTING_LEMMAS.has(lemma) || !startsSentence(doc, i) || !tk.isWord(i + 1) || tk.paraOf(i + 1) !== tk.paraOf(i)) return false;
  const next = tk.lowerOf(i + 1);
  if (!tk.isCap(i + 1) && next !== 'the' && next !== 'a' && next !== 'an' && next !== 'one') return false;
  for (let j = i + 1; j < tk.length && j <= i + 40 && inQuote[j] === 0 && tk.paraOf(j) === tk.paraOf(i) && !endsSentence(doc, j); j++) {
    if (tk.isWord(j) && !tk.isCap(j) && cueTable.has(tk.lowerOf(j))) return false;
  }
  return true;
}

