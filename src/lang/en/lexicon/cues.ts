/**
 * Reporting verbs and phrases. Source: the verbs that report speech in English news (Quirk et al.'s
 * reporting verbs, Citron's and the Gender Gap Tracker's cue lists), written out by lemma with their
 * inflections so that matching is a single Map lookup on the lower-cased token.
 */

/** Verbs that report speech, each with the inflections news uses. */
const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  note: ['note', 'notes', 'noted', 'noting'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  state: ['states', 'stated', 'stating'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  hail: ['hail', 'hails', 'hailed', 'hailing'],
  congratulate: ['congratulate', 'congratulates', 'congratulated', 'congratulating'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  continue: ['continue', 'continues', 'continued', 'continuing'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  observe: ['observe', 'observes', 'observed', 'observing'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  maintain: ['maintains', 'maintained'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  remark: ['remark', 'remarks', 'remarked', 'remarking'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluding'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  blame: ['blames', 'blamed', 'blaming'],
  charge: ['charged'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  chant: ['chant', 'chants', 'chanted', 'chanting'],
  lament: ['lament', 'laments', 'lamented', 'lamenting'],
  praise: ['praise', 'praises', 'praised', 'praising'],
  criticise: ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing'],
  blast: ['blast', 'blasts', 'blasted', 'blasting'],
  answer: ['answer', 'answers', 'answered', 'answering'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  agree: ['agree', 'agrees', 'agreed', 'agreeing'],
  tout: ['tout', 'touts', 'touted', 'touting'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  term: ['termed', 'terming'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  brand: ['branded', 'branding'],
  characterize: ['characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterises', 'characterised', 'characterising'],
  refer: ['referred', 'refers', 'referring'],
  mention: ['mention', 'mentions', 'mentioned', 'mentioning'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  repeat: ['repeat', 'repeats', 'repeated', 'repeating'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  whisper: ['whisper', 'whispers', 'whispered', 'whispering'],
  scream: ['scream', 'screams', 'screamed', 'screaming'],
  cry: ['cried'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  retort: ['retort', 'retorts', 'retorted', 'retorting'],
  counter: ['countered', 'countering'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  propose: ['propose', 'proposes', 'proposed', 'proposing'],
  report: ['report', 'reports', 'reported', 'reporting'],
  post: ['posted'],
  read: ['read', 'reads'],
  begin: ['began'],
  opine: ['opined', 'opines'],
  muse: ['mused', 'muses'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  thank: ['thanked'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  express: ['expressed'],
  indicate: ['indicated'],
  speak: ['spoke', 'speaking'],
  scoff: ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  wonder: ['wonder', 'wonders', 'wondered', 'wondering'],
  vent: ['vented', 'venting'],
  denounce: ['denounce', 'denounces', 'denounced', 'denouncing'],
  condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
  decry: ['decry', 'decries', 'decried', 'decrying'],
  snap: ['snapped'],
  sneer: ['sneered', 'sneers'],
  fume: ['fumed'],
  gush: ['gushed', 'gushes'],
  rave: ['raved'],
  plead: ['pleaded', 'pled'],
  beg: ['begged'],
  implore: ['implored'],
  concur: ['concurred'],
  object: ['objected'],
  protest: ['protested'],
  reason: ['reasoned'],
  speculate: ['speculate', 'speculates', 'speculated', 'speculating'],
  estimate: ['estimated', 'estimates'],
  project: ['projected', 'projects'],
  forecast: ['forecast', 'forecasts'],
  hint: ['hinted'],
  imply: ['implied'],
  posit: ['posited'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  profess: ['professed'],
  affirm: ['affirm', 'affirms', 'affirmed', 'affirming', 'reaffirmed'],
  swear: ['swore', 'sworn'],
  threaten: ['threatened'],
  tease: ['teased', 'teases'],
  taunt: ['taunted', 'taunts'],
  mock: ['mocked', 'mocking', 'mocks'],
  deride: ['derided', 'derides'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  lambaste: ['lambasted', 'lambastes'],
  chide: ['chided', 'chiding', 'chides'],
  remember: ['remembered', 'remembers'],
  scold: ['scolded', 'scolds'],
  rebuke: ['rebuked', 'rebukes'],
  recount: ['recounted', 'recounts'],
  mutter: ['muttered', 'mutters'],
  murmur: ['murmured'],
  sigh: ['sighed'],
  laugh: ['laughed'],
  chuckle: ['chuckled'],
  believe: ['believes', 'believed'],
  think: ['thinks'],
  feel: ['feels'],
  fear: ['feared', 'fears'],
  hope: ['hopes'],
  worry: ['worried', 'worries'],
  expect: ['expects'],
  figure: ['figured'],
  reckon: ['reckoned', 'reckons'],
  quote: ['quoted'],
  cite: ['cited', 'citing'],
  question: ['questioned'],
  recommend: ['recommended', 'recommends'],
  advise: ['advised'],
  counsel: ['counseled', 'counselled'],
  instruct: ['instructed'],
  order: ['ordered'],
  preach: ['preached'],
  lecture: ['lectured'],
  interject: ['interjected', 'interjects'],
  interrupt: ['interrupted'],
  chime: ['chimed'],
  email: ['emailed', 'e-mailed'],
  text: ['texted'],
  sing: ['sings', 'sang'],
  rip: ['ripped', 'rips'],
  knock: ['knocked'],
  attack: ['attacked', 'attacks', 'attacking'],
  lash: ['lashed'],
  fire: ['fired'],
  push: ['pushed'],
  pitch: ['pitched'],
  frame: ['framed'],
  insult: ['insulted'],
};

/**
 * Lemmas whose subject is usually a medium relaying someone else's words ("the Japan Times
 * reported"). A quotation is credited to them only when no other rule finds a speaker.
 */
export const RELAY_LEMMAS: ReadonlySet<string> = new Set(['report', 'post', 'read', 'quote', 'cite']);

/**
 * Lemmas that take a quotation only as their object, never report a whole utterance after it:
 * "called it “a disaster”", "described as “…”". They still cue partial quotes before them.
 */
export const OBJECT_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  'call', 'describe', 'label', 'term', 'dub', 'brand', 'characterize', 'refer', 'hail', 'congratulate',
  'praise', 'criticise', 'blast', 'dismiss', 'tout', 'accuse', 'blame', 'thank', 'express', 'indicate', 'mention',
]);

/** Lower-cased word form → lemma, for every form in the table above. */
export function buildCueTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const f of forms) table.set(f, lemma);
  return table;
}

/**
 * Verbs that may stand first in their sentence, before their speaker: "Said the mayor: “…”",
 * "Added Dorothy Poynter, who grew up with him, “…”". Capitalised there, they are still cues.
 */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'add', 'declare', 'insist', 'note', 'write', 'reply', 'respond', 'explain', 'state', 'continue', 'conclude', 'quip', 'counter',
]);

/** The forms that are present-participles: they report for the subject of the clause they hang on. */
export const isParticiple = (form: string): boolean => form.endsWith('ing') && form !== 'bring';

/** Whether a cue's lemma reports whole utterances after a quotation ("…,” he said). */
export const reportsUtterance = (lemma: string): boolean => !OBJECT_ONLY_LEMMAS.has(lemma) && !RELAY_LEMMAS.has(lemma);
/** Whether a cue's lemma usually names a medium relaying speech. */
export const isRelay = (lemma: string): boolean => RELAY_LEMMAS.has(lemma);
