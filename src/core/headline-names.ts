// Names in a headline, where capitals mark nothing. In capitals ("TENNIS - SELES BEATS HUBER IN FINAL",
// "BANK OF ENGLAND HOLDS RATES") the tagger passes over most of them; in title case ("Salt Roads Wins Palme
// d’Or in Cannes", "Lithium Miner Corella Resources to Mothball Goldfields Mine") it reads its verbs and nouns
// into names ("Study Finds", "Opposition Vote Splinters"). A word or words the story below names in its own
// case are that name in the headline too, of the same kind: a person's surname, a club, a place, a company.
import type { MentionCandidate } from './entity-recogniser';
import type { EntityType } from './types';
import { mentionAt } from './name-edges';
import { isListedPlace, lexiconKind } from './name-lookup';
import { placeKey } from './gazetteer';
import { SpanIndex } from './span-index';
import { isDateline } from './datelines';
import { isSportsReport } from './sports-teams';

const CAPITALS_LINE = /^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$/gmu;
// A headline is short; a page written all in capitals is not one.
const MAX_HEADLINE = 200;
// Surnames that are words too ("John Major": "MAJOR LEAGUE RESULTS") are not looked for.
const NAME_KINDS = new Set([undefined, 'first-name', 'last-name', 'person']);
// Words of four letters or more: in title case each starts with a capital ("to", "in", "by", "of" need not).
const LONG_WORD = /\p{L}(?:[\p{L}\p{M}]|['’](?=\p{L})){3,}/gu;

type Headline = { from: number; to: number; titleCase: boolean };

/** `mentions` with the names the story below gives found again in its headlines. */
export function withHeadlineNames(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const headlines: Headline[] = [...text.matchAll(CAPITALS_LINE)].filter((line) => line[0].length <= MAX_HEADLINE).map((line) => ({ from: line.index, to: line.index + line[0].length, titleCase: false }));
  const titled = titleCaseHeadline(text);
  if (titled !== undefined) headlines.push(titled);
  if (headlines.length === 0) return mentions;
  // Each mention's headline, looked up once: a long page has hundreds of lines in capitals (tables, bylines).
  const lines = new SpanIndex(headlines.map((headline) => ({ start: headline.from, end: headline.to, headline })));
  const headlineOf = new Map<MentionCandidate, Headline>();
  // (A dateline in capitals is no headline, nor does it say what its name is elsewhere: "NEW YORK 1996-12-06"
  // stays the town above "NEW YORK 102 Boston 98", and the club stays the club.)
  const datelines = new Set<MentionCandidate>();
  for (const m of mentions) {
    const line = lines.containing(m.start);
    if (line === undefined || m.end > line.end) continue;
    if (isDateline(text, m)) datelines.add(m);
    else headlineOf.set(m, line.headline);
  }
  // What the story calls each name, by its capitals in a headline in capitals: "SELES" → person (the surname
  // of Monica Seles); as written, for one in title case.
  const known = new Map<string, EntityType>();
  const sports = isSportsReport(text);
  const times = new Map<string, number>();
  // Every surname of a person named in full, for a title-case headline's tagger to keep ("Starmer Faces …").
  const surnames = new Set<string>();
  const count = (name: string, type: EntityType): void => {
    known.set(name, type);
    times.set(name, (times.get(name) ?? 0) + 1);
  };
  for (const m of mentions) {
    if (m.type === null || headlineOf.has(m) || datelines.has(m)) continue;
    count(m.text, m.type);
    const surname = m.words[m.words.length - 1]!;
    if (m.type === 'person' && m.words.length > 1) surnames.add(surname);
    if (m.type === 'person' && m.words.length > 1 && NAME_KINDS.has(lexiconKind(surname.toLowerCase()))) count(surname, 'person');
    // "the Green Bay Packers" under "PACKERS BEAT BEARS": a club's nickname alone, in a sports report (a plural the
    // lexicon does not know as a word: not "Bears").
    if (m.type === 'organization' && m.words.length > 1 && sports && /^\p{Lu}\p{Ll}+s$/u.test(surname) && !lexiconKind(surname.toLowerCase())) count(surname, 'organization');
  }
  // A surname is looked for only where the story gives it again ("Monica Seles … Seles said"): not "FOX HUNTING
  // LAWS" over a story quoting Liam Fox once. Other names, unless a word ("UNITE" for the union Unite).
  for (const [name, type] of known) {
    if (type === 'person' ? (times.get(name) ?? 0) < 2 && !name.includes(' ') : lexiconKind(name.toLowerCase()) === 'common') known.delete(name);
  }
  // The story's names as the headline writes them, only those the headline contains, longer names first (so
  // "Corella Resources" is found before a "Corella" inside it).
  const namesIn = new Map<Headline, Array<[string, EntityType]>>();
  for (const headline of headlines) {
    const line = text.slice(headline.from, headline.to);
    const names: Array<[string, EntityType]> = [];
    for (const [name, type] of known) {
      if (!headline.titleCase && type === 'other') continue;
      const written = headline.titleCase ? name : name.toUpperCase();
      if (line.includes(written)) names.push([written, type]);
    }
    namesIn.set(headline, names.sort((a, b) => b[0].length - a[0].length));
  }

  // In title case the story's names stand and what else the tagger read is dropped, but for a listed place
  // ("… in Cannes"). In capitals a name of the story replaces a shorter one inside it ("ENGLAND" in "BANK OF
  // ENGLAND"), and the rest stands: a results table's headline names clubs the story may not.
  const kept = mentions.filter((m) => {
    const headline = headlineOf.get(m);
    if (headline === undefined) return true;
    if (headline.titleCase) return known.has(m.text) || (m.type === 'person' && surnames.has(m.text)) || (m.type === 'place' && isListedPlace(placeKey(m.text)));
    const names = namesIn.get(headline)!;
    // (And a name the tagger ran on over verbs in capitals, "KOMEN OUTSPRINTS GEBRSELASSIE", "ARAFAT CLINCH
    // HEBRON", gives way to the story's names inside it, where it is no name of the story itself.)
    if (m.words.length > 1 && !names.some(([name]) => name === m.text) && names.some(([name]) => name.length < m.text.length && within(text, m, name))) return false;
    return !names.some(([name]) => name.length > m.text.length && covers(text, headline, name, m));
  });
  const keptIndex = new SpanIndex(kept);
  const added: MentionCandidate[] = [];
  for (const headline of headlines) {
    const line = text.slice(headline.from, headline.to);
    const addedHere: MentionCandidate[] = [];
    for (const [name, type] of namesIn.get(headline)!) {
      for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + name.length)) {
        const start = headline.from + at;
        const end = start + name.length;
        if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        if (keptIndex.overlaps(start, end) || addedHere.some((m) => m.start < end && start < m.end)) continue;
        addedHere.push(mentionAt(text, start, end, type));
      }
    }
    added.push(...addedHere);
  }
  // A name the tagger read in the headline is of the story's kind: "HUBER" over "Anke Huber … Huber said", read
  // as a body in the capitals. (A person only by the surname of one the story names in full, and not a company
  // the lexicon knows: "FORD TO CUT JOBS" over "Chairman Bill Ford", "SOCCER - CHELSEA SIGN PALMER" over a story
  // that misreads Chelsea.)
  const storyType = (written: string, names: Array<[string, EntityType]>): EntityType | undefined => {
    const type = names.find(([name]) => name === written)?.[1];
    if (type !== 'person') return type;
    const word = written.charAt(0) + written.slice(1).toLowerCase();
    return surnames.has(word) && lexiconKind(written.toLowerCase()) !== 'organization' ? type : undefined;
  };
  const typed = kept.map((m) => {
    const headline = headlineOf.get(m);
    const type = headline === undefined ? undefined : headline.titleCase ? known.get(m.text) : storyType(m.text, namesIn.get(headline)!);
    return type !== undefined && type !== m.type ? { ...m, type } : m;
  });
  return [...typed, ...added];
}

