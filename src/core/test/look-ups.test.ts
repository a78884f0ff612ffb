import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiWordBefore, withoutFinalDot } from '../ascii-words';
import { bitOf, decodeLexicon } from '../ner/lexicon';
import { recogniseEntities } from '../entities';
import { mulberry32 } from '../../../scripts/seeded-random';

// The rules skip a pattern that ends "…word\s+$" where asciiWordBefore does not give that word: it must give
// exactly what such a pattern reads as the last word, or a rule would miss a name it used to find.
// The patterns run on a slice of the text before the name, so the word is read no further back than the slice.
const wordBeforeByRegex = (text: string, at: number, from = 0): string => /(\w*)\s+$/.exec(text.slice(Math.max(0, from), at))?.[1] ?? '';

describe('the word before a name', () => {
  it('is the pattern’s last word at every place of a news text, and in odd spacing', () => {
    const text = readFileSync(new URL('../../../test/fixtures/ner/news-blind-ag.txt', import.meta.url), 'utf8').slice(0, 20_000);
    for (let at = 0; at <= text.length; at++) expect(asciiWordBefore(text, at), `at ${at}`).toBe(wordBeforeByRegex(text, at));
    const odd = 'the river\u00a0Ganges, in\u2003Lake \tComo; the\u3000daily\nTimes; snake_case  X; café Y; 5x\ufeffZ; end';
    for (let at = 0; at <= odd.length; at++) expect(asciiWordBefore(odd, at), `at ${at}`).toBe(wordBeforeByRegex(odd, at));
    expect(asciiWordBefore('the river Ganges', 10)).toBe('river');
    expect(asciiWordBefore('the river Ganges', 9)).toBe('');
  });

  it('is read within the slice the pattern reads, where a letter before the slice would lengthen the word', () => {
    const random = mulberry32(5);
    const pieces = ['x', '_', '9', 'river', 'lake', 'journal', ' ', '  ', '\t', '\u3000', '\n', 'Acme', '-', 'é'];
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const at = Math.floor(random() * (text.length + 1));
      const from = at - Math.floor(random() * 20);
      expect(asciiWordBefore(text, at, from), JSON.stringify({ text, at, from })).toBe(wordBeforeByRegex(text, at, from));
    }
    // "xriver" with "river" first in the 16 characters the river rule reads: the rule's \b holds there.
    expect(asciiWordBefore(`xriver${' '.repeat(11)}Acme`, 17, 1)).toBe('river');
  });

  it('lets the rules read the texts a review found them reading apart from their patterns as before', () => {
    // (Each keyword glued to a letter, first in the slice its rule reads; the types are those of the code before
    // the cheap tests, 6d4c5bc.)
    const typeOf = (text: string): string | undefined => recogniseEntities(text).find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Acme' || text.slice(m.start, m.end) === 'Ob'))?.type;
    expect(typeOf(`xriver${' '.repeat(11)}Acme`)).toBe('place');
    expect(typeOf(`xlake${' '.repeat(12)}Acme`)).toBe('place');
    expect(typeOf(`xjournal${' '.repeat(23)}Ob`)).toBe('organization');
    expect(typeOf(`xacquired${' '.repeat(16)}Ob`)).toBe('organization');
  });

  it('leaves one final full stop off, as the regex replace it stands for', () => {
    for (const word of ['Jr.', 'Jr', 'U.S.', '.', '', 'etc..', 'Mr.']) expect(withoutFinalDot(word)).toBe(word.replace(/\.$/, ''));
  });
});

describe('the lexicon’s recent answers', () => {
  it('answer as its lists do, before and after the map of recent answers is emptied', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `w${i}`);
    const lexicon = decodeLexicon({
      city: words.filter((_, i) => i % 3 === 0).join('\n'),
      'org-word': words.filter((_, i) => i % 5 === 0).join('\n'),
      'kind:first-name': words.filter((_, i) => i % 7 === 0).join('\n'),
      'kind:place': words.filter((_, i) => i % 11 === 0 && i % 7 !== 0).join('\n'),
    });
    const random = mulberry32(11);
    // More distinct words than the recent answers hold, asked in a random order, each more than once.
    for (let ask = 0; ask < 40_000; ask++) {
      const i = Math.floor(random() * (words.length + 500));
      const word = `w${i}`;
      const inList = i < words.length;
      // (A kind sets its bit too: 'kind:place' the place bit.)
      const mask = !inList ? 0 : (i % 3 === 0 ? bitOf('city') : 0) | (i % 5 === 0 ? bitOf('org-word') : 0) | (i % 7 === 0 ? bitOf('first-name') : 0) | (i % 11 === 0 && i % 7 !== 0 ? bitOf('place') : 0);
      expect(lexicon.maskOf(word), word).toBe(mask);
      expect(lexicon.kindOf(word), word).toBe(!inList ? undefined : i % 7 === 0 ? 'first-name' : i % 11 === 0 ? 'place' : undefined);
    }
    expect(lexicon.maskOf('w15')).toBe(lexicon.maskOf('w3') | lexicon.maskOf('w5'));
    expect(lexicon.maskOf('w3') & lexicon.maskOf('w5')).toBe(0);
  });
});
