// Turns the mentions found one by one into entities: settles what the rest of the document says
// about names the recogniser could not type ("with Trump" once "President Trump" occurs), links bare
// surnames and acronyms to the fuller names, and numbers the entities in order of first mention.
import type { Entity, EntityType, Span } from './types';
import type { MentionCandidate } from './entity-recogniser';
import { lexiconKind } from './name-lookup';
import { withoutFinalDot } from './ascii-words';
import { LOCATIVE_WORDS, NAME_PARTICLES, NAME_SUFFIXES } from './name-lexicons';

interface TypedMention extends MentionCandidate {
  type: EntityType;
}

interface Expansion {
  key: string;
  name: string;
  type: EntityType;
}

const INITIAL = /^\p{Lu}\.?$/u;
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'on', '&']);

/** The entities the mentions name, ids e1, e2… in order of first mention, mentions sorted. */
export function groupMentions(candidates: MentionCandidate[]): Entity[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const typed = settleTypes(sorted);
  const clusters = [...clusterPeople(typed.filter((m) => m.type === 'person')), ...withBodiesByHead(clusterByKey(typed.filter((m) => m.type !== 'person')))];
  clusters.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return clusters.map((cluster, i) => ({
    id: `e${i + 1}`,
    name: cluster.name.replace(/\u00ad/g, ''),
    type: cluster.type,
    mentions: uniqueSpans(cluster.mentions),
  }));
}

function settleTypes(candidates: MentionCandidate[]): TypedMention[] {
  const surnames = new Set<string>();
  // Surnames of people named in full: "Haines" after "Derek Haines" (not a lone name tagged a person).
  const fullNameSurnames = new Set<string>();
  const givenNames = new Map<string, number>();
  for (const m of candidates) {
    if (m.type !== 'person') continue;
    const surname = surnameOf(m.words);
    if (surname !== undefined) surnames.add(surname);
    if (surname !== undefined && nameWords(m.words).length > 1) fullNameSurnames.add(surname);
    const given = givenNameOf(m.words);
    if (given !== undefined) givenNames.set(given, (givenNames.get(given) ?? 0) + 1);
  }
  const expansions = acronymExpansions(candidates);
  const typeOfKey = new Map<string, EntityType>();
  for (const m of candidates) if (m.type !== null && m.evidence !== 'shape' && !typeOfKey.has(m.key)) typeOfKey.set(m.key, m.type);

  const settled: TypedMention[] = [];
  for (const m of candidates) {
    const single = m.words.length === 1 ? m.words[0]!.toLowerCase() : undefined;
    const acronym = m.words.length === 1 ? expansions.get(m.words[0]!.replace(/\./g, '').toUpperCase()) : undefined;
    if (m.type === null) {
      if (single !== undefined && surnames.has(single)) settled.push({ ...m, type: 'person' });
      else if (single !== undefined && givenNames.get(single) === 1 && lexiconKind(single) === 'first-name') settled.push({ ...m, type: 'person' });
      else if (acronym !== undefined && /^\p{Lu}{2,}$/u.test(m.words[0]!.replace(/\./g, ''))) settled.push({ ...m, ...acronym });
      else if (typeOfKey.has(m.key)) settled.push({ ...m, type: typeOfKey.get(m.key)! });
      continue;
    }
    // "Washington" is the person once a Washington is named, unless the text puts it somewhere: "in Washington".
    // Nor is a surname a named thing of another kind ("Haines", tagged as one, once a Derek Haines is named).
    if (m.type === 'other' && single !== undefined && fullNameSurnames.has(single)) {
      settled.push({ ...m, type: 'person' });
      continue;
    }
    if (m.type === 'place' && single !== undefined && !m.country && fullNameSurnames.has(single) && !LOCATIVE_WORDS.has(m.wordBefore)) {
      settled.push({ ...m, type: 'person' });
      continue;
    }
    // (Not a country's letters: "U.S." is no "U.S. Space" and Rocket Center.)
    if (acronym !== undefined && !m.country && (m.acronym || acronym.type === m.type)) {
      settled.push({ ...m, ...acronym });
      continue;
    }
    settled.push(m as TypedMention);
  }
  // "North Atlantic Treaty Organization (NATO)": an unknown expansion of an acronym is an organisation.
  for (const m of settled) {
    const expansion = expansions.get(initialsOf(m.words) ?? '');
    if (expansion !== undefined && expansion.key === m.key && m.words.length > 1) m.name = expansion.name;
  }
  return settled;
}

