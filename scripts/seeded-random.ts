// A seeded random number generator for the scripts that must give the same output for the same seed
// (train-ner.ts, make-word-clusters.ts): Math.random cannot be seeded.

/** Mulberry32: a small, fast 32-bit generator, uniform in [0, 1). */
export function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
