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
 * scores `transitions` ((labels + 1) × labels, the last row for the start), respecting `allowed`.
 */
export function viterbi(emissions: Float32Array | Float64Array, tokenCount: number, labelCount: number, transitions: ArrayLike<number>, allowed: Uint8Array): Int32Array {
  const path = new Int32Array(tokenCount);
  if (tokenCount === 0) return path;
  const L = labelCount;
  const back = new Int32Array(tokenCount * L);
  let score = new Float64Array(L);
  let next = new Float64Array(L);
  for (let y = 0; y < L; y++) score[y] = allowed[L * L + y] ? transitions[L * L + y]! + emissions[y]! : -Infinity;
  for (let t = 1; t < tokenCount; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = score[p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + emissions[t * L + y]!;
      back[t * L + y] = arg;
    }
    [score, next] = [next, score];
  }
  let bestLast = 0;
  for (let y = 1; y < L; y++) if (score[y]! > score[bestLast]!) bestLast = y;
  path[tokenCount - 1] = bestLast;
  for (let t = tokenCount - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]!]!;
  return path;
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
