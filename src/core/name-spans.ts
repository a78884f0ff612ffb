// Where a name the tagger read begins and ends, where its edges are a matter of convention more than of
// context: a company's last word, a leading "The", initials with a possessive, a regnal number, a platform's
// full stop. (A title, a job or an honorific before a person: name-edges.ts withoutOpeningModifier.) The tagger
// learns these from its training texts, which do not always agree; the convention here is the annotation
// guidelines' (CoNLL-2003 and Universal NER): "the" and a possessive outside the name, a company's legal form
// and a king's number inside it.
import type { MentionCandidate } from './entity-recogniser';
import { hasCompanySuffix } from './name-context';
import { LEGAL_SUFFIXES, POST_NOMINALS, isPlatformX } from './name-lexicons';
import { isListedPlace, lexiconKind } from './name-lookup';
import { mentionAt } from './name-edges';

/** The tagger's names of `text` (in order, none overlapping) with their edges set by the conventions above. */
export function withConventionalEdges(text: string, names: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let i = 0; i < names.length; i++) {
    const next = names[i + 1];
    const previous = out[out.length - 1];
    const name = withoutTradeWordOfNoun(text, withoutPostNominal(text, withoutLeadingThe(text, hyphenedTown(text, names[i]!, previous, next))));
    for (const m of withoutPlatformX(text, housesApart(text, withoutInitialsPossessive(text, name)))) out.push(withOpeningWord(text, withClosingWord(text, m, next), previous));
  }
  return out;
}

const at = (text: string, m: MentionCandidate, start: number, end: number, type = m.type): MentionCandidate => ({ ...mentionAt(text, start, end, type ?? 'other'), type, evidence: m.evidence });

// "The Sunday Times", "The Lunar Transportation Systems, Inc.": "the" before a name is not part of it (not a
// place that has it, "The Hague", "The Gambia"; nor a title of a work, a named thing; nor a name that is one
// ordinary word without it, "The Who", "The Hill", "The National", but for a paper's, "The Times").
function withoutLeadingThe(text: string, m: MentionCandidate): MentionCandidate {
  if (m.type === 'other' || m.words.length < 2 || m.words[0] !== 'The' || !/^\p{Lu}/u.test(m.words[1]!) || isListedPlace(m.text.toLowerCase())) return m;
  const rest = at(text, m, m.start + m.text.indexOf(m.words[1]!, 3), m.end);
  const ordinary = rest.words.length === 1 && (lexiconKind(rest.text.toLowerCase()) ?? 'common') === 'common' && !hasCompanySuffix({ ...rest, words: ['The', rest.text] });
  return ordinary ? m : rest;
}

// "Burton-on-Trent", "Stratford-upon-Avon", "Boulogne-sur-Mer", "Frankfurt am Main" written with hyphens: a
// town named by its river or its sea, whole and a place, wherever the tagger ended it ("Burton-", as a person).
const HYPHENED_TOWN = /\p{Lu}\p{Ll}+(?:-(?:on|upon|under|le|la|les|sur|en|am|an|in-the|by-the|next-the|on-the)-\p{Lu}\p{Ll}+)+/gu;
function hyphenedTown(text: string, m: MentionCandidate, previous: MentionCandidate | undefined, next: MentionCandidate | undefined): MentionCandidate {
  if (!m.text.includes('-') && !text.startsWith('-', m.end)) return m;
  const from = Math.max(0, m.start - 30);
  for (const town of text.slice(from, m.end + 40).matchAll(HYPHENED_TOWN)) {
    const start = from + town.index;
    const end = start + town[0].length;
    // (Not a name the tagger read whole as a person's: "the singer Marie-la-Rose".)
    if (start > m.start || end < m.end || (start === m.start && end === m.end && (m.type === 'place' || m.type === 'person'))) continue;
    if ((previous !== undefined && previous.end > start) || (next !== undefined && next.start < end)) return m;
    return at(text, m, start, end, 'place');
  }
  return m;
}

// "sales of Nvidia AI chips", read as one named thing: "AI" before a noun in lower case is the kind of chips, and
// the name before it the company, where the lexicon knows it as one (not a word, "Generative AI tools", nor a
// company named so, "Sakana AI researchers"). (A company named so keeps it: "Mistral AI, the start-up", "Mistral AI said".)
const NOUN_AFTER = /^[ \t]+\p{Ll}/u;
function withoutTradeWordOfNoun(text: string, m: MentionCandidate): MentionCandidate {
  if (m.type === 'organization' || m.type === 'person' || m.words.length !== 2 || m.words[1] !== 'AI' || !NOUN_AFTER.test(text.slice(m.end, m.end + 3))) return m;
  if (lexiconKind(m.words[0]!.toLowerCase()) !== 'organization') return m;
  return at(text, m, m.start, m.start + m.words[0]!.length, 'organization');
}

// "James Okonjo KC": letters for a rank or an honour after a person's name are not part of it (and inside a
// name read whole, "KC" is the King's Counsel, not Kansas City).
function withoutPostNominal(text: string, m: MentionCandidate): MentionCandidate {
  const last = m.words[m.words.length - 1]!;
  if (m.type !== 'person' || m.words.length < 3 || !(POST_NOMINALS.has(last) || last === 'KC')) return m;
  let end = m.start + m.text.lastIndexOf(last);
  while (end > m.start && /[\s,]/.test(text[end - 1]!)) end--;
  return at(text, m, m.start, end);
}

