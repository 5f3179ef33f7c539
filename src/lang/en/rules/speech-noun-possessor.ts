/**
 * speech-noun-possessor: a quotation that gives the words of a noun of speech (claim, remark,
 * promise, call …) belongs to that noun's possessor.
 *   Trump stood by his claim that “thousands” cheered.   … over her remark that “there’s a special place …”
 *   Critics seized on Governor Ortiz’s promise to be “neutral”.
 * It runs after the cue rules: a reporting verb decides first ("Critics mocked his promise to be
 * “neutral”" quotes the critics more often than not).
 */
import { DETERMINERS, SENTENCE_OPENERS, SUBORDINATORS } from '../lexicon/words.js';
import { isNamePeriod } from '../../../text/document.js';
import { defineRule } from '../../../sieves/context.js';
import { LINKS, POSSESSIVES, SPEECH_NOUNS } from '../lexicon/rule-words.js';

/** Capitalised words that open a sentence or a clause, not a name: "While Sanders’s call …", "The Times’s …". */
const NOT_NAMES: ReadonlySet<string> = new Set([...SENTENCE_OPENERS, ...SUBORDINATORS, ...DETERMINERS, 'and', 'but']);
/** How many words may stand between the link and the quotation ("her claim that she “never sent …”"). */
const MAX_BETWEEN = 3;
/** How many modifiers may stand between the possessor and the noun ("Trump's recent evidence-free assertion"). */
const MAX_MODIFIERS = 2;

export const speechNounPossessor = defineRule({
  name: 'speech-noun-possessor',
  confidence: 0.75,
  description: 'A noun of speech before the quotation (claim, remark, promise, call …): its possessor.',
  example: 'The senator stood by his claim that the plan was “dead on arrival.”',
  apply(ctx, qi) {
    const q = ctx.quotes[qi]!;
    const tk = ctx.doc.tokens;
    // Back from the quotation: at most a link and a few words, all lower-case words of the reporter.
    let k = q.openTok - 1;
    let between = 0;
    while (k >= q.leftLo && tk.isWord(k) && !tk.isCap(k) && !SPEECH_NOUNS.has(tk.lowerOf(k)) && between <= MAX_BETWEEN) {
      k--;
      between++;
    }
    if (k < q.leftLo || !tk.isWord(k) || tk.isCap(k) || !SPEECH_NOUNS.has(tk.lowerOf(k))) return null;
    // The words after the noun open its content: a link first, unless the quotation follows at once.
    if (between > 0 && !LINKS.has(tk.lowerOf(k + 1))) return null;
    // Before the noun: a few modifiers, then the possessor.
    let p = k - 1;
    for (let m = 0; m < MAX_MODIFIERS && p >= q.leftLo && tk.isWord(p) && !tk.isCap(p) && !POSSESSIVES.has(tk.lowerOf(p)); m++) p--;
    if (p < q.leftLo) return null;
    if (tk.isWord(p) && !tk.isCap(p) && POSSESSIVES.has(tk.lowerOf(p))) return { phrase: { first: p, last: p }, cue: null };
    // Or a name and its possessive: the capitalised words before the ’s ("Donald Trump’s").
    if (!tk.isPoss(p) || p - 1 < q.leftLo || !tk.isCap(p - 1)) return null;
    let first = p - 1;
    while (first - 1 >= q.leftLo && (tk.isCap(first - 1) || (isNamePeriod(tk, first - 1) && tk.isCap(first - 2)))) first--;
    // (Not a capitalised word that opens the sentence: "While Sanders's clarion call for …".)
    while (first < p - 1 && NOT_NAMES.has(tk.lowerOf(first))) first++;
    return { phrase: { first, last: p - 1 }, cue: null };
  },
});
