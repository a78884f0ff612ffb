// What the words around a name say about its type, once the tagger and the rules have found the names: a
// company held in shares or named with a suffix, a club in a sports report, a body named by its kind, a river,
// a nationality, a code, a storm. Each rule came from reading held-out articles, has a test in
// test/entities-tagger.test.ts, and is narrowed by the sentences a review built to break it (same file).
import type { MentionCandidate } from './entity-recogniser';
import type { EntityType } from './types';
import { isNounLike, BODY_HEAD_WORDS, CALENDAR_WORDS, FAITHS_AND_RITES, LATE_KNOWN_BODIES, GROUP_ADJECTIVES, LOCATIVE_WORDS, PLACE_HEADS, LATE_NATIONALITIES, LANGUAGES, LEGAL_SUFFIXES, NATIONALITY_ADJECTIVES, STATE_BODIES, isPlatformX } from './name-lexicons';
import { isDemonym, isListedPlace, isOrganizationWord, isPlaceWord, lexiconKind } from './name-lookup';
import { isRoadByNumber } from './whole-names';
import { lookupPlace, placeKey } from './gazetteer';
import { PERSON_ROLES } from './attribution-words';
import { isSportsReport, sportsTeams } from './sports-teams';
import { withSportsTables } from './sports-tables';
import { isDateline } from './datelines';
import { mentionAt } from './name-edges';
import { SpanIndex } from './span-index';
import { asciiWordBefore } from './ascii-words';

// The last words of a body's name that make a name read as a place the body's (typedByContext).
const PLACE_BODY_END = new Set([...BODY_HEAD_WORDS, 'Forum', 'Cooperation', 'Co-operation', 'Partnership', 'Alliance', 'Secretariat'].filter((w) => w !== 'Centre' && w !== 'Center' && w !== 'Hospital' && w !== 'Office'));

