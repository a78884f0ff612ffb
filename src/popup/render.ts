// Builds the popup's lists from annotations. Page text only ever goes into textContent: never HTML.
import type { JoinedQuotation } from '../core/joined-quotes';
import type { Entity } from '../core/types';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function emptyNote(text: string): HTMLElement {
  return element('p', 'empty', text);
}

/** Quotes grouped by speaker (in order of first quotation), unattributed ones, then terms. */
export function renderQuotes(container: HTMLElement, quotes: JoinedQuotation[], filter: string): void {
  const groups = new Map<string, JoinedQuotation[]>();
  const matches = (quote: JoinedQuotation): boolean =>
    !filter || quote.text.toLowerCase().includes(filter) || (quote.speaker ?? '').toLowerCase().includes(filter);
  for (const quote of quotes) {
    if (!matches(quote)) continue;
    const key = quote.kind === 'term' ? '\u0000term' : quote.speaker ?? '\u0000none';
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
  const nodes: HTMLElement[] = [];
  for (const key of order) {
    const heading = key === '\u0000term' ? 'Terms in quotation marks' : key === '\u0000none' ? 'Speaker unknown' : key;
    const group = element('div', 'speaker-group');
    group.dataset.group = key.startsWith('\u0000') ? key.slice(1) : 'speaker';
    const title = element('h3');
    const listedQuotes = groups.get(key)!;
    if (key.startsWith('\u0000')) title.textContent = heading;
    else {
      // The speaker's name steps through all their quotations on the page, one click each.
      const speaker = element('button', 'item speaker');
      speaker.type = 'button';
      speaker.dataset.kind = 'speaker';
      speaker.dataset.quotes = listedQuotes.map((quote) => quote.id).join(' ');
      speaker.title = `Show ${heading}’s quotations on the page, one after another`;
      speaker.append(element('span', 'count', String(listedQuotes.length)), element('span', 'name', heading));
      title.append(speaker);
    }
    group.append(title);
    const list = element('ul');
    for (const quote of listedQuotes) {
      const button = element('button', 'item');
      button.type = 'button';
      button.dataset.kind = quote.kind === 'term' ? 'term' : 'quote';
      button.dataset.quoteKind = quote.kind;
      button.dataset.speaker = quote.speaker ?? '';
      button.dataset.id = quote.id;
      button.append(element('span', 'quote-text', `“${quote.text}”`));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    group.append(list);
    nodes.push(group);
  }
  container.replaceChildren(...(nodes.length ? nodes : [emptyNote(filter ? 'No quote matches the filter.' : 'No quotations found.')]));
}

function rank(key: string): number {
  return key === '\u0000term' ? 2 : key === '\u0000none' ? 1 : 0;
}

/** One entity list (people, organisations or places), most mentioned first. */
export function renderEntities(container: HTMLElement, entities: Entity[], filter: string, empty: string): void {
  const shown = entities
    .filter((entity) => !filter || entity.name.toLowerCase().includes(filter) || entity.mentions.some((m) => m.text.toLowerCase().includes(filter)))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const items = shown.map((entity) => {
    const button = element('button', 'item');
    button.type = 'button';
    button.dataset.kind = entity.type;
    button.dataset.id = entity.id;
    button.dataset.mentions = String(entity.mentions.length);
    button.title = 'Show the next mention on the page';
    button.append(element('span', 'count', String(entity.mentions.length)), element('span', 'name', entity.name));
    const item = element('li');
    item.append(button);
    return item;
  });
  container.replaceChildren(...(items.length ? items : [emptyNote(filter ? 'Nothing matches the filter.' : empty)]));
}
