// One annotated page: the article, its annotations, their live ranges, the highlights and the card.
// The content script owns one of these per document; everything here works on the live page.
import type { Annotations, Entity, Quotation } from '../core/types';
import { HIGHLIGHT_KINDS, type HighlightKind, type PageAnnotations, type Visibility } from '../shared/messages';
import { rangeForSpan } from './article-text';
import { caretAt } from './caret';
import { createCard, type Card, type CardLine } from './card';
import type { ExtractedArticle } from './extract';
import { createHighlighter, type Highlighter } from './highlighter';

const FLASH_MS = 1600;
const RESTORE_EVERY_MS = 1000;
/** Frames without a clearing (about two seconds) before the highlights are no longer put back every frame. */
const QUIET_FRAMES = 120;

interface Placed {
  kind: HighlightKind;
  ranges: Range[];
  describe(): CardLine;
}

const ENTITY_LABEL: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  other: 'Name',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function quoteLine(quote: Quotation): CardLine {
  if (quote.kind === 'term') return { label: 'Term', detail: 'in quotation marks, nobody quoted' };
  return { label: quote.kind === 'partial' ? 'Partial quote' : 'Quote', detail: quote.speaker?.name ?? 'speaker unknown' };
}

/** Where each annotation is on the live page: its ranges, or its id among the unplaced. */
export interface Placement {
  placed: Map<string, Placed>;
  unplaced: string[];
}

/** How many ranges are placed between pauses: a few milliseconds' work even on long pages. */
const PLACE_PER_PAUSE = 100;

/**
 * Finds the live ranges of every annotation, pausing (`yield`) every so often so a long article can be
 * placed in slices (`runInSlices`). Annotations whose text the page no longer holds are listed as unplaced.
 */
export function* placeAnnotations(doc: Document, article: ExtractedArticle, annotations: Annotations): Generator<void, Placement, void> {
  const placed = new Map<string, Placed>();
  const unplaced: string[] = [];
  const ranged = (start: number, end: number): Range | null => rangeForSpan(doc, article.text, start, end);
  let sincePause = 0;
  for (const quote of annotations.quotes) {
    if (++sincePause >= PLACE_PER_PAUSE) {
      sincePause = 0;
      yield;
    }
    const range = ranged(quote.start, quote.end);
    if (!range) {
      unplaced.push(quote.id);
      continue;
    }
    placed.set(quote.id, { kind: 'quote', ranges: [range], describe: () => quoteLine(quote) });
  }
  for (const entity of annotations.entities) {
    if (entity.type === 'other') continue;
    sincePause += entity.mentions.length;
    if (sincePause >= PLACE_PER_PAUSE) {
      sincePause = 0;
      yield;
    }
    const ranges = entity.mentions.map((m) => ranged(m.start, m.end)).filter((r): r is Range => r !== null);
    if (ranges.length === 0) {
      unplaced.push(entity.id);
      continue;
    }
    const detail = `${entity.name}, ${plural(entity.mentions.length, 'mention')}`;
    placed.set(entity.id, { kind: entity.type, ranges, describe: () => ({ label: ENTITY_LABEL[entity.type], detail }) });
  }
  return { placed, unplaced };
}

export class AnnotatedPage {
  private readonly highlighter: Highlighter;
  private readonly card: Card;
  private readonly placed: Map<string, Placed>;
  private visible: Visibility = { quote: true, person: true, organization: true, place: true };
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly restoreTimer: ReturnType<typeof setInterval>;
  /** Frames since the page last cleared the highlights, while they are put back every frame; 0 when not. */
  private framesWatched = 0;
  private destroyed = false;
  private hoverFrame = 0;
  readonly unplaced: string[];

  /** Paints the annotations where `placement` (from `placeAnnotations`) found them. */
  constructor(
    private readonly doc: Document,
    readonly article: ExtractedArticle,
    readonly annotations: Annotations,
    placement: Placement,
  ) {
    this.placed = placement.placed;
    this.unplaced = placement.unplaced;
    this.highlighter = createHighlighter(doc);
    this.card = createCard(doc);
    this.paint();
    doc.addEventListener('mousemove', this.onPointer, { passive: true });
    doc.addEventListener('focusin', this.onFocus);
    doc.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    // The highlight registry is the page's too: a page script may clear it. Checking is a few map look-ups.
    this.restoreTimer = setInterval(() => {
      if (this.highlighter.restore()) this.restoreEveryFrame();
    }, RESTORE_EVERY_MS);
  }

  /** The summary the popup lists. */
  summary(url: string): PageAnnotations {
    const { text: _text, ...article } = this.article.info;
    return {
      url,
      article,
      wholePage: this.article.wholePage,
      entities: this.annotations.entities.filter((entity) => entity.type !== 'other'),
      quotes: this.annotations.quotes,
      unplaced: this.unplaced,
      visible: { ...this.visible },
      highlightApi: this.highlighter.usesHighlightApi,
    };
  }

