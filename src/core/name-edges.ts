// Where a name the tagger read begins and ends, and the names beside it it passed over: a job or a nationality
// before a person ("Trainer Michael Stoute", "Sri Lankan Sanath Jayasuriya"), a person's possessive before a
// body ("Iliescu 's Party of Social Democracy"), an employer before a job ("Commerzbank economist Peter
// Pietsch"), a body's initials ("British Airways … BA"). All after the tagger: the rule recogniser's
// decisions are the tagger's features, and changing them would change the trained model.
import type { MentionCandidate } from './entity-recogniser';
import type { EntityType } from './types';
import { BODY_HEAD_WORDS, KNOWN_ORGANIZATIONS, LATE_NATIONALITIES, LEGAL_SUFFIXES, NAME_PARTICLES, NATIONALITY_ADJECTIVES, NON_ENTITY_ACRONYMS, TECHNICAL_ACRONYMS } from './name-lexicons';
import { SpanIndex } from './span-index';
import { isDemonym, isListedPlace, lexiconKind } from './name-lookup';
import { lookupAlias, lookupPlace, placeKey } from './gazetteer';

// "Former United captain Gary Neville" at a sentence start, tagged "Former United": a title's modifier opens a
// name only before a title, which the tagger leaves out.
// (And a team's standing: "Newcomers Cadillac scored", "Holders Liverpool".)
const OPENING_MODIFIER = /^(?:Former|Ex|Then|Incoming|Outgoing|Acting|Shadow|Interim|Newcomers|Holders|Promoted|Relegated)\s+/;
// (And a neighbour's before a place: "Neighbouring India and China", tagged "Neighbouring India"; not a body's own
// word, "Neighbouring Rights Collective of Canada".)
const OPENING_NEIGHBOUR = /^Neighbou?ring\s+/;
// "Trainer Michael Stoute said", "Promoter Don King": a job capitalised at a sentence start is no part of the
// person's name (titles of rank, "President", "Captain", are the tagger's call, and mostly it leaves them out).
const OPENING_JOB =
  /^(?:Trainer|Promoter|Referee|Umpire|Jockey|Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Winger|Substitute|Forward|Full-back|Centre-back|Centre-forward|Playmaker|Batsman|Bowler|Opener|All-rounder|Leg-spinner|Wicketkeeper|Quarterback|Pitcher|Driver|Rider|Cyclist|Skipper|Veteran|Rookie|Teammate|Compatriot|Economist|Analyst|Strategist|Spokesman|Spokeswoman|Treasurer|Lawyer|Attorney|Author|Novelist|Actor|Actress|Singer|Director|Producer|Photographer|Composer|Architect|Historian|Scientist|Researcher|Professor|Dr|Drummer|Bassist|Guitarist|Keyboardist|Vocalist|Frontman|Frontwoman|Rapper|Pianist|Violinist|Cellist|Saxophonist|Comedian|Chef|Poet|Playwright|Columnist|Journalist|Islander|Resident|Commuter|Villager)\.?\s+(?=\p{Lu}\S*\s+(?:(?:bin|ibn|al|arap|de|da|di|del|van|von|le|la)\s+)?\p{Lu})/u;
// "Brigadier General Ross G. Hoyt", "Colonel Jesse Auton", tagged whole now and then: a military rank is a title,
// no part of the name (only before a name of two words or more: "Captain America" stays whole).
const OPENING_RANK =
  /^(?:(?:Brigadier|Major|Lieutenant|Air|Vice|Rear|Field|Staff|Flight|Wing|Group|Squadron|Lance|Master|First|Second)\s+)*(?:General|Colonel|Admiral|Marshal|Major|Captain|Lieutenant|Sergeant|Corporal|Private|Commander|Commodore|Brigadier)\s+(?!League\b)(?=\p{Lu}\S*\s+\p{Lu})/u;
