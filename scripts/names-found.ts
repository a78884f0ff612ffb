// Lists every name WhoSaid finds in corpus files, one a line (file#document, start, end, type, entity), and
// prints the count and a hash of the list to stderr: run it before and after a change meant to find the same
// names faster, and compare (the hash depends on the files and their order). Reads the files eval:ner reads
// (CoNLL/IOB2, GUM .conllu, inline-annotated stories).
//
//   node scripts/run-ts.mjs scripts/names-found.ts FILE… > names.txt
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import '../models/ner-model.js';
import { recogniseEntities } from '../src/core/entities';
import { readCorpusFile } from '../src/core/ner/corpus';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/run-ts.mjs scripts/names-found.ts FILE…');
  process.exit(2);
}
const lines: string[] = [];
for (const file of files) {
  const content = readFileSync(file, 'utf8');
  readCorpusFile(content, file).forEach((doc, i) => {
    for (const entity of recogniseEntities(doc.text)) {
      for (const m of entity.mentions) lines.push(`${basename(file)}#${i}\t${m.start}\t${m.end}\t${entity.type}\t${entity.name}`);
    }
  });
}
console.log(lines.join('\n'));
console.error(`${lines.length} names, sha1 ${createHash('sha1').update(lines.join('\n')).digest('hex')}`);
