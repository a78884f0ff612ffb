// The one module that knows how readers' notes are laid out in storage.local (schema 1):
//
//   "whosaid:schema"           1
//   "whosaid:page:<page key>"  { url, title, annotations: NoteAnnotation[] }   one entry a page
//   "whosaid:auto-sites"       ["https://news.example", …]                      origins annotated on every visit
//
// One entry a page keeps each write small and a page's notes one read away. Every change is a fresh
// read-modify-write of one entry, so a failed write (quota, a browser error) leaves what was saved as it was.
import { parseNoteAnnotation, type NoteAnnotation } from './note-model';

export const SCHEMA_VERSION = 1;
const SCHEMA_KEY = 'whosaid:schema';
const PAGE_PREFIX = 'whosaid:page:';
const SITES_KEY = 'whosaid:auto-sites';

/** The part of `browser.storage.local` the store uses (a fake in tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface PageNotes {
  url: string;
  title: string;
  annotations: NoteAnnotation[];
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** A storage failure, with what to tell the reader. */
export class NoteStoreError extends Error {
  constructor(
    readonly readerMessage: string,
    options?: { cause?: unknown },
  ) {
    super(readerMessage, options);
    this.name = 'NoteStoreError';
  }
}

function storageError(error: unknown, doing: string): NoteStoreError {
  if (error instanceof NoteStoreError) return error;
  const detail = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/quota|QUOTA_BYTES|storage.*full|NS_ERROR_DOM_QUOTA/i.test(detail)) {
    return new NoteStoreError(
      `WhoSaid’s storage is full, so ${doing} failed. Your saved notes are safe. Export and delete notes you no longer need (Options), then try again.`,
      { cause: error },
    );
  }
  return new NoteStoreError(`The browser could not save: ${doing} failed. Your saved notes are safe. (${detail.slice(0, 160)})`, {
    cause: error,
  });
}

/** The storage key of a page's notes. */
export function pageEntryKey(url: string): string {
  return PAGE_PREFIX + url;
}

export function isPageEntryKey(key: string): boolean {
  return key.startsWith(PAGE_PREFIX);
}

export function isAutoSitesKey(key: string): boolean {
  return key === SITES_KEY;
}

function parsePage(url: string, value: unknown): PageNotes | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const annotations = Array.isArray(record.annotations)
    ? record.annotations.map((item) => parseNoteAnnotation(item)).filter((item): item is NoteAnnotation => item !== null)
    : [];
  return { url, title: typeof record.title === 'string' ? record.title : '', annotations };
}

/**
 * Steps from each older schema to the next, run in order on first use. Schema 0 is a store written before
 * notes had a version (or an empty one): it holds no notes, so it only gains the version.
 */
const MIGRATIONS: Record<number, (area: StorageArea) => Promise<void>> = {
  0: async () => {},
};

export class NoteStore {
  private migrated: Promise<void> | null = null;

  constructor(private readonly area: StorageArea) {}

