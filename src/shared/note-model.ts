// A reader's note or highlight in the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/):
// the target is the page, selected by a TextQuoteSelector (with context) and a TextPositionSelector; a note's
// text is a plain-text TextualBody; a highlight's colour is the target's `styleClass`.
// `parseNoteAnnotation` is the one gate for annotations read from storage, a message or an imported file.
import type { TextPositionSelector, TextQuoteSelector } from '../page/anchoring/types';
import { normalisePageUrl } from './page-url';

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export type NoteMotivation = 'highlighting' | 'commenting';

export interface NoteBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting';
}

export interface NoteTarget {
  source: string;
  styleClass?: HighlightColour;
  selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
}

export interface NoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: NoteMotivation;
  created: string;
  modified: string;
  body: NoteBody[];
  target: NoteTarget;
}

/** Longest note text and quote kept (a note is a note, not a document). */
export const MAX_NOTE_LENGTH = 20_000;
const MAX_QUOTE_LENGTH = 20_000;
const MAX_CONTEXT_LENGTH = 256;

export function noteText(annotation: NoteAnnotation): string {
  return annotation.body.map((body) => body.value).join('\n\n');
}

export function quoteOf(annotation: NoteAnnotation): TextQuoteSelector {
  return annotation.target.selector[0];
}

export function positionOf(annotation: NoteAnnotation): TextPositionSelector | undefined {
  return annotation.target.selector[1];
}

function textBody(text: string): NoteBody[] {
  const value = text.replace(/\r\n?/g, '\n').slice(0, MAX_NOTE_LENGTH);
  return value.trim() ? [{ type: 'TextualBody', value, format: 'text/plain', purpose: 'commenting' }] : [];
}

export interface NewNote {
  source: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** The note's text; null for a plain highlight. */
  text: string | null;
  colour: HighlightColour;
  now: Date;
}

/** A new highlight (no text) or note. */
export function createNote({ source, selectors, text, colour, now }: NewNote): NoteAnnotation {
  const time = now.toISOString();
  return {
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: text === null ? 'highlighting' : 'commenting',
    created: time,
    modified: time,
    body: text === null ? [] : textBody(text),
    target: { source, styleClass: colour, selector: selectors },
  };
}

/** `annotation` with its text replaced (an empty text makes a note a highlight again). */
export function withText(annotation: NoteAnnotation, text: string, now: Date): NoteAnnotation {
  const body = textBody(text);
  return { ...annotation, body, motivation: body.length ? 'commenting' : 'highlighting', modified: now.toISOString() };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function string(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function time(value: unknown, fallback: string): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

/** A stable id for an annotation that came without one, so importing it twice adds it once. */
function contentId(parts: string[]): string {
  let hash = 0x811c9dc5;
  let hash2 = 0;
  for (const char of parts.join('\u0000')) {
    const code = char.codePointAt(0)!;
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
    hash2 = (Math.imul(hash2, 31) + code) >>> 0;
  }
  return `urn:whosaid:note:${hash.toString(16).padStart(8, '0')}${hash2.toString(16).padStart(8, '0')}`;
}

/**
 * A well-formed NoteAnnotation from `value` (ours, or any W3C annotation of a web page with a
 * TextQuoteSelector: a `bodyValue` or TextualBody becomes the note's text), or null.
 */
export function parseNoteAnnotation(value: unknown, now = new Date()): NoteAnnotation | null {
  if (!isRecord(value)) return null;
  const target = asList(value.target).find(isRecord);
  if (!target) return null;
  // Kept under the same key the page would be: no fragment, no tracking parameters.
  const source = normalisePageUrl(string(target.source, 4096) ?? '');
  if (!source) return null;
  const selectors = asList(target.selector).filter(isRecord);
  const quoteSelector = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const exact = string(quoteSelector?.exact, MAX_QUOTE_LENGTH);
  if (!quoteSelector || !exact) return null;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact,
    prefix: (string(quoteSelector.prefix, MAX_CONTEXT_LENGTH * 4) ?? '').slice(-MAX_CONTEXT_LENGTH),
    suffix: (string(quoteSelector.suffix, MAX_CONTEXT_LENGTH * 4) ?? '').slice(0, MAX_CONTEXT_LENGTH),
  };
  const positionSelector = selectors.find((selector) => selector.type === 'TextPositionSelector');
  const start = positionSelector?.start;
  const end = positionSelector?.end;
  const position: TextPositionSelector | null =
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (end as number) > (start as number)
      ? { type: 'TextPositionSelector', start: start as number, end: end as number }
      : null;

  const texts: string[] = [];
  if (typeof value.bodyValue === 'string') texts.push(value.bodyValue);
  for (const body of asList(value.body)) {
    if (isRecord(body) && typeof body.value === 'string' && (body.purpose === undefined || body.purpose === 'commenting')) {
      if (body.type === undefined || body.type === 'TextualBody') texts.push(body.value);
    }
  }
  const body = textBody(texts.join('\n\n'));
  const styleClass = (HIGHLIGHT_COLOURS as readonly unknown[]).includes(target.styleClass) ? (target.styleClass as HighlightColour) : undefined;
  const fallback = now.toISOString();
  const created = time(value.created, fallback);
  const id = string(value.id, 512) ?? contentId([source, quote.exact, quote.prefix, quote.suffix, texts.join('\n')]);
  return {
    id,
    type: 'Annotation',
    motivation: body.length ? 'commenting' : 'highlighting',
    created,
    modified: time(value.modified, created),
    body,
    target: {
      source,
      ...(styleClass ? { styleClass } : {}),
      selector: position ? [quote, position] : [quote],
    },
  };
}
