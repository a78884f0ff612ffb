// The speaker phrase next to a speech verb: a pronoun, a recognised entity's mention, a capitalised
// name, or a description (`the senator`, `a spokeswoman for the ministry`). Only shapes that are
// reliably subjects are accepted; anything else yields null, because a wrong speaker is worse than none.

import type { Entity } from './types';
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import {
  CLAUSE_OPENERS, DEFINITE_DETERMINERS, DETERMINERS, NOT_NAMES, ORGANISATION_ROLES, PERSON_ROLES, PREPOSITIONS, SUBJECT_PRONOUNS, TITLES,
  ADVERBS,
} from './attribution-words';
import { lookUpVerb } from './speech-verbs';

export interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
}

/** Where noun phrases look up recognised entity mentions (those outside quotations). */
export interface MentionIndex {
  endingAt(pos: number): EntityMention | undefined;
  startingAt(pos: number): EntityMention | undefined;
}

export interface NounPhrase {
  /** First and last token of the whole phrase (titles and determiners included). */
  first: number;
  last: number;
  /** The local mention: the name, pronoun or description the quotation is attributed to. */
  mention: { start: number; end: number };
  kind: 'pronoun' | 'entity' | 'name' | 'description';
  entity: Entity | null;
  /** Lower-cased head word: the pronoun, the surname, or the description's noun. */
  head: string;
  /** The description's determiner ('the', 'a', …, or "'s" for a possessor); '' otherwise. */
  determiner: string;
}

