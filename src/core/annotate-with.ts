// The annotation pipeline with its entity recogniser passed in, so tests and tools can supply their
// own entities. Stages: entities → quotations → attribution. Never throws: a failing stage degrades
// to less output (no entities, or quotations without speakers), not to an error.

import type { Annotations, Entity, Quotation, Span } from './types';
import { splitParagraphs } from './paragraphs';
import { findQuotationsIn, type RawQuotation } from './quotations';
import { attributeQuotations, type Attribution } from './attribution';
import { decideKind } from './quote-kind';

export type EntityRecogniser = (text: string) => Entity[];

/** Annotates `text` using `recognise` for entities; quotes sorted by start with ids q1, q2, …. */
export function annotateWith(text: string, recognise: EntityRecogniser): Annotations {
  if (typeof text !== 'string' || text.length === 0) return { entities: [], quotes: [] };
  const entities = safeEntities(text, recognise);
  let raw: RawQuotation[] = [];
  let paragraphs: ReturnType<typeof splitParagraphs> = [];
  try {
    paragraphs = splitParagraphs(text);
    raw = findQuotationsIn(text, paragraphs);
  } catch {
    return { entities, quotes: [] };
  }
  let attributions: Attribution[];
  try {
    attributions = attributeQuotations(text, raw, entities, paragraphs);
  } catch {
    // Attribution failed on something odd: keep the quotations, name no speakers.
    attributions = raw.map((q) => ({ kind: decideKind(q.text, { hasSpeaker: false, setOffByCue: false, opensSentence: false, endsSentence: false }), speaker: null, cue: null }));
  }
  const quotes: Quotation[] = raw.map((q, i) => {
    const a = attributions[i]!;
    const quote: Quotation = { id: `q${i + 1}`, start: q.start, end: q.end, text: q.text, kind: a.kind, speaker: a.speaker, cue: a.cue };
    if (q.group !== null) quote.group = `q${q.group + 1}`;
    return quote;
  });
  return { entities, quotes };
}

/** The recogniser's entities, keeping only mentions whose text matches their offsets (a guard, not a filter). */
function safeEntities(text: string, recognise: EntityRecogniser): Entity[] {
  let entities: Entity[];
  try {
    entities = recognise(text);
  } catch {
    return [];
  }
  if (!Array.isArray(entities)) return [];
  return entities.map((e) => ({ ...e, mentions: (e.mentions ?? []).filter((m: Span) => isValidSpan(text, m)) }));
}

function isValidSpan(text: string, m: Span): boolean {
  return Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end && text.slice(m.start, m.end) === m.text;
}
