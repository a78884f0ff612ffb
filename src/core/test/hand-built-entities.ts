// Entities for attribution tests, built by hand so the tests do not depend on the entity recogniser.

import type { Entity, EntityType } from '../types';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to find in the text, longest first (`Vladimir Putin`, then `Putin`). */
  forms: string[];
}

/** An entity recogniser that finds the given surface forms as whole words. */
export function recogniserFor(specs: EntitySpec[]): (text: string) => Entity[] {
  return (text) => {
    const taken: boolean[] = [];
    return specs.map((spec, i) => {
      const mentions: Entity['mentions'] = [];
      for (const form of spec.forms) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (taken[m.index]) continue;
          for (let k = m.index; k < m.index + form.length; k++) taken[k] = true;
          mentions.push({ start: m.index, end: m.index + form.length, text: form });
        }
      }
      mentions.sort((a, b) => a.start - b.start);
      return { id: `e${i + 1}`, name: spec.name, type: spec.type, mentions };
    });
  };
}
