// The tagger's features for each token, as hashed ids: the word, its shape and affixes, its neighbours,
// its capital in context (sentence start, a line in capitals, the word's lower-case use elsewhere in the
// document), and the lexicons it and its neighbours are in, with multi-word gazetteer matches.
// Training (scripts/train-ner.ts) and tagging share this module, so the two can never drift apart.
import { COARSE_CLUSTERS, LEXICON_BITS, bitOf, type Lexicon } from './lexicon';
import type { NerToken } from './tokens';

/** Per-token feature ids, flattened: ids of token i are ids[offsets[i]..offsets[i+1]). */
export interface TokenFeatures {
  ids: Uint32Array;
  offsets: Uint32Array;
}

/** What the features know of a word as written; `scores` caches a tagger's sums of its word-only features. */
export interface WordInfo {
  lower: string;
  upper: boolean;
  scores?: Float64Array;
  scoresOf?: unknown;
  shape: string;
  mask: number;
  capitalised: boolean;
  hasLetter: boolean;
  /** Feature hashes that depend on the word alone. */
  own: number[];
  lowerHash: number;
  shapeHash: number;
  /** The word's features as a neighbour: w-1, w+1, w-2, w+2. */
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
  /** Lexicon features when capitalised, and the cluster, as a neighbour: lex-1, lex+1, cl-1, cl+1. */
  prevLex: number[];
  nextLex: number[];
  /**
   * The word's hash already mixed into the conjunctions it opens, the other word still to come: as the previous
   * word of sh-1|sh, sh-1|sh|sh+1 and w-1|w; as the word itself of sh|sh+1, w|w+1 and start|sh.
   */
  opensPrevShape: number;
  opensShape3: number;
  opensPrevWord: number;
  opensNextShape: number;
  opensWordNext: number;
  opensStart: number;
  /** The word as the start of a lexicon phrase, once gazetteerMatches has asked. */
  phrase?: PhraseStep;
  /** Whether a careful text's name never runs over the word, once the tagger has asked (tagger.ts keepLowerCaseWordsOutOfNames). */
  outOfNames?: boolean;
}

/** Words read towards a multi-word lexicon entry (gazetteerMatches): what the lexicon says of them so far. */
interface PhraseStep {
  /** The words' lower case, space-separated. */
  text: string;
  /** Lexicon bits of the words as a phrase; 0 when they are none. */
  mask: number;
  /** Whether a longer phrase begins with them. */
  begins: boolean;
  /** The steps with one more word, by that word. */
  next: Map<WordInfo, PhraseStep> | undefined;
}

const FNV_OFFSET = 0x811c9dc5;
const COMMON_BIT = bitOf('common');
const TITLE_BIT = bitOf('title');
const UPPER_LINE_MIN_WORDS = 3;

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mixNumber(h: number, n: number): number {
  h ^= n & 0xffff;
  h = Math.imul(h, 0x01000193);
  h ^= n >>> 16;
  return Math.imul(h, 0x01000193) >>> 0;
}

// Final avalanche (murmur3's), so the low bits that pick a bucket depend on every input bit.
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const template = (name: string): number => mix(FNV_OFFSET, name);
const T = {
  bias: template('bias'),
  word: template('w'),
  shape: template('sh'),
  suffix: template('suf'),
  prefix: template('pre'),
  lex: template('lex'),
  prev: template('w-1'),
  next: template('w+1'),
  prev2: template('w-2'),
  next2: template('w+2'),
  prevShape: template('sh-1|sh'),
  nextShape: template('sh|sh+1'),
  shape3: template('sh-1|sh|sh+1'),
  prevWord: template('w-1|w'),
  wordNext: template('w|w+1'),
  start: template('start|sh'),
  startWord: template('start|w'),
  docLower: template('doclower'),
  docCap: template('doccap'),
  prevLex: template('lex-1'),
  nextLex: template('lex+1'),
  gazetteer: template('gaz'),
  upper: template('upper'),
  upperWord: template('upper|w'),
  upperLex: template('upper|lex'),
  capLex: template('cap|lex'),
  startLex: template('start|lex'),
  prevTitle: template('title-1|sh'),
  carelessLex: template('careless|lex'),
  carelessWord: template('careless|w'),
  quote: template('quote'),
  rule: template('rule'),
  ruleType: template('rule|bi|type'),
  ruleNone: template('rule|none|sh'),
  rulePrev: template('rule-1|type'),
  ruleNext: template('rule+1|type'),
  ruleShape: template('rule|type|sh'),
  cluster: template('cl'),
  coarse: template('clc'),
  capCluster: template('cap|cl'),
  prevCluster: template('cl-1'),
  nextCluster: template('cl+1'),
};

