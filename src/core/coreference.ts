// Resolves pronouns (he, she, it) and descriptions (the senator, the ministry) to the most recent
// fitting entity mentioned outside quotations, preferring the subject of its sentence.

import type { Entity, EntityType } from './types';
import type { Token } from './tokens';
import type { EntityMention, NounPhrase } from './noun-phrases';
import { isCapitalised } from './tokens';
import { NATIONALITY_ADJECTIVES } from './name-lexicons';
import {
  ADVERBS, AUXILIARIES, CLAUSE_OPENERS, DEFINITE_DETERMINERS, DOCUMENT_ROLES, IRREGULAR_PAST, ORGANISATION_ROLES,
  PERSON_ROLES, PREPOSITIONS, TITLES,
} from './attribution-words';
import { lookUpVerb } from './speech-verbs';
import { genderFits, genderOfFirstName, genderOfWord, type Gender } from './speaker-gender';

/** What coreference needs to know about the text. */
export interface Discourse {
  text: string;
  tokensOf(sentence: number): readonly Token[];
  /** Entity mentions outside quotations in a sentence, in order. */
  mentionsIn(sentence: number): readonly EntityMention[];
  /** All entity mentions (outside quotations) of an entity, in order. */
  mentionsOf(entity: Entity): readonly EntityMention[];
  /** Every recognised entity. */
  entities: readonly Entity[];
}

export interface Referent {
  /** The recognised entity, or null for an unnamed person (`a spokeswoman for the port`). */
  entity: Entity | null;
  name: string;
  mention: { start: number; end: number };
}

interface Candidate extends Referent {
  subject: boolean;
  start: number;
}

/** How far back a pronoun may look for its antecedent, in sentences. */
const PRONOUN_REACH = 5;
/** How far back a description may look for an entity it fits by role. */
const DESCRIPTION_REACH = 12;
const MAX_CHAIN = 3;

const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir'],
  president: ['president'],
  senator: ['senator', 'sen.'],
  minister: ['minister'],
  governor: ['governor', 'gov.'],
  congressman: ['congressman', 'rep.', 'representative'],
  congresswoman: ['congresswoman', 'rep.', 'representative'],
  chancellor: ['chancellor'],
  mayor: ['mayor'],
  general: ['general', 'gen.'],
  judge: ['judge'],
  premier: ['premier', 'prime minister'],
  spokesman: ['spokesman', 'spokesperson'],
  spokeswoman: ['spokeswoman', 'spokesperson'],
};

const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);

export class Coreference {
  private readonly pronounMemo = new Map<number, Referent | null>();
  private readonly genders = new Map<Entity, Gender | null>();
  private readonly unnamedMemo = new Map<number, (Candidate & { head: string })[]>();
  // Per mention start: the lower-case text before it, capitalised words at its end left out (withoutTrailingNames).
  private readonly beforeMemo = new Map<number, string>();

  constructor(private readonly discourse: Discourse) {}

