// Tags tokens with BIO labels using a trained model: sums the weights of each token's features, then
// decodes the best well-formed label sequence. A word's own features (and its features as a neighbour)
// are summed once per word and cached, so a token costs a few vector additions plus its context features.
import { allowedTransitions, viterbi } from './decode';
import { BOUNDARY_INFO, contextFeatures, wordFeatureGroups, type DocumentCase, type WordInfo } from './features';
import { bitOf } from './lexicon';
import { PAIR, rowOfBucket, type NerModel } from './model';
import type { NerToken } from './tokens';

const allowedCache = new WeakMap<NerModel, Uint8Array>();
const GROUPS = 5;

// Scores are sums of the model's int8 weights, added as integers (exact) and scaled once per token and label.
// They are added two labels at a time as paired weights (model.ts pairedWeights), which halves the additions:
// most of the time of tagging a token.

// The summed paired weights of a word's five feature groups (features.ts wordFeatureGroups), for `model`.
function wordScores(model: NerModel, info: WordInfo): Float64Array {
  if (info.scoresOf === model) return info.scores!;
  const W = model.pairedWidth;
  const weights = model.pairedWeights;
  const scores = new Float64Array(GROUPS * W);
  wordFeatureGroups(info).forEach((group, g) => {
    for (const id of group) {
      const row = rowOfBucket(model.keptIndex, W, id & model.hashMask);
      if (row < 0) continue;
      for (let c = 0; c < W; c++) scores[g * W + c]! += weights[row + c]!;
    }
  });
  info.scores = scores;
  info.scoresOf = model;
  return scores;
}

/** Emission scores (tokens × labels) of one sequence, written into `into` when given (at least that long). */
export function emissionScores(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules?: Int32Array, into?: Float32Array): Float32Array {
  return scoresAndWords(model, tokens, doc, rules, into).scores;
}

/** emissionScores, then keepLowerCaseWordsOutOfNames, with the words' facts read once for both. */
export function sequenceScores(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules?: Int32Array, into?: Float32Array): Float32Array {
  const { scores, words } = scoresAndWords(model, tokens, doc, rules, into);
  keepLowerCaseWordsOutOfNames(model, tokens, words, doc, scores);
  return scores;
}

function scoresAndWords(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules: Int32Array | undefined, into: Float32Array | undefined): { scores: Float32Array; words: WordInfo[] } {
  const L = model.labelCount;
  const W = model.pairedWidth;
  const n = tokens.length;
  const { ids, offsets, words } = contextFeatures(tokens, model.lexicon, doc, model.ruleFeatures ? rules : undefined);
  const scores = into ?? new Float32Array(n * L);
  const weights = model.pairedWeights;
  const scale = model.scale;
  const { keptIndex, hashMask } = model;
  // Each word's summed groups, once per token; the boundary's past either end.
  const boundary = wordScores(model, BOUNDARY_INFO);
  const summed = new Array<Float64Array>(n);
  for (let t = 0; t < n; t++) summed[t] = wordScores(model, words[t]!);
  // The rows of each token's context features that have weights (rows[rowStart[t]..rowStart[t+1])), looked up
  // first: the look-ups are independent, so the processor overlaps their cache misses.
  if (rowBuffer.length < offsets[n]!) rowBuffer = new Int32Array(Math.max(2 * rowBuffer.length, offsets[n]!));
  if (rowStartBuffer.length < n + 1) rowStartBuffer = new Int32Array(Math.max(2 * rowStartBuffer.length, n + 1));
  const rows = rowBuffer;
  const rowStart = rowStartBuffer;
  let found = 0;
  for (let t = 0; t < n; t++) {
    rowStart[t] = found;
    for (let k = offsets[t]!, kTo = offsets[t + 1]!; k < kTo; k++) {
      const row = rowOfBucket(keptIndex, W, ids[k]! & hashMask);
      if (row >= 0) rows[found++] = row;
    }
  }
  rowStart[n] = found;
  // Then each pair of labels' sum in a register: the token's word groups, its neighbours', its context features.
  for (let t = 0; t < n; t++) {
    const base = t * L;
    const own = summed[t]!;
    const prev = t > 0 ? summed[t - 1]! : boundary;
    const next = t + 1 < n ? summed[t + 1]! : boundary;
    const prev2 = t > 1 ? summed[t - 2]! : boundary;
    const next2 = t + 2 < n ? summed[t + 2]! : boundary;
    const from = rowStart[t]!;
    const to = rowStart[t + 1]!;
    for (let c = 0; c < W; c++) {
      let sum = own[c]! + prev[W + c]! + next[2 * W + c]! + prev2[3 * W + c]! + next2[4 * W + c]!;
      for (let j = from; j < to; j++) sum += weights[rows[j]! + c]!;
      // Unpaired: sum = low + PAIR × high, |low| < PAIR / 2. (`+ 0` makes a rounded -0 a 0, as an integer sum is.)
      const high = Math.round(sum / PAIR) + 0;
      scores[base + 2 * c] = (sum - high * PAIR) * scale;
      if (2 * c + 1 < L) scores[base + 2 * c + 1] = high * scale;
    }
  }
  return { scores, words };
}