// "at the Economist Intelligence Unit", read as the title "Economist" before a person "Intelligence Unit": no
// person's name ends in a word for a body. The body's name takes back the capitalised word before it.
const BODY_END_WORDS = new Set(['Unit', 'Group', 'Council', 'Agency', 'Institute', 'Centre', 'Center', 'Foundation', 'Trust', 'Board', 'Commission', 'Committee', 'Authority', 'Fund']);
function bodyNotPerson(text: string, m: MentionCandidate): MentionCandidate {
  if (m.type !== 'person' || m.words.length < 2 || !BODY_END_WORDS.has(m.words[m.words.length - 1]!)) return m;
  const word = /\bthe\s+(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  if (word === undefined) return { ...m, type: 'organization' };
  const start = m.start - word.length - 1;
  const whole = text.slice(start, m.end);
  return { ...m, type: 'organization', start, text: whole, words: [word, ...m.words], key: placeKey(whole), name: whole };
}

/** `found` with each mention typed by what its document says around it; `surnames` of the people named in full. */
export function typedByContext(text: string, found: MentionCandidate[], surnames: ReadonlySet<string>): MentionCandidate[] {
  // "had reached 44C on Friday": a temperature, not a name.
  found = withCompaniesNamedLikePeople(text, found.filter((m) => !/^\d+(?:\.\d+)?°?[CF]$/.test(m.text)));
  // What the document shows to be a company is one in every mention ("funded by Novo Nordisk … Shares in Novo
  // Nordisk"): held in shares, a rival taken up by "which", moving by a percentage in a report on shares, or a
  // name's stem before a legal suffix ("Whitlock Homes Ltd … Whitlock Homes"; a legal suffix only: "New York
  // City Council" does not make New York City a company).
  const companies = new Set<string>();
  const marketReport = SHARES_WORD.test(text);
  for (const m of found) {
    const suffix = m.words[m.words.length - 1]!;
    if (m.words.length > 2 && LEGAL_SUFFIXES.has(suffix)) companies.add(m.text.slice(0, m.text.lastIndexOf(suffix)).trim());
    if (m.type === 'organization' || m.country) continue;
    if ((m.type !== 'place' && definedAsBody(text, m)) || employerAt(text, m) || (!surnames.has(m.text) && ledBy(text, m)) || describedAsCompany(text, m) || ownedInShares(text, m) || (m.type !== 'place' && thingByWhich(text, m)) || (marketReport && m.type !== 'place' && movesInMarket(text, m))) {
      companies.add(m.text);
    }
    if (!surnames.has(m.text) && !opensWithFirstName(m) && !isListedPlace(m.text.toLowerCase()) && namedAsBusiness(text, m) && !tradeBeforePerson(text, m)) companies.add(m.text);
  }
  // "Kessler Freight … each Kessler share", "Halcyon Orbital … paid Halcyon": a company's first word alone is
  // the company, unless it is a person's surname or a place ("Kennedy Space Center", "Washington Post").
  for (const m of found) {
    if (!(m.type === 'organization' || companies.has(m.text)) || m.words.length < 2 || !hasCompanySuffix(m) || BODY_HEAD_WORDS.has(m.words[m.words.length - 1]!) || PAPER_OR_PARTY.test(m.words[m.words.length - 1]!)) continue;
    const first = m.words[0]!;
    if (/^\p{Lu}\p{Ll}/u.test(first) && !surnames.has(first) && !isListedPlace(first.toLowerCase()) && lexiconKind(first.toLowerCase()) !== 'common') companies.add(first);
  }
  const diseases = new Set(found.filter((m) => m.words.length === 1 && DISEASE_AFTER.test(text.slice(m.end, m.end + 14))).map((m) => m.text));
  // "said Nirmal Bang, a strategist at Kotak" (tagged MISC): a name described as a person is one.
  const people = new Set(found.filter((m) => m.words.length > 1 && m.type !== 'place' && describedAsPerson(text, m)).map((m) => m.text));
  // "Valeska Paris, an Australian woman" (tagged an organisation): a name set beside a word for a human being
  // is a person, whatever type the tagger gave it (not a job: "Nvidia, the leader in chips").
  const humans = new Set(found.filter((m) => m.words.length > 1 && m.type === 'organization' && describedAsHuman(text, m)).map((m) => m.text));
  // "the Sea Org group … the Sea Org": named by the kind of body it is, a body in every mention, unless the
  // document also reads it as a person ("the Soros foundation … Soros said").
  const personNames = new Set(found.filter((m) => m.type === 'person').map((m) => m.text));
  const kindsOfBody = new Set(found.filter((m) => !personNames.has(m.text) && !surnames.has(m.text) && namesItsKindOfBody(text, m)).map((m) => m.text));
  // "Lennox, now 54, said … Georgia Lennox" (read as a place): a surname given an age is a person's, and so is the
  // name it ends.
  const aged = new Set(found.filter((m) => m.words.length === 1 && !m.country && !m.acronym && AGE_AFTER.test(text.slice(m.end, m.end + 16))).map((m) => m.text));
  const bodyEnds = new Set(found.filter((m) => m.type === 'organization' && m.words.length > 1).map((m) => m.end));
  const storms = stormNames(text);
  // "Cyclone Rahel made landfall … said Rahel would weaken": the storm's name alone, later, is the storm. Only in
  // a story about the weather ("Storm Reid stars in the film … Reid said" is the actress), after the storm word
  // with its capital (not "the three hurricanes Florida endured"), and not where the text names a person with
  // that name ("Helene Martin … Helene said").
  // (The weather is read only where a storm is named: most texts name none.)
  const namedStorms = found.flatMap((m) => {
    if (m.words.length === 2 && STORMS.has(m.words[0]!)) return [m.words[1]!];
    return m.words.length === 1 && storms.has(m.start) && SINGULAR_STORM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ? [m.text] : [];
  });
  const givenOrFamily = new Set(found.filter((m) => m.type === 'person' && m.words.length > 1 && !STORMS.has(m.words[0]!)).flatMap((m) => m.words));
  const stormsByName = new Set(namedStorms.length === 0 || !aboutWeather(text) ? [] : namedStorms.filter((name) => !givenOrFamily.has(name)));
  const bodies = new Map<string, number>();
  for (const m of found) if (m.type === 'organization') bodies.set(m.text, (bodies.get(m.text) ?? 0) + 1);
  const vessels = vesselNames(text, found);
  const sportsReport = isSportsReport(text);
  const languages = new Set(found.filter((m) => isLanguage(text, m)).map((m) => m.text));
  const products = new Set(found.filter((m) => m.type !== 'organization' && !m.country && definedAsProduct(text, m, surnames)).map((m) => m.text));
  const settlements = new Set(
    found
      .filter((m) => m.type !== 'organization' && SETTLEMENT_AFTER.test(text.slice(m.end, m.end + 60)) && !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
      .map((m) => m.text),
  );
  // "said Nicholas Fairbairn of Kleinwort Benson in London": the firm between a person and a place.
  const personEnds = new Set(found.filter((m) => m.type === 'person' && m.words.length > 1).map((m) => m.end));
  const typed = found.map((m) => bodyNotPerson(text, m)).map((m): MentionCandidate => {
    // (A road by its number is no code nor model: "Interstate 80".)
    if (m.type === 'place' && isRoadByNumber(m.text)) return m;
    // "top-scored for West Indies" (read as a body): the islands, and the side they field together, are a place, as
    // a national side is.
    if (m.text === 'West Indies' || m.text === 'WEST INDIES') return { ...m, type: 'place' };
    if (m.words.length > 1 && m.type !== 'person' && m.type !== 'organization' && !m.country && !isListedPlace(m.text.toLowerCase()) && introducedByRole(text, m)) return { ...m, type: 'person' };
    if (m.words.length > 1 && m.type !== 'organization' && FOREIGN_BODY_WORDS.has(m.words[0]!)) return { ...m, type: 'organization' };
    if (m.type !== 'organization' && m.type !== 'person' && !m.country && BODY_APPOSITION.test(text.slice(m.end, m.end + 60)) && !isListedPlace(m.text.toLowerCase())) return { ...m, type: 'organization' };
    if ((m.type === null || (m.type === 'person' && m.words.length === 1 && !isKnownPersonName(m.text))) && PLACE_APPOSITION.test(text.slice(m.end, m.end + 60))) return { ...m, type: 'place' };
    // (A place the gazetteer does not list, too, of two words or more: the tagger reads "of Kleinwort Benson in
    // London" as a place now and then; "Peter Sims of Tring in Hertfordshire" is from the town.)
    if (m.type !== 'organization' && !m.country && (m.type !== 'place' || m.words.length > 1) && personEnds.has(m.start - 4) && text.slice(m.start - 4, m.start) === ' of ' && firmThenPlace(text, m)) return { ...m, type: 'organization' };
    if (m.type === 'person' && m.words.length === 1 && !surnames.has(m.text) && (cityOfState(text, m) || (LOCATIVE_BEFORE_PERSON.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^['’]/.test(text.slice(m.end)) && isListedPlace(m.text.toLowerCase())))) {
      return { ...m, type: 'place' };
    }
    // "Team Telekom will also field Erik Zabel": a team named "Team" and a sponsor's name is one name.
    if (m.type === 'organization' && m.words.length <= 2 && /(?:^|[^\p{L}\p{N}])Team $/u.test(text.slice(Math.max(0, m.start - 6), m.start))) return mentionAt(text, m.start - 5, m.end, 'organization');
    // "the London-listed miner Antofagasta" (read as the town): what is listed on an exchange is a company.
    if (m.type !== 'organization' && !(m.type === 'person' && m.words.length > 1)) {
      const listedBefore = text.slice(Math.max(0, m.start - 40), m.start);
      if (listedBefore.includes('-listed') && LISTED_BEFORE.test(listedBefore)) return { ...m, type: 'organization' };
    }
    // "the Esperanza Norte mine" (read as a person): a name before the word for a mine is the mine, a place.
    if (m.type === 'person' && /^\s+mine\b/.test(text.slice(m.end, m.end + 6))) return { ...m, type: 'place' };
    // So is a field's, read as a person or a thing ("the offshore Chirag field", "its Cuajone and Toquepala mines").
    // (After "the", "its", "offshore": not a verb, "Joe Biden fields questions", nor a person named in full; nor
    // physics' "Higgs field".)
    if ((m.type === 'other' || (m.type === 'person' && m.words.length === 1 && !surnames.has(m.text))) && !m.country && m.text !== 'Higgs' && FIELD_OR_MINE_AFTER.test(text.slice(m.end, m.end + 60)) && FIELD_OR_MINE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return { ...m, type: 'place' };
    // "The National Geology and Mining Service (Sernageomin)": one word in brackets just after a body's name is
    // the body's short name, whatever its letters; but a country there is the club's ("Sporting Cristal (Peru) 1").
    if (m.type !== 'organization' && !m.country && m.words.length === 1 && text.slice(m.start - 2, m.start) === ' (' && text[m.end] === ')' && bodyEnds.has(m.start - 2)) return { ...m, type: 'organization' };
    // "deforestation in the Amazon" (read as the company): the company is never "the Amazon"; the river and its
    // forest are, alone or before their own words ("the Amazon rainforest"), not before another noun ("the Amazon
    // warehouse").
    if (m.text === 'Amazon' && m.type !== 'place' && /\bthe\s$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && !AMAZON_COMPANY_AFTER.test(text.slice(m.end, m.end + 16))) return { ...m, type: 'place' };
    // "the first scientist … to win a Nobel", "The Nobel announcements": the prize, not the man.
    if (m.text === 'Nobel' && /\b(?:a|the|[Tt]he|his|her|their|second)\s$/.test(text.slice(Math.max(0, m.start - 7), m.start))) return { ...m, type: 'other' };
    // "an outbreak of Ebola" (read as the river): a disease.
    if (m.words.length === 1 && m.type !== 'person' && /\b(?:outbreaks?|cases?|epidemic)\s+of\s$/.test(text.slice(Math.max(0, m.start - 14), m.start)) && !m.country) return { ...m, type: 'other' };
    // "opposition leader Bobi Wine" (read as a body): a given name's form after a word for a leader is a person's.
    if (m.type === 'organization' && m.words.length === 2 && LEADER_BEFORE.has(m.wordBefore) && /^\p{Lu}\p{Ll}+$/u.test(m.words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(m.words[1]!) && !hasCompanySuffix(m) && !BODY_HEAD_WORDS.has(m.words[1]!) && !isListedPlace(m.text.toLowerCase())) return { ...m, type: 'person' };
    // "M23 rebels", "the Shining Path guerrilla group": an armed group named by a code or before its kind is a body
    // (a name of letters and digits before "rebels", or any name before the kind of group; not a people's, "a Hutu
    // rebel group", read as a named thing, nor a place we list, "a Darfur rebel group").
    const armedGroup = ARMED_GROUP_AFTER.test(text.slice(m.end, m.end + 40)) && !(m.type === 'other' && m.words.length === 1) && !isDemonym(m.text.toLowerCase()) && !GROUP_ADJECTIVES.has(m.text.toLowerCase()) && !isListedPlace(m.text.toLowerCase());
    if (m.type !== 'organization' && !m.country && ((/^\p{Lu}+\d+$/u.test(m.text) && ARMED_AFTER.test(text.slice(m.end, m.end + 14))) || armedGroup)) return { ...m, type: 'organization' };
    // "the Votorantim group", "the Wagner group": one word before "group" is a group's name, a body.
    if (m.type !== 'organization' && !m.country && m.words.length === 1 && /\bthe\s$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s+group\b/.test(text.slice(m.end, m.end + 7))) return { ...m, type: 'organization' };
    // "Nando's has confirmed", "driving to Lowe's": a chain named in the possessive is the company.
    if (m.type !== 'organization' && m.words.length === 1 && POSSESSIVE_CHAINS.has(m.text) && /^['’]s\b/.test(text.slice(m.end, m.end + 3))) return { ...m, type: 'organization' };
    // "told reporters at the White House": the building, where someone is at it (the White House that acts is a body).
    if (m.text === 'White House' && /\b(?:at|in|inside|outside|into|to|from|near)\s+the\s$/.test(text.slice(Math.max(0, m.start - 12), m.start))) return { ...m, type: 'place' };
    // "the 34-year-old Londoner", "a New Yorker": someone from a place is a named thing, not the place.
    if (m.type === 'place' && /er$/.test(m.text) && !m.country && isListedPlace(m.text.slice(0, -2).toLowerCase())) return { ...m, type: 'other' };
    // "Oil group Total", "the consumer electronics arm Thomson Multimedia", "Light metals unit Hydro Aluminium": a
    // business's part or group after its trade is a company (not "the group Smith founded": a trade before it).
    if (m.type !== 'organization' && !m.country && TRADE_PARTS.has(asciiWordBefore(text, m.start, m.start - 40)) && isGroupOfTrade(GROUP_OF_TRADE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1])) return { ...m, type: 'organization' };
    // "Bank of Japan Governor Yasuo Matsushita", read as "Japan": a bank of a place is the bank.
    if (m.type === 'place' && text.slice(Math.max(0, m.start - 8), m.start) === 'Bank of ') return mentionAt(text, m.start - 8, m.end, 'organization');
    // "Coach Jack Rowell named de Glanville", "said de Kock would name": a surname with its particle in lower case,
    // after a word in lower case, keeps the particle.
    const particle = m.type !== 'place' && m.words.length === 1 && /^\p{Lu}\p{Ll}/u.test(m.text) && PARTICLES.has(asciiWordBefore(text, m.start, m.start - 24)) ? PARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
    if (particle !== null) return mentionAt(text, m.start - particle[1]!.length - 1, m.end, 'person');
    // "for Ruud Gullit's side" (read as a body): a side, a team or a squad belongs to its manager, a person.
    // (A given name the lexicon knows or none it knows as anything, and no club's last word nor a town: not "Aston
    // Villa's side", "Eintracht Frankfurt's side".)
    if (m.type === 'organization' && m.words.length === 2 && [undefined, 'first-name'].includes(lexiconKind(m.words[0]!.toLowerCase())) && !isListedPlace(m.words[0]!.toLowerCase()) && !isListedPlace(m.words[1]!.toLowerCase()) && !CLUB_NAME_END.test(m.words[1]!) && MANAGERS_SIDE_AFTER.test(text.slice(m.end, m.end + 12))) return { ...m, type: 'person' };
    // "Iraqi Oil Minister Amer Rasheed" (read as a body, "Iraqi Oil"): a nationality and a portfolio before
    // "Minister" are a title's words; the nationality alone is a name.
    if (m.type === 'organization' && m.words.length === 2 && isDemonym(m.words[0]!.toLowerCase()) && /^\s+Minister\b/.test(text.slice(m.end, m.end + 10))) return mentionAt(text, m.start, m.start + m.words[0]!.length, 'other');
    const competition = competitionOrIndex(text, m);
    if (competition !== undefined) return competition;
    const aircraft = aircraftByMaker(text, m);
    if (aircraft !== undefined) return aircraft;
    if (isNamedStorm(m, storms)) return { ...withStormWord(text, m, found), type: 'other' };
    const mass = withFeastOfMass(text, m, found);
    if (mass !== undefined) return mass;
    if ((stormsByName.has(m.text) && m.words.length === 1) || isVessel(m, vessels) || languages.has(m.text) || products.has(m.text) || isTitleOfWork(text, m) || isNewsletter(text, m) || isAircraft(text, m) || isFaithOrRite(text, m) || isPlaceAdjective(text, m) || isNationality(text, m) || diseases.has(m.text) || isCode(m) || CODE_SUFFIX.test(text.slice(m.end, m.end + 3)) || PRODUCT_MODEL.test(m.text)) {
      return { ...m, type: 'other' };
    }
    if (m.text === 'X' && isPlatformX('X', m.wordBefore)) return { ...m, type: 'organization' };
    // "Claudia Sheinbaum's Morena party" (read as a place): a name before "party" is the party; "in the journal
    // Nature Astronomy" (read as a person): a name after "journal", "magazine" or "newspaper" is the publication.
    if ((m.type === 'place' || m.type === null || partyNamedLikePerson(text, m, surnames)) && !m.country && PARTY_AFTER.test(text.slice(m.end, m.end + 8))) return { ...m, type: 'organization' };
    // (Not a place or a person, where the paper goes unnamed: "told the independent daily Lagos would not bow", "the
    // daily Adam Michnik founded".)
    if (m.type !== 'organization' && PUBLICATION_WORDS.has(asciiWordBefore(text, m.start, m.start - 30)) && PUBLICATION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !isListedPlace(m.text.toLowerCase()) && !(m.type === 'person' && opensWithFirstName(m))) return { ...m, type: 'organization' };
    // "He told The Hill": one tells people and bodies, and a name of "The" and a word after "told" is a
    // publication's or a band's, not a place. (Not a seat of power, which the guidelines read as its place, "told
    // Holyrood", "told Capitol Hill", nor a place before the people in it, "told Fleet Street editors".)
    if (m.type === 'place' && m.words.length === 2 && m.words[0] === 'The' && !isListedPlace(m.text.toLowerCase()) && TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !isNounLike(wordAfter(text, m))) {
      return { ...m, type: 'organization' };
    }
    // "the James Webb Space Telescope" (read as a person), "the Mars Reconnaissance Orbiter" (as a body): a
    // telescope or a spacecraft is a thing.
    if (m.type !== 'other' && m.words.length > 1 && /^(?:Telescope|Orbiter|Lander)$/.test(m.words[m.words.length - 1]!)) return { ...m, type: 'other' };
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    const lastWordBefore = asciiWordBefore(text, m.start, m.start - 16);
    if (((lastWordBefore === 'river' || lastWordBefore === 'lake') && RIVER_BEFORE.test(before)) || (lastWordBefore === 'of' && PLACE_OF.test(before) && m.type !== 'organization' && !opensWithFirstName(m)) || (m.type !== 'place' && isDateline(text, m))) return { ...m, type: 'place' };
    // "In Helena, Gov. Greg Gianforte said…", "In Bewdley, residents…": a sentence opening "In" a name and a comma
    // is set in a place, never in a person (unless one the document names in full: "In Trump, the party…").
    if (m.type === 'person' && IN_OPENING.test(before) && text[m.end] === ',' && !surnames.has(m.text) && !opensWithFirstName(m)) return { ...m, type: 'place' };
    // (Not a body's acronym: "every NHS region".)
    if (REGION_AFTER.test(text.slice(m.end, m.end + 12)) && !m.acronym) return { ...m, type: 'place' };
    // (And a body's by its form, where the name opens with a given name: "Ricardo Albuquerque Teles, a former governor".)
    if (((m.type === 'other' || m.type === null || (m.type === 'organization' && lexiconKind(m.words[0]!.toLowerCase()) === 'first-name' && !hasCompanySuffix(m))) && people.has(m.text)) || humans.has(m.text)) return { ...m, type: 'person' };
    if (m.type === 'place' && isTeamByShape(m)) return { ...m, type: 'organization' };
    // (And a body's, where someone is on or at it, "a café on Frankwell Quay", unless the document reads it as a
    // body elsewhere: "Downing Street said … sources in Downing Street".)
    if ((m.type === 'person' || (m.type === 'organization' && LOCATIVE_BEFORE.test(before) && (bodies.get(m.text) ?? 0) < 2)) && endsInPlaceWord(m) && !personByCue(text, m)) return { ...m, type: 'place' };
    if (m.type === 'place' && m.words.length === 1 && !isListedPlace(m.text.toLowerCase()) && definedAsPerson(text, m)) return { ...m, type: 'person' };
    // "Buenos Aires's Jorge Newbery airport", "the Santiago Bernabeu stadium": a person's name before the word for
    // the place is the place named after the person.
    if (m.type === 'person' && NAMED_PLACE_AFTER.test(text.slice(m.end, m.end + 24))) return { ...m, type: 'place' };
    // "world champion Damon Hill", read as a place: a given name and a word that names places ("Hill", "Ford",
    // "Park") after a word for a person is the person. (Not a place the gazetteer lists: "Beverly Hills".)
    if (m.type === 'place' && m.words.length === 2 && lexiconKind(m.words[0]!.toLowerCase()) === 'first-name' && !isListedPlace(m.text.toLowerCase()) && (ROLE_BEFORE_NAME.has(m.wordBefore) || ROLE_ENDING.test(m.wordBefore)) && /\p{Ll}/u.test(m.words[1]!)) return { ...m, type: 'person' };
    // "Georgia Lennox, who spent 14 years as…" (read as a place): a given name and a surname before ", who" are a
    // person's, outside a sports report, where a club is "who" too ("Aston Villa, who").
    if (m.type !== 'person' && !m.country && m.words.length === 2 && !sportsReport && lexiconKind(m.words[0]!.toLowerCase()) === 'first-name' && !isListedPlace(m.text.toLowerCase()) && /^,\s+who\b/.test(text.slice(m.end, m.end + 8))) return { ...m, type: 'person' };
    if (m.type !== 'person' && !m.country && ((m.words.length === 2 && aged.has(m.words[1]!) && !isListedPlace(m.text.toLowerCase())) || (m.words.length === 1 && aged.has(m.text) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))))) return { ...m, type: 'person' };
    // "auctions in Kampala and Moshi" (read as a person): a name joined by "and" to a place one is in is a place.
    if (m.type === 'person' && m.words.length === 1 && !surnames.has(m.text) && !aged.has(m.text)) {
      const pair = PLACE_AND_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
      // (Not a person the lexicon knows by name: "she met Smith in Paris and Jones later".)
      const key = m.text.toLowerCase();
      if (pair !== undefined && isListedPlace(pair.toLowerCase()) && (isListedPlace(key) || lexiconKind(key) === undefined)) return { ...m, type: 'place' };
    }
    // "Washington, 27, had surgery": a name with an age between commas, and what the person did or is after it,
    // is a person's, whatever a place of that name ("Jackson, 34, a teacher"; not a table, "Denver, 27, 14").
    if (m.type !== 'person' && !m.country && !m.acronym && AGE_AFTER.test(text.slice(m.end, m.end + 16))) return { ...m, type: 'person' };
    // "a rail engineer from Derby" (read as the club): a known town someone is from is the town, outside a
    // sports report and unless the document reads it as a body twice.
    if (m.type === 'organization' && m.words.length === 1 && !m.acronym && !sportsReport && PERSON_FROM.test(text.slice(Math.max(0, m.start - 30), m.start)) && (bodies.get(m.text) ?? 0) < 2 && isListedPlace(m.text.toLowerCase())) return { ...m, type: 'place' };
    if (m.type !== 'place' && settlements.has(m.text)) return { ...m, type: 'place' };
    if (m.type !== 'organization' && LATE_KNOWN_BODIES.has(m.text.toLowerCase())) return { ...m, type: 'organization', country: false };
    // "the Tengizchevroil joint venture", "the Caspian Pipeline Consortium": a venture or a consortium is a body.
    // (Not a place a venture is in: "GM's Shanghai joint venture".)
    if (m.type !== 'organization' && !m.country && m.type !== 'person' && ((/^\s+joint\s+venture\b/.test(text.slice(m.end, m.end + 16)) && !isListedPlace(m.text.toLowerCase())) || (m.words.length > 1 && m.words[m.words.length - 1] === 'Consortium'))) return { ...m, type: 'organization', country: false };
    // "In Enrile town, residents…" (read as a person): a name before "town" after "in" is the town.
    if (m.type === 'person' && m.words.length === 1 && !surnames.has(m.text) && /\b[Ii]n\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s+town\b/.test(text.slice(m.end, m.end + 8))) return { ...m, type: 'place' };
    // "Turkmenistan's sector of the Caspian", "the Caribbean coast", "CASPIAN OIL" (read as a named thing, a
    // people's word): a sea's name alone, or before its coast, waters or oil, is the sea or its region.
    if (m.type === 'other' && m.words.length === 1 && SEAS.has(m.text.toLowerCase()) && (SEA_NOUN_AFTER.test(text.slice(m.end, m.end + 24)) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)))) return { ...m, type: 'place' };
    // "the Pacific Islands Forum", "Asia-Pacific Economic Cooperation" (read as places): a name of places and a
    // body's last word is the body. (Not a centre, a hospital or an office, places as often: "Kennedy Space Center",
    // "the Oval Office".)
    if (m.type === 'place' && m.words.length > 1 && !m.country && PLACE_BODY_END.has(m.words[m.words.length - 1]!) && !isListedPlace(m.text.toLowerCase())) return { ...m, type: 'organization' };
    // "a senior fellow at the Bipartisan Policy Center" (read as a place): a centre for policy, research or the law
    // is a body (a centre for shopping or the arts stays the place it is).
    if (m.type === 'place' && m.words.length > 2 && /^Cent(?:er|re)$/.test(m.words[m.words.length - 1]!) && THINK_TANK_WORDS.has(m.words[m.words.length - 2]!)) return { ...m, type: 'organization' };
    // "inducted into the Hockey Hall of Fame" (read as a place, the hall): a hall of fame is the body that elects.
    if (m.type !== 'organization' && m.words.length >= 3 && / Hall of Fame$/.test(m.text)) return { ...m, type: 'organization' };
    // "the Pakistan Tehreek-e-Insaf (PTI)" (read as a place): a name before the body's initials it spells, in
    // brackets, is the body, unless a place we know ("the United States (US)").
    if (m.type === 'place' && m.words.length > 1 && !m.country && !isListedPlace(m.text.toLowerCase()) && bodyInitialsAfter(text, m, found)) return { ...m, type: 'organization' };
    // A scheme read as a body is the scheme, where someone joins or is in it: "joined the Erasmus Programme" (not
    // one that acts, "The National Toxicology Program said", nor the United Nations' bodies so named, "the UN
    // Development Programme", nor one whose initials the text defines).
    if (m.type === 'organization' && m.words.length > 1 && /^Program(?:me)?$/.test(m.words[m.words.length - 1]!) && SCHEME_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !m.words.some((w) => /^(?:UN|United|Nations|World)$/.test(w)) && !/^ \(\p{Lu}{2,}\)/u.test(text.slice(m.end, m.end + 12))) return { ...m, type: 'other' };
    if (m.type === 'organization' || m.country) return m;
    if (m.words.length === 1 && STATE_BODIES.has(m.text)) return { ...m, type: 'organization' };
    // "The World Food Programme (WFP)", tagged a named thing: a name whose last word is a body's is the body.
    // ("Programme" only with its acronym defined: "the Erasmus Programme" is a scheme.)
    if (m.type === 'other' && m.words.length > 1 && (BODY_HEAD_WORDS.has(m.words[m.words.length - 1]!) || (m.words[m.words.length - 1] === 'Programme' && /^ \(\p{Lu}{2,}\)/u.test(text.slice(m.end, m.end + 12))))) return { ...m, type: 'organization' };
    // (Not the founder by the company's name: "Charles Schwab Corp … Founder Charles Schwab said".)
    if (hasCompanySuffix(m) || (companies.has(m.text) && !(m.type === 'person' && FOUNDER_OR_TITLE_BEFORE.test(before))) || kindsOfBody.has(m.text)) return { ...m, type: 'organization' };
    return m;
  });
  return sportsTeams(text, withSportsTables(text, companiesInLists(text, typed, surnames)));
}

// "Wintuvan is an endangered language", "Crazyhead are an English punk band", "a post on X": a name the rules
// found and the tagger did not (an unknown word at a sentence's start, a lone capital) that the text itself
// defines is that kind of name, in every mention the tagger left alone.
export function namesTheTextDefines(text: string, rules: readonly MentionCandidate[], found: readonly MentionCandidate[]): MentionCandidate[] {
  const named = new SpanIndex(found);
  const untaken = rules.filter((r) => r.type === null && !named.overlaps(r.start, r.end));
  const types = new Map<string, EntityType>();
  for (const r of untaken) {
    if (r.text === 'X') continue;
    const type = isLanguage(text, r) ? 'other' : definedAsBody(text, r) ? 'organization' : undefined;
    if (type !== undefined) types.set(r.text, type);
  }
  return untaken.flatMap((r) => {
    if (r.text === 'X') return isPlatformX('X', r.wordBefore) ? [{ ...r, type: 'organization' as const }] : [];
    const type = types.get(r.text);
    return type === undefined ? [] : [{ ...r, type }];
  });
}

// "Microsoft, Alphabet, Amazon and Meta": in a list of three or more names where every other name is an
// organisation, a one-word name the tagger read as a person is one too (not a person the document names in
// full: "Apple, Google, Musk and Amazon" after "Elon Musk").
const COMPANIES_BEFORE = /\b(?:companies|firms|businesses|brands|lenders|banks|carmakers|retailers|airlines|chains|(?:discount\s+|high-street\s+)?rivals|competitors|supermarkets)\s+(?:including|such as|like)\s+$/i;
// "Geneva banks Pictet and Lombard Odier", "Swiss banks UBS and Julius Baer": the trade's plural right before the
// names, after where they are, makes even a name like a person's a company.
const TRADE_PLURAL_BEFORE = /\b[A-Z][\w-]+\s+(?:banks|carmakers|airlines|insurers|brokers|brokerages)\s+$/;
const LIST_SEPARATOR = /^(?:,\s|,?\s(?:and|or)\s)$/;
const PLACES_BEFORE = /\b(?:villages|towns|cities|islands|regions|provinces|districts|counties|suburbs|neighbourhoods|neighborhoods|municipalities)\s+(?:of|including|such as|like)\s+$/i;
function companiesInLists(text: string, mentions: MentionCandidate[], surnames: ReadonlySet<string>): MentionCandidate[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const lists: MentionCandidate[][] = [];
  for (const m of sorted) {
    const list = lists[lists.length - 1];
    const last = list?.[list.length - 1];
    if (list !== undefined && last !== undefined && LIST_SEPARATOR.test(text.slice(last.end, m.start))) list.push(m);
    else lists.push([m]);
  }
  const retyped = new Map<MentionCandidate, MentionCandidate>();
  for (const list of lists) {
    // "companies including Salesforce and Stripe": every name of a list of companies is one.
    const before = text.slice(Math.max(0, list[0]!.start - 30), list[0]!.start);
    const trades = TRADE_PLURAL_BEFORE.test(before);
    if (trades || COMPANIES_BEFORE.test(before)) {
      for (const m of list) if (m.type !== 'organization' && !m.country && (trades || !(m.type === 'person' && m.words.length > 1))) retyped.set(m, { ...m, type: 'organization' });
      continue;
    }
    // "the villages of Kiotari, Gennadi and Asklipio": every name of a list of places is one.
    // (The list ends its phrase: not "cities like London, Khan and Burnham have…".)
    if (list.length > 1 && PLACES_BEFORE.test(before) && /^\s*(?:[.,;:)]|$)/.test(text.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 2))) {
      for (const m of list) if (m.type !== 'place' && m.type !== 'organization' && !(m.type === 'person' && m.words.length > 1)) retyped.set(m, { ...m, type: 'place' });
      continue;
    }
    if (list.length < 3) continue;
    const people = list.filter((m) => m.type !== 'organization');
    if (people.length !== 1) continue;
    const odd = people[0]!;
    // (Nor one known by a first name alone: "Coldplay, Radiohead and Adele".)
    const knownName = ['first-name', 'last-name', 'person'].includes(lexiconKind(odd.text.toLowerCase()) ?? '');
    // (Or as a place we do not know: "Alphabet".)
    const unknownPlace = odd.type === 'place' && !odd.country && !isListedPlace(odd.text.toLowerCase());
    if ((odd.type === 'person' || unknownPlace) && odd.words.length === 1 && !surnames.has(odd.words[0]!) && !knownName) retyped.set(odd, { ...odd, type: 'organization' });
  }
  return retyped.size === 0 ? mentions : mentions.map((m) => retyped.get(m) ?? m);
}

// "Joe Biden and Donald Trump … Biden & Trump clash", tagged as one firm: two words joined by an ampersand, both
// the surnames of people the document names in full, are two people, unless something is run, published or
// done by them ("who runs Baker & Fenwick"). One is not enough: "Neil Young … Ernst & Young". (On their own,
// "Procter & Gamble" and "Biden & Trump" look alike; the tagger reads them as firms, as most such names in the
// news are.)
const TWO_BY_AMPERSAND = /^(\p{Lu}\p{Ll}+) & (\p{Lu}\p{Ll}+)$/u;
const bothSurnames = (surnames: ReadonlySet<string>, a: string, b: string): boolean => surnames.has(a) && surnames.has(b);
// "Harry & Meghan visit Nigeria", "Wills & Kate wave to crowds": two first names by an ampersand, before a verb in
// the plural, are two people (not a firm or a band of two, "Charles & Keith opened its store", "Chas & Dave
// performed", "Ben & Jerry's", nor one name twice, "Morgan & Morgan").
function pluralVerbAfter(text: string, m: MentionCandidate): boolean {
  const word = wordAfter(text, m);
  return /^(?:are|were|have|do|say)$/.test(word) || (word.length >= 3 && isNounLike(word) && !/(?:s|ed|ing)$/.test(word));
}
const bothFirstNames = (text: string, m: MentionCandidate, a: string, b: string): boolean =>
  a !== b && lexiconKind(a.toLowerCase()) === 'first-name' && lexiconKind(b.toLowerCase()) === 'first-name' && pluralVerbAfter(text, m);
export function withPeopleApart(text: string, names: MentionCandidate[], surnames: ReadonlySet<string>): MentionCandidate[] {
  return names.flatMap((m) => {
    const pair = m.type === 'organization' ? TWO_BY_AMPERSAND.exec(m.text) : null;
    if (pair === null || !(bothSurnames(surnames, pair[1]!, pair[2]!) || bothFirstNames(text, m, pair[1]!, pair[2]!)) || FIRM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || FIRM_PARTNERS.has(pair[2]!)) return [m];
    const second = m.start + m.text.lastIndexOf(pair[2]!);
    return [{ ...mentionAt(text, m.start, m.start + pair[1]!.length, 'person'), evidence: m.evidence }, { ...mentionAt(text, second, m.end, 'person'), evidence: m.evidence }];
  });
}

// Two names that are one: "the Department of Health and Social Care" (a body of two subjects joined by "and",
// when the second's words are all ordinary words: not "the Department of Justice and Google"), and "Harrison &
// Webb" or "Procter & Gamble" (two names joined by an ampersand are one firm).
const BODY_OF = /^(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?(?:Department|College|School|Academy|Agency|Commission|Board|Centers?|Centres?|Ministry|Secretary|Office|Bureau|Institute|Committee|Minister|Association|Federation|Society|Confederation|Union|Council)\s+(?:of|for)\s/u;
export function withJoinedNames(text: string, found: MentionCandidate[], surnames: ReadonlySet<string> = new Set()): MentionCandidate[] {
  const mentions = withBodiesOfTwoSubjects(text, found);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const saints = saintsName(text, m);
    if (saints !== undefined) {
      const inside = [];
      while (sorted[i + 1] !== undefined && sorted[i + 1]!.start < saints.end) inside.push(sorted[++i]!);
      const whole = text.slice(saints.start, saints.end);
      const words = whole.split(/\s+/);
      const body = SAINTS_BODIES.test(words[words.length - 1]!) || inside.some((n) => n.type === 'organization');
      out.push({ ...m, ...saints, text: whole, words, key: placeKey(whole), name: whole, type: body ? 'organization' : 'place', country: false });
      continue;
    }
    const next = sorted[i + 1];
    const hyphened = hyphenedName(text, m, next);
    if (hyphened !== undefined) {
      const whole = text.slice(m.start, hyphened);
      out.push({ ...m, end: hyphened, text: whole, words: whole.split(/\s+/), key: placeKey(whole), name: whole });
      if (next !== undefined && next.start < hyphened) i++;
      continue;
    }
    const subjects = m.type === 'organization' && BODY_OF.test(m.text) ? moreSubjectsOfBody(text, m, next) : undefined;
    if (subjects !== undefined) {
      const whole = text.slice(m.start, subjects);
      out.push({ ...m, end: subjects, text: whole, words: whole.split(/\s+/), key: placeKey(whole.replace(/^the\s+/i, '')), name: whole });
      continue;
    }
    const between = next !== undefined ? text.slice(m.end, next.start) : '';
    // "Tata Iron and Steel Co Ltd", "Procter and Gamble Co", read as two: a firm's partners or trades joined by
    // "and" before its legal form are one firm. (Not one known body and another: "Ford and General Motors Corp".)
    // (One word before the legal form, and none after the first name: "Sony Corp and Toyota Motor Corp" are two.)
    if (next !== undefined && between === ' and ' && (m.type === 'other' || (m.type === 'organization' && m.words.length >= 2)) && m.words.length <= 2 && !hasLegalSuffix(m) && !/^(?:\p{Lu}{2,4}|Co\.?|Corp\.?|Inc\.?|Ltd\.?)$/u.test(m.words[m.words.length - 1]!) && m.evidence !== 'known' && next.type === 'organization' && firmsTrade(next)) {
      const whole = text.slice(m.start, next.end);
      out.push({ ...m, end: next.end, text: whole, words: whole.split(/\s+/), key: placeKey(whole), name: whole, type: 'organization', country: false });
      i++;
      continue;
    }
    // "the Philippine Atmospheric, Geophysical and Astronomical Services Administration", read as two bodies split
    // at the comma: a body's subjects listed by commas before the last "and" are one body with it.
    if (next !== undefined && between === ', ' && m.type === 'organization' && next.type === 'organization' && m.evidence !== 'known' && m.words.length <= 3 && / and /.test(next.text) && BODY_HEAD_WORDS.has(next.words[next.words.length - 1]!) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) {
      const whole = text.slice(m.start, next.end);
      out.push({ ...m, end: next.end, text: whole, words: whole.split(/\s+/), key: placeKey(whole), name: whole });
      i++;
      continue;
    }
    const bodyOfTwo =
      m.type === 'organization' && BODY_OF.test(m.text) && between === ' and ' && next!.words.length <= 3 && next!.words.every((w) => lexiconKind(w.toLowerCase()) === 'common');
    // (One word each side, or "& Sons Jewelers": "Karl Langdon & Harvey Deegan" are two people.)
    const firm =
      next !== undefined && (/^\s?&\s?$/.test(between) || between === '+') && m.type !== null && next.type !== null && m.words.length === 1 && !m.acronym && !next.acronym && (FIRM_PARTNERS.has(next.words[0]!) || (next.words.length === 1 && joinsAsOne(text, m, next, surnames)) || (next.words.length === 2 && hasLegalSuffix(next) && next.type !== 'place'));
    // "Cancer Research UK", read as a named thing and a country.
    const arm = next !== undefined && between === ' ' && (m.type === 'organization' || m.type === 'other') && ARM_SUFFIXES.has(next.text);
    // "President Daniel arap Moi", "Ayman al Zawahiri", read as two people: a particle in lower case between a
    // given name and a surname joins them.
    if (next !== undefined && m.type === 'person' && (next.type === 'person' || next.type === null) && (((m.words.length === 1 || (m.words.length <= 3 && PATRONYMIC_BETWEEN.test(between))) && next.words.length === 1 && PARTICLE_BETWEEN.test(between)) || (between === ' ' && m.words.length <= 3 && next.words.length === 2 && PATRONYMIC_BETWEEN.test(` ${next.words[0]} `)))) {
      const whole = text.slice(m.start, next.end);
      out.push({ ...m, end: next.end, text: whole, words: whole.split(/\s+/), key: placeKey(whole), name: whole, type: 'person' });
      i++;
      continue;
    }
    if (!bodyOfTwo && !firm && !arm) {
      out.push(m);
      continue;
    }
    const whole = text.slice(m.start, next!.end);
    const name: MentionCandidate = { ...m, end: next!.end, text: whole, words: [...m.words, ...next!.words], key: placeKey(whole.replace(/^the\s+/i, '')), name: whole };
    // A firm or an arm is a body; two places joined by "&" are one place ("Trinidad & Tobago").
    const bothPlaces = m.type === 'place' && next!.type === 'place';
    out.push(bodyOfTwo ? name : { ...name, type: firm && bothPlaces ? 'place' : 'organization', country: false });
    i++;
  }
  return out;
}

const PARTICLE_BETWEEN = /^ (?:arap|bin|ibn|binti|binte|bte|al|el|van|von|de|da|di|del|der|den|dos|das|du|ter|ten|zu) $/;
// (A patronymic joins a given name of any length: "Nur Aisyah binte Rahmat".)
const PATRONYMIC_BETWEEN = /^ (?:bin|ibn|binti|binte|bte|arap) $/;

// "the Securities and Exchange Commission", "The Mining and Energy Union", "Moi Teaching and Referral Hospital":
// a body's name of two subjects joined by "and", its head word last, which the tagger reads as two names or one
// and a word. The words before "and" are ordinary words in capitals, at most three, and no body of their own
// ("the Treasury and Federal Reserve Board" are two).
// (Or more, by commas: "the Philippine Atmospheric, Geophysical and Astronomical Services Administration".)
const SUBJECTS_BEFORE_AND = /(\b[Tt]he\s+)?((?:(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*\s+){0,2}(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}){0,3},?\s+)and\s+$/u;
// "the Brooklyn Institute of Arts and Sciences", "the Bureau of Alcohol, Tobacco, Firearms and Explosives", read
// as a body and words the tagger left alone: after a body "of" or "for" its subjects, more subjects joined by
// commas and "and", each one to three capitalised words the lexicons do not list as names, are the body's too.
// Only words nothing was read in ("the Department of Justice and Google" stays two), ending where the capitals
// end, and no body of their own ("the Ministry of Defence and State Department").
const MORE_SUBJECTS = /^((?:,\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})*,?\sand\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}'’-]|\s+\p{Lu})/u;
function moreSubjectsOfBody(text: string, m: MentionCandidate, next: MentionCandidate | undefined): number | undefined {
  const more = MORE_SUBJECTS.exec(text.slice(m.end, m.end + 120));
  if (!more) return undefined;
  const end = m.end + more[1]!.length;
  if (next !== undefined && next.start < end) return undefined;
  const words = more[1]!.split(/[\s,]+/).filter((w) => w !== '' && w !== 'and');
  const ordinary = (w: string): boolean => {
    const kind = lexiconKind(w.toLowerCase());
    return (kind === undefined || kind === 'common') && !isListedPlace(w.toLowerCase()) && !BODY_HEAD_WORDS.has(w) && !CALENDAR_WORDS.has(w.toLowerCase());
  };
  return words.every(ordinary) ? end : undefined;
}

function withBodiesOfTwoSubjects(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  let out = mentions;
  for (const body of mentions) {
    if (body.type !== 'organization' || !BODY_HEAD_WORDS.has(body.words[body.words.length - 1]!)) continue;
    const before = SUBJECTS_BEFORE_AND.exec(text.slice(Math.max(0, body.start - 60), body.start));
    if (!before) continue;
    // (Not the sentence's article: "A Kazakh Oil and Gas Ministry official".)
    const article = /^An?\s+/.exec(before[2]!)?.[0] ?? '';
    const subjects = before[2]!.slice(article.length).replace(/,/g, ' ').trim().split(/\s+/);
    // Ordinary words: the lexicon's common words, and, after "the", words it does not know ("the Securities and
    // Exchange Commission"). The first subject word may be a name ("Moi").
    const unknown = (w: string): boolean => lexiconKind(w.toLowerCase()) === undefined && !isListedPlace(w.toLowerCase());
    const ordinary = (w: string): boolean => lexiconKind(w.toLowerCase()) === 'common' || (before[1] !== undefined && unknown(w));
    if (!ordinary(subjects[subjects.length - 1]!) || !body.words.slice(0, -1).every(ordinary)) continue;
    if (subjects.length === 1 && STATE_BODIES.has(subjects[0]!)) continue;
    const start = body.start - before[0].length + (before[1]?.length ?? 0) + article.length;
    const inside = out.filter((m) => m !== body && m.start < body.start && m.end > start);
    // Nothing the tagger read there reaches outside the words before "and", nor is a person or a place named so.
    if (inside.some((m) => m.start < start || m.type === 'person' || m.type === 'place')) continue;
    const whole = text.slice(start, body.end);
    const joined: MentionCandidate = { ...body, start, text: whole, words: whole.split(/\s+/), key: placeKey(whole), name: whole, ambiguous: false };
    out = [...out.filter((m) => m !== body && !inside.includes(m)), joined];
  }
  return out;
}

// "Daimler-Benz", "Rolls-Royce", tagged "Daimler", "Rolls": a company's name goes on past a hyphen and a capital,
// where that word is no name of its own ("EU-Turkey deal", "NATO-Russia council") nor a place.
const HYPHENED_REST = /^[-‐][\p{Lu}][\p{L}]+/u;
function hyphenedName(text: string, m: MentionCandidate, next: MentionCandidate | undefined): number | undefined {
  if (m.type !== 'organization') return undefined;
  const rest = HYPHENED_REST.exec(text.slice(m.end, m.end + 30))?.[0];
  // (Nor a word: "the Senate-House compromise".)
  if (rest === undefined || isListedPlace(rest.slice(1).toLowerCase()) || lexiconKind(rest.slice(1).toLowerCase()) === 'common') return undefined;
  if (next === undefined || next.start >= m.end + rest.length) return m.end + rest.length;
  // The tagger reads the words either side of a hyphen apart: "Benz" may be a named thing of its own.
  return next.start === m.end + 1 && next.end === m.end + rest.length && (next.type === 'other' || next.type === null) ? next.end : undefined;
}

// "St Anne's Primary School", "St Mary's Hospital", "St John's Wood", read as a saint and a body or a place: the
// span of the whole name, from the saint's title (before the name, or read into it by the tagger: "St Mary") to
// the words after the possessive. A place needs no more than the title ("St Louis"), nor does a name the
// tagger read with its possessive ("Peter's Square").
function saintsName(text: string, m: MentionCandidate): { start: number; end: number } | undefined {
  const saint = /^(?:St\.?|Saint)\s/.test(m.text) ? '' : SAINT_BEFORE.exec(text.slice(Math.max(0, m.start - 7), m.start))?.[0];
  if (saint === undefined) return undefined;
  const rest = SAINT_REST.exec(text.slice(m.end, m.end + 80))?.[0];
  if (rest === undefined && !(m.type === 'place' || /^\p{Lu}\p{L}*['’]s\s/u.test(m.text))) return undefined;
  return { start: m.start - saint.length, end: m.end + (rest?.length ?? 0) };
}

const SAINT_BEFORE = /\b(?:St\.?|Saint)\s$/;
// What follows the saint's name: "'s Primary School", "'s Wood", or "'s" alone ("at St Peter's").
const SAINT_REST = /^['’]s(?:(?:\s+\p{Lu}[\p{L}-]*)+|(?![\p{L}\d]))/u;
const SAINTS_BODIES = /^(?:School|Hospital|College|University|Church|Cathedral|Academy|Infirmary|Primary|Secondary)$/;

// Two people joined by "&" are a firm where one works or where a verb takes them as one ("Staff at Harrison &
// Webb", "Ernst & Young was fined"; not "Harry & Meghan visit Nigeria", "Kim & Kanye: inside the divorce"), and
// then not if both are the surnames of people the document names in full ("Joe Biden … Donald Trump … Biden &
// Trump is the match-up"); two places one place only where the gazetteer lists it ("Trinidad &
// Tobago"; not "England & Wales").
// "Kowalczyk & Sons", "Holland & Partners": the words after an ampersand that make a firm of a family or a name.
const FIRM_PARTNERS = new Set(['Sons', 'Son', 'Daughters', 'Co', 'Co.', 'Company', 'Partners', 'Associates', 'Brothers', 'Bros']);
// Words before two surnames joined by an ampersand that make them a firm: "staff at Harrison & Webb", "published
// by Faber & Faber", "who runs Baker & Fenwick", "the Austin firm Okonkwo & Brandt". Elsewhere they are two
// people ("Biden & Trump clash over debate rules").
const FIRM_BEFORE = /\b(?:at|by|runs?|ran|owns?|owned|founded|joined|firm|company|practice|business)\s+(?:the\s+)?$/i;
// A verb in the singular after two names joined by an ampersand takes them as one: "Ernst & Young was fined".
const ONE_SUBJECT_AFTER = /^\s+(?:was|is|has|says|does)\b/;
function joinsAsOne(text: string, m: MentionCandidate, next: MentionCandidate, surnames: ReadonlySet<string>): boolean {
  if (m.type === 'person' && next.type === 'person') {
    const singular = ONE_SUBJECT_AFTER.test(text.slice(next.end, next.end + 8)) && !(surnames.has(m.text) && surnames.has(next.text));
    return m.text === next.text || singular || FIRM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
  }
  if (m.type === 'place' && next.type === 'place') return isListedPlace(`${m.text} and ${next.text}`.toLowerCase()) || isListedPlace(`${m.text} & ${next.text}`.toLowerCase());
  return true;
}

// "Mistral AI", "Acme Inc", "Arven Semiconductor": a name ending in a company's legal suffix or in a word
// for a line of business is a company. (Not "Bank": the West Bank.)
const COMPANY_SUFFIXES = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Cos', 'Cos.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'GmbH', 'SA', 'NV', 'AI', 'Holdings',
  'Semiconductor', 'Semiconductors', 'Technologies', 'Pharmaceuticals', 'Therapeutics', 'Airlines', 'Airways',
  'Motors', 'Foods', 'Computers', 'Electronics', 'Software', 'Labs', 'Industries', 'Enterprises', 'Logistics',
  'Telecom', 'Studios', 'Partners', 'Freight', 'Films', 'Pictures', 'Roasters', 'Aerospace', 'Resources', 'Minerals',
  'Midstream', 'Stiftung', 'Ventures', 'Shipping', 'Robotics', 'Biotech', 'Brewery', 'Bakery', 'Systems', 'Microsystems',
  'Networks', 'Instruments', 'Communications',
  // and of a local trade: "Ferreira Hardware", "Ines Duarte Photography", "Great Western Railway", "Premier Inn".
  'Hardware', 'Photography', 'Plumbing', 'Roofing', 'Landscaping', 'Catering', 'Removals', 'Builders', 'Railway',
  'Railways', 'Inn',
  // and of public bodies: "the Home Office", "the Justice Department", "the Electoral Commission".
  'Office', 'Ministry', 'Department', 'Agency', 'Commission', 'Council', 'Committee', 'Authority', 'Party',
  // and of learning: "the Francis Crick Institute", "Stanford University".
  'Institute', 'University',
  // and of property: "Meridian Estates";
  'Estates', 'Properties', 'Developments',
  // and of news: "the Harrowfield Echo", "the Washington Post".
  'Echo', 'Herald', 'Gazette', 'Chronicle', 'Tribune', 'Courier', 'Observer', 'Telegraph', 'Post', 'Times', 'Journal', 'Mirror',
]);
const BUSINESS_FIRST_WORDS = new Set(['Boulangerie', 'Patisserie', 'Pâtisserie', 'Pizzeria', 'Trattoria', 'Ristorante', 'Brasserie', 'Hotel', 'Hôtel', 'Hostal', 'Café', 'Cafe']);
/** True when the name ends in a company's legal form: "Volkswagen AG", "Whitlock Homes Ltd". */
// "Steel Co Ltd", "Gamble Co": one ordinary word and a legal form.
function firmsTrade(m: MentionCandidate): boolean {
  const words = [...m.words];
  while (words.length > 0 && (LEGAL_SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, '')) || /^Co\.?$/.test(words[words.length - 1]!))) words.pop();
  const kind = words.length === 1 ? lexiconKind(words[0]!.toLowerCase()) : 'other';
  return words.length === 1 && words.length < m.words.length && (kind === undefined || kind === 'common');
}

export function hasLegalSuffix(m: MentionCandidate): boolean {
  return m.words.length > 1 && LEGAL_SUFFIXES.has(m.words[m.words.length - 1]!);
}

// Rooms and occasions that end in one of those words.
const NOT_BODIES = new Set(['oval office', 'christmas party', 'birthday party', 'boston tea party']);
// "Greenpeace UK", "Cancer Research UK", "Amnesty International": a body's national or international arm.
// (Not a place's part: "Northern UK", "London UK".)
const ARM_SUFFIXES = new Set(['UK', 'USA', 'International']);
const DIRECTIONS = /^(?:north|south|east|west|central|northern|southern|eastern|western|greater|rural|mainland)$/i;
function isBodysArm(m: MentionCandidate): boolean {
  if (m.words.length < 2 || !ARM_SUFFIXES.has(m.words[m.words.length - 1]!)) return false;
  const rest = m.words.slice(0, -1);
  return !DIRECTIONS.test(rest[0]!) && !isListedPlace(rest.join(' ').toLowerCase());
}

/** True for a name ending in a word for a company's or a public body's: "Mistral AI", "Home Office". */
export function hasCompanySuffix(m: MentionCandidate): boolean {
  if (isBodysArm(m)) return true;
  // (A business by its trade's first word: "Boulangerie Moreau", "Hotel Puerta Dorada", "Pizzeria Da Michele".)
  if (m.words.length > 1 && BUSINESS_FIRST_WORDS.has(m.words[0]!)) return true;
  if (m.words.length > 2 && /\bResearch\s+Cent(?:re|er)$/.test(m.text)) return true;
  return m.words.length > 1 && COMPANY_SUFFIXES.has(m.words[m.words.length - 1]!) && !NOT_BODIES.has(m.words.join(' ').toLowerCase());
}

// "a lawyer at Clifford Chance", "analysts at Bernstein": where people work is a body, unless a gazetteer
// knows the name as a place ("researchers at Cambridge" stay the tagger's call).
const EMPLOYED_AT =
  /\b(?:analysts?|economists?|strategists?|lawyers?|attorneys?|partners?|professors?|researchers?|scientists?|engineers?|executives?|bankers?|traders?|dealers?|brokers?|employees?|lecturers?|consultants?|director|officer|adviser|advisor|fellow)\s+at\s+$/i;
// (A name the tagger read as a place only after the City's roles: "Engineers at Cape Canaveral" stays a place.)
const MARKET_ROLE_AT = /\b(?:analysts?|economists?|strategists?|bankers?|traders?|dealers?|brokers?|managing director|managing partner)\s+at\s+$/i;
function employerAt(text: string, m: MentionCandidate): boolean {
  const before = text.slice(Math.max(0, m.start - 28), m.start);
  if (isListedPlace(m.text.toLowerCase())) return false;
  return m.type === 'place' ? MARKET_ROLE_AT.test(before) : EMPLOYED_AT.test(before);
}

// "the Bundesbank", "Rabobank": a bank named in one word.
const COMPOUND_BANK = /^\p{Lu}\p{Ll}{3,}bank$/u;

// "Crazyhead are an English punk band", "Caloi was founded in 1898": a name the text defines as a body, or
// says was founded, is that body in every mention (the word must end its phrase: not "a company director", "a
// band leader"; and not a place, "Rome was founded").
// (The name must be the subject, not "the party led by Nigel Farage was formed"; not a person named in full, a
// place we know, "Charlotte was founded", nor a prize, "The Nobel Prize was established"; and no word that is
// also a job, "broadcaster", "publisher", "deal maker".)
const DEFINED_AS_BODY =
  /^\s+(?:(?:is|are|was|were)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:band|company|firm|manufacturer|label|retailer|chain|newspaper|magazine|network|charity|organisation|organization|party|club|team|corporation|conglomerate|airline)(?:[ \t]*[,.;(]|\s+(?:in|of|on|from|based|founded|formed|that|which|with|and|headquartered|owned)\b)|(?:was|were)\s+(?:founded|established|incorporated|formed)\s+(?:in|by|on)\b)/u;
const NOT_SUBJECT_BEFORE = /\b(?:by|of|for|with|from|to|about)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;
function definedAsBody(text: string, m: MentionCandidate): boolean {
  if ((m.type === 'person' && m.words.length > 1) || isListedPlace(m.text.toLowerCase()) || /\s(?:Prize|Award|Medal|Cup|Trophy)$/.test(m.text)) return false;
  return DEFINED_AS_BODY.test(text.slice(m.end, m.end + 80)) && !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

// "injections sold by Novo Nordisk and Eli Lilly … other than Lilly", "Marks and Spencer rose 7 pence": companies
// named as people are, or with "and" between two names, which the tagger reads as people. Each is the company
// wherever the text writes it, and so is its short name, unless a person named in full has it for a surname.
const COMPANIES_NAMED_LIKE_PEOPLE = new Map<string, string[]>([
  ['Eli Lilly', ['Lilly']], ['Morgan Stanley', []], ['Goldman Sachs', ['Goldman']], ['Charles Schwab', ['Schwab']],
  ['Marks and Spencer', ['M&S']], ['Marks & Spencer', ['M&S']], ['John Lewis', []], ['Johnson & Johnson', []],
  ['Procter & Gamble', []], ['Ernst & Young', []], ['Merrill Lynch', ['Merrill']], ['Lehman Brothers', ['Lehman']],
  ['Wells Fargo', []], ['Philip Morris', []], ['Kinder Morgan', []], ['Edward Jones', []], ['Raymond James', []],
  ['Hoare Govett', []], ['Levi Strauss', []], ['Bristol Myers Squibb', []], ['Bristol-Myers Squibb', []],
  ['Hewlett-Packard', []], ['Dow Jones', []], ['Warner Bros', []], ['Dolce & Gabbana', []],
  ['Societe Generale', []], ['Société Générale', []], ['Credit Suisse First Boston', []], ['Taylor Winch', []],
  ['America Online', []], ['Broken Hill Proprietary', []], ['Anglo American', []],
]);
const FOUNDER_OR_TITLE_BEFORE = /\b(?:[Ff]ounder|[Cc]hairman|[Cc]hairwoman|[Cc]hief\s+executive|Mr|Mrs|Ms|Dr|Sir|[Bb]illionaire|[Pp]resident)\.?\s+$/;
function withCompaniesNamedLikePeople(text: string, found: MentionCandidate[]): MentionCandidate[] {
  const companies: MentionCandidate[] = [];
  const shortNames = new Set<string>();
  // (A longer name the tagger read around one stays whole, a company: "Philip Morris Cos".)
  const longer = new Set<MentionCandidate>();
  const people = new Set<string>();
  for (const [name, short] of COMPANIES_NAMED_LIKE_PEOPLE) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
      const around = found.find((m) => m.start <= at && m.end >= at + name.length && m.end - m.start > name.length);
      // (Not the person himself: "Founder Charles Schwab said", "Mr Charles Schwab".)
      if (FOUNDER_OR_TITLE_BEFORE.test(text.slice(Math.max(0, (around?.start ?? at) - 24), at))) {
        people.add(name);
        continue;
      }
      if (around !== undefined) longer.add(around);
      else companies.push(mentionAt(text, at, at + name.length, 'organization'));
      for (const s of short) shortNames.add(s);
    }
  }
  for (const name of people) for (const s of COMPANIES_NAMED_LIKE_PEOPLE.get(name)!) shortNames.delete(s);
  if (companies.length === 0 && longer.size === 0) return found;
  found = found.map((m) => (longer.has(m) ? { ...m, type: 'organization' as const } : m));
  const taken = new SpanIndex(companies);
  // (A person named in full elsewhere keeps a surname of the company's: "Lilly" after "Sarah Lilly".)
  for (const m of found) if (m.type === 'person' && m.words.length > 1 && !taken.overlaps(m.start, m.end)) shortNames.delete(m.words[m.words.length - 1]!);
  const kept = found.filter((m) => !taken.overlaps(m.start, m.end)).map((m) => (shortNames.has(m.text) && m.type !== 'organization' ? { ...m, type: 'organization' as const } : m));
  return [...kept, ...companies].sort((a, b) => a.start - b.start);
}

