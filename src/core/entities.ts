// Named entities of an article: every person, organisation and place, with all its mentions.
// With the trained model loaded (ner/registry.ts) the tagger leads: the rules run first and their decisions
// are features of the tagger, and only their most precise kinds of evidence overrule it (taggerLeads); then
// what the words around each name say settles its type (name-context.ts). Without a model, the rules alone
// find the names.
import type { Entity, EntityType } from './types';
import { recogniseMentions, type DocumentVocabulary, type MentionCandidate } from './entity-recogniser';
import { groupMentions } from './entity-grouping';
import { taggedMentions } from './entity-tagger';
import { currentNerModel } from './ner/registry';
import { GROUP_ADJECTIVES, KNOWN_ORGANIZATIONS, NON_ENTITY_ACRONYMS, POST_NOMINALS, TECHNICAL_ACRONYMS } from './name-lexicons';
import { mentionAt, bodiesByInitials, withDefinedInitials, withPartiesBeforeMembers, employersBeforeRoles, withArabicArticles, withEarthAndMoon, withEpithets, withEventsAndBodiesOfPlaces, withHyphenedGivenNames, withPlacesApart, withAffiliationApart, withFactionLetters, withoutClosingClauseWord, withoutClosingJob, withContestNames, withoutOpeningModifier, withoutOpeningNationality, withoutPersonsPossessive, withParticleSurnames, withSpelledOutBodies, withUnitOrdinals, withGivenNameNor, withBodiesByShape, withoutClosingMonth, withCreedApart, withRomancePlaceNames, isSentenceAdverb, isContactLabel, withoutContactLabel, withoutOpeningAdverb } from './name-edges';
import { isListedPlace, lexiconKind } from './name-lookup';
import { isSportsReport } from './sports-teams';
import { placeKey } from './gazetteer';
import { bodiesByHeadWord, companiesDefinedBeside, hasLegalSuffix, makersBeforeWares, statesByCode, namesTheTextDefines, typedByContext, withPeopleApart, withJoinedNames } from './name-context';
import { withFestivals, withTreatiesAndStations } from './whole-names';
import { withPhotoCredits } from './photo-credits';
import { withPublications } from './publications';
import { withoutTopicWords } from './topic-lists';
import { withNameHeads } from './name-heads';
import { withLineUps } from './line-ups';
import { withPlaceLists } from './place-lists';
import { withHeadlineNames } from './headline-names';
import { withoutBylineRoles, withWritersInTowns } from './bylines';
import { withBusinessLines } from './business-lines';
import { datelineAgencies } from './datelines';
import { withTitlesOfWorks } from './titles-of-works';
import { withConventionalEdges } from './name-spans';
import { withPressDigestPapers } from './press-digests';

/** The tagger reads this much of a text (any article, many times over); past it, the faster rules alone. */
const MAX_TAGGED = 300_000;
/** Paragraphs longer than this are read in pieces, so one huge line costs no more than many short ones. */
const MAX_PIECE = 20_000;
// ASCII only: the vocabulary is there to recognise capitalised English words (lowercaseVocabulary).
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Every named person, organisation, place and other named thing in `text`, ids e1, e2… in order of first mention, each
 * with all its mentions sorted (offsets are JavaScript string indices, `end` exclusive). Never throws.
 */
export function recogniseEntities(text: string): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const candidates = ruleMentions(text);
    const model = currentNerModel();
    if (model !== undefined) {
      try {
        const head = text.length <= MAX_TAGGED ? text : text.slice(0, MAX_TAGGED);
        const headRules = head === text ? candidates : candidates.filter((m) => m.end <= head.length);
        const tail = head === text ? [] : candidates.filter((m) => m.start >= head.length);
        return groupMentions([...taggerLeads(text, headRules, taggedMentions(head, model, headRules)), ...tail]);
      } catch {
        // A text the tagger cannot read keeps what the rules found.
      }
    }
    return groupMentions(candidates);
  } catch {
    return [];
  }
}