  /** The entity a pronoun or description in sentence `sentence` refers to, or null. */
  resolve(np: NounPhrase, sentence: number, depth = 0): Referent | null {
    if (np.kind === 'pronoun') {
      const memo = this.pronounMemo.get(np.mention.start);
      if (memo !== undefined) return memo;
      const person = np.head === 'he' || np.head === 'she';
      const type: EntityType | null = person ? 'person' : np.head === 'it' ? 'organization' : null;
      const gender = genderOfWord(np.head);
      let found: Referent | null = null;
      // `Sue Caldwell, who took over in the summer, said she had told Doyle`: the pronoun in a
      // reported clause is first the subject before it in its own sentence.
      if (person) found = this.subjectBefore(sentence, np.mention.start, gender, depth);
      else if (np.head === 'they') found = this.pluralSubjectBefore(sentence);
      if (!found && type) found = this.mostRecent(type, sentence, np.head === 'it' ? 2 : PRONOUN_REACH, depth, false, gender);
      this.pronounMemo.set(np.mention.start, found);
      return found;
    }
    if (np.kind === 'description' && DEFINITE_DETERMINERS.has(np.determiner)) {
      if (DOCUMENT_ROLES.has(np.head)) return null;
      const type: EntityType | null = PERSON_ROLES.has(np.head) ? 'person' : ORGANISATION_ROLES.has(np.head) ? 'organization' : null;
      if (!type) return null;
      const gender = genderOfWord(np.head);
      // `According to a senior official, … “…,” the official said`: the person introduced with that
      // noun, unnamed, before anyone named nearby by role or as a subject.
      if (type === 'person') {
        const introduced = this.introducedUnnamed(np.head, sentence);
        if (introduced) return introduced;
      }
      // "the prime minister's spokesman" speaks for someone, so is not the person last named: only someone
      // introduced as one.
      if (SPOKES_ROLES.has(np.head) && /['’]s\s/.test(this.discourse.text.slice(np.mention.start, np.mention.end))) {
        return this.byRole(np.head, type, sentence, gender);
      }
      const byRole = this.byRole(np.head, type, sentence, gender);
      if (byRole !== null) return byRole;
      // "The Israeli military said" after "Hezbollah fired rockets": a state's body described by its nationality
      // is that body, not the last one named. (Others still are: "the FTSE 100 company said" is Tesco.)
      if (type === 'organization' && isNationalStateBody(this.discourse.text.slice(np.mention.start, np.mention.end))) return null;
      return this.mostRecent(type, sentence, 3, depth, true, gender, false);
    }
    return null;
  }

  /** The gender of a person entity: its first name, or an honorific before one of its mentions. */
  genderOf(entity: Entity): Gender | null {
    if (entity.type !== 'person') return null;
    let gender = this.genders.get(entity);
    if (gender !== undefined) return gender;
    gender = null;
    const words = entity.name.split(/\s+/);
    for (const w of words.slice(0, -1)) {
      gender = genderOfWord(w.replace(/\.$/, '')) ?? genderOfFirstName(w);
      if (gender) break;
    }
    // `Marsh` named in full elsewhere (`Tony Marsh’s shop`), even as another entity or another type.
    if (!gender && words.length === 1) {
      for (const other of this.discourse.entities) {
        const parts = other.name.split(/\s+/);
        if (parts.length < 2 || parts[parts.length - 1] !== words[0]) continue;
        gender = genderOfWord(parts[0]!.replace(/\.$/, '')) ?? genderOfFirstName(parts[0]!);
        if (gender) break;
      }
    }
    if (!gender) {
      for (const m of this.discourse.mentionsOf(entity)) {
        const before = /([A-Za-z]+)\.?\s+$/.exec(this.discourse.text.slice(Math.max(0, m.start - 12), m.start));
        const first = /^[\p{L}]+/u.exec(this.discourse.text.slice(m.start, m.end))?.[0];
        gender = (before ? genderOfWord(before[1]!) : null) ?? (first && first.length < m.end - m.start ? genderOfFirstName(first) : null);
        if (gender) break;
      }
    }
    this.genders.set(entity, gender);
    return gender;
  }

  /** The last subject person of fitting gender named before `pos` in the same sentence. */
  private subjectBefore(sentence: number, pos: number, gender: Gender | null, depth: number): Referent | null {
    const candidates = this.candidates(sentence, 'person', depth, gender, pos).filter((c) => c.subject && c.entity !== null);
    const pick = candidates[candidates.length - 1];
    return pick ? { entity: pick.entity, name: pick.name, mention: pick.mention } : null;
  }

  /** The most recent fitting mention: in the nearest earlier sentence naming one, its subject if any. */
  private mostRecent(type: EntityType, sentence: number, reach: number, depth: number, subjectOnly = false, gender: Gender | null = null, unnamed = true): Referent | null {
    for (let s = sentence - 1; s >= 0 && s >= sentence - reach; s--) {
      let candidates = this.candidates(s, type, depth, gender);
      // An unnamed person (`a spokeswoman for the port`) only when nobody fitting is named there.
      if (candidates.length === 0 && unnamed && type === 'person') candidates = this.unnamedPeople(s, gender);
      if (candidates.length === 0) continue;
      const subjects = candidates.filter((c) => c.subject);
      // With no subject, an object of a preposition (`arriving at the Old Bailey`) is the least likely.
      // The last subject, but a description ("the Newcastle head coach said") skips one of a clause that only
      // completes an adjective or a noun ("Howe was angry that Magalhaes escaped a booking") for the main
      // clause's; after "said that" the reported clause's subject stays ("Arteta said Howe had been lucky").
      let subject = subjects[subjects.length - 1];
      if (subjectOnly && subject && subjects.length > 1 && this.opensComplementOfNonSpeech(s, subject.start)) subject = subjects[0];
      const pick = subject ?? (subjectOnly ? undefined : this.lastNotAfterPreposition(s, candidates) ?? candidates[candidates.length - 1]);
      return pick ? { entity: pick.entity, name: pick.name, mention: pick.mention } : null;
    }
    return null;
  }

  /** Whether the mention at `start` follows "that" after a word other than a speech verb ("angry that X"). */
  private opensComplementOfNonSpeech(sentence: number, start: number): boolean {
    const tokens = this.discourse.tokensOf(sentence);
    const i = tokens.findIndex((t) => t.start >= start);
    if (i < 2 || tokens[i - 1]!.lower !== 'that') return false;
    const before = tokens[i - 2]!;
    return before.type === 'word' && !lookUpVerb(before.lower);
  }

  private candidates(sentence: number, type: EntityType, depth: number, gender: Gender | null, before = Infinity): Candidate[] {
    const tokens = this.discourse.tokensOf(sentence);
    const out: Candidate[] = [];
    for (const m of this.discourse.mentionsIn(sentence)) {
      if (m.end > before) break;
      if (!fits(m.entity.type, type) || !genderFits(this.genderOf(m.entity), gender)) continue;
      const a = tokens.findIndex((t) => t.start >= m.start);
      let b = a;
      while (b + 1 < tokens.length && tokens[b + 1]!.end <= m.end) b++;
      out.push({ entity: m.entity, name: m.entity.name, mention: { start: m.start, end: m.end }, subject: a >= 0 && isSubject(tokens, a, b), start: m.start });
    }
    // Subject pronouns stand for their own antecedents (`Putin met Trump. He praised Trump’s … He said`).
    if (depth < MAX_CHAIN && type === 'person') {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.end > before) break;
        if ((t.lower !== 'he' && t.lower !== 'she') || !genderFits(genderOfWord(t.lower), gender) || !isSubject(tokens, i, i)) continue;
        const np: NounPhrase = { first: i, last: i, mention: { start: t.start, end: t.end }, kind: 'pronoun', entity: null, head: t.lower, determiner: '' };
        const referent = this.resolve(np, sentence, depth + 1);
        if (referent) out.push({ ...referent, subject: true, start: t.start });
      }
      out.sort((x, y) => x.start - y.start);
    }
    return out;
  }

  /** People described but not named: `a spokeswoman for the port`, `one resident`, `the man`. */
  private unnamedPeople(sentence: number, gender: Gender | null): (Candidate & { head: string })[] {
    let all = this.unnamedMemo.get(sentence);
    if (!all) {
      all = this.findUnnamedPeople(sentence);
      this.unnamedMemo.set(sentence, all);
    }
    return all.filter((c) => genderFits(genderOfWord(c.head), gender));
  }

  private findUnnamedPeople(sentence: number): (Candidate & { head: string })[] {
    const tokens = this.discourse.tokensOf(sentence);
    const out: (Candidate & { head: string })[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const head = tokens[k]!;
      if (head.type !== 'word' || !PERSON_ROLES.has(head.lower) || PLURAL_PEOPLE.has(head.lower) || /[^s]s$/.test(head.lower)) continue;
      // The determiner that opens the phrase, with only modifiers between.
      let d = k - 1;
      while (d >= 0 && d > k - 6 && tokens[d]!.type === 'word' && !UNNAMED_DETERMINERS.has(tokens[d]!.lower) && !isCapitalisedName(tokens[d]!)) d--;
      const det = tokens[d];
      if (!det || !UNNAMED_DETERMINERS.has(det.lower)) continue;
      // `Hendrik Smit, the association’s chief negotiator`: an apposition to a name is that name.
      if (tokens[d - 1]?.text === ',' && isCapitalisedName(tokens[d - 2])) continue;
      const text = this.discourse.text;
      out.push({ entity: null, name: text.slice(det.start, head.end), mention: { start: det.start, end: head.end }, subject: isSubject(tokens, d, k), start: det.start, head: head.lower });
    }
    return out;
  }

  /**
   * `Her sons, Chris Larkin and Toby Stephens, said … “…,” they said`: the group named by whose it is ("Her sons",
   * "His parents") as the subject opening the sentence before. Nobody else: "they" after "Witnesses said the
   * men…" may be the police, and a wrong speaker is worse than none.
   */
  private pluralSubjectBefore(sentence: number): Referent | null {
    if (sentence < 1) return null;
    const tokens = this.discourse.tokensOf(sentence - 1);
    const first = tokens[0];
    if (first === undefined || first.type !== 'word' || !POSSESSIVE_DETERMINERS.has(first.lower)) return null;
    for (let k = 1; k < tokens.length && k <= 3; k++) {
      const head = tokens[k]!;
      if (head.type !== 'word' || !isPluralPeople(head.lower)) continue;
      if (!isSubject(tokens, 0, k)) return null;
      return { entity: null, name: this.discourse.text.slice(first.start, head.end), mention: { start: first.start, end: head.end } };
    }
    return null;
  }

  /** The last candidate that does not follow a preposition (with or without `the`), `according to` apart. */
  private lastNotAfterPreposition(sentence: number, candidates: readonly Candidate[]): Candidate | undefined {
    const tokens = this.discourse.tokensOf(sentence);
    for (let k = candidates.length - 1; k >= 0; k--) {
      let i = tokens.findIndex((t) => t.start >= candidates[k]!.start) - 1;
      if (tokens[i]?.lower === 'the') i--;
      const before = tokens[i];
      if (before === undefined || before.type !== 'word' || !PREPOSITIONS.has(before.lower)) return candidates[k];
      // `According to Dana Whitmore, …`: the source of what follows, not an object in passing.
      if (before.lower === 'to' && tokens[i - 1]?.lower === 'according') return candidates[k];
    }
    return undefined;
  }

  /** The nearest unnamed person introduced with `head` (`a senior administration official`) in the last few sentences. */
  private introducedUnnamed(head: string, sentence: number): Referent | null {
    for (let s = sentence - 1; s >= 0 && s >= sentence - PRONOUN_REACH; s--) {
      const found = this.unnamedPeople(s, null).filter((c) => c.head === head && INDEFINITE.test(c.name));
      const pick = found[found.length - 1];
      if (pick) return { entity: null, name: pick.name, mention: pick.mention };
    }
    return null;
  }

