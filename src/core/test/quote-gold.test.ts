import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate } from '../annotate';
import { formatReport, scoreDocument, summarise, type GoldQuote } from '../../../scripts/quote-scoring.mjs';

// The hand-made quotation gold (test/fixtures/quotes/, one folder a case): every case is well formed,
// and annotate() meets the bars on the whole set (F1 ≥ 95 finding quotations, ≥ 90% speakers).
// `npm run eval:quotes` prints the same scores with the list of errors.

const root = fileURLToPath(new URL('../../../test/fixtures/quotes/', import.meta.url));
const cases = readdirSync(root)
  .filter((name) => existsSync(`${root}${name}/gold.json`))
  .sort()
  .map((name) => ({
    name,
    article: readFileSync(`${root}${name}/article.txt`, 'utf8'),
    quotes: (JSON.parse(readFileSync(`${root}${name}/gold.json`, 'utf8')) as { quotes: GoldQuote[] }).quotes,
  }));

describe('quotation gold', () => {
  it('has at least 25 cases and 200 quotations that are not terms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.flatMap((c) => c.quotes).filter((q) => q.kind !== 'term').length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c]))('%s: offsets index the article, kinds and speakers are well formed', (_, c) => {
    for (const q of c.quotes) {
      expect(c.article.slice(q.start, q.end), `quotation at ${q.start}`).toBe(q.text);
      expect(['direct', 'partial', 'term']).toContain(q.kind);
      if (q.kind === 'term') expect(q.speaker, `term “${q.text}” has no speaker`).toBeNull();
      if (q.speaker !== null) {
        expect(q.speakerMention, `mention for “${q.text}”`).toBeDefined();
        expect(c.article.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe(q.speakerMention!.text);
      }
    }
  });

  it('is met by annotate(): F1 ≥ 95 and speakers ≥ 90%', () => {
    const documents = cases.map((c) => scoreDocument(c.name, annotate(c.article).quotes, c.quotes));
    const s = summarise(documents);
    const report = formatReport(documents);
    expect(s.f1, report).toBeGreaterThanOrEqual(95);
    expect(s.speaker, report).toBeGreaterThanOrEqual(90);
  });
});
