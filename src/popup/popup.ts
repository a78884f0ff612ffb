// The popup: asks the content script to annotate the tab, lists what it found, and drives the page
// (scroll to an item, toggle highlights, export). Opened as `popup.html?tab=<id>` it works on that tab.
import browser from 'webextension-polyfill';
import { toMarkdown } from '../core/markdown';
import type { Entity } from '../core/types';
import {
  HIGHLIGHT_KINDS,
  parseAnnotateReply,
  type ContentRequest,
  type HighlightKind,
  type PageAnnotations,
  type Visibility,
} from '../shared/messages';
import { startAnnotation, startClickAnnotation, type StartedAnnotation } from './start-annotation';
import { showNotes } from './notes-panel';
import { joinQuotations, type JoinedQuotation } from '../core/joined-quotes';
import { renderEntities, renderQuotes } from './render';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let tabId = -1;
let page: PageAnnotations | null = null;
let quotes: JoinedQuotation[] = [];
const mentionCursor = new Map<string, number>();

function setStatus(text: string): void {
  const status = $('status');
  status.textContent = text;
  status.hidden = text === '';
}

async function send(request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function byType(type: Entity['type']): Entity[] {
  return page?.entities.filter((entity) => entity.type === type) ?? [];
}

function render(): void {
  if (!page) return;
  const filter = $<HTMLInputElement>('filter').value.trim().toLowerCase();
  renderQuotes($('quotes'), quotes, filter);
  renderEntities($('people'), byType('person'), filter, 'No people found.');
  renderEntities($('organizations'), byType('organization'), filter, 'No organisations found.');
  renderEntities($('places'), byType('place'), filter, 'No places found.');
}

function showPage(annotated: PageAnnotations): void {
  page = annotated;
  quotes = joinQuotations(annotated.quotes);
  $('title').textContent = annotated.article.title || 'Untitled page';
  $('site').textContent = [annotated.article.siteName, hostOf(annotated.url)].filter(Boolean).join(' · ');
  const quoted = quotes.filter((quote) => quote.kind !== 'term').length;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  $('counts').textContent = [
    count(quoted, 'quote', 'quotes'),
    count(byType('person').length, 'person', 'people'),
    count(byType('organization').length, 'organisation', 'organisations'),
    count(byType('place').length, 'place', 'places'),
  ].join(' · ') + (annotated.wholePage ? ' (whole page)' : '');
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-toggle]')) {
    input.checked = annotated.visible[input.dataset.toggle as HighlightKind];
  }
  syncAllToggle();
  $('no-article').hidden = true;
  $('results').hidden = false;
  setStatus('');
  render();
}

function visibility(): Visibility {
  const visible = {} as Visibility;
  for (const kind of HIGHLIGHT_KINDS) {
    visible[kind] = document.querySelector<HTMLInputElement>(`[data-toggle="${kind}"]`)!.checked;
  }
  return visible;
}

function syncAllToggle(): void {
  const visible = Object.values(visibility());
  const all = $<HTMLInputElement>('toggle-all');
  all.checked = visible.every(Boolean);
  all.indeterminate = !all.checked && visible.some(Boolean);
}

/** Annotates the tab (the click's annotation when `started` is given) and lists what was found. */
async function annotate(wholePage: boolean, started: StartedAnnotation = startAnnotation(wholePage)): Promise<void> {
  setStatus(wholePage ? 'Reading the whole page…' : 'Reading the page…');
  try {
    tabId = await started.tabId;
    await started.injected;
  } catch {
    setStatus('WhoSaid cannot read this page. Browser pages, the extension stores and some sites are off limits to extensions.');
    return;
  }
  void showNotes(tabId);
  const reply = parseAnnotateReply(await started.reply.catch(() => null));
  if (!reply) {
    setStatus('WhoSaid could not read this page. Reload it and try again.');
    return;
  }
  if (reply.ok) {
    // Timings for the benchmark (npm run bench): the popup opens on the click, so its clock starts there.
    const annotated = performance.now();
    performance.mark('whosaid:annotated');
    showPage(reply.page);
    performance.measure('whosaid:popup-render', { start: annotated, end: performance.now() });
    return;
  }
  if (reply.reason === 'no-article') {
    setStatus('');
    $('no-article-message').textContent = 'This page does not look like an article, so nothing was highlighted.';
    $('no-article').hidden = false;
    $<HTMLButtonElement>('whole-page').focus();
    return;
  }
  setStatus(reply.reason === 'no-text' ? 'This page has no text to annotate.' : `Something went wrong: ${reply.message}`);
}

/** Reveals an item on the page; an entity or a speaker steps to its next mention or quotation each click. */
async function reveal(button: HTMLElement): Promise<void> {
  const key = button.dataset.id ?? `speaker:${button.dataset.quotes ?? ''}`;
  const step = mentionCursor.get(key) ?? 0;
  mentionCursor.set(key, step + 1);
  const quotes = button.dataset.quotes?.split(' ').filter(Boolean);
  const request: ContentRequest = quotes?.length
    ? { type: 'whosaid:reveal', id: quotes[step % quotes.length]!, mention: 0 }
    : { type: 'whosaid:reveal', id: button.dataset.id ?? '', mention: step };
  if (request.id) await send(request).catch(() => undefined);
}

function markdown(): string {
  if (!page) return '';
  return toMarkdown({ title: page.article.title, source: page.url, entities: page.entities, quotes: page.quotes });
}

async function copyMarkdown(): Promise<void> {
  const button = $<HTMLButtonElement>('copy-markdown');
  try {
    await navigator.clipboard.writeText(markdown());
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = 'Copy as Markdown'), 1500);
}

async function downloadJson(): Promise<void> {
  const reply = (await send({ type: 'whosaid:export' }).catch(() => null)) as { ok?: boolean; json?: object } | null;
  if (!reply?.ok || !reply.json) {
    setStatus('The annotations could not be exported. Reload the page and try again.');
    return;
  }
  const blob = new Blob([JSON.stringify(reply.json, null, 2)], { type: 'application/ld+json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  const slug = (page?.article.title || 'page').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  link.download = `whosaid-${slug || 'page'}.jsonld`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Arrow keys move between the items of the lists; Enter or Space (the buttons' own) reveals. */
function onKey(event: KeyboardEvent): void {
  const filter = $<HTMLInputElement>('filter');
  if (event.key === '/' && document.activeElement !== filter) {
    event.preventDefault();
    filter.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...document.querySelectorAll<HTMLElement>('#results .item')];
  if (items.length === 0) return;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
  event.preventDefault();
  items[index === -1 ? 0 : next]!.focus();
}

function wire(): void {
  $('results').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('.item');
    if (button) void reveal(button);
  });
  $('filter').addEventListener('input', render);
  $('whole-page').addEventListener('click', () => void annotate(true));
  $('copy-markdown').addEventListener('click', () => void copyMarkdown());
  $('download-json').addEventListener('click', () => void downloadJson());
  $('toggle-all').addEventListener('change', () => {
    const on = $<HTMLInputElement>('toggle-all').checked;
    for (const input of document.querySelectorAll<HTMLInputElement>('[data-toggle]')) input.checked = on;
    void send({ type: 'whosaid:set-visibility', visible: visibility() }).catch(() => undefined);
  });
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-toggle]')) {
    input.addEventListener('change', () => {
      syncAllToggle();
      void send({ type: 'whosaid:set-visibility', visible: visibility() }).catch(() => undefined);
    });
  }
  document.addEventListener('keydown', onKey);
}

// The click's work first (begun by start.ts if it ran before this module): the page is read while the popup
// finishes opening.
void annotate(false, startClickAnnotation());
wire();
