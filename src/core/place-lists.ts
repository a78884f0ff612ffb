// Places listed together: "Delhi, Gurugram, Faridabad, Ghaziabad and Gautam Buddh Nagar", "routes serving
// Githurai, Kangemi, Rongai and Embakasi", "between Pathankot and Jammu". The tagger reads a town it has never
// seen as a person's name; listed with places, in one run of commas and "and", it is a place too.
import type { MentionCandidate } from './entity-recogniser';
import { lexiconKind } from './name-lookup';

// What joins two items of a list, and the prepositions that make a pair of names a pair of places.
const LIST_JOIN = /^(?:,[ \t]|,?[ \t]and[ \t]|[ \t]and[ \t]|,[ \t]and[ \t])$/;
const PAIR_BEFORE = /\b(?:in|at|between|from|near|across)[ \t]+$/;
// A word before a name that says it is a person's: "Mr", "said", a role.
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|said|says|told|by|with|President|Minister|Senator|Governor|Judge|Justice|Chief|Coach)\.?[ \t]+$/;

/** `mentions` with the people read among listed places typed as places. */
export function withPlaceLists(text: string, mentions: MentionCandidate[], surnames: ReadonlySet<string>): MentionCandidate[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const retyped = new Set<MentionCandidate>();
  let i = 0;
  while (i < sorted.length) {
    // One run of names joined by commas and "and".
    let j = i;
    while (j + 1 < sorted.length && LIST_JOIN.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) j++;
    const run = sorted.slice(i, j + 1);
    i = j + 1;
    if (run.length < 2) continue;
    // (A real list: commas, then "and" before the last; two names only by "and", not a comma's aside:
    // "A CNDD spokesman in Brussels, Felix Ndayisenga, said".)
    const joins = run.slice(1).map((m, k) => text.slice(run[k]!.end, m.start));
    if (!/and/.test(joins[joins.length - 1]!) || joins.slice(0, -1).some((join) => join !== ', ')) continue;
    const places = run.filter((m) => m.type === 'place').length;
    const people = run.filter((m) => m.type === 'person');
    if (places === 0 || people.length === 0) continue;
    // Three or more names, most of them places; or two after "in", "between", "from".
    const before = text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start);
    const listOfPlaces = run.length >= 3 ? places >= 2 && places > people.length : places === 1 && PAIR_BEFORE.test(before);
    if (!listOfPlaces || PERSON_BEFORE.test(before)) continue;
    for (const m of people) {
      // (Not a one-word last of three or more, where a list of places may end in a person: "Ministers from
      // Britain, France, Italy and Tajani"; nor one whose possessive follows, "Madrid and Adele's hometown".)
      if ((run.length >= 3 && m === run[run.length - 1] && m.words.length === 1) || /^['’]s\b/.test(text.slice(m.end, m.end + 3))) continue;
      // (Not a person the document names in full, nor one the lexicons know by name: "Smith, Paris and London".)
      // (Nor, in a pair, one of two words, nor anywhere a given name and more: "By Adrienne Leclerc in Paris and
      // Thomas Whitcombe in London", "Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov".)
      const known = (m.words.length === 1 && (surnames.has(m.text) || lexiconKind(m.text.toLowerCase()) === 'last-name')) || (m.words.length > 1 && (run.length === 2 || lexiconKind(m.words[0]!.toLowerCase()) === 'first-name'));
      if (!known) retyped.add(m);
    }
  }
  if (retyped.size === 0) return mentions;
  return mentions.map((m) => (retyped.has(m) ? { ...m, type: 'place', country: false } : m));
}
