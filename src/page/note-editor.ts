// The in-page note editor: a labelled text box (plain text, line breaks kept) with Save and Cancel, in a
// closed shadow root on <html> attached only while open. Ctrl+Enter (⌘+Enter) saves, Escape cancels, Tab
// stays inside. A failed save keeps the text and says why.

export interface NoteEditorOptions {
  rect: DOMRect;
  text: string;
  heading: string;
  /** Saves the text; resolves to an error message, or null once saved. */
  save(text: string): Promise<string | null>;
  /** Deletes the note being edited (absent for a new note). */
  remove?: () => Promise<string | null>;
}

export interface NoteEditor {
  open(options: NoteEditorOptions): void;
  close(): void;
  readonly isOpen: boolean;
}

const STYLE = `
:host { all: initial; }
.editor {
  position: fixed; z-index: 2147483647; width: 320px; padding: 10px; border-radius: 8px;
  background: #fff; color: #111; border: 1px solid #c9ced6; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, sans-serif; display: grid; gap: 6px;
}
label { font-weight: 600; }
textarea { box-sizing: border-box; width: 100%; min-height: 88px; resize: vertical; font: inherit; padding: 6px;
  border: 1px solid #9aa3ad; border-radius: 6px; color: inherit; background: inherit; }
textarea:focus { outline: 2px solid #6d28d9; }
.row { display: flex; gap: 6px; align-items: center; }
.hint { color: #5b6470; font-size: 12px; margin-right: auto; }
button { font: inherit; padding: 4px 10px; border: 1px solid #c9ced6; border-radius: 6px; background: #eef3fb; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #6d28d9; }
.error { color: #b91c1c; }
@media (prefers-color-scheme: dark) {
  .editor { background: #1e2126; color: #e8eaed; border-color: #3a3f47; }
  button { background: #2a3340; border-color: #3a3f47; } .hint { color: #9aa3ad; } .error { color: #fca5a5; }
}
`;

export function createNoteEditor(doc: Document): NoteEditor {
  let host: HTMLElement | null = null;
  let restoreFocus: Element | null = null;

  const close = (): void => {
    host?.remove();
    host = null;
    if (restoreFocus instanceof HTMLElement && restoreFocus.isConnected) restoreFocus.focus({ preventScroll: true });
    restoreFocus = null;
  };

  const open = (options: NoteEditorOptions): void => {
    close();
    restoreFocus = doc.activeElement;
    host = doc.createElement('whosaid-note-editor');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.className = 'editor';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', options.heading);
    const label = doc.createElement('label');
    label.textContent = options.heading;
    label.htmlFor = 'text';
    const area = doc.createElement('textarea');
    area.id = 'text';
    area.value = options.text;
    area.maxLength = 20_000;
    const error = doc.createElement('div');
    error.className = 'error';
    error.setAttribute('role', 'alert');
    const row = doc.createElement('div');
    row.className = 'row';
    const hint = doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = 'Ctrl+Enter saves · Esc cancels';
    const button = (text: string, action: () => void): HTMLButtonElement => {
      const element = doc.createElement('button');
      element.type = 'button';
      element.textContent = text;
      element.addEventListener('click', action);
      return element;
    };
    const run = async (work: () => Promise<string | null>): Promise<void> => {
      error.textContent = '';
      const problem = await work();
      if (problem) error.textContent = problem;
      else close();
    };
    const save = (): void => void run(() => options.save(area.value));
    const controls: HTMLButtonElement[] = [];
    if (options.remove) controls.push(button('Delete', () => void run(options.remove!)));
    controls.push(button('Cancel', close), button('Save', save));
    row.append(hint, ...controls);
    box.append(label, area, error, row);
    box.addEventListener('keydown', (event) => {
      // The page's own shortcuts must not see keys typed into the note.
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        save();
      } else if (event.key === 'Tab') {
        const focusable = [area, ...controls];
        const index = focusable.indexOf(shadow.activeElement as HTMLTextAreaElement);
        const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
        event.preventDefault();
        focusable[next]!.focus();
      }
    });
    box.addEventListener('keyup', (event) => event.stopPropagation());
    box.addEventListener('keypress', (event) => event.stopPropagation());
    shadow.append(style, box);
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    box.style.left = `${Math.max(8, Math.min(options.rect.left, width - 340))}px`;
    box.style.top = `${options.rect.bottom + 190 < height ? options.rect.bottom + 8 : Math.max(8, options.rect.top - 190)}px`;
    doc.documentElement.appendChild(host);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  };

  return {
    open,
    close,
    get isOpen() {
      return host?.isConnected === true;
    },
  };
}
