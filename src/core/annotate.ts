// The core's entry point: text in, annotations out (entities, then quotations and their speakers).

import type { Annotations } from './types';
import { recogniseEntities } from './entities';
import { annotateWith } from './annotate-with';

/** Annotates article text: entities (ids e1…) and quotations (ids q1… in text order). Never throws. */
export function annotate(text: string): Annotations {
  try {
    return annotateWith(text, recogniseEntities);
  } catch {
    return { entities: [], quotes: [] };
  }
}
