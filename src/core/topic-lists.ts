// A page's list of topics at the foot of an article: "Topics: Business, Whisky, Moray, Speyside", "Topics: Energy
// bills · Ofgem · Consumer · Utilities", "Tags: Rugby, URC, Stormers, Bulls". Every item is capitalised, so the
// tagger reads the subjects among them as names ("Whisky", "Rugby", "Unions", "Consumer"). An item of one word is a
// subject, no name, where the page names it nowhere else and no list knows it: the names among them are the
// article's own ("Stormers … Stormers", "Farage" of "Nigel Farage", "Nvidia" of "Nvidia Corporation"), known
// names ("Labour", "Moray"), capitals ("URC") or places the tagger read as such ("Ballater").
import type { MentionCandidate } from './entity-recogniser';
import { isListedPlace, lexiconKind } from './name-lookup';
import { KNOWN_ORGANIZATIONS, LATE_KNOWN_BODIES } from './name-lexicons';
import { placeKey } from './gazetteer';
import { SpanIndex } from './span-index';

// (The label and its colon open the line: not "Topics such as Huawei and Brexit dominated…".)
const TOPIC_LINE = /(?:^|\n)[ \t]*(?:Topics|Tags|Related [Tt]opics|Filed under|Categories|Topic)[ \t]*:[ \t]*[^\n]*/g;

/** `mentions` less the one-word subjects of the page's topic lists. */
export function withoutTopicWords(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!/(?:^|\n)[ \t]*(?:Topics|Tags|Related [Tt]opics|Filed under|Categories|Topic)[ \t]*:/.test(text)) return mentions;
  // (Looked up by halves: an archive page may have thousands of topic lines.)
  const lines = new SpanIndex([...text.matchAll(TOPIC_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
  const inList = (m: MentionCandidate): boolean => (lines.containing(m.start)?.end ?? -1) >= m.end;
  const namedElsewhere = new Set<string>();
  for (const m of mentions) {
    if (inList(m)) continue;
    namedElsewhere.add(m.text);
    namedElsewhere.add(m.words[0]!);
    namedElsewhere.add(m.words[m.words.length - 1]!);
  }
  return mentions.filter((m) => m.words.length !== 1 || m.type === 'place' || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || !inList(m) || namedElsewhere.has(m.text) || isKnown(m));
}

// A name some list knows: a place, a body, a person's name or a people's ("Labour", "Congress", "Badenoch").
const NAME_KINDS = new Set(['first-name', 'last-name', 'person', 'place', 'organization', 'demonym', 'proper']);
function isKnown(m: MentionCandidate): boolean {
  const key = m.text.toLowerCase();
  const kind = lexiconKind(key);
  return m.evidence === 'known' || isListedPlace(placeKey(m.text)) || KNOWN_ORGANIZATIONS.has(key) || LATE_KNOWN_BODIES.has(key) || (kind !== undefined && NAME_KINDS.has(kind));
}
