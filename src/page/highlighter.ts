// Paints and unpaints highlights, and only that. With the CSS Custom Highlight API the page's DOM is not
// touched at all; where the API is missing, text is wrapped in <whosaid-mark> elements (a name no page
// styles) and unwrapped cleanly.
import type { HighlightKind } from '../shared/messages';

/** The reader's own notes, and highlights in each colour: painted apart from what WhoSaid found. */
export type ReaderPaintKind = 'note' | 'mark-yellow' | 'mark-green' | 'mark-blue' | 'mark-pink';
export type PaintKind = HighlightKind | 'flash' | ReaderPaintKind;

export interface Highlighter {
  /** Replaces the ranges painted for `kind`. */
  paint(kind: PaintKind, ranges: Range[]): void;
  show(kind: PaintKind, visible: boolean): void;
  /** Puts the highlights back if the page cleared them (the registry is shared with the page); true if it had to. */
  restore(): boolean;
  clear(): void;
  readonly usesHighlightApi: boolean;
}

export const HIGHLIGHT_NAME: Record<PaintKind, string> = {
  quote: 'whosaid-quote',
  person: 'whosaid-person',
  organization: 'whosaid-organization',
  place: 'whosaid-place',
  flash: 'whosaid-flash',
  note: 'whosaid-note',
  'mark-yellow': 'whosaid-mark-yellow',
  'mark-green': 'whosaid-mark-green',
  'mark-blue': 'whosaid-mark-blue',
  'mark-pink': 'whosaid-mark-pink',
};

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
  has(name: string): boolean;
  get(name: string): unknown;
}

function highlightRegistry(view: Window | null): HighlightRegistry | null {
  const css = (view as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null)?.CSS;
  const HighlightClass = (view as (Window & { Highlight?: unknown }) | null)?.Highlight;
  return css?.highlights && typeof HighlightClass === 'function' ? css.highlights : null;
}

/** The best highlighter `doc` supports. */
export function createHighlighter(doc: Document): Highlighter {
  const registry = highlightRegistry(doc.defaultView);
  return registry ? new ApiHighlighter(doc, registry) : new ElementHighlighter(doc);
}

class ApiHighlighter implements Highlighter {
  readonly usesHighlightApi = true;
  // Our own record of what is painted: Firefox's content scripts cannot iterate a Highlight (Xray).
  private readonly painted = new Map<PaintKind, { highlight: unknown; visible: boolean }>();

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
  ) {}

  paint(kind: PaintKind, ranges: Range[]): void {
    const HighlightClass = (this.doc.defaultView as unknown as { Highlight: new (...r: Range[]) => { priority: number } })
      .Highlight;
    const highlight = new HighlightClass(...ranges);
    // Entities sit inside quotations: paint them above, the reader's own marks above both, the flash above all.
    highlight.priority = kind === 'flash' ? 4 : kind === 'quote' ? 1 : kind === 'note' || kind.startsWith('mark-') ? 3 : 2;
    const visible = this.painted.get(kind)?.visible ?? true;
    this.painted.set(kind, { highlight, visible });
    if (visible) this.registry.set(HIGHLIGHT_NAME[kind], highlight);
  }

  show(kind: PaintKind, visible: boolean): void {
    const entry = this.painted.get(kind);
    if (!entry) return;
    entry.visible = visible;
    if (visible) this.registry.set(HIGHLIGHT_NAME[kind], entry.highlight);
    else this.registry.delete(HIGHLIGHT_NAME[kind]);
  }

  restore(): boolean {
    let restored = false;
    for (const [kind, entry] of this.painted) {
      if (entry.visible && this.registry.get(HIGHLIGHT_NAME[kind]) !== entry.highlight) {
        this.registry.set(HIGHLIGHT_NAME[kind], entry.highlight);
        restored = true;
      }
    }
    return restored;
  }

  clear(): void {
    for (const kind of this.painted.keys()) this.registry.delete(HIGHLIGHT_NAME[kind]);
    this.painted.clear();
  }
}

const MARK = 'whosaid-mark';

/** Fallback for browsers without the Highlight API: wraps each range's text nodes in <whosaid-mark>. */
class ElementHighlighter implements Highlighter {
  readonly usesHighlightApi = false;
  private readonly marks = new Map<PaintKind, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  paint(kind: PaintKind, ranges: Range[]): void {
    this.unwrap(kind);
    const marks: HTMLElement[] = [];
    // Wrap from the end so earlier ranges' offsets are not disturbed by splits further on.
    for (const range of [...ranges].reverse()) marks.push(...this.wrap(kind, range));
    this.marks.set(kind, marks);
  }

  show(kind: PaintKind, visible: boolean): void {
    for (const mark of this.marks.get(kind) ?? []) mark.toggleAttribute('data-hidden', !visible);
  }

  restore(): boolean {
    return false;
  }

  clear(): void {
    for (const kind of [...this.marks.keys()]) this.unwrap(kind);
  }

  private wrap(kind: PaintKind, range: Range): HTMLElement[] {
    const texts: Text[] = [];
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) texts.push(root as Text);
    else {
      const walker = this.doc.createTreeWalker(root, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (range.intersectsNode(node)) texts.push(node as Text);
      }
    }
    const marks: HTMLElement[] = [];
    for (const original of texts) {
      let text = original;
      const startOffset = text === range.startContainer ? range.startOffset : 0;
      const endOffset = text === range.endContainer ? range.endOffset : text.length;
      if (endOffset <= startOffset) continue;
      if (startOffset > 0) text = text.splitText(startOffset);
      if (endOffset - startOffset < text.length) text.splitText(endOffset - startOffset);
      const mark = this.doc.createElement(MARK);
      mark.setAttribute('data-kind', kind);
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      marks.push(mark);
    }
    return marks;
  }

  private unwrap(kind: PaintKind): void {
    for (const mark of this.marks.get(kind) ?? []) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks.delete(kind);
  }
}