  /** Brings the store to the current schema once; refuses a store written by a newer WhoSaid. */
  ready(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = null;
      throw storageError(error, 'opening your notes');
    });
    return this.migrated;
  }

  private async migrate(): Promise<void> {
    const stored = (await this.area.get(SCHEMA_KEY))[SCHEMA_KEY];
    let version = typeof stored === 'number' && Number.isInteger(stored) ? stored : 0;
    if (version > SCHEMA_VERSION) {
      throw new NoteStoreError('Your notes were saved by a newer version of WhoSaid. Update WhoSaid to see and change them.');
    }
    if (version === SCHEMA_VERSION) return;
    while (version < SCHEMA_VERSION) {
      await MIGRATIONS[version]!(this.area);
      version += 1;
    }
    await this.area.set({ [SCHEMA_KEY]: SCHEMA_VERSION });
  }

  /** The notes saved for the page `url` (a page key), or null. */
  async page(url: string): Promise<PageNotes | null> {
    await this.ready();
    const key = pageEntryKey(url);
    try {
      return parsePage(url, (await this.area.get(key))[key]);
    } catch (error) {
      throw storageError(error, 'reading your notes');
    }
  }

  /** Every page with notes, most recently changed first. */
  async pages(): Promise<PageNotes[]> {
    await this.ready();
    let all: Record<string, unknown>;
    try {
      all = await this.area.get(null);
    } catch (error) {
      throw storageError(error, 'reading your notes');
    }
    const pages: PageNotes[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!isPageEntryKey(key)) continue;
      const page = parsePage(key.slice(PAGE_PREFIX.length), value);
      if (page && page.annotations.length > 0) pages.push(page);
    }
    const latest = (page: PageNotes): string => page.annotations.reduce((last, a) => (a.modified > last ? a.modified : last), '');
    return pages.sort((a, b) => latest(b).localeCompare(latest(a)));
  }

  /** Adds `annotation` to page `url`, or replaces the one with its id. */
  async save(url: string, title: string, annotation: NoteAnnotation): Promise<void> {
    await this.update(url, 'saving the note', (page) => {
      const index = page.annotations.findIndex((item) => item.id === annotation.id);
      if (index === -1) page.annotations.push(annotation);
      else page.annotations[index] = annotation;
      if (title) page.title = title;
    });
  }

  async remove(url: string, id: string): Promise<void> {
    await this.update(url, 'deleting the note', (page) => {
      page.annotations = page.annotations.filter((item) => item.id !== id);
    });
  }

  private async update(url: string, doing: string, change: (page: PageNotes) => void): Promise<void> {
    await this.ready();
    const key = pageEntryKey(url);
    try {
      const page = parsePage(url, (await this.area.get(key))[key]) ?? { url, title: '', annotations: [] };
      change(page);
      if (page.annotations.length === 0) await this.area.remove(key);
      else await this.area.set({ [key]: { url: page.url, title: page.title, annotations: page.annotations } });
    } catch (error) {
      throw storageError(error, doing);
    }
  }

  /**
   * Merges annotations into the store by id: a new id is added, a known one is replaced only by a newer
   * modification. Importing the same file twice therefore adds nothing the second time.
   */
  async import(annotations: NoteAnnotation[], titles: Record<string, string> = {}): Promise<ImportResult> {
    await this.ready();
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const bySource = new Map<string, NoteAnnotation[]>();
    for (const annotation of annotations) {
      const list = bySource.get(annotation.target.source) ?? [];
      list.push(annotation);
      bySource.set(annotation.target.source, list);
    }
    try {
      const keys = [...bySource.keys()].map(pageEntryKey);
      const stored = keys.length ? await this.area.get(keys) : {};
      const changed: Record<string, unknown> = {};
      for (const [url, incoming] of bySource) {
        const key = pageEntryKey(url);
        const page = parsePage(url, stored[key]) ?? { url, title: '', annotations: [] };
        let dirty = false;
        for (const annotation of incoming) {
          const index = page.annotations.findIndex((item) => item.id === annotation.id);
          if (index === -1) {
            page.annotations.push(annotation);
            result.added += 1;
            dirty = true;
          } else if (annotation.modified > page.annotations[index]!.modified) {
            page.annotations[index] = annotation;
            result.updated += 1;
            dirty = true;
          } else result.unchanged += 1;
        }
        if (!page.title && titles[url]) {
          page.title = titles[url]!;
          dirty = true;
        }
        if (dirty) changed[key] = { url: page.url, title: page.title, annotations: page.annotations };
      }
      // One write for the whole import: it succeeds or fails as one.
      if (Object.keys(changed).length > 0) await this.area.set(changed);
    } catch (error) {
      throw storageError(error, 'importing notes');
    }
    return result;
  }

  /** Deletes every note (the auto-annotate sites stay). */
  async clear(): Promise<void> {
    await this.ready();
    try {
      const keys = Object.keys(await this.area.get(null)).filter(isPageEntryKey);
      if (keys.length) await this.area.remove(keys);
    } catch (error) {
      throw storageError(error, 'deleting your notes');
    }
  }

  /** Origins the reader chose to annotate on every visit. */
  async autoSites(): Promise<string[]> {
    await this.ready();
    const value = (await this.area.get(SITES_KEY))[SITES_KEY];
    return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [];
  }

  async setAutoSite(origin: string, on: boolean): Promise<void> {
    const sites = new Set(await this.autoSites());
    if (on) sites.add(origin);
    else sites.delete(origin);
    try {
      await this.area.set({ [SITES_KEY]: [...sites].sort() });
    } catch (error) {
      throw storageError(error, 'saving the setting');
    }
  }
}