// "Tally, a Lagos-based company that offers payments … valued Tally at $620m": a word the tagger and the rules
// passed over (a word of the language too) that the text sets beside "a company" is the company, in every mention
// in capitals, where the text writes it so at least once inside a sentence (not "Yesterday, a company that…").
// (The look-ahead first, for speed only: it lets the search skip every character that cannot open \p{Lu}, where
// the look-behind first would be tried at each; a third of the time of the search.)
const DEFINED_COMPANY = /(?=[A-Z\xC0-\u{10FFFF}])(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,}),\s(?:a|an)\s(?:[\p{L}-]+\s){0,3}?(?:company|firm|start-?up|fintech|lender|retailer|carmaker|manufacturer)(?=\s+(?:that|which|based|founded|with|whose|in|from|backed|owned)\b|[,.;])/gu;
const MAX_DEFINED_COMPANIES = 20;
// What a company does, after its name.
const COMPANY_DOES = String.raw`(?:said|says|bucked|rose|fell|gained|lost|posted|reported|announced|agreed|plans|has|had|is|was|will|shares|blamed|added)`;
const COMPANY_DOES_AFTER = new RegExp(String.raw`^(?:\s+${COMPANY_DOES}\b|,\s)`);
const TRADE_GROUP_NAME = new RegExp(String.raw`(?:^|[\s(])([\p{L}-]{2,})\s+group\s+(\p{Lu}\p{Ll}+)(?=\s+${COMPANY_DOES}\b)`, 'gu');
export function companiesDefinedBeside(text: string, found: readonly MentionCandidate[]): MentionCandidate[] {
  if (!text.includes(', a') && !text.includes(' group ')) return [];
  const named = new SpanIndex(found);
  const names = new Set<string>();
  for (const match of text.matchAll(DEFINED_COMPANY)) {
    if (!named.overlaps(match.index, match.index + match[1]!.length)) names.add(match[1]!);
    if (names.size >= MAX_DEFINED_COMPANIES) break;
  }
  // ("Oil group Total bucked the trend": a word of the language after a trade's group, before what a company does.)
  if (text.includes(' group ')) {
    for (const match of text.matchAll(TRADE_GROUP_NAME)) {
      const start = match.index + match[0].length - match[2]!.length;
      if (isGroupOfTrade(match[1]) && !named.overlaps(start, start + match[2]!.length)) names.add(match[2]!);
      if (names.size >= MAX_DEFINED_COMPANIES) break;
    }
  }
  const added: MentionCandidate[] = [];
  for (const name of names) {
    const at = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${name}(?![\p{L}\p{N}-])`, 'gu'))].map((m) => m.index);
    if (!at.some((i) => !/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, i - 4), i)))) continue;
    // (A word of the language opening a sentence is the word, "Total sales fell", unless what follows is what the
    // company did.)
    const common = lexiconKind(name.toLowerCase()) === 'common';
    for (const i of at) {
      if (named.overlaps(i, i + name.length)) continue;
      if (common && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, i - 4), i)) && !COMPANY_DOES_AFTER.test(text.slice(i + name.length, i + name.length + 16))) continue;
      added.push(mentionAt(text, i, i + name.length, 'organization'));
    }
  }
  return added;
}

// "Spotify, a company based in Stockholm", "Spotify's head of global affairs" (the tagger's MISC): a company
// by its apposition or by the people it has, where the tagger read a named thing (not a person's: "Trump's
// spokesman"; not a place's).
const COMPANY_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|group|bank|carmaker|retailer|start-?up|airline|manufacturer|broadcaster|charity|insurer|lender|chain|conglomerate)\b(?!['’])/u;
const COMPANY_ROLE_AFTER = /^['’]s\s+(?:(?:chief|global|new|former)\s+)*(?:executive|head|chairman|chairwoman|founder|co-founder|ceo|boss|spokesman|spokeswoman|spokesperson|shareholders|board)\b/i;
const IN_OPENING = /(?:^|\n|[.!?]["”’]?\s+)In\s+$/;

// A name the text sets beside a word for a business, in any type the tagger gave it: "San Francisco start-up
// Lumora", "the bookseller Waterstones", "Kesselring Antriebstechnik, a family firm founded…", "Neon, the
// distributor behind…", "each Kessler share", "Corella’s shares fell". (The word must end its phrase: not "a firm
// believer".)
const BUSINESS_WORDS = String.raw`(?:company|firm|start-?up|spin-?out|distributor|retailer|carmaker|chipmaker|automaker|studio|airline|lender|insurer|manufacturer|campaign group|pressure group|conglomerate|brokerage|consultancy)`;
// Words for a trade that name people as often ("Joris Bakker, a crane operator with…"), only before a name.
const TRADE_WORDS = String.raw`(?:bookseller|publisher|broadcaster|miner|developer|operator|supplier|exchange|bank|platform|network|broker|supermarket|agency|pollster)`;
// "Krupp, which took over Hoesch", "agreed to buy Zentiva", "a stake in Kessler": what is bought is a business
// (a one-word name, not a known given or family name, nor a listed place: the caller sees to that).
const TAKEN_OVER = /\b(?:took over|take over|takes over|taking over|acquired|acquire|acquires|acquiring|to buy|bought|merge with|merged with|merger with|bid for|stake in|takeover of|acquisition of)\s+$/i;
// (The last words of TAKEN_OVER, tested first: asciiWordBefore.)
const TAKEN_OVER_LAST_WORDS = new Set(['over', 'acquired', 'acquire', 'acquires', 'acquiring', 'buy', 'bought', 'with', 'for', 'in', 'of']);
// (The trades that also head a relative clause, "the central bank Powell chairs": not before a known name.)
// (Nor straight after "the bank", "the exchange": "FTX, the exchange Bankman-Fried founded".)
const TRADE_BEFORE_PERSON = /\b(?:exchange|bank|platform|network|broker|supermarket|agency)\s+$/i;
const DETERMINER_TRADE_BEFORE = /\b(?:the|a|an|its|his|her|their)\s+(?:exchange|bank|platform|network|broker|supermarket|agency)\s+$/i;
function tradeBeforePerson(text: string, m: MentionCandidate): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (!TRADE_BEFORE_PERSON.test(before)) return false;
  return DETERMINER_TRADE_BEFORE.test(before) || (m.words.length === 1 && isKnownPersonName(m.text));
}
// A word the lexicon knows as a given or a family name.
const isKnownPersonName = (word: string): boolean => ['first-name', 'last-name'].includes(lexiconKind(word.toLowerCase()) ?? '');
// "oil major Shell", "drugs group Zeneca", "media giant Pearson": a trade's big company.
const INDUSTRY_MAJOR = String.raw`(?:oil|energy|mining|drugs?|pharmaceuticals?|chemicals?|food|tobacco|media|telecoms?|engineering|defence|insurance|textiles)\s+(?:major|giant|group)`;
const BUSINESS_BEFORE = new RegExp(String.raw`\b(?:${BUSINESS_WORDS}|${TRADE_WORDS}|${INDUSTRY_MAJOR})\s+$`, 'i');
const BUSINESS_APPOSITION = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?${BUSINESS_WORDS}(?=\s*[,.;:)]|\s+(?:that|which|based|founded|owned|run|behind|in|of|from|whose|with)\b)`, 'iu');
// "A Stockholm spinout, Biomarka, hopes…": a business set off by commas after the word for it, whatever the
// tagger read, but for a name the lexicon gives people or one in a list ("accuses the startup, Altman, and the
// board"). (Not after a preposition, where the comma ends a phrase:
// "For the airline, Gatwick, its largest base, …".)
const BUSINESS_THEN_NAME = new RegExp(String.raw`(?<!\b(?:for|to|at|in|on|with|from|by|of|about|as|like)\s+)\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${BUSINESS_WORDS},\s+$`, 'iu');
const SHARES_AFTER = /^(?:['’]s)?\s+(?:shares?|stock|share price)\b/;
// (Nor a newspaper's or a party's name: "Washington Post", "Labour Party".)
const PAPER_OR_PARTY = /^(?:Party|Post|Times|Journal|Herald|Gazette|Chronicle|Tribune|Courier|Observer|Telegraph|Mirror|Echo)$/;
// "the Washington firm Kessler Byrne", "the law firm Wachtell Lipton": a firm named by its partners' surnames after
// the word for it, read as a person. (Not a person with a given name the lexicon knows, nor what a person does to
// the firm: "the company Lisa Su runs", "the firm Rishi Sunak's father-in-law founded".)
const FIRM_WORD_BEFORE = /\b(?:firm|consultancy|brokerage)\s+$/i;
const PERSON_DOES_AFTER = /^\s+(?:founded|co-founded|runs|ran|started|built|leads|led|heads|headed|owns|owned|co-owns|joined|left|set\s+up|chairs|chaired|controls|controlled|manages|managed|backs|backed|bought|sold|took\s+over|works\s+for|worked\s+for)\b/;
function firmNamedLikePerson(text: string, m: MentionCandidate): boolean {
  return m.words.length === 2 && FIRM_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && lexiconKind(m.words[0]!.toLowerCase()) !== 'first-name' && !PERSON_DOES_AFTER.test(text.slice(m.end, m.end + 16)) && !/^['’]/.test(text.slice(m.end, m.end + 1));
}
// (Before it, not a person named in full: "The company Elon Musk founded".)
function namedAsBusiness(text: string, m: MentionCandidate): boolean {
  return (
    (m.words.length === 1 && TAKEN_OVER_LAST_WORDS.has(asciiWordBefore(text, m.start, m.start - 24).toLowerCase()) && TAKEN_OVER.test(text.slice(Math.max(0, m.start - 24), m.start)) && !isKnownPersonName(m.text)) ||
    ((!(m.type === 'person' && m.words.length > 1) || firmNamedLikePerson(text, m)) && BUSINESS_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) ||
    BUSINESS_APPOSITION.test(text.slice(m.end, m.end + 60)) ||
    ((m.type !== 'person' || (m.words.length === 1 && !isKnownPersonName(m.text) && !/^\s*,\s+(?:and|or)\b/.test(text.slice(m.end, m.end + 8)))) && BUSINESS_THEN_NAME.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))) ||
    SHARES_AFTER.test(text.slice(m.end, m.end + 16)) ||
    (m.words.length === 1 && /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && WARES_AFTER.test(text.slice(m.end, m.end + 16)))
  );
}

// "a Qualcomm chip", "a Zentropa production", "a Kestrel spokeswoman": one capitalised word between "a" and what a
// company makes or employs is the company, unless a place, a people, a person the text names or a word
// ("a Texas plant", "a Trump spokesman", "a Big Mac").
const WARES = String.raw`(?:chips?|processors?|rockets?|production|smartphones?|handsets?|factory|plant|subsidiary|spokesman|spokeswoman|spokesperson|executive|engineer)`;
const WARES_AFTER = new RegExp(String.raw`^\s+${WARES}\b`);
const MAKER_BEFORE_WARES = new RegExp(String.raw`\b[Aa]n?\s+(\p{Lu}[\p{Ll}]+[\p{Lu}\p{Ll}]*)(?=\s+${WARES}\b)`, 'gu');
// "The European Commission fined Apple … using the Commission to rewrite the rules": a body's head word alone
// after "the" ("The Commission agreed"), once the text has named a body so in full, is that body (which the tagger reads as a word now and
// then). Only the heads of bodies of state, which the news writes so: not "the University", "the School".
const SHORT_BODY_HEADS = new Set(['Commission', 'Council', 'Committee', 'Agency', 'Authority', 'Ministry', 'Department', 'Bureau', 'Union']);
/** Bodies named by their head word alone after their full name, where no mention stands yet. */
export function bodiesByHeadWord(text: string, rules: readonly MentionCandidate[], found: readonly MentionCandidate[]): MentionCandidate[] {
  const namedAt = new Map<string, number>();
  for (const m of found) {
    const head = m.words[m.words.length - 1]!;
    if (m.type === 'organization' && m.words.length > 1 && SHORT_BODY_HEADS.has(head) && m.end < (namedAt.get(head) ?? Infinity)) namedAt.set(head, m.end);
  }
  if (namedAt.size === 0) return [];
  return rules
    .filter((r) => r.words.length === 1 && r.start > (namedAt.get(r.text) ?? Infinity) && /\b[Tt]he\s$/.test(text.slice(Math.max(0, r.start - 4), r.start)))
    .filter((r) => !found.some((m) => m.start < r.end && r.start < m.end))
    .map((r) => mentionAt(text, r.start, r.end, 'organization'));
}

/** Companies named only before what they make or employ ("a Qualcomm chip"), where no mention stands yet. */
export function makersBeforeWares(text: string, found: readonly MentionCandidate[]): MentionCandidate[] {
  const makers: MentionCandidate[] = [];
  const surnames = new Set(found.filter((m) => m.type === 'person').map((m) => m.words[m.words.length - 1]!));
  for (const match of text.matchAll(MAKER_BEFORE_WARES)) {
    const word = match[1]!;
    const start = match.index + match[0].length - word.length;
    const end = start + word.length;
    const key = word.toLowerCase();
    if (surnames.has(word) || isListedPlace(key) || isDemonym(key) || lexiconKind(key) !== undefined) continue;
    if (!found.some((m) => m.start < end && start < m.end)) makers.push({ ...mentionAt(text, start, end, 'organization'), country: false });
  }
  return makers;
}

function describedAsCompany(text: string, m: MentionCandidate): boolean {
  const after = text.slice(m.end, m.end + 60);
  // "Hermès, maker of the Birkin bag", "Usdaw, the shop workers' union" (read as a place, a person): what makes
  // things or stands for workers is a body, however the tagger read its one word.
  if (m.words.length === 1 && m.type !== 'organization' && MAKER_OR_UNION_APPOSITION.test(after)) return true;
  // (A name of more words, a person's in form, only where the trade is taken up by "which": "Birra Moretti, the Udine
  // brewer which Heineken bought".)
  if (m.words.length > 1 && m.type !== 'organization' && TRADE_WHICH_APPOSITION.test(after)) return true;
  if (m.type !== 'other') return false;
  return COMPANY_APPOSITION.test(after) || COMPANY_ROLE_AFTER.test(after);
}
// (And a trade's word that ends its phrase: "Birra Moretti, the Udine brewer which…", "Light, the Rio de Janeiro
// power distributor", "Vale, as the company is known in Brazil"; not "Smith, a bank employee".)
const TRADES = String.raw`(?:brewer|miner|steelmaker|drugmaker|carmaker|insurer|retailer|airline|utility|distributor|lender|company|firm|conglomerate)`;
const TRADE_WHICH_APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${TRADES}|bank|group)\s+which\b`, 'u');
const MAKER_OR_UNION_APPOSITION = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:maker|manufacturer|operator)\s+of\b|^,\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?union\b|^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?${TRADES}(?=\s*[,.;)]|\s+(?:which|that|based|whose|in|of)\b)|^,\s+as\s+the\s+(?:company|firm|group|bank)\s+is\s+known\b`,
  'u',
);

