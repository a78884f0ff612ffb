// Where a wire story was filed from: "JERUSALEM 1996-08-27", "AL-AIN , United Arab Emirates 1996-12-06",
// "WASHINGTON (Reuters) -", "LONDON — The…". The capitals opening a line before a date, a news agency or a dash
// and a sentence name a place, whatever the tagger made of them.
import type { MentionCandidate } from './entity-recogniser';
import { isListedPlace, lexiconKind } from './name-lookup';
import { placeKey } from './gazetteer';
import { mentionAt } from './name-edges';

// The news agencies a dateline names in brackets.
const AGENCIES = String.raw`(?:Reuters|AP|AFP|UPI|Bloomberg|dpa|IANS|PTI|CNN)`;
const DATELINE_AFTER = new RegExp(
  String.raw`^[ \t]*(?:,[^\n,]{1,40}?,?)?[ \t]*(?:\d{4}-\d{2}-\d{2}[ \t]*$|(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}[ \t]*)?\(${AGENCIES}\))`,
  'mu',
);
// "MOGADISHU — The militants…": a dash and a sentence make a dateline only after a place the gazetteer lists
// (not a byline, "JOHN SMITH — Staff writer", nor a speaker, "FIFA — The governing body said").
const DASH_AND_SENTENCE = /^[ \t]*[—–-]{1,2}[ \t]+(?:The|A|An|[\p{Lu}][\p{Ll}]+)[ \t]+\p{Ll}/u;
// "ADELAIDE, Australia — Travis Head has…": or before a region the gazetteer lists (not a ground, "HAMILTON, New
// Douglas Park — The visitors…", where a club's town may be the club).
const REGION_DASH_AND_SENTENCE = /^,[ \t]*(\p{Lu}[^\n,—–]{1,40}?)[ \t]*[—–-]{1,2}[ \t]+\p{Lu}/u;

/** True when `m`, in capitals at the start of a line, is a dateline's place. */
export function isDateline(text: string, m: MentionCandidate): boolean {
  if (/\p{Ll}/u.test(m.text) || !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const after = text.slice(m.end, m.end + 60);
  if (DATELINE_AFTER.test(after)) return true;
  const region = REGION_DASH_AND_SENTENCE.exec(after)?.[1];
  // (A town the gazetteer does not list is the dateline's too, before a region it does: "INDIAN WELLS, California —";
  // not a speaker's or a byline's capitals, "FIFA, Zurich — The body said", "JOHN SMITH, Texas — Senior reporter".)
  if (region !== undefined && isListedPlace(placeKey(region)) && (isListedPlace(placeKey(m.text)) || (m.type !== 'person' && !m.acronym && m.words.length > 1 && lexiconKind(m.text.toLowerCase()) !== 'organization'))) return true;
  return DASH_AND_SENTENCE.test(after) && isListedPlace(placeKey(m.text));
}

// "CHENNAI, India (AP) —", "WASHINGTON (Reuters) -": the agency in a dateline's brackets, which the tagger may
// pass over ("AP" is two capitals and many things besides).
const AGENCY_IN_BRACKETS = new RegExp(String.raw`\(${AGENCIES}\)`);
const AGENCY_IN_DATELINE = new RegExp(String.raw`^[ \t]*\p{Lu}[^\n()]{0,60}\((${AGENCIES})\)[ \t]*[—–-]`, 'gmu');

/** The news agencies named in datelines that no mention in `found` covers yet. */
export function datelineAgencies(text: string, found: MentionCandidate[]): MentionCandidate[] {
  const agencies: MentionCandidate[] = [];
  // (Most texts name no agency in brackets: one quick scan spares the line-by-line pattern.)
  if (!AGENCY_IN_BRACKETS.test(text)) return agencies;
  for (const line of text.matchAll(AGENCY_IN_DATELINE)) {
    const start = line.index + line[0].indexOf(`(${line[1]})`) + 1;
    const end = start + line[1]!.length;
    if (!found.some((m) => m.start < end && start < m.end)) agencies.push(mentionAt(text, start, end, 'organization'));
  }
  return agencies;
}
