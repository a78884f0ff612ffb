// The reader's own highlights and notes on one page: loads them from the store, anchors each in the page
// text (position, then quote, then fuzzy), paints them, creates new ones from the selection, and lists
// them, orphans included. Anchors are offsets into `readPageText`, the same text when making a note and
// when finding it again.
import { anchorQuote } from './anchoring/anchor';
import { describeSpan } from './anchoring/text-position';
import { rangeForSpan } from './article-text';
import { createHighlighter, type Highlighter, type ReaderPaintKind } from './highlighter';
import { readPageText, spanOfRange } from './page-text';
import { createNote, noteText, positionOf, quoteOf, withText, type HighlightColour, type NoteAnnotation } from '../shared/note-model';
import { NoteStoreError, type NoteStore } from '../shared/note-store';
import { pageKey, siteOf } from '../shared/page-url';
import type { ListedNote, NotesReply, PageNotesSummary } from '../shared/messages';
import type { TextPositionSelector, TextQuoteSelector } from './anchoring/types';

const FLASH_MS = 1600;
/** The whole-page search for notes not found near their old place: work per slice, and in all per visit. */
const SLICE_MS = 12;
const FAR_SEARCH_BUDGET_MS = 2000;

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Timing is optional.
  }
}
const PAINT_KINDS: ReaderPaintKind[] = ['note', 'mark-yellow', 'mark-green', 'mark-blue', 'mark-pink'];

/** A selection turned into selectors, kept while the reader types the note. */
export interface CapturedSelection {
  selectors: [TextQuoteSelector, TextPositionSelector];
  rect: DOMRect;
}

function paintKindOf(annotation: NoteAnnotation): ReaderPaintKind {
  if (annotation.motivation === 'commenting') return 'note';
  return `mark-${annotation.target.styleClass ?? 'yellow'}`;
}

function canonicalOf(doc: Document): string | null {
  return doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}

