import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../anchor';
import { matchQuote } from '../match-quote';
import { describeSpan } from '../text-position';

const ARTICLE = [
  'The council met on Tuesday to discuss the new bridge.',
  'Residents said the bridge would cut their commute by twenty minutes each way.',
  'The mayor said the bridge was long overdue and promised work would start in spring.',
  'Critics said the cost had doubled since the first estimate in 2019.',
  'The council will vote on the plan next month.',
].join('\n');

function noteOn(text: string, phrase: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  const [quote, position] = describeSpan(text, start, start + phrase.length);
  return { quote, position };
}

describe('anchoring a saved note', () => {
  it('uses the old position when the page is unchanged', () => {
    const { quote, position } = noteOn(ARTICLE, 'promised work would start in spring');
    expect(anchorQuote(ARTICLE, quote, position)).toEqual({ start: position.start, end: position.end, method: 'position', score: 1 });
  });

  it('finds the quote by its text when a paragraph was inserted before it', () => {
    const { quote, position } = noteOn(ARTICLE, 'promised work would start in spring');
    const changed = 'Update: this story has been corrected.\n' + ARTICLE;
    const anchor = anchorQuote(changed, quote, position)!;
    expect(anchor.method).toBe('quote');
    expect(changed.slice(anchor.start, anchor.end)).toBe('promised work would start in spring');
  });

  it('tells a repeated phrase apart by its prefix and suffix', () => {
    const { quote, position } = noteOn(ARTICLE, 'the bridge', 1);
    const changed = 'A short update.\n' + ARTICLE;
    const anchor = anchorQuote(changed, quote, position)!;
    expect(changed.slice(anchor.start - 15, anchor.end)).toBe('The mayor said the bridge');
  });

  it('finds a quote that was edited a little, and reports it as fuzzy', () => {
    const { quote, position } = noteOn(ARTICLE, 'Critics said the cost had doubled since the first estimate in 2019.');
    const changed = ARTICLE.replace('Critics said the cost had doubled', 'Critics argued the cost has doubled').replace('Tuesday', 'Wednesday');
    const anchor = anchorQuote(changed, quote, position)!;
    expect(anchor.method).toBe('fuzzy');
    expect(changed.slice(anchor.start, anchor.end)).toBe('Critics argued the cost has doubled since the first estimate in 2019.');
  });

  it('finds an edited quote whose context changed too', () => {
    const { quote, position } = noteOn(ARTICLE, 'would cut their commute by twenty minutes each way');
    const changed = ARTICLE.replace('Residents said the bridge', 'Several residents told us the new bridge').replace(
      'twenty minutes each way',
      'about twenty minutes each way',
    );
    const anchor = anchorQuote(changed, quote, position)!;
    expect(changed.slice(anchor.start, anchor.end)).toBe('would cut their commute by about twenty minutes each way');
  });

  it('gives no anchor (an orphan) when the passage was removed', () => {
    const { quote, position } = noteOn(ARTICLE, 'promised work would start in spring');
    const changed = ARTICLE.split('\n').filter((line) => !line.startsWith('The mayor')).join('\n');
    expect(anchorQuote(changed, quote, position)).toBeNull();
  });

  it('does not move a short quote to an unrelated occurrence once its context is gone', () => {
    const { quote, position } = noteOn(ARTICLE, 'the bridge', 1);
    const changed = ARTICLE.replace('The mayor said the bridge was long overdue and promised work would start in spring.', 'Nothing else.');
    expect(anchorQuote(changed, quote, position)).toBeNull();
  });

  it('finds an edited quote far from its old position on a long page', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(400);
    const text = filler + ARTICLE + filler;
    const { quote, position } = noteOn(text, 'The mayor said the bridge was long overdue');
    const moved = ARTICLE.replace('The mayor said the bridge was long overdue', 'The mayor said this bridge was long overdue') + filler + filler;
    const anchor = anchorQuote(moved, quote, position)!;
    expect(moved.slice(anchor.start, anchor.end)).toBe('The mayor said this bridge was long overdue');
  });

  it('gives no anchor on a long page when the passage was removed', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(800);
    const text = filler + ARTICLE + filler;
    const { quote, position } = noteOn(text, 'The mayor said the bridge was long overdue');
    const removed = text.replace('The mayor said the bridge was long overdue and promised work would start in spring.', '');
    expect(anchorQuote(removed, quote, position)).toBeNull();
  });
});

describe('matching a quote', () => {
  it('prefers the occurrence nearest the old position when the context is equal', () => {
    const text = 'same words here. same words here.';
    const first = matchQuote(text, 'same words here.', { prefix: '', suffix: '', hint: 17 })!;
    expect(first.start).toBe(17);
  });

  it('finds nothing for an empty quote', () => {
    expect(matchQuote('anything', '', { prefix: '', suffix: '' })).toBeNull();
  });
});
