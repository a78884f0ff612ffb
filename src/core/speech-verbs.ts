// Lexicons for attribution, kept as data apart from the rules that use them.
// Each verb is listed with its inflections: base, third person, past, past participle, -ing.

type Inflections = readonly [base: string, third: string, past: string, participle: string, ing: string];

/** Verbs that report speech or writing: `X said`, `“…,” said X`, `X said: “…”`. */
const SPEECH_VERBS: readonly Inflections[] = [
  ['say', 'says', 'said', 'said', 'saying'],
  ['tell', 'tells', 'told', 'told', 'telling'],
  ['add', 'adds', 'added', 'added', 'adding'],
  ['state', 'states', 'stated', 'stated', 'stating'],
  ['caution', 'cautions', 'cautioned', 'cautioned', 'cautioning'],
  ['warn', 'warns', 'warned', 'warned', 'warning'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posted', 'posting'],
  ['ask', 'asks', 'asked', 'asked', 'asking'],
  ['explain', 'explains', 'explained', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noted', 'noting'],
  ['argue', 'argues', 'argued', 'argued', 'arguing'],
  ['insist', 'insists', 'insisted', 'insisted', 'insisting'],
  ['claim', 'claims', 'claimed', 'claimed', 'claiming'],
  ['declare', 'declares', 'declared', 'declared', 'declaring'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledged', 'acknowledging'],
  ['stress', 'stresses', 'stressed', 'stressed', 'stressing'],
  ['reply', 'replies', 'replied', 'replied', 'replying'],
  ['continue', 'continues', 'continued', 'continued', 'continuing'],
  ['answer', 'answers', 'answered', 'answered', 'answering'],
  ['respond', 'responds', 'responded', 'responded', 'responding'],
  ['remark', 'remarks', 'remarked', 'remarked', 'remarking'],
  ['observe', 'observes', 'observed', 'observed', 'observing'],
  ['comment', 'comments', 'commented', 'commented', 'commenting'],
  ['announce', 'announces', 'announced', 'announced', 'announcing'],
  ['admit', 'admits', 'admitted', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceded', 'conceding'],
  ['confirm', 'confirms', 'confirmed', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denied', 'denying'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasised', 'emphasising'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasized', 'emphasizing'],
  ['recall', 'recalls', 'recalled', 'recalled', 'recalling'],
  ['recount', 'recounts', 'recounted', 'recounted', 'recounting'],
  ['report', 'reports', 'reported', 'reported', 'reporting'],
  ['shout', 'shouts', 'shouted', 'shouted', 'shouting'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaimed', 'exclaiming'],
  ['whisper', 'whispers', 'whispered', 'whispered', 'whispering'],
  ['quip', 'quips', 'quipped', 'quipped', 'quipping'],
  ['joke', 'jokes', 'joked', 'joked', 'joking'],
  ['suggest', 'suggests', 'suggested', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledged', 'pledging'],
  ['urge', 'urges', 'urged', 'urged', 'urging'],
  ['demand', 'demands', 'demanded', 'demanded', 'demanding'],
  ['complain', 'complains', 'complained', 'complained', 'complaining'],
  ['maintain', 'maintains', 'maintained', 'maintained', 'maintaining'],
  ['assert', 'asserts', 'asserted', 'asserted', 'asserting'],
  ['contend', 'contends', 'contended', 'contended', 'contending'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterated', 'reiterating'],
  ['testify', 'testifies', 'testified', 'testified', 'testifying'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['mention', 'mentions', 'mentioned', 'mentioned', 'mentioning'],
  ['conclude', 'concludes', 'concluded', 'concluded', 'concluding'],
  ['agree', 'agrees', 'agreed', 'agreed', 'agreeing'],
  ['boast', 'boasts', 'boasted', 'boasted', 'boasting'],
  ['counter', 'counters', 'countered', 'countered', 'countering'],
  ['protest', 'protests', 'protested', 'protested', 'protesting'],
  ['plead', 'pleads', 'pleaded', 'pleaded', 'pleading'],
  ['recommend', 'recommends', 'recommended', 'recommended', 'recommending'],
  ['quote', 'quotes', 'quoted', 'quoted', 'quoting'],
  ['cite', 'cites', 'cited', 'cited', 'citing'],
  ['wonder', 'wonders', 'wondered', 'wondered', 'wondering'],
  // `the statement read`, `a sign above the door reads`.
  ['read', 'reads', 'read', 'read', 'reading'],
];

/**
 * Verbs that make their subject the holder of a quoted fragment in the same clause
 * (`Putin described Ukraine as a “brotherly nation”`), though they do not introduce speech.
 */
const HOLDER_VERBS: readonly Inflections[] = [
  ['describe', 'describes', 'described', 'described', 'describing'],
  ['call', 'calls', 'called', 'called', 'calling'],
  ['frame', 'frames', 'framed', 'framed', 'framing'],
  ['term', 'terms', 'termed', 'termed', 'terming'],
  ['dub', 'dubs', 'dubbed', 'dubbed', 'dubbing'],
  ['label', 'labels', 'labelled', 'labelled', 'labelling'],
  ['label', 'labels', 'labeled', 'labeled', 'labeling'],
  ['brand', 'brands', 'branded', 'branded', 'branding'],
  ['characterise', 'characterises', 'characterised', 'characterised', 'characterising'],
  ['characterize', 'characterizes', 'characterized', 'characterized', 'characterizing'],
  ['refer', 'refers', 'referred', 'referred', 'referring'],
  ['liken', 'likens', 'likened', 'likened', 'likening'],
  ['compare', 'compares', 'compared', 'compared', 'comparing'],
  ['accuse', 'accuses', 'accused', 'accused', 'accusing'],
  ['praise', 'praises', 'praised', 'praised', 'praising'],
  ['hail', 'hails', 'hailed', 'hailed', 'hailing'],
  ['criticise', 'criticises', 'criticised', 'criticised', 'criticising'],
  ['criticize', 'criticizes', 'criticized', 'criticized', 'criticizing'],
  ['condemn', 'condemns', 'condemned', 'condemned', 'condemning'],
  ['denounce', 'denounces', 'denounced', 'denounced', 'denouncing'],
  ['slam', 'slams', 'slammed', 'slammed', 'slamming'],
  ['blast', 'blasts', 'blasted', 'blasted', 'blasting'],
  ['welcome', 'welcomes', 'welcomed', 'welcomed', 'welcoming'],
  ['reject', 'rejects', 'rejected', 'rejected', 'rejecting'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissed', 'dismissing'],
  ['question', 'questions', 'questioned', 'questioned', 'questioning'],
  ['express', 'expresses', 'expressed', 'expressed', 'expressing'],
  ['voice', 'voices', 'voiced', 'voiced', 'voicing'],
  ['defend', 'defends', 'defended', 'defended', 'defending'],
  ['tout', 'touts', 'touted', 'touted', 'touting'],
  ['propose', 'proposes', 'proposed', 'proposed', 'proposing'],
  ['portray', 'portrays', 'portrayed', 'portrayed', 'portraying'],
  ['decry', 'decries', 'decried', 'decried', 'decrying'],
  ['lament', 'laments', 'lamented', 'lamented', 'lamenting'],
  ['applaud', 'applauds', 'applauded', 'applauded', 'applauding'],
  ['blame', 'blames', 'blamed', 'blamed', 'blaming'],
  ['thank', 'thanks', 'thanked', 'thanked', 'thanking'],
];

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing';
export interface VerbEntry {
  lemma: string;
  form: VerbForm;
  /** True for speech verbs, false for holder verbs. */
  speech: boolean;
}

const FORMS: readonly VerbForm[] = ['base', 'third', 'past', 'participle', 'ing'];
const LEXICON = new Map<string, VerbEntry>();
for (const [list, speech] of [[HOLDER_VERBS, false], [SPEECH_VERBS, true]] as const) {
  for (const inflections of list) {
    inflections.forEach((word, i) => {
      const form = FORMS[i]!;
      const existing = LEXICON.get(word);
      // A past form wins over base/participle readings of the same word (said, put, read).
      if (existing && existing.speech === speech && existing.form === 'past') return;
      LEXICON.set(word, { lemma: inflections[0], form, speech });
    });
  }
}

/** The lexicon entry for a lower-cased word, if it is a speech or holder verb. */
export function lookUpVerb(lower: string): VerbEntry | undefined {
  return LEXICON.get(lower);
}

/** Speech verbs that commonly come before their subject after a quotation: `“…,” said Putin`. */
export const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'explains', 'continued',
  'continues', 'noted', 'notes', 'replied', 'replies', 'recalled', 'recalls', 'insisted', 'insists', 'declared',
  'warned', 'warns', 'cautioned', 'stated', 'remarked', 'observed', 'quipped', 'exclaimed', 'answered',
  'countered', 'concluded', 'argued', 'argues', 'tweeted', 'posted', 'admitted', 'conceded',
  'shouted', 'whispered', 'joked', 'boasted', 'complained', 'responded', 'agreed', 'suggested',
]);

/** Forms that can be the finite verb of a clause (not -ing, not a bare infinitive). */
export function isFiniteForm(entry: VerbEntry): boolean {
  return entry.form === 'past' || entry.form === 'third' || entry.form === 'participle';
}
