// Names the tagger reads in pieces, made whole by what follows them: an agreement or a charter ("the Paris
// Agreement", "the Canadian Charter of Rights and Freedoms"), a body's name that goes on through "for" ("the
// Court of Appeal for Saskatchewan"), a broadcaster's channel and its number ("BBC Radio 4"), a road and its number
// ("Interstate 80"), a festival ("the Berlin International Film Festival"). Read after the tagger (entities.ts
// taggerLeads); pure.
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';

// "the Paris Agreement", "the Kyoto Protocol" (read as the place alone), "the Canadian Charter of Rights and
// Freedoms" (read as a body and a place): an agreement or a charter is a named thing, whole. And "Channel 4",
// "BBC Radio 4" (missed, or read without the number): a broadcaster's channel goes by its number.
// (Not a body's name that goes on: "North Atlantic Treaty Organization".)
const AGREEMENT_AFTER = /^ (?:Agreement|Accords?|Treaty|Protocol|Conventions?|Charter)\b(?![ \t]+\p{Lu})/u;
const BODY_BEFORE_FOR = new Set(['Court', 'Appeal', 'Appeals', 'Commissioner', 'Commission', 'Centre', 'Center', 'Institute', 'Council', 'Committee', 'Campaign', 'Foundation', 'Office', 'Agency', 'Fund', 'Society', 'Association', 'Alliance', 'Coalition', 'Trust', 'Endowment', 'Organization', 'Organisation', 'Federation', 'Partnership']);
// (Not a day or a month after the name: "the National Endowment for the Arts Monday announced".)
const DAYS_AND_MONTHS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
const NOT_NAME_WORD = String.raw`(?!(?:${DAYS_AND_MONTHS})\b)`;
const DAY_OR_MONTH_END = new RegExp(String.raw`\s(?:${DAYS_AND_MONTHS})$`);
const FOR_THE_WORDS = new RegExp(String.raw`^ for the ${NOT_NAME_WORD}\p{Lu}\p{Ll}+(?: (?:of |and )?${NOT_NAME_WORD}\p{Lu}\p{Ll}+){0,2}(?![\p{L}\p{N}'’-]| ${NOT_NAME_WORD}\p{Lu})`, 'u');
// (Not "Convention": "the Convention of Scottish Local Authorities" is a body.)
const CHARTER_HEADS = new Set(['Charter', 'Treaty', 'Declaration', 'Constitution', 'Bill']);
// (Not "the English Channel 3 times", "crossed the Channel 4 miles off Dover".)
const STATION = /(?<!\b(?:[Tt]he|English)\s)\b(?:(?:BBC|RTÉ|RTE)\s+)?(?:Radio|Channel)\s+\d{1,2}(?:\s+(?:Live|Extra))?(?![\p{L}\p{N}])(?!\s+(?:times|miles|km|kilometres|kilometers|metres|meters|feet|hours|days|years|nautical)\b)/gu;
// "Interstate 80", "Highway 30", "State Route 99": a road named by its number is a place, whole (the tagger reads
// "Highway" alone, or nothing). (Not "Route 1" of a bus: a road's word capitalised and a number after it only.)
const ROAD = /(?<![\p{L}\p{N}])(?<!Bus[ \t])(?:(?:U\.S\.|US|State|County)[ \t]+)?(?:Interstate|Highway|Route)[ \t]+\d{1,3}(?![\p{L}\p{N}])(?![ \t]*(?:bus|buses|service)\b)/gu;
// "House Speaker Mike Johnson", "Senate Majority Leader John Thune": the chamber before its officers and
// committees is a body, even at a sentence's start. (Not "the White House", "Opera House Speaker".)
const CHAMBER = /(?<![\p{L}\p{N}][ \t])\b(?:House|Senate)(?=[ \t]+(?:Speaker|Majority|Minority|Judiciary|Intelligence|Appropriations|Republicans|Democrats|GOP)\b)/gu;
/** True when `name` is a road by its number, whole ("Interstate 80"). */
export function isRoadByNumber(name: string): boolean {
  ROAD.lastIndex = 0;
  const road = ROAD.exec(name);
  return road !== null && road.index === 0 && road[0].length === name.length;
}
/** `mentions` with agreements, charters, bodies through "for", channels and roads read whole, and chambers found. */
export function withTreatiesAndStations(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let m = sorted[i]!;
    const agreement = AGREEMENT_AFTER.exec(text.slice(m.end, m.end + 14));
    if (agreement !== null && m.type !== 'person') {
      const end = m.end + agreement[0].length;
      while (sorted[i + 1] !== undefined && sorted[i + 1]!.start < end) i++;
      m = { ...mentionAt(text, m.start, end, 'other'), wordBefore: m.wordBefore };
    }
    // "Court of Appeal for Saskatchewan", "Office for National Statistics" (read in two): a body's name goes on
    // through "for" to the name after it.
    const after = sorted[i + 1];
    // (Through "for the" to a name read as a body too, "Court of Appeals for the Federal Circuit"; not a body
    // named apart, "a grant from the Foundation for Apple".)
    const through = after === undefined ? '' : text.slice(m.end, after.start);
    if (m.type === 'organization' && after !== undefined && BODY_BEFORE_FOR.has(m.words[m.words.length - 1]!) && /^ for (?:the )?$/.test(through) && after.type !== 'person' && !DAY_OR_MONTH_END.test(after.text) && (after.type !== 'organization' || (through === ' for the ' && after.words.length <= 3 && !after.acronym))) {
      i++;
      m = mentionAt(text, m.start, after.end, 'organization');
    } else if (m.type === 'organization' && BODY_BEFORE_FOR.has(m.words[m.words.length - 1]!)) {
      // (And to capitalised words no mention covers: "the National Endowment for the Arts".)
      const words = FOR_THE_WORDS.exec(text.slice(m.end, m.end + 60))?.[0];
      if (words !== undefined && (after === undefined || after.start >= m.end + words.length)) m = mentionAt(text, m.start, m.end + words.length, 'organization');
    }
    // "Charter of Rights and Freedoms": the head of a charter before "of", and what "and" adds after it.
    const of = m.words.indexOf('of');
    if (of > 0 && CHARTER_HEADS.has(m.words[of - 1]!)) {
      const next = sorted[i + 1];
      // (Only a plural that pairs with the one before: "Rights and Freedoms", not "Treaty of Rome and Maastricht".)
      if (next !== undefined && text.slice(m.end, next.start) === ' and ' && next.words.length === 1 && /s$/.test(next.text) && /s$/.test(m.words[m.words.length - 1]!)) {
        i++;
        m = { ...mentionAt(text, m.start, next.end, 'other'), wordBefore: m.wordBefore };
      } else m = { ...m, type: 'other' };
    }
    out.push(m);
  }
  const byTheirWords = [
    ...[...text.matchAll(STATION)].map((s) => mentionAt(text, s.index, s.index + s[0].length, 'organization')),
    // (A road inside a longer name stays the name's: "the Pacific Coast Highway 1", "Highway 61 Revisited".)
    ...[...text.matchAll(ROAD)].filter((s) => !out.some((m) => m.start <= s.index && m.end >= s.index + s[0].length && m.end - m.start > s[0].length)).map((s) => mentionAt(text, s.index, s.index + s[0].length, 'place')),
    ...[...text.matchAll(CHAMBER)].filter((s) => !out.some((m) => m.start < s.index + s[0].length && s.index < m.end)).map((s) => mentionAt(text, s.index, s.index + s[0].length, 'organization')),
  ];
  if (byTheirWords.length === 0) return out;
  return [...out.filter((m) => !byTheirWords.some((s) => m.start < s.end && s.start < m.end)), ...byTheirWords].sort((a, b) => a.start - b.start);
}