/** The rule recogniser's mentions in `text` (no model weights involved; its lexicons when a model is loaded). */
export function ruleMentions(text: string): MentionCandidate[] {
  const vocabulary = lowercaseVocabulary(text);
  const candidates: MentionCandidate[] = [];
  for (const [from, to] of pieces(text)) {
    try {
      for (const m of recogniseMentions(text, from, to, vocabulary)) candidates.push(m);
    } catch {
      // A paragraph the recogniser cannot read contributes nothing; the rest of the article still counts.
    }
  }
  return candidates;
}

// "World leaders Macron and Scholz", "rivals Federer and Nadal": plural words for people before two names.
const PEOPLE_BEFORE_PAIR = /\b(?:leaders|presidents|ministers|premiers|chancellors|rivals|stars|players|candidates|senators|actors|singers|founders|co-founders|brothers|sisters|coaches)\s+$/;
// What ends just before a word that opens a sentence.
const SENTENCE_START_BEFORE = /(?:^|\n|[.!?]["”’]?\s+)$/;

// Rule evidence precise enough to overrule the tagger: a gazetteer or known-name hit, a first name in the
// lexicon, a title before a name. (Measured on the held-out sets: 83–92% exact where the tagger was 73–88%.)
const TRUSTED_EVIDENCE = new Set<MentionCandidate['evidence']>(['known', 'lexicon', 'title']);
// "lives in Washington": after these a known place is the place, even where the document names a Washington.
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'across', 'outside', 'inside', 'throughout']);

