import { describe, expect, it } from 'vitest';
import { findQuotations } from '../quotations';

const texts = (text: string): string[] => findQuotations(text).map((q) => q.text);

describe('findQuotations', () => {
  it('finds every mark style of QUOTES.md', () => {
    expect(texts('He said “curly” and "straight" and ‘single’.')).toEqual(['curly', 'straight', 'single']);
    expect(texts('Il a dit «bonjour» et »hallo« hier.')).toEqual(['bonjour', 'hallo']);
    expect(texts('Er sagte „ja“ und ‚nein‘ dazu.')).toEqual(['ja', 'nein']);
    expect(texts('彼は「はい」と『いいえ』と言った。')).toEqual(['はい', 'いいえ']);
    expect(texts("She called it 'absurd' and left.")).toEqual(['absurd']);
  });

  it('excludes the marks and keeps punctuation inside them', () => {
    const text = '“We are ready,” Putin said.';
    const [q] = findQuotations(text);
    expect(q).toMatchObject({ start: 1, end: 14, text: 'We are ready,', openMark: 0, closed: true });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('trims spaces inside French guillemets', () => {
    expect(texts('Il a dit « nous sommes prêts » hier.')).toEqual(['nous sommes prêts']);
  });

  it('treats don’t, Russia’s and wasn’t as apostrophes', () => {
    expect(texts("Russia’s plan and NATO’s don't matter, it wasn’t")).toEqual([]);
  });

  it('treats ’90s as an apostrophe', () => {
    expect(texts('In the ’90s, he said ‘enough’ often.')).toEqual(['enough']);
    expect(texts("In the '90s, he said 'enough' often.")).toEqual(['enough']);
  });

  it('treats rock ’n’ roll as apostrophes, even inside a single-quoted quotation', () => {
    expect(texts('He loved rock ’n’ roll.')).toEqual([]);
    expect(texts('‘I love rock ’n’ roll,’ he said.')).toEqual(['I love rock ’n’ roll,']);
  });

  it('treats a plural possessive as an apostrophe when a later mark closes the quotation', () => {
    expect(texts('‘The students’ demands are fair,’ he said.')).toEqual(['The students’ demands are fair,']);
  });

  it('closes at a plural-looking word when nothing else closes', () => {
    expect(texts('She called them ‘monsters’ and left.')).toEqual(['monsters']);
    expect(texts("He said 'yes' to 'it'.")).toEqual(['yes', 'it']);
  });

  it('reports a nested quotation as part of the outer one only', () => {
    expect(texts('“He told me ‘never’,” she said.')).toEqual(['He told me ‘never’,']);
    expect(texts('“He said \"no\" twice,” she said.')).toEqual(['He said "no" twice,']);
  });

  it('groups the halves of a split quotation', () => {
    const qs = findQuotations('“We are ready,” Putin said, “but not yet.”');
    expect(qs.map((q) => [q.text, q.group, q.joinedBy])).toEqual([
      ['We are ready,', 0, 'split'],
      ['but not yet.', 0, 'split'],
    ]);
  });

  it('does not group two quotations separated by a sentence', () => {
    const qs = findQuotations('“We are ready,” Putin said. “Not yet.”');
    expect(qs.map((q) => q.group)).toEqual([null, null]);
  });

  it('joins a multi-paragraph quotation into one group, one span per paragraph', () => {
    const text = 'Putin said:\n“We are ready.\n“We will act.\n“We will win,” he said.';
    const qs = findQuotations(text);
    expect(qs.map((q) => [q.text, q.group, q.closed])).toEqual([
      ['We are ready.', 0, false],
      ['We will act.', 0, false],
      ['We will win,', 0, true],
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('bounds an unclosed quotation to its paragraph', () => {
    const text = 'He said “we are ready and\nThen “fine” came.';
    expect(texts(text)).toEqual(['fine']);
  });

  it('lets the paragraph end close a quotation that opens the paragraph', () => {
    expect(texts('“We are ready, he said.\nNext paragraph.')).toEqual(['We are ready, he said.']);
  });

  it('recovers after a missing closing mark', () => {
    expect(texts('He said “hello. Then she said “bye” again.')).toEqual(['bye']);
    expect(texts('He said "hello. Then she said "bye" again.')).toEqual(['bye']);
  });

  it('ignores inch marks and stray marks', () => {
    expect(texts('He is 6\'2" tall, " she said, and left.')).toEqual([]);
  });

  it('never throws and stays sane on a thousand stray marks', () => {
    const text = '"x" '.repeat(3) + '"'.repeat(1000) + '“'.repeat(1000) + '’'.repeat(1000) + ' 「日本」';
    const qs = findQuotations(text);
    expect(qs.map((q) => q.text)).toEqual(['x', 'x', 'x', '日本']);
  });

  it('handles empty text, lone surrogates and odd Unicode', () => {
    expect(findQuotations('')).toEqual([]);
    expect(texts('\uD800 “\uDC00 ok” \u202E«x»')).toEqual(['\uDC00 ok', 'x']);
  });

  it('finds every quotation in 5 MB of text', () => {
    const text = ('He said “we are ready” and "nope. ' + 'word '.repeat(50) + '\n').repeat(18000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const qs = findQuotations(text);
    expect(qs.length).toBe(18000);
  });
});

describe('hard-wrapped text', () => {
  it('lets a quotation run across the line breaks of a hard-wrapped paragraph', () => {
    const line = 'The committee met on Tuesday to discuss the budget for next year.';
    const para = [line, '“We are sincerely interested in putting an end to it and we will', 'keep working on it,” the chairman said after the long session ended.', line].join('\n');
    const text = [para, para, para].join('\n\n');
    const qs = findQuotations(text);
    expect(qs).toHaveLength(3);
    expect(qs[0]!.text).toBe('We are sincerely interested in putting an end to it and we will\nkeep working on it,');
  });
});
