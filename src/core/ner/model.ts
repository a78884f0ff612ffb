// The trained tagger as data: label set, quantised weights of the hashed features that survived pruning,
// label transitions, and the lexicons. `SerialisedNerModel` is what the model file holds (plain JSON
// with base64 arrays); `NerModel` is its decoded, ready-to-score form.
import { decodeLexicon, type Lexicon, type LexiconData } from './lexicon';

export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export const MODEL_FORMAT = 'whosaid-ner';
export const MODEL_VERSION = 1;

export interface SerialisedNerModel {
  format: typeof MODEL_FORMAT;
  version: number;
  labels: string[];
  /** Feature hashes are reduced to this many bits. */
  hashBits: number;
  /** Weight = stored int8 × scale. */
  scale: number;
  /** Base64 of the kept buckets, ascending, as varint gaps. */
  buckets: string;
  /** Base64 of int8 weights, one row of labels.length per kept bucket. */
  weights: string;
  /** (labels.length + 1) × labels.length: row labels.length is the start of a sequence. */
  transitions: number[];
  lexicon: LexiconData;
  /** The tagger reads the rule recogniser's mentions as features (features.ts ruleMarks). */
  ruleFeatures?: boolean;
  /** How the model was made: data, seed, epochs, scores. Informational. */
  about?: Record<string, unknown>;
}

export interface NerModel {
  labels: readonly string[];
  labelCount: number;
  /** Weights of a feature id, as an offset into `weights`, or -1 when the feature has none. */
  rowOf(featureId: number): number;
  /**
   * The same as data (see rowOfBucket): per 32 buckets, a word of bits (which have weights) then how many
   * kept buckets come before them.
   */
  keptIndex: Int32Array;
  hashMask: number;
  weights: Float32Array;
  /** The same weights before scaling (weights = quantised × scale): sums of these are exact integers. */
  quantised: Int8Array;
  /**
   * The quantised weights two labels to a number, label 2c + PAIR × label 2c+1 (pairedWidth of them a kept
   * bucket, at rowOfBucket(keptIndex, pairedWidth, bucket)): adding two of these adds both labels at once, and
   * the sums stay exact integers that unpair back into the two labels' sums (tagger.ts).
   */
  pairedWeights: Float64Array;
  pairedWidth: number;
  scale: number;
  transitions: Float32Array;
  lexicon: Lexicon;
  ruleFeatures: boolean;
}

/**
 * The factor between the two labels of a paired weight. A label's sum over a token's features stays far inside
 * ±PAIR / 2 (a few hundred features at most of int8 weights), and the pair's inside ±2^52: every sum is exact.
 */
export const PAIR = 2 ** 26;

/** Decodes a model file's contents; throws on a file that is not a WhoSaid NER model. */
export function decodeNerModel(data: SerialisedNerModel): NerModel {
  if (data?.format !== MODEL_FORMAT || data.version !== MODEL_VERSION) throw new Error('not a WhoSaid NER model');
  const labelCount = data.labels.length;
  const gaps = fromBase64(data.buckets);
  const quantised = new Int8Array(fromBase64(data.weights).buffer);
  const buckets: number[] = [];
  let value = 0;
  let shift = 0;
  let bucket = 0;
  for (const byte of gaps) {
    value |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    bucket += value;
    buckets.push(bucket);
    value = 0;
    shift = 0;
  }
  if (buckets.length * labelCount !== quantised.length) throw new Error('model weights do not match its buckets');
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i]! * data.scale;
  const pairedWidth = (labelCount + 1) >> 1;
  const pairedWeights = new Float64Array(buckets.length * pairedWidth);
  for (let row = 0; row < buckets.length; row++) {
    for (let c = 0; c < pairedWidth; c++) {
      const high = 2 * c + 1 < labelCount ? quantised[row * labelCount + 2 * c + 1]! : 0;
      pairedWeights[row * pairedWidth + c] = quantised[row * labelCount + 2 * c]! + PAIR * high;
    }
  }
  // Bucket → row as a rank over a bitset of the kept buckets: 256 KB for 20 hash bits where a direct
  // table would take 4 MB, and small enough to stay in cache, where most of a token's look-ups are.
  // Each word of bits sits next to its rank, so a look-up reads one cache line, not two.
  const hashMask = data.hashBits >= 32 ? 0xffffffff : (1 << data.hashBits) - 1;
  const keptIndex = new Int32Array(2 * Math.ceil((hashMask + 1) / 32));
  for (const b of buckets) keptIndex[2 * ((b & hashMask) >>> 5)]! |= 1 << (b & 31);
  for (let i = 2; i < keptIndex.length; i += 2) keptIndex[i + 1] = keptIndex[i - 1]! + popCount(keptIndex[i - 2]!);
  const rowOf = (featureId: number): number => rowOfBucket(keptIndex, labelCount, featureId & hashMask);
  return {
    labels: data.labels,
    labelCount,
    rowOf,
    keptIndex,
    hashMask,
    weights,
    quantised,
    pairedWeights,
    pairedWidth,
    scale: data.scale,
    transitions: Float32Array.from(data.transitions),
    lexicon: decodeLexicon(data.lexicon),
    ruleFeatures: data.ruleFeatures === true,
  };
}

/** The offset into weights of a bucket's row (its rank among kept buckets × row width), or -1 if it has none. */
export function rowOfBucket(keptIndex: Int32Array, width: number, bucket: number): number {
  const at = (bucket >>> 5) << 1;
  const bits = keptIndex[at]!;
  const bit = 1 << (bucket & 31);
  if ((bits & bit) === 0) return -1;
  return (keptIndex[at + 1]! + popCount(bits & (bit - 1))) * width;
}

function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
