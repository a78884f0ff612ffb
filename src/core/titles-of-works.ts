// Titles of works and names of craft, which are named things ("other"), not the people, places and bodies the
// tagger reads into their words: "her first novel, “Salt and Ledger,”", "Miriam Stone’s “Orchard Law,”", "their
// first album, Paper Kingdoms (1983)", "the debut single, Cold Water Town,", "Salt Roads, a slow-burning drama",
// "the uncrewed lander, named Wayfarer", and laws and treaties. A title of several words becomes one mention; a title or a craft the
// text introduces so is a named thing in every mention ("Salt Roads was produced by…").
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';
import { BODY_HEAD_WORDS, KNOWN_ORGANIZATIONS } from './name-lexicons';

const WORK_WORD = String.raw`(?:song|single|album|EP|record|film|movie|documentary|book|novel|memoir|biography|episode|track|show|series|sitcom|play|poem|opera|musical|collection|anthology)`;
// A run of title-case words, with the short words titles keep in lower case: "Quiet Parts of the City".
const TITLE_RUN = String.raw`\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+(?:(?:of|the|and|from|a|an|in|on|to|for|at|with|by)[ \t]+)*\p{Lu}[\p{L}\p{M}’'-]*)*`;
const QUOTED_AFTER_WORK = new RegExp(String.raw`\b${WORK_WORD}[ \t]*,?[ \t]*["“‘](${TITLE_RUN})[,.]?["”’]`, 'gu');
// After a possessive, only a title set apart: "Miriam Stone’s “Orchard Law,” from…", not a name used as a word
// before a noun: "Mugabe's "Blue House" compound".
const QUOTED_AFTER_POSSESSIVE = new RegExp(String.raw`\p{L}['’]s?[ \t]+["“‘](${TITLE_RUN})(?:[,.]["”’]|["”’](?![ \t]+\p{Ll}))`, 'gu');
// "the Statute of Westminster", "the Act of Union", "the Peace of Westphalia": a law, a treaty or a charter named
// for a place or a subject is one named thing (the tagger reads the place, or the whole as a body).
// (Its name goes on through "of" alone: not past "and", "the Treaty of Rome and Maastricht"; nor "in" or "on",
// "the Treaty of Lisbon in Portugal", "the Treaty of Waitangi on Tuesday". And not a body named for a law, "the
// Bill of Rights Institute", nor a generic law of a body, "an Act of Congress".)
const NAME_RUN = String.raw`\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}\p{M}’'-]*)*`;
const LAW_OF = new RegExp(String.raw`\b[Tt]he[ \t]+((?:Treaty|Statute|Acts?|Charter|Declaration|Accords?|Peace|Edict|Bill)[ \t]+of[ \t]+(?:the[ \t]+)?${NAME_RUN})`, 'gu');
const AFTER_WORK_WORD = new RegExp(String.raw`\b${WORK_WORD},[ \t]+(${TITLE_RUN})(?=[ \t]*[,(])`, 'gu');
// A year in brackets is found first, and the title read back from it: a pattern opening at every capital of a
// long page would cost more than the rest of this module.
const YEAR_IN_BRACKETS = /[ \t]\((?:19|20)\d{2}\)/g;
const TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(${TITLE_RUN})$`, 'u');
const MAX_TITLE = 80;
// "Salt Roads, a slow-burning drama": the kind of work in apposition. (The word must end its phrase: not "a
// film director".)
const WORK_APPOSITION = new RegExp(String.raw`^,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:film|drama|documentary|novel|thriller|comedy|album|memoir|biopic|musical|sitcom)(?=[ \t]*[,.;]|[ \t]+(?:about|that|which|set|by|from|in|of|starring|directed|written)\b)`, 'u');
// "the Belém Forest Compact", "the General Data Protection Regulation", "the Online Safety Act": a law or a
// treaty is a named thing, whatever the tagger read in its words.
// (Not a body that enforces one: "the State Administration for Market Regulation".)
const LAW_OR_TREATY = /^(?:Act|Regulation|Directive|Treaty|Agreement|Accords?|Protocol|Compact|Conventions?|Declaration|Charter)$/;
// The same after "the", found whatever the tagger read, even nothing: "the General Data Protection Regulation".
const LAW_NAMED = /\b[Tt]he[ \t]+((?:\p{Lu}[\p{L}\p{M}’'-]*[ \t]+(?:(?:of|on|for|and)[ \t]+)?){1,6}(?:Act|Regulation|Directive|Treaty|Agreement|Accords?|Protocol|Compact|Conventions?|Declaration|Charter))(?![\p{L}\p{N}])/gu;
const CRAFT_NAMED = /\b(?:lander|rover|spacecraft|capsule|satellite|probe|rocket|telescope|ship|vessel|yacht|locomotive)[ \t]*,?[ \t]+(?:named|called|dubbed|christened)[ \t]+$/;

const TITLE_CASE_SMALL_WORDS = new Set(['To', 'A', 'An', 'In', 'On', 'At', 'By', 'With', 'From', 'As', 'Is', 'Are', 'Be', 'For', 'Of', 'And', 'The']);
// A capitalised word before a capitalised "The" on its line, not ending a sentence: a headline in title case.
function titleCaseBefore(text: string, at: number): boolean {
  return text[at] === 'T' && /(?:^|[ \t])\p{Lu}[\p{L}’'-]*[ \t]+$/u.test(text.slice(Math.max(0, at - 30), at));
}
// A title in quotation marks set straight after the word for the work, not after a verb of calling, and not
// closed with a comma or full stop inside the marks (as a quoted verdict is): 'the single "Now And Then".'
const CALLING_BEFORE = /\b(?:called|calls|calling|dubbed|labelled|labeled|described|branded|deemed)\s+(?:\S+\s+){0,2}$/;
function soleTitle(text: string, match: RegExpMatchArray): boolean {
  const whole = match[0];
  return !/[,.]["”’]$/.test(whole) && !/,[ \t]*["“‘]/.test(whole) && !CALLING_BEFORE.test(text.slice(Math.max(0, match.index! - 30), match.index));
}

function isLawName(name: string): boolean {
  const subject = name.replace(/^\p{Lu}\p{Ll}+[ \t]+of[ \t]+(?:the[ \t]+)?/u, '');
  const words = subject.split(/[ \t]+/);
  // (A body's word after the law's own subject makes a body, "Bill of Rights Institute"; alone it is the
  // subject, "the Act of Union".)
  const body = words.length > 1 && BODY_HEAD_WORDS.has(words[words.length - 1]!);
  return !body && !KNOWN_ORGANIZATIONS.has(subject.toLowerCase()) && subject !== 'Parliament';
}

/** `mentions` with the titles of works and the names of craft in `text` read as named things. */
export function withTitlesOfWorks(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  // [start, end, marked by a year alone, a title even where the tagger read no name in it]
  const titles: Array<[number, number, boolean, boolean]> = [];
  const add = (start: number, end: number, byYear: boolean, sure = false): void => {
    if (!titles.some(([s, e]) => s === start && e === end)) titles.push([start, end, byYear, sure]);
  };
  for (const pattern of [QUOTED_AFTER_WORK, QUOTED_AFTER_POSSESSIVE, AFTER_WORK_WORD, LAW_OF, LAW_NAMED]) {
    for (const match of text.matchAll(pattern)) {
      if (pattern === LAW_OF && !isLawName(match[1]!)) continue;
      // (Not a body that enforces a law: "the State Administration for Market Regulation"; nor words of a
      // headline in title case: "How The Pentagon Plans To Act On UFO Sightings".)
      if (pattern === LAW_NAMED && (match[1]!.split(/[ \t]+/).some((w) => BODY_HEAD_WORDS.has(w) || TITLE_CASE_SMALL_WORDS.has(w)) || titleCaseBefore(text, match.index))) continue;
      const start = match.index + match[0].indexOf(match[1]!);
      // A song's title in quotation marks after "the single", and a law, are titles whatever the tagger read (not
      // a verdict in quotation marks, where it read nothing: 'called the documentary "Fake News"', 'the movie
      // "Boring," but').
      add(start, start + match[1]!.length, false, pattern === LAW_NAMED || (pattern === QUOTED_AFTER_WORK && soleTitle(text, match)));
    }
  }
  for (const year of text.matchAll(YEAR_IN_BRACKETS)) {
    let end = year.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const from = Math.max(0, end - MAX_TITLE);
    const title = TITLE_BEFORE.exec(text.slice(from, end));
    // (Not a title cut short by the window, from the middle of a word.)
    if (title && !(end - title[1]!.length === from && from > 0 && /[\p{L}\p{M}]/u.test(text[from - 1]!))) add(end - title[1]!.length, end, true);
  }
  // A title is one named thing; a person named in full inside its span is an author's byline, not a title
  // ("Stone’s “Orchard Law”" is found from the quotation marks, never from "Miriam Stone’s").
  let out = mentions;
  for (const [start, end, byYear, sure] of titles) {
    const inside = out.filter((m) => m.start < end && m.end > start);
    if ((inside.length === 0 && !sure) || inside.some((m) => m.start < start || m.end > end)) continue;
    // Only a year in brackets marks it: "Chinua Achebe (1930)" cites a person named in full.
    if (byYear && inside.some((m) => m.type === 'person' && m.words.length > 1 && m.start === start && m.end === end)) continue;
    out = [...out.filter((m) => !inside.includes(m)), { ...mentionAt(text, start, end, 'other'), evidence: 'structure' }];
  }
  const named = new Set<string>();
  for (const m of out) {
    if (m.country) continue;
    if (WORK_APPOSITION.test(text.slice(m.end, m.end + 60)) || CRAFT_NAMED.test(text.slice(Math.max(0, m.start - 40), m.start))) named.add(m.text);
    if (m.words.length >= 2 && LAW_OR_TREATY.test(m.words[m.words.length - 1]!) && !m.words.some((w) => BODY_HEAD_WORDS.has(w))) named.add(m.text);
  }
  return named.size === 0 ? out : out.map((m) => (named.has(m.text) && m.type !== 'other' ? { ...m, type: 'other' } : m));
}