// The tagger leads: it reads every name with the rules' decisions among its features (ner/features.ts
// ruleMarks). Where a trusted rule gives the same span another type, the rule's type stands, unless the
// tagger made a lone word a person because the document names that person in full ("Valeska Paris … Paris"),
// and it is not a known place after a preposition ("in Washington");
// a trusted rule mention the tagger missed altogether is added. A lone word that is the surname of a person
// the document names is that person ("with Trump"), whatever type it was given on its own.
function taggerLeads(text: string, rules: MentionCandidate[], tagged: MentionCandidate[]): MentionCandidate[] {
  const plain = plainAbbreviations(text);
  const rulePeople = new Set(rules.filter((r) => r.type === 'person').map((r) => `${r.start}:${r.end}`));
  const ruledPerson = (start: number, end: number): boolean => rulePeople.has(`${start}:${end}`);
  const numbered = surnamesBeforeNumbers(text, tagged);
  const read = tagged
    .filter((t) => !numbered.has(t) && !isClockZone(text, t) && !plain.has(t.text) && !isTechnicalTerm(t) && !hyphenPrefixed(text, t) && !inPartyAndState(text, t) && !isPortfolio(text, t) && !inAddress(text, t) && !PRONOUN.test(t.text) && !isAmountOrTime(text, t) && !isTitleAbbreviation(text, t) && !isCommonAcronym(text, t) && !LONE_MODIFIERS.has(t.text.toLowerCase()) && !isSentenceAdverb(text, t) && !isContactLabel(text, t) && !isRulersTitle(text, t))
    .map((t) => withoutContactLabel(text, withoutClosingMonth(text, withFactionLetters(text, withoutClosingClauseWord(withoutClosingJob(withoutOpeningNationality(withoutOpeningModifier(withoutOpeningAdverb(text, withoutDomainEnding(text, t))), ruledPerson)))))))
    .map((t) => (JAN_FIRST_NAME.test(t.text) && t.type !== 'organization' ? { ...t, type: 'person' as const } : t))
    .flatMap((t) => withAffiliationApart(text, t))
    .flatMap((t) => withCreedApart(text, t))
    .sort((a, b) => a.start - b.start);
  const names = withConventionalEdges(text, read);
  for (let i = names.length - 1; i > 0; i--) if (isPostNominal(text, names[i - 1]!, names[i]!)) names.splice(i, 1);
  // "World leaders Macron and Scholz met … Macron said": a one-word name the tagger read as a person within a
  // sentence and later as an organisation is the person throughout (its second pass sees to this mostly, not
  // always). (Not read so at a sentence's start, where the tagger knows least: "Codelco is the largest producer".)
  const readAsPeople = new Set<string>();
  // "World leaders Macron and Scholz": two one-word names after a plural word for people are both people.
  names.forEach((m, i) => {
    const next = names[i + 1];
    if (next === undefined || m.words.length !== 1 || next.words.length !== 1 || m.acronym || next.acronym || text.slice(m.end, next.start) !== ' and ') return;
    if (!PEOPLE_BEFORE_PAIR.test(text.slice(Math.max(0, m.start - 16), m.start)) || (m.type !== 'person' && next.type !== 'person')) return;
    names[i] = { ...m, type: 'person' };
    names[i + 1] = { ...next, type: 'person' };
  });
  names.forEach((m, i) => {
    if (m.words.length !== 1 || m.acronym) return;
    if (m.type === 'person' && !SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) readAsPeople.add(m.text);
    else if (m.type === 'organization' && readAsPeople.has(m.text)) names[i] = { ...m, type: 'person' };
  });
  const surnames = new Set<string>();
  for (const m of names) if (m.type === 'person' && m.words.length > 1) surnames.add(m.words[m.words.length - 1]!);
  names.splice(0, names.length, ...withPeopleApart(text, names, surnames));
  const surnameOfPerson = (m: MentionCandidate): boolean => m.words.length === 1 && !m.country && surnames.has(m.words[0]!);
  const added: MentionCandidate[] = [];
  // Surnames of the people a rule corrected, with the type the tagger had given the full name.
  const corrected = new Map<string, EntityType>();
  let k = 0;
  for (const r of [...rules].sort((a, b) => a.start - b.start)) {
    const company = isNamedCompany(r);
    if (r.type === null || !(TRUSTED_EVIDENCE.has(r.evidence) || company)) continue;
    // Tagged names do not overlap one another, so their ends are in order too.
    while (k < names.length && names[k]!.end <= r.start) k++;
    const t = names[k];
    if (t !== undefined && t.start === r.start && t.end === r.end) {
      const surname = t.type === 'person' && surnameOfPerson(t) && !(r.type === 'place' && PLACE_PREPOSITIONS.has(r.wordBefore));
      // (Not a person ruled by a given name in a road's or a bridge's name: "the Bruce Highway".)
      const road = r.type === 'person' && t.type === 'place' && ROAD_HEADS.test(t.words[t.words.length - 1]!);
      if (t.type !== r.type && !surname && !road) {
        if (r.type === 'person' && t.words.length > 1 && t.type !== null) corrected.set(t.words[t.words.length - 1]!, t.type);
        names[k] = { ...t, type: r.type };
      }
    } else if (t !== undefined && (r.evidence === 'known' || company) && t.start >= r.start && t.end <= r.end && !/^the\s/i.test(r.text)) {
      // "European Union foreign ministers", tagged "Union": a known name the tagger read only part of is whole;
      // so is a company's name with its legal form ("Volkswagen AG", tagged "Volkswagen").
      // (Not "The Guardian" for "Guardian": whether "The" belongs to a name is the tagger's call.)
      let j = k;
      while (j < names.length && names[j]!.start >= r.start && names[j]!.end <= r.end) j++;
      names.splice(k, j - k, r);
    } else if (t !== undefined && r.evidence === 'known' && t.start === r.start && t.end > r.end && /^['’]s\s+\S/.test(text.slice(r.end, t.end))) {
      // "The European Union's Copernicus satellite service", tagged as one name: a known name and its
      // possessive end the name; what follows is a name of its own.
      const from = r.end + text.slice(r.end).search(/\s\S/) + 1;
      const rest = text.slice(from, t.end);
      names.splice(k, 1, r, { ...t, start: from, text: rest, words: rest.split(/\s+/), key: placeKey(rest), name: rest, country: false });
    } else if ((t === undefined || t.start >= r.end) && !isClockZone(text, r) && !plain.has(r.text) && !isTechnicalTerm(r) && !hyphenPrefixed(text, r) && !inAddress(text, r)) {
      added.push(r.type !== 'person' && surnameOfPerson(r) ? { ...r, type: 'person' } : r);
    }
  }
  // "Derek Haines … Haines said", both tagged organisations: the rule that made the full name a person makes
  // the surname one too, where the tagger had typed it alike.
  const repaired = corrected.size === 0 ? names : names.map((m) => (m.words.length === 1 && corrected.get(m.words[0]!) === m.type ? { ...m, type: 'person' as const } : m));
  const defined = namesTheTextDefines(text, rules, [...repaired, ...added]);
  const found = withFestivals(text, rules, withEpithets(text, withRomancePlaceNames(text, withGivenNameNor(text, withHyphenedGivenNames(text, withUnitOrdinals(text, withEventsAndBodiesOfPlaces(text, withContestNames(text, withArabicArticles(text, withoutPersonsPossessive(withParticleSurnames([...repaired, ...added, ...defined]), surnames))))))))));
  const beside = [...employersBeforeRoles(text, rules, found), ...bodiesByInitials(text, found), ...datelineAgencies(text, found), ...makersBeforeWares(text, found), ...bodiesByHeadWord(text, rules, found), ...statesByCode(text, found), ...companiesDefinedBeside(text, found)];
  return withLineUps(text, withoutTopicWords(text, withNameHeads(text, withBodiesByShape(text, withPublications(text, withPlaceLists(text, withPhotoCredits(text, withWritersInTowns(text, withoutBylineRoles(text, withPressDigestPapers(text, withHeadlineNames(text, withBusinessLines(text, withEarthAndMoon(text, withPlacesApart(text, withTitlesOfWorks(text, withPartiesBeforeMembers(text, typedByContext(text, withTreatiesAndStations(text, withDefinedInitials(text, withSpelledOutBodies(text, withJoinedNames(text, [...found, ...beside], surnames)))), surnames))))))))))), surnames)), isListedPlace))));
}

// "Volkswagen AG", "Marvel Consultants, Inc.": the rules' company by its legal form is as sure as a known name.
function isNamedCompany(r: MentionCandidate): boolean {
  return r.type === 'organization' && r.evidence === 'structure' && hasLegalSuffix(r);
}

// "Mark Tedeschi, QC, said": letters for a rank or a degree after a person's name, not the place they spell.
function isPostNominal(text: string, before: MentionCandidate, m: MentionCandidate): boolean {
  return before.type === 'person' && POST_NOMINALS.has(m.text) && text.slice(before.end, m.start) === ', ';
}

// "Sen. Mark Warner, D-Va., said", "Rep. Chip Roy, R-Texas, called": a party's letter and a state's code in a
// lawmaker's aside are no names; a state written in full is its place ("Texas").
const PARTY_AND_STATE = /^[RDI]-(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),/u;
function inPartyAndState(text: string, m: MentionCandidate): boolean {
  for (let at = m.start; at >= Math.max(0, m.start - 2); at--) {
    if (text.slice(at - 2, at) !== ', ') continue;
    const aside = PARTY_AND_STATE.exec(text.slice(at, at + 30));
    if (aside === null || m.end > at + aside[0].length - 1) continue;
    const state = at + 2;
    return m.start < state || !isListedPlace(aside[1]!.toLowerCase());
  }
  return false;
}

// "Chief Minister M.K. Stalin", "Health Cabinet Secretary Aden Duale", "State District Judge Ramona Villarreal":
// a portfolio or a rank before a title is part of the title, not a body or a place. (Not a body's own name:
// "Treasury Secretary", "High Court Judge".)
const PORTFOLIO_WORDS = new Set(
  `chief assistant associate deputy junior senior state district county circuit federal regional cabinet health resources defence defense home foreign interior justice education finance environment energy culture transport trade housing labour labor agriculture fisheries tourism international external affairs economic development public works social immigration veterans climate digital science technology infrastructure mines mining petroleum communications sport sports heritage women youth employment industry commerce planning lands local government`.split(' '),
);
// (The rest of the portfolio may come between: "International Trade Minister Maninder Sidhu", tagged "International".)
const TITLE_AFTER = /^((?:\s\p{Lu}\p{Ll}+){0,3})\s(?:Minister|Secretary|Judge|Attorney|Commissioner)\b/u;
function isPortfolio(text: string, m: MentionCandidate): boolean {
  // (Never a person named in full: only a lone word, "Chief", read as one.)
  if (m.type === 'person' && m.words.length > 1) return false;
  const rest = TITLE_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
  // ("Commerce and Industry Minister Piyush Goyal", read as one name; not "Labor and Education Minister", a party.)
  const words = [...m.words, ...rest?.split(/\s+/).filter((w) => w !== '') ?? []];
  return rest !== undefined && words.every((w, i) => PORTFOLIO_WORDS.has(w.toLowerCase()) || (w === 'and' && i > 0 && i < m.words.length - 1));
}

// "I've", "I'm": capitalised, and tagged as names now and then, but never one.
const PRONOUN = /^I['’](?:ve|m|ll|d)$/;
const ROAD_HEADS = /^(?:Highway|Road|Street|Avenue|Boulevard|Bridge|Tunnel|Freeway|Motorway|Expressway|Parkway|Drive|Lane|Way|Square|Mill|Dam|Reservoir)$/;
// "a levy of Sh600", "N12.8bn", "RM48mil", "Posted at 5:32am": a sum in a currency written before its figure, or a
// clock time, is no name.
// (A one-letter currency only with a sum's shape, "N12.8bn", "R1,200": not "K2", "P5", "N95", "K900", "R101".)
const AMOUNT_OR_TIME = /^(?:(?:Sh|KSh|Ksh|Kshs|Rs|RM|Tk|Rp|GH¢|GH₵|Le|Br|Nu)\.?\d[\d.,]*(?:bn|b|m|mil|million|billion|k|cr|crore|lakh|tn|trn)?|[NRPK]\d*(?:\d[.,]\d[\d.,]*|\d(?:bn|m|mil|tn|trn))(?:bn|b|m|mil|million|billion|k|cr|tn|trn)?|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.))$/;
// "sponsored by Del. Nadia Farouk", "Rep. Ana Ruiz": an abbreviated title, read as a name of its own, is none.
const TITLE_ABBREVIATIONS = /^(?:Del|Rep|Sen|Gov|Lt|Gen|Col|Sgt|Capt|Cmdr|Adm|Supt|Insp|Det|Atty|Amb)$/;
function isTitleAbbreviation(text: string, t: MentionCandidate): boolean {
  return TITLE_ABBREVIATIONS.test(t.text) && /^\.\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3));
}
function isAmountOrTime(text: string, t: MentionCandidate): boolean {
  if (!/^[\p{Lu}\d]/u.test(t.text) || !/\d/.test(t.text)) return false;
  // (The tagger's token may end inside the sum: "N12" of "N12.8bn", "R1" of "R1,200".)
  const rest = /^(?:[.,]?\d)*(?:bn|b|m|mil|million|billion|k|cr|tn|trn)?(?![\p{L}\p{N}])/u.exec(text.slice(t.end, t.end + 16))?.[0] ?? '';
  return AMOUNT_OR_TIME.test(t.text + rest);
}

