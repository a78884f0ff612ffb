// Every corpus page (real pages from Readability's test suite, several languages, a few odd ones) goes
// through the CLI's pipeline without error, with offsets that index the article text exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateInput } from '../src/cli/annotate-file';

const dir = resolve(import.meta.dirname, 'fixtures/pages');
const pages = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const ENGLISH_NEWS = new Set(['nytimes-1', 'wapo-2', 'telegraph', 'cnet', 'theverge', 'buzzfeed-1', 'tmz-1']);

describe('corpus pages', () => {
  it('holds at least a dozen pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of pages) {
    it(`annotates ${name} with offsets that index the article text`, () => {
      const html = readFileSync(resolve(dir, name, 'source.html'), 'utf8');
      const doc = annotateInput(`${name}.html`, html, { asText: false, warn: () => undefined });
      const text = doc.article.text;
      expect(text.length).toBeGreaterThan(0);
      for (const quote of doc.quotes) {
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
        if (quote.speaker) expect(text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
        if (quote.kind === 'term') expect(quote.speaker).toBeNull();
      }
      for (const entity of doc.entities) {
        expect(entity.mentions.length).toBeGreaterThan(0);
        for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
      if (ENGLISH_NEWS.has(name)) {
        // A sanity floor: an English news article names people and places or organisations.
        expect(doc.entities.filter((entity) => entity.type === 'person').length).toBeGreaterThanOrEqual(1);
        expect(doc.entities.filter((entity) => entity.type !== 'person').length).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('finds quotations with speakers on English news pages', () => {
    let attributed = 0;
    for (const name of ENGLISH_NEWS) {
      const html = readFileSync(resolve(dir, name, 'source.html'), 'utf8');
      const doc = annotateInput(`${name}.html`, html, { asText: false, warn: () => undefined });
      attributed += doc.quotes.filter((quote) => quote.speaker).length;
    }
    expect(attributed).toBeGreaterThanOrEqual(5);
  });
});