/** A rule recogniser's mention, as the tagger reads it: where it is, its type (null: unknown) and why. */
export interface RuleMention {
  start: number;
  end: number;
  type: string | null;
  evidence: string;
}

const RULE_TYPES = [null, 'person', 'organization', 'place', 'other'];
const RULE_EVIDENCE = ['known', 'title', 'structure', 'lexicon', 'shape', 'none'];

/**
 * Per token, what the rules said of it: 0 nothing, else 1 (first word) or 2 (later word) | type << 2 |
 * evidence << 5. The tagger weighs the rules' decisions as features instead of being overridden by them.
 */
export function ruleMarks(tokens: readonly NerToken[], mentions: readonly RuleMention[]): Int32Array {
  const marks = new Int32Array(tokens.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    const type = Math.max(0, RULE_TYPES.indexOf(m.type));
    const evidence = Math.max(0, RULE_EVIDENCE.indexOf(m.evidence));
    for (let k = t, first = true; k < tokens.length && tokens[k]!.start < m.end; k++) {
      if (marks[k] !== 0) continue;
      marks[k] = (first ? 1 : 2) | (type << 2) | (evidence << 5);
      first = false;
    }
  }
  return marks;
}

function opensOf(shapeHash: number, lowerHash: number) {
  return {
    opensPrevShape: mixNumber(T.prevShape, shapeHash) | 0,
    opensShape3: mixNumber(T.shape3, shapeHash) | 0,
    opensPrevWord: mixNumber(T.prevWord, lowerHash) | 0,
    opensNextShape: mixNumber(T.nextShape, shapeHash) | 0,
    opensWordNext: mixNumber(T.wordNext, lowerHash) | 0,
    opensStart: mixNumber(T.start, shapeHash) | 0,
  };
}

// Every WordInfo is made with the same fields in the same order, those filled in later included, so the
// feature loops see one object shape. Its hashes are kept as signed 32-bit integers (`| 0`): V8 stores a field
// holding a number of 2^31 or more as a separate boxed number, one more memory read at every use; the bits, all
// the hashing and the feature ids read, are the same.
const BOUNDARY = '<s>';
export const BOUNDARY_INFO: WordInfo = {
  lower: BOUNDARY,
  upper: false,
  scores: undefined,
  scoresOf: undefined,
  shape: BOUNDARY,
  mask: 0,
  capitalised: false,
  hasLetter: false,
  own: [],
  lowerHash: mix(FNV_OFFSET, BOUNDARY) | 0,
  shapeHash: mix(FNV_OFFSET, BOUNDARY) | 0,
  asPrev: finish(mix(T.prev, BOUNDARY)) | 0,
  asNext: finish(mix(T.next, BOUNDARY)) | 0,
  asPrev2: finish(mix(T.prev2, BOUNDARY)) | 0,
  asNext2: finish(mix(T.next2, BOUNDARY)) | 0,
  prevLex: [],
  nextLex: [],
  ...opensOf(mix(FNV_OFFSET, BOUNDARY), mix(FNV_OFFSET, BOUNDARY)),
  phrase: undefined,
  outOfNames: undefined,
};