// The text's first line when it is a headline in title case: short, no full stop at its end, and every long
// word but one capitalised ("Salt Roads Wins Palme d’Or in Cannes"). Only the first line, as a byline or a
// list of names further down looks the same and names people the story may not name again.
function titleCaseHeadline(text: string): Headline | undefined {
  const to = text.indexOf('\n');
  if (to < 0 || to > MAX_HEADLINE) return undefined;
  const line = text.slice(0, to);
  if (/\.["”’]?\s*$/.test(line) || !/\p{Ll}/u.test(line)) return undefined;
  const long = line.match(LONG_WORD) ?? [];
  const lower = long.filter((w) => !/^\p{Lu}/u.test(w)).length;
  return long.length - lower >= 3 && lower <= 1 && lower * 5 <= long.length ? { from: 0, to, titleCase: true } : undefined;
}

// True when `name` is written in the headline over the whole of mention `m`, as words of its own. (Looked for
// only within the headline: a search of the whole text would make a long page's headlines cost its length each.)
// True when `name` stands as words of its own inside `m`.
function within(text: string, m: MentionCandidate, name: string): boolean {
  for (let at = m.text.indexOf(name); at >= 0; at = m.text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(m.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(m.text[at + name.length] ?? '')) return true;
  }
  return false;
}

function covers(text: string, headline: Headline, name: string, m: MentionCandidate): boolean {
  const line = text.slice(headline.from, headline.to);
  for (let at = line.indexOf(name, Math.max(0, m.end - name.length - headline.from)); at >= 0 && headline.from + at <= m.start; at = line.indexOf(name, at + 1)) {
    const start = headline.from + at;
    const end = start + name.length;
    if (end >= m.end && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) return true;
  }
  return false;
}