// "he told France Inter radio", "Czech Television": a name before a kind of news outlet is the outlet.
const MEDIA_AFTER = /^\s+(?:radio|television|tv|newspaper|magazine|broadcaster|news\s+agency|news\s+service)\b/i;

// "chief executive of Google DeepMind", "Greens leader Adam Bandt": what an executive runs and what a leader
// leads are bodies, unless a place ("the president of France", "Scotland's leader"; "Conservative leader").
const EXECUTIVE_OF =
  /\b(?:chief executive|chief executive officer|ceo|chief (?:operating|technology|financial|scientific) officer|chair|chairman|chairwoman|founder|co-founder|managing director|director-general|director general)\s+of\s+$/i;
const LEADER_AFTER = /^\s+(?:leader|chief|boss|president|chairman|chairwoman|chief executive)\s+\p{Lu}/u;
// "the Ifo institute", "the Wagner group": a name before the kind of body it names.
const BODY_NOUN_AFTER = /^\s+(?:institute|foundation|agency|party|group|bank|union|think tank)\b/;
function ledBy(text: string, m: MentionCandidate): boolean {
  if (isListedPlace(m.text.toLowerCase()) || GROUP_ADJECTIVES.has(m.text.toLowerCase())) return false;
  if (COMPOUND_BANK.test(m.text)) return true;
  const leader = LEADER_AFTER.test(text.slice(m.end, m.end + 20));
  // (Read as a place the gazetteer does not list, only before a leader: "Greens leader Adam Bandt".)
  if (m.type === 'place') return leader;
  return leader || EXECUTIVE_OF.test(text.slice(Math.max(0, m.start - 36), m.start));
}