// Word facts depend only on the word as written, and articles repeat their words.
const wordCache = new Map<string, WordInfo>();
let cachedLexicon: Lexicon | undefined;
const WORD_CACHE_SIZE = 50_000;

/** "Putin" → "Xx", "NATO" → "X", "U.S." → "X.X.", "G7" → "Xd", "McDonald" → "XxXx". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    const code = word.charCodeAt(i);
    let k: string;
    if (code >= 65 && code <= 90) k = 'X';
    else if (code >= 97 && code <= 122) k = 'x';
    else if (code >= 48 && code <= 57) k = 'd';
    else if (code < 128) k = c;
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else if (/\p{Ll}|\p{Lo}/u.test(c)) k = 'x';
    else if (/\p{N}/u.test(c)) k = 'd';
    else k = c;
    if (k !== last) shape += k;
    last = k;
  }
  return word.length <= 2 ? `${shape}${word.length}` : shape;
}

function wordInfo(text: string, lexicon: Lexicon): WordInfo {
  const cached = wordCache.get(text);
  if (cached !== undefined) return cached;
  const lower = text.toLowerCase().replace(/\u00ad/g, '').replace(/’/g, "'");
  const bare = lower.endsWith('.') && lower.length > 1 ? lower.slice(0, -1) : lower;
  const shape = wordShape(text);
  const mask = lexicon.maskOf(bare);
  const first = text.charAt(0);
  const capitalised = first !== first.toLowerCase();
  const hasLetter = /\p{L}/u.test(text);
  const lowerHash = mix(FNV_OFFSET, lower) | 0;
  const shapeHash = mix(FNV_OFFSET, shape) | 0;
  const own = [finish(mix(T.word, lower)), finish(mix(T.shape, shape))];
  if (hasLetter && lower.length > 2) {
    for (let n = 2; n <= 4 && n < lower.length; n++) own.push(finish(mixNumber(mix(T.suffix, lower.slice(-n)), n)));
    own.push(finish(mix(T.prefix, lower.slice(0, 3))));
  }
  for (let bit = 0; bit < LEXICON_BITS.length; bit++) {
    if ((mask & (1 << bit)) === 0) continue;
    own.push(finish(mixNumber(T.lex, bit)));
    own.push(finish(mixNumber(mixNumber(T.capLex, bit), capitalised ? 1 : 0)));
  }
  const prevLex: number[] = [];
  const nextLex: number[] = [];
  // The word's cluster (lexicon.ts clusterOf): an unseen name in the cluster of towns reads like a town.
  const cluster = lexicon.clusterOf(bare);
  if (cluster !== 0) {
    const fine = Math.floor((cluster - 1) / COARSE_CLUSTERS);
    own.push(finish(mixNumber(T.cluster, fine)));
    own.push(finish(mixNumber(T.coarse, (cluster - 1) % COARSE_CLUSTERS)));
    own.push(finish(mixNumber(mixNumber(T.capCluster, fine), capitalised ? 1 : 0)));
    prevLex.push(finish(mixNumber(T.prevCluster, fine)));
    nextLex.push(finish(mixNumber(T.nextCluster, fine)));
  }
  if (capitalised) {
    for (let bit = 0; bit < LEXICON_BITS.length; bit++) {
      if ((mask & (1 << bit)) === 0) continue;
      prevLex.push(finish(mixNumber(T.prevLex, bit)));
      nextLex.push(finish(mixNumber(T.nextLex, bit)));
    }
  }
  const info: WordInfo = {
    lower,
    upper: text === text.toUpperCase(),
    scores: undefined,
    scoresOf: undefined,
    shape,
    mask,
    capitalised,
    hasLetter,
    own,
    lowerHash,
    shapeHash,
    asPrev: finish(mix(T.prev, lower)) | 0,
    asNext: finish(mix(T.next, lower)) | 0,
    asPrev2: finish(mix(T.prev2, lower)) | 0,
    asNext2: finish(mix(T.next2, lower)) | 0,
    prevLex,
    nextLex,
    ...opensOf(shapeHash, lowerHash),
    phrase: undefined,
    outOfNames: undefined,
  };
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
  wordCache.set(text, info);
  return info;
}

/**
 * What the document says about its words: which occur in lower case, which capitalised mid-sentence, and
 * whether its writer starts sentences in lower case (then names may be in lower case too: "flew to chicago").
 */
