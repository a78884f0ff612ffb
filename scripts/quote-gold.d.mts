// Types for quote-gold.mjs.
import type { GoldQuote } from './quote-scoring.mjs';
export function goldFromSpec(article: string, spec: string): GoldQuote[];
