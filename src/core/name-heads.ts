// Names whose last word, or the word after them, says what they are, whatever the tagger made of the rest.
import type { MentionCandidate } from './entity-recogniser';
import { isDemonym, isListedPlace } from './name-lookup';
import { placeKey } from './gazetteer';
import { mentionAt } from './name-edges';
import { LATE_KNOWN_BODIES } from './name-lexicons';

// "Shares in Ardmore Holdings plc fell", "Sentrix Cyber (Pty) Ltd said", read without the company's legal form, or
// as a person and a stray "Pty) Ltd": a legal form written after a name is the end of a company's name. (Not
// "Limited" in a headline's capitals: "Arsenal Limited To Draw At Brentford".)
const LEGAL_FORM_AFTER = /^[ \t]+(?:plc|Plc|PLC|Ltd\.?|Limited(?![ \t]+\p{Lu})|LLP|\(Pty\)[ \t]+Ltd\.?|Pty[ \t]+Ltd\.?|Pte\.?[ \t]+Ltd\.?|Sdn\.?[ \t]+Bhd\.?|Bhd\.?)(?![\p{L}\p{N}])/u;

// "the Ross Sea", "the Bering Strait", read as people: a sea's, a strait's, a bay's or a gulf's name after "the" is
// the place (a person's too without it: "Michael Bay", "George Strait"; buildings are name-context.ts's).
const PLACE_LAST_WORDS = new Set(['Sea', 'Bay', 'Strait', 'Straits', 'Gulf']);
// (A body after a place's name only: "Sydney Trains", "Sydney Metro"; not "Ellie Metro", nor a person with a place's
// name and her age: "Chelsea Metro, 24".)
const BODY_LAST_WORDS = new Set(['Trains', 'Metro', 'Railways', 'Buses', 'Ferries', 'Airports']);

// "Plaid Cymru said", read as "Cymru", a person: a body known by a name of two words or more, where it is written.
// And "Transport for NSW", "Transport for Greater Manchester", read as the place alone.
// (Not transport for a place's people, "Transport for Gaza's wounded", nor for an event, "Transport for the Olympic
// Games".)
const TRANSPORT_FOR = /(?<![\p{L}\p{N}])Transport[ \t]+for[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}]*)?(?![\p{L}\p{N}'’])/gu;
// "The Information Regulator has opened an assessment", "the Pensions Regulator", "the Financial Ombudsman", missed
// now and then: capitalised words before a regulator's head word are a body of state.
const REGULATOR = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Regulator|Ombudsman|Inspectorate)(?![\p{L}\p{N}])/gu;
const NOT_IN_NAME = /^(?:(?:The|A|An|Former|Its|Their|His|Her|Our|New|Chief|Acting|Interim|Deputy|Independent)[ \t]+)+/;
const KNOWN_BODY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...LATE_KNOWN_BODIES].filter((name) => name.includes(' ')).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}\p{N}])`, 'giu');

// "Uisce Éireann", "Iarnród Éireann", "Bus Éireann": Ireland's name in Irish, last, ends a state body's name.
// "the Welsh Conservatives", "Scottish Labour": a people's word and a party's are the party's branch.
const PARTY_WORDS = /^(?:Conservatives|Labour|Greens|Liberal Democrats|Lib Dems|Tories|Nationalists|Socialists)$/;
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
    const form = m.type !== 'place' ? LEGAL_FORM_AFTER.exec(text.slice(m.end, m.end + 16))?.[0] : undefined;
    if (form !== undefined) {
      const end = m.end + form.length;
      out.push({ ...mentionAt(text, m.start, end, 'organization'), evidence: m.evidence });
      // (What was read inside the form goes: "Pty) Ltd".)
      while (i + 1 < mentions.length && mentions[i + 1]!.start < end) i++;
      continue;
    }
    // "Sea ice breaking up…" at a caption's start: the word alone is no name.
    if (m.type === 'person' && m.text === 'Sea') continue;
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

function withKnownBodies(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!/\b(?:Plaid|Kamer|Garda|Khmer|Tamil|Shining|Transport for|Regulator|Ombudsman|Inspectorate)\b/.test(text)) return mentions;
  const found = [...text.matchAll(KNOWN_BODY), ...text.matchAll(TRANSPORT_FOR)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => mentionAt(text, m.index, m.index + m[0].length, 'organization'));
  for (const m of text.matchAll(REGULATOR)) {
    const opener = NOT_IN_NAME.exec(m[0])?.[0].length ?? 0;
    if (m[0].length - opener > 12) found.push(mentionAt(text, m.index + opener, m.index + m[0].length, 'organization'));
  }
  if (found.length === 0) return mentions;
  const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end && m.end - m.start <= f.end - f.start));
  for (const f of found) if (!kept.some((m) => m.start < f.end && f.start < m.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function headed(text: string, m: MentionCandidate): MentionCandidate {
  const last = m.words[m.words.length - 1]!;
  if (m.type !== 'organization' && m.words.length > 1 && (last === 'Éireann' || last === 'Eireann')) return { ...m, type: 'organization', country: false };
  if (m.type !== 'organization' && m.words.length > 1 && isDemonym(m.words[0]!.toLowerCase()) && PARTY_WORDS.test(m.words.slice(1).join(' '))) return { ...m, type: 'organization', country: false };
  if (m.type === 'person' && AWARDS.test(m.text) && AWARD_WORDS_AFTER.test(text.slice(m.end, m.end + 16))) return { ...m, type: 'other', country: false };
  if (m.type !== 'person' || m.words.length === 1) return m;
  if (PLACE_LAST_WORDS.has(last) && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return { ...m, type: 'place', country: false };
  if (BODY_LAST_WORDS.has(last) && m.words.length === 2 && isListedPlace(placeKey(m.words[0]!)) && !/^,[ \t]*\d/.test(text.slice(m.end, m.end + 4))) return { ...m, type: 'organization', country: false };
  return m;
}