export interface DocumentCase {
  lowercase: Set<string>;
  midSentenceCapital: Set<string>;
  careless: boolean;
}

export function documentCase(tokens: readonly NerToken[]): DocumentCase {
  const lowercase = new Set<string>();
  const midSentenceCapital = new Set<string>();
  let starts = 0;
  let lowerStarts = 0;
  for (const t of tokens) {
    const code = t.text.charCodeAt(0);
    if (t.sentenceStart && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) {
      starts++;
      if (code >= 97) lowerStarts++;
    }
    if (code >= 97 && code <= 122) lowercase.add(t.text);
    else if (!t.sentenceStart && code >= 65 && code <= 90 && t.text.length > 1) {
      // A word in capitals says nothing about its case elsewhere.
      if (hasLowerCaseAfterFirst(t.text)) midSentenceCapital.add(t.text.toLowerCase());
    }
  }
  return { lowercase, midSentenceCapital, careless: lowerStarts > 0 && 2 * lowerStarts >= starts };
}

// Whether upper case changes `word` past its first character; an ASCII word is read without converting it.
function hasLowerCaseAfterFirst(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) {
      const rest = word.slice(1);
      return rest !== rest.toUpperCase();
    }
  }
  return false;
}

/** Feature ids for every token of one sequence (a line or a sentence) of the document. */
export function extractFeatures(tokens: readonly NerToken[], lexicon: Lexicon, doc: DocumentCase, rules?: Int32Array): TokenFeatures {
  const { ids, offsets } = sequenceFeatures(tokens, lexicon, doc, rules, true);
  return { ids: ids.slice(), offsets: offsets.slice() };
}

/**
 * The features of a sequence that depend on more than one word, and each token's WordInfo: the tagger adds
 * the word-only groups (wordFeatureGroups of the token and its neighbours, with the bias) from per-word caches.
 */
export function contextFeatures(tokens: readonly NerToken[], lexicon: Lexicon, doc: DocumentCase, rules?: Int32Array): TokenFeatures & { words: WordInfo[] } {
  // `ids` and `offsets` are views of buffers the next call overwrites: read them before extracting more.
  return sequenceFeatures(tokens, lexicon, doc, rules, false);
}

/**
 * A word's features that depend on it alone, in five groups by where it stands: itself, previous word,
 * next word, two before, two after. extractFeatures gives token i groups 0 of i, 1 of i-1, 2 of i+1,
 * 3 of i-2 and 4 of i+2 (BOUNDARY_INFO past the ends). The bias, which every token has, goes with group 0:
 * summed once per word instead of looked up at every token.
 */
export function wordFeatureGroups(w: WordInfo): number[][] {
  return [[T.bias, ...w.own], [w.asPrev, ...w.prevLex], [w.asNext, ...w.nextLex], [w.asPrev2], [w.asNext2]];
}