// "the Wagner group", "told France Inter radio": a name before the kind of body it is (not a gazetteer place:
// "a Texas radio station").
function namesItsKindOfBody(text: string, m: MentionCandidate): boolean {
  if (m.type === 'person' || isListedPlace(m.text.toLowerCase()) || GROUP_ADJECTIVES.has(m.text.toLowerCase())) return false;
  const after = text.slice(m.end, m.end + 20);
  return BODY_NOUN_AFTER.test(after) || MEDIA_AFTER.test(after);
}

// "Shares in Maersk rose", "a 10% stake in Arven": what is held in shares is a company (not a country: "a stake
// in Ukraine's future").
const SHARES_BEFORE = /\b(?:shares|stake|stakes|shareholders|shareholding)\s+(?:in|of)\s+$/i;
// (Nor what owns the shares' company: "a stake in Elon Musk's xAI".)
// ("Heineken shares closed 3.50 guilders higher", "Vale preferred shares rose": a name before its shares moving.)
const SHARES_MOVE_AFTER = /^\s+(?:(?:preferred|ordinary|common|voting|class\s+[AB])\s+)?shares\s+(?:closed|rose|fell|gained|lost|climbed|dropped|slipped|jumped|slid|tumbled|surged|ended|were|opened|traded)\b/;
function ownedInShares(text: string, m: MentionCandidate): boolean {
  if (m.country) return false;
  return (SHARES_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !/^['’]s?\b/.test(text.slice(m.end, m.end + 3))) || SHARES_MOVE_AFTER.test(text.slice(m.end, m.end + 40));
}

// "Stellantis lost 1.8% in Milan", in a report on shares: what rises and falls by a percentage is a company.
// (Only there: "Biden gained 3% in the polls".)
const SHARES_WORD = /\b(?:shares\s+(?:in|of)|share prices?|stock markets?|stock exchange|bourse)\b/i;
const MOVES_BY_PERCENT =
  /^\s+(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|slid|tumbled|surged|added|shed|sank|soared|plunged|rallied)\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)/i;
function movesInMarket(text: string, m: MentionCandidate): boolean {
  return MOVES_BY_PERCENT.test(text.slice(m.end, m.end + 40));
}

// "rival Eli Lilly, which makes…": a rival that is "which" is a company. (Only after such a word: ", which"
// after an object mostly takes up the clause, "Harris criticised Vance, which drew applause".)
const WHICH_AFTER = /^\s*,\s*which\b/;
const RIVAL_BEFORE = /\b(?:rival|rivals|competitor|competitors|peer|peers)\s+$/i;
function thingByWhich(text: string, m: MentionCandidate): boolean {
  return WHICH_AFTER.test(text.slice(m.end, m.end + 10)) && RIVAL_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

// "a dam on the river Nysa Klodzka": what follows the word river or lake is the river or the lake.
const RIVER_BEFORE = /\b(?:river|lake)\s+$/;
// "in the village of Novye Atagi", "the town of Srebrenica": what a lower-case word for a settlement or a
// region is "of" is a place (not a person: "the home town of Joe Biden", "the district of Nancy Pelosi").
const PLACE_OF = /\b(?:village|town|city|province|region|district|county|island|suburb|settlement|hamlet)\s+of\s+$/;
// "Fulton and DeKalb counties", "the Kursk region": what a lower-case word for a region follows is a place.
const REGION_AFTER = /^\s+(?:county|counties|province|provinces|region|regions|oblast|prefecture)\b/;

// ", a strategist at Kotak", ", the former chief executive": a description of a person in apposition.
// (Not "Liberation Day, the president said": a role that is the subject of a speech verb.)
const PERSON_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}]+)\b(?!\s+(?:said|says|told|added|wrote|announced|declared|insisted|warned|argued|explained)\b)/u;
// "Its spokeswoman, Saskia de Bruijn, said": a name set off by commas after someone's role is that someone.
// (Not a body or a place the tagger read so, nor "As a player, Manchester United…": only the roles of people
// who speak for or run something.)
const ROLE_BEFORE = /(?<!\b(?:[Aa]s|[Ff]or|[Ll]ike|[Ii]n)\s)\b(?:[aA]|[aA]n|[tT]he|[iI]ts|[hH]is|[hH]er|[tT]heir|[oO]ur)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+),\s+$/u;
const INTRODUCING_ROLES = new Set(
  'spokesman spokeswoman spokesperson minister secretary director chairman chairwoman president ceo founder leader lawyer attorney analyst economist judge prosecutor mayor governor senator ambassador commander professor researcher scientist editor correspondent manager coach captain chancellor'.split(' '),
);
function introducedByRole(text: string, m: MentionCandidate): boolean {
  const role = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[1];
  return role !== undefined && INTRODUCING_ROLES.has(role) && /^,\s/.test(text.slice(m.end, m.end + 2));
}