// "Updated 09:41 IST", "4:32 PM EST": a time zone's letters after a clock time are no name.
const CLOCK_BEFORE = /\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+$/;
// (Only a zone's letters: "at 17:57 NASA confirmed" is NASA.)
const TIME_ZONES = new Set('GMT UTC BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST IST JST KST AEST AEDT ACST ACDT AWST NZST NZDT SGT HKT PKT WIB MSK ET PT CT MT GST SAST EAT WAT CAT ICT PHT'.split(' '));
function isClockZone(text: string, t: MentionCandidate): boolean {
  return TIME_ZONES.has(t.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start));
}

// "Shadow education secretary Laura Trott", "Former United captain": a title's modifier alone is no name.
// (Nor a rank alone: "Brigadier General Ross G. Hoyt", tagged "Brigadier"; nor a photo credit's word: "Image:
// Courtesy of A24".)
const LONE_MODIFIERS = new Set(['shadow', 'former', 'acting', 'interim', 'deputy', 'brigadier', 'colonel', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'commodore', 'courtesy', 'datuk', 'datin', 'dato', 'alhaji']);
// "the Emir of Qatar", "The Emir arrived", "Emir Sheikh Tamim": a ruler's title alone, after "the", before "of" or a
// name, is no name (not a surname, "Mr Sheikh", "Sheikh had lived").
const RULERS_TITLES = /^(?:Emir|Sheikh|Sultan|Ayatollah|Maharaja)$/;
function isRulersTitle(text: string, m: MentionCandidate): boolean {
  return RULERS_TITLES.test(m.text) && (/\b[Tt]he[ \t]+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) || /^[ \t]+(?:of\b|\p{Lu})/u.test(text.slice(m.end, m.end + 4)));
}

