// Names whose last word, or the word after them, says what they are, whatever the tagger made of the rest.
import type { MentionCandidate } from './entity-recogniser';
import { isDemonym, isListedPlace, isPlaceWord } from './name-lookup';
import { lookupAlias, placeKey } from './gazetteer';
import { mentionAt } from './name-edges';
import { KNOWN_ORGANIZATIONS, LATE_KNOWN_BODIES, NON_ENTITY_ACRONYMS, TECHNICAL_ACRONYMS } from './name-lexicons';
import { SpanIndex } from './span-index';

// "Shares in Ardmore Holdings plc fell", "Sentrix Cyber (Pty) Ltd said", read without the company's legal form, or
// as a person and a stray "Pty) Ltd": a legal form written after a name is the end of a company's name. (Not
// "Limited" in a headline's capitals: "Arsenal Limited To Draw At Brentford".)
// (And a country in brackets before the form, "GAIL (India) Ltd"; India's "Pvt Ltd".)
const LEGAL_FORM_AFTER = /^[ \t]+(?:\(\p{Lu}[\p{L}]+\)[ \t]+)?(?:plc|Plc|PLC|Ltd\.?|Limited(?![ \t]+\p{Lu})|LLP|\(Pty\)[ \t]+Ltd\.?|Pty[ \t]+Ltd\.?|Pte\.?[ \t]+Ltd\.?|Pvt\.?[ \t]+Ltd\.?|Private[ \t]+Limited|Sdn\.?[ \t]+Bhd\.?|Bhd\.?)(?![\p{L}\p{N}])/u;
// "CERT-UA", read as "CERT" and "UA": a body's capitals, a hyphen and a country's code are one name (not two bodies
// or places a list knows, "EU-US talks", nor two bodies, "BMA-NHS", "ESA-JAXA").
const CAPITALS_AFTER_HYPHEN = /^-\p{Lu}{2}(?![\p{L}\p{N}-])/u;

// "the Ross Sea", "the Bering Strait", read as people: a sea's, a strait's, a bay's or a gulf's name after "the" is
// the place (a person's too without it: "Michael Bay", "George Strait"; buildings are name-context.ts's).
const PLACE_LAST_WORDS = new Set(['Sea', 'Bay', 'Strait', 'Straits', 'Gulf']);
// (A body after a place's name only: "Sydney Trains", "Sydney Metro"; not "Ellie Metro", nor a person with a place's
// name and her age: "Chelsea Metro, 24".)
const BODY_LAST_WORDS = new Set(['Trains', 'Metro', 'Railways', 'Buses', 'Ferries', 'Airports']);

