// The annotation model shared by the core, the page, the popup and the CLI (schema 1 of DESIGN.md).
// Offsets are JavaScript string indices into the article text; `end` is exclusive.

/** A stretch of the article text. `text` always equals `articleText.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** Something named in the article, with every place it is named. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'term';

/** Who a quotation is attributed to: the local mention (possibly a pronoun) and what it resolves to. */
export interface Speaker {
  name: string;
  /** Id of the entity the mention resolves to, or null when the speaker is not a recognised entity. */
  entity: string | null;
  mention: Span;
}

/** One quoted span (the marks excluded). Halves of a split or multi-paragraph quotation share `group`. */
export interface Quotation extends Span {
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The speech verb or phrase that ties the quotation to its speaker, when there is one. */
  cue: Span | null;
  /** Id of the first span of the same quotation, when this quotation is split or runs over paragraphs. */
  group?: string;
}

export interface Annotations {
  entities: Entity[];
  quotes: Quotation[];
}

export interface ArticleInfo {
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  text: string;
}

/** One annotated document, exactly as the CLI prints it. */
export interface AnnotatedDocument extends Annotations {
  schema: 1;
  source: string;
  article: ArticleInfo;
}