/** An entity named nearby with the description's role: `Sen. Ron Wyden` … `the senator`. */
  private byRole(head: string, type: EntityType, sentence: number, gender: Gender | null): Referent | null {
    const roles = ROLE_SYNONYMS[head] ?? [head];
    const text = this.discourse.text;
    for (let s = sentence - 1; s >= 0 && s >= sentence - DESCRIPTION_REACH; s--) {
      const mentions = this.discourse.mentionsIn(s);
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (!fits(m.entity.type, type) || !genderFits(this.genderOf(m.entity), gender)) continue;
        const name = m.entity.name.toLowerCase();
        // The role right before a mention, with only capitalised words between: `Sen. Ron Wyden`.
        const matches = this.discourse.mentionsOf(m.entity).some((other) => {
          let before = this.beforeMemo.get(other.start);
          if (before === undefined) this.beforeMemo.set(other.start, (before = withoutTrailingNames(text.slice(Math.max(0, other.start - 40), other.start))));
          return roles.some((r) => endsWithRole(before, r));
        }) || roles.some((r) => name.includes(r));
        if (matches) return { entity: m.entity, name: m.entity.name, mention: { start: m.start, end: m.end } };
      }
    }
    return null;
  }
}

const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['people', 'police', 'men', 'women', 'staff']);
/** Groups of people a plural "they" can stand for: "her sons", "the officials", "residents". */
const FAMILY_PLURALS: ReadonlySet<string> = new Set(['sons', 'daughters', 'parents', 'children', 'relatives', 'family', 'siblings', 'friends', 'neighbours', 'neighbors']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['her', 'his', 'their']);
// Bodies of a state: "the Israeli military", "the Russian defence ministry".
const STATE_BODY = /^(?:the\s+)?(\p{L}+)\s+(?:(?:defen[cs]e|foreign|interior|health)\s+)?(?:military|army|navy|air force|armed forces|forces|government|police|ministry|embassy)$/iu;
function isNationalStateBody(description: string): boolean {
  const nationality = STATE_BODY.exec(description)?.[1];
  return nationality !== undefined && NATIONALITY_ADJECTIVES.has(nationality.toLowerCase());
}
function isPluralPeople(word: string): boolean {
  return PLURAL_PEOPLE.has(word) || FAMILY_PLURALS.has(word) || (/[^s]s$/.test(word) && PERSON_ROLES.has(word));
}
const INDEFINITE = /^(?:a|an|one|another)\s/i;
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that']);

