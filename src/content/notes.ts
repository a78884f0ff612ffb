// The content script's side of readers' notes: loads and places them when injected, places them again after
// in-page (single-page-app) navigation and when the page re-renders their text, follows changes made in
// other tabs or the options page, offers the selection bar and the note editor, and answers the popup.
import browser from 'webextension-polyfill';
import type { NoteRequest, NotesReply } from '../shared/messages';
import { NoteStore, pageEntryKey } from '../shared/note-store';
import { noteText, type HighlightColour } from '../shared/note-model';
import { caretAt } from '../page/caret';
import { siteOf } from '../shared/page-url';
import { withTestQuota } from './test-quota';
import { createNoteEditor } from '../page/note-editor';
import { ReaderNotes, type CapturedSelection } from '../page/reader-notes';
import { createSelectionToolbar } from '../page/selection-toolbar';

/** What a click is meant for when it lands on these: the page's, not the note's. */
const INTERACTIVE = 'a[href], button, input, textarea, select, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';
/** How often the address is checked for in-page navigation (history.pushState fires no event). */
const URL_POLL_MS = 300;
/** After a visit or navigation, re-anchor while the page is still rendering, for this long. */
const SETTLE_MS = 10_000;
const MUTATION_DEBOUNCE_MS = 150;

export interface NotesController {
  answer(request: NoteRequest): Promise<NotesReply | { ok: boolean }>;
  /** Whether the reader asked for this site to be annotated on every visit. */
  isAutoSite(): Promise<boolean>;
  /** Called after in-page navigation, once the notes of the new address are placed. */
  onNavigate(listener: () => void): void;
}

export function startNotes(doc: Document): NotesController {
  const store = new NoteStore(withTestQuota(browser.storage.local));
  const notes = new ReaderNotes(doc, store);
  const editor = createNoteEditor(doc);
  const navigated: (() => void)[] = [];
  let settleUntil = 0;
  let href = location.href;
  /** The latest (re)load: requests wait for it, so the popup never lists the previous page's notes. */
  let loading: Promise<void> = Promise.resolve();

  const create = async (captured: CapturedSelection, colour: HighlightColour, text: string | null): Promise<NotesReply> => {
    const reply = await notes.add(captured, colour, text);
    if (!reply.ok && text === null) toolbar.message(reply.message);
    return reply;
  };

  const openEditor = (captured: CapturedSelection, colour: HighlightColour): void => {
    toolbar.hide();
    editor.open({
      rect: captured.rect,
      text: '',
      heading: 'Note on the selected text',
      save: async (text) => {
        const reply = await create(captured, colour, text);
        return reply.ok ? null : reply.message;
      },
    });
  };

  const toolbar = createSelectionToolbar(doc, {
    highlight(colour) {
      const captured = notes.captureSelection();
      toolbar.hide();
      if (captured) void create(captured, colour, null);
    },
    note() {
      const captured = notes.captureSelection();
      if (captured) openEditor(captured, 'yellow');
    },
  });

  // The bar follows the reader's selection, outside form fields and WhoSaid's own UI.
  const offerBar = (): void => {
    setTimeout(() => {
      if (editor.isOpen) return;
      const selection = doc.getSelection();
      const anchor = selection?.anchorNode;
      const editable = anchor && (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement)?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]');
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || editable || !doc.body?.contains(anchor ?? null)) return;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return;
      toolbar.show(rect);
    }, 0);
  };
  doc.addEventListener('mouseup', offerBar, { passive: true });
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key === 'Shift') offerBar();
  });
  doc.addEventListener('selectionchange', () => {
    if (toolbar.shown && doc.getSelection()?.isCollapsed) toolbar.hide();
  });
  doc.addEventListener('scroll', () => toolbar.hide(), { passive: true, capture: true });

  // A click on a note or highlight (not on a link or a control) opens it in the editor: read, change, delete.
  doc.addEventListener('click', (event) => {
    if (event.button !== 0 || editor.isOpen || !doc.getSelection()?.isCollapsed) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(INTERACTIVE)) return;
    const caret = caretAt(doc, event.clientX, event.clientY);
    const annotation = caret && notes.noteAt(caret.node, caret.offset);
    if (!annotation) return;
    editor.open({
      rect: new DOMRect(event.clientX, event.clientY, 0, 16),
      text: noteText(annotation),
      heading: annotation.motivation === 'commenting' ? 'Your note' : 'Add a note to this highlight',
      save: async (text) => {
        const reply = await notes.edit(annotation.id, text);
        return reply.ok ? null : reply.message;
      },
      remove: async () => {
        const reply = await notes.remove(annotation.id);
        return reply.ok ? null : reply.message;
      },
    });
  });

  // Re-anchor while the page is still rendering (single-page apps fill in content after the address changes),
  // and whenever the page re-renders the text a note was on.
  let mutationTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(mutationTimer);
    mutationTimer = setTimeout(() => {
      if (notes.currentKey() !== notes.key) {
        loading = notes.load();
        return;
      }
      if (notes.count === 0) return;
      // While the page renders, orphans may appear at any moment; afterwards only text that went missing is
      // looked for again, not long-lost orphans.
      const rendering = Date.now() < settleUntil;
      if (rendering ? notes.needsAnchoring() : notes.lostText()) loading = notes.anchor();
    }, MUTATION_DEBOUNCE_MS);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  const visit = async (): Promise<void> => {
    settleUntil = Date.now() + SETTLE_MS;
    await notes.load();
  };

  const onAddressChange = (): void => {
    if (location.href === href) return;
    href = location.href;
    toolbar.hide();
    editor.close();
    loading = visit();
    void loading.then(() => navigated.forEach((listener) => listener()));
  };
  setInterval(() => {
    onAddressChange();
    // The highlight registry is the page's: put the notes back if its scripts cleared it.
    if (notes.count > 0) notes.restore();
  }, URL_POLL_MS);
  addEventListener('popstate', onAddressChange);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !notes.key) return;
    // Another tab, the popup or the options page changed this page's notes (an import, a deletion).
    if (pageEntryKey(notes.key) in changes) loading = notes.load();
  });

  loading = visit();

  return {
    async answer(request) {
      await loading;
      switch (request.type) {
        case 'whosaid:notes':
          notes.restore();
          return notes.reply();
        case 'whosaid:add-note': {
          const captured = notes.captureSelection();
          if (!captured) return { ok: false, message: 'Select some text on the page first.', page: notes.summary() };
          if (request.inPage && request.text === null) {
            openEditor(captured, request.colour);
            return notes.reply();
          }
          return create(captured, request.colour, request.text);
        }
        case 'whosaid:edit-note':
          return notes.edit(request.id, request.text);
        case 'whosaid:delete-note':
          return notes.remove(request.id);
        case 'whosaid:reveal-note':
          return { ok: notes.reveal(request.id) };
      }
    },
    async isAutoSite() {
      try {
        const site = siteOf(location.href);
        return site !== null && (await store.autoSites()).includes(site);
      } catch {
        return false;
      }
    },
    onNavigate(listener) {
      navigated.push(listener);
    },
  };
}