// Feature ids are written here as they are made, then copied out at their final length. Scratch arrays are
// kept between calls because a typed array costs microseconds to allocate.
let idBuffer = new Uint32Array(4096);
let offsetBuffer = new Uint32Array(512);
let upperBuffer = new Uint8Array(512);
const UPPER_ID = finish(T.upper);
const QUOTE_ID = finish(T.quote);
const MAX_TOKEN_FEATURES = 512;
// The rule features' ids for every value of a rule mark (below 256, see ruleMarks) or of its low five bits,
// made once instead of hashed at every token.
const RULE_IDS = Uint32Array.from({ length: 256 }, (_, r) => finish(mixNumber(T.rule, r)));
const RULE_TYPE_IDS = Uint32Array.from({ length: 32 }, (_, r) => finish(mixNumber(T.ruleType, r)));
const RULE_PREV_IDS = Uint32Array.from({ length: 32 }, (_, r) => finish(mixNumber(T.rulePrev, r)));
const RULE_NEXT_IDS = Uint32Array.from({ length: 32 }, (_, r) => finish(mixNumber(T.ruleNext, r)));

function sequenceFeatures(tokens: readonly NerToken[], lexicon: Lexicon, doc: DocumentCase, rules: Int32Array | undefined, withWordFeatures: boolean): TokenFeatures & { words: WordInfo[] } {
  if (cachedLexicon !== lexicon) {
    wordCache.clear();
    cachedLexicon = lexicon;
  }
  const n = tokens.length;
  const infos = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = wordInfo(tokens[i]!.text, lexicon);
  const upper = upperLines(tokens, infos);
  const gazetteer = gazetteerMatches(infos, lexicon);
  let ids = idBuffer;
  let count = 0;
  if (offsetBuffer.length < n + 1) offsetBuffer = new Uint32Array(Math.max(2 * offsetBuffer.length, n + 1));
  const offsets = offsetBuffer.subarray(0, n + 1);
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    // No token has this many features: room for all of this one's without a check per feature.
    if (ids.length - count < MAX_TOKEN_FEATURES) {
      const grown = new Uint32Array(2 * ids.length + MAX_TOKEN_FEATURES);
      grown.set(ids.subarray(0, count));
      ids = idBuffer = grown;
    }
    const w = infos[i]!;
    const p = i > 0 ? infos[i - 1]! : BOUNDARY_INFO;
    const q = i + 1 < n ? infos[i + 1]! : BOUNDARY_INFO;
    const p2 = i > 1 ? infos[i - 2]! : BOUNDARY_INFO;
    const q2 = i + 2 < n ? infos[i + 2]! : BOUNDARY_INFO;
    const token = tokens[i]!;
    if (token.text === '“' || (token.text === '"' && !inQuote)) inQuote = true;
    else if (token.text === '”' || token.text === '"') inQuote = false;
    const start = token.sentenceStart ? 1 : 0;
    if (withWordFeatures) {
      ids[count++] = T.bias;
      for (const h of w.own) ids[count++] = h;
      ids[count++] = p.asPrev;
      ids[count++] = q.asNext;
      ids[count++] = p2.asPrev2;
      ids[count++] = q2.asNext2;
      for (const h of p.prevLex) ids[count++] = h;
      for (const h of q.nextLex) ids[count++] = h;
    }
    // Conjunctions combine the words' precomputed hashes: numbers, not strings, per token.
    ids[count++] = finish(mixNumber(p.opensPrevShape, w.shapeHash));
    ids[count++] = finish(mixNumber(w.opensNextShape, q.shapeHash));
    ids[count++] = finish(mixNumber(mixNumber(p.opensShape3, w.shapeHash), q.shapeHash));
    ids[count++] = finish(mixNumber(p.opensPrevWord, w.lowerHash));
    ids[count++] = finish(mixNumber(w.opensWordNext, q.lowerHash));
    ids[count++] = finish(mixNumber(w.opensStart, start));
    if (start === 1) ids[count++] = finish(mixNumber(T.startWord, w.lowerHash));
    if (w.capitalised && w.hasLetter) {
      const lowerInDoc = doc.lowercase.has(w.lower) ? 1 : 0;
      const capInDoc = doc.midSentenceCapital.has(w.lower) ? 1 : 0;
      ids[count++] = finish(mixNumber(mixNumber(mixNumber(T.docLower, lowerInDoc), start), upper[i]! ? 1 : 0));
      ids[count++] = finish(mixNumber(mixNumber(T.docCap, capInDoc), start));
      if (start === 1 || upper[i]!) {
        for (let bit = 0; bit < LEXICON_BITS.length; bit++) if ((w.mask & (1 << bit)) !== 0) ids[count++] = finish(mixNumber(T.startLex, bit));
      }
    }
    if (upper[i]!) {
      ids[count++] = UPPER_ID;
      ids[count++] = finish(mixNumber(T.upperWord, w.lowerHash));
      for (let bit = 0; bit < LEXICON_BITS.length; bit++) if ((w.mask & (1 << bit)) !== 0) ids[count++] = finish(mixNumber(T.upperLex, bit));
    }
    if (doc.careless && !w.capitalised && w.hasLetter) {
      ids[count++] = finish(mixNumber(T.carelessWord, w.lowerHash));
      for (let bit = 0; bit < LEXICON_BITS.length; bit++) if ((w.mask & (1 << bit)) !== 0) ids[count++] = finish(mixNumber(T.carelessLex, bit));
    }
    if ((p.mask & TITLE_BIT) !== 0 && (p.mask & COMMON_BIT) === 0) ids[count++] = finish(mixNumber(T.prevTitle, w.shapeHash));
    const g = gazetteer[i];
    if (g !== undefined) ids[count++] = finish(mix(T.gazetteer, g));
    if (inQuote) ids[count++] = QUOTE_ID;
    if (rules !== undefined) {
      const r = rules[i]!;
      if (r !== 0) {
        ids[count++] = RULE_IDS[r] ?? finish(mixNumber(T.rule, r));
        ids[count++] = RULE_TYPE_IDS[r & 31]!;
        ids[count++] = finish(mixNumber(mixNumber(T.ruleShape, (r >> 2) & 7), w.shapeHash));
      } else if (w.capitalised) ids[count++] = finish(mixNumber(T.ruleNone, w.shapeHash));
      ids[count++] = RULE_PREV_IDS[i > 0 ? rules[i - 1]! & 31 : 0]!;
      ids[count++] = RULE_NEXT_IDS[i + 1 < n ? rules[i + 1]! & 31 : 0]!;
    }
  }
  offsets[n] = count;
  return { ids: ids.subarray(0, count), offsets, words: infos };
}

