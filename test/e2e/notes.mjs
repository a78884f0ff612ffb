// End-to-end scenarios for the reader's own highlights and notes, through the popup and the options page as
// a reader uses them: create, reload, re-anchor an edited page, orphans, single-page-app navigation, export
// and import, a full storage, and the page left as it was.
import assert from 'node:assert/strict';

const HIGHLIGHTED = 'the tide gauge at Harrow Point recorded its highest reading in forty years';
const NOTED = 'repairs to the sea wall will cost an estimated 14 million pounds';
const EDITED_BEFORE = 'the new pumps had kept the lower town dry until the wall gave way';
const EDITED_AFTER = 'the new pumps had kept most of the lower town dry until the wall gave way';

/** The page's own DOM, as its scripts see it, and nothing WhoSaid left on <html>. */
const snapshot = () => `${document.documentElement.children.length}|${document.head.outerHTML}${document.body.outerHTML}`;

/** Selects the first occurrence of `phrase` in the page, as a reader dragging over it would. */
const select = (phrase) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(phrase);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;
  }
  return false;
};

/** The text of every range registered under a highlight name (the registry is the page's). */
const painted = (name) => {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : [];
};

const listedNotes = () =>
  [...document.querySelectorAll('#notes .note')].map((item) => ({
    id: item.dataset.id,
    motivation: item.dataset.motivation,
    colour: item.dataset.colour ?? null,
    orphan: item.dataset.orphan === 'true',
    quote: item.querySelector('.note-quote')?.textContent ?? '',
    text: item.querySelector('.note-text')?.textContent ?? '',
  }));

async function selectInPage(page, phrase) {
  assert.ok(await page.evaluate(select, phrase), `the page holds “${phrase}”`);
}

/** Opens the popup for the page at `url`, once its Notes panel is shown. */
async function popupFor(browser, url) {
  const popup = await browser.openPopup(await browser.tabIdOf(url));
  await popup.waitFor(() => !document.getElementById('notes-panel').hidden);
  return popup;
}

async function addNoteInPopup(popup, text) {
  await popup.waitFor(() => !document.getElementById('add-note').disabled);
  await popup.click('#add-note');
  await popup.raw.type('#note-text', text);
  await popup.click('#note-save');
}

async function waitForNotes(popup, count) {
  await popup.waitFor((n) => document.querySelectorAll('#notes .note').length === n, count);
  return popup.evaluate(listedNotes);
}

async function closeAll(...pages) {
  for (const page of pages) await page.raw.close().catch(() => undefined);
}

