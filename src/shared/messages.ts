// Every message between the popup, the background and the content script, typed in one place.
// Whatever arrives is checked with `parse*` before use: a message is data from another context,
// and the content script's replies carry page text.
import type { Annotations, ArticleInfo, Entity, Quotation } from '../core/types';
import { HIGHLIGHT_COLOURS, MAX_NOTE_LENGTH, type HighlightColour, type NoteMotivation } from './note-model';

export const HIGHLIGHT_KINDS = ['quote', 'person', 'organization', 'place'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export type Visibility = Record<HighlightKind, boolean>;

/** What the content script knows about its page once annotated. */
export interface PageAnnotations {
  url: string;
  article: Omit<ArticleInfo, 'text'>;
  /** True when Readability found no article and the whole page was annotated on request. */
  wholePage: boolean;
  entities: Entity[];
  quotes: Quotation[];
  /** Annotations the page text no longer holds (the page changed): listed, not highlighted. */
  unplaced: string[];
  visible: Visibility;
  /** False where the CSS Custom Highlight API is missing and marks are wrapped in elements instead. */
  highlightApi: boolean;
}

export type AnnotateReply =
  | { ok: true; page: PageAnnotations }
  | { ok: false; reason: 'no-article' | 'no-text' | 'error'; message: string };

export type ContentRequest =
  | { type: 'whosaid:annotate'; wholePage: boolean }
  | { type: 'whosaid:reveal'; id: string; mention: number }
  | { type: 'whosaid:set-visibility'; visible: Visibility }
  | { type: 'whosaid:toggle-all' }
  | { type: 'whosaid:export' }
  | NoteRequest;

/** The reader's own notes on the page: list, create from the selection, edit, delete, reveal. */
export type NoteRequest =
  | { type: 'whosaid:notes' }
  /** A highlight (`text` null) or a note from the page's selection; `inPage` opens the page's own note editor. */
  | { type: 'whosaid:add-note'; colour: HighlightColour; text: string | null; inPage: boolean }
  | { type: 'whosaid:edit-note'; id: string; text: string }
  | { type: 'whosaid:delete-note'; id: string }
  | { type: 'whosaid:reveal-note'; id: string };

/** One saved note as the popup lists it. */
export interface ListedNote {
  id: string;
  motivation: NoteMotivation;
  colour: HighlightColour | null;
  /** The text the note is on, as saved. */
  quote: string;
  text: string;
  /** True when the page no longer holds its text: listed, not painted. */
  orphan: boolean;
  modified: string;
}

export interface PageNotesSummary {
  /** The page's key (normalised URL), or '' where notes cannot be kept (not an http(s) page). */
  url: string;
  title: string;
  /** The page's current selection (shortened), so the popup can offer to note it. */
  selection: string;
  /** The page's site (scheme and host), for the auto-annotate switch; '' where there is none. */
  site: string;
  notes: ListedNote[];
}

export type NotesReply = { ok: true; page: PageNotesSummary } | { ok: false; message: string; page: PageNotesSummary | null };

export type BackgroundRequest =
  /** Sent as the popup opens, so a background the browser put to sleep starts while the page is read. */
  | { type: 'whosaid:wake' }
  /** From a content script injected by the popup: insert the highlight styles into its frame now (see inject.ts). */
  | { type: 'whosaid:insert-styles' }
  | { type: 'whosaid:annotated'; quoteCount: number }
  /** The content script's article text, for the background to annotate (the model lives there, loaded once). */
  | { type: 'whosaid:annotate-text'; text: string };

/** Longest article text the background accepts: the extraction caps text at 2 million characters. */
const MAX_TEXT_LENGTH = 4_000_000;

const CONTENT_TYPES = new Set([
  'whosaid:annotate',
  'whosaid:reveal',
  'whosaid:set-visibility',
  'whosaid:toggle-all',
  'whosaid:export',
  'whosaid:notes',
  'whosaid:add-note',
  'whosaid:edit-note',
  'whosaid:delete-note',
  'whosaid:reveal-note',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseVisibility(value: unknown): Visibility | null {
  if (!isRecord(value)) return null;
  const visible = {} as Visibility;
  for (const kind of HIGHLIGHT_KINDS) {
    if (typeof value[kind] !== 'boolean') return null;
    visible[kind] = value[kind];
  }
  return visible;
}

/** The request, if `message` is a well-formed request for the content script; otherwise null. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !CONTENT_TYPES.has(message.type)) return null;
  switch (message.type) {
    case 'whosaid:annotate':
      return { type: 'whosaid:annotate', wholePage: message.wholePage === true };
    case 'whosaid:reveal':
      if (typeof message.id !== 'string' || message.id.length > 64) return null;
      return {
        type: 'whosaid:reveal',
        id: message.id,
        mention: Number.isInteger(message.mention) ? (message.mention as number) : 0,
      };
    case 'whosaid:set-visibility': {
      const visible = parseVisibility(message.visible);
      return visible && { type: 'whosaid:set-visibility', visible };
    }
    case 'whosaid:export':
      return { type: 'whosaid:export' };
    case 'whosaid:notes':
      return { type: 'whosaid:notes' };
    case 'whosaid:add-note': {
      const colour = (HIGHLIGHT_COLOURS as readonly unknown[]).includes(message.colour) ? (message.colour as HighlightColour) : 'yellow';
      const text = message.text === null || message.text === undefined ? null : noteTextOf(message.text);
      if (text === undefined) return null;
      return { type: 'whosaid:add-note', colour, text, inPage: message.inPage === true };
    }
    case 'whosaid:edit-note': {
      const text = noteTextOf(message.text);
      return isNoteId(message.id) && text !== undefined ? { type: 'whosaid:edit-note', id: message.id, text } : null;
    }
    case 'whosaid:delete-note':
    case 'whosaid:reveal-note':
      return isNoteId(message.id) ? { type: message.type, id: message.id } : null;
    default:
      return { type: 'whosaid:toggle-all' };
  }
}

function isNoteId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 512;
}

function noteTextOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_NOTE_LENGTH ? value : undefined;
}

/** The content script's reply to a note request, checked field by field; null for anything else. */
export function parseNotesReply(reply: unknown): NotesReply | null {
  if (!isRecord(reply)) return null;
  const page = parseNotesSummary(reply.page);
  if (reply.ok === true) return page && { ok: true, page };
  if (reply.ok !== false || typeof reply.message !== 'string') return null;
  return { ok: false, message: reply.message.slice(0, 500), page };
}

function parseNotesSummary(value: unknown): PageNotesSummary | null {
  if (!isRecord(value) || !Array.isArray(value.notes)) return null;
  const text = (item: unknown): string => (typeof item === 'string' ? item : '');
  const notes: ListedNote[] = [];
  for (const note of value.notes) {
    if (!isRecord(note) || !isNoteId(note.id)) return null;
    if (note.motivation !== 'highlighting' && note.motivation !== 'commenting') return null;
    notes.push({
      id: note.id,
      motivation: note.motivation,
      colour: (HIGHLIGHT_COLOURS as readonly unknown[]).includes(note.colour) ? (note.colour as HighlightColour) : null,
      quote: text(note.quote),
      text: text(note.text),
      orphan: note.orphan === true,
      modified: text(note.modified),
    });
  }
  return { url: text(value.url), title: text(value.title), selection: text(value.selection).slice(0, 300), site: text(value.site), notes };
}

/** The request, if `message` is a well-formed request for the background; otherwise null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (isRecord(message) && (message.type === 'whosaid:wake' || message.type === 'whosaid:insert-styles')) return { type: message.type };
  if (isRecord(message) && message.type === 'whosaid:annotate-text') {
    const text = message.text;
    return typeof text === 'string' && text.length <= MAX_TEXT_LENGTH ? { type: 'whosaid:annotate-text', text } : null;
  }
  if (!isRecord(message) || message.type !== 'whosaid:annotated') return null;
  const count = message.quoteCount;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return { type: 'whosaid:annotated', quoteCount: count };
}

function isSpan(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    typeof value.text === 'string'
  );
}

/** Annotations as the core makes them, checked field by field; null if anything is malformed. */
export function parseAnnotations(value: unknown): Annotations | null {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Array.isArray(value.quotes)) return null;
  const entities: Entity[] = [];
  for (const entity of value.entities) {
    if (!isRecord(entity) || typeof entity.id !== 'string' || typeof entity.name !== 'string') return null;
    if (!['person', 'organization', 'place', 'other'].includes(entity.type as string)) return null;
    if (!Array.isArray(entity.mentions) || !entity.mentions.every(isSpan)) return null;
    entities.push(entity as unknown as Entity);
  }
  const quotes: Quotation[] = [];
  for (const quote of value.quotes) {
    if (!isRecord(quote) || typeof quote.id !== 'string' || !isSpan(quote)) return null;
    if (!['direct', 'partial', 'term'].includes(quote.kind as string)) return null;
    const speaker = quote.speaker;
    if (speaker !== null && !(isRecord(speaker) && typeof speaker.name === 'string' && isSpan(speaker.mention))) {
      return null;
    }
    quotes.push(quote as unknown as Quotation);
  }
  return { entities, quotes };
}

/**
 * The content script's reply to `whosaid:annotate`, checked field by field so the popup renders only
 * well-formed data. Returns null for anything else.
 */
export function parseAnnotateReply(reply: unknown): AnnotateReply | null {
  if (!isRecord(reply)) return null;
  if (reply.ok === false) {
    const reason = reply.reason;
    if (reason !== 'no-article' && reason !== 'no-text' && reason !== 'error') return null;
    return { ok: false, reason, message: typeof reply.message === 'string' ? reply.message : '' };
  }
  if (reply.ok !== true || !isRecord(reply.page)) return null;
  const page = reply.page;
  const article = isRecord(page.article) ? page.article : null;
  const visible = parseVisibility(page.visible);
  if (!article || !visible || !Array.isArray(page.entities) || !Array.isArray(page.quotes)) return null;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const annotations = parseAnnotations({ entities: page.entities, quotes: page.quotes });
  if (!annotations) return null;
  const { entities, quotes } = annotations;
  return {
    ok: true,
    page: {
      url: text(page.url),
      article: { title: text(article.title), byline: text(article.byline), siteName: text(article.siteName), lang: text(article.lang) },
      wholePage: page.wholePage === true,
      entities,
      quotes,
      unplaced: Array.isArray(page.unplaced) ? page.unplaced.filter((id): id is string => typeof id === 'string') : [],
      visible,
      highlightApi: page.highlightApi !== false,
    },
  };
}
