// The options page: every annotated page with its notes (searchable), export as W3C Web Annotation JSON-LD or
// Markdown, import (idempotent: by id), deleting all notes, and the sites annotated on every visit.
// Page text only ever goes into textContent.
import browser from 'webextension-polyfill';
import { notesToJsonLd, notesToMarkdown, parseNotesImport } from '../shared/note-export';
import { noteText, quoteOf } from '../shared/note-model';
import { isAutoSitesKey, isPageEntryKey, NoteStore, NoteStoreError, type PageNotes } from '../shared/note-store';
import { revokeSiteAccess } from '../shared/site-access';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const store = new NoteStore(browser.storage.local);
let pages: PageNotes[] = [];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function report(text: string, error = false): void {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

function failure(error: unknown): void {
  report(error instanceof NoteStoreError ? error.readerMessage : `Something went wrong: ${String(error)}`, true);
}

function matches(page: PageNotes, query: string): boolean {
  if (!query) return true;
  const haystack = [page.title, page.url, ...page.annotations.flatMap((a) => [quoteOf(a).exact, noteText(a)])].join('\n').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function renderPages(): void {
  const query = $<HTMLInputElement>('search').value.trim();
  const shown = pages.filter((page) => matches(page, query));
  const total = pages.reduce((sum, page) => sum + page.annotations.length, 0);
  $('summary').textContent = pages.length
    ? `${total} ${total === 1 ? 'note' : 'notes'} on ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}${query ? `, ${shown.length} ${shown.length === 1 ? 'page matches' : 'pages match'}` : ''}.`
    : 'No notes yet. Select text on a page, then use WhoSaid’s popup, the context menu or the bar beside the selection.';
  $('pages').replaceChildren(
    ...shown.map((page) => {
      const item = element('li', 'page');
      item.dataset.url = page.url;
      const link = element('a', undefined, page.url);
      link.href = page.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      const list = element('ol');
      for (const annotation of page.annotations) {
        const entry = element('li', 'annotation');
        entry.dataset.id = annotation.id;
        entry.append(element('div', 'quote', `“${quoteOf(annotation).exact.replace(/\s+/g, ' ')}”`));
        const text = noteText(annotation);
        if (text) entry.append(element('div', 'text', text));
        list.append(entry);
      }
      item.append(element('h3', undefined, page.title || page.url), link, list);
      return item;
    }),
  );
}

async function renderSites(): Promise<void> {
  const sites = await store.autoSites();
  const items = sites.map((site) => {
    const item = element('li');
    item.dataset.site = site;
    const revoke = element('button', undefined, 'Stop and revoke access');
    revoke.type = 'button';
    revoke.addEventListener('click', () => void revokeSite(site));
    item.append(element('span', undefined, site.replace(/^https?:\/\//, '')), revoke);
    return item;
  });
  $('sites').replaceChildren(...(items.length ? items : [element('li', 'muted', 'None. Turn it on for a site from WhoSaid’s popup.')]));
}

async function revokeSite(site: string): Promise<void> {
  try {
    await store.setAutoSite(site, false);
    await revokeSiteAccess(site);
    report(`${site.replace(/^https?:\/\//, '')} is no longer annotated on every visit.`);
  } catch (error) {
    failure(error);
  }
  await renderSites();
}

async function load(): Promise<void> {
  try {
    pages = await store.pages();
  } catch (error) {
    failure(error);
  }
  renderPages();
  await renderSites().catch(failure);
}

function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const today = (): string => new Date().toISOString().slice(0, 10);

async function importFile(file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    report(`${file.name} is not a JSON file.`, true);
    return;
  }
  const { annotations, skipped } = parseNotesImport(json);
  try {
    const result = await store.import(annotations);
    const parts = [`${result.added} added`, `${result.updated} updated`, `${result.unchanged} already here`];
    if (skipped) parts.push(`${skipped} skipped (not annotations of a web page)`);
    report(`Imported ${file.name}: ${parts.join(', ')}.`);
  } catch (error) {
    failure(error);
  }
  await load();
}

let confirmTimer: ReturnType<typeof setTimeout> | undefined;

async function deleteAll(button: HTMLButtonElement): Promise<void> {
  // Two presses, so one stray click cannot lose everything; export first to keep a copy.
  if (button.dataset.confirm !== 'true') {
    button.dataset.confirm = 'true';
    button.textContent = 'Press again to delete every note';
    confirmTimer = setTimeout(() => {
      button.dataset.confirm = '';
      button.textContent = 'Delete all notes…';
    }, 5000);
    return;
  }
  clearTimeout(confirmTimer);
  button.dataset.confirm = '';
  button.textContent = 'Delete all notes…';
  try {
    await store.clear();
    report('Every note was deleted.');
  } catch (error) {
    failure(error);
  }
  await load();
}

$('search').addEventListener('input', renderPages);
$('export-jsonld').addEventListener('click', () =>
  download(`whosaid-notes-${today()}.jsonld`, 'application/ld+json', JSON.stringify(notesToJsonLd(pages, new Date()), null, 2)),
);
$('export-markdown').addEventListener('click', () => download(`whosaid-notes-${today()}.md`, 'text/markdown', notesToMarkdown(pages)));
$('import').addEventListener('change', () => {
  const input = $<HTMLInputElement>('import');
  const file = input.files?.[0];
  input.value = '';
  if (file) void importFile(file);
});
$('delete-all').addEventListener('click', (event) => void deleteAll(event.currentTarget as HTMLButtonElement));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && Object.keys(changes).some((key) => isPageEntryKey(key) || isAutoSitesKey(key))) void load();
});
void load();
