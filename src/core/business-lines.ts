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
import { isDemonym, lexiconKind } from './name-lookup';
import { lookupPlace, placeKey } from './gazetteer';
import { SpanIndex } from './span-index';

const NAME = String.raw`\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,3}`;
// ("shares", "share prices": not "vote share", "market share", "per-share data", nor "crude stocks".)
const SHARES = /(?<!-)\b(?:shares|share prices|stock prices|equities|bourse|stock exchange)\b/i;
const PRICE_ITEM = new RegExp(String.raw`(${NAME})[ \t]+\d[\d,]*\.\d+[ \t]*\([ \t]*\d[\d,]*\.\d+[ \t]*\)`, 'gu');
// The titles of a company's officers, not a country's ("President", "Minister"): those follow a place.
const OFFICER = String.raw`(?:Chief[ \t]+(?:Executive|Financial|Operating|Technology|Investment)(?:[ \t]+Officer)?|Chairman|Chairwoman|Managing[ \t]+Director|CEO|CFO)`;
// The small words inside a person's name: "Ben van Beurden", "Annelies de Vries".
const PARTICLE = String.raw`(?:de|van|von|der|da|di|del|bin|al)`;
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
// (Not the end of a longer capitalised name: "Senate Foreign Relations Committee Chairman Bob Corker".)
const COMPANY_OFFICER_PERSON = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}&'’.-]*[ \t]+)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}&'’-]+(?:[ \t]+\p{Lu}[\p{L}&'’-]+){0,2})[ \t]+${OFFICER}[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:${PARTICLE}[ \t]+)?\p{Lu}[\p{L}'’-]+){1,2})`,
  'gu',
);
// Words that open a title rather than name a company: "Vice Chairman", "Former Chief Executive", "Group CEO".
const TITLE_OPENERS = new Set(['Vice', 'Deputy', 'Former', 'Acting', 'Interim', 'Executive', 'Senior', 'Assistant', 'Associate', 'Group', 'Joint', 'Co', 'The', 'Its', 'Our', 'New', 'Outgoing', 'Incoming']);

const CURRENCIES = new Set(['Dollar', 'Franc', 'Euro', 'Yen', 'Pound', 'Sterling', 'Mark', 'Rupee', 'Peso', 'Rand', 'Krona', 'Krone', 'Lira', 'Real', 'Yuan', 'Renminbi', 'Won', 'Rouble', 'Ruble', 'Shekel', 'Dinar', 'Riyal', 'Dirham', 'Ringgit', 'Baht', 'Zloty', 'Forint', 'Koruna']);
const HONORIFICS = new Set(['Sir', 'Dame', 'Lord', 'Lady', 'Prince', 'Princess', 'Sheikh', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Ms']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
// Words that open a sentence before a title ("Yesterday Chief Executive John Smith said"), besides "-ed" and "-ly"
// words ("Ousted CEO Sam Altman").
const ADVERBS = new Set(['Yesterday', 'Today', 'Tomorrow', 'Tonight', 'Earlier', 'Later', 'Now', 'Then', 'Meanwhile', 'Separately', 'Also', 'Still', 'Since', 'Until', 'While', 'Both']);
// A word of ordinary prose: a common word, a day or an adverb ("Says", "Tuesday", "Yesterday", "After").
function isWordOfProse(word: string): boolean {
  return WEEKDAYS.has(word) || ADVERBS.has(word) || /^\p{Lu}\p{Ll}+(?:ed|ly)$/u.test(word) || lexiconKind(word.toLowerCase()) === 'common';
}
// A name that could be a company's: no word of it ordinary prose, not a person's given name and surname, a people
// or a city, a region or a country the gazetteer knows (but a small town's name, as mining houses have: "Driefontein").
// (A price list of shares may name a company by its founder and a word, "Mokoena Deep 8.85 (7.90)", but not by
// words alone, "Operating Profit".)
function isCompanyLike(name: string, inPriceList = false): boolean {
  const words = name.split(/[ \t]+/);
  if (inPriceList ? words.every((w) => isWordOfProse(w)) : words.some((w) => isWordOfProse(w)) || (words.length > 1 && lexiconKind(words[0]!.toLowerCase()) === 'first-name')) return false;
  return lookupPlace(placeKey(name))?.kind === undefined && !isDemonym(name.toLowerCase());
}

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
        // (Not a word of the report, "Spot 380.50 (381.20)", "Turnover 1,234.5 (1,100.2)"; not a place, "Tokyo 17,500.20
        // (17,450.10)"; not a currency, "Swiss Franc 0.9120 (0.9100)".)
        if (!isCompanyLike(name, true) || name.split(/[ \t]+/).some((w) => CURRENCIES.has(w))) continue;
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
    const words = company.split(/[ \t]+/);
    // (Not a title's own words, "Fed Vice Chairman"; nor a word that opens a sentence, "Yesterday", "After"; nor a
    // possessive, a hyphened word or a nationality: "Apple's", "Ex-Google", "British"; nor the tail of a longer
    // name through "of" or "and": "Bank of America", "Ways and Means Committee".)
    if (words.some((w) => TITLE_OPENERS.has(w) || /['’]s$/.test(w)) || company.includes('-') || !isCompanyLike(company)) continue;
    if (/(?:\b(?:of|and|for|the)|&)[ \t]+$/.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    const start = match.index;
    // The person: honorifics left out, and no word after the name that a headline or a date adds ("Says", "Tuesday").
    const personWords = person.split(/[ \t]+/);
    while (personWords.length > 2 && isWordOfProse(personWords[personWords.length - 1]!)) personWords.pop();
    if (personWords.length > 0 && HONORIFICS.has(personWords[0]!)) personWords.shift();
    if (personWords.length < 2 || personWords.some((w) => isWordOfProse(w) && !PARTICLE_WORD.test(w))) continue;
    const personText = personWords.join(' ');
    const personStart = text.indexOf(personText, start + company.length);
    if (personStart < 0) continue;
    // (Not a name the tagger read as a place or a named thing of another kind, exactly there: "Ireland Chief
    // Executive…" in a sports body's report, "French Chief Executive…" in a headline.)
    const read = mentions.find((m) => m.start === start && m.end === start + company.length);
    if (read !== undefined && (read.type === 'place' || read.type === 'other' || read.country)) continue;
    found.push(mentionAt(text, start, start + company.length, 'organization'), { ...mentionAt(text, personStart, personStart + personText.length, 'person'), country: false });
  }
  return found;
}
