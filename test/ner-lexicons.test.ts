import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicons } from '../scripts/ner-lexicons';

describe('the word clusters baked into a model (train:ner --word-clusters)', () => {
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
});
