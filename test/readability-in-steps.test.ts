// Readability's parse in steps (scripts/readability-in-steps.mjs): it pauses all through a long page, it
// extracts exactly what Readability's own parse extracts, and a Readability that has moved a line fails the
// build with the line's name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability as SteppedReadability } from '@mozilla/readability';
import { readabilityInSteps } from '../scripts/readability-in-steps.mjs';

// Node's own require is not redirected by the build's plugin: this is the package exactly as published.
const require = createRequire(import.meta.url);
const { Readability: PublishedReadability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const dir = resolve(import.meta.dirname, 'fixtures/pages');

type Steps = { parseSteps(): Generator<void, unknown, void> };

describe('Readability in steps', () => {
  for (const name of ['nytimes-1', 'buzzfeed-1', 'hukumusume']) {
    it(`pauses all through ${name} and extracts what Readability extracts`, () => {
      const html = readFileSync(resolve(dir, name, 'source.html'), 'utf8');
      const serializer = (node: Node) => (node as Element).innerHTML;
      const expected = new PublishedReadability(new JSDOM(html).window.document, { serializer }).parse();
      const steps = (new SteppedReadability(new JSDOM(html).window.document, { serializer }) as unknown as Steps).parseSteps();
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      expect(step.value).toEqual(expected);
      expect(expected?.content?.length).toBeGreaterThan(1000);
      expect(pauses).toBeGreaterThanOrEqual(10);
    });
  }

  it('keeps parse() as the same work run at once', () => {
    const html = readFileSync(resolve(dir, 'theverge', 'source.html'), 'utf8');
    const published = new PublishedReadability(new JSDOM(html).window.document).parse();
    expect(new SteppedReadability(new JSDOM(html).window.document).parse()).toEqual(published);
  });

  it('names the line it cannot find in a changed Readability', () => {
    expect(() => readabilityInSteps(source.replace('this._prepArticle(articleContent);', 'this._prepare(articleContent);'))).toThrow(
      /cannot find, exactly once, the line for "_prepArticle is delegated to"/,
    );
    expect(() => readabilityInSteps(source.replace('\n      });\n', '\n      })\n').replace(/\n {6}\}\);\n/g, '\n      })\n'))).toThrow(
      /end of the paragraph scoring/,
    );
  });
});
