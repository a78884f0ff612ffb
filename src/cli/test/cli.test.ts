import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

const sample = resolve(import.meta.dirname, '../../../test/fixtures/alaska-summit/article.txt');
const page = resolve(import.meta.dirname, '../../../test/e2e/pages/alaska-summit.html');

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('whosaid annotate', () => {
  it('prints a schema-1 object for a text file, its text unchanged', async () => {
    const io = capture();
    expect(await main(['annotate', sample])).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.schema).toBe(1);
    expect(doc.source).toBe(sample);
    expect(doc.article.text.startsWith('Russian President Vladimir Putin')).toBe(true);
    expect(doc.quotes.length).toBeGreaterThanOrEqual(10);
  });

  it('extracts the article of an HTML page first', async () => {
    const io = capture();
    expect(await main(['annotate', page])).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.article.siteName).toBe('The Daily Ledger');
    expect(doc.article.text).not.toContain('reader42');
  });

  it('prints one object a line in input order with jsonl', async () => {
    const io = capture();
    expect(await main(['annotate', '--format', 'jsonl', sample, page])).toBe(0);
    const lines = io.out().trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((doc) => doc.source)).toEqual([sample, page]);
  });

  it('writes Markdown with quotes grouped by speaker', async () => {
    const io = capture();
    expect(await main(['annotate', '-f', 'md', sample])).toBe(0);
    expect(io.out()).toContain('### Vladimir Putin');
    expect(io.out()).toContain('## People');
  });

  it('writes W3C Web Annotation JSON-LD', async () => {
    const io = capture();
    expect(await main(['annotate', '-f', 'jsonld', sample])).toBe(0);
    const collection = JSON.parse(io.out());
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items[0].target.selector[0].type).toBe('TextQuoteSelector');
  });

  it('reports each bad file on standard error by name, goes on with the rest, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'latin1.txt');
    writeFileSync(empty, '  \n');
    writeFileSync(binary, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]));
    const io = capture();
    expect(await main(['annotate', '-f', 'jsonl', join(dir, 'missing.txt'), empty, binary, sample])).toBe(1);
    expect(io.err()).toContain('missing.txt: no such file');
    expect(io.err()).toContain('empty.txt: empty');
    expect(io.err()).toContain('latin1.txt: not UTF-8 text');
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown format with a clear message', async () => {
    const io = capture();
    expect(await main(['annotate', '--format', 'xml', sample])).toBe(2);
    expect(io.err()).toContain("unknown format 'xml'");
  });
});
