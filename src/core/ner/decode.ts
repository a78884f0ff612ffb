// Viterbi decoding under the BIO constraints: I-X only continues B-X or I-X, so every span the tagger
// returns is well formed. Shared by training (against the weights being learnt) and tagging.

/** For each pair (previous, next) of labels, whether next may follow previous; index labels.length is the start. */
export function allowedTransitions(labels: readonly string[]): Uint8Array {
  const n = labels.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let prev = 0; prev <= n; prev++) {
    for (let next = 0; next < n; next++) {
      const to = labels[next]!;
      const from = prev === n ? 'O' : labels[prev]!;
      const ok = !to.startsWith('I-') || from.slice(2) === to.slice(2) && from !== 'O';
      allowed[prev * n + next] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/**
 * The best label sequence for emission scores `emissions` (tokens × labels, row-major) and transition
 * scores `transitions` ((labels + 1) × labels, the last row for the start), respecting `allowed`; written
 * into `into` when given (at least tokenCount long).
 */
export function viterbi(emissions: Float32Array | Float64Array, tokenCount: number, labelCount: number, transitions: ArrayLike<number>, allowed: Uint8Array, into?: Int32Array): Int32Array {
  const path = into ?? new Int32Array(tokenCount);
  if (tokenCount === 0) return path;
  const L = labelCount;
  const { offsets, from } = predecessorsOf(allowed, L);
  // Each allowed (previous → next) transition's score, in the order of `from`: the inner loop reads no mask.
  if (weightBuffer.length < from.length) weightBuffer = new Float64Array(from.length);
  const weight = weightBuffer;
  for (let y = 0; y < L; y++) for (let j = offsets[y]!; j < offsets[y + 1]!; j++) weight[j] = transitions[from[j]! * L + y]!;
  // Scratch arrays kept between calls: every cell read is written first in this call.
  if (backBuffer.length < tokenCount * L) backBuffer = new Int32Array(Math.max(2 * backBuffer.length, tokenCount * L));
  if (scoreBuffers[0]!.length < L) scoreBuffers = [new Float64Array(L), new Float64Array(L)];
  const back = backBuffer;
  let score = scoreBuffers[0]!;
  let next = scoreBuffers[1]!;
  // Per label, the highest score of an allowed transition into it; and every transition's score by (previous,
  // next), -Infinity where not allowed.
  if (maxInBuffer.length < L) maxInBuffer = new Float64Array(L);
  if (denseBuffer.length < L * L) denseBuffer = new Float64Array(L * L);
  const maxIn = maxInBuffer;
  const dense = denseBuffer.fill(-Infinity, 0, L * L);
  for (let y = 0; y < L; y++) {
    let m = -Infinity;
    for (let j = offsets[y]!; j < offsets[y + 1]!; j++) {
      if (weight[j]! > m) m = weight[j]!;
      dense[from[j]! * L + y] = weight[j]!;
    }
    maxIn[y] = m;
  }
  for (let y = 0; y < L; y++) score[y] = allowed[L * L + y] ? transitions[L * L + y]! + emissions[y]! : -Infinity;
  for (let t = 1; t < tokenCount; t++) {
    const base = t * L;
    // The previous token's best label and the best score of any other: one label usually leads by more than
    // any transition can make up, and then it is every label's best predecessor without a scan.
    let top = 0;
    let second = -Infinity;
    for (let p = 1; p < L; p++) {
      const s = score[p]!;
      if (s > score[top]!) {
        second = score[top]!;
        top = p;
      } else if (s > second) second = s;
    }
    const topScore = score[top]!;
    for (let y = 0; y < L; y++) {
      let best = topScore + dense[top * L + y]!;
      let arg = top;
      // No other predecessor can reach `best` (rounding is monotonic): the scan would choose `top`. Otherwise scan.
      if (!(second + maxIn[y]! < best)) {
        best = -Infinity;
        arg = 0;
        // Predecessors in ascending order, as a scan of every label skipping the disallowed would visit them.
        for (let j = offsets[y]!, end = offsets[y + 1]!; j < end; j++) {
          const p = from[j]!;
          const s = score[p]! + weight[j]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      next[y] = best + emissions[base + y]!;
      back[base + y] = arg;
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let bestLast = 0;
  for (let y = 1; y < L; y++) if (score[y]! > score[bestLast]!) bestLast = y;
  path[tokenCount - 1] = bestLast;
  for (let t = tokenCount - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]!]!;
  return path;
}

let weightBuffer = new Float64Array(0);
let maxInBuffer = new Float64Array(0);
let denseBuffer = new Float64Array(0);
let backBuffer = new Int32Array(4096);
let scoreBuffers = [new Float64Array(16), new Float64Array(16)];

interface Predecessors {
  labelCount: number;
  /** Allowed predecessors of label y (not the start) are from[offsets[y]..offsets[y+1]), ascending. */
  offsets: Int32Array;
  from: Int32Array;
}

const predecessorCache = new WeakMap<Uint8Array, Predecessors>();

function predecessorsOf(allowed: Uint8Array, L: number): Predecessors {
  const cached = predecessorCache.get(allowed);
  if (cached !== undefined && cached.labelCount === L) return cached;
  const offsets = new Int32Array(L + 1);
  const from: number[] = [];
  for (let y = 0; y < L; y++) {
    offsets[y] = from.length;
    for (let p = 0; p < L; p++) if (allowed[p * L + y]) from.push(p);
  }
  offsets[L] = from.length;
  const result = { labelCount: L, offsets, from: Int32Array.from(from) };
  predecessorCache.set(allowed, result);
  return result;
}

/** Spans [start, end) of tokens and their type from a BIO label sequence. */
export function spansOf(path: ArrayLike<number>, labels: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  let open: { start: number; end: number; type: string } | undefined;
  for (let t = 0; t < path.length; t++) {
    const label = labels[path[t]!]!;
    if (label.startsWith('I-') && open !== undefined && open.type === label.slice(2)) {
      open.end = t + 1;
      continue;
    }
    if (open !== undefined) spans.push(open);
    open = label === 'O' ? undefined : { start: t, end: t + 1, type: label.slice(2) };
  }
  if (open !== undefined) spans.push(open);
  return spans;
}