const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'di', 'du', 'del', 'dos', 'ibn', 'el']);
const PP_LINKS = new Set(['for', 'of', 'at', 'from', 'with']);

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  // `We've`, `It's`: a contraction of a function word is not a name.
  if (isCapitalised(t)) return !NOT_NAMES.has(t.lower.replace(/\.$/, '').split(/['’]/)[0]!);
  return false;
}

function isPossessive(t: Token | undefined, before?: Token): boolean {
  if (t === undefined) return false;
  if (t.lower === "'s" || t.lower === '’s') return true;
  // `the employers’ association`: a bare mark glued to a plural word.
  return (t.text === '’' || t.text === "'") && before !== undefined && before.end === t.start && /s$/i.test(before.text);
}

const PART_OF = new Set(['one', 'some', 'several', 'two', 'three', 'each', 'both', 'many', 'most', 'another']);

/** Words that join the parts of one name: `Royal College of Nursing`, `Marks & Spencer`. */
const NAME_JOINERS = new Set(['of', 'and', '&', 'for']);

/** A word that may sit inside a description between its determiner and head. */
function isModifier(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return false;
  if (t.lower === 'what' || t.lower === 'whom' || t.lower === 'whose') return false;
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'who' || t.lower === 'which') return false;
  const verb = lookUpVerb(t.lower);
  if (verb && (verb.form === 'past' || verb.form === 'third')) return false;
  return true;
}

/** `chiefs`, `spokesmen`: the plural of a person's role. */
function isPluralRole(word: string): boolean {
  if (word.endsWith('men')) return PERSON_ROLES.has(`${word.slice(0, -3)}man`);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && PERSON_ROLES.has(word.slice(0, -1));
}

/** A description head: a role noun, or (for plain speech verbs) any noun-looking word. */
function isHead(t: Token, anyNoun: boolean): boolean {
  if (PERSON_ROLES.has(t.lower) || ORGANISATION_ROLES.has(t.lower) || isPluralRole(t.lower)) return true;
  if (!anyNoun || !isModifier(t) || isCapitalised(t)) return false;
  return !/(?:ly|ing|ed)$/.test(t.lower) && !ADVERBS.has(t.lower) && t.lower.length > 2;
}

/** The noun phrase whose last token is `k` (a subject before its verb), or null. */
export function nounPhraseEndingAt(tokens: readonly Token[], k: number, mentions: MentionIndex, anyNoun: boolean, depth = 0): NounPhrase | null {
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    return { first: k, last: k, mention: { start: t.start, end: t.end }, kind: 'pronoun', entity: null, head: t.lower, determiner: '' };
  }
  // `One of them said`, `some of those present`: a part of a group already described.
  if ((t.lower === 'them' || t.lower === 'us') && tokens[k - 1]?.lower === 'of' && PART_OF.has(tokens[k - 2]?.lower ?? '')) {
    const part = tokens[k - 2]!;
    return { first: k - 2, last: k, mention: { start: part.start, end: t.end }, kind: 'description', entity: null, head: part.lower, determiner: part.lower };
  }
  const entityMention = mentions.endingAt(t.end);
  if (entityMention) {
    let first = k;
    while (first > 0 && tokens[first - 1]!.start >= entityMention.start) first--;
    first = extendTitles(tokens, first);
    return { first, last: k, mention: { start: entityMention.start, end: entityMention.end }, kind: 'entity', entity: entityMention.entity, head: t.lower, determiner: '' };
  }
  if (isNameWord(t) || (t.type === 'word' && /^\p{Lu}\.$/u.test(t.text))) {
    let a = k;
    while (a > 0 && a > k - 5 && (isNameWord(tokens[a - 1]) || (NAME_PARTICLES.has(tokens[a - 1]!.lower) && isNameWord(tokens[a - 2])))) a--;
    // Strip titles: `Russian President Vladimir Putin` is named `Vladimir Putin`.
    let nameStart = a;
    for (let j = a; j < k; j++) if (TITLES.has(tokens[j]!.lower)) nameStart = j + 1;
    if (TITLES.has(t.lower) || PERSON_ROLES.has(t.lower)) {
      // `the First Minister`, `The Scottish Secretary`: a role written with capitals is a description.
      const det = tokens[a - 1];
      if (!det || !DEFINITE_DETERMINERS.has(det.lower) || !PERSON_ROLES.has(t.lower.replace(/\.$/, ''))) return null;
      return { first: a - 1, last: k, mention: { start: det.start, end: t.end }, kind: 'description', entity: null, head: t.lower, determiner: det.lower };
    }
    const first = extendTitles(tokens, a);
    return { first, last: k, mention: { start: tokens[nameStart]!.start, end: t.end }, kind: 'name', entity: null, head: t.lower, determiner: '' };
  }
  if (!isHead(t, anyNoun) || depth > 1) return null;
  let j = k - 1;
  while (j >= 0 && j >= k - 6) {
    const w = tokens[j]!;
    // `A Department of Health spokesperson`: a name before the head modifies it whole, its `of` included.
    const named = mentions.endingAt(w.end);
    if (named && named.start < w.start) {
      while (j > 0 && tokens[j - 1]!.start >= named.start) j--;
      j--;
      continue;
    }
    if (DETERMINERS.has(w.lower)) {
      let np: NounPhrase = { first: j, last: k, mention: { start: w.start, end: t.end }, kind: 'description', entity: null, head: t.lower, determiner: w.lower };
      // `a spokeswoman for the ministry`: the phrase before the preposition is the head.
      const link = tokens[j - 1];
      if (link && PP_LINKS.has(link.lower) && j >= 2) {
        const inner = nounPhraseEndingAt(tokens, j - 2, mentions, anyNoun, depth + 1);
        if (inner && inner.kind !== 'pronoun') {
          np = { ...inner, last: k, mention: { start: inner.mention.start, end: t.end } };
          if (inner.kind === 'entity' || inner.kind === 'name') np.mention = inner.mention;
        }
      }
      return np;
    }
    if (isPossessive(w, tokens[j - 1])) {
      // The possessor: a name (`the Royal College of Nursing’s general secretary`) or a description
      // (`the company’s chief technology officer`, `the employers’ association`).
      let a = j;
      while (a > 0 && a > j - 7) {
        if (isNameWord(tokens[a - 1])) a--;
        else if (a - 2 >= 0 && a < j && NAME_JOINERS.has(tokens[a - 1]!.lower) && isNameWord(tokens[a - 2])) a -= 2;
        else break;
      }
      if (a === j) {
        const possessor = depth <= 1 ? nounPhraseEndingAt(tokens, j - 1, mentions, true, depth + 1) : null;
        if (!possessor || possessor.kind !== 'description' || possessor.determiner === '') return null;
        return { first: possessor.first, last: k, mention: { start: tokens[possessor.first]!.start, end: t.end }, kind: 'description', entity: null, head: t.lower, determiner: possessor.determiner };
      }
      if (tokens[a - 1] && DETERMINERS.has(tokens[a - 1]!.lower)) a--;
      return { first: a, last: k, mention: { start: tokens[a]!.start, end: t.end }, kind: 'description', entity: null, head: t.lower, determiner: "'s" };
    }
    // `a member of staff`, `a spokesman for Putin`: the phrase before the preposition is the head.
    if (PP_LINKS.has(w.lower) && j >= 1 && depth <= 1 && j < k) {
      const inner = nounPhraseEndingAt(tokens, j - 1, mentions, anyNoun, depth + 1);
      if (inner && inner.kind === 'description' && inner.determiner !== '' && (PERSON_ROLES.has(inner.head) || ORGANISATION_ROLES.has(inner.head))) {
        return { ...inner, last: k, mention: { start: inner.mention.start, end: t.end } };
      }
      break;
    }
    if (!isModifier(w)) break;
    j--;
  }
  // No determiner: only bare plurals of role nouns (`officials said`, `police said`).
  const bareStart = j + 1;
  if ((isPluralRole(t.lower) || (PERSON_ROLES.has(t.lower) && (/s$/.test(t.lower) || t.lower === 'police' || t.lower === 'people'))) && bareStart <= k) {
    return { first: bareStart, last: k, mention: { start: tokens[bareStart]!.start, end: t.end }, kind: 'description', entity: null, head: t.lower, determiner: '' };
  }
  return null;
}

