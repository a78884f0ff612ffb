// Names in a text by the trained tagger: tokens → features → BIO labels per line → spans, then made
// consistent across the document (a name keeps one type; a surname after a full name is that person).
import { bitOf } from './lexicon';
import { allowedTransitions, viterbi } from './decode';
import { documentCase, documentFeatures, documentVotes, ruleMarks, type RuleMention } from './features';
import type { NerModel } from './model';
import { sequenceScores } from './tagger';
import { tokeniseForTagger, type NerToken } from './tokens';
import type { NerType } from './corpus';
import { isNounLike } from '../name-lexicons';

/** One name the tagger found: character offsets into the text, `end` exclusive. */
export interface TaggedName {
  start: number;
  end: number;
  type: NerType;
  /** The tokens of the name, and the index of the first in `tokens`. */
  first: number;
  last: number;
}

export interface TaggedText {
  tokens: NerToken[];
  names: TaggedName[];
}

// A line longer than this is tagged in pieces cut at sentence starts, so memory stays bounded.
const MAX_SEQUENCE = 400;
const TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const COMMON_BIT = bitOf('common');
const FIRST_NAME_BIT = bitOf('first-name');

const allowedCache = new WeakMap<NerModel, Uint8Array>();
function allowedOf(model: NerModel): Uint8Array {
  let allowed = allowedCache.get(model);
  if (allowed === undefined) allowedCache.set(model, (allowed = allowedTransitions(model.labels)));
  return allowed;
}

/** Tags `text` with `model`. */
export function tagNames(text: string, model: NerModel, rules: readonly RuleMention[] = []): TaggedText {
  const tokens = tokeniseForTagger(text);
  const doc = documentCase(tokens);
  const marks = model.ruleFeatures ? ruleMarks(tokens, rules) : undefined;
  // Per token: 0 outside a name, else 1 + index of its type in TYPES, negated for the first token of a name.
  const types = new Int8Array(tokens.length);
  // First pass: each sequence alone. Second pass: the same scores plus the document features (what the first
  // pass made of the same words elsewhere in the document), decoded again where any were added.
  const L = model.labelCount;
  const allowed = allowedOf(model);
  // One array each for the whole document, each sequence a view of its part.
  const scores = new Float32Array(tokens.length * L);
  const firstPath = new Int32Array(tokens.length);
  const path = new Int32Array(tokens.length);
  const firstTypes = new Int8Array(tokens.length);
  const parts = [...sequences(tokens)];
  for (const [from, to] of parts) {
    const own = scores.subarray(from * L, to * L);
    const sequence = tokens.slice(from, to);
    sequenceScores(model, sequence, doc, marks?.subarray(from, to), own);
    viterbi(own, to - from, L, model.transitions, allowed, firstPath.subarray(from, to));
    for (let t = from; t < to; t++) firstTypes[t] = (firstPath[t]! + 1) >> 1;
  }
  // A token's document features depend on no other token of its sequence: one call for the whole document.
  const { ids, offsets } = documentFeatures(tokens, documentVotes(tokens, firstTypes), firstTypes);
  for (const [from, to] of parts) {
    let added = false;
    for (let t = from; t < to; t++) {
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const row = model.rowOf(ids[k]!);
        if (row < 0) continue;
        for (let y = 0; y < L; y++) scores[t * L + y]! += model.weights[row + y]!;
        added = true;
      }
    }
    if (added) viterbi(scores.subarray(from * L, to * L), to - from, L, model.transitions, allowed, path.subarray(from, to));
    else path.set(firstPath.subarray(from, to), from);
  }
  for (let t = 0; t < tokens.length; t++) {
    const label = model.labels[path[t]!]!;
    if (label === 'O') continue;
    const type = TYPES.indexOf(label.slice(2) as NerType) + 1;
    types[t] = label.startsWith('B-') ? -type : type;
  }
  let names = spansOf(tokens, types);
  names = hyphenatedNames(tokens, names, model);
  names = joinedByParticles(tokens, names, model);
  names = splitAtPossessives(tokens, names, model);
  names = companiesByInitials(tokens, names, model);
  names = consistentTypes(tokens, names);
  names = repeatedNames(tokens, names);
  names = surnamesOfPeople(tokens, names, model, doc.lowercase);
  return { tokens, names };
}