// "Harkat-ul-Ansar, a militant group", "COPA, the EU farmers' lobby" (read as places): a name set beside a kind
// of body is one.
// (The kind of body heads the phrase: not "Rojava, the region the Kurdish militia controls".)
const BODY_APPOSITION = /^,\s+(?:a|an|the)\s+(?:(?!(?:the|a|an|region|area|country|city|town|province|state|territory|enclave)\b)[\p{L}'’-]+\s+){0,3}?(?:group|organisation|organization|movement|faction|militia|alliance|coalition|lobby|union)\b(?!['’])/u;

// "Rojava, the region the Kurdish militia controls" (read as a person): a name set beside a kind of place that
// heads its phrase is a place. (Not "Jones, the city council leader", "Smith, the town's mayor", "Peter Estlin, the
// city of London's lord mayor": one word only, not a name the lexicon gives people, and no "of" after the kind.)
const PLACE_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:region|province|city|town|village|country|territory|enclave|island|district|county|capital)(?=\s*[,.;]|\s+(?:the|a|an|that|which|where|in|on|whose|near|north|south|east|west|known|run|held|controlled)\b)/u;

// "Fédération Internationale de l'Automobile", "Banco Santander", "Parti Québécois": a name opening with a
// body's word in another language is that body.
const FOREIGN_BODY_WORDS = new Set(
  'Fédération Federación Federazione Confédération Confederación Société Sociedad Società Compagnie Compañía Banco Banque Partido Parti Partito Universidad Université Università Universität Instituto Institut Istituto Verband Bundesverband Vereniging Stichting Asociación Associazione Hochschule'.split(' '),
);

// Someone from somewhere (not "a statement from Orange", "shares in Nokia", "moved from Chelsea").
const PERSON_FROM = /\b(?:man|woman|boy|girl|resident|residents|engineer|teacher|nurse|doctor|worker|workers|student|mother|father|farmer|driver|pensioner|couple|family|voter|voters|candidate|councillor|businessman|businesswoman|grandmother|grandfather|teenager|native|people)\s+from\s+$/;
// "in Regina pending a hearing", "at Madison": a known place's name read as a given name, after a word that
// puts things somewhere (not a person's possessive: "in Regina's view").
const LOCATIVE_BEFORE_PERSON = /\b(?:in|at|near|towards|toward|outside)\s+$/;
// (A known place after "in", not a month or a language: "of Boston in January"; nor a known place itself.)
const FIRM_THEN_PLACE = /^ in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?![\p{L}'’])/u;
function firmThenPlace(text: string, m: MentionCandidate): boolean {
  const place = FIRM_THEN_PLACE.exec(text.slice(m.end, m.end + 30))?.[1];
  return place !== undefined && isListedPlace(place.toLowerCase()) && !isListedPlace(m.text.toLowerCase());
}
// "Austin, Texas": a name before a comma and an American state or a Canadian province is a town.
const STATES_AND_PROVINCES = new Set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Alberta Manitoba Ontario Quebec Saskatchewan'.split(' '),
);
// (The state ends its phrase: not "Sanders, Vermont's senator", "Jackson, Mississippi native".)
const STATE_AFTER = /^,\s+(?:New|North|South|West|Rhode|British|Nova)?\s?(\p{Lu}\p{Ll}+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|at|for|to|from|with|where|which|who|is|was|has|had)\b)/u;
// "San Juan, PR, on Tuesday", "Moore, OK.": a state's postal code after a town and a comma is the state.
const STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(' '));
const CODE_AFTER_TOWN = /^,[ \t]+([A-Z]{2})(?=[ \t]*(?:[,.;:)]|$))/m;
/** States named by their postal code after a town, where no mention stands yet. */
export function statesByCode(text: string, found: readonly MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of found) {
    if (m.type !== 'place') continue;
    const code = CODE_AFTER_TOWN.exec(text.slice(m.end, m.end + 6))?.[1];
    if (code === undefined || !STATE_CODES.has(code)) continue;
    // ("Meet me in Vegas, OK.": Oklahoma's code only before a comma or a bracket.)
    if (code === 'OK' && !/^,[ \t]+OK[ \t]*[,)]/.test(text.slice(m.end, m.end + 8))) continue;
    const start = m.end + text.slice(m.end).indexOf(code);
    if (!found.some((n) => n.start < start + 2 && start < n.end)) out.push(mentionAt(text, start, start + 2, 'place'));
  }
  return out;
}

function cityOfState(text: string, m: MentionCandidate): boolean {
  const state = STATE_AFTER.exec(text.slice(m.end, m.end + 24))?.[1];
  return state !== undefined && (STATES_AND_PROVINCES.has(state) || /^(?:York|Jersey|Hampshire|Mexico|Carolina|Dakota|Island|Columbia|Scotia|Brunswick)$/.test(state));
}

function describedAsPerson(text: string, m: MentionCandidate): boolean {
  const role = PERSON_APPOSITION.exec(text.slice(m.end, m.end + 60))?.[1];
  return role !== undefined && PERSON_ROLES.has(role) && !/s$/.test(role);
}

// "Murdoch is a publisher, not a journalist" (tagged a place): a one-word name the text says is someone in a
// role is a person (not "Paris is a city", nor a body the tagger read: a publisher is a firm as often).
const DEFINED_AS_ROLE = /^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=\s*[,.;]|\s+(?:and|but|who|at|for|of|in|not)\b)/u;
function definedAsPerson(text: string, m: MentionCandidate): boolean {
  const role = DEFINED_AS_ROLE.exec(text.slice(m.end, m.end + 60))?.[1];
  return role !== undefined && HUMAN_ROLES.has(role);
}
// (Only roles a firm or a place never has: not "leader", "producer", "source", "trader", "partner".)
const HUMAN_ROLES = new Set(
  'publisher businessman businesswoman tycoon billionaire entrepreneur financier politician lawyer journalist writer author novelist poet actor actress singer footballer economist philanthropist banker campaigner activist'.split(' '),
);
const CLUB_NAME_END = /^(?:United|City|Villa|Rovers|Athletic|Albion|Wanderers|Rangers|Hotspur|Town|County|Forest|Palace|Wednesday|FC|AFC|Madrid|Milan|Munich)$/;
const THINK_TANK_WORDS = new Set(['Policy', 'Research', 'Studies', 'Law', 'Justice', 'Media', 'Advocacy', 'Progress', 'Strategic', 'Poverty', 'Rights', 'Democracy', 'Security', 'Budget']);
const INITIALS_IN_BRACKETS_AFTER = /^ \((\p{Lu}{2,6})\)/u;
function bodyInitialsAfter(text: string, m: MentionCandidate, found: readonly MentionCandidate[]): boolean {
  const initials = INITIALS_IN_BRACKETS_AFTER.exec(text.slice(m.end, m.end + 10));
  if (initials === null) return false;
  const at = m.end + 2;
  // (Initials the name's capitals spell, its hyphened parts too: not "the Middle East and North Africa (MENA)".)
  const capitals = (m.text.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  if (capitals !== initials[1]) return false;
  return found.some((other) => other.start === at && other.end === at + initials[1]!.length && other.type === 'organization');
}
// (Not "fighters": "F16 fighters" are aircraft.)
const ARMED_AFTER = /^\s+(?:rebels|militia|militias|militants|guerrillas)\b/;
const ARMED_GROUP_AFTER = /^\s+(?:guerrilla|rebel|militant|insurgent|paramilitary|separatist|extremist|jihadist)\s+(?:group|movement|organi[sz]ation|army)\b/;
const MANAGERS_SIDE_AFTER = /^['’]s\s+(?:side|team|squad|charges)\b/;
const LOCATIVE_BEFORE = /\b(?:on|in|at|along|off|near|outside|inside|into|leaves|left|leaving|enters|entered|entering)\s+$/;
const ROLE_BEFORE_NAME = new Set([...PERSON_ROLES, 'champion', 'rider', 'runner', 'golfer', 'skier', 'boxer', 'batsman', 'bowler', 'jockey', 'cyclist', 'sprinter'].filter((role) => !(role.endsWith('s') && PERSON_ROLES.has(role.slice(0, -1)))));
// (A word for someone by what they do, "barmaid", "teacher", "designer"; not a preposition, "after", "under".)
const ROLE_ENDING = /^(?!(?:after|under|over|per|for|near|beyond|other|either|neither|rather|whether|ever|never|later|together)$)\p{Ll}{3,}(?:er|or|ist|maid|man|woman|star)$/u;
const NAMED_PLACE_AFTER = /^\s+(?:international\s+)?(?:airport|stadium|airfield|racecourse)\b/;
// (What follows the age is what the person did or is, not a list's next item: "Kabul, 120, followed by Herat, 45,
// and Kandahar, 30, the Red Cross said".)
const AGE_AFTER = /^,\s(?:(?:now|aged)\s)?(?:[1-9]|[1-9]\d|10\d),\s+(?:(?!(?:and|or|but|nor|the|followed|compared|against|versus|then|while|with|from|to|in|at|of|for|respectively)\b)\p{Ll}{2,}|an?\s)/u;

// (The word must end its phrase: not "a man down", "a boy band", "a sister paper", "a daughter company of",
// "a woman-owned business", "the father of modern private equity"; nor a name with a body's word, "… Times".)
const HUMAN_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'teenager', 'grandmother', 'grandfather', 'widow', 'widower']);
const HUMAN_PHRASE_END = /^(?:\s*[,.;:)]|\s+(?:and|who|whose|from|in|living|aged|born|with)\b)/;
function describedAsHuman(text: string, m: MentionCandidate): boolean {
  const after = text.slice(m.end, m.end + 60);
  const found = PERSON_APPOSITION.exec(after);
  if (found === null || !HUMAN_NOUNS.has(found[1]!)) return false;
  return HUMAN_PHRASE_END.test(after.slice(found[0].length)) && !isOrganizationWord(m.words[m.words.length - 1]!.toLowerCase());
}

// "the cruise ship Freewinds", "Space Shuttle Columbia", "HMS Endurance": a ship's or a craft's name is a named
// thing, in every mention, and so is its last word alone ("Columbia was lost", once Space Shuttle Columbia is
// named). (Not "carrier", which is an airline as often as a ship; nor "probe", an inquiry as often.)
// (The kind of craft after an article or a kind of ship, "the tanker", "a cruise ship", and not before a name we
// know: "The tanker Iran seized", "the KC-46 tanker Boeing builds", "to ship Nvidia chips", "Helicopters ferry
// Red Cross workers". Not "MS" nor "MV": "the MS Society", "MV Agusta". The shuttle's word alone is the
// shuttle, but in a place: "tourists in Columbia".)
const VESSEL_BEFORE =
  /\b(?:the|a|an|cruise|container|cargo|research|naval|supply|patrol|oil|fishing|passenger|space|hospital)\s+(?:ship|vessel|liner|tanker|freighter|trawler|yacht|ferry|frigate|destroyer|warship|submarine|spacecraft|orbiter|shuttle)\s+$/;
const VESSEL_PREFIX = /^(?:Space Shuttle|HMS|HMC|HMAS|HMCS|USS|USNS|RMS)\s+\p{Lu}/u;
function vesselNames(text: string, found: MentionCandidate[]): Set<string> {
  const names = new Set<string>();
  for (const m of found) {
    if (VESSEL_PREFIX.test(m.text)) {
      names.add(m.text);
      if (/^Space Shuttle\s/.test(m.text) && m.words.length > 2) names.add(m.words[m.words.length - 1]!);
    } else if (m.type !== 'person' && m.evidence !== 'known' && !m.country && !isListedPlace(m.text.toLowerCase()) && VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      names.add(m.text);
    }
  }
  return names;
}
function isVessel(m: MentionCandidate, vessels: Set<string>): boolean {
  return vessels.size > 0 && vessels.has(m.text) && !(m.words.length === 1 && LOCATIVE_WORDS.has(m.wordBefore));
}

