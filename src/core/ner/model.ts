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
  /** The same as a table: rowIndex[featureId & hashMask]. */
  rowIndex: Int32Array;
  hashMask: number;
  weights: Float32Array;
  transitions: Float32Array;
  lexicon: Lexicon;
  ruleFeatures: boolean;
}

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
  // A direct table from bucket to row: one look-up per feature (4 MB for 20 hash bits).
  const hashMask = data.hashBits >= 32 ? 0xffffffff : (1 << data.hashBits) - 1;
  const rowIndex = new Int32Array(hashMask + 1).fill(-1);
  buckets.forEach((b, row) => {
    rowIndex[b & hashMask] = row * labelCount;
  });
  const rowOf = (featureId: number): number => rowIndex[featureId & hashMask]!;
  return {
    labels: data.labels,
    labelCount,
    rowOf,
    rowIndex,
    hashMask,
    weights,
    transitions: Float32Array.from(data.transitions),
    lexicon: decodeLexicon(data.lexicon),
    ruleFeatures: data.ruleFeatures === true,
  };
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