// A name the tagger found once is the same name where the document repeats it word for word and the tagger,
// reading that sentence alone, left it out: "Enron" named in one sentence is Enron in the next.
function repeatedNames(tokens: NerToken[], names: TaggedName[]): TaggedName[] {
  const byFirst = new Map<string, TaggedName[]>();
  for (const n of names) {
    if (!/^\p{Lu}/u.test(tokens[n.first]!.text)) continue;
    const list = byFirst.get(tokens[n.first]!.text) ?? [];
    list.push(n);
    byFirst.set(tokens[n.first]!.text, list);
  }
  if (byFirst.size === 0) return names;
  const covered = new Uint8Array(tokens.length);
  for (const n of names) for (let i = n.first; i <= n.last; i++) covered[i] = 1;
  const added: TaggedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const candidates = byFirst.get(tokens[i]!.text);
    if (candidates === undefined) continue;
    // The longest known name that matches here, on tokens no name covers, not inside a longer capitalised run.
    let best: TaggedName | undefined;
    for (const n of candidates) {
      const length = n.last - n.first + 1;
      if (best !== undefined && length <= best.last - best.first + 1) continue;
      let k = 0;
      while (k < length && i + k < tokens.length && !covered[i + k] && tokens[i + k]!.text === tokens[n.first + k]!.text) k++;
      if (k === length) best = n;
    }
    if (best === undefined) continue;
    const last = i + best.last - best.first;
    const next = tokens[last + 1];
    if (next !== undefined && !covered[last + 1] && /^\p{Lu}/u.test(next.text) && !next.sentenceStart) continue;
    const before = tokens[i - 1];
    if (before !== undefined && !covered[i - 1] && /^\p{Lu}/u.test(before.text) && !tokens[i]!.sentenceStart) continue;
    added.push({ start: tokens[i]!.start, end: tokens[last]!.end, type: best.type, first: i, last });
    for (let k = i; k <= last; k++) covered[k] = 1;
    i = last;
  }
  return added.length === 0 ? names : [...names, ...added].sort((a, b) => a.start - b.start);
}

function* sequences(tokens: NerToken[]): Generator<[number, number]> {
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const cut = i === tokens.length || tokens[i]!.lineStart || (i - from >= MAX_SEQUENCE && tokens[i]!.sentenceStart) || i - from >= MAX_SEQUENCE * 2;
    if (!cut) continue;
    if (i > from) yield [from, i];
    from = i;
  }
}

const POSSESSIVE_TOKEN = /^['’][sS]?$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LETTER = /\p{L}/u;
// What a company does, in a word that is never a name's own (not "Bank of England", "Giant Eagle", "Brewer") nor
// a title before a person's ("Broadcaster Gary Lineker").
const BUSINESSES = new Set([
  'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'planemaker', 'steelmaker', 'toymaker', 'retailer', 'lender',
  'insurer', 'regulator', 'watchdog', 'conglomerate', 'startup', 'consultancy',
]);
// And in lower case just before a name, a few more ("the bank Santander", "oil giant BP"); not those that may
// come before a person ("coal miner", "publisher Rupert Murdoch", "the company Elon Musk founded").
const BUSINESSES_BEFORE = new Set([...BUSINESSES, 'bank', 'giant', 'airline', 'supermarket', 'brewer', 'manufacturer', 'brokerage']);

function spansOf(tokens: NerToken[], types: Int8Array): TaggedName[] {
  const names: TaggedName[] = [];
  const companies = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (types[i] === 0) continue;
    const type = Math.abs(types[i]!);
    let j = i + 1;
    while (j < tokens.length && types[j] === type) j++;
    // "the Environment Agency's office": the possessive ending is not part of the name, nor the start of the
    // next one ("the BBC's Sunday Show", where the tagger may begin the show's name at "'s").
    let first = i;
    let last = j - 1;
    while (last >= first && POSSESSIVE_TOKEN.test(tokens[last]!.text)) last--;
    // Nor a time or number before it: "22:15 Party chairwoman Elena Varga" in a live blog.
    while (first <= last && (POSSESSIVE_TOKEN.test(tokens[first]!.text) || !LETTER.test(tokens[first]!.text))) first++;
    let named = TYPES[type - 1]!;
    // "Chipmaker Arven said", "the carmaker Stellantis": what a company does, before its name, makes the name
    // a company's, and is no part of it.
    let company = false;
    if (first < last && BUSINESSES.has(tokens[first]!.text.toLowerCase())) {
      first++;
      company = true;
    } else if (first > 0 && BUSINESSES_BEFORE.has(tokens[first - 1]!.text)) company = true;
    if (first <= last) {
      const name: TaggedName = { start: tokens[first]!.start, end: tokens[last]!.end, type: company ? 'ORG' : named, first, last };
      names.push(name);
      if (company) companies.add(surface(tokens, name));
    }
    i = j - 1;
  }
  // The company's name is a company's throughout the document ("Chipmaker Arven … shares in Arven").
  if (companies.size === 0) return names;
  return names.map((name) => (companies.has(surface(tokens, name)) ? { ...name, type: 'ORG' } : name));
}

