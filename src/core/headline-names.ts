// Names in a headline written in capitals ("TENNIS - SELES BEATS HUBER IN FINAL", "BAYERN HELD BY HAMBURG"):
// capitals there mark nothing, so the tagger passes over most of them. A word or words the story below names
// in its own case are that name in the headline too, of the same kind: a person's surname, a club, a place.
import type { MentionCandidate } from './entity-recogniser';
import type { EntityType } from './types';
import { mentionAt } from './name-edges';
import { lexiconKind } from './name-lookup';

const CAPITALS_LINE = /^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$/gmu;
// A headline is short; a page written all in capitals is not one.
const MAX_HEADLINE = 200;
// Surnames that are words too ("John Major": "MAJOR LEAGUE RESULTS") are not looked for.
const NAME_KINDS = new Set([undefined, 'first-name', 'last-name', 'person']);

/** `mentions` with the names the story below gives found again in its headlines in capitals. */
export function withHeadlineNames(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const headlines = [...text.matchAll(CAPITALS_LINE)].filter((line) => line[0].length <= MAX_HEADLINE).map((line): [number, number] => [line.index, line.index + line[0].length]);
  if (headlines.length === 0) return mentions;
  const inHeadline = (m: MentionCandidate): boolean => headlines.some(([from, to]) => m.start >= from && m.end <= to);
  // What the story calls each name, by its capitals: "SELES" → person (the surname of Monica Seles).
  const known = new Map<string, EntityType>();
  const times = new Map<string, number>();
  const count = (name: string, type: EntityType): void => {
    known.set(name, type);
    times.set(name, (times.get(name) ?? 0) + 1);
  };
  for (const m of mentions) {
    if (m.type === null || m.type === 'other' || inHeadline(m)) continue;
    count(m.text.toUpperCase(), m.type);
    const surname = m.words[m.words.length - 1]!;
    if (m.type === 'person' && m.words.length > 1 && NAME_KINDS.has(lexiconKind(surname.toLowerCase()))) count(surname.toUpperCase(), 'person');
  }
  // A surname is looked for only where the story gives it again ("Monica Seles … Seles said"): not "FOX HUNTING
  // LAWS" over a story quoting Liam Fox once. Other names, unless a word ("UNITE" for the union Unite).
  for (const [name, type] of known) {
    if (type === 'person' ? (times.get(name) ?? 0) < 2 && !name.includes(' ') : lexiconKind(name.toLowerCase()) === 'common') known.delete(name);
  }
  const added: MentionCandidate[] = [];
  for (const [from, to] of headlines) {
    const line = text.slice(from, to);
    for (const [name, type] of known) {
      for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + name.length)) {
        const start = from + at;
        const end = start + name.length;
        if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        if ([...mentions, ...added].some((m) => m.start < end && start < m.end)) continue;
        added.push(mentionAt(text, start, end, type));
      }
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added];
}
