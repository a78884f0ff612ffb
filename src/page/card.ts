// The small card that says what a highlight is, on hover and on keyboard focus. It lives in a closed
// shadow root on <html> (not <body>), added only when first shown, so page styles and scripts cannot
// reach it and the article's DOM stays as the page made it.

export interface CardLine {
  label: string;
  detail: string;
}

export interface Card {
  show(lines: CardLine[], anchor: DOMRect): void;
  hide(): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 320px; padding: 6px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #c9ced6;
  box-shadow: 0 2px 10px rgba(0,0,0,.18); pointer-events: none;
}
.line + .line { margin-top: 2px; }
.label { font-weight: 600; }
@media (prefers-color-scheme: dark) { .card { color: #eee; background: #222; border-color: #444; } }
`;

export function createCard(doc: Document): Card {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (box && host?.isConnected) return box;
    host = doc.createElement('whosaid-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    box = doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    shadow.append(style, box);
    doc.documentElement.appendChild(host);
    return box;
  };

  return {
    show(lines, anchor) {
      const card = ensure();
      card.replaceChildren(
        ...lines.map((line) => {
          const row = doc.createElement('div');
          row.className = 'line';
          const label = doc.createElement('span');
          label.className = 'label';
          label.textContent = line.label;
          row.append(label, doc.createTextNode(` — ${line.detail}`));
          return row;
        }),
      );
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      card.style.left = `${Math.max(4, Math.min(anchor.left, width - 330))}px`;
      card.style.top = `${anchor.bottom + 6 > (view?.innerHeight ?? 768) - 60 ? anchor.top - 48 : anchor.bottom + 6}px`;
      card.hidden = false;
    },
    hide() {
      if (box) box.hidden = true;
    },
    remove() {
      host?.remove();
      host = null;
      box = null;
    },
  };
}