  setVisibility(visible: Visibility): void {
    this.visible = { ...visible };
    for (const kind of HIGHLIGHT_KINDS) this.highlighter.show(kind, visible[kind]);
  }

  toggleAll(): void {
    const anyVisible = HIGHLIGHT_KINDS.some((kind) => this.visible[kind]);
    const visible = Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, !anyVisible])) as Visibility;
    this.setVisibility(visible);
  }

  /** Scrolls the page to an annotation (an entity's `mention`-th mention) and flashes it. */
  reveal(id: string, mention: number): boolean {
    this.highlighter.restore();
    const placed = this.placed.get(id);
    if (!placed || placed.ranges.length === 0) return false;
    const range = placed.ranges[((mention % placed.ranges.length) + placed.ranges.length) % placed.ranges.length]!;
    const element = range.startContainer.parentElement;
    if (!element) return false;
    // No animation for readers who asked for less motion, nor in a background tab, where it would stall.
    const still =
      this.doc.visibilityState === 'hidden' ||
      this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    this.highlighter.paint('flash', [range]);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.highlighter.paint('flash', []), FLASH_MS);
    return true;
  }

  /**
   * A page that cleared the highlights once may keep clearing them (on a timer, say): put them back before
   * every frame, so the reader sees them, until a couple of seconds go by without a clearing. (Frames only
   * run while the tab is shown; the once-a-second check goes on in the background.)
   */
  private restoreEveryFrame(): void {
    if (this.framesWatched > 0 || typeof requestAnimationFrame !== 'function') return;
    const frame = (): void => {
      if (this.destroyed) return;
      this.framesWatched = this.highlighter.restore() ? 1 : this.framesWatched + 1;
      if (this.framesWatched < QUIET_FRAMES) requestAnimationFrame(frame);
      else this.framesWatched = 0;
    };
    this.framesWatched = 1;
    requestAnimationFrame(frame);
  }

  /** Puts highlights back if the page's scripts cleared the shared highlight registry. */
  restore(): void {
    this.highlighter.restore();
  }

  destroy(): void {
    this.doc.removeEventListener('mousemove', this.onPointer);
    this.doc.removeEventListener('focusin', this.onFocus);
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    clearTimeout(this.flashTimer);
    clearInterval(this.restoreTimer);
    this.destroyed = true;
    this.highlighter.clear();
    this.card.remove();
  }

  private paint(): void {
    const byKind = new Map<HighlightKind, Range[]>(HIGHLIGHT_KINDS.map((kind) => [kind, []]));
    for (const placed of this.placed.values()) byKind.get(placed.kind)!.push(...placed.ranges);
    for (const [kind, ranges] of byKind) this.highlighter.paint(kind, ranges);
  }

  /** Every visible annotation whose range holds the point (node, offset). */
  private linesAt(node: Node, offset: number): { lines: CardLine[]; range: Range | null } {
    const hits: Placed[] = [];
    let first: Range | null = null;
    for (const placed of this.placed.values()) {
      if (!this.visible[placed.kind]) continue;
      for (const range of placed.ranges) {
        let inside = false;
        try {
          inside = range.isPointInRange(node, offset) && !(range.endContainer === node && range.endOffset === offset);
        } catch {
          inside = false;
        }
        if (inside) {
          hits.push(placed);
          first ??= range;
          break;
        }
      }
    }
    // The quotation first, then the names inside it.
    hits.sort((a, b) => Number(a.kind !== 'quote') - Number(b.kind !== 'quote'));
    return { lines: hits.map((placed) => placed.describe()), range: first };
  }

  private readonly onPointer = (event: MouseEvent): void => {
    if (this.hoverFrame) return;
    const { clientX, clientY } = event;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const caret = caretAt(this.doc, clientX, clientY);
      const hit = caret ? this.linesAt(caret.node, caret.offset) : { lines: [], range: null };
      if (hit.lines.length === 0 || !hit.range) {
        this.card.hide();
        return;
      }
      // The caret snaps to the nearest character even past a line's end: check the pointer is on the text.
      const onText = [...hit.range.getClientRects()].some(
        (rect) => clientX >= rect.left && clientX <= rect.right && clientY >= rect.top && clientY <= rect.bottom,
      );
      if (!onText) {
        this.card.hide();
        return;
      }
      this.card.show(hit.lines, new DOMRect(clientX, clientY, 0, 16));
    });
  };

  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.target;
    if (!(target instanceof Node) || target === this.doc) return;
    const lines: CardLine[] = [];
    for (const placed of this.placed.values()) {
      if (!this.visible[placed.kind]) continue;
      if (placed.ranges.some((range) => safeIntersects(range, target))) lines.push(placed.describe());
    }
    if (lines.length === 0 || !(target instanceof Element)) {
      this.card.hide();
      return;
    }
    this.card.show(lines.slice(0, 4), target.getBoundingClientRect());
  };

  private readonly onScroll = (): void => this.card.hide();
}

function safeIntersects(range: Range, node: Node): boolean {
  try {
    return range.intersectsNode(node);
  } catch {
    return false;
  }
}
