// Tags tokens with BIO labels using a trained model: sums the weights of each token's features, then
// decodes the best well-formed label sequence. A word's own features (and its features as a neighbour)
// are summed once per word and cached, so a token costs a few vector additions plus its context features.
import { allowedTransitions, viterbi } from './decode';
import { BOUNDARY_INFO, contextFeatures, wordFeatureGroups, type DocumentCase, type WordInfo } from './features';
import type { NerModel } from './model';
import type { NerToken } from './tokens';

const allowedCache = new WeakMap<NerModel, Uint8Array>();
const GROUPS = 5;

// The summed weights of a word's five feature groups (features.ts wordFeatureGroups), for `model`.
function wordScores(model: NerModel, info: WordInfo): Float32Array {
  if (info.scoresOf === model) return info.scores!;
  const L = model.labelCount;
  const weights = model.weights;
  const scores = new Float32Array(GROUPS * L);
  wordFeatureGroups(info).forEach((group, g) => {
    for (const id of group) {
      const row = model.rowOf(id);
      if (row < 0) continue;
      for (let y = 0; y < L; y++) scores[g * L + y]! += weights[row + y]!;
    }
  });
  info.scores = scores;
  info.scoresOf = model;
  return scores;
}

/** Emission scores (tokens × labels) of one sequence. */
export function emissionScores(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules?: Int32Array): Float32Array {
  const L = model.labelCount;
  const n = tokens.length;
  const { ids, offsets, words } = contextFeatures(tokens, model.lexicon, doc, model.ruleFeatures ? rules : undefined);
  const scores = new Float32Array(n * L);
  const weights = model.weights;
  const rowIndex = model.rowIndex;
  const hashMask = model.hashMask;
  // Each word's summed groups, once per token; the boundary's past either end.
  const boundary = wordScores(model, BOUNDARY_INFO);
  const summed = new Array<Float32Array>(n);
  for (let t = 0; t < n; t++) summed[t] = wordScores(model, words[t]!);
  let rows = rowBuffer;
  for (let t = 0; t < n; t++) {
    const base = t * L;
    const own = summed[t]!;
    const prev = t > 0 ? summed[t - 1]! : boundary;
    const next = t + 1 < n ? summed[t + 1]! : boundary;
    const prev2 = t > 1 ? summed[t - 2]! : boundary;
    const next2 = t + 2 < n ? summed[t + 2]! : boundary;
    // The rows of the token's context features that have weights, in feature order.
    const kFrom = offsets[t]!;
    const kTo = offsets[t + 1]!;
    if (rows.length < kTo - kFrom) rows = rowBuffer = new Int32Array(2 * (kTo - kFrom));
    let m = 0;
    for (let k = kFrom; k < kTo; k++) {
      const row = rowIndex[ids[k]! & hashMask]!;
      if (row >= 0) rows[m++] = row;
    }
    // Per label, the same sums in the same order as adding into the Float32Array (rounded at each step).
    for (let y = 0; y < L; y++) {
      let s = Math.fround(own[y]! + prev[L + y]! + next[2 * L + y]! + prev2[3 * L + y]! + next2[4 * L + y]!);
      for (let j = 0; j < m; j++) s = Math.fround(s + weights[rows[j]! + y]!);
      scores[base + y] = s;
    }
  }
  return scores;
}

let rowBuffer = new Int32Array(256);

/** The label index of each token of one sequence. */
export function tagSequence(model: NerModel, tokens: readonly NerToken[], doc: DocumentCase, rules?: Int32Array): Int32Array {
  let allowed = allowedCache.get(model);
  if (allowed === undefined) {
    allowed = allowedTransitions(model.labels);
    allowedCache.set(model, allowed);
  }
  const scores = emissionScores(model, tokens, doc, rules);
  return viterbi(scores, tokens.length, model.labelCount, model.transitions, allowed);
}
