// A copy of the live page for Readability to take apart, each copied text node paired with the live one it
// came from, so the article found in the copy can be highlighted on the page the reader sees.
//
// The copy is made node by node with pauses, not by one `cloneNode(true)`: on a long page the deep clone is a
// single task of 10–30 ms, a large part of it spent parsing the page's inline style sheets again in the copy.
// Readability removes every <style> anyway, so their text is left out. Pairing by identity as each node is
// copied means a page that changes during a pause cannot pair a copied node with the wrong live one; a copy
// that has lost its place (the node it was about to copy, or one it is inside, was moved or removed) is made again
// at once.

export interface PageCopy {
  copy: Document;
  /** Live text node of each copied text node. */
  pairs: WeakMap<Text, Text>;
  /** The live page's text nodes in document order, for nodes of the copy that were not copied from one. */
  liveTexts: Text[];
}

const TEXT_NODE = 3;
/** Nodes copied between pauses: a few milliseconds of work on the slowest pages measured. */
const NODES_PER_PAUSE = 256;

function isStyleElement(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'style';
}

/** The page's copy, made in steps that pause every few hundred nodes. */
export function* copyOfPage(doc: Document): Generator<void, PageCopy, void> {
  const copy = doc.cloneNode(false) as Document;
  const pairs = new WeakMap<Text, Text>();
  const liveTexts: Text[] = [];
  // The live node being copied into at each depth, its copy, and the sibling it came after when the walk went in.
  const liveParents: Node[] = [doc];
  const copyParents: Node[] = [copy];
  const cameAfter: (Node | null)[] = [null];
  let from: Node | null = doc.firstChild;
  // The live node copied last at `from`'s depth: what `from` must still come after.
  let after: Node | null = null;
  let copied = 0;
  while (from) {
    const made = copy.importNode(from, false);
    copyParents[copyParents.length - 1]!.appendChild(made);
    if (from.nodeType === TEXT_NODE) {
      liveTexts.push(from as Text);
      pairs.set(made as Text, from as Text);
    }
    if (from.firstChild && !isStyleElement(from)) {
      liveParents.push(from);
      copyParents.push(made);
      cameAfter.push(after);
      after = null;
      from = from.firstChild;
    } else {
      while (!from.nextSibling && liveParents.length > 1) {
        from = liveParents.pop()!;
        copyParents.pop();
        cameAfter.pop();
      }
      after = from;
      from = from.nextSibling;
    }
    if (++copied % NODES_PER_PAUSE === 0) {
      yield;
      if (from && !inPlace(from, after, liveParents, cameAfter)) return copyAtOnce(doc);
    }
  }
  return { copy, pairs, liveTexts };
}

/**
 * Whether `next`, and every live node the copy is inside, is still where the walk found it (same parent, same
 * sibling before it): a node moved or removed during a pause would have the walk copy some nodes twice or
 * leave some out.
 */
function inPlace(next: Node, after: Node | null, liveParents: readonly Node[], cameAfter: readonly (Node | null)[]): boolean {
  if (!next.isConnected || next.parentNode !== liveParents[liveParents.length - 1] || next.previousSibling !== after) return false;
  for (let depth = 1; depth < liveParents.length; depth++) {
    const node = liveParents[depth]!;
    if (node.parentNode !== liveParents[depth - 1] || node.previousSibling !== cameAfter[depth]) return false;
  }
  return true;
}

/** The page's copy in one task: a deep clone, then a walk of both in document order to pair their text nodes. */
export function copyAtOnce(doc: Document): PageCopy {
  const copy = doc.cloneNode(true) as Document;
  const pairs = new WeakMap<Text, Text>();
  const liveTexts: Text[] = [];
  const liveWalker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  const copyWalker = copy.createTreeWalker(copy, 4);
  for (;;) {
    const live = liveWalker.nextNode() as Text | null;
    if (!live) break;
    liveTexts.push(live);
    const copied = copyWalker.nextNode() as Text | null;
    if (copied) pairs.set(copied, live);
  }
  return { copy, pairs, liveTexts };
}
