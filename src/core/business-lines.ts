// Companies named by the shape of a business report's lines, whatever the tagger made of them. Read after the
// tagger (entities.ts taggerLeads); pure.
//
// - A list of share prices, "Anglo American 245.00 (246.50) Driefontein 56.25 (57.50) Kloof 39.00 (39.75)": each
//   name before a price and the previous close in brackets is a company (the tagger reads mining houses as the
//   places they are named after).
// - A company's officer with a title in capitals between them, "Sakura Chief Executive Kenji Morimoto said":
//   the company before the title and the person after it (read by the tagger as one name, or as "Sakura Chief").
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';
import { lexiconKind } from './name-lookup';
import { SpanIndex } from './span-index';

const NAME = String.raw`\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,3}`;
const SHARES = /\b(?:shares?|stocks?|equities|bourse|stock exchange)\b/i;
const PRICE_ITEM = new RegExp(String.raw`(${NAME})[ \t]+\d[\d,]*\.\d+[ \t]*\([ \t]*\d[\d,]*\.\d+[ \t]*\)`, 'gu');
// The titles of a company's officers, not a country's ("President", "Minister"): those follow a place.
const OFFICER = String.raw`(?:Chief[ \t]+(?:Executive|Financial|Operating|Technology|Investment)(?:[ \t]+Officer)?|Chairman|Chairwoman|Managing[ \t]+Director|CEO|CFO)`;
const COMPANY_OFFICER_PERSON = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}&'’.-]*[ \t]+)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}&'’-]+(?:[ \t]+\p{Lu}[\p{L}&'’-]+){0,2})[ \t]+${OFFICER}[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|van|von|der|da|di|del|bin|al)[ \t]+)?\p{Lu}[\p{L}'’-]+){1,2})`,
  'gu',
);
// (Not the end of a longer capitalised name: "Senate Foreign Relations Committee Chairman Bob Corker".)
// Words that open a title rather than name a company: "Vice Chairman", "Former Chief Executive", "Group CEO".
const TITLE_OPENERS = new Set(['Vice', 'Deputy', 'Former', 'Acting', 'Interim', 'Executive', 'Senior', 'Assistant', 'Associate', 'Group', 'Joint', 'Co', 'The', 'Its', 'Our', 'New', 'Outgoing', 'Incoming']);

/** `mentions` with the companies of price lists and the companies and people around an officer's title. */
export function withBusinessLines(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  if (/\d\.\d+[ \t]*\([ \t]*\d/.test(text)) found.push(...priceListCompanies(text));
  if (/\b(?:Chief|Chairman|Chairwoman|Managing|CEO|CFO)\b/.test(text)) found.push(...officersOfCompanies(text, mentions));
  if (found.length === 0) return mentions;
  const replaced = new SpanIndex(found);
  return [...mentions.filter((m) => !replaced.overlaps(m.start, m.end)), ...found].sort((a, b) => a.start - b.start);
}

// Each line that lists two prices or more, with their previous closes in brackets, or runs of two lines or more
// that each give one ("Kloof 39.00 (39.75)" a line).
function priceListCompanies(text: string): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  const lines = text.split('\n');
  const items = lines.map((line) => [...line.matchAll(PRICE_ITEM)]);
  const alone = items.map((list, i) => list.length === 1 && list[0]![0].length === lines[i]!.trim().length);
  // Only where the report says these are shares: not currencies, commodities or indices ("Mark 1.5120 (1.5090)",
  // "Brent 21.30 (21.10)", "DAX 2,540.10 (2,533.80)"). The line, or the two before the list, say so.
  const ofShares = (i: number): boolean => {
    let first = i;
    while (first > 0 && alone[first - 1]) first--;
    return SHARES.test([lines[first - 2], lines[first - 1], alone[i] ? '' : lines[i]].join(' '));
  };
  let lineStart = 0;
  lines.forEach((line, i) => {
    if ((items[i]!.length >= 2 || (alone[i] && (alone[i - 1] || alone[i + 1]))) && ofShares(i)) {
      for (const item of items[i]!) {
        const name = item[1]!;
        // (Not a word of the report: "Spot 380.50 (381.20)", "Gold 380.50 (381.20)".)
        if (!name.includes(' ') && lexiconKind(name.toLowerCase()) === 'common') continue;
        const start = lineStart + item.index;
        found.push(mentionAt(text, start, start + name.length, 'organization'));
      }
    }
    lineStart += line.length + 1;
  });
  return found;
}

// The company before an officer's title, where nothing says it is a place or a people, and the person after it.
function officersOfCompanies(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  for (const match of text.matchAll(COMPANY_OFFICER_PERSON)) {
    const company = match[1]!;
    const person = match[2]!;
    if (TITLE_OPENERS.has(company.split(/[ \t]+/)[0]!)) continue;
    const start = match.index;
    const personStart = start + match[0].length - person.length;
    // (Not a name the tagger read as a place or a named thing of another kind, exactly there: "Ireland Chief
    // Executive…" in a sports body's report, "French Chief Executive…" in a headline.)
    const read = mentions.find((m) => m.start === start && m.end === start + company.length);
    if (read !== undefined && (read.type === 'place' || read.type === 'other' || read.country)) continue;
    found.push(mentionAt(text, start, start + company.length, 'organization'), { ...mentionAt(text, personStart, personStart + person.length, 'person'), country: false });
  }
  return found;
}