function surface(tokens: NerToken[], name: TaggedName): string {
  let s = '';
  for (let i = name.first; i <= name.last; i++) s += (i > name.first ? ' ' : '') + tokens[i]!.text.toLowerCase();
  return s;
}

// A person's name goes on over a hyphen written without spaces (the tagger reads "Ocasio - Cortez"):
// - to a capitalised word the tagger left out ("Alexandria Ocasio-Cortez");
// - to a person's name of two words or more ("Jean-Pierre Raffarin"), but not of one ("the Putin-Trump summit"
//   names two people);
// - from a lone first name, to whatever name follows ("Jean-Yves Le Drian", however the rest was tagged).
// ("Russia-Ukraine" joins no person.)
// - and a surname written with its hyphen, where the document names that person in full ("Funmi Adeyemi-Clarke …
//   Adeyemi-Clarke said", not two people), whatever the tagger made of its halves.
const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,4}$/u;
const SYLLABLE = /^\p{Lu}\p{Ll}{1,3}$/u;
function hyphenatedNames(tokens: NerToken[], names: TaggedName[], model: NerModel): TaggedName[] {
  const glued = (i: number): boolean => tokens[i]?.text === '-' && tokens[i + 1] !== undefined && tokens[i]!.start === tokens[i - 1]!.end && tokens[i + 1]!.start === tokens[i]!.end;
  const surnames = new Set<string>();
  for (const n of names) if (n.type === 'PER' && n.last - n.first >= 3 && glued(n.last - 1)) surnames.add(`${tokens[n.last - 2]!.text}-${tokens[n.last]!.text}`);
  const out: TaggedName[] = [];
  for (let j = 0; j < names.length; j++) {
    let a = names[j]!;
    const hyphenedSurname = (): boolean => a.first === a.last && glued(a.last + 1) && surnames.has(`${tokens[a.last]!.text}-${tokens[a.last + 2]!.text}`);
    if (a.type !== 'PER' && hyphenedSurname()) a = { ...a, type: 'PER' };
    // "Yoon Da-hye", "Park Hang-seo": a short family name before a given name of two syllables joined by a hyphen.
    const given = tokens[a.last + 1];
    if (a.first === a.last && SHORT_FAMILY_NAME.test(tokens[a.first]!.text) && given !== undefined && SYLLABLE.test(given.text) && glued(a.last + 2) && /^\p{Ll}{2,4}$/u.test(tokens[a.last + 3]!.text)) {
      a = { start: a.start, end: tokens[a.last + 3]!.end, type: 'PER', first: a.first, last: a.last + 3 };
      while (names[j + 1] !== undefined && names[j + 1]!.first <= a.last) j++;
    }
    while (a.type === 'PER') {
      const hyphen = tokens[a.last + 1];
      const next = tokens[a.last + 2];
      if (hyphen?.text !== '-' || next === undefined || hyphen.start !== tokens[a.last]!.end || next.start !== hyphen.end) break;
      const b = names[j + 1];
      const firstName = a.first === a.last && (model.lexicon.maskOf(tokens[a.first]!.text.toLowerCase()) & FIRST_NAME_BIT) !== 0;
      if (b !== undefined && b.first === a.last + 2) {
        if (!firstName && !(b.type === 'PER' && b.last > b.first) && !hyphenedSurname()) break;
        a = { start: a.start, end: b.end, type: 'PER', first: a.first, last: b.last };
        j++;
      } else if (CAPITALISED.test(next.text)) {
        a = { start: a.start, end: next.end, type: 'PER', first: a.first, last: a.last + 2 };
      } else break;
    }
    out.push(a);
  }
  return out;
}

