// Annotations in the W3C Web Annotation model (JSON-LD), for "Download JSON" and `--format jsonld`:
// each quotation and each entity mention is an Annotation whose target is the article, selected by a
// TextQuoteSelector (with context) and a TextPositionSelector into the article text.
import type { Entity, Quotation, Span } from './types';

const CONTEXT_LENGTH = 32;

export interface WebAnnotationSource {
  /** The page URL or the file path the article came from. */
  source: string;
  title: string;
  text: string;
  entities: Entity[];
  quotes: Quotation[];
  /** ISO time the annotations were made. */
  generated: string;
}

function target(source: string, text: string, span: Span): object {
  return {
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: span.text,
        prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
        suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

/** An AnnotationCollection holding one Annotation per quotation and per entity mention. */
export function toWebAnnotations(doc: WebAnnotationSource): object {
  const items: object[] = [];
  for (const quote of doc.quotes) {
    const body: object[] = [{ type: 'TextualBody', purpose: 'classifying', value: `${quote.kind} quotation` }];
    if (quote.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: quote.speaker.name });
    items.push({
      id: `urn:whosaid:${quote.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: doc.generated,
      body,
      target: target(doc.source, doc.text, quote),
    });
  }
  for (const entity of doc.entities) {
    entity.mentions.forEach((mention, index) => {
      items.push({
        id: `urn:whosaid:${entity.id}:${index + 1}`,
        type: 'Annotation',
        motivation: 'identifying',
        created: doc.generated,
        body: [
          { type: 'TextualBody', purpose: 'identifying', value: entity.name },
          { type: 'TextualBody', purpose: 'classifying', value: entity.type },
        ],
        target: target(doc.source, doc.text, mention),
      });
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: doc.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
