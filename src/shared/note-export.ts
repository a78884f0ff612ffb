// Readers' notes out and in: W3C Web Annotation JSON-LD (an AnnotationCollection, the format Hypothesis and
// other annotators read) and Markdown for people.
import { noteText, parseNoteAnnotation, quoteOf, type NoteAnnotation } from './note-model';
import type { PageNotes } from './note-store';

/** An AnnotationCollection holding every note of every page. */
export function notesToJsonLd(pages: PageNotes[], generated: Date): object {
  const items = pages.flatMap((page) => page.annotations);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'WhoSaid notes',
    generated: generated.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Markdown: a section a page, each highlight quoted and each note's text beneath its quote. */
export function notesToMarkdown(pages: PageNotes[]): string {
  const parts = ['# WhoSaid notes', ''];
  for (const page of pages) {
    parts.push(`## ${page.title || page.url}`, '', `<${page.url}>`, '');
    for (const annotation of page.annotations) {
      parts.push(quoted(quoteOf(annotation).exact.replace(/\s+/g, ' ')), '');
      const text = noteText(annotation);
      if (text) parts.push(text, '');
      const colour = annotation.target.styleClass;
      parts.push(`*${annotation.motivation === 'commenting' ? 'Note' : `Highlight${colour ? ` (${colour})` : ''}`}, ${annotation.modified.slice(0, 10)}*`, '');
    }
  }
  return parts.join('\n');
}

export interface ParsedImport {
  annotations: NoteAnnotation[];
  /** Items that were not annotations of a web page with a quote. */
  skipped: number;
}

/**
 * The annotations in an imported JSON-LD document: an AnnotationCollection (its first page's items), an
 * AnnotationPage, an array, or one Annotation. Anything else in it is counted as skipped.
 */
export function parseNotesImport(json: unknown, now = new Date()): ParsedImport {
  const record = (value: unknown): Record<string, unknown> | null =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  let items: unknown[] = [];
  const root = record(json);
  if (Array.isArray(json)) items = json;
  else if (root?.type === 'AnnotationCollection') items = (record(root.first)?.items as unknown[]) ?? [];
  else if (root?.type === 'AnnotationPage') items = (root.items as unknown[]) ?? [];
  else if (root) items = [root];
  if (!Array.isArray(items)) items = [];
  const annotations: NoteAnnotation[] = [];
  for (const item of items) {
    const annotation = parseNoteAnnotation(item, now);
    if (annotation) annotations.push(annotation);
  }
  return { annotations, skipped: items.length - annotations.length };
}