// "Plaid Cymru said", read as "Cymru", a person; "Greenpeace warned", at a sentence's start, not read at all;
// "Save the Children", read as "Children": a body the late list knows, where it is written.
// And "Transport for NSW", "Transport for Greater Manchester", read as the place alone.
// (Not transport for a place's people, "Transport for Gaza's wounded", nor for an event, "Transport for the Olympic
// Games".)
const TRANSPORT_FOR = /(?<![\p{L}\p{N}])Transport[ \t]+for[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}]*)?(?![\p{L}\p{N}'’])/gu;
// "The Information Regulator has opened an assessment", "the Pensions Regulator", "the Financial Ombudsman", missed
// now and then: capitalised words before a regulator's head word are a body of state.
const REGULATOR = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Regulator|Ombudsman|Inspectorate)(?![\p{L}\p{N}])/gu;
const NOT_IN_NAME = /^(?:(?:The|A|An|Former|Its|Their|His|Her|Our|New|Chief|Acting|Interim|Deputy|Independent)[ \t]+)+/;
const TRUST_PRINCIPLES = /Thomson Reuters Trust Principles/g;
const STATE_UNIT_AFTER = /^[ \t]+(?:secretariat|committee|unit|president|secretary|general|leadership|chief|convener|executive)\b/;
const BRANCH_WORDS = new Set(['International', 'Fund', 'Foundation', 'Trust', 'USA', 'UK', 'US', 'Europe']);
// (Of one word only a name nothing else is called: not "Antara", a given name, nor "Anadolu", a region.)
const FOUND_ALONE = new Set(['greenpeace', 'senedd', 'oireachtas']);
// (Written as a name: "Save the Children", not "Save the children of Gaza".)
const writtenAsName = (name: string): boolean => name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || /^(?:the|of|without|for|and|an|de|du)$/.test(word));
// "state electricity company PLN said", read as nothing: capitals after a word for a company are the company.
const COMPANY_ACRONYM = /\b(?:company|firm|utility|operator|carrier|lender|insurer|miner|conglomerate|broadcaster|airline)[ \t]+(\p{Lu}{2,6})(?![\p{L}\p{N}-])/gu;
// The late list's bodies looked for where written: its names of two words or more, and those found alone.
const FOUND_BODIES = [...LATE_KNOWN_BODIES].filter((name) => name.includes(' ') || FOUND_ALONE.has(name));
const KNOWN_BODY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FOUND_BODIES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}\p{N}])`, 'giu');

// "Uisce Éireann", "Iarnród Éireann", "Bus Éireann": Ireland's name in Irish, last, ends a state body's name.
// "the Welsh Conservatives", "Scottish Labour": a people's word and a party's are the party's branch.
const PARTY_WORDS = /^(?:Conservatives|Labour|Greens|Liberal Democrats|Lib Dems|Tories|Nationalists|Socialists)$/;
// "Banco Central", "Ministerio da Fazenda", "Petróleos Mexicanos", read as people or places: a Spanish or Portuguese
// body's first word says what it is.
const ROMANCE_BODY_HEADS = new Set(['Banco', 'Ministerio', 'Ministério', 'Instituto', 'Universidad', 'Universidade', 'Consejo', 'Conselho', 'Partido', 'Fundación', 'Fundação', 'Comisión', 'Comissão', 'Petróleos', 'Petroleos', 'Petróleo', 'Petroleo', 'Compañía', 'Companhia', 'Corporación', 'Empresa', 'Agencia', 'Agência']);
const ROMANCE_OF = /^[ \t]+(?:do|da|dos|das|de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las)[ \t]+$/;
const SET_SCORES_BEFORE = /\b\d-\d(?:[ \t]*\(\d{1,2}\))?(?:,[ \t]*\d-\d(?:[ \t]*\(\d{1,2}\))?){1,4}[ \t]+(?:to|by|against|over)[ \t]+$/;
// "an Oscar contender", "Canada's Oscar submission", read as a person: an award before the words of its race.
const AWARDS = /^(?:Oscar|Oscars|Grammy|Grammys|Emmy|Emmys|Bafta|Baftas|Golden Globe|Golden Globes)$/;
// (Not a verb, "Oscar nominated his teacher", nor a word's first part, "Oscar winner-takes-all games".)
const AWARD_WORDS_AFTER = /^[ \t]+(?:contenders?|submissions?|nominations?|nominees?|winners?|race|hopefuls?|campaign|glory|buzz|ceremony|statuettes?|frontrunners?|front-runners?)(?![\p{L}-])/u;

/** `mentions` with companies' legal forms and the heads of places' and bodies' names read. */
export function withNameHeads(text: string, given: MentionCandidate[]): MentionCandidate[] {
  const mentions = [...withKnownBodies(text, given)].sort((a, b) => a.start - b.start);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const form = m.type !== 'place' ? LEGAL_FORM_AFTER.exec(text.slice(m.end, m.end + 32))?.[0] : undefined;
    const code = form === undefined && m.type === 'organization' && /^\p{Lu}{2,}$/u.test(m.text) && !isKnownBody(m.text) ? CAPITALS_AFTER_HYPHEN.exec(text.slice(m.end, m.end + 6))?.[0] : undefined;
    if (form !== undefined || code !== undefined) {
      const end = m.end + (form ?? code)!.length;
      out.push({ ...mentionAt(text, m.start, end, form !== undefined ? 'organization' : m.type ?? 'organization'), evidence: m.evidence });
      // (What was read inside the form goes: "Pty) Ltd".)
      while (i + 1 < mentions.length && mentions[i + 1]!.start < end) i++;
      continue;
    }
    // "the Banco Central do Brasil", read as a body and a place: a Romance body's name goes on past its "do", "da",
    // "de" or "del" to the name after it.
    const after = mentions[i + 1];
    if (after !== undefined && ROMANCE_BODY_HEADS.has(m.words[0]!) && ROMANCE_OF.test(text.slice(m.end, after.start)) && /^\p{Lu}/u.test(after.text)) {
      out.push({ ...mentionAt(text, m.start, after.end, 'organization'), evidence: m.evidence });
      i++;
      continue;
    }
    // "US$496 million", "HK$2bn": a dollar's country before its sign is no name.
    if (/^(?:US|HK|NZ|NT|A|C|S)$/.test(m.text) && text.charAt(m.end) === '$') continue;
    // "the party's State secretariat", Indian English's capital: the word alone before a party's unit or office is no
    // name (not "NC State beat Duke", "State officials", "NSW State government").
    if (m.text === 'State' && STATE_UNIT_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    // "IUML State general secretary", "BJP State chief", read whole: a party's capitals, less the word.
    if (m.words.length === 2 && m.words[1] === 'State' && /^\p{Lu}{2,}$/u.test(m.words[0]!) && STATE_UNIT_AFTER.test(text.slice(m.end, m.end + 16))) {
      out.push({ ...mentionAt(text, m.start, m.start + m.words[0]!.length, m.type ?? 'organization'), evidence: m.evidence });
      continue;
    }
    // "Counsel for the company, Edwin Lam SC,": a senior counsel's letters are no part of the name.
    if (m.type === 'person' && m.words.length > 2 && /^(?:SC|KC|QC)$/.test(m.words[m.words.length - 1]!)) {
      const name = m.text.slice(0, m.text.lastIndexOf(' '));
      out.push({ ...mentionAt(text, m.start, m.start + name.length, 'person'), evidence: m.evidence });
      continue;
    }
    // "Sea ice breaking up…" at a caption's start, "2 min Reading time" under a headline (not the town before
    // "time-wasting"): the word alone is no name.
    if ((m.type === 'person' && m.text === 'Sea') || (m.text === 'Reading' && /^[ \t]+time[ \t]*$/m.test(text.slice(m.end, m.end + 8)) && /\d[ \t]*min[ \t]+$/.test(text.slice(Math.max(0, m.start - 8), m.start)))) continue;
    // "Garda Niamh Concannon told the court", "an apology to Garda Concannon", read as a place or a body and a
    // person: an Irish officer's rank before a name is no name (the force is "the Garda", "An Garda Síochána").
    const next = mentions[i + 1];
    if (m.text === 'Garda' && next !== undefined && next.type === 'person' && next.start === m.end + 1) continue;
    if (m.words.length === 2 && m.words[0] === 'Garda' && /^\p{Lu}\p{Ll}+$/u.test(m.words[1]!) && !/^S[ií]och[aá]na$/.test(m.words[1]!)) {
      out.push({ ...mentionAt(text, m.end - m.words[1]!.length, m.end, 'person'), evidence: m.evidence });
      continue;
    }
    out.push(headed(text, m));
  }
  return out;
}

function isKnownBody(name: string): boolean {
  const key = name.toLowerCase();
  return KNOWN_ORGANIZATIONS.has(key) || lookupAlias(key) !== undefined || isListedPlace(key);
}

// (Every document is asked: one quick test of the known bodies' first words, capitalised, spares the long pattern.)
const KNOWN_BODY_FIRST_WORDS = new RegExp(String.raw`(?:${[...new Set(FOUND_BODIES.map((name) => name.split(' ')[0]!))].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')})`);

function withKnownBodies(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  const bodies = KNOWN_BODY_FIRST_WORDS.test(text) ? [...text.matchAll(KNOWN_BODY)] : [];
  const transport = text.includes('Transport for') ? [...text.matchAll(TRANSPORT_FOR)] : [];
  const found = [...bodies, ...transport].filter((m) => writtenAsName(m[0])).map((m) => {
    // (With a branch's or a fund's word after it: "Friends of the Earth Scotland", "Save the Children Fund".)
    const branch = /^[ \t]+(\p{Lu}[\p{L}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const more = branch !== null && (BRANCH_WORDS.has(branch[1]!) || isListedPlace(placeKey(branch[1]!))) ? branch[0].length : 0;
    return mentionAt(text, m.index, m.index + m[0].length + more, 'organization');
  });
  // "Our Standards: The Thomson Reuters Trust Principles.", at the foot of every Reuters story: a code, not the company.
  if (text.includes('Trust Principles')) for (const m of text.matchAll(TRUST_PRINCIPLES)) found.push(mentionAt(text, m.index, m.index + m[0].length, 'other'));
  for (const m of text.matchAll(COMPANY_ACRONYM)) {
    const key = m[1]!.toLowerCase();
    // (Not a place's code, "the company US operations", nor a ship's prefix, "USS Gerald R. Ford".)
    if (NON_ENTITY_ACRONYMS.has(key) || TECHNICAL_ACRONYMS.has(key) || isKnownBody(m[1]!) || /^(?:USS|HMS|HMAS|HMCS|INS|RFA)$/.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push(mentionAt(text, start, start + m[1]!.length, 'organization'));
  }
  if (/Regulator|Ombudsman|Inspectorate/.test(text)) for (const m of text.matchAll(REGULATOR)) {
    const opener = NOT_IN_NAME.exec(m[0])?.[0].length ?? 0;
    if (m[0].length - opener > 12) found.push(mentionAt(text, m.index + opener, m.index + m[0].length, 'organization'));
  }
  if (found.length === 0) return mentions;
  // (Looked up by halves: a long page may name such a body thousands of times.)
  const foundIndex = new SpanIndex(found);
  const kept = mentions.filter((m) => {
    const f = foundIndex.containing(m.start) ?? foundIndex.containing(m.end - 1);
    return f === undefined || m.end - m.start > f.end - f.start;
  });
  const keptIndex = new SpanIndex(kept);
  for (const f of found) if (!keptIndex.overlaps(f.start, f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function headed(text: string, m: MentionCandidate): MentionCandidate {
  const last = m.words[m.words.length - 1]!;
  if (m.type !== 'organization' && m.words.length > 1 && (last === 'Éireann' || last === 'Eireann' || ROMANCE_BODY_HEADS.has(m.words[0]!))) return { ...m, type: 'organization', country: false };
  if (m.type !== 'organization' && m.words.length > 1 && isDemonym(m.words[0]!.toLowerCase()) && PARTY_WORDS.test(m.words.slice(1).join(' '))) return { ...m, type: 'organization', country: false };
  if (m.type === 'person' && AWARDS.test(m.text) && AWARD_WORDS_AFTER.test(text.slice(m.end, m.end + 16))) return { ...m, type: 'other', country: false };
  // "Shang Juncheng fell 6-4, 6-2 to Jannik Sinner", read as a place: a name of two words or more that won the sets
  // is a player (not "Chinese Taipei", "West Bromwich", nor "Harris County" after a court's 5-4, 6-3).
  if (m.type === 'place' && m.words.length > 1 && SET_SCORES_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) && !/^(?:North|South|East|West|Upper|Lower|New|Greater|Great|Central)$/.test(m.words[0]!) && !isListedPlace(placeKey(m.text)) && m.words.every((w) => !isListedPlace(placeKey(w)) && !isDemonym(w.toLowerCase()) && !isPlaceWord(w.toLowerCase()))) return { ...m, type: 'person', country: false };
  if (m.type !== 'person' || m.words.length === 1) return m;
  if (PLACE_LAST_WORDS.has(last) && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return { ...m, type: 'place', country: false };
  if (BODY_LAST_WORDS.has(last) && m.words.length === 2 && isListedPlace(placeKey(m.words[0]!)) && !/^,[ \t]*\d/.test(text.slice(m.end, m.end + 4))) return { ...m, type: 'organization', country: false };
  return m;
}
