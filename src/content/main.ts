// Content-script entry, injected on demand: wires the page (extraction, highlights) to the core and
// answers the popup's and the background's messages. Injecting it twice is harmless.
import browser from 'webextension-polyfill';
import type { Annotations } from '../core/types';
import {
  parseAnnotations,
  parseContentRequest,
  type AnnotateReply,
  type BackgroundRequest,
  type ContentRequest,
} from '../shared/messages';
import { AnnotatedPage, placeAnnotations } from '../page/annotated-page';
import { extractionSteps } from '../page/extract';
import { runInSlices, yieldToPage } from '../page/slices';
import { toWebAnnotations } from '../core/web-annotation';
import { startNotes, type NotesController } from './notes';
import type { StartRequest } from '../shared/inject';

declare global {
  // The content script's isolated world: the page cannot see or set these.
  var __whosaidContentLoaded: boolean | undefined;
  /** Left by the injector (src/shared/inject.ts): annotate at once, the request is on its way. */
  var __whosaidStart: StartRequest | undefined;
}

let page: AnnotatedPage | null = null;
let notes: NotesController | null = null;
/** Whether this script has yet to ask for its highlight styles. */
let stylesWanted = true;

/**
 * Asks the background for the highlight styles, once. A new sheet of ::highlight() rules makes the browser
 * restyle every element of the page, tens of milliseconds on a long one: best done while the page's thread
 * has nothing else to do, as while the background annotates.
 */
function requestStyles(): void {
  if (!stylesWanted) return;
  stylesWanted = false;
  const request: BackgroundRequest = { type: 'whosaid:insert-styles' };
  browser.runtime.sendMessage(request).catch(() => {
    // Without them highlights are registered but not coloured; the next injection brings them.
  });
}

/** Runs a stage (several tasks on the page's thread, see runInSlices) and records its wall time. */
async function measure<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.measure(`whosaid:${name}`, { start, end: performance.now() });
    } catch {
      // performance.measure with options is missing on very old engines; timing is optional.
    }
  }
}

function currentUrl(): string {
  return location.href;
}

/** The background annotates (it holds the named-entity model, loaded once); the page's thread stays free. */
async function annotateText(text: string): Promise<Annotations> {
  const start = performance.now();
  // The page restyles for the new sheet while the background annotates.
  requestStyles();
  const request: BackgroundRequest = { type: 'whosaid:annotate-text', text };
  const annotations = parseAnnotations(await browser.runtime.sendMessage(request));
  performance.measure('whosaid:annotate', { start, end: performance.now() });
  if (!annotations) throw new Error('WhoSaid’s background did not answer. Reload the page and try again.');
  return annotations;
}

let annotating: Promise<AnnotateReply> | null = null;
/** The annotation started on injection, kept for the request that asked for it (whatever its outcome). */
let started: { wholePage: boolean; reply: Promise<AnnotateReply> } | null = null;

/**
 * Annotates the page once (later calls get the same result). The page's thread extracts and paints, in
 * slices so the page stays responsive; the annotation itself runs in the background between them.
 */
function annotatePage(wholePage: boolean): Promise<AnnotateReply> {
  if (page && (page.article.wholePage === wholePage || !wholePage)) {
    page.restore();
    return Promise.resolve({ ok: true, page: page.summary(currentUrl()) });
  }
  annotating ??= annotateInStages(wholePage).finally(() => (annotating = null));
  return annotating;
}

async function annotateInStages(wholePage: boolean): Promise<AnnotateReply> {
  // For the benchmark: when the page started on the click (the popup marks when it started).
  performance.mark('whosaid:request');
  // Readability parses a copy of the page, pausing every few dozen nodes (scripts/readability-in-steps.mjs).
  const article = await measure('extract', () => runInSlices(extractionSteps(document, { wholePage })));
  if (!article) {
    return {
      ok: false,
      reason: 'no-article',
      message: 'This page does not look like an article.',
    };
  }
  if (article.info.text.trim().length === 0) {
    return { ok: false, reason: 'no-text', message: 'This page has no text to annotate.' };
  }
  const annotations = await annotateText(article.info.text);
  page = await measure('highlight', async () => {
    const placement = await runInSlices(placeAnnotations(document, article, annotations));
    // The previous findings go only now: both paint under the same highlight names.
    page?.destroy();
    return new AnnotatedPage(document, article, annotations, placement);
  });
  const quoteCount = new Set(annotations.quotes.filter((q) => q.kind !== 'term').map((q) => q.group ?? q.id)).size;
  const notice: BackgroundRequest = { type: 'whosaid:annotated', quoteCount };
  browser.runtime.sendMessage(notice).catch(() => {
    // The background may be restarting; the badge is a convenience.
  });
  return { ok: true, page: page.summary(currentUrl()) };
}

function answer(request: ContentRequest): AnnotateReply | { ok: boolean } | { ok: true; json: object } | Promise<object> {
  switch (request.type) {
    case 'whosaid:annotate':
      if (started?.wholePage === request.wholePage) {
        const { reply } = started;
        started = null;
        return reply;
      }
      return annotatePage(request.wholePage);
    case 'whosaid:reveal':
      return { ok: page?.reveal(request.id, request.mention) ?? false };
    case 'whosaid:set-visibility':
      page?.setVisibility(request.visible);
      return { ok: page !== null };
    case 'whosaid:toggle-all':
      if (!page) return annotatePage(false);
      page.toggleAll();
      return { ok: true };
    case 'whosaid:export':
      if (!page) return { ok: false };
      return {
        ok: true,
        json: toWebAnnotations({
          source: currentUrl(),
          title: page.article.info.title,
          text: page.article.info.text,
          entities: page.annotations.entities,
          quotes: page.annotations.quotes,
          generated: new Date().toISOString(),
        }),
      };
    default:
      // The reader's own notes and highlights.
      return notes?.answer(request) ?? { ok: false };
  }
}

/** Annotates without a click where the reader turned on auto-annotate for the site. */
async function annotateIfAutoSite(): Promise<void> {
  if (!page && (await notes?.isAutoSite())) await annotatePage(false);
}

if (!globalThis.__whosaidContentLoaded) {
  globalThis.__whosaidContentLoaded = true;
  const start = globalThis.__whosaidStart;
  globalThis.__whosaidStart = undefined;
  // The click's annotation first: the popup's request, when it arrives, gets its result.
  if (typeof start?.wholePage === 'boolean') {
    // After this script's own set-up, which is a task of its own.
    const { wholePage } = start;
    started = { wholePage, reply: yieldToPage().then(() => annotatePage(wholePage)) };
    // The reader's notes need the styles even when there is nothing to annotate.
    started.reply.finally(requestStyles).catch(() => undefined);
  } else requestStyles();
  notes = startNotes(document);
  // After in-page navigation the findings belong to the previous article.
  notes.onNavigate(() => {
    started = null;
    page?.destroy();
    page = null;
    void annotateIfAutoSite();
  });
  void annotateIfAutoSite();
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    const failed = (error: unknown): AnnotateReply => ({
      ok: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
    try {
      return Promise.resolve(answer(request)).catch(failed);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
  });
}