// "Ostrava mayor Jan Dohnal", tagged MISC: "Jan" before a name is a first name, not a month.
const JAN_FIRST_NAME = /^Jan\s+\p{Lu}\p{Ll}/u;

// "AI start-ups", "no AI exemption": an everyday acronym the tagger took for a place or a person (Anguilla's
// code, "AI"). Organisations keep theirs ("the FTC").
// (Not a state's code after its town: "San Juan, PR", "Moore, OK".)
// Nor is an acronym in the plural ("the LEDs", "two RPCs", "NGOs"): a name is one thing.
const PLURAL_ACRONYM = /^[A-Z][A-Z0-9]{1,5}s$/;
function isTechnicalTerm(m: MentionCandidate): boolean {
  return (/^[A-Z0-9]{2,6}$/.test(m.text) && TECHNICAL_ACRONYMS.has(m.text.toLowerCase())) || PLURAL_ACRONYM.test(m.text);
}

function isCommonAcronym(text: string, m: MentionCandidate): boolean {
  if (!(m.type === 'place' || m.type === 'person') || !/^[A-Z0-9]{2,6}$/.test(m.text) || !NON_ENTITY_ACRONYMS.has(m.text.toLowerCase())) return false;
  const town = /((?:\p{Lu}\p{L}*\s)*\p{Lu}\p{L}*),\s$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  // (After a person's name it is what it says: "Stephen Calderwood, MD,".)
  return town === undefined || !isListedPlace(town.toLowerCase());
}