export class ReaderNotes {
  private annotations: NoteAnnotation[] = [];
  private readonly ranges = new Map<string, Range>();
  private readonly highlighter: Highlighter;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private seen = { href: '', canonical: null as string | null };
  private generation = 0;
  private farSearched = { text: '', missed: new Set<string>() };
  /** A canonical link the page left in place through in-page navigation: it names no page. */
  private staleCanonical: string | null = null;
  /** The key of the page the notes belong to: null where notes cannot be kept. */
  key: string | null = null;
  /** The last storage failure, until the next success. */
  storageError: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly store: NoteStore,
  ) {
    this.highlighter = createHighlighter(doc);
  }

  /** The key for the page now. After in-page navigation a canonical link the page did not update is ignored. */
  currentKey(): string | null {
    const href = this.doc.location?.href ?? '';
    const canonical = canonicalOf(this.doc);
    return pageKey(href, this.isStale(href, canonical) ? null : canonical);
  }

  private isStale(href: string, canonical: string | null): boolean {
    if (canonical === null) return false;
    return canonical === this.staleCanonical || (this.seen.href !== '' && href !== this.seen.href && canonical === this.seen.canonical);
  }

  /** (Re)reads the page's notes and places them. Storage failures are kept in `storageError`. */
  async load(): Promise<void> {
    const key = this.currentKey();
    const href = this.doc.location?.href ?? '';
    const canonical = canonicalOf(this.doc);
    if (this.isStale(href, canonical)) this.staleCanonical = canonical;
    this.seen = { href, canonical };
    this.key = key;
    let annotations: NoteAnnotation[] = [];
    if (key) {
      try {
        annotations = (await this.store.page(key))?.annotations ?? [];
        this.storageError = null;
      } catch (error) {
        this.storageError = error instanceof NoteStoreError ? error.readerMessage : String(error);
      }
    }
    // The page may have moved on while storage answered.
    if (key !== this.key) return;
    this.annotations = annotations;
    await this.anchor();
  }

  /**
   * Places every note in the page as it is now and paints it; what cannot be placed is an orphan. Notes are
   * first looked for where they were, by their quote, and edited near their old place, all at once; the few
   * left are then looked for across the whole page in short slices, so a long page never stalls.
   */
  async anchor(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.ranges.clear();
    const unplaced: NoteAnnotation[] = [];
    const page = this.annotations.length > 0 ? readPageText(this.doc) : null;
    if (page) {
      for (const annotation of this.annotations) {
        const anchor = anchorQuote(page.text, quoteOf(annotation), positionOf(annotation), false);
        const range = anchor && rangeForSpan(this.doc, page, anchor.start, anchor.end);
        if (range) this.ranges.set(annotation.id, range);
        else unplaced.push(annotation);
      }
    }
    this.paint();
    measure('whosaid:anchor-notes', started);
    if (!page || unplaced.length === 0) return;

    const deadline = performance.now() + FAR_SEARCH_BUDGET_MS;
    let slice = performance.now();
    let found = false;
    // The same text was searched in vain before (the page changed elsewhere, or not at all): no need again.
    const missed = page.text === this.farSearched.text ? this.farSearched.missed : new Set<string>();
    this.farSearched = { text: page.text, missed };
    for (const annotation of unplaced) {
      if (missed.has(annotation.id)) continue;
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
      // A newer pass (the page changed, a note was added) or the budget ends this one.
      if (generation !== this.generation || performance.now() > deadline) break;
      const anchor = anchorQuote(page.text, quoteOf(annotation), positionOf(annotation), true);
      const range = anchor && rangeForSpan(this.doc, page, anchor.start, anchor.end);
      if (range) {
        this.ranges.set(annotation.id, range);
        found = true;
      } else missed.add(annotation.id);
    }
    if (found && generation === this.generation) this.paint();
    measure('whosaid:anchor-notes-far', started);
  }

  /** True when some note is an orphan or lost its text. */
  needsAnchoring(): boolean {
    return this.ranges.size < this.annotations.length || this.lostText();
  }

  /** True when a placed note lost its text (the page re-rendered or removed it). */
  lostText(): boolean {
    for (const range of this.ranges.values()) {
      if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) return true;
    }
    return false;
  }

  get count(): number {
    return this.annotations.length;
  }

  private paint(): void {
    const byKind = new Map<ReaderPaintKind, Range[]>(PAINT_KINDS.map((kind) => [kind, []]));
    for (const annotation of this.annotations) {
      const range = this.ranges.get(annotation.id);
      if (range) byKind.get(paintKindOf(annotation))!.push(range);
    }
    for (const [kind, ranges] of byKind) this.highlighter.paint(kind, ranges);
  }

  /** Puts the highlights back if the page's scripts cleared the shared registry. */
  restore(): void {
    this.highlighter.restore();
  }

  /** The page's current selection as selectors, or null when nothing on the page is selected. */
  captureSelection(): CapturedSelection | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const page = readPageText(this.doc);
    const span = spanOfRange(page, range);
    if (!span) return null;
    return { selectors: describeSpan(page.text, span.start, span.end), rect: range.getBoundingClientRect() };
  }

  selectionText(): string {
    const text = this.doc.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '';
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  }

  /** Saves a highlight (`text` null) or a note on `captured`; on failure nothing changes and the reply says why. */
  async add(captured: CapturedSelection, colour: HighlightColour, text: string | null): Promise<NotesReply> {
    const key = this.currentKey();
    if (!key) return this.failure('Notes can be kept only on web pages (http and https).');
    const annotation = createNote({ source: key, selectors: captured.selectors, text, colour, now: new Date() });
    const saved = await this.write(() => this.store.save(key, this.doc.title.trim(), annotation));
    if (!saved.ok) return saved;
    if (key === this.key) {
      this.annotations.push(annotation);
      await this.anchor();
    } else await this.load();
    this.doc.getSelection()?.removeAllRanges();
    return this.reply();
  }

  async edit(id: string, text: string): Promise<NotesReply> {
    const annotation = this.annotations.find((item) => item.id === id);
    if (!annotation || !this.key) return this.failure('That note is no longer on this page.');
    const changed = withText(annotation, text, new Date());
    const saved = await this.write(() => this.store.save(this.key!, '', changed));
    if (!saved.ok) return saved;
    this.annotations = this.annotations.map((item) => (item.id === id ? changed : item));
    this.paint();
    return this.reply();
  }

  async remove(id: string): Promise<NotesReply> {
    if (!this.key) return this.failure('That note is no longer on this page.');
    const saved = await this.write(() => this.store.remove(this.key!, id));
    if (!saved.ok) return saved;
    this.annotations = this.annotations.filter((item) => item.id !== id);
    this.ranges.delete(id);
    this.paint();
    return this.reply();
  }

  /** Scrolls to a note and flashes it; false for an orphan. */
  reveal(id: string): boolean {
    const range = this.ranges.get(id);
    const element = range?.startContainer.parentElement;
    if (!range || !element) return false;
    const still =
      this.doc.visibilityState === 'hidden' || this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    this.highlighter.paint('flash', [range]);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.highlighter.paint('flash', []), FLASH_MS);
    return true;
  }

  /** The note under the point, if any (for editing a note from the page). */
  noteAt(node: Node, offset: number): NoteAnnotation | null {
    for (const annotation of this.annotations) {
      const range = this.ranges.get(annotation.id);
      try {
        if (range?.isPointInRange(node, offset) && !(range.endContainer === node && range.endOffset === offset)) return annotation;
      } catch {
        // A point in another document or a doctype: not in any note.
      }
    }
    return null;
  }

  summary(): PageNotesSummary {
    const notes: ListedNote[] = this.annotations.map((annotation) => ({
      id: annotation.id,
      motivation: annotation.motivation,
      colour: annotation.target.styleClass ?? null,
      quote: quoteOf(annotation).exact,
      text: noteText(annotation),
      orphan: !this.ranges.has(annotation.id),
      modified: annotation.modified,
    }));
    const site = siteOf(this.doc.location?.href ?? '') ?? '';
    return { url: this.key ?? '', title: this.doc.title.trim(), selection: this.selectionText(), site, notes };
  }

  reply(): NotesReply {
    return this.storageError ? { ok: false, message: this.storageError, page: this.summary() } : { ok: true, page: this.summary() };
  }

  private failure(message: string): NotesReply {
    return { ok: false, message, page: this.summary() };
  }

  private async write(work: () => Promise<void>): Promise<{ ok: true } | NotesReply> {
    try {
      await work();
      this.storageError = null;
      return { ok: true };
    } catch (error) {
      const message = error instanceof NoteStoreError ? error.readerMessage : `The note could not be saved: ${String(error)}`;
      return this.failure(message);
    }
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    this.highlighter.clear();
  }
}
