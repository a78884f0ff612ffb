// The popup's Notes panel: highlight or note the page's selection, list the page's notes (jump, edit,
// delete; orphans marked), and the per-site auto-annotate switch. Page text only ever goes into textContent.
import browser from 'webextension-polyfill';
import { parseNotesReply, type ContentRequest, type ListedNote, type NotesReply, type PageNotesSummary } from '../shared/messages';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../shared/note-model';
import { NoteStore } from '../shared/note-store';
import { hasSiteAccess, requestSiteAccess, revokeSiteAccess } from '../shared/site-access';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const store = new NoteStore(browser.storage.local);

let tabId = -1;
let current: PageNotesSummary | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, className: string, action: () => void): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  node.addEventListener('click', action);
  return node;
}

function status(text: string): void {
  const line = $('notes-status');
  line.textContent = text;
  line.hidden = text === '';
}

async function ask(request: ContentRequest): Promise<NotesReply | null> {
  const reply = parseNotesReply(await browser.tabs.sendMessage(tabId, request).catch(() => null));
  if (!reply) {
    status('WhoSaid could not reach the page. Reload it and try again.');
    return null;
  }
  if (reply.page) show(reply.page);
  status(reply.ok ? '' : reply.message);
  return reply;
}

async function reveal(id: string): Promise<void> {
  const request: ContentRequest = { type: 'whosaid:reveal-note', id };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => null)) as { ok?: unknown } | null;
  status(reply?.ok === true ? '' : 'That note could not be shown: reload the page and try again.');
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function noteItem(note: ListedNote): HTMLLIElement {
  const item = element('li', 'note');
  item.dataset.id = note.id;
  item.dataset.motivation = note.motivation;
  item.dataset.orphan = String(note.orphan);
  if (note.colour) item.dataset.colour = note.colour;
  const jump = element('button', 'note-jump');
  jump.type = 'button';
  jump.title = note.orphan ? 'This text is no longer on the page' : 'Show on the page';
  jump.disabled = note.orphan;
  jump.append(element('span', 'note-quote', `“${shorten(note.quote, 160)}”`));
  if (note.text) jump.append(element('span', 'note-text', note.text));
  jump.addEventListener('click', () => void reveal(note.id));
  item.append(jump);
  const meta = element('div', 'note-meta');
  if (note.orphan) meta.append(element('span', 'orphan', 'Not found on this page'));
  meta.append(
    button(note.text ? 'Edit' : 'Add note', 'note-edit', () => edit(item, note)),
    button('Delete', 'note-delete', () => void ask({ type: 'whosaid:delete-note', id: note.id })),
  );
  item.append(meta);
  return item;
}

/** Swaps a note's entry for a text box; Ctrl+Enter saves, Escape puts the entry back. */
function edit(item: HTMLLIElement, note: ListedNote): void {
  const area = element('textarea', 'note-editor');
  area.value = note.text;
  area.rows = 4;
  area.setAttribute('aria-label', `Note on “${shorten(note.quote, 60)}”`);
  const save = (): void => void ask({ type: 'whosaid:edit-note', id: note.id, text: area.value });
  const cancel = (): void => {
    if (current) show(current);
  };
  area.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  });
  const row = element('div', 'note-meta');
  row.append(button('Save', 'note-save', save), button('Cancel', 'note-cancel', cancel));
  item.replaceChildren(item.firstChild!, area, row);
  area.focus();
}

function show(page: PageNotesSummary): void {
  current = page;
  $('notes-panel').hidden = false;
  const selection = page.selection;
  $('selection').textContent = selection ? `Selected: “${shorten(selection, 120)}”` : 'Select text on the page to highlight it or add a note.';
  for (const control of document.querySelectorAll<HTMLButtonElement>('#notes-panel [data-colour], #add-note')) control.disabled = !selection;
  const list = $('notes');
  list.replaceChildren(...(page.notes.length ? page.notes.map(noteItem) : [element('li', 'empty', 'No notes on this page yet.')]));
  const orphans = page.notes.filter((note) => note.orphan).length;
  $('h-notes').textContent = page.notes.length ? `Your notes (${page.notes.length}${orphans ? `, ${orphans} not found` : ''})` : 'Your notes';
}

async function showAutoSwitch(site: string): Promise<void> {
  const toggle = $<HTMLInputElement>('auto-site');
  $('auto-site-name').textContent = site.replace(/^https?:\/\//, '');
  $('auto-site-row').hidden = site === '';
  if (!site) return;
  const [sites, granted] = await Promise.all([store.autoSites().catch((): string[] => []), hasSiteAccess(site)]);
  toggle.checked = sites.includes(site) && granted;
}

async function setAutoSite(on: boolean): Promise<void> {
  const toggle = $<HTMLInputElement>('auto-site');
  const site = current?.site;
  if (!site) return;
  try {
    if (on) {
      // Asked first, in the click: the browser shows its prompt only in answer to the reader. The site is
      // saved at once, as Firefox may close the popup while it asks; the background registers it only once
      // access is granted (permissions.onAdded).
      const granting = requestSiteAccess(site);
      const saving = store.setAutoSite(site, true);
      const granted = await granting;
      await saving;
      if (!granted) {
        await store.setAutoSite(site, false);
        toggle.checked = false;
        status(`WhoSaid was not given access to ${site.replace(/^https?:\/\//, '')}, so it cannot annotate it on every visit.`);
        return;
      }
    } else await store.setAutoSite(site, false);
    if (!on) await revokeSiteAccess(site);
    status('');
  } catch (error) {
    toggle.checked = !on;
    status(error instanceof Error ? error.message : String(error));
  }
}

function openNoteForm(): void {
  $('note-form').hidden = false;
  $<HTMLTextAreaElement>('note-text').focus();
}

async function saveNewNote(): Promise<void> {
  const area = $<HTMLTextAreaElement>('note-text');
  const reply = await ask({ type: 'whosaid:add-note', colour: 'yellow', text: area.value, inPage: false });
  // On failure the text stays in the box, so nothing the reader typed is lost.
  if (reply?.ok) {
    area.value = '';
    $('note-form').hidden = true;
  }
}

function wire(): void {
  const swatches = $('swatches');
  for (const colour of HIGHLIGHT_COLOURS) {
    const swatch = button('', 'swatch', () => void ask({ type: 'whosaid:add-note', colour: colour as HighlightColour, text: null, inPage: false }));
    swatch.dataset.colour = colour;
    swatch.title = `Highlight the selection (${colour})`;
    swatch.setAttribute('aria-label', `Highlight the selection in ${colour}`);
    swatches.append(swatch);
  }
  $('add-note').addEventListener('click', openNoteForm);
  $('note-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void saveNewNote();
  });
  $('note-cancel').addEventListener('click', () => ($('note-form').hidden = true));
  $('note-text').addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void saveNewNote();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      $('note-form').hidden = true;
    }
  });
  $('auto-site').addEventListener('change', () => void setAutoSite($<HTMLInputElement>('auto-site').checked));
  $('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
}

let wired = false;

/** Shows the notes of the page in `tab` (its content script already injected). */
export async function showNotes(tab: number): Promise<void> {
  tabId = tab;
  if (!wired) {
    wire();
    wired = true;
  }
  const reply = await ask({ type: 'whosaid:notes' });
  if (reply?.page) await showAutoSwitch(reply.page.site);
}
