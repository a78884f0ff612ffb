// A byline's job title is no name: "By Marisol Ortega, City Hall Reporter", "By Gareth Pryce, Local Democracy
// Reporter", "By Oluwaseun Adebayo, Health Correspondent". The tagger reads such title-case words as a body or
// a place ("City Hall", "Local Democracy"); the line's shape says they are the writer's beat.
import type { MentionCandidate } from './entity-recogniser';
import { isListedPlace } from './name-lookup';
import { placeKey } from './gazetteer';
import { mentionAt } from './name-edges';

const BEAT_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|and|of|for|on|the|&)`;
/** A writer's job at the end of a byline: "City Hall Reporter", "Europe Editor" (publications.ts reads the outlet). */
export const BYLINE_JOBS = 'Reporter|Correspondent|Editor|Writer|Columnist|Critic|Producer|Journalist';
const BYLINE_ROLE = new RegExp(
  String.raw`^[ \t]*(?:By|BY)[ \t]+[^,\n]{2,80},[ \t]*((?:${BEAT_WORD}[ \t]+){0,6}(?:${BYLINE_JOBS})s?)[ \t]*$`,
  'gmu',
);

// A body's own arm after its initials: "CNN International", "BBC News".
const BODY_ARMS = new Set(['International', 'News', 'World', 'Radio', 'Television', 'TV', 'Sport', 'Sports', 'Online', 'Digital']);

/** `mentions` less those inside a byline's job title, but a place or a body it names ("Europe Editor", "BBC Middle
 * East Correspondent", "AP Science Writer"). */
export function withoutBylineRoles(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  // (Most texts have no byline: one quick test spares the line-by-line pattern.)
  if (!/(?:^|\n)[ \t]*(?:By|BY)[ \t]/.test(text)) return mentions;
  const roles: Array<[number, number]> = [];
  for (const line of text.matchAll(BYLINE_ROLE)) {
    const start = line.index + line[0].lastIndexOf(line[1]!);
    roles.push([start, start + line[1]!.length]);
  }
  if (roles.length === 0) return mentions;
  // (A region is named by its last word: "East Africa Correspondent".)
  const named = (m: MentionCandidate): boolean =>
    m.evidence === 'known' || m.acronym || /^\p{Lu}{2,}$/u.test(m.words[0]!) || isListedPlace(placeKey(m.text)) || (m.type === 'place' && isListedPlace(placeKey(m.words[m.words.length - 1]!)));
  const inRole = (m: MentionCandidate): boolean => roles.some(([from, to]) => m.start >= from && m.end <= to);
  return mentions.flatMap((m) => {
    if (!inRole(m)) return [m];
    // "BBC Middle East Correspondent", "AP Science Writer" read as one body: the body is its initials, before the
    // beat and the job (not a body's own arm: "CNN International Chief Correspondent").
    if (m.words.length > 1 && /^\p{Lu}{2,}$/u.test(m.words[0]!) && !BODY_ARMS.has(m.words[1]!) && !isListedPlace(placeKey(m.text))) {
      return [{ ...mentionAt(text, m.start, m.start + m.words[0]!.length, 'organization'), evidence: m.evidence }];
    }
    return named(m) ? [m] : [];
  });
}