// Multi-word names whose initials spell an acronym used in the document: "European Central Bank" ↔ "ECB".
function acronymExpansions(candidates: MentionCandidate[]): Map<string, Expansion> {
  const acronyms = new Set<string>();
  for (const m of candidates) {
    if (m.words.length === 1 && /^\p{Lu}{2,}$/u.test(m.words[0]!.replace(/\./g, ''))) acronyms.add(m.words[0]!.replace(/\./g, ''));
  }
  const expansions = new Map<string, Expansion>();
  if (acronyms.size === 0) return expansions;
  for (const m of candidates) {
    if (m.words.length < 2 || m.type === 'person') continue;
    const initials = initialsOf(m.words);
    if (initials === undefined || !acronyms.has(initials)) continue;
    // The first such name, unless a body's comes later: "UNITED NATIONS 1996-12-13" (the dateline, a place) and
    // "the United Nations" spell "U.N.", the body.
    const earlier = expansions.get(initials);
    if (earlier !== undefined && (earlier.type === 'organization' || m.type !== 'organization')) continue;
    expansions.set(initials, { key: m.key, name: m.name, type: m.type ?? 'organization' });
  }
  // "The European Automobile Manufacturers' Association (ACEA)": an acronym in brackets just after a body's
  // name stands for it, whatever its letters (here the French name's).
  const byEnd = new Map<number, MentionCandidate>();
  for (const m of candidates) if (m.words.length > 1 && (m.type === 'organization' || m.type === null)) byEnd.set(m.end, m);
  for (const m of candidates) {
    const letters = m.words.length === 1 ? m.words[0]!.replace(/\./g, '') : '';
    if (!acronyms.has(letters) || expansions.has(letters) || m.type === 'person' || m.type === 'place') continue;
    const named = m.wordBefore === '(' ? byEnd.get(m.start - 2) : undefined;
    if (named !== undefined) expansions.set(letters, { key: named.key, name: named.name, type: 'organization' });
  }
  for (const m of candidates) {
    const initials = initialsOf(m.words);
    if (m.type === null && m.words.length > 1 && initials !== undefined && expansions.get(initials)?.key === m.key) {
      m.type = expansions.get(initials)!.type;
    }
  }
  return expansions;
}