// "http://example.com/Putin": words of a web address are not mentions, nor are those of an e-mail address with
// its domain ("Kevin.A.Boone@accenture.com"), a host's name ("unitedway.enron.com") or a file's
// ("CrudeStocks.pdf"). (A name before "@" and a bare domain is left alone: "Kim Olsen@ENRON" names a person.)
const E_MAIL = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[.,;:!?)]*$/u;
const HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\.[a-z]{2,}[.,;:!?)]*$/u;
const BARE_DOMAIN = /^[\p{L}\p{N}-]+\.(?:co|com|org|net|gov|ac|ltd|plc)\.[a-z]{2}[.,;:!?)]*$/u;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|txt|zip|csv)\b/i;
function inAddress(text: string, m: MentionCandidate): boolean {
  let from = m.start;
  // (An address ends at a space or at the angle brackets it is written in: "<Vangie.McGilloway@powersrc.com>", and
  // the name before them is not in it: "Ruth"<ruth.p...@bbc.co.uk>.)
  while (from > 0 && from > m.start - 200 && !/[\s<>]/.test(text.charAt(from - 1))) from--;
  let to = m.end;
  while (to < text.length && to < m.end + 200 && !/[\s<>]/.test(text.charAt(to))) to++;
  const chunk = text.slice(from, to);
  return chunk.includes('://') || chunk.startsWith('www.') || E_MAIL.test(chunk) || (HOST.test(chunk) && !(m.start === from && BARE_DOMAIN.test(chunk))) || FILE_NAME.test(chunk);
}