// "the Berlin International Film Festival", "the Glastonbury Festival": a festival's name, which the rules find
// whole and the tagger misses or reads as the town alone, is a named thing, whole (not where the tagger read a
// longer name around it: "the Edinburgh Festival Fringe Society").
const FESTIVAL_END = /[ \t](?:Festival|Biennale|Carnival)$/;
/** `found` with the festivals the rules found whole in place of what the tagger read inside them. */
export function withFestivals(text: string, rules: readonly MentionCandidate[], found: MentionCandidate[]): MentionCandidate[] {
  const festivals = rules.filter((r) => r.type !== 'organization' && r.words.length >= 2 && FESTIVAL_END.test(r.text) && !found.some((m) => m.start < r.end && r.start < m.end && (m.start < r.start || m.end > r.end)));
  if (festivals.length === 0) return found;
  // (And the name's first half before "&", read apart: "the New Orleans Jazz & Heritage Festival".)
  for (const [i, f] of festivals.entries()) {
    const half = found.find((m) => m.end <= f.start && m.type !== 'person' && /^[ \t]*&?[ \t]*$/.test(text.slice(m.end, f.start)) && /&[ \t]*$/.test(text.slice(m.start, f.start)));
    if (half !== undefined) festivals[i] = { ...f, start: half.start };
  }
  const inside = (m: MentionCandidate): boolean => festivals.some((f) => m.start >= f.start && m.end <= f.end);
  return [...found.filter((m) => !inside(m)), ...festivals.map((f) => ({ ...mentionAt(text, f.start, f.end, 'other'), evidence: f.evidence }))].sort((a, b) => a.start - b.start);
}