// "Mr Islam said", "Islam added", "Dari, a 34-year-old nurse", "Mary Jane Temple, 82,": a title before a name,
// or a speech verb, an apposition or an age after it, makes it a person's, whatever the word also is.
const PERSON_TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$/;
const PERSON_CUE_AFTER = /^(?:\s+(?:said|says|told|tells|added|wrote|argued|noted|explained|asked)\b|,\s+(?:a|an)\s|,\s*\d{1,3}\b)/;
function personalCue(text: string, m: MentionCandidate): boolean {
  return PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || PERSON_CUE_AFTER.test(text.slice(m.end, m.end + 14));
}

// "Islam's holiest site", but "Mr Islam said": a faith is no one's name, unless the sentence makes it one (the
// surname is a common one).
function isFaithOrRite(text: string, m: MentionCandidate): boolean {
  return FAITHS_AND_RITES.has(m.text.toLowerCase()) && !personalCue(text, m);
}
// "Easter Mass", "Midnight Mass", "a Requiem Mass" (read as a person, or "Mass" alone): a Mass named by its feast
// or its kind is a rite, with that word. (Not "Critical Mass", the agency or the band, nor "Jennifer Mass".)
const FEAST_MASS = /(?<![\p{L}\p{N}])(?:Easter|Christmas|Midnight|Requiem|Sunday|Latin|Funeral|Memorial|Papal|Vigil|Chrism|Nuptial|Votive|Solemn|Inaugural|Coronation)[ \t]+Mass$/u;
const RITE_MASS_BEFORE = /\b(?:a|the|funeral|memorial|requiem|midnight|catholic|latin|daily|evening|morning|vigil|nuptial|said|say|says|celebrated|celebrate|celebrates|attend|attends|attended|attending|after|before|during)\s+$/;
function withFeastOfMass(text: string, m: MentionCandidate, found: MentionCandidate[]): MentionCandidate | undefined {
  if (m.words[m.words.length - 1] !== 'Mass' || m.words.length > 2) return undefined;
  // (And "a funeral Mass", "celebrated Mass", read as the state's abbreviation: the rite, after a word in lower case.)
  if (m.text === 'Mass' && RITE_MASS_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return { ...m, type: 'other', country: false };
  const feast = FEAST_MASS.exec(text.slice(Math.max(0, m.end - 24), m.end));
  if (feast === null) return undefined;
  const start = m.end - feast[0].length;
  if (start === m.start) return { ...m, type: 'other' };
  return found.some((other) => other !== m && other.start < m.start && other.end > start) ? undefined : { ...mentionAt(text, start, m.end, 'other'), evidence: m.evidence };
}

// "the Boston Bruins", "St. Louis Eagles", "Perth Glory"'s rivals the "West Coast Eagles": a town and a plural
// after it is a team, in any report (not "Palm Springs", "the Golan Heights", "the Virgin Islands": a word the
// lexicon knows for a place's part, or a place we know whole).
const GEOGRAPHIC_PLURALS = new Set(
  'Alps Andes Pyrenees Himalayas Appalachians Ozarks Cascades Dolomites Carpathians Balkans Hebrides Everglades Keys Narrows Dales Fens Wolds Downs Moors Glens Sands Plains Prairies Outskirts Suburbs Boroughs Territories Hills Heights Falls Springs Lakes Mountains Rapids Woods Fields Gardens Rocks Mills Flats Shoals Docks Quays Towers Baths Gates Walls Cliffs Caves Dunes Forests Ranges Meadows Marshes Palisades Beaches Pyramids Shores Banks Bays Ports Lochs Vales Valleys Estates Commons Terraces Acres Ridges Pines Oaks Palms Glades Hollows Crossings Greens Courts Villas Ruins Temples Tombs Steps Islets Atolls Reefs Straits Grounds Mines Wharves Piers Sounds Creeks Rivers Ponds Wells Farms'.split(' '),
);
// "Chamicuro is a critically endangered language", "the Ilocano language": a language, a named thing, in every
// mention.
// (Not a place we know nor a person: "the Quebec language law", "the Shanghai dialect", "Trump language on
// immigration"; the bare "X language" only for a name the tagger did not read as a person.)
const LANGUAGE_AFTER = /^\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?)?(?:language|dialect)\b/u;
const LANGUAGE_DEFINED = /^\s+(?:is|was)\s/;
const LANGUAGE_HEAD = /\b(?:language|dialect)(?:\s*[,.;]|\s+(?:spoken|of|in|with|that|which|used|written|closely|related|isolate|family)\b)/;
function isLanguage(text: string, m: MentionCandidate): boolean {
  if (m.country || isListedPlace(m.text.toLowerCase())) return false;
  const after = text.slice(m.end, m.end + 50);
  // (A body, or a person, only where the text says what it is: "Wintuvan is an endangered language"; not "the
  // Microsoft language model"; and a body only where the language heads its phrase: not "Duolingo is a language
  // learning app".)
  const defined = LANGUAGE_DEFINED.test(after) && (m.type !== 'organization' || LANGUAGE_HEAD.test(after));
  return LANGUAGE_AFTER.test(after) && ((m.type !== 'person' && m.type !== 'organization') || defined) && !(m.type === 'person' && m.words.length > 1);
}

