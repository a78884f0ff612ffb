// The small bar that appears near a selection: a highlight in each colour and "Note". It lives in a closed
// shadow root on <html>, attached only while shown, so the page's styles and scripts cannot reach it and
// the page's own DOM is left alone.
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../shared/note-model';

export interface SelectionToolbarActions {
  highlight(colour: HighlightColour): void;
  note(): void;
}

export interface SelectionToolbar {
  /** Shows the bar beside `rect` (the selection's bounds, in viewport coordinates). */
  show(rect: DOMRect): void;
  /** Shows a short message (a storage failure) where the bar was. */
  message(text: string): void;
  hide(): void;
  readonly shown: boolean;
}

const SWATCH: Record<HighlightColour, string> = { yellow: '#facc15', green: '#4ade80', blue: '#60a5fa', pink: '#f472b6' };

const STYLE = `
:host { all: initial; }
.bar {
  position: fixed; z-index: 2147483647; display: flex; align-items: center; gap: 4px; padding: 4px 6px;
  border-radius: 8px; background: #1f2430; color: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.3);
  font: 13px/1.3 system-ui, sans-serif;
}
button { all: unset; cursor: pointer; border-radius: 5px; padding: 3px 6px; }
button:focus-visible, button:hover { outline: 2px solid #93c5fd; }
.swatch { width: 14px; height: 14px; padding: 0; border-radius: 50%; border: 1px solid rgba(255,255,255,.6); }
.message { max-width: 340px; padding: 2px 4px; }
`;

export function createSelectionToolbar(doc: Document, actions: SelectionToolbarActions): SelectionToolbar {
  let host: HTMLElement | null = null;
  let bar: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const ensure = (): HTMLElement => {
    if (bar && host?.isConnected) return bar;
    host = doc.createElement('whosaid-selection');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'WhoSaid: highlight or note the selection');
    // Keep the page's selection: a press on the bar must not collapse it.
    bar.addEventListener('mousedown', (event) => event.preventDefault());
    shadow.append(style, bar);
    doc.documentElement.appendChild(host);
    return bar;
  };

  const place = (box: HTMLElement, rect: DOMRect): void => {
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const top = rect.top > 44 ? rect.top - 38 : rect.bottom + 8;
    box.style.left = `${Math.max(4, Math.min(rect.left, width - 240))}px`;
    box.style.top = `${top}px`;
  };

  const toolbar: SelectionToolbar = {
    get shown() {
      return host?.isConnected === true;
    },
    show(rect) {
      clearTimeout(hideTimer);
      const box = ensure();
      const buttons = HIGHLIGHT_COLOURS.map((colour) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'swatch';
        button.style.background = SWATCH[colour];
        button.title = `Highlight (${colour})`;
        button.setAttribute('aria-label', `Highlight in ${colour}`);
        button.addEventListener('click', () => actions.highlight(colour));
        return button;
      });
      const note = doc.createElement('button');
      note.type = 'button';
      note.textContent = 'Note';
      note.title = 'Add a note to the selection';
      note.addEventListener('click', () => actions.note());
      box.replaceChildren(...buttons, note);
      place(box, rect);
    },
    message(text) {
      const box = ensure();
      const line = doc.createElement('div');
      line.className = 'message';
      line.setAttribute('role', 'alert');
      line.textContent = text;
      box.replaceChildren(line);
      if (!box.style.top) place(box, new DOMRect(16, 60, 0, 0));
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => toolbar.hide(), 8000);
    },
    hide() {
      clearTimeout(hideTimer);
      host?.remove();
      host = null;
      bar = null;
    },
  };
  return toolbar;
}
