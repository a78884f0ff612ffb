import { recogniseEntities } from '../entities';

/** Each mention's type in `text`, as "text/type", in the order of the text. */
export const mentionTypes = (text: string): string[] =>
  recogniseEntities(text)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, label: `${m.text}/${e.type}` })))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
