// Annotations as Markdown, for "Copy as Markdown" in the popup and `whosaid annotate --format md`.
import { joinQuotations, type JoinedQuotation } from './joined-quotes';
import type { Entity, Quotation } from './types';

export interface MarkdownSource {
  title: string;
  source: string;
  entities: Entity[];
  quotes: Quotation[];
}

/** Page text is data: keep it from being read as Markdown syntax or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1').trim();
}

/** Quotations that are not terms, joined, grouped by speaker ('' for none) in order of first quotation. */
function quotationsBySpeaker(quotes: Quotation[]): Map<string, JoinedQuotation[]> {
  const bySpeaker = new Map<string, JoinedQuotation[]>();
  for (const quote of joinQuotations(quotes)) {
    if (quote.kind === 'term') continue;
    const key = quote.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  return bySpeaker;
}

const SECTIONS: [Entity['type'], string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

/** A Markdown report: quotations grouped by speaker, then people, organisations and places. */
export function toMarkdown(doc: MarkdownSource): string {
  const lines: string[] = [`# ${escapeMarkdown(doc.title || doc.source)}`, ''];
  if (doc.source) lines.push(`Source: ${escapeMarkdown(doc.source)}`, '');
  lines.push('## Quotes', '');
  const bySpeaker = quotationsBySpeaker(doc.quotes);
  if (bySpeaker.size === 0) lines.push('None found.', '');
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  for (const speaker of speakers) {
    lines.push(`### ${speaker ? escapeMarkdown(speaker) : 'Speaker unknown'}`, '');
    for (const quote of bySpeaker.get(speaker)!) lines.push(`- “${escapeMarkdown(quote.text)}”`);
    lines.push('');
  }
  const terms = doc.quotes.filter((quote) => quote.kind === 'term');
  if (terms.length > 0) {
    lines.push('### Terms in quotation marks', '', ...terms.map((term) => `- “${escapeMarkdown(term.text)}”`), '');
  }
  for (const [type, heading] of SECTIONS) {
    const entities = doc.entities.filter((entity) => entity.type === type);
    lines.push(`## ${heading}`, '');
    if (entities.length === 0) lines.push('None found.');
    for (const entity of entities) {
      const count = entity.mentions.length;
      lines.push(`- ${escapeMarkdown(entity.name)} (${count} mention${count === 1 ? '' : 's'})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
