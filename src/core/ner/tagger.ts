// Tags tokens with BIO labels using a trained model: sums the weights of each token's features, then
// decodes the best well-formed label sequence. A word's own features (and its features as a neighbour)
// are summed once per word and cached, so a token costs a few vector additions plus its context features.
import { allowedTransitions, viterbi } from './decode';
import { BOUNDARY_INFO, contextFeatures, wordFeatureGroups, type DocumentCase, type WordInfo } from './features';
import { rowOfBucket, type NerModel } from './model';
import type { NerToken } from './tokens';

const allowedCache = new WeakMap<NerModel, Uint8Array>();
const GROUPS = 5;

// Scores are sums of the model's int8 weights, added as integers (exact, and a quarter of the memory of
// floats to walk) and scaled once per token and label.

// The summed weights of a word's five feature groups (features.ts wordFeatureGroups), for `model`.
function wordScores(model: NerModel, info: WordInfo): Int32Array {
  if (info.scoresOf === model) return info.scores!;
  const L = model.labelCount;
  const weights = model.quantised;
  const scores = new Int32Array(GROUPS * L);
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
  const weights = model.quantised;
  const scale = model.scale;
  const { kept, rankBefore, hashMask } = model;
  // Each word's summed groups, once per token; the boundary's past either end.
  const boundary = wordScores(model, BOUNDARY_INFO);
  const summed = new Array<Int32Array>(n);
  for (let t = 0; t < n; t++) summed[t] = wordScores(model, words[t]!);
  const sums = sumBuffer.length >= L ? sumBuffer : (sumBuffer = new Int32Array(L));
  for (let t = 0; t < n; t++) {
    const base = t * L;
    const own = summed[t]!;
    const prev = t > 0 ? summed[t - 1]! : boundary;
    const next = t + 1 < n ? summed[t + 1]! : boundary;
    const prev2 = t > 1 ? summed[t - 2]! : boundary;
    const next2 = t + 2 < n ? summed[t + 2]! : boundary;
    for (let y = 0; y < L; y++) sums[y] = own[y]! + prev[L + y]! + next[2 * L + y]! + prev2[3 * L + y]! + next2[4 * L + y]!;
    // The token's context features that have weights.
    for (let k = offsets[t]!, kTo = offsets[t + 1]!; k < kTo; k++) {
      const row = rowOfBucket(kept, rankBefore, L, ids[k]! & hashMask);
      if (row < 0) continue;
      for (let y = 0; y < L; y++) sums[y] = sums[y]! + weights[row + y]!;
    }
    for (let y = 0; y < L; y++) scores[base + y] = sums[y]! * scale;
  }
  return scores;
}

let sumBuffer = new Int32Array(16);

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