// Scratch arrays kept between calls (a typed array costs microseconds to allocate): every cell read is written
// first in the same call.
let rowBuffer = new Int32Array(4096);
let rowStartBuffer = new Int32Array(512);

/** The label index of each token of one sequence. */
export function tagSequence(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules?: Int32Array): Int32Array {
  let allowed = allowedCache.get(model);
  if (allowed === undefined) {
    allowed = allowedTransitions(model.labels);
    allowedCache.set(model, allowed);
  }
  const scores = sequenceScores(model, tokens, doc, rules);
  return viterbi(scores, tokens.length, model.labelCount, model.transitions, allowed);
}

// The words in lower case inside a person's, a body's or a place's name are short joining words ("Bank of
// England", "Abd al Aziz", "Rhodes-Livingstone Institute for Social Research") or a place's or a body's word
// ("the Odra river", "the Calder valley"); another is a verb or a noun after the name ("the Foreign Ministry
// briefed Acme Holdings"). Where a writer starts sentences in capitals (not a careless document, which may
// write "san francisco"), such a word does not continue a name. (Nor, mostly, does it begin one, but web text
// names brands in lower case among capitalised sentences: ruling that out cost 0.3 F1 on UNER's test split.)
const CONTINUES_NAME = /^(?:\p{Ll}{1,3}|upon|d['’].*|l['’].*)$/u;
const ALL_LOWER = /^\p{Ll}[\p{Ll}'’-]*$/u;
const NAME_WORDS = bitOf('place-word') | bitOf('org-word');
const nameLabelsCache = new WeakMap<NerModel, number[]>();

/**
 * Rules out, in `scores` (emissionScores'), a word in lower case, but a joining or a place's word, inside a name.
 * `words` are the tokens' facts (contextFeatures'), where each word's answer is kept once asked (they are cached
 * by the word as written, for one lexicon, the model's).
 */
export function keepLowerCaseWordsOutOfNames(model: NerModel, tokens: readonly NerToken[], words: readonly WordInfo[], doc: DocumentCase, scores: Float32Array): void {
  if (doc.careless) return;
  let nameLabels = nameLabelsCache.get(model);
  if (nameLabels === undefined) {
    nameLabels = model.labels.flatMap((label, i) => (/^I-(?:PER|ORG|LOC)$/.test(label) ? [i] : []));
    nameLabelsCache.set(model, nameLabels);
  }
  const L = model.labelCount;
  for (let t = 0; t < words.length; t++) {
    const text = tokens[t]!.text;
    if (!(words[t]!.outOfNames ??= ALL_LOWER.test(text) && !CONTINUES_NAME.test(text) && (model.lexicon.maskOf(text) & NAME_WORDS) === 0)) continue;
    for (const label of nameLabels) scores[t * L + label] = -1e9;
  }
}