function initialsOf(words: string[]): string | undefined {
  const content = words.filter((w) => !LINKING_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return undefined;
  return content.map((w) => w.charAt(0).toUpperCase()).join('');
}

interface Cluster {
  type: EntityType;
  name: string;
  mentions: Span[];
}

interface PersonCluster extends Cluster {
  surname: string;
  given: string | undefined;
  nameWords: number;
  firstStart: number;
}

function clusterPeople(people: TypedMention[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  const singles: TypedMention[] = [];
  for (const m of people) {
    const words = nameWords(m.words);
    const surname = surnameOf(m.words);
    if (words.length < 2 || surname === undefined) {
      singles.push(m);
      continue;
    }
    const given = givenNameOf(m.words);
    const same = (bySurname.get(surname) ?? []).find((c) => compatibleGivenNames(c.given, given));
    if (same !== undefined) {
      same.mentions.push(span(m));
      if (words.length > same.nameWords) {
        same.name = m.text;
        same.nameWords = words.length;
        same.given = given;
      }
      continue;
    }
    const cluster: PersonCluster = { type: 'person', name: m.text, mentions: [span(m)], surname, given, nameWords: words.length, firstStart: m.start };
    clusters.push(cluster);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), cluster]);
  }
  const byGivenName = new Map<string, PersonCluster[]>();
  for (const c of clusters) if (c.given !== undefined) byGivenName.set(c.given, [...(byGivenName.get(c.given) ?? []), c]);
  const lone = new Map<string, PersonCluster>();
  for (const m of singles) {
    const word = (surnameOf(m.words) ?? m.text).toLowerCase();
    const bySurnameMatches = bySurname.get(word) ?? [];
    const byGiven = byGivenName.get(word) ?? [];
    const matches = bySurnameMatches.length > 0 ? bySurnameMatches : byGiven.length === 1 ? byGiven : [];
    const chosen = nearestBefore(matches, m.start);
    if (chosen !== undefined) {
      chosen.mentions.push(span(m));
      continue;
    }
    const existing = lone.get(word);
    if (existing !== undefined) existing.mentions.push(span(m));
    else {
      const cluster: PersonCluster = { type: 'person', name: m.text, mentions: [span(m)], surname: word, given: undefined, nameWords: 1, firstStart: m.start };
      lone.set(word, cluster);
      clusters.push(cluster);
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return clusters;
}

// With two Trumps named, a bare "Trump" is the one named most recently before it (or the first one).
function nearestBefore(clusters: PersonCluster[], start: number): PersonCluster | undefined {
  if (clusters.length <= 1) return clusters[0];
  let best: PersonCluster | undefined;
  let bestStart = -1;
  for (const c of clusters) {
    const latest = latestStartBefore(c.mentions, start);
    if (latest > bestStart) {
      best = c;
      bestStart = latest;
    }
  }
  if (best !== undefined) return best;
  return clusters.reduce<PersonCluster | undefined>((acc, c) => (acc === undefined || c.firstStart < acc.firstStart ? c : acc), undefined);
}

// Mentions are in text order while clusters are built, so the latest one before `start` is a binary search away.
function latestStartBefore(spans: Span[], start: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = spans[middle]!.start;
    if (candidate <= start) {
      found = candidate;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function compatibleGivenNames(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

function nameWords(words: string[]): string[] {
  // A particle is one at the start of a sentence too: `Ten Hag` is `Erik ten Hag`.
  return words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !INITIAL.test(w) && !NAME_SUFFIXES.has(withoutFinalDot(w.toLowerCase())));
}

function surnameOf(words: string[]): string | undefined {
  const content = nameWords(words);
  // "Abu Musab al-Zarqawi … Zarqawi … al-Zarqawi": the Arabic article is no part of the surname.
  return content[content.length - 1]?.toLowerCase().replace(/^(?:al|el)-(?=\p{L}{2})/u, '');
}

function givenNameOf(words: string[]): string | undefined {
  const first = words[0];
  if (first === undefined || words.length < 2) return undefined;
  return withoutFinalDot(first.toLowerCase());
}

function clusterByKey(mentions: TypedMention[]): Cluster[] {
  const clusters = new Map<string, Cluster & { nameWords: number }>();
  for (const m of mentions) {
    const id = `${m.type}:${m.key}`;
    const existing = clusters.get(id);
    if (existing === undefined) {
      clusters.set(id, { type: m.type, name: m.name, mentions: [span(m)], nameWords: m.words.length });
      continue;
    }
    existing.mentions.push(span(m));
    if (m.words.length > existing.nameWords) {
      existing.name = m.name;
      existing.nameWords = m.words.length;
    }
  }
  return [...clusters.values()].map(({ type, name, mentions: spans }) => ({ type, name, mentions: spans }));
}

// Words that name a body on their own before "of" once the body has been named in full: "the Bank of England
// … the Bank". (A name without "of" goes by its last word: "the European Commission … the Commission",
// "Manchester United … United".)
const BODY_HEADS = new Set([
  'Commission', 'Council', 'Committee', 'Court', 'Ministry', 'Department', 'Agency', 'Authority', 'Bank', 'Parliament',
  'Assembly', 'Union', 'Fund', 'Board', 'Party', 'Tribunal', 'Senate',
]);

// Clubs go by the last word of their names too: "Manchester United … United", "Bristol Rovers … Rovers". (Not
// any last word: "Inter Milan beat Milan", "the Financial Times … The Times" are two.)
const CLUB_HEADS = new Set(['United', 'City', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Rangers', 'Hotspur', 'Villa']);

// "Kansas City Chiefs … the Chiefs", "Philadelphia Eagles … the Eagles": a plural last word is a team's
// nickname. (Not a newspaper's: "The Times", "Sky News".)
const NOT_NICKNAMES = new Set(['Times', 'News', 'Sports', 'Airways', 'Airlines', 'Industries', 'Holdings', 'Partners', 'Services', 'Systems', 'Communications']);
function isTeamNickname(word: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && !NOT_NICKNAMES.has(word);
}

/** The word a body's name goes by on its own: "Bank" of "Bank of England", "United" of "Manchester United". */
function headOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const of = words.indexOf('of');
  const head = of < 0 ? words[words.length - 1]! : words[of - 1];
  return head !== undefined && (BODY_HEADS.has(head) || (of < 0 && (CLUB_HEADS.has(head) || isTeamNickname(head)))) ? head : undefined;
}

// A one-word organisation ("Commission", "United") is the one organisation in the document named in full with
// that word at its head, when there is exactly one such and it is named first.
function withBodiesByHead(clusters: Cluster[]): Cluster[] {
  const fullNames = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const head = c.type === 'organization' ? headOf(c.name) : undefined;
    if (head !== undefined) fullNames.set(head, [...(fullNames.get(head) ?? []), c]);
  }
  const merged = new Set<Cluster>();
  for (const c of clusters) {
    // (A lone head the tagger called a named thing is the body too: "the Commission".)
    if ((c.type !== 'organization' && c.type !== 'other') || /\s/.test(c.name)) continue;
    const full = fullNames.get(c.name);
    // (A team's nickname may come first, in the headline: "Chiefs edge Bills … the Kansas City Chiefs".)
    if (full === undefined || full.length !== 1 || (full[0]!.mentions[0]!.start > c.mentions[0]!.start && !isTeamNickname(c.name))) continue;
    full[0]!.mentions.push(...c.mentions);
    full[0]!.mentions.sort((a, b) => a.start - b.start);
    merged.add(c);
  }
  return clusters.filter((c) => !merged.has(c));
}

function span(m: MentionCandidate): Span {
  return { start: m.start, end: m.end, text: m.text };
}

function uniqueSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]!.start);
}