/** Whether the auto-annotate content script is registered, seen from an extension page. */
const someScriptRegistered = () => (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts().then((scripts) => scripts.length > 0);

export const noteScenarios = {
  async 'adds a highlight and a note, and after a reload both come back in place, the page untouched'(browser, origin, server) {
    server.route('/notes/reload.html', 'notes/article.html');
    const url = `${origin}/notes/reload.html`;
    const page = await browser.openPage(url);
    const before = await page.evaluate(snapshot);

    await selectInPage(page, HIGHLIGHTED);
    let popup = await popupFor(browser, url);
    await popup.waitFor(() => document.getElementById('selection').textContent.includes('tide gauge'));
    await popup.click('[data-colour="green"]');
    const [highlight] = await waitForNotes(popup, 1);
    assert.deepEqual({ motivation: highlight.motivation, colour: highlight.colour, orphan: highlight.orphan }, { motivation: 'highlighting', colour: 'green', orphan: false });
    await closeAll(popup);

    await selectInPage(page, NOTED);
    popup = await popupFor(browser, url);
    await addNoteInPopup(popup, 'Ask the council for the breakdown.\nCompare with the 2014 repair.');
    const notes = await waitForNotes(popup, 2);
    assert.equal(notes[1].text, 'Ask the council for the breakdown.\nCompare with the 2014 repair.', 'the note keeps its line break');
    assert.deepEqual(await page.evaluate(painted, 'whosaid-mark-green'), [HIGHLIGHTED]);
    assert.deepEqual(await page.evaluate(painted, 'whosaid-note'), [NOTED]);
    assert.equal(await page.evaluate(snapshot), before, 'the page’s DOM is unchanged');
    // Clicking a note in the list flashes it in the page.
    await popup.click(`#notes .note[data-id="${notes[1].id}"] .note-jump`);
    await page.waitFor((text) => CSS.highlights.get('whosaid-flash') && [...CSS.highlights.get('whosaid-flash')][0]?.toString() === text, NOTED);
    assert.equal(await popup.evaluate(() => document.getElementById('notes-status').textContent), '');

    // The reader asks for this site to be annotated on every visit (the test build already has access).
    await popup.click('#auto-site');
    await popup.waitFor(someScriptRegistered);
    await closeAll(popup);

    await page.raw.reload();
    await page.waitFor((texts) => {
      const note = CSS.highlights.get('whosaid-note');
      const mark = CSS.highlights.get('whosaid-mark-green');
      return note && mark && [...note][0]?.toString() === texts[0] && [...mark][0]?.toString() === texts[1];
    }, [NOTED, HIGHLIGHTED]);
    // With auto-annotate on, the article's quotations are highlighted too, without a click.
    await page.waitFor(() => (CSS.highlights.get('whosaid-quote')?.size ?? 0) > 0);
    assert.equal(await page.evaluate(snapshot), before, 'after the reload, too, the page’s DOM is unchanged');
    await page.click('#like');
    assert.equal(await page.evaluate(() => document.getElementById('like').textContent), 'Like (1)', 'the page’s own script still works');

    // Revoked from the options page: the next visit restores nothing until the reader asks.
    const options = await browser.openExtensionPage('/options/options.html');
    await options.waitFor(() => document.querySelector('#sites [data-site] button') !== null);
    await options.click('#sites [data-site] button');
    await options.waitFor(async () => (await (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts()).length === 0);
    await page.raw.reload();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(await page.evaluate(painted, 'whosaid-note'), [], 'nothing is restored once auto-annotate is off');
    assert.deepEqual([...page.errors, ...options.errors], []);
    await closeAll(options, page);
  },

  async 'highlights and notes from the bar beside a selection, the note typed in its keyboard editor'(browser, origin, server) {
    server.route('/notes/bar.html', 'notes/article.html');
    const url = `${origin}/notes/bar.html`;
    const page = await browser.openPage(url);
    const before = await page.evaluate(snapshot);
    // The reader opens WhoSaid once on the page; from then on the bar follows their selections.
    await closeAll(await popupFor(browser, url));

    /** Drags the mouse over `phrase` as a reader selects it; returns the selection's box. */
    const dragOver = async (phrase) => {
      const box = await page.evaluate((text) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(text);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          node.parentElement.scrollIntoView({ block: 'center' });
          const rects = [...range.getClientRects()];
          const first = rects[0];
          const last = rects[rects.length - 1];
          return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
        }
        return null;
      }, phrase);
      const mouse = page.raw.mouse;
      await mouse.move(box.x1, box.y1);
      await mouse.down();
      await mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
      await mouse.move(box.x2, box.y2);
      await mouse.up();
      await page.waitFor(() => document.querySelector('whosaid-selection') !== null);
      return page.evaluate(() => {
        const rect = getSelection().getRangeAt(0).getBoundingClientRect();
        return { left: rect.left, top: rect.top, text: getSelection().toString() };
      });
    };
    // The bar sits 38 px above the selection: a 4 px padding, then four 14 px colour swatches 4 px apart, then "Note".
    const barButton = async (selection, index) => {
      const x = Math.max(4, selection.left) + 6 + (index < 4 ? index * 18 + 7 : 4 * 18 + 18);
      await page.raw.mouse.click(x, selection.top - 38 + 15);
    };

    const first = await dragOver(HIGHLIGHTED);
    assert.equal(first.text.trim(), HIGHLIGHTED);
    await barButton(first, 1);
    await page.waitFor((text) => CSS.highlights.get('whosaid-mark-green') && [...CSS.highlights.get('whosaid-mark-green')][0]?.toString() === text, HIGHLIGHTED);
    await page.waitFor(() => document.querySelector('whosaid-selection') === null);

    const second = await dragOver(NOTED);
    await barButton(second, 4);
    await page.waitFor(() => document.querySelector('whosaid-note-editor') !== null);
    // The editor has the keyboard: Escape cancels, and a second try is saved with Ctrl+Enter.
    await page.raw.keyboard.type('Not this');
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('whosaid-note-editor') === null);
    assert.deepEqual(await page.evaluate(painted, 'whosaid-note'), [], 'a cancelled note is not saved');
    const third = await dragOver(NOTED);
    await barButton(third, 4);
    await page.waitFor(() => document.querySelector('whosaid-note-editor') !== null);
    await page.raw.keyboard.type('Typed in the page.');
    await page.press('Enter');
    await page.raw.keyboard.type('Second line.');
    await page.raw.keyboard.down('Control');
    await page.press('Enter');
    await page.raw.keyboard.up('Control');
    await page.waitFor((text) => CSS.highlights.get('whosaid-note') && [...CSS.highlights.get('whosaid-note')][0]?.toString() === text, NOTED);
    await page.waitFor(() => document.querySelector('whosaid-note-editor') === null);

    let popup = await popupFor(browser, url);
    let notes = await waitForNotes(popup, 2);
    assert.deepEqual(notes.map((note) => note.text), ['', 'Typed in the page.\nSecond line.']);
    await closeAll(popup);

    // A click on the noted text opens it again, to read and change.
    const middle = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + 5);
        range.setEnd(node, at + 6);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, NOTED);
    await page.raw.mouse.click(middle.x, middle.y);
    await page.waitFor(() => document.querySelector('whosaid-note-editor') !== null);
    await page.raw.keyboard.type(' Third.');
    await page.raw.keyboard.down('Control');
    await page.press('Enter');
    await page.raw.keyboard.up('Control');
    await page.waitFor(() => document.querySelector('whosaid-note-editor') === null);
    popup = await popupFor(browser, url);
    notes = await waitForNotes(popup, 2);
    assert.equal(notes[1].text, 'Typed in the page.\nSecond line. Third.');
    assert.equal(await page.evaluate(snapshot), before, 'once the bar and the editor are gone, the page’s DOM is as it was');
    assert.deepEqual([...page.errors, ...popup.errors], []);
    await closeAll(popup, page);
  },

  async 're-anchors a note on an edited article, and lists it as an orphan once its passage is gone'(browser, origin, server) {
    server.route('/notes/edited.html', 'notes/article.html');
    const url = `${origin}/notes/edited.html`;
    const page = await browser.openPage(url);
    await selectInPage(page, EDITED_BEFORE);
    let popup = await popupFor(browser, url);
    await addNoteInPopup(popup, 'Which pumps?');
    await waitForNotes(popup, 1);
    await closeAll(popup);

    // A paragraph inserted above, a word changed in the note's text and two just before it.
    server.route('/notes/edited.html', 'notes/article-edited.html');
    await page.raw.reload();
    popup = await popupFor(browser, url);
    let [note] = await waitForNotes(popup, 1);
    assert.equal(note.orphan, false, 'the note is placed on the edited text');
    await page.waitFor((text) => CSS.highlights.get('whosaid-note') && [...CSS.highlights.get('whosaid-note')][0]?.toString() === text, EDITED_AFTER);
    await closeAll(popup);

    // The passage removed: the note is an orphan, listed, still editable.
    server.route('/notes/edited.html', 'notes/article-removed.html');
    await page.raw.reload();
    popup = await popupFor(browser, url);
    [note] = await waitForNotes(popup, 1);
    assert.equal(note.orphan, true, 'the note is listed as an orphan');
    assert.ok(await popup.evaluate(() => document.querySelector('#notes .orphan')?.textContent === 'Not found on this page'));
    assert.deepEqual(await page.evaluate(painted, 'whosaid-note'), [], 'an orphan is not painted anywhere');
    await popup.click('#notes .note-edit');
    await popup.raw.type('#notes .note-editor', ' Ask the harbour master.');
    await popup.click('#notes .note-save');
    await popup.waitFor(() => document.querySelector('#notes .note-text')?.textContent === 'Which pumps? Ask the harbour master.');
    assert.equal((await popup.evaluate(listedNotes))[0].orphan, true);
    assert.deepEqual([...page.errors, ...popup.errors], []);
    await closeAll(popup, page);
  },

  async 'shows the right notes as a single-page app navigates with pushState and back'(browser, origin, server) {
    server.route('/spa/first', 'notes/spa.html');
    server.route('/spa/second', 'notes/spa.html');
    const first = `${origin}/spa/first`;
    const second = `${origin}/spa/second`;
    const FIRST = 'cutting the walk for commuters by twenty minutes';
    const SECOND = 'Volunteers from the reading club offered to staff the children’s room';
    const page = await browser.openPage(first);
    await selectInPage(page, FIRST);
    let popup = await popupFor(browser, first);
    await popup.click('[data-colour="pink"]');
    await waitForNotes(popup, 1);
    await closeAll(popup);

    await page.click('#to-second');
    await page.waitFor(() => location.pathname === '/spa/second' && document.querySelector('h1').textContent.startsWith('Library'));
    await page.waitFor(() => (CSS.highlights.get('whosaid-mark-pink')?.size ?? 0) === 0);
    await selectInPage(page, SECOND);
    popup = await popupFor(browser, second);
    assert.deepEqual(await popup.evaluate(listedNotes), [], 'the second article has no notes yet');
    await addNoteInPopup(popup, 'Good news for families.');
    await waitForNotes(popup, 1);
    assert.deepEqual(await page.evaluate(painted, 'whosaid-note'), [SECOND]);
    await closeAll(popup);

    await page.evaluate(() => history.back());
    await page.waitFor((text) => CSS.highlights.get('whosaid-mark-pink') && [...CSS.highlights.get('whosaid-mark-pink')][0]?.toString() === text, FIRST);
    await page.waitFor(() => (CSS.highlights.get('whosaid-note')?.size ?? 0) === 0);
    popup = await popupFor(browser, first);
    const [listed] = await waitForNotes(popup, 1);
    assert.equal(listed.quote, `“${FIRST}”`);
    await closeAll(popup);

    await page.evaluate(() => history.forward());
    await page.waitFor((text) => CSS.highlights.get('whosaid-note') && [...CSS.highlights.get('whosaid-note')][0]?.toString() === text, SECOND);
    assert.deepEqual(page.errors, []);
    await closeAll(page);
  },

  async 'exports every note, and importing the export twice after clearing gives the same notes once'(browser, origin, server) {
    server.route('/notes/transfer.html', 'notes/article.html');
    const url = `${origin}/notes/transfer.html`;
    const page = await browser.openPage(url);
    await selectInPage(page, HIGHLIGHTED);
    let popup = await popupFor(browser, url);
    await popup.click('[data-colour="blue"]');
    await waitForNotes(popup, 1);
    await closeAll(popup);
    await selectInPage(page, NOTED);
    popup = await popupFor(browser, url);
    await addNoteInPopup(popup, 'To export.');
    await waitForNotes(popup, 2);
    await closeAll(popup);

    const options = await browser.openExtensionPage('/options/options.html');
    await options.waitFor(() => document.querySelectorAll('#pages .annotation').length > 0);
    // Keep what the export buttons hand to the browser's download instead of saving a file.
    await options.evaluate(() => {
      window.exported = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        window.exported.push(blob);
        return create(blob);
      };
      HTMLAnchorElement.prototype.click = function () {};
    });
    const ids = await options.evaluate(() => [...document.querySelectorAll('#pages .annotation')].map((item) => item.dataset.id).sort());
    await options.click('#export-jsonld');
    await options.click('#export-markdown');
    const [jsonld, markdown] = await options.evaluate(async () => Promise.all(window.exported.map((blob) => blob.text())));
    const collection = JSON.parse(jsonld);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.deepEqual(collection.first.items.map((item) => item.id).sort(), ids);
    const item = collection.first.items.find((annotation) => annotation.motivation === 'commenting');
    assert.deepEqual(item.target.selector.map((selector) => selector.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.ok(markdown.includes('To export.') && markdown.includes(`> ${NOTED}`), 'the Markdown export holds the notes');

    await options.click('#delete-all');
    await options.click('#delete-all');
    await options.waitFor(() => document.querySelectorAll('#pages .annotation').length === 0);

    const importFile = (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'whosaid-notes.jsonld', { type: 'application/ld+json' }));
      const input = document.getElementById('import');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await options.evaluate(importFile, jsonld);
    await options.waitFor((n) => document.getElementById('status').textContent.includes(`${n} added`), ids.length);
    await options.evaluate(importFile, jsonld);
    await options.waitFor((n) => document.getElementById('status').textContent.includes(`0 added, 0 updated, ${n} already here`), ids.length);
    const after = await options.evaluate(() => [...document.querySelectorAll('#pages .annotation')].map((item) => item.dataset.id).sort());
    assert.deepEqual(after, ids, 'the same notes, none twice');
    // The open page follows: its notes come back painted.
    await page.waitFor((text) => CSS.highlights.get('whosaid-note') && [...CSS.highlights.get('whosaid-note')][0]?.toString() === text, NOTED);
    assert.deepEqual([...options.errors, ...page.errors], []);
    await closeAll(options, page);
  },

  async 'reports a full storage and loses nothing already saved'(browser, origin, server) {
    server.route('/notes/quota.html', 'notes/article.html');
    const url = `${origin}/notes/quota.html`;
    const page = await browser.openPage(url);
    await selectInPage(page, HIGHLIGHTED);
    let popup = await popupFor(browser, url);
    await popup.click('[data-colour="yellow"]');
    await waitForNotes(popup, 1);
    await closeAll(popup);

    // Fill storage.local up to its quota, as years of notes (or another cause) would.
    const options = await browser.openExtensionPage('/options/options.html');
    const filled = await options.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const local = api.storage.local;
      // storage.local holds 10 MB (Chrome's quota; the Firefox test build applies the same, as Firefox has none).
      let size = 1 << 20;
      let index = 0;
      let total = 0;
      while (size >= 256 && total < 10 * 1024 * 1024) {
        try {
          await local.set({ [`test:filler:${index}`]: 'x'.repeat(size) });
          index += 1;
          total += size;
        } catch {
          size >>= 1;
        }
      }
      return index;
    });
    assert.ok(filled > 0, 'the storage was filled');

    await selectInPage(page, NOTED);
    popup = await popupFor(browser, url);
    await addNoteInPopup(popup, 'This one cannot be saved.');
    await popup.waitFor(() => /storage is full/.test(document.getElementById('notes-status').textContent));
    assert.equal(await popup.evaluate(() => document.getElementById('note-text').value), 'This one cannot be saved.', 'the text typed is kept');
    assert.equal((await popup.evaluate(listedNotes)).length, 1, 'the saved highlight is still listed');
    await closeAll(popup);

    await page.raw.reload();
    popup = await popupFor(browser, url);
    const [kept] = await waitForNotes(popup, 1);
    assert.equal(kept.motivation, 'highlighting', 'after a reload the saved highlight is still there');
    await page.waitFor((text) => CSS.highlights.get('whosaid-mark-yellow') && [...CSS.highlights.get('whosaid-mark-yellow')][0]?.toString() === text, HIGHLIGHTED);

    await options.evaluate(async (count) => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.storage.local.remove(Array.from({ length: count }, (_, i) => `test:filler:${i}`));
    }, filled);
    assert.deepEqual([...page.errors, ...popup.errors], []);
    await closeAll(popup, options, page);
  },
};