// "top of the Premier League", "lead Serie A", "Former Formula One driver", "the DAX index", "the Nikkei average": a
// league or a series played for, and a share index, are named things, as the CoNLL guidelines have them (the
// tagger reads bodies, places, even a person, "Serie A."). Not the league as a body that acts: "The Premier League
// said", "Premier League chief executive Richard Masters".
const COMPETITIONS = new Set([
  'premier league', 'champions league', 'europa league', 'conference league', 'nations league', 'super league',
  'indian premier league', 'formula one', 'formula 1', 'serie a', 'serie b', 'la liga', 'bundesliga', 'ligue 1',
  'eredivisie', 'primeira liga', 'scottish premiership', 'championship', 'american league', 'national league',
  'five nations', 'six nations', 'state of origin', 'super bowl', 'world series', 'stanley cup',
  'pakistan super league', 'big bash league', 'college football playoff', 'premiership', 'ligue 2', 'la liga 2',
]);
// (And names an index shares with a company or an exchange, an index only where it is one by what follows: "the Dow
// fell", "the Dow Jones industrial average"; not "trade on the Nasdaq".)
const SHARE_INDICES = new Set(['dax', 'cac', 'ftse', 'nikkei', 'topix', 'kospi', 'sensex', 'hang seng', 'nasdaq composite', 'euro stoxx', 'stoxx', 'dow', 'dow jones', 'nasdaq', 'all ordinaries', 's&p']);
const POSSESSIVE_CHAINS = new Set(['Nando', 'Lowe', 'McDonald', 'Sainsbury', 'Macy', 'Wendy', 'Kellogg', 'Domino', 'Denny', 'Applebee', 'Arby', 'Hardee', 'Dillard', 'Kohl', 'Claire', 'Carrefour', 'Trader Joe', 'Moe', 'Friendly', 'Chili', 'Dunkin']);
const AMAZON_COMPANY_AFTER = /^(?:-owned|\s+(?:warehouses?|founder|boss|chief|deal|app|store|website|site|account|prime|Prime|packages?|parcels?|drivers?|workers|employees|staff|shares?|stock|web|cloud|device|devices|Echo|Alexa|Kindle|marketplace|sellers?|executives?|spokes\w+|union)\b)/;
const GROUP_OF_TRADE_BEFORE = /(?:^|[\s(])([\p{L}-]{2,})\s+(?:group|arm|division|unit|subsidiary)\s+$/u;
// (The last word of GROUP_OF_TRADE_BEFORE, tested first: asciiWordBefore.)
const TRADE_PARTS = new Set(['group', 'arm', 'division', 'unit', 'subsidiary']);
// (Words before "group" that are no trade: "the working group Smith chairs", "the rebel group Hamas" (a body
// anyway), "its own unit".)
const NOT_TRADES = new Set('the a an this that his her its their our your my own new former same working pressure campaign lobby advocacy rights support study focus age ethnic militant rebel armed terrorist jihadist splinter parliamentary political research peer user users control special police army military commando'.split(' '));
function isGroupOfTrade(word: string | undefined): boolean {
  return word !== undefined && !NOT_TRADES.has(word.toLowerCase());
}
const PLACE_AND_BEFORE = /\b(?:in|at|near|between|across|around|to|from)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+and\s$/u;
const LEADER_BEFORE = new Set(['leader', 'president', 'senator', 'governor', 'mayor', 'candidate', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'singer', 'rapper', 'actor', 'actress', 'musician', 'star', 'activist', 'lawmaker', 'politician']);
const PARTICLE_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}'’]*[,:]?\s((?:de|van|von|da|di|du|del|della|van der|van den|ter|le|la))\s$/u;
// (The particles PARTICLE_BEFORE ends with, as their last word, tested first: asciiWordBefore.)
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'ter', 'le', 'la']);
const LISTED_BEFORE = /\b\p{L}+-listed\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const CRUDE_AFTER = /^\s+(?:crude|blend)\b/;
const SEAS = new Set(['caspian', 'caribbean', 'baltic', 'mediterranean', 'adriatic', 'aegean', 'arctic', 'antarctic', 'atlantic', 'pacific']);
const SEA_NOUN_AFTER = /^\s+(?:coast|coastline|sea|seas|island|islands|region|basin|shelf|states|nations|countries|port|ports|oil|gas|waters|rim|seaboard|OIL|GAS)\b/;
// (After one more name and "and": "Cuajone and Toquepala mines".)
// (Or after another such name and "and": "its Cuajone and Toquepala mines".)
const FIELD_OR_MINE_BEFORE = /\b(?:the|its|their|his|her|a|an|offshore|onshore|giant|huge|vast)\s+(?:[\p{Ll}-]+\s+)?(?:\p{Lu}[\p{L}-]*\s+and\s+)?$/iu;
const FIELD_OR_MINE_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:(?:oil|gas|copper|gold|coal|iron|diamond|uranium)\s+)?(?:field|fields|oilfield|oilfields|gasfield|mine|mines)\b/u;
// (Not a political convention nor a convention centre, "the Chicago convention"; not a verb, "the priority Dublin
// accords to housing"; nor an office, "the Vienna protocol office".)
const TREATY_AFTER = /^\s+(?:accords|accord(?!\s+(?:to|with)\b)|treaty|protocol|agreements?|conventions|pact)\b(?!\s+(?:office|offices|centre|center|hall|building|venue|room|department|officials?|officers?|staff|team|chief|head|to)\b)/;
const OIL_GRADES = new Set(['Brent', 'Urals', 'WTI']);
const MONTH_BEFORE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const INDEX_AFTER = /^(?:\s+\d{2,3})?\s+(?:(?:industrial|share|stock|blue-chip|composite)\s+)?(?:index|indices|average|composite)\b/;
// "Germany's DAX lost 0.9 percent", "the Hang Seng rose": an index is what moves. (Not the exchange that runs it.)
// (With a figure after the verb: not "the Nikkei lost its appeal", the newspaper.)
const INDEX_MOVES_AFTER = /^(?:\s+\d{2,3})?\s+(?:fell|rose|lost|gained|slipped|dropped|added|climbed|jumped|closed|ended|finished|edged|eased|shed|advanced|declined|tumbled|surged|rallied|slid|sank|soared|hit|was\s+(?:up|down)|is\s+(?:up|down))\s+(?:(?:about|almost|nearly|more\s+than|by|at|to|a|another)\s+)?[\d.,]*\d/;
// An index named in full is one wherever it stands: "the Dow Jones Industrial Average lost 310 points".
const FULL_INDEX_NAMES = new Set(['dow jones industrial average', 'dow jones industrials', 's&p 500', 'ftse 100', 'ftse 250', 'cac 40', 'nikkei 225', 'nasdaq composite', 'hang seng index', 'dax 40', 'dax 30', 'euro stoxx 50', 'stoxx 600', 'russell 2000', 'asx 200', 'tsx composite']);
const BODY_ACTS_AFTER = /^(?:\s+(?:said|says|announced|confirmed|ruled|fined|chief|chairman|chairwoman|boss|spokes\w*|executive|official|officials|has|have|had|will|would|is|was)\b|['’]s?\b)/;
function competitionOrIndex(text: string, m: MentionCandidate): MentionCandidate | undefined {
  const key = m.text.replace(/\.$/, '').toLowerCase();
  // (An index the tagger read as a named thing stays one, even where it moves like a company's shares; so does the
  // grade of oil named in full.)
  if (FULL_INDEX_NAMES.has(key) || key === 'west texas intermediate' || (SHARE_INDICES.has(key) && INDEX_MOVES_AFTER.test(text.slice(m.end, m.end + 40)))) return { ...m, type: 'other' };
  if (m.type === 'other') return undefined;
  const dotted = m.text.length - key.length;
  if (COMPETITIONS.has(key) && !BODY_ACTS_AFTER.test(text.slice(m.end - dotted, m.end - dotted + 24))) return mentionAt(text, m.start, m.end - dotted, 'other');
  if (m.words.length <= 2 && (SHARE_INDICES.has(key) || (m.acronym && m.type === 'organization')) && INDEX_AFTER.test(text.slice(m.end, m.end + 24))) return { ...m, type: 'other' };
  // "the Merval index of leading shares", "the IPC index": any name between "the" and "index" is the index's.
  // (One word the lexicons do not know as a place: not "the Tokyo stock index", "the Michigan index of consumer
  // sentiment", nor a body's, "the Transparency International index".)
  if (m.words.length === 1 && !m.country && m.type !== 'person' && !isListedPlace(key) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s+(?:(?:share|stock|blue-chip|benchmark)\s+)?ind(?:ex|ices)\b/.test(text.slice(m.end, m.end + 24))) return { ...m, type: 'other' };
  // "the Oslo accords", "the Maastricht treaty", "the Kyoto protocol": a town an agreement is named after names the
  // agreement, a named thing (not a country, which is a party to it: "the Iran agreement"; nor without "the":
  // "would require Washington agreement").
  // (Not a company's: "the Microsoft agreement".)
  if (m.words.length <= 2 && !m.country && (m.type === 'place' || isListedPlace(key)) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && TREATY_AFTER.test(text.slice(m.end, m.end + 32))) return { ...m, type: 'other' };
  // "Brent crude", "March Brent rose", "Urals blend": a grade of oil.
  if (m.words.length === 1 && (CRUDE_AFTER.test(text.slice(m.end, m.end + 10)) || (OIL_GRADES.has(m.text) && MONTH_BEFORE.test(m.wordBefore)))) return { ...m, type: 'other' };
  return undefined;
}

// "A Boeing 737 of Aerolineas Argentinas", "an Airbus A320": a maker of aircraft and a model's number name the
// aircraft, a named thing, not the maker (not "Boeing 2024 results": a model has three digits, or a letter and three).
const AIRCRAFT_MAKERS = new Set(['Boeing', 'Airbus', 'Embraer', 'Bombardier', 'Fokker', 'Tupolev', 'Ilyushin', 'Antonov', 'Cessna', 'Sukhoi', 'Yakovlev', 'Lockheed', 'ATR']);
const AIRCRAFT_MODEL_AFTER = /^ (?:[A-Z]{1,2}-?)?\d{3}(?:-\d{1,3}|[A-Z]{1,3})?\b(?![.,]\d)/;
function aircraftByMaker(text: string, m: MentionCandidate): MentionCandidate | undefined {
  if (m.words.length !== 1 || !AIRCRAFT_MAKERS.has(m.text)) return undefined;
  const model = AIRCRAFT_MODEL_AFTER.exec(text.slice(m.end, m.end + 16))?.[0];
  if (model === undefined || /^ (?:19|20)\d\d\b/.test(model)) return undefined;
  return mentionAt(text, m.start, m.end + model.length, 'other');
}

// "P-47 Thunderbolt", "F-86 Sabre": the name after an aircraft's code is the aircraft, a named thing.
// (Not a place we know: "At the G-7 Japan pressed", "U-21 Spain beat U-21 Italy".)
const AIRCRAFT_CODE_BEFORE = /\b[A-Z]{1,3}-\d{1,3}[A-Z]?[ \t]+$/;
function isAircraft(text: string, m: MentionCandidate): boolean {
  return !m.country && m.type !== 'organization' && !isListedPlace(m.text.toLowerCase()) && AIRCRAFT_CODE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
}

// "Sign up for the Closing Bell newsletter", "Sign up to Westminster Briefing, our daily newsletter": a page's
// newsletter is a named work, not the place or the body its name sounds like. (Not the body that sends it: "the
// BBC newsletter", "Sign up to the Guardian's newsletter".)
const SIGN_UP_BEFORE = /\b(?:[Ss]ign\s+up|[Ss]ubscribe)\s+(?:to|for)\s+(?:the\s+|our\s+)?$/;
const NEWSLETTER_AFTER = /^(?:\s+(?:daily|weekly|morning|evening))?\s+(?:newsletter|briefing|bulletin|email)\b/;
const NEWSLETTER_APPOSITION = /^,\s+(?:our|the|a)\s+(?:[\p{L}-]+\s+){0,3}?newsletter\b/u;
const NEWSLETTER_NAME_END = /^(?:Briefing|Brief|Bell|Edition|Digest|Update|Roundup|Dispatch|Memo|Notes|Newsletter)$/;
function isNewsletter(text: string, m: MentionCandidate): boolean {
  if (m.acronym || m.country || (m.type === 'organization' && m.words.length === 1)) return false;
  const after = text.slice(m.end, m.end + 48);
  // (A body that sends one is no newsletter: "Subscribe to The New York Times", "The Washington Post newsletter";
  // unless its name is what a newsletter is called: "the Morning Briefing newsletter".)
  // (Unless the text says it is one: "Sign up for Auto Brief, our weekly newsletter".)
  if (m.words.length > 1 && NEWSLETTER_APPOSITION.test(after)) return true;
  // (Nor a place: "Sign up for our Mumbai newsletter"; nor a body before "newsletter", "the Met Office newsletter".)
  if ((m.type === 'organization' && !NEWSLETTER_NAME_END.test(m.words[m.words.length - 1]!)) || isListedPlace(m.text.toLowerCase())) return false;
  return (SIGN_UP_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !/^['’]s?\b/.test(after)) || (m.words.length > 1 && NEWSLETTER_AFTER.test(after));
}

// 'the song "Buddha for Mary"', 'the film "Miami Vice"': a name that fills the quotation marks after a word for
// a work is the work's title, a named thing.
// (Not after "called": 'a woman called "Sarah"', 'a company called "Anthropic"'; nor a body the tagger read.)
const WORK_BEFORE = /\b(?:song|single|album|film|movie|book|novel|episode|track|show|series|play|poem|opera|titled|entitled)[ \t]*,?[ \t]*["“][ \t]*$/;
function isTitleOfWork(text: string, m: MentionCandidate): boolean {
  return m.type !== 'organization' && /^[ \t]*["”]/.test(text.slice(m.end, m.end + 3)) && WORK_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

// "Aisby is a village in Lincolnshire", "Bandarlapalle is a small village": a name the text calls a settlement
// is the place, in every mention (not "a town councillor", "a city official": the settlement's word ends its
// phrase; nor a name after "of" or "for", "The hometown of Joe Biden is a city").
const SETTLEMENT_AFTER =
  /^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|town|city|hamlet|suburb|parish|municipality|settlement|borough|commune|townland|neighbourhood|neighborhood)(?:[ \t]*[,.;(]|\s+(?:in|of|on|near|and|with|that|which|located|situated|about|some)\b)/u;

// "Cal Anderson Park", "Bobby Morris Playfield", "Tahrir Square", "Adelaide Oval", tagged as people: a name ending in a word for
// a street, a square or a ground is the place. (Three words or more where the word is also a surname: "Grace
// Park", "Lois Lane".)
// (Buildings too, read as people: "the Ali Qapu Palace", "the Mitchell Library"; a body's reading stays, "Buckingham
// Palace said". Not "Hall": "Anthony Michael Hall".)
const PLACE_END_WORDS = new Set(['Square', 'Street', 'Avenue', 'Road', 'Boulevard', 'Reservoir', 'Rink', 'Stadium', 'Oval', 'Ground', 'Playfield', 'Racecourse', 'Speedway', 'Quay', 'Wharf', 'Aquifer', 'Palace', 'Mosque', 'Cathedral', 'Basilica', 'Synagogue', 'Airport', 'Peninsula', 'Library', 'Theatre', 'Theater', 'Mountains', 'Islands', 'Desert', 'Canyon']);
// (Not "Arena" nor "Field" at all: "Bruce Arena", "Tina Arena", "Mary Ellen Field".)
const PLACE_END_SURNAMES = new Set(['Park', 'Lane', 'Bridge', 'Garden', 'Gardens', 'Castle', 'Temple', 'Church', 'Abbey', 'Tower', 'Harbour', 'Harbor', 'Canal', 'Minster']);
function endsInPlaceWord(m: MentionCandidate): boolean {
  const last = m.words[m.words.length - 1]!;
  return (m.words.length >= 2 && PLACE_END_WORDS.has(last)) || (m.words.length >= 3 && PLACE_END_SURNAMES.has(last));
}
function personByCue(text: string, m: MentionCandidate): boolean {
  return opensWithFirstName(m) && (personalCue(text, m) || describedAsHuman(text, m));
}

function isTeamByShape(m: MentionCandidate): boolean {
  const n = m.words.length;
  if (n < 2 || n > 4) return false;
  const last = m.words[n - 1]!;
  if (!/^\p{Lu}\p{Ll}{2,}[^s]s$/u.test(last) || /lands$/.test(last) || GEOGRAPHIC_PLURALS.has(last) || isPlaceWord(last.toLowerCase()) || PLACE_HEADS.has(last.toLowerCase())) return false;
  // (Nor a name that only ends like a plural: "St Thomas", "North Texas".)
  if (lexiconKind(last.toLowerCase()) === 'first-name' || isListedPlace(last.toLowerCase())) return false;
  const town = m.text.slice(0, m.text.length - last.length).trim();
  return isListedPlace(town.toLowerCase()) && !isListedPlace(m.text.toLowerCase());
}

// "Alzheimer's disease", "Parkinson's": a name that the document gives a disease is the disease in every mention.
const DISEASE_AFTER = /^['’]s\s+(?:disease|syndrome|palsy|lymphoma)\b/i;

// "IRIS-T", "Su-57": a name that goes on with a hyphen and a code is the code's thing.
const CODE_SUFFIX = /^-(?:[A-Z]|\d+)(?![\p{L}\d])/u;

// "Model S", "Model 3": a maker's model is a thing, not a person.
const PRODUCT_MODEL = /^Model\s+[A-Z0-9]{1,2}$/;

// "Thunderbird is a free, open source, cross-platform email and news client", "Rhino is an open source
// JavaScript engine managed by…", "Killer Instinct is a fighting game": a name the text defines as software, a
// game, a device or a drug is that thing in every mention, not the person or place the tagger read. The kind
// must end its phrase ("a software engineer", "a game designer" are jobs; "the engine of the midfield" is
// a role), and the words before it describe it, not a person's place in it ("the best player in the game", "the
// scientist behind the vaccine"); and not a person named in full, nor a surname of one, nor a place we know.
const DEFINED_AS_PRODUCT = new RegExp(
  String.raw`^\s+(?:is|are|was|were)\s+(?:a|an|the)\s+(?:(?!(?:of|in|on|at|behind|for|from|with|to|by|who|that|which|whose|the|a|an|his|her|its|their)\s)[\p{L}\d+#.-]+,?\s+){0,6}?` +
    String.raw`(?:software|browser|web browser|(?:search|JavaScript|game|rendering|layout|browser|physics) engine|(?:e-?mail|news|chat|messaging) client|app|application|video game|game|console|smartphone|handset|tablet|laptop|headset|operating system|programming language|bug tracker|database|chatbot|drug|medicine|vaccine|pill|supplement)` +
    String.raw`(?=[ \t]*[,.;(]|\s+(?:that|which|for|developed|written|made|used|by|from|in|with|and|designed|released|created|maintained|managed|owned|based|launched|sold)\b)`,
  'u',
);
function definedAsProduct(text: string, m: MentionCandidate, surnames: ReadonlySet<string>): boolean {
  if (opensWithFirstName(m) || surnames.has(m.text) || isListedPlace(m.text.toLowerCase())) return false;
  return DEFINED_AS_PRODUCT.test(text.slice(m.end, m.end + 120)) && !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

// "SNX27", "F-35", "A320": a name with a digit in it is a thing's code, not a person or a place (a company
// can have one: "3M", "7-Eleven").
function isCode(m: MentionCandidate): boolean {
  // (Roads stay places: "the M25", "the A303".)
  return (m.type === 'person' || (m.type === 'place' && !/^[A-Z]-?\d+$/.test(m.text))) && /\d/.test(m.text);
}

// "Czech Prime Minister Petr Fiala", where the document's "Czech Republic" and "Czech Television" lead the
// tagger to a type: a nationality on its own is a named thing, not a person, body or place.
function opensWithFirstName(m: MentionCandidate): boolean {
  return m.type === 'person' && m.words.length > 1 && lexiconKind(m.words[0]!.toLowerCase()) === 'first-name';
}

// Read after the tagger only: "the Scot said", the wires' "Moslem separatist guerrillas" (not in the lexicon
// the rules read, where "Scot" would stop being a given name).
const OTHER_DEMONYMS = new Set(['scot', 'moslem', 'moslems']);
function isNationality(text: string, m: MentionCandidate): boolean {
  const key = m.text.toLowerCase();
  // (The lexicon lists "laos" and "philippines" among its peoples: a country we know stays the country.)
  return (m.words.length === 1 && ((LANGUAGES.has(key) && m.type !== 'organization' && !(m.type === 'person' && personalCue(text, m)) && !isListedPlace(key)) || NATIONALITY_ADJECTIVES.has(key) || OTHER_DEMONYMS.has(key) || (isDemonym(key) && lookupPlace(key)?.kind !== 'country') || isCountrysAdjective(key))) || LATE_NATIONALITIES.has(key);
}

// "Zairean state radio", "Rwandan refugees", "Chilean wine": a country's name with -n, -an, -ean or -ian added
// (the lexicons miss some), tagged as a person now and then.
function isCountrysAdjective(key: string): boolean {
  const stem = /^(.{3,}?)(?:ean|ian|an)$/.exec(key);
  // ("Kenyan", "Rwandan": -n after a country's final a; not "Malin", the first name, from Mali.)
  const withN = key.endsWith('an') ? [key.slice(0, -1)] : [];
  const stems = stem === null ? withN : [stem[1]!, `${stem[1]}a`, `${stem[1]}e`, key.slice(0, -2), ...withN];
  return stems.some((country) => lookupPlace(country)?.kind === 'country');
}


// "the Siberian tundra", "Kenyan runners": an adjective of a place before a noun is not the place.
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;
function isPlaceAdjective(text: string, m: MentionCandidate): boolean {
  return m.type === 'place' && m.words.length === 1 && PLACE_ADJECTIVE.test(m.text) && /^[ \t]+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
}

// "Storm Eunice", "Hurricane Katrina": a weather event with a person's first name, not a person.
const STORMS = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone']);
// And the names after the plural, in either case, as a list: "hurricanes Helene and Milton", "Storms Ciarán,
// Debi and Elin" (with commas only where the list ends in "and"); after the singular written with a capital,
// the one name ("Hurricane Helene, Florida and Georgia declared emergencies": not Florida). Not after the
// singular in lower case: "during the storm Biden visited".
const STORM_WORD = /\b(?:(?:[Ss]torms|[Hh]urricanes|[Tt]yphoons|[Cc]yclones)|(?:Storm|Hurricane|Typhoon|Cyclone))\s+(?=\p{Lu})/gu;
const STORM_NAME = /^\p{Lu}[\p{L}'’-]*/u;
function stormNames(text: string): Set<number> {
  const starts = new Set<number>();
  for (const found of text.matchAll(STORM_WORD)) {
    let at = found.index + found[0].length;
    const plural = /s\s*$/.test(found[0]);
    const names: number[] = [];
    let ended = false;
    for (;;) {
      const name = STORM_NAME.exec(text.slice(at, at + 40));
      if (!name) break;
      names.push(at);
      at += name[0].length;
      if (ended || !plural) break;
      const link = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u.exec(text.slice(at, at + 8));
      if (!link) break;
      if (link[0].includes('and')) ended = true;
      at += link[0].length;
    }
    const listed = ended ? names : names.slice(0, 1);
    for (const start of listed) starts.add(start);
  }
  return starts;
}
const PARTY_AFTER = /^\s+party\b/;
const SCHEME_BEFORE = /\b(?:joined|joins|join|joining|under|through|via|into|in|on)\s+(?:the\s+)?$/;
// "Claudia Sheinbaum's Morena party" read as a person ("Morena" is a first name too): one word after a
// possessive, "ruling" or "opposition", which the document gives no one as a surname. (Not "Sarah's birthday
// party", "The Obama party at Martha's Vineyard", nor a name the lexicon gives people: "Elton John's Oscar party".)
const PARTY_OWNER_BEFORE = /(?:\p{L}['’]s?|\bruling|\bopposition)\s+$/u;
function partyNamedLikePerson(text: string, m: MentionCandidate, surnames: ReadonlySet<string>): boolean {
  return m.type === 'person' && m.words.length === 1 && !surnames.has(m.text) && !isKnownPersonName(m.text) && PARTY_OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}
// The word after a name, in lower case.
const wordAfter = (text: string, m: MentionCandidate): string => /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 24))?.[1] ?? '';
const TOLD_BEFORE = /\b(?:told|tells|tell|telling)\s+$/;
// (And a paper by its kind: "the independent daily El Watan", "the state-run weekly", "the French-language daily".)
const PUBLICATION_BEFORE = /\b(?:journal|magazine|newspaper|the\s+daily|the\s+weekly|\p{Lu}\p{L}+\s+daily|\p{Lu}\p{L}+\s+weekly|(?:independent|state-run|state-owned|official|leading|influential|conservative|liberal|pro-government|opposition|financial|business|mass-circulation|tabloid|respected|popular|economic|[\p{L}]+-language)\s+(?:daily|weekly))\s+$/u;
// (The word PUBLICATION_BEFORE ends with, tested first: asciiWordBefore.)
const PUBLICATION_WORDS = new Set(['journal', 'magazine', 'newspaper', 'daily', 'weekly']);
const SINGULAR_STORM_BEFORE = /\b(?:Storm|Hurricane|Typhoon|Cyclone)\s+$/;
const WEATHER_WORDS = /\b(?:winds?|gusts?|landfall|rainfall|rain|floods?|flooding|mph|km\/h|forecasters?|meteorolog\w*|evacuat\w*|storm surge|category \d)\b/gi;
// True when a text speaks of the weather in three words or more of different kinds.
function aboutWeather(text: string): boolean {
  return new Set((text.match(WEATHER_WORDS) ?? []).map((word) => word.toLowerCase().replace(/s$/, ''))).size >= 3;
}
function isNamedStorm(m: MentionCandidate, storms: Set<number>): boolean {
  return (m.words.length > 1 && STORMS.has(m.words[0]!)) || storms.has(m.start);
}
// "Storm Eunice" tagged "Eunice": the storm word with its capital, just before, is part of the name.
const STORM_WORD_BEFORE = /(?<![\p{L}\p{N}])(?:Storm|Hurricane|Typhoon|Cyclone)[ \t]+$/u;
// (Not a person's surname: "Storm Keating, the wife of Ronan Keating".)
function withStormWord(text: string, m: MentionCandidate, found: MentionCandidate[]): MentionCandidate {
  const word = m.words.length === 1 ? STORM_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
  if (word === null || found.some((p) => p.type === 'person' && p.words.length > 1 && p.words[p.words.length - 1] === m.text)) return m;
  const start = m.start - word[0].length;
  return found.some((other) => other !== m && other.start < m.start && other.end > start) ? m : { ...mentionAt(text, start, m.end, 'other'), evidence: m.evidence };
}