// "Larry Page left … ran on Page 3": the surname of a person the document names in full, alone, after a
// preposition and before a number, is a page, a channel or a round, not the person, where the surname is a word
// (not "Kane 23" in a match report, "Rose 9 under", "Wood 12,310, Baker 8,204" in a count, "(Page 2007)").
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:on|in|at|from|to|see|of)[ \t]+$/u;
const NUMBER_AFTER = /^[ \t]+\d+(?![\d%]|[.,]\d|[ \t]+(?:under|over|per|percent))/;
function surnamesBeforeNumbers(text: string, tagged: MentionCandidate[]): Set<MentionCandidate> {
  const out = new Set<MentionCandidate>();
  if (isSportsReport(text)) return out;
  for (const t of tagged) {
    if (t.type !== 'person' || t.words.length !== 1 || !NUMBER_AFTER.test(text.slice(t.end, t.end + 16)) || !PREPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    if (lexiconKind(t.text.toLowerCase()) !== 'common') continue;
    if (tagged.some((p) => p.type === 'person' && p.words.length > 1 && p.words[p.words.length - 1] === t.text)) out.add(t);
  }
  return out;
}

// "Amazon.co.uk said", tagged whole: the company named by its bare domain is the name before the domain's ending.
function withoutDomainEnding(text: string, m: MentionCandidate): MentionCandidate {
  if (!BARE_DOMAIN.test(m.text)) return m;
  return { ...mentionAt(text, m.start, m.start + m.text.indexOf('.'), m.type ?? 'organization'), evidence: m.evidence };
}

// "pro-Beijing", "anti-American", "ex-Google": a word made of a prefix and a name is not a mention of the name.
// (Capitalised too, at a sentence's start, before a place or a people: "Pro-Beijing DAB's Starry Lee"; not a
// body's own name, "the Anti-Defamation League", "the Non-Aligned Movement", "the Washington Post-ABC News poll".)
const CAPITALISED_PREFIX_BEFORE = /(?:^|[^\p{L}])(?:Pro|Anti)-$/u;
function hyphenPrefixed(text: string, m: MentionCandidate): boolean {
  const whole = /^(?:Pro|Anti)-(\p{Lu}[\p{L}.]*)$/u.exec(m.text)?.[1];
  const after = m.words.length === 1 && CAPITALISED_PREFIX_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) ? m.text : undefined;
  const named = (whole ?? after)?.toLowerCase();
  if (named !== undefined && (isListedPlace(named) || GROUP_ADJECTIVES.has(named))) return true;
  if (m.start < 2 || text.charCodeAt(m.start - 1) !== 45 /* - */) return false;
  // The whole word before the hyphen in lower case ("pro-", not "Russia-Ukraine"), and not an Arabic article ("al-Qaeda").
  const prefix = /[A-Za-z]+$/.exec(text.slice(Math.max(0, m.start - 12), m.start - 1))?.[0] ?? '';
  return /^[a-z]+$/.test(prefix) && !/^(?:al|el|ad|as|ash|an|ar|at|az|ul|bin|ibn|abu|bint)$/.test(prefix);
}