// "UCL's Dementia Research Centre", "NASA's Jet Propulsion Laboratory": initials and their possessive own the
// body named after them; they are a body of their own. (Not a shop's name, "BJ's Wholesale Club", nor a
// place's part, "JFK's Terminal 4".)
const INITIALS_POSSESSIVE = /^(\p{Lu}{2,6})['’]s\s+(?=\p{Lu})/u;
const BODY_ENDS = /\s(?:Cent(?:re|er)|Laboratory|Institute|Department|Office|Unit|School|College|Foundation|Agency|Commission|Committee)$/;
function withoutInitialsPossessive(text: string, m: MentionCandidate): MentionCandidate[] {
  const initials = INITIALS_POSSESSIVE.exec(m.text);
  if (initials === null || !BODY_ENDS.test(m.text)) return [m];
  return [at(text, m, m.start, m.start + initials[1]!.length, 'organization'), at(text, m, m.start + initials[0].length, m.end)];
}

// "the Senate-House compromise", tagged as one body: two houses joined by a hyphen stay two (as two places do,
// "the Israel-Gaza war"; not one name with a hyphen, "Rolls-Royce").
const HOUSES = new Set(['Senate', 'House', 'Congress', 'Parliament', 'Commons', 'Lords', 'Assembly', 'Cabinet', 'Council']);
function housesApart(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  return ms.flatMap((m) => {
    const parts = m.text.split('-');
    if (parts.length !== 2 || !parts.every((part) => HOUSES.has(part))) return [m];
    const second = m.start + parts[0]!.length + 1;
    return [at(text, m, m.start, second - 1, 'organization'), at(text, m, second, m.end, 'organization')];
  });
}

// "in a post on X. Mukesh Ambani said", tagged as one person: the platform's full stop ends the sentence.
function withoutPlatformX(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  return ms.flatMap((m) => {
    if (m.text === 'X.' && isPlatformX('X', m.wordBefore)) return [at(text, m, m.start, m.start + 1, 'organization')];
    if (!m.text.startsWith('X. ') || !isPlatformX('X', m.wordBefore)) return [m];
    const rest = m.start + m.text.indexOf(m.words[1]!, 2);
    return [at(text, m, m.start, m.start + 1, 'organization'), at(text, m, rest, m.end)];
  });
}

// The word after a name that belongs to it:
// - a company's legal form or a word for its trade, "Mistral AI", "Arven Semiconductor" (tagged "Mistral");
//   a trade word only after a name the tagger did not read as a body ("Nvidia AI chips" are Nvidia's), a legal
//   form after any;
// - a monarch's number, "Queen Elizabeth I", "Henry VIII", "Pope Leo XIV" (the lone "I" only after a title);
// - a division's letter, "Serie A", "Formula E", before a word in lower case ("the Serie A title").
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}.]*)(?=$|[^\p{L}\p{N}])/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
const MONARCH_BEFORE = /\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Pharaoh|Sultan|Shah|Kaiser)[ \t]+$/;
const LETTER_THEN_LOWER = /^[ \t]+\p{Lu}[ \t]+\p{Ll}/u;
function withClosingWord(text: string, m: MentionCandidate, next: MentionCandidate | undefined): MentionCandidate {
  const word = NEXT_WORD.exec(text.slice(m.end, m.end + 24))?.[1];
  if (word === undefined) return m;
  const end = m.end + text.slice(m.end).indexOf(word) + word.length;
  if (next !== undefined && next.start < end) return m;
  if (LEGAL_SUFFIXES.has(word) || ((m.type === 'other' || m.type === null) && hasCompanySuffix(at(text, m, m.start, end)))) return at(text, m, m.start, end, 'organization');
  if (m.type === 'person' && ROMAN.test(word) && (word !== 'I' || MONARCH_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)))) return at(text, m, m.start, end);
  if (m.type !== 'person' && word.length === 1 && word !== 'I' && m.words.length === 1 && LETTER_THEN_LOWER.test(text.slice(m.end, m.end + 6))) return at(text, m, m.start, end);
  return m;
}

// The word before a name that belongs to it: "Space" of "Space Shuttle Columbia" (tagged "Shuttle Columbia");
// "General" of "the General Data Protection Regulation" or "the General Assembly", which the tagger leaves out
// as a general's rank (not before a person: "Attorney General Merrick Garland").
const OPENING_WORD = /(?<![\p{L}\p{N}])(Space|General)[ \t]+$/u;
function withOpeningWord(text: string, m: MentionCandidate, previous: MentionCandidate | undefined): MentionCandidate {
  // "Mistral AI, the Paris-based start-up", tagged "AI": a company's last word alone is the company with the name
  // before it.
  // (A legal form's or "AI" only: "the Commission", "The Times" are names of their own.)
  if (m.words.length === 1 && (LEGAL_SUFFIXES.has(m.text) || m.text === 'AI')) {
    const name = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]+[ \t]$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
    const start = name === null ? m.start : m.start - name[0].length;
    if (name !== null && !/^The\s/.test(name[0]) && (previous === undefined || previous.end <= start)) return at(text, m, start, m.end, 'organization');
  }
  const word = OPENING_WORD.exec(text.slice(Math.max(0, m.start - 12), m.start));
  if (word === null || (word[1] === 'Space' ? !m.text.startsWith('Shuttle ') : m.type === 'person')) return m;
  const start = m.start - word[0].length;
  return previous !== undefined && previous.end > start ? m : at(text, m, start, m.end);
}
