// Readability's parse, in steps: a build-time edit of @mozilla/readability's source that adds
// `parseSteps()`, a generator that does exactly what `parse()` does but pauses (`yield`) every few dozen nodes
// of its page walk and its paragraph scoring and between its stages. The content script runs it in slices
// (src/page/slices.ts), so a long page's extraction is no longer one task of 50–150 ms that freezes the page.
//
// Why edit the source rather than fork it: the algorithm stays Readability's own, line for line, and an
// upgrade of the package is a version bump. Each edit names the line it expects; if a new version moves one,
// the build fails here with the line's name instead of shipping an extraction that never pauses.
// Every bundler that builds code reaching Readability applies it: vite.config.ts (extension and CLI),
// vitest.config.ts, scripts/run-ts.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Offer a pause only every this many nodes: each node costs about a microsecond, each pause a clock reading. */
const NODES_PER_PAUSE = 32;

const pause = `if ((++__steps & ${NODES_PER_PAUSE - 1}) === 0) yield;`;

/** [what the edit is for, the text expected once in the source, its replacement]. */
const EDITS = [
  ['parse becomes a generator', '\n  parse() {\n', '\n  *parseSteps() {\n'],
  ['a pause around the document preparation', '\n    this._prepDocument();\n', '\n    yield;\n    this._prepDocument();\n    yield;\n'],
  ['grabArticle is delegated to', 'var articleContent = this._grabArticle();', 'var articleContent = yield* this._grabArticle();'],
  ['grabArticle becomes a generator', '\n  _grabArticle(page) {\n', '\n  *_grabArticle(page) {\n    let __steps = 0;\n'],
  ['pauses in the page walk', '      let shouldRemoveTitleHeader = true;\n\n      while (node) {\n', `      let shouldRemoveTitleHeader = true;\n\n      while (node) {\n        ${pause}\n`],
  [
    'pauses in the paragraph scoring',
    '      this._forEachNode(elementsToScore, function (elementToScore) {\n',
    `      for (const __element of elementsToScore) {\n        ${pause}\n        (function (elementToScore) {\n`,
  ],
  ['a pause before a second pass re-parses the page', '        page.innerHTML = pageCacheHtml;\n', '        yield;\n        page.innerHTML = pageCacheHtml;\n        yield;\n'],
];

/** The end of the paragraph-scoring callback: the first line closing a call at its indent after the loop's head. */
const SCORING_HEAD = '(function (elementToScore) {\n';
const SCORING_END = '\n      });\n';

/** Methods of several passes over the article, each made a generator that pauses before each pass. */
const PASSES = ['_prepArticle', '_postProcessContent'];

function replaceOnce(source, what, expected, replacement) {
  const at = source.indexOf(expected);
  if (at < 0 || source.indexOf(expected, at + 1) >= 0) {
    throw new Error(`@mozilla/readability has changed: cannot find, exactly once, the line for "${what}" (scripts/readability-in-steps.mjs)`);
  }
  return source.slice(0, at) + replacement + source.slice(at + expected.length);
}

/** The source with `parseSteps()` added and `parse()` kept as its synchronous run, or an error naming what moved. */
export function readabilityInSteps(source) {
  let out = source;
  for (const [what, expected, replacement] of EDITS) out = replaceOnce(out, what, expected, replacement);
  const head = out.indexOf(SCORING_HEAD);
  const end = out.indexOf(SCORING_END, head);
  if (end < 0) throw new Error('@mozilla/readability has changed: cannot find the end of the paragraph scoring (scripts/readability-in-steps.mjs)');
  out = `${out.slice(0, end)}\n        }).call(this, __element);\n      }\n${out.slice(end + SCORING_END.length)}`;
  for (const name of PASSES) {
    out = replaceOnce(out, `${name} is delegated to`, `this.${name}(articleContent);\n`, `yield* this.${name}(articleContent);\n`);
    const head = `\n  ${name}(articleContent) {\n`;
    out = replaceOnce(out, `${name} becomes a generator`, head, `\n  *${name}(articleContent) {\n`);
    // A pause before each statement at the method's own indent that calls a pass or tests whether to.
    const start = out.indexOf(`\n  *${name}(articleContent) {\n`);
    const stop = out.indexOf('\n  },\n', start);
    const body = out.slice(start, stop).replace(/\n {4}(?=this\._|if \()/g, '\n    yield;\n    ');
    out = out.slice(0, start) + body + out.slice(stop);
  }
  const parse = '\n  parse() {\n    const steps = this.parseSteps();\n    for (;;) {\n      const step = steps.next();\n      if (step.done) return step.value;\n    }\n  },\n';
  return out.replace('\n  *parseSteps() {\n', `${parse}\n  *parseSteps() {\n`);
}

const VIRTUAL_ID = '\0whosaid:readability';
// The package, and its main file imported by path: either way, the edited source.
const READABILITY_IDS = new Set(['@mozilla/readability', '@mozilla/readability/Readability.js', '@mozilla/readability/Readability']);

/**
 * The Vite / Rolldown plugin that answers `import { Readability } from '@mozilla/readability'` with
 * Readability.js edited by readabilityInSteps, as an ES module. Loading the file itself, rather than editing it
 * on its way through, works the same in every bundler: the package's CommonJS index would otherwise reach it
 * through a `require` that some of them (Vitest's module runner) hand to Node unedited.
 */
export function readabilityInStepsPlugin() {
  return {
    name: 'whosaid:readability-in-steps',
    enforce: 'pre',
    resolveId(id) {
      return READABILITY_IDS.has(id) ? VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== VIRTUAL_ID) return null;
      const file = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
      const code = readabilityInSteps(readFileSync(file, 'utf8'));
      return `const module = { exports: {} };\n${code}\nexport { Readability };\nexport default Readability;\n`;
    },
  };
}