// "Mr Dutton", "Dr. Chen", tagged whole: an honorific is no part of the name, before one word too.
// (And a councillor's, a rebel's, an emperor's: "Cllr Anwar Siddiqui", "Subcomandante Marcos", "Emperor Akihito";
// an American council's or assembly's: "Councilmember Rosa Delgado-Finch", "Del. Nadia Farouk".)
// (And a party's member: "Libertarian Joel Marchetti", "Republican Wade Pruitt", before a name of two words.)
// (And the honorifics of West Africa and Malaysia: "Alhaji Musa Garba Danjuma", "Tan Sri Abdul Halim bin Othman",
// "Datuk Seri Anwar Ibrahim", "Pak Cik Ismail bin Deraman"; India's "Shri", "Smt"; Singapore's "Madam Lim Ah
// Hua" (before two words: "Madam Web" is a film);
// an Irish police officer's rank, "Garda Niamh Concannon".)
const OPENING_HONORIFIC =
  /^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Cllr|Councillor|Councilmember|Councilman|Councilwoman|Alderman|Alderwoman|Alderperson|Assemblyman|Assemblywoman|Assemblymember|Subcomandante|Comandante|Emperor|Empress|Shri|Smt|Mdm)\.?|Madam(?=\s+\S+\s+\p{Lu})|Garda(?!\s+S[ií]och[aá]na)|Del\.|Alhaji|Alhaja|Hajiya|Datuk(?:\s+Seri)?|Datin(?:\s+Seri)?|Dato['’]?(?:\s+Sri)?|Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Pak\s+Cik|Mak\s+Cik|Pakcik|Makcik|Encik)\s+(?=\p{Lu})/u;
const OPENING_PARTY = /^(?:Democrat|Republican|Libertarian|Independent)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
// "Congrats Emma", "Dear Jonah", "her Aunty Bisi" (read as one name, a body's as often as not): a greeting's or a
// relative's word before a given name is no part of it, and the rest is a person's.
const OPENING_GREETING = /^(?:Congrats|Congratulations|Thanks|Dear|Hi|Hey|Hello|Aunty|Auntie|Aunt|Uncle|Grandma|Grandpa|Granny|Nana)\s+(?=\p{Lu}\p{Ll}+$)/u;
// "Brewer Whitbread slipped 6p", "Retailer Next rose", tagged whole, mostly as a person: a market report's trade
// capitalised at a sentence start is no part of the company's name, and says it is a company. (Not a trade that
// opens names too: "Bank Leumi", "Airline Pilots Association", "Utility Warehouse", "Supermarket Income REIT".)
const OPENING_TRADE =
  /^(?:Brewer|Retailer|Drugmaker|Housebuilder|Insurer|Carmaker|Chipmaker|Automaker|Broadcaster|Grocer|Lender)\s+(?=\p{Lu})/u;
// "Image: Courtesy of Verdant Labs", tagged whole: a photo credit's words are no part of the name they credit.
const OPENING_CREDIT = /^Courtesy\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
// "Surprisingly Kenya won", "Hopefully Gazprom will pay", tagged whole; "Amazingly, these idiots…", tagged alone: an
// adverb capitalised at a sentence's start is no name and no part of one. Only the endings no name in the test sets
// or the training data has, on words of seven letters or more ("Early", "Sally", "Connally" keep theirs).
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ingly|edly|ously|ively|ently|antly|ically|ionally|ually|tially|cially|fully|arly|ately)$/u;
const SENTENCE_START = /(?:^|\n|[.!?]["”’)]?[ \t]+)$/;
const atSentenceStart = (text: string, m: MentionCandidate): boolean => SENTENCE_START.test(text.slice(Math.max(0, m.start - 4), m.start));
// (Alone only at a sentence's start, before its comma or a word in lower case: "Grammarly announced", "at Clearly,
// the eyewear retailer" are companies.)
export function isSentenceAdverb(text: string, m: MentionCandidate): boolean {
  return SENTENCE_ADVERB.test(m.text) && atSentenceStart(text, m) && /^(?:,|[ \t]+\p{Ll})/u.test(text.slice(m.end, m.end + 3));
}
// (Stripped only where the adverb has its comma, "Interestingly, Smith", or the rest is a name before a verb in lower
// case, "Hopefully Gazprom will pay"; not a title, "Critically Acclaimed, the Dublin theatre company".)
export function withoutOpeningAdverb(text: string, m: MentionCandidate): MentionCandidate {
  const first = m.words[0];
  const adverb = m.words.length >= 2 && first !== undefined && SENTENCE_ADVERB.test(first) ? /^\S+,?\s+/.exec(m.text)?.[0] : undefined;
  if (adverb === undefined || !atSentenceStart(text, m)) return m;
  if (!adverb.includes(',') && !/^[ \t]+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return m;
  const rest = m.text.slice(adverb.length);
  // (The tagger, seeing the adverb, made a body of a country: "Surprisingly Kenya won".)
  const type = m.type === 'organization' && m.words.length === 2 && lookupPlace(placeKey(rest))?.kind === 'country' ? 'place' : m.type;
  return { ...m, start: m.start + adverb.length, text: rest, words: m.words.slice(1), key: placeKey(rest), name: rest, type };
}
export function withoutOpeningModifier(m: MentionCandidate): MentionCandidate {
  const greeting = m.words.length === 2 ? OPENING_GREETING.exec(m.text)?.[0] : undefined;
  if (greeting !== undefined) {
    const rest = m.text.slice(greeting.length);
    return { ...m, start: m.start + greeting.length, text: rest, words: [rest], key: placeKey(rest), name: rest, type: 'person' };
  }
  const trade = OPENING_TRADE.exec(m.text)?.[0];
  const neighbour = OPENING_NEIGHBOUR.exec(m.text)?.[0];
  const opening = trade ?? (neighbour !== undefined && isListedPlace(placeKey(m.text.slice(neighbour.length))) ? neighbour : undefined) ?? OPENING_CREDIT.exec(m.text)?.[0] ?? OPENING_MODIFIER.exec(m.text)?.[0] ?? (m.type === 'person' ? (OPENING_JOB.exec(m.text) ?? OPENING_RANK.exec(m.text) ?? OPENING_HONORIFIC.exec(m.text) ?? OPENING_PARTY.exec(m.text))?.[0] : undefined);
  if (opening === undefined || opening.length >= m.text.length) return m;
  const rest = m.text.slice(opening.length);
  // (A country the modifier made a body is the country: "Neighbouring India".)
  const type = trade !== undefined ? 'organization' : m.type === 'organization' && lookupPlace(placeKey(rest))?.kind === 'country' ? 'place' : m.type;
  return { ...m, start: m.start + opening.length, text: rest, words: m.words.slice(opening.trim().split(/\s+/).length), key: placeKey(rest), name: rest, type };
}

// "Sri Lankan Sanath Jayasuriya", "Australian Greg Norman", tagged as one person: the nationality is not part
// of the name. (Only before a person: "Swiss Re", "South African Airways" keep theirs.)
// (And a people's noun: "who beat Scot Alan McManus", "Dane Bjarne Riis".)
const PEOPLES_NOUNS = new Set(['scot', 'briton', 'dane', 'swede', 'finn', 'pole', 'spaniard', 'frenchman', 'dutchman', 'welshman', 'irishman', 'englishman', 'scotsman', 'kiwi', 'aussie', 'norseman']);
// (And before a person the rules read, where the tagger read one body: "meets the Norwegian Casper Ruud"; not
// "the African National Congress", "Norwegian Air Shuttle". `ruledPerson` says where the rules read a person.)
export function withoutOpeningNationality(m: MentionCandidate, ruledPerson: (start: number, end: number) => boolean = () => false): MentionCandidate {
  if ((m.type !== 'person' && m.type !== 'organization') || m.words.length < 2) return m;
  const two = m.words.slice(0, 2).join(' ').toLowerCase();
  const first = m.words[0]!.toLowerCase();
  const count = LATE_NATIONALITIES.has(two) ? 2 : (NATIONALITY_ADJECTIVES.has(first) || PEOPLES_NOUNS.has(first)) && m.words.length > 2 ? 1 : 0;
  if (count === 0 || m.words.length <= count) return m;
  const from = m.start + m.text.indexOf(m.words[count]!, m.words.slice(0, count).join(' ').length);
  const person = m.type === 'person' || (m.words.length - count === 2 && ruledPerson(from, m.end) && m.words.slice(count).every((w) => !BODY_HEAD_WORDS.has(w) && !LEGAL_SUFFIXES.has(w)));
  if (!person) return m;
  const rest = m.text.slice(from - m.start);
  return { ...m, start: from, text: rest, words: m.words.slice(count), key: placeKey(rest), name: rest, type: 'person' };
}

// "Pierre van Hooijdonk … Van Hooijdonk, 26, scored": a surname with its particle, capitalised at a sentence
// start, is the person the document names in full (the tagger read a place).
export function withParticleSurnames(mentions: MentionCandidate[]): MentionCandidate[] {
  const tails = new Set<string>();
  for (const m of mentions) {
    const n = m.words.length;
    if (m.type === 'person' && n > 2 && NAME_PARTICLES.has(m.words[n - 2]!.toLowerCase())) tails.add(m.words.slice(n - 2).join(' ').toLowerCase());
  }
  if (tails.size === 0) return mentions;
  return mentions.map((m) => (m.type !== 'person' && m.words.length === 2 && tails.has(m.text.toLowerCase()) ? { ...m, type: 'person' } : m));
}

// "Commerzbank economist Peter Pietsch", "Lufthansa spokesman Thomas Jachnow": a capitalised name the tagger
// passed over (at a sentence start, where a capital says little) before a job and a person's name is the
// person's employer. (Not a word the lexicon knows: "Senior economist Jane Foley".)
// (Nor an adjective or a field: "Keynesian economist", "Behavioural economist", "Crypto analyst".)
const ADJECTIVE_ENDING = /(?:ian|ean|al|ic|ist|ive|ary|ous|ese|ish)$/;
const FIELDS = new Set(['crypto', 'fintech', 'tech', 'energy', 'oil', 'gas', 'bond', 'equity', 'equities', 'currency', 'forex', 'credit', 'property', 'housing', 'retail', 'sports', 'climate', 'health', 'defence', 'defense', 'security', 'election', 'polling']);
const ROLE_THEN_NAME = /^[ \t]+(?:chief[ \t]+)?(?:economist|analyst|strategist|spokes(?:man|woman|person)|dealer|trader|executive|chairman|chairwoman)[ \t]+\p{Lu}/u;
export function employersBeforeRoles(text: string, rules: MentionCandidate[], names: MentionCandidate[]): MentionCandidate[] {
  const employers: MentionCandidate[] = [];
  for (const r of rules) {
    // (Untyped, or an organisation by its capitals alone: "VW spokesman Klaus Kocks".)
    if (!(r.type === null || (r.type === 'organization' && r.evidence === 'shape')) || !ROLE_THEN_NAME.test(text.slice(r.end, r.end + 30))) continue;
    if (r.words.some((w) => (lexiconKind(w.toLowerCase()) ?? 'organization') !== 'organization' || ADJECTIVE_ENDING.test(w) || FIELDS.has(w.toLowerCase()))) continue;
    if (names.some((n) => n.start < r.end && r.start < n.end)) continue;
    const next = names.find((n) => n.start > r.end && n.start <= r.end + 30);
    if (next?.type === 'person') employers.push({ ...r, type: 'organization' });
  }
  return employers;
}


// "Iliescu 's Party of Social Democracy", tagged as one name: the possessive of a person the document names
// ends that person's name, and what follows is a name of its own.
const POSSESSIVE_INSIDE = /^(.+?)[ \t]?['’]s[ \t]+(?=\p{Lu})/u;
export function withoutPersonsPossessive(mentions: MentionCandidate[], surnames: ReadonlySet<string>): MentionCandidate[] {
  const people = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.text));
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    const owner = m.words.length > 1 ? POSSESSIVE_INSIDE.exec(m.text) : null;
    if (owner === null || !(surnames.has(owner[1]!) || people.has(owner[1]!))) {
      out.push(m);
      continue;
    }
    const person = owner[1]!;
    const rest = m.text.slice(owner[0].length);
    out.push(
      { ...m, end: m.start + person.length, text: person, words: person.split(/\s+/), key: placeKey(person), name: person, type: 'person', country: false },
      { ...m, start: m.end - rest.length, text: rest, words: rest.split(/\s+/), key: placeKey(rest), name: rest, country: false },
    );
  }
  return out;
}

// "British Airways Plc … BA chief executive Robert Ayling": capitals the tagger passed over that are the
// initials of a body the document names are that body (its legal form left out).
export function bodiesByInitials(text: string, names: MentionCandidate[]): MentionCandidate[] {
  const initials = new Set<string>();
  for (const m of names) {
    if (m.type !== 'organization') continue;
    const words = m.words.filter((w) => /^\p{Lu}/u.test(w) && !LEGAL_FORMS.has(w));
    // (Three letters or more: two collide with everyday abbreviations, "MP", "DM", "PA".)
    if (words.length >= 3 && words.length <= 5) initials.add(words.map((w) => w[0]).join(''));
    // (Each is looked for through the whole text: a page naming hundreds of bodies has its first few looked for.)
    if (initials.size >= MAX_INITIALS) break;
  }
  const found: MentionCandidate[] = [];
  for (const capitals of initials) {
    // (Mostly the capitals are nowhere in the text: a plain search spares the patterns.)
    if (!text.includes(capitals)) continue;
    // (Not a word the document writes in lower case: "BE", "IT", "WAR"; nor among capitals: "WILL BE DONE".)
    if (new RegExp(String.raw`\b${capitals.toLowerCase()}\b`).test(text)) continue;
    for (const at of capitalsIn(text, capitals)) {
      const end = at.index + capitals.length;
      if (CAPITALS_BEFORE.test(text.slice(Math.max(0, at.index - 20), at.index)) || CAPITALS_AFTER.test(text.slice(end, end + 20))) continue;
      if (!names.some((n) => n.start < end && at.index < n.end)) found.push(mentionAt(text, at.index, end, 'organization'));
    }
  }
  return found;
}
const MAX_INITIALS = 40;
// Where `capitals` stand as a word of their own in `text` (not inside "U.S.A." nor a longer word).
function capitalsIn(text: string, capitals: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}.])${capitals}(?![\p{L}\p{N}]|\.\p{L})`, 'gu'));
}
// "The Environment Agency (EA) … The EA said", "the Alliance Fleuve Congo (AFC) … AFC spokesman": capitals in
// brackets just after a name, spelling its initials, are that name, there and wherever the text writes them
// again; even two letters, since the text defines them. (Small words are skipped: "Office for the
// Coordination of Humanitarian Affairs" spells OCHA.)
const DEFINED = /^\s*\((\p{Lu}{2,6})\)/u;
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le', 'der', 'für']);
export function withDefinedInitials(text: string, names: MentionCandidate[]): MentionCandidate[] {
  const defined = new Map<string, MentionCandidate>();
  const bracketed: MentionCandidate[] = [];
  for (const m of names) {
    if (m.type === 'person' || m.type === null || m.words.length < 2) continue;
    const capitals = DEFINED.exec(text.slice(m.end, m.end + 10))?.[1];
    if (capitals === undefined || defined.has(capitals)) continue;
    const initials = m.words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && !LEGAL_FORMS.has(w)).map((w) => w.charAt(0).toUpperCase()).join('');
    if (initials === capitals) defined.set(capitals, m);
    // "the Workers' Party (PT)", "the Liberal Party (PL)": a body's capitals in brackets, of its name in another
    // language, are the body there (only there: two letters elsewhere may be anything).
    else if (m.type === 'organization') {
      const at = m.end + text.slice(m.end).indexOf('(') + 1;
      if (!names.some((n) => n.start < at + capitals.length && at < n.end)) bracketed.push({ ...mentionAt(text, at, at + capitals.length, 'organization'), country: false });
    }
  }
  if (defined.size === 0) return bracketed.length === 0 ? names : [...names, ...bracketed];
  const added: MentionCandidate[] = [...bracketed];
  const retyped = new Map<MentionCandidate, MentionCandidate>();
  for (const [capitals, body] of defined) {
    for (const at of capitalsIn(text, capitals)) {
      const end = at.index + capitals.length;
      const there = names.find((n) => n.start < end && at.index < n.end);
      if (there === undefined) added.push({ ...mentionAt(text, at.index, end, body.type!), country: false });
      else if (there.start === at.index && there.end === end && there.type !== body.type) retyped.set(there, { ...there, type: body.type });
    }
  }
  return added.length === 0 && retyped.size === 0 ? names : [...names.map((n) => retyped.get(n) ?? n), ...added];
}

// "the Medicines and Healthcare products Regulatory Agency (MHRA)", "the England and Wales Cricket Board (ECB)",
// "UK Research and Innovation (UKRI)", read by the tagger as two names or a shorter one: a body's initials in
// brackets say where its name begins. The name runs back over small words, and over a lower-case word between
// two capitalised ones ("Healthcare products Regulatory"), to the word where the initials of its capitalised
// words (all the letters of one in capitals, "UK") spell them, or spell them once a word after "and" is left out
// (ECB). Not over a person, a full stop or a comma, nor from inside another name; not for places, which stay
// apart ("the Middle East and North Africa (MENA)"), but for a place that ends a body's name the tagger read
// before it ("the Organisation for Security and Cooperation in Europe (OSCE)").
const MAX_WORDS_BACK = 6;
const WORD_BEFORE = /(?:^|\s)([^\s]+)\s+$/u;
export function withSpelledOutBodies(text: string, names: MentionCandidate[]): MentionCandidate[] {
  const replaced = new Map<MentionCandidate, MentionCandidate>();
  for (const m of names) {
    if (m.type === 'person' || replaced.has(m)) continue;
    const capitals = DEFINED.exec(text.slice(m.end, m.end + 10))?.[1];
    if (capitals === undefined || spells(m.words, capitals)) continue;
    if (m.type === 'place' && !names.some((n) => n.type === 'organization' && n.end <= m.start && m.start - n.end <= 4)) continue;
    let start = m.start;
    let found: number | undefined;
    for (let k = 0; k < MAX_WORDS_BACK && found === undefined; k++) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      if (word === undefined || /[.,;:!?()"“”\d]/u.test(word)) break;
      start = text.lastIndexOf(word, start - 1);
      if (SMALL_WORDS.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word)) continue;
      if (!/^\p{Lu}/u.test(word)) {
        // A lower-case word only inside the name: a capitalised word must come before it.
        const left = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
        if (left === undefined || !/^\p{Lu}/u.test(left)) break;
        continue;
      }
      if (spells(text.slice(start, m.end).split(/\s+/), capitals)) found = start;
    }
    if (found === undefined) continue;
    const from = found;
    // (Nor from inside another name: "UN Office" + "for the Coordination…", which a later rule joins whole.)
    if (names.some((n) => (n.type === 'person' && n.start < m.start && n.end > from) || (n.start < from && n.end > from))) continue;
    // (Its name on one line, though a plain-text page may wrap it: "Internet Engineering\n   Task Force (IETF)".)
    const name = text.slice(from, m.end).replace(/\s+/g, ' ');
    // (A named thing only where no part was read as a body: "HM Revenue" and "Customs", a body and a thing, are a body.)
    const thing = m.type === 'other' && !names.some((n) => n.start >= from && n.end <= m.end && n.type === 'organization');
    const body = { ...mentionAt(text, from, m.end, thing ? 'other' : 'organization'), name, key: placeKey(name), country: false };
    for (const n of names) if (n.start >= from && n.end <= m.end) replaced.set(n, body);
  }
  if (replaced.size === 0) return names;
  const out: MentionCandidate[] = [];
  const placed = new Set<MentionCandidate>();
  for (const n of names) {
    const body = replaced.get(n);
    if (body === undefined) out.push(n);
    else if (!placed.has(body)) {
      placed.add(body);
      out.push(body);
    }
  }
  return out;
}
// True when the initials of `words` spell `capitals`, or do once words after "and" or "&" are left out.
function spells(words: readonly string[], capitals: string): boolean {
  const parts: Array<{ letters: string; optional: boolean }> = [];
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()) || LEGAL_FORMS.has(w)) return;
    const letters = /^\p{Lu}{2,4}$/u.test(w) ? w : w.charAt(0);
    parts.push({ letters, optional: i > 0 && (words[i - 1] === 'and' || words[i - 1] === '&') });
  });
  if (parts.map((p) => p.letters).join('') === capitals) return true;
  // Leaving out words after "and": each left out at most once, the rest in order.
  const match = (part: number, at: number): boolean => {
    if (part === parts.length) return at === capitals.length;
    const { letters, optional } = parts[part]!;
    if (capitals.startsWith(letters, at) && match(part + 1, at + letters.length)) return true;
    return optional && match(part + 1, at);
  };
  return match(0, 0);
}

const CAPITALS_BEFORE = /\p{Lu}{2}[^\p{Ll}\s]*\s+$/u;
const CAPITALS_AFTER = /^\s+\p{Lu}{2}/u;
// Left out of a body's initials: its legal form, and "Co" ("Nintendo Co Ltd"), which is not read as a legal form
// elsewhere ("Co Durham").
const LEGAL_FORMS = new Set([...LEGAL_SUFFIXES, 'Co', 'Co.']);

/** A mention of `type` over text[start, end), for a name found by its layout or its letters rather than by the tagger. */
export function mentionAt(text: string, start: number, end: number, type: EntityType): MentionCandidate {
  const name = text.slice(start, end);
  const before = /(\p{Ll}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 20), start));
  return {
    start,
    end,
    text: name,
    type,
    words: name.split(/\s+/),
    key: placeKey(name),
    name,
    evidence: 'structure',
    ambiguous: false,
    acronym: /^\p{Lu}{2,}$/u.test(name),
    country: type === 'place',
    wordBefore: before?.[1] ?? '',
  };
}

// "the Madrid Open", "the Japan Cup", "the Boston Marathon", read as the place alone, and "the US Open" read as a
// place whole: a place and a contest's capitalised word after it name the contest, a named thing, not the place.
const CONTEST_WORDS = String.raw`(?:Open|Masters|Classic|Cup|Marathon|Trophy|Invitational|Championships?|Grand[ \t]+Prix)`;
const CONTEST_AFTER = new RegExp(String.raw`^[ \t]+${CONTEST_WORDS}\b`);
const CONTEST_END = new RegExp(String.raw`[ \t](?:${CONTEST_WORDS}|Cups|Prize|Award|Medal)$`);
const CUP_FIRST_WORDS = new Set(['Copa', 'Coppa', 'Coupe', 'Taça', 'Taca', 'COPA', 'COPPA', 'COUPE']);
export function withContestNames(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const contest = m.type === 'place' ? CONTEST_AFTER.exec(text.slice(m.end, m.end + 24))?.[0] : undefined;
    if (contest === undefined) {
      // (And a contest or a prize read as a person: "the Stanley Cup", "the Outland Trophy".)
      // (And a cup named in its own language, whatever it was read as: "the Copa Libertadores", "Coppa Italia".)
      const contestNamed = ((m.type === 'place' || m.type === 'person') && CONTEST_END.test(m.text)) || (m.words.length > 1 && CUP_FIRST_WORDS.has(m.words[0]!));
      out.push(contestNamed ? { ...m, type: 'other', country: false } : m);
      continue;
    }
    let end = m.end + contest.length;
    // A name the tagger read in the contest's word ("US Open" as "Open") is part of it.
    while (sorted[i + 1] !== undefined && sorted[i + 1]!.start < end) end = Math.max(end, sorted[++i]!.end);
    out.push({ ...mentionAt(text, m.start, end, 'other'), evidence: m.evidence });
  }
  return out;
}

// "Peter the Great", "Alfonso the Wise", "Ivan the Terrible", tagged "Peter" (and "Great" a place now and
// then): a person's epithet after "the" is part of the name. Only the epithets of rulers and saints, not any
// capitalised word after "the" ("told Smith the Guardian had…").
const EPITHETS = new Set(['Great', 'Wise', 'Elder', 'Younger', 'Conqueror', 'Confessor', 'Bold', 'Pious', 'Bald', 'Fair', 'Good', 'Just', 'Magnificent', 'Terrible', 'Lionheart', 'Navigator', 'Apostle', 'Baptist', 'Evangelist', 'Sanctified', 'Venerable', 'Unready', 'Lawgiver', 'Liberator', 'Cruel', 'Silent', 'Lame', 'Mad']);
const EPITHET_AFTER = /^[ \t]the[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])(?![ \t]\p{Lu})/u;
export function withEpithets(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const epithetOf = (m: MentionCandidate): string | undefined => {
    if (m.type !== 'person') return undefined;
    const found = EPITHET_AFTER.exec(text.slice(m.end, m.end + 24));
    return found !== null && EPITHETS.has(found[1]!) ? found[0] : undefined;
  };
  // Most texts name no ruler: they are left as they are, unsorted.
  if (!mentions.some((m) => epithetOf(m) !== undefined)) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const epithet = epithetOf(m);
    if (epithet === undefined) {
      out.push(m);
      continue;
    }
    const end = m.end + epithet.length;
    // The epithet read as a name of its own ("Great", a place) is the person's.
    while (sorted[i + 1] !== undefined && sorted[i + 1]!.start < end) i++;
    out.push({ ...mentionAt(text, m.start, end, 'person'), evidence: m.evidence, ambiguous: m.ambiguous, country: false, wordBefore: m.wordBefore });
  }
  return out;
}

// "al-Qaeda", "the al Qaeda network", tagged "Qaeda" (a place, now and then): a name after a lower-case Arabic
// article takes it back, hyphened always, with a space where the whole is a body we know; and a body we know
// by its name with the article is that body ("al-Qaeda", tagged a place whole).
const ARABIC_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:al|el|Al|El)([- ])$/u;
export function withArabicArticles(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.map((m) => {
    const joint = ARABIC_ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[1];
    const whole = joint === undefined ? m.text : text.slice(m.start - 3, m.end);
    const known = /^(?:al|el)[- ]/i.test(whole) && KNOWN_ORGANIZATIONS.has(whole.toLowerCase());
    if (joint === undefined) return known && m.type !== 'organization' ? { ...m, type: 'organization', country: false } : m;
    // (With a space, only a body we know: "Al Gore" is a man, "al Qaeda" a body.)
    if (joint === ' ' && !known) return m;
    const widened = { ...mentionAt(text, m.start - 3, m.end, 'organization'), type: known ? 'organization' : m.type, evidence: m.evidence };
    return { ...widened, country: m.country && !known };
  });
}

// "between the Earth and the Moon", "this Earth-Moon highway": our planet and its moon are places (the tagger
// reads Earth as a named thing, as some of its training data does, and passes over the Moon). Earth is one
// wherever it is a name on its own (not "Earth Day", "Google Earth", "Earth, Wind & Fire"); the Moon after "the"
// or "Earth-" (not "Moon Jae-in", "Ban Ki-moon", "the Moon administration").
const EARTH_OR_MOON = /(?:(?<![\p{L}\p{N}-])Earth|(?<=\bthe[ \t]|Earth-)Moon)(?![\p{L}\p{N}])/gu;
const NOT_PLANET_AFTER = /^(?:[ \t]+\p{Lu}|,[ \t]+\p{Lu}\p{Ll}*[ \t]+&|[ \t]+(?:administration|government|presidency|era|cabinet|camp|years)\b)/u;
const NAME_BEFORE = /\p{Lu}[\p{L}.]*[ \t]+(?:of[ \t]+the[ \t]+)?$/u;
const LEADERS_RULE_AFTER = /^[ \t]+(?:administration|government|presidency|era|cabinet)\b/;
export function withEarthAndMoon(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!text.includes('Earth') && !text.includes('Moon')) return mentions;
  // "this Earth-Moon highway", tagged as one name: the two bodies, each found below.
  const out = mentions.filter((m) => !/^(?:Earth-Moon|Moon-Earth)$/.test(m.text)).sort((a, b) => a.start - b.start);
  const added: MentionCandidate[] = [];
  let k = 0;
  for (const at of text.matchAll(EARTH_OR_MOON)) {
    const end = at.index + at[0].length;
    // (Not in a longer name: "Earth Day", "Google Earth", "Friends of the Earth".)
    const before = text.slice(Math.max(0, at.index - 24), at.index);
    // (A capitalised "The" is no name: "The Earth-Moon distance".)
    // The mentions and the matches are both in order: one walk over each.
    while (k < out.length && out[k]!.end <= at.index) k++;
    const next = out[k];
    // "Under the Moon administration", read as the place: the president's name.
    if (next !== undefined && next.start === at.index && next.end === end && next.type === 'place' && LEADERS_RULE_AFTER.test(text.slice(end, end + 16))) out[k] = { ...next, type: 'person' };
    if (NOT_PLANET_AFTER.test(text.slice(end, end + 16)) || (NAME_BEFORE.test(before) && !/(?:^|\s)The[ \t]+$/.test(before))) continue;
    if (next !== undefined && next.start === at.index && next.end === end) out[k] = { ...next, type: 'place' };
    else if (next === undefined || next.start >= end) added.push(mentionAt(text, at.index, end, 'place'));
  }
  return added.length === 0 ? out : [...out, ...added];
}

// "I live in Invercargill New Zealand", "Location: Houston Texas USA", "U.S. Middle East envoy": two places the
// writer left without a comma, read as one, are two, where the whole is no place we know, the first part is one
// and the last a country or a state ("Kansas City", "New England", "Papua New Guinea" and "Lincoln Reservoir" stay
// whole).
// (And "a Texas Republican", "a South Dakota Democrat", read as one body or place: the state, and the party's
// member, a named thing apart.)
const PARTY_MEMBERS = /^(?:Republican|Republicans|Democrat|Democrats)$/;
export function withPlacesApart(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    const last = m.words[m.words.length - 1]!;
    const state = m.words.length >= 2 && (m.type === 'place' || m.type === 'organization') && PARTY_MEMBERS.test(last) ? m.text.slice(0, m.text.length - last.length).trimEnd() : undefined;
    if (state !== undefined && m.text.endsWith(last) && isCountryOrState(placeKey(state))) {
      out.push({ ...mentionAt(text, m.start, m.start + state.length, 'place'), evidence: m.evidence }, { ...mentionAt(text, m.end - last.length, m.end, 'other'), evidence: m.evidence });
      continue;
    }
    // "Kelantan MACC director", "the Delhi BJP chief", read as one body: a place we know and a body's capitals
    // after it are the place and the body (not a place's own code: "Washington DC", "Kuala Lumpur KL").
    // (Nor a school district's letters: "Dallas ISD".)
    const capitals = m.words.length >= 2 && m.type === 'organization' && /^\p{Lu}{3,6}$/u.test(last) && !/^(?:ISD|CISD|USD|PUSD|UHSD|SD)$/.test(last) ? m.text.slice(0, m.text.length - last.length).trimEnd() : undefined;
    // (Nor a line in capitals, "KANSAS CITY 4", nor a continent's body, "Africa CDC".)
    if (capitals !== undefined && m.text.endsWith(` ${last}`) && /\p{Ll}/u.test(capitals) && !CONTINENTS.has(capitals) && isListedPlace(placeKey(capitals)) && !isListedPlace(last.toLowerCase()) && !PLACE_MODIFIERS.has(m.words[0]!)) {
      out.push({ ...mentionAt(text, m.start, m.start + capitals.length, 'place'), evidence: m.evidence }, { ...mentionAt(text, m.end - last.length, m.end, 'organization'), evidence: m.evidence });
      continue;
    }
    // "the Russian Black Sea port", read as one place: a people's word before a place we know is its own named
    // thing (not a place so named: "British Columbia", "American Samoa").
    const people = m.type === 'place' && m.words.length >= 3 && isDemonym(m.words[0]!.toLowerCase()) && !isListedPlace(placeKey(m.text)) ? m.text.slice(m.words[0]!.length).trimStart() : undefined;
    if (people !== undefined && m.text.endsWith(people) && isListedPlace(placeKey(people))) {
      out.push({ ...mentionAt(text, m.start, m.start + m.words[0]!.length, 'other'), evidence: m.evidence }, { ...mentionAt(text, m.end - people.length, m.end, 'place'), evidence: m.evidence });
      continue;
    }
    out.push(...(m.type === 'place' && m.words.length >= 2 && !isListedPlace(placeKey(m.text)) ? placesApart(text, m) : [m]));
  }
  return out;
}
const CONTINENTS = new Set(['Africa', 'Asia', 'Europe', 'America', 'Oceania', 'Antarctica', 'Latin America', 'North America', 'South America']);
// (Not a part of the place: "Central Ukraine", "Baja California", "Downtown Detroit".)
const PLACE_MODIFIERS = new Set(
  'Central North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest Upper Lower Greater Inner Outer Mid Middle Baja Bay Jersey Metro Downtown Coastal Rural Old New Little Great Grand'.split(' '),
);
function placesApart(text: string, m: MentionCandidate): MentionCandidate[] {
  for (let k = m.words.length - 1; k >= 1; k--) {
    const head = m.words.slice(0, k).join(' ');
    const tail = m.words.slice(k).join(' ');
    // (The first part a country by its abbreviation too: "U.S. Middle East envoy".)
    if (PLACE_MODIFIERS.has(m.words[k - 1]!) || !(isListedPlace(placeKey(head)) || isCountry(placeKey(head))) || !isCountryOrState(placeKey(tail)) || m.text !== `${head} ${tail}`) continue;
    const first = { ...mentionAt(text, m.start, m.start + head.length, 'place'), evidence: m.evidence };
    const rest = m.start + head.length + 1;
    return [first, ...placesApart(text, { ...mentionAt(text, rest, m.end, 'place'), evidence: m.evidence })];
  }
  return [m];
}
function placeKind(key: string): string | undefined {
  return lookupPlace(key)?.kind ?? (lookupAlias(key)?.kind === 'place' ? 'country' : undefined);
}
const isCountry = (key: string): boolean => placeKind(key) === 'country';
function isCountryOrState(key: string): boolean {
  const kind = placeKind(key);
  return kind === 'country' || kind === 'region';
}

// "the Pakistan Muslim League-Nawaz (PML-N)", "the JD-U", tagged "PML": a party's initials go on through a hyphen
// to the faction's letter, a capital.
// (One letter: not "the EU-US deal", two bodies.)
const FACTION_LETTER = /^-\p{Lu}(?![\p{L}\p{N}-])/u;
export function withFactionLetters(text: string, m: MentionCandidate): MentionCandidate {
  if (m.type !== 'organization' || !/^\p{Lu}{2,6}$/u.test(m.text)) return m;
  const letter = FACTION_LETTER.exec(text.slice(m.end, m.end + 3))?.[0];
  return letter === undefined ? m : { ...mentionAt(text, m.start, m.end + letter.length, 'organization'), evidence: m.evidence, acronym: m.acronym };
}

// "Théo Garnier of Cofidis", "Remco Evenepoel of Soudal", tagged as one person: a person named in full and "of" a
// team, a firm or a place is the person, and the team, firm or place after it a name of its own. (Not a ruler's
// or a saint's "of", "Catherine of Aragon", "Mary Queen of Scots": a given name and a surname before it.)
const RULER_WORDS = new Set(['King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Earl', 'Countess', 'Count', 'Lord', 'Lady', 'Baron', 'Baroness', 'Bishop', 'Archbishop', 'Saint', 'St', 'St.', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Khan', 'Pope']);
export function withAffiliationApart(text: string, m: MentionCandidate): MentionCandidate[] {
  const of = m.words.indexOf('of');
  if (m.type !== 'person' || of < 2 || m.words.length - of - 1 < 1 || m.words.length - of - 1 > 3) return [m];
  const before = m.words.slice(0, of);
  const after = m.words.slice(of + 1);
  if (before.some((w) => RULER_WORDS.has(w)) || !after.every((w) => /^\p{Lu}/u.test(w)) || lexiconKind(before[0]!.toLowerCase()) === 'honorific') return [m];
  const person = text.slice(m.start, m.end).search(/\sof\s/);
  const tail = m.start + text.slice(m.start, m.end).search(/\sof\s\S/) + 4;
  if (person < 0 || tail < m.start + 4) return [m];
  const rest = text.slice(tail, m.end);
  return [{ ...mentionAt(text, m.start, m.start + person, 'person'), evidence: m.evidence }, { ...mentionAt(text, tail, m.end, isListedPlace(placeKey(rest)) ? 'place' : 'organization'), evidence: m.evidence }];
}

// "Thanks, Chris Abel Manager, Risk Controls", "Magali Van Belle Consultant PHB Hagler Bailly": a signature's job,
// written after the name without a comma and read into it, ends the person's name there (what follows is the
// employer, or the job's own words). (Jobs that are not also surnames: not "Butler", "Cook", "Mason".)
const SIGNATURE_JOBS = new Set(['Manager', 'Consultant', 'Director', 'Analyst', 'Coordinator', 'Assistant', 'Specialist', 'Associate', 'Administrator', 'Supervisor', 'Executive', 'Engineer', 'Counsel', 'Attorney', 'Secretary', 'Chairman', 'Chairwoman', 'President', 'Vice', 'Senior', 'Principal', 'Intern']);
export function withoutClosingJob(m: MentionCandidate): MentionCandidate {
  if (m.type !== 'person' || m.words.length < 3) return m;
  const at = m.words.findIndex((w, i) => i >= 2 && SIGNATURE_JOBS.has(w));
  if (at < 0) return m;
  const rest = m.words.slice(0, at).join(' ');
  if (!m.text.startsWith(rest)) return m;
  return { ...m, end: m.start + rest.length, text: rest, words: m.words.slice(0, at), key: placeKey(rest), name: rest };
}

// "47 Labour MPs signed", "Conservative leader Kemi Badenoch": a party named before its members or its offices is
// the party, a body (the tagger reads "Labour MPs" whole, and "Conservative" as a word). Parliaments' parties
// only, and not a nickname ("a Tory government"): an American party's adjective is not its name ("Republican senators").
const PARTY = String.raw`(?:Labour|Conservative|Liberal Democrat|Lib Dem|Green|SNP|Plaid Cymru|Reform UK|Sinn Féin|Fianna Fáil|Fine Gael|Alliance|DUP|Likud|Fidesz|BJP)`;
const MEMBERS = String.raw`(?:MPs?|MSPs?|MEPs?|TDs?|AMs?|peers?|councillors?|candidates?|leader|deputy leader|party|government|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|members?|activists?|backbenchers?|whips?|manifesto|conference)`;
const PARTY_BEFORE_MEMBERS = new RegExp(String.raw`(?<![\p{L}-])(${PARTY})(?=\s+${MEMBERS}\b)`, 'gu');
const MEMBERS_LAST = /^(?:MPs?|MSPs?|MEPs?|TDs?|AMs?)$/;
export function withPartiesBeforeMembers(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  let out = mentions.map((m) => {
    if (m.words.length < 2 || !MEMBERS_LAST.test(m.words[m.words.length - 1]!)) return m;
    const rest = m.text.slice(0, m.text.lastIndexOf(' '));
    return { ...m, end: m.start + rest.length, text: rest, words: m.words.slice(0, -1), key: placeKey(rest), name: rest, type: 'organization' as const };
  });
  for (const party of text.matchAll(PARTY_BEFORE_MEMBERS)) {
    const start = party.index;
    const end = start + party[1]!.length;
    const there = out.find((n) => n.start < end && start < n.end);
    if (there === undefined) out = [...out, { ...mentionAt(text, start, end, 'organization'), country: false }];
    else if (there.start === start && there.end === end && there.type !== 'organization') out = out.map((n) => (n === there ? { ...n, type: 'organization' as const } : n));
  }
  return out;
}

// "the Battle of Fredericksburg", "the Siege of Petersburg", "the Treaty of Versailles", read as the place: a
// place after a battle's or a treaty's word names the event, a named thing. And "Montreal HC", "the Oxford City
// Council", read as the place: a place and a body's word after it name the body.
// (Only these words: "Liberation of Crimea", "Occupation of Gaza City" in a headline's capitals are no events.)
const EVENT_BEFORE = /\b(?:Battle|Battles|Siege|Treaty|Massacre)[ \t]+of[ \t]+(?:the[ \t]+)?$/;
// (Not "Bank": "the West Bank"; nor a railway, a body to some annotators and a place to others.)
// (Nor "Star" and "Sun", a town's or a headline's words as often: "Rising Sun, Indiana", "Hollywood Star, 89, Dies";
// nor a word with a hyphen after it: "Germany Post-Merkel", "Ukraine Post-War Recovery".)
const BODY_WORDS = 'Airlines|Airways|University|College|Council|Police|Patrol|Broadcasting|Elementary|FC|HC|AFC|Club|Company|Corporation|Symphony|Orchestra|Transport|Transit|Herald|Tribune|Gazette|Times|Post|Journal|Chronicle|Globe|Mail|Courier|Observer|Examiner|Inquirer|Telegraph|Dispatch|Bulletin';
const BODY_AFTER = new RegExp(String.raw`^[ \t]+(?:${BODY_WORDS})\b(?![ \t]+\p{Lu}|[-'’])`, 'u');
const BODY_END = new RegExp(String.raw`\S[ \t]+(?:${BODY_WORDS})$`);
// "the Wake County Public School System", "Georgia Public Broadcasting", "the Missouri Attorney General's Office",
// "the California Highway Patrol", read as the place alone: a place and up to three capitalised words ending in
// a word for a public body name the body. (The words after the place are no name of their own: the tagger read
// none there, or it would have read the place's name on.)
const BODY_NAMED_AFTER = /^[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}(?:School[ \t]+System|Schools|School[ \t]+District|Broadcasting|Highway[ \t]+Patrol|State[ \t]+Patrol|Police[ \t]+Department|Sheriff['’]s[ \t]+Office|General['’]s[ \t]+Office|Fire[ \t]+Department|Transit[ \t]+Authority|Housing[ \t]+Authority|Port[ \t]+Authority|Revenue[ \t]+Authority|Water[ \t]+Authority|Health[ \t]+Department|Department[ \t]+of[ \t]+\p{Lu}\p{L}+)\b(?![ \t]+\p{Lu})/u;
export function withEventsAndBodiesOfPlaces(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const read = mentions.map((m): MentionCandidate => {
    if (m.type !== 'place') return m;
    const event = EVENT_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[0];
    if (event !== undefined) return { ...mentionAt(text, m.start - event.length, m.end, 'other'), evidence: m.evidence };
    const body = BODY_AFTER.exec(text.slice(m.end, m.end + 20))?.[0] ?? BODY_NAMED_AFTER.exec(text.slice(m.end, m.end + 60))?.[0];
    if (body !== undefined) return { ...mentionAt(text, m.start, m.end + body.length, 'organization'), evidence: m.evidence, country: false };
    return BODY_END.test(m.text) ? { ...m, type: 'organization', country: false } : m;
  });
  // (What the tagger read inside a body's words is the body's: "General's Office" in the Attorney General's.)
  const grown = read.filter((m, i) => m.end > mentions[i]!.end);
  return withoutNamesInside(read, grown);
}

// "Waltham Forest Lest you be confused", "… Texas USA Then": a word that opens a clause, capitalised where a
// sentence began without a full stop, is no part of the name before it.
// (Not "I", "A", "Yes", "Then", "It": "Elizabeth I", "Serie A", "the Scottish Yes campaign", "Now And Then".)
const CLAUSE_OPENERS = new Set('lest if when while whilst because although though unless whereas however meanwhile but and or yet thus hence the an we you he she they this these those there here please thanks hello'.split(' '));
export function withoutClosingClauseWord(m: MentionCandidate): MentionCandidate {
  const n = m.words.length;
  if (n < 2 || !CLAUSE_OPENERS.has(m.words[n - 1]!.toLowerCase())) return m;
  const rest = m.words.slice(0, -1).join(' ');
  if (!m.text.startsWith(rest)) return m;
  return { ...m, end: m.start + rest.length, text: rest, words: m.words.slice(0, -1), key: placeKey(rest), name: rest };
}

// "Contact: John Smith Tel. (212) 555-0100", tagged "John Smith Tel"; "Phone 410-468-3798 Fax 410-468-3499",
// "Market Place Ste 500", "Fax" tagged a person: a contact's label before its number is no name and no part of
// one. ("Mobile" is not among them, "Mobile 3, Birmingham 1", nor "Suite", "Cello Suite 1".)
const CONTACT_LABELS = new Set(['Tel', 'Tel.', 'Fax', 'Phone', 'Ph', 'Cell', 'Ste', 'Ste.', 'Apt', 'Apt.']);
const NUMBER_NEXT = /^\.?:?[ \t]*[+(]?\d/;
export function isContactLabel(text: string, m: MentionCandidate): boolean {
  return m.words.length === 1 && CONTACT_LABELS.has(m.text) && NUMBER_NEXT.test(text.slice(m.end, m.end + 6));
}
export function withoutContactLabel(text: string, m: MentionCandidate): MentionCandidate {
  const n = m.words.length;
  if (n < 2 || !CONTACT_LABELS.has(m.words[n - 1]!) || !NUMBER_NEXT.test(text.slice(m.end, m.end + 6))) return m;
  const rest = m.words.slice(0, -1).join(' ');
  if (!m.text.startsWith(rest)) return m;
  return { ...m, end: m.start + rest.length, text: rest, words: m.words.slice(0, -1), key: placeKey(rest), name: rest };
}

// "Moon Jae-in", "Kim Jong-un", "Lam Cheuk-ting", tagged "Moon Jae", "Kim Jong": a Korean or Chinese given name
// goes on past its hyphen in lower case. (Not a word after a name: "Smith-led", "Biden-era", "Merkel-style".)
// Both the word before the hyphen and the one after are single romanised syllables ("Jong", "Cheuk"; "un",
// "myung"), which English surnames and suffixes mostly are not ("Trump-lite", "Swift-mania", "Bush-signed").
const HYPHENED_SYLLABLE = /^-([a-z]{1,6})(?![\p{L}\p{N}-])/u;
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r)?$/i;
// (Only the words after a name that pass for a syllable need listing: "Trump-led", "Biden-era" already fail it.)
const AFTER_NAME_WORDS = new Set('free run type ian year day loyal fan team speak ship dom ful the but who her our not for san'.split(' '));
export function withHyphenedGivenNames(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.map((tagged) => {
    // (Tagged up to its hyphen, "Moon Jae-": the name before it.)
    const m = tagged.type === 'person' && tagged.text.endsWith('-') ? { ...mentionAt(text, tagged.start, tagged.end - 1, 'person'), evidence: tagged.evidence } : tagged;
    if (m.type !== 'person' || m.words.length < 2 || !ROMANISED_SYLLABLE.test(m.words[m.words.length - 1]!)) return tagged;
    const syllable = HYPHENED_SYLLABLE.exec(text.slice(m.end, m.end + 9))?.[1];
    if (syllable === undefined || AFTER_NAME_WORDS.has(syllable) || !ROMANISED_SYLLABLE.test(syllable)) return tagged;
    return { ...mentionAt(text, m.start, m.end + syllable.length + 1, 'person'), evidence: m.evidence };
  });
}

// "the 82nd Airborne Division", "the Sixth Fleet", "IV Corps", read without the number: a military unit's
// ordinal is its name's first word.
const UNIT_END = /(?:^|\s)(?:Division|Corps|Fleet|Army|Brigade|Regiment|Battalion|Wing|Squadron|Air Force|Infantry|Cavalry|Artillery|Marines)$/;
const ORDINAL_BEFORE = /(?:^|[^\p{L}\p{N}])((?:\d+(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|[IVX]{1,5})[ \t]+)$/u;
export function withUnitOrdinals(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.map((m) => {
    if (m.type !== 'organization' || !UNIT_END.test(m.text) || /^(?:\d|[IVX]+\s)/.test(m.text)) return m;
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
    // (Not a date's: "On June 3rd Army engineers".)
    const dated = ordinal !== undefined && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+$/.test(text.slice(Math.max(0, m.start - ordinal.length - 12), m.start - ordinal.length));
    return ordinal === undefined || dated ? m : { ...mentionAt(text, m.start - ordinal.length, m.end, 'organization'), evidence: m.evidence, country: false };
  });
}

// "By Nor Azlina Mohd Zain", tagged from "Azlina": "Nor", a Malay given name, is read as the word that opens
// a sentence, which is never followed straight by a full name (it takes an auxiliary: "Nor did he").
export function withGivenNameNor(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.map((m) => {
    // (Not after a sentence's end, "Not Vladimir Putin. Nor Xi Jinping." is the conjunction; nor before a given
    // name the lexicons know. After a line's start, "By", a job: "Deputy public prosecutor Nor Hayati Ismail".)
    if (m.type !== 'person' || m.words.length < 2 || m.start < 4 || text.slice(m.start - 4, m.start) !== 'Nor ' || /(?:[.!?:;"“”][ \t]+|[\p{L}\p{N}])$/u.test(text.slice(Math.max(0, m.start - 7), m.start - 4)) || lexiconKind(m.words[0]!.toLowerCase()) === 'first-name') return m;
    return { ...mentionAt(text, m.start - 4, m.end, 'person'), evidence: m.evidence };
  });
}

// "the PPP-led Sindh government", "the PAS-led state government": capitals before "-led" or "-backed" are a body
// (or a country: "the US-led coalition"), which the tagger, reading one hyphened word, leaves out.
// And a name joined by Urdu's and Persian's "of", "Jamaat-i-Islami", "Lashkar-e-Taiba": a party or an armed
// group, not a named thing (where the tagger read no person).
// (Not "-linked" or "-aligned", said of anything, "COVID-linked deaths"; nor the capitals of a thing, "AI-led",
// "SOFR-linked": the common and technical acronyms, but "PPP", Pakistan's party before "-led", not the parity.)
const LED_BY_CAPITALS = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})-(?:led|backed|ruled|run|controlled|dominated|governed)\b/gu;
const NOT_LEADERS = new Set(['sofr', 'esg', 'cpi', 'var', 'ev']);
const isLeader = (capitals: string): boolean => {
  const key = capitals.toLowerCase();
  return key === 'ppp' || (!NON_ENTITY_ACRONYMS.has(key) && !TECHNICAL_ACRONYMS.has(key) && !NOT_LEADERS.has(key));
};
// (Only "-e-" and "-i-", "Inzamam-ul-Haq" is a man; and only after a word for a party, a front or an army: not
// "the Koh-i-Noor diamond", "Minar-e-Pakistan".)
const IZAFE_NAME = /(?<![\p{L}\p{N}-])(?:Jamaat|Jamiat|Tehreek|Tehrik|Lashkar|Jaish|Sipah|Hizb|Harkat|Majlis|Anjuman|Ittehad|Muttahida|Markaz|Jamhoori|Tanzeem|Tanzim)-(?:e|i)-\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/gu;
// And an Australian radio station's call sign, "6PR", "882 6PR", "told 3AW", in a text about radio (not "4WD", "3DS",
// "2FA", a size or a time).
// (A frequency before it, "882 6PR", but not a year, "In 2024 3AW"; nor a unit or an ordinal: "5KW", "4TH".)
const CALL_SIGN = /(?<![\p{L}\p{N}.,-])(?:(?!(?:19|20)\d\d\b)\d{3,4}(?:\.\d)?[ \t]+)?[1-9](?!(?:AM|PM|WD|DS|FA|GP|GL|PL|TB|MB|KB|GB|HD|XL|KW|MW|GW|TH|ST|ND|RD|KM|MM|CM|D)\b)[A-Z]{2,3}(?![\p{L}\p{N}-])/gu;
const RADIO_WORDS = /\b(?:radio|broadcast(?:er|ing|s)?|airwaves|talkback|listeners)\b/i;
export function withBodiesByShape(text: string, mentions: MentionCandidate[], isPlace: (key: string) => boolean): MentionCandidate[] {
  const radio = RADIO_WORDS.test(text) && /\b[1-9][A-Z]{2,3}\b/.test(text);
  if (!radio && !/-(?:led|backed|ruled|run|controlled|dominated|governed)\b|-[ei]-/.test(text)) return mentions;
  const found: MentionCandidate[] = [];
  if (radio) for (const m of text.matchAll(CALL_SIGN)) found.push(mentionAt(text, m.index, m.index + m[0].length, 'organization'));
  for (const m of text.matchAll(LED_BY_CAPITALS)) if (isLeader(m[1]!)) found.push(mentionAt(text, m.index, m.index + m[1]!.length, isPlace(m[1]!.toLowerCase()) ? 'place' : 'organization'));
  for (const m of text.matchAll(IZAFE_NAME)) found.push(mentionAt(text, m.index, m.index + m[0].length, 'organization'));
  if (found.length === 0) return mentions;
  // (Looked up by halves and by their offsets: a long page about radio names its stations thousands of times.)
  const byOffsets = new Map(found.map((f) => [`${f.start}:${f.end}`, f]));
  const foundIndex = new SpanIndex(found);
  const out = mentions.map((m) => {
    const body = byOffsets.get(`${m.start}:${m.end}`);
    return body !== undefined && (m.type === 'other' || m.type === null) ? { ...m, type: body.type, country: false } : m;
  });
  // (A name found here that holds what was read inside it takes its place: "882 6PR" read as "6PR".)
  const kept = out.filter((m) => {
    const f = foundIndex.containing(m.start);
    return f === undefined || !(m.end <= f.end && f.end - f.start > m.end - m.start);
  });
  const keptIndex = new SpanIndex(kept);
  for (const f of found) if (!keptIndex.overlaps(f.start, f.end)) kept.push(f);
  return kept;
}

// "Comex March copper fell", tagged "Comex March": a month after a body's name, before the word for what is traded
// in it, is the contract's month, no part of the name.
const CLOSING_MONTH = /\s(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
export function withoutClosingMonth(text: string, m: MentionCandidate): MentionCandidate {
  if (m.type !== 'organization' || m.words.length < 2 || !CLOSING_MONTH.test(m.text) || !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return m;
  const name = m.text.slice(0, m.text.lastIndexOf(' '));
  return { ...mentionAt(text, m.start, m.start + name.length, 'organization'), evidence: m.evidence, acronym: m.acronym };
}

// "the Marxist Tupac Amaru Revolutionary Movement", "the Maoist Communist Party of India", tagged whole: the
// creed before a movement's name is a named thing of its own, as a people's word is. (A long name only: "the
// Islamist Hamas" keeps "Hamas" for the tagger's reading of it.)
const CREEDS = /^(?:Marxist|Maoist|Islamist|Trotskyist|Jihadist|Separatist|Leftist|Rightist)$/;
// (Not a party's own creed: "the Marxist-Leninist Communist Party", "the Maoist Communist Centre".)
const CREED_PARTIES = /^(?:Leninist|Communist|Socialist|Workers|Movement|Front|Party)$/;
export function withCreedApart(text: string, m: MentionCandidate): MentionCandidate[] {
  if ((m.type !== 'organization' && m.type !== 'other') || m.words.length < 3 || !CREEDS.test(m.words[0]!) || !/^\p{Lu}/u.test(m.words[1]!) || CREED_PARTIES.test(m.words[1]!)) return [m];
  const rest = m.start + m.text.indexOf(m.words[1]!, m.words[0]!.length);
  return [{ ...mentionAt(text, m.start, m.start + m.words[0]!.length, 'other'), evidence: m.evidence }, { ...mentionAt(text, rest, m.end, 'organization'), evidence: m.evidence }];
}

// "the Parc des Princes", "the Stade de France", "Plaza de Mayo", tagged "Parc": a Romance language's word for a
// park, a square, a stadium or a palace goes on through its "of" to the capitalised name after it.
const ROMANCE_HEADS = new Set(['Parc', 'Stade', 'Place', 'Palais', 'Musée', 'Rue', 'Gare', 'Pont', 'Porte', 'Quai', 'Jardin', 'Bois', 'Château', 'Île', 'Estadio', 'Plaza', 'Puerta', 'Museo', 'Calle', 'Avenida', 'Palacio', 'Parque', 'Stadio', 'Piazza', 'Palazzo', 'Ponte', 'Campo']);
const ROMANCE_OF_NAME = /^[ \t](?:de[ \t]la|de[ \t]l['’]|des|du|de|d['’]|del|della|di|dei|do|da|dos|das)[ \t]?\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)*/u;
export function withRomancePlaceNames(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const grown: MentionCandidate[] = [];
  const out = mentions.map((m): MentionCandidate => {
    if (m.words.length !== 1 || !ROMANCE_HEADS.has(m.text)) return m;
    const rest = ROMANCE_OF_NAME.exec(text.slice(m.end, m.end + 60))?.[0];
    if (rest === undefined) return m;
    const name = { ...mentionAt(text, m.start, m.end + rest.length, m.type === 'organization' ? 'organization' : 'place'), evidence: m.evidence, country: false };
    grown.push(name);
    return name;
  });
  return withoutNamesInside(out, grown);
}

/** `mentions` less those inside one of the names `grown` out of them (which stay). */
function withoutNamesInside(mentions: MentionCandidate[], grown: MentionCandidate[]): MentionCandidate[] {
  if (grown.length === 0) return mentions;
  const kept = new Set(grown);
  return mentions.filter((m) => kept.has(m) || !grown.some((g) => m.start >= g.start && m.end <= g.end));
}