/** Extends a name's first token back over titles and capitalised modifiers (`Russian President`). */
function extendTitles(tokens: readonly Token[], first: number): number {
  let f = first;
  while (f > 0 && f > first - 5) {
    const w = tokens[f - 1]!;
    if (w.type !== 'word') break;
    if (TITLES.has(w.lower) || (isNameWord(w) && !NOT_NAMES.has(w.lower)) || PERSON_ROLES.has(w.lower) || ORGANISATION_ROLES.has(w.lower)) {
      f--;
      continue;
    }
    if (isPossessive(w, tokens[f - 2]) || DETERMINERS.has(w.lower)) {
      f--;
      continue;
    }
    break;
  }
  return f;
}

/** The noun phrase starting at token `i` (a subject after an inverted verb: `said Putin`), or null. */
export function nounPhraseStartingAt(tokens: readonly Token[], i: number, mentions: MentionIndex, anyNoun: boolean): NounPhrase | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  if (t.lower === 'he' || t.lower === 'she') {
    return { first: i, last: i, mention: { start: t.start, end: t.end }, kind: 'pronoun', entity: null, head: t.lower, determiner: '' };
  }
  // Scan the phrase forward to where it stops; then read it backwards as a subject phrase, preferring
  // the last person named in it (`the Kremlin spokesman Dmitry Peskov`).
  let end = i;
  let sawLink = false;
  while (end + 1 < tokens.length && end - i < 8) {
    const n = tokens[end + 1]!;
    if (n.type !== 'word') break;
    if (PP_LINKS.has(n.lower) && end > i) {
      // `Jane Osei of the Federation of Small Businesses`: the name is the speaker, the rest describes her.
      const before = nounPhraseEndingAt(tokens, end, mentions, false);
      if (before && (before.kind === 'entity' || before.kind === 'name') && before.first <= i + 1) break;
    }
    if (PP_LINKS.has(n.lower) && !sawLink && DETERMINERS.has(tokens[end + 2]?.lower ?? '')) {
      sawLink = true;
      end++;
      continue;
    }
    if (isPossessive(n, tokens[end]) || isNameWord(n) || NAME_PARTICLES.has(n.lower) || isModifier(n)) {
      if (ADVERBS.has(n.lower) || /ly$/.test(n.lower)) break;
      end++;
      continue;
    }
    if (DETERMINERS.has(n.lower) && sawLink) {
      end++;
      continue;
    }
    break;
  }
  for (let k = end; k >= i; k--) {
    const np = nounPhraseEndingAt(tokens, k, mentions, anyNoun);
    // `one Republican aide`, `a Pentagon spokesman`: a name before a role noun only modifies it.
    const modifiesRole = k < end && (PERSON_ROLES.has(tokens[k + 1]!.lower) || ORGANISATION_ROLES.has(tokens[k + 1]!.lower));
    if (np && !modifiesRole && (np.kind === 'entity' || np.kind === 'name') && np.first >= i - 0 && !isPossessive(tokens[k + 1], tokens[k])) {
      return { ...np, first: i };
    }
  }
  const description = nounPhraseEndingAt(tokens, end, mentions, anyNoun);
  if (description && description.kind === 'description' && description.first === i) return description;
  return null;
}