// "body mass index (BMI)", "personally identifiable information (PII)", "dinitrophenol, known as DNP": an
// abbreviation the document spells out in lower-case words is a thing's, not a name, wherever it stands ("a high
// BMI"). The spelling out is found as Schwartz and Hearst's algorithm finds it: the abbreviation's letters in
// order in the words just before, its first letter a word's first.
const DEFINED_ABBREVIATION = /(?:\s\(([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)\)|,\s+(?:also\s+)?known\s+as\s+([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)(?=[),.;:\s]|$))/g;
// A body spelled out in lower case keeps its initials: "the national union of mineworkers (NUM)".
const BODY_WORD = /^(?:union|unions|commission|agency|bureau|office|committee|council|forces?|army|party|movement|front|organi[sz]ation|association|institute|service|services|board|authority|ministry|department|court|police|bank|league|federation|conference|corporation|company|group|network|alliance|coalition|parliament|assembly|government|administration|centre|center|university|college|school|press|foundation|fund|trust|society|club|team)$/;
function plainAbbreviations(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes('(') && !text.includes('known as')) return found;
  for (const match of text.matchAll(DEFINED_ABBREVIATION)) {
    const abbreviation = match[1] ?? match[2]!;
    // (Not a body known by its initials, however it is spelled out: "the national health service (NHS)".)
    if (abbreviation.length > 10 || found.has(abbreviation) || KNOWN_ORGANIZATIONS.has(abbreviation.toLowerCase())) continue;
    const words = text.slice(Math.max(0, match.index - 150), match.index).split(/\s+/).filter((w) => w !== '');
    const longForm = spelledOut(abbreviation, words.slice(-Math.min(abbreviation.length + 5, abbreviation.length * 2)).join(' '));
    if (longForm === undefined || /[.!?\n]\s/.test(longForm)) continue;
    const longWords = longForm.split(/\s+/);
    if (longWords.some((w) => /^\p{Lu}/u.test(w) || BODY_WORD.test(w.toLowerCase()))) continue;
    // Two letters are matched by chance too easily ("a distribution point (AP …"): each must start a word.
    if (abbreviation.length === 2 && longWords.filter((w) => /\p{L}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('') !== abbreviation.toLowerCase()) continue;
    found.add(abbreviation);
  }
  return found;
}

/** The end of `before` that `abbreviation` abbreviates, by Schwartz and Hearst (2003), or undefined. */
function spelledOut(abbreviation: string, before: string): string | undefined {
  const short = abbreviation.toLowerCase();
  const long = before.toLowerCase();
  const letterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!;
    if (!letterOrDigit(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && letterOrDigit(long[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  return before.slice(l + 1);
}

// Words the document writes in lower case: their capitalised forms are sentence starts, not names.
function lowercaseVocabulary(text: string): DocumentVocabulary {
  const words = new Set<string>();
  // The matches of /[A-Za-z][a-z'’-]*/g, scanned by hand: an ASCII letter, then lower-case letters,
  // apostrophes and hyphens. Only those starting in lower case count.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const lower = code >= 97 && code <= 122;
    if (!lower && !(code >= 65 && code <= 90)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if ((c >= 97 && c <= 122) || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */) j++;
      else break;
    }
    if (lower) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (!(before > 127 && WORDLIKE.test(text.charAt(i - 1)))) {
        const word = text.slice(i, j);
        words.add(word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);
      }
    }
    i = j;
  }
  return { hasLowercase: (word) => words.has(word) };
}

// Lines of the text, long lines cut at a sentence end (or a space) near MAX_PIECE.
function* pieces(text: string): Generator<[number, number]> {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    while (lineEnd - from > MAX_PIECE) {
      const window = text.slice(from + MAX_PIECE / 2, from + MAX_PIECE);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const space = window.lastIndexOf(' ');
      const cut = from + MAX_PIECE / 2 + (sentenceEnd >= 0 ? sentenceEnd + 1 : space >= 0 ? space : MAX_PIECE / 2);
      yield [from, cut];
      from = cut;
    }
    if (lineEnd > from) yield [from, lineEnd];
    lineStart = lineEnd + 1;
  }
}