// Tokens on a line written in capitals ("SOCCER - JAPAN GET LUCKY WIN"), where capitals mark nothing: 1 there, else
// 0, in a buffer the next call overwrites.
function upperLines(tokens: readonly NerToken[], infos: WordInfo[]): Uint8Array {
  if (upperBuffer.length < tokens.length) upperBuffer = new Uint8Array(Math.max(2 * upperBuffer.length, tokens.length));
  const upper = upperBuffer.fill(0, 0, tokens.length);
  let lineStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.lineStart) continue;
    let words = 0;
    let capitals = 0;
    for (let k = lineStart; k < i; k++) {
      const info = infos[k]!;
      if (!info.hasLetter || info.lower.length < 2) continue;
      words++;
      if (info.upper) capitals++;
    }
    if (words >= UPPER_LINE_MIN_WORDS && capitals / words >= 0.8) for (let k = lineStart; k < i; k++) upper[k] = 1;
    lineStart = i;
  }
  return upper;
}

// Multi-word lexicon entries ("new york", "european union"): each token of the longest match is marked
// with the lists the phrase is in and its place in the phrase (B, I).
function gazetteerMatches(infos: WordInfo[], lexicon: Lexicon): Array<string | undefined> {
  const marks = new Array<string | undefined>(infos.length);
  const longest = lexicon.longestPhrase;
  for (let i = 0; i < infos.length; i++) {
    const first = infos[i]!;
    if (!first.capitalised || !first.hasLetter) continue;
    let step = first.phrase ?? (first.phrase = { text: first.lower, mask: 0, begins: lexicon.beginsPhrase(first.lower), next: undefined });
    if (!step.begins) continue;
    let found = 0;
    let foundMask = 0;
    for (let k = i + 1; k < infos.length && k - i < longest; k++) {
      if (!step.begins) break;
      step = nextPhraseStep(step, infos[k]!, lexicon);
      if (step.mask !== 0 && infos[k]!.capitalised) {
        found = k;
        foundMask = step.mask;
      }
    }
    if (found === 0) continue;
    const label = LEXICON_BITS.filter((_, bit) => (foundMask & (1 << bit)) !== 0).join('+');
    for (let k = i; k <= found; k++) marks[k] = `${k === i ? 'B' : 'I'}:${label}`;
    i = found;
  }
  return marks;
}

