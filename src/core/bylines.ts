// A byline's job title is no name: "By Marisol Ortega, City Hall Reporter", "By Gareth Pryce, Local Democracy
// Reporter", "By Oluwaseun Adebayo, Health Correspondent". The tagger reads such title-case words as a body or
// a place ("City Hall", "Local Democracy"); the line's shape says they are the writer's beat.
import type { MentionCandidate } from './entity-recogniser';
import { isListedPlace, lexiconKind } from './name-lookup';
import { placeKey } from './gazetteer';
import { mentionAt } from './name-edges';
import { inPlaceOf } from './span-index';

const BEAT_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|and|of|for|on|the|&)`;
/** A writer's job at the end of a byline: "City Hall Reporter", "Europe Editor" (publications.ts reads the outlet). */
export const BYLINE_JOBS = 'Reporter|Correspondent|Editor|Writer|Columnist|Critic|Producer|Journalist';
const BYLINE_ROLE = new RegExp(
  String.raw`^[ \t]*(?:By|BY)[ \t]+[^,\n]{2,80},[ \t]*((?:${BEAT_WORD}[ \t]+){0,6}(?:${BYLINE_JOBS})s?)[ \t]*$`,
  'gmu',
);

// The line of an article's head that gives its time: "Updated: 3 March 2026, 4:40 pm", "Posted 2h ago", "Today at
// 07:12", "Thursday 12 March 2026 16:00", "Published on 04/02/2026".
export const TIME_LINE = /^(?:(?:First[ \t]+)?(?:Published|Updated|Posted|Last[ \t]+[Uu]pdated)\b|Today[ \t]+at\b|Yesterday(?:[ \t]+at\b|,|[ \t]*$)|\d+[ \t]*(?:hours?|hrs?|minutes?|mins?|h|m|days?)[ \t]+ago\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \t]+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[:.]\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})/;

// "Helen Marsh in Bonn", "Milica Jovanović in Belgrade and Tom Kessler in Berlin", "By Ingrid Lund in Stockholm" (read
// as a place now and then): the writers of an article and the towns they file from, on the line before its outlet
// or its time, are people.
const WRITER_IN_TOWN = /^(?:(?:By|BY)[ \t]+)?(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]+in[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const SHORT_LINE = /^[^\n]{1,60}$/;

/** `mentions` with the writers of a "Name in Town" byline read as people. */
export function withWritersInTowns(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!/ in \p{Lu}/u.test(text)) return mentions;
  const head = text.slice(0, 20_000).split('\n');
  const writers: MentionCandidate[] = [];
  let at = 0;
  head.forEach((line, i) => {
    const lineStart = at;
    at += line.length + 1;
    if (line.length > 160 || !line.includes(' in ')) return;
    const next = head[i + 1] ?? '';
    if (!TIME_LINE.test(next) && !(SHORT_LINE.test(next) && TIME_LINE.test(head[i + 2] ?? ''))) return;
    const parts = line.split(/,[ \t]*|[ \t]+and[ \t]+/);
    const found = parts.map((part) => WRITER_IN_TOWN.exec(part)?.[1]);
    // (A byline: "By" first, or every writer by a given name; not a headline, "Apple Opens Flagship Store in Mumbai".)
    if (found.some((name) => name === undefined)) return;
    if (!/^(?:By|BY)[ \t]/.test(line) && !found.every((name) => lexiconKind(name!.split(/[ \t]+/)[0]!.toLowerCase()) === 'first-name')) return;
    let from = lineStart;
    for (const name of found as string[]) {
      const start = text.indexOf(name, from);
      writers.push(mentionAt(text, start, start + name.length, 'person'));
      from = start + name.length;
    }
  });
  return writers.length === 0 ? mentions : inPlaceOf(mentions, writers);
}

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
