import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicons } from '../scripts/ner-lexicons';

describe('the word clusters baked into the model (train:ner)', () => {
  it('clusters only the words no lexicon knows and the training data seldom shows', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'whosaid-clusters-')), 'word-clusters.txt');
    writeFileSync(file, '7 3 slomka wiśniewska london trump\n8 3 frobnicates\n');
    const { data, sources } = buildLexicons(file, (word) => word === 'trump');
    // "london" is a listed city, "trump" a word the training data shows often: neither gets a cluster.
    expect(data['cluster:7:3']?.split('\n')).toEqual(['slomka', 'wiśniewska']);
    expect(data['cluster:8:3']).toBe('frobnicates');
    expect(sources['word-clusters']).toBe(3);
    expect(Object.keys(buildLexicons().data).filter((list) => list.startsWith('cluster:'))).toEqual([]);
  });

  it('leaves the commonest words out of the committed clusters, and keeps rarer names in', () => {
    // A common word's vector is its everyday sense: "Trump", "Summer" or "Page" read as a deal, a season, a page.
    const words = new Set(readFileSync(join(import.meta.dirname, '../models/word-clusters.txt'), 'utf8').split(/\s+/));
    for (const common of ['the', 'trump', 'summer', 'page', 'storm', 'ion']) expect(words.has(common), common).toBe(false);
    for (const rare of ['iliescu', 'kanye', 'constantinescu']) expect(words.has(rare), rare).toBe(true);
  });
});