// "Stratford-upon-Avon", "Harkat-ul-Ansar", "Lashkar-e-Taiba": capitalised words joined by hyphens through a
// short lower-case word, with no space anywhere, are one name, read in two pieces or in one. It takes the
// type of its first piece the tagger read, or a place's where the particle joins a town to its river or hill.
// (Not "Israel-Gaza", two names by the guidelines.)
const PARTICLE = /^(?:upon|under|on|in|by|over|super|sur|en|le|la|les|de|du|des|di|del|della|da|do|dos|das|am|an|im|ul|ut|us|e|i|al|el|es|ud|ad|ur|at)$/;
// Particles that join a town to its river or its hill: the joined name is a place ("Burton-on-Trent").
const PLACE_PARTICLE = /^(?:upon|under|on|in|by|over|super|sur|en|le|la|les|am|an|im)$/;
function joinedByParticles(tokens: NerToken[], names: TaggedName[], model: NerModel): TaggedName[] {
  // (Not an ordinary word before the particle: "Made-in-China goods" is China's.)
  const nameWord = (i: number): boolean => CAPITALISED.test(tokens[i]!.text) && (model.lexicon.maskOf(tokens[i]!.text.toLowerCase()) & COMMON_BIT) === 0;
  const glued = (i: number): boolean => tokens[i] !== undefined && tokens[i - 1] !== undefined && tokens[i]!.start === tokens[i - 1]!.end;
  // Whether tokens i … i+3 are "-", a particle, "-" and a capitalised word, all glued to token i-1.
  const joinsAt = (i: number): boolean =>
    tokens[i]?.text === '-' && PARTICLE.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === '-' && CAPITALISED.test(tokens[i + 3]?.text ?? '') && glued(i) && glued(i + 1) && glued(i + 2) && glued(i + 3);
  if (!names.some((n) => joinsAt(n.last + 1) || (n.first >= 4 && joinsAt(n.first - 3) && nameWord(n.first - 4)))) return names;
  const out: TaggedName[] = [];
  for (let j = 0; j < names.length; j++) {
    let a = names[j]!;
    let joined = false;
    // Back to a capitalised word the tagger left out: "Stratford" before "-upon-Avon".
    while (a.first >= 4 && joinsAt(a.first - 3) && nameWord(a.first - 4) && (out.length === 0 || out[out.length - 1]!.last < a.first - 4)) {
      a = { ...a, start: tokens[a.first - 4]!.start, first: a.first - 4 };
      joined = true;
    }
    while (joinsAt(a.last + 1) && nameWord(a.first)) {
      joined = true;
      const next = names[j + 1];
      const last = next !== undefined && next.first === a.last + 4 ? next.last : a.last + 4;
      if (last === next?.last) j++;
      a = { ...a, end: tokens[last]!.end, last };
    }
    if (joined && a.type !== 'LOC') {
      for (let i = a.first + 1; i < a.last; i++) if (tokens[i]!.text === '-' && PLACE_PARTICLE.test(tokens[i + 1]!.text)) a = { ...a, type: 'LOC' };
    }
    out.push(a);
  }
  return out;
}

