// Writes stories annotated inline (test/fixtures/ner/news-blind-*.txt) as CoNLL-2003 writes news: one token a
// line in four columns (word, part of speech, chunk, tag in IOB1), Penn Treebank tokens (hyphenated names,
// "O'Brien" and "U.S." whole; "'s", brackets, quotes and sentence-final stops apart), `-DOCSTART-` between
// stories. Measures how WhoSaid reads tokenised corpora against the same stories as written:
//
//   node scripts/run-ts.mjs scripts/stories-to-conll.ts test/fixtures/ner/news-blind-a.txt > /tmp/a.conll
//   npm run eval:ner -- /tmp/a.conll
//
// The part of speech and chunk columns are placeholders (CD for a number, NNP otherwise): nothing reads them.
import { readFileSync } from 'node:fs';
import { readBracketed, type LabelledDocument } from '../src/core/ner/corpus';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/run-ts.mjs scripts/stories-to-conll.ts STORIES.txt… > OUT.conll');
  process.exit(2);
}

// A full stop that belongs to its word: initials, "U.S.", and the abbreviations news writes before a name or number.
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Ltd|Co|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|vs)\.)$/u;

/** The Penn Treebank tokens of one line, as offsets into `text`. */
function treebankTokens(text: string, from: number, to: number): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  for (const w of text.slice(from, to).matchAll(/\S+/g)) {
    let start = from + w.index;
    let end = start + w[0].length;
    while (start < end && /[("“‘'[]/.test(text[start]!)) tokens.push([start, ++start]);
    const after: Array<[number, number]> = [];
    for (;;) {
      const word = text.slice(start, end);
      let cut = 0;
      if (/[,;:!?)"”\]]$/.test(word) || (word.length > 1 && /['’]$/.test(word))) cut = 1;
      else if (word.length > 1 && word.endsWith('.') && !ABBREVIATION.test(word)) cut = 1;
      else if (/\S['’]s$/i.test(word)) cut = 2;
      if (cut === 0) break;
      after.unshift([end - cut, end]);
      end -= cut;
    }
    if (end > start) tokens.push([start, end]);
    tokens.push(...after);
  }
  return tokens;
}

function conll(doc: LabelledDocument): string {
  let out = '-DOCSTART- -X- -X- O\n\n';
  for (const line of doc.text.matchAll(/[^\n]+/g)) {
    let previous: LabelledDocument['spans'][number] | undefined;
    for (const [start, end] of treebankTokens(doc.text, line.index, line.index + line[0].length)) {
      const word = doc.text.slice(start, end);
      const span = doc.spans.find((s) => s.start < end && start < s.end);
      // IOB1: B- only where a name follows another of the same type.
      const tag = span === undefined ? 'O' : `${span !== previous && previous?.type === span.type ? 'B' : 'I'}-${span.type}`;
      out += `${word} ${/^\d/.test(word) ? 'CD' : 'NNP'} I-NP ${tag}\n`;
      previous = span;
    }
    out += '\n';
  }
  return out;
}

for (const file of files) process.stdout.write(readBracketed(readFileSync(file, 'utf8'), file).map(conll).join(''));
