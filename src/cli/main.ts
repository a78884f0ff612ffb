// `whosaid annotate [--format json|jsonl|md|jsonld] [--text] FILE...`: the CLI contract of DESIGN.md.
// Each file is annotated on its own; a file that fails is reported on standard error with its name and
// the others still go through; the exit status is 1 if any failed.
import { parseArgs } from 'node:util';
// The named-entity model: sets the global the core reads (bundled into the CLI).
import '../../models/ner-model.js';
import { toMarkdown } from '../core/markdown';
import type { AnnotatedDocument } from '../core/types';
import { toWebAnnotations } from '../core/web-annotation';
import { annotateInput } from './annotate-file';
import { InputError, readInput } from './read-input';

const FORMATS = ['json', 'jsonl', 'md', 'jsonld'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: whosaid annotate [options] FILE...

Finds quotations with their speakers, and the people, organisations and places named, in each FILE.
.html/.htm files go through article extraction first; any other file is annotated as plain text.
Use - to read standard input.

Options:
  -f, --format FORMAT  json (default), jsonl (one object a line), md (Markdown), jsonld (W3C Web Annotation)
      --text           treat every input as plain text, even .html files
  -h, --help           show this help
  -v, --version        show the version
`;

/** Formats other than jsonl, which is written a line at a time as each file is done. */
function render(docs: AnnotatedDocument[], format: Exclude<Format, 'jsonl'>): string {
  switch (format) {
    case 'md':
      return docs.map((doc) => toMarkdown({ title: doc.article.title, source: doc.source, entities: doc.entities, quotes: doc.quotes })).join('\n---\n\n');
    case 'jsonld': {
      const generated = new Date().toISOString();
      const collections = docs.map((doc) =>
        toWebAnnotations({ source: doc.source, title: doc.article.title, text: doc.article.text, entities: doc.entities, quotes: doc.quotes, generated }),
      );
      return JSON.stringify(collections.length === 1 ? collections[0] : collections, null, 2) + '\n';
    }
    default:
      return JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n';
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        text: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`whosaid: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${__WHOSAID_VERSION__}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'annotate') {
    process.stderr.write(command ? `whosaid: unknown command '${command}'\n\n${USAGE}` : USAGE);
    return 2;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`whosaid: unknown format '${values.format}' (use ${FORMATS.join(', ')})\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`whosaid: no input files (use - for standard input)\n\n${USAGE}`);
    return 2;
  }

  const docs: AnnotatedDocument[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const content = await readInput(file);
      const warn = (message: string): void => void process.stderr.write(`whosaid: ${file}: ${message}\n`);
      const doc = annotateInput(file, content, { asText: values.text, warn });
      if (format === 'jsonl') process.stdout.write(JSON.stringify(doc) + '\n');
      else docs.push(doc);
    } catch (error) {
      failed += 1;
      const message = error instanceof InputError ? error.message : `could not be annotated (${(error as Error).message})`;
      process.stderr.write(`whosaid: ${file}: ${message}\n`);
    }
  }
  if (format !== 'jsonl' && docs.length > 0) process.stdout.write(render(docs, format));
  return failed > 0 ? 1 : 0;
}