// "Columbia University's Mortimer B. Zuckerman Institute": a body's possessive between two names ends the
// first, whose last word says what kind of body it is (not "St John's College" or "Martha's Vineyard", where
// the possessive is the name's own).
const ORG_WORD_BIT = bitOf('org-word');
function splitAtPossessives(tokens: NerToken[], names: TaggedName[], model: NerModel): TaggedName[] {
  if (!names.some((n) => n.type !== 'PER' && n.last - n.first >= 3)) return names;
  const out: TaggedName[] = [];
  for (const n of names) {
    let a = n;
    for (let i = a.first + 2; i < a.last; i++) {
      if (!POSSESSIVE.test(tokens[i]!.text) || a.type === 'PER' || !CAPITALISED.test(tokens[i + 1]!.text)) continue;
      if ((model.lexicon.maskOf(tokens[i - 1]!.text.toLowerCase()) & ORG_WORD_BIT) === 0) continue;
      out.push({ start: a.start, end: tokens[i - 1]!.end, type: 'ORG', first: a.first, last: i - 1 });
      // "Yale University's Akiko Iwasaki": what follows a body's possessive may be its person.
      // (Two or three capitalised words from a first name, none a body's: not "Kennedy School", "Court of Justice".)
      const rest = tokens.slice(i + 1, a.last + 1);
      const person = rest.length >= 2 && rest.length <= 3 && rest.every((t) => CAPITALISED.test(t.text) && (model.lexicon.maskOf(t.text.toLowerCase()) & ORG_WORD_BIT) === 0) && (model.lexicon.maskOf(rest[0]!.text.toLowerCase()) & FIRST_NAME_BIT) !== 0;
      a = { ...a, start: tokens[i + 1]!.start, first: i + 1, type: person ? 'PER' : a.type };
      i = a.first + 1;
    }
    out.push(a);
  }
  return out;
}
const POSSESSIVE = /^['’]s$/;

// "Oculus VR", "Equinor ASA", "Publicis SA": a name of two words or more that ends in a company's legal form, or
// in initials without a vowel, is a company's, not a person's; unless it starts with a first name. (Not initials
// with a vowel: a results list writes surnames in capitals, "Shoma UNO", "Sun YANG", and a country's code after
// a name, "Sifan Hassan NED"; nor an honour or a seat, "Keir Starmer KCB", "Rhun ap Iorwerth MS", "Andrew NG".)
// (As companies write them: "Kim Min Se" is a person's.)
// (Read as a named thing too, where a deal names it: "the deal to buy Oculus VR", not "PlayStation VR" as sold
// in shops.)
const DEAL_WORDS = /^(?:buy|bought|buying|acquire|acquired|acquiring|acquisition|takeover|merge|merged|merger|stake)$/i;
const DEAL_LINKS = /^(?:of|in|with|for)$/i;
const SHOPPING = /^(?:buy|bought|buying)$/i;
const DEAL_BEFORE_BUY = /^(?:deal|agreed|agreement|offer|bid|plans?|move)$/i;
function boughtOrSold(tokens: NerToken[], first: number): boolean {
  const word = (at: number): string => tokens[at]?.text ?? '';
  const verb = DEAL_LINKS.test(word(first - 1)) ? first - 2 : first - 1;
  if (!DEAL_WORDS.test(word(verb))) return false;
  // (Shops sell things too: "buy" only after a deal, "the deal to buy".)
  return !SHOPPING.test(word(verb)) || [verb - 1, verb - 2, verb - 3].some((at) => DEAL_BEFORE_BUY.test(word(at)));
}
const COMPANY_FORMS = /^(?:AG|SA|ASA|AB|NV|SE|SpA|PLC|Plc|plc|LLC|LLP|LP|BV|Oyj|OYJ|KK|GmbH|Inc|Corp|Ltd)$/;
const VOWELLESS_INITIALS = /^[B-DF-HJ-NP-TV-XZ]{2,4}$/;
const NOT_A_COMPANY = /^(?:NG|MS|TD|KC|QC|MP|KCB|KBE|CBE|MBE|DBE|JR|SR|MD|RN|PHD|DDS|FRS|RSM|USN|USMC)$/;
function companiesByInitials(tokens: NerToken[], names: TaggedName[], model: NerModel): TaggedName[] {
  // (A thing that a deal names once is a company in every mention.)
  // (Not a product bought by the unit, "a deal to buy iPhone XS handsets": a noun in lower case after it.)
  const traded = new Set(names.filter((n) => n.type === 'MISC' && boughtOrSold(tokens, n.first) && !isNounLike(tokens[n.last + 1]?.text ?? '')).map((n) => surface(tokens, n)));
  return names.map((n) => {
    if (n.last === n.first || !(n.type === 'PER' || (n.type === 'MISC' && traded.has(surface(tokens, n))))) return n;
    const last = tokens[n.last]!.text;
    if (!/\p{Ll}/u.test(tokens[n.last - 1]!.text) || NOT_A_COMPANY.test(last.toUpperCase())) return n;
    if (!COMPANY_FORMS.test(last) && !VOWELLESS_INITIALS.test(last)) return n;
    if ((model.lexicon.maskOf(tokens[n.first]!.text.toLowerCase()) & FIRST_NAME_BIT) !== 0) return n;
    return { ...n, type: 'ORG' };
  });
}

// A name written the same way several times keeps the type it is given most often.
function consistentTypes(tokens: NerToken[], names: TaggedName[]): TaggedName[] {
  const votes = new Map<string, number[]>();
  for (const n of names) {
    const key = surface(tokens, n);
    const v = votes.get(key) ?? [0, 0, 0, 0];
    v[TYPES.indexOf(n.type)]! += 1;
    votes.set(key, v);
  }
  return names.map((n) => {
    const v = votes.get(surface(tokens, n))!;
    let best = TYPES.indexOf(n.type);
    for (let t = 0; t < TYPES.length; t++) if (v[t]! > v[best]!) best = t;
    return best === TYPES.indexOf(n.type) ? n : { ...n, type: TYPES[best]! };
  });
}

const ARTICLE = /^(?:the|a|an|The|A|An)$/;
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// Once "Vladimir Putin" is named, a lone "Putin" is him, whatever the tagger made of it there.
function surnamesOfPeople(tokens: NerToken[], names: TaggedName[], model: NerModel, lowercase: Set<string>): TaggedName[] {
  const surnames = new Set<string>();
  for (const n of names) if (n.type === 'PER' && n.last > n.first) surnames.add(tokens[n.last]!.text);
  if (surnames.size === 0) return names;
  const out: TaggedName[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const n of names) {
    for (let i = n.first; i <= n.last; i++) covered[i] = 1;
    if (n.first === n.last && n.type !== 'PER' && surnames.has(tokens[n.first]!.text)) out.push({ ...n, type: 'PER' });
    else out.push(n);
  }
  tokens.forEach((t, i) => {
    if (covered[i] || !surnames.has(t.text)) return;
    // Not inside a capitalised run the tagger chose to leave alone ("Putin Street"), not a common word.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const capital = (x: NerToken | undefined): boolean => x !== undefined && /^\p{Lu}/u.test(x.text);
    if ((capital(before) && !t.sentenceStart) || capital(after)) return;
    // A surname that is also a word ("Travis Head … had Head caught") only within a sentence, where its capital
    // marks the name, and never where the document writes the word in lower case, it names a month or a day, or
    // it follows an article or comes before a number ("the King opened", "on Page 3"). (After a colon it is the
    // name as often as a word: "the gutting news: Player had been relegated".)
    const word = t.text.toLowerCase();
    const asWord = t.sentenceStart || CALENDAR_WORDS.has(word) || (before !== undefined && ARTICLE.test(before.text)) || (after !== undefined && /^\d/.test(after.text));
    if (lowercase.has(word) || ((model.lexicon.maskOf(word) & COMMON_BIT) !== 0 && asWord)) return;
    out.push({ start: t.start, end: t.end, type: 'PER', first: i, last: i });
  });
  return out.sort((a, b) => a.start - b.start);
}