function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && !TITLES.has(t.lower);
}

const TRAILING_NAME = /\s+([\p{Lu}][\p{L}.’'-]*)\s*$/u;

/**
 * `before` in lower case without the capitalised words at its end, up to a title (`heard from Sen. Ron` before
 * `Wyden`: `heard from sen.`; `Friday, Judge` before `Sarah Whitcombe`: `friday, judge`).
 */
function withoutTrailingNames(before: string): string {
  let rest = before;
  for (let m = TRAILING_NAME.exec(rest); m !== null && !TITLES.has(m[1]!.toLowerCase()); m = TRAILING_NAME.exec(rest)) rest = rest.slice(0, m.index);
  return rest.trimEnd().toLowerCase();
}

/** Whether `rest` (withoutTrailingNames of the text before a mention) ends with the role. */
function endsWithRole(rest: string, role: string): boolean {
  if (!rest.endsWith(role)) return false;
  const prev = rest.charAt(rest.length - role.length - 1);
  return prev === '' || !/\p{L}/u.test(prev);
}

function fits(actual: EntityType, wanted: EntityType): boolean {
  return actual === wanted;
}

/** Whether tokens[a..b] is the subject of its clause: it opens a clause and a verb follows. */
export function isSubject(tokens: readonly Token[], a: number, b: number): boolean {
  let p = a - 1;
  // Titles and descriptive words before a name: `Ashton manager Sue Caldwell said`.
  while (p >= 0 && p > a - 5 && tokens[p]!.type === 'word' && (TITLES.has(tokens[p]!.lower) || PERSON_ROLES.has(tokens[p]!.lower) || ORGANISATION_ROLES.has(tokens[p]!.lower) || isCapitalised(tokens[p]))) p--;
  const before = tokens[p];
  if (before) {
    if (before.type === 'word') {
      const verb = lookUpVerb(before.lower);
      if (!CLAUSE_OPENERS.has(before.lower) && !(verb && verb.speech && verb.form !== 'ing')) return false;
    } else if (before.type === 'punct' && !',;:(—–-'.includes(before.text)) return false;
  }
  let n = b + 1;
  // Apposition: `Putin, the Russian leader, said`.
  if (tokens[n]?.text === ',') {
    // Itself the apposition: `The senator from Arizona, Kyrsten Sinema, said`.
    if (before?.text === ',' && isVerbLike(tokens[n + 1])) return true;
    let c = n + 1;
    // A relative clause runs longer than a description: `Julian Fellowes, who created Downton Abbey and wrote
    // the role of the Dowager Countess for her, said`.
    const reach = tokens[n + 1]?.lower === 'who' ? 30 : 12;
    while (c < tokens.length && c < n + reach && tokens[c]!.text !== ',' && tokens[c]!.type !== 'quote') c++;
    if (tokens[c]?.text === ',' && isVerbLike(tokens[c + 1])) return true;
    return false;
  }
  while (n < tokens.length && tokens[n]!.type === 'word' && ADVERBS.has(tokens[n]!.lower) && !AUXILIARIES.has(tokens[n]!.lower)) n++;
  return isVerbLike(tokens[n]);
}

function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || isCapitalised(t)) return false;
  const w = t.lower;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return true;
  const verb = lookUpVerb(w);
  if (verb && verb.form !== 'ing' && verb.form !== 'base') return true;
  if (/[a-z]ed$/.test(w) && w.length > 4) return true;
  return /[^su]s$/.test(w) && w.length > 3;
}
