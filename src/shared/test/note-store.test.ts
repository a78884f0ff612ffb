import { beforeEach, describe, expect, it } from 'vitest';
import { createNote, type NoteAnnotation } from '../note-model';
import { notesToJsonLd, notesToMarkdown, parseNotesImport } from '../note-export';
import { NoteStore, NoteStoreError, SCHEMA_VERSION, type StorageArea } from '../note-store';

/** storage.local in memory, with Chrome's behaviour when a write would pass the quota. */
class FakeStorage implements StorageArea {
  readonly data = new Map<string, unknown>();
  quotaBytes = Number.POSITIVE_INFINITY;
  failNext: Error | null = null;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) result[key] = structuredClone(this.data.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, structuredClone(value));
    const bytes = [...next].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    if (bytes > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
}

const PAGE = 'https://news.example/story';

function note(text: string | null, exact = 'the bridge was long overdue', when = '2025-01-01T10:00:00Z'): NoteAnnotation {
  return createNote({
    source: PAGE,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: 'The mayor said ', suffix: ' and promised' },
      { type: 'TextPositionSelector', start: 15, end: 15 + exact.length },
    ],
    text,
    colour: 'yellow',
    now: new Date(when),
  });
}

describe('the note store', () => {
  let storage: FakeStorage;
  let store: NoteStore;
  beforeEach(() => {
    storage = new FakeStorage();
    store = new NoteStore(storage);
  });

  it('saves notes per page in the W3C model and reads them back', async () => {
    const saved = note('Check the cost.\nAsk the council.');
    await store.save(PAGE, 'Bridge story', saved);
    await store.save(PAGE, 'Bridge story', note(null, 'promised work'));
    const page = (await store.page(PAGE))!;
    expect(page.title).toBe('Bridge story');
    expect(page.annotations).toHaveLength(2);
    expect(page.annotations[0]).toEqual(saved);
    expect(page.annotations[0]!.body[0]).toEqual({ type: 'TextualBody', value: 'Check the cost.\nAsk the council.', format: 'text/plain', purpose: 'commenting' });
    expect(page.annotations[1]!.motivation).toBe('highlighting');
  });

  it('records the schema version on first use', async () => {
    await store.page(PAGE);
    expect(storage.data.get('whosaid:schema')).toBe(SCHEMA_VERSION);
  });

  it('refuses to change a store written by a newer version, so nothing in it is lost', async () => {
    storage.data.set('whosaid:schema', SCHEMA_VERSION + 1);
    await expect(store.save(PAGE, '', note('x'))).rejects.toBeInstanceOf(NoteStoreError);
  });

  it('replaces a note with the same id and deletes the page entry with its last note', async () => {
    const saved = note('first');
    await store.save(PAGE, '', saved);
    await store.save(PAGE, '', { ...saved, body: [{ ...saved.body[0]!, value: 'second' }] });
    expect((await store.page(PAGE))!.annotations.map((a) => a.body[0]!.value)).toEqual(['second']);
    await store.remove(PAGE, saved.id);
    expect(await store.page(PAGE)).toBeNull();
  });

  it('reports a full storage in words a reader understands and keeps what was saved', async () => {
    await store.save(PAGE, 'Bridge story', note('kept'));
    storage.quotaBytes = [...storage.data].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0) + 10;
    const failure = await store.save(PAGE, '', note('x'.repeat(500))).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoteStoreError);
    expect((failure as NoteStoreError).readerMessage).toMatch(/storage is full/);
    expect((await store.page(PAGE))!.annotations.map((a) => a.body[0]!.value)).toEqual(['kept']);
  });

  it('reports any other browser error and keeps what was saved', async () => {
    await store.save(PAGE, '', note('kept'));
    storage.failNext = new Error('IO error: database is locked');
    await expect(store.save(PAGE, '', note('lost'))).rejects.toThrow(/could not save/);
    expect((await store.page(PAGE))!.annotations).toHaveLength(1);
  });

  it('imports by id: importing the same export twice adds nothing the second time', async () => {
    await store.save(PAGE, 'Bridge story', note('one'));
    await store.save('https://news.example/other', 'Other', note(null));
    const exported = JSON.parse(JSON.stringify(notesToJsonLd(await store.pages(), new Date())));
    await store.clear();
    expect(await store.pages()).toEqual([]);
    const { annotations, skipped } = parseNotesImport(exported);
    expect(skipped).toBe(0);
    expect(await store.import(annotations)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await store.import(annotations)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await store.pages()).flatMap((page) => page.annotations)).toHaveLength(2);
  });

  it('keeps the newer of two versions of a note on import', async () => {
    const older = note('old', undefined, '2025-01-01T10:00:00Z');
    await store.save(PAGE, '', older);
    const newer = { ...older, modified: '2025-02-01T10:00:00.000Z', body: [{ ...older.body[0]!, value: 'new' }] };
    expect(await store.import([newer])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await store.import([older])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await store.page(PAGE))!.annotations[0]!.body[0]!.value).toBe('new');
  });

  it('remembers the sites to annotate on every visit', async () => {
    await store.setAutoSite('https://news.example', true);
    await store.setAutoSite('https://b.example', true);
    await store.setAutoSite('https://news.example', false);
    expect(await store.autoSites()).toEqual(['https://b.example']);
  });
});

describe('importing annotations from elsewhere', () => {
  it('reads a foreign W3C annotation with a bodyValue and gives it a stable id', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      bodyValue: 'Interesting',
      target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: 'long overdue' } },
    };
    const first = parseNotesImport(foreign).annotations[0]!;
    expect(first.motivation).toBe('commenting');
    expect(first.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'long overdue', prefix: '', suffix: '' }]);
    expect(parseNotesImport(foreign).annotations[0]!.id).toBe(first.id);
  });

  it('files an imported note under the page’s key, without fragment or tracking parameters', () => {
    const item = { target: { source: 'https://news.example/story?utm_source=feed#top', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    expect(parseNotesImport(item).annotations[0]!.target.source).toBe('https://news.example/story');
  });

  it('skips items that are not annotations of a web page', () => {
    const result = parseNotesImport([{ target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } } }, 42, { type: 'Annotation' }]);
    expect(result).toEqual({ annotations: [], skipped: 3 });
  });
});

describe('Markdown export', () => {
  it('lists each page with its quotes and notes', () => {
    const markdown = notesToMarkdown([{ url: PAGE, title: 'Bridge story', annotations: [note('Ask about cost.')] }]);
    expect(markdown).toContain('## Bridge story');
    expect(markdown).toContain('> the bridge was long overdue');
    expect(markdown).toContain('Ask about cost.');
  });
});