// The phrase steps hang off the cached words, so an article's repeated names ("Prime Minister Keir Starmer") are
// looked up in the lexicon once, not a string built and hashed at every mention.
function nextPhraseStep(step: PhraseStep, word: WordInfo, lexicon: Lexicon): PhraseStep {
  let next = step.next?.get(word);
  if (next === undefined) {
    const text = `${step.text} ${word.lower}`;
    next = { text, mask: lexicon.maskOf(text), begins: lexicon.beginsPhrase(text), next: undefined };
    (step.next ??= new Map()).set(word, next);
  }
  return next;
}

// Document-level features of a second pass: what the first pass made of the same word elsewhere in the
// document ("Jordan" tagged a person in three other sentences is likely a person here too).
const DOC_VOTE = template('doc|vote|unanimous');
const DOC_VOTE_START = template('doc|vote|start');
const DOC_ANY = template('doc|any');
/** Types a first pass gives tokens: 0 none, then PER, ORG, LOC, MISC (label index + 1 >> 1 of NER_LABELS). */
export const VOTE_TYPES = 5;

function votesFor(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** Per capitalised word of the document, how often the first pass gave it each type (VOTE_TYPES counts). */
export function documentVotes(tokens: readonly NerToken[], types: Int8Array): Map<string, Int32Array> {
  const votes = new Map<string, Int32Array>();
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (!votesFor(text)) continue;
    let v = votes.get(text);
    if (v === undefined) votes.set(text, (v = new Int32Array(VOTE_TYPES)));
    v[types[i]!]! += 1;
  }
  return votes;
}

/**
 * The second pass's features of each token of one sequence: the type the first pass gave the same word most
 * often elsewhere in the document (and whether always), and each type it gave it at all. `types` are the
 * first pass's types of these tokens.
 */
export function documentFeatures(tokens: readonly NerToken[], votes: Map<string, Int32Array>, types: Int8Array): TokenFeatures {
  const ids: number[] = [];
  const offsets = new Uint32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    offsets[i] = ids.length;
    const v = votesFor(tokens[i]!.text) ? votes.get(tokens[i]!.text) : undefined;
    if (v === undefined) continue;
    const own = types[i]!;
    let total = 0;
    let best = 0;
    for (let t = 0; t < VOTE_TYPES; t++) {
      const n = v[t]! - (t === own ? 1 : 0);
      total += n;
      if (n > v[best]! - (best === own ? 1 : 0)) best = t;
      if (t > 0 && n > 0) ids.push(finish(mixNumber(DOC_ANY, t)));
    }
    if (total === 0) continue;
    const unanimous = v[best]! - (best === own ? 1 : 0) === total ? 1 : 0;
    ids.push(finish(mixNumber(mixNumber(DOC_VOTE, best), unanimous)));
    ids.push(finish(mixNumber(mixNumber(DOC_VOTE_START, best), tokens[i]!.sentenceStart ? 1 : 0)));
  }
  offsets[tokens.length] = ids.length;
  return { ids: Uint32Array.from(ids), offsets };
}
