// Finds the names in a stretch of text and says what each names, one mention at a time.
// Document-wide decisions (a bare surname named in full elsewhere, acronyms) are entity-grouping.ts's.
import type { EntityType } from './types';
import { tokenise, type Token } from './entity-tokens';
import { lookupAlias, lookupPlace, placeKey } from './gazetteer';
import { withoutFinalDot } from './ascii-words';
import { isLexiconAbbreviation, isOrganizationWord, isPlaceWord, lexiconKind, type LexiconKind } from './name-lookup';
import {
  CALENDAR_WORDS,
  EXTRA_ORGANIZATION_SUFFIXES,
  FUNCTION_WORDS,
  GROUP_ADJECTIVES,
  KNOWN_ORGANIZATIONS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_ENTITY_ACRONYMS,
  OCCASION_WORDS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  STRONG_TITLES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_SUBJECTS,
  WEAK_PLACE_SUFFIXES,
} from './name-lexicons';

/** One place a name occurs, with what the recogniser could tell about it there. */
export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  /** null: a capitalised name of unknown kind, kept in case the rest of the document tells. */
  type: EntityType | null;
  /** The words of the name as written: "Vladimir", "Putin". */
  words: string[];
  /** Names places and organisations group by: canonical for known aliases ("U.S." → "united states"). */
  key: string;
  /** The entity name this mention suggests: "United States" for "U.S.". */
  name: string;
  /** How the type was decided: a title, a lexicon, a gazetteer hit, a guess from shape. */
  evidence: 'known' | 'title' | 'structure' | 'lexicon' | 'shape' | 'none';
  /** Its capital may only mark the start of a sentence or a headline. */
  ambiguous: boolean;
  acronym: boolean;
  /** A gazetteer country: never re-read as a surname. */
  country: boolean;
  /** The lower-case word just before it, for "in Washington". */
  wordBefore: string;
}

/** Facts about the whole document the recogniser consults. */
export interface DocumentVocabulary {
  /** True when the word occurs in lower case somewhere in the document. */
  hasLowercase(word: string): boolean;
}

type Known = { type: EntityType | 'demonym'; name: string; key: string; country: boolean };

const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and']);
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const INITIAL = /^\p{Lu}\.$/u;
const MAX_PHRASE = 5;
const MAX_NAME_WORDS = 10;

// What `known` answers depends only on the words as written, and long articles repeat their names.
const knownCache = new Map<string, Known | null>();
const KNOWN_CACHE_SIZE = 20_000;

/** The name mentions in `text.slice(from, to)`. */
export function recogniseMentions(text: string, from: number, to: number, vocabulary: DocumentVocabulary): MentionCandidate[] {
  const tokens = tokenise(text, from, to);
  const recogniser = new SegmentReader(text, tokens, vocabulary);
  const found: MentionCandidate[] = [];
  for (const [runStart, runEnd] of nameRuns(tokens)) {
    for (const segment of recogniser.segments(runStart, runEnd)) found.push(...recogniser.read(segment));
  }
  return found;
}

// Stretches of capitalised words, joined by the connectors that occur inside names.
function nameRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capitalised) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1]!;
      const token = tokens[j]!;
      if (previous.possessive || token.gap === 'break' || token.sentenceStart) break;
      if (token.capitalised) {
        j++;
        continue;
      }
      const next = connectorEnd(tokens, i, j);
      if (next < 0) break;
      j = next + 1;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

// Index of the capitalised word after the connectors starting at j, or -1 when they do not join a name.
function connectorEnd(tokens: Token[], runStart: number, j: number): number {
  const head = withoutFinalDot(tokens[j - 1]!.lower);
  const first = tokens[j]!.lower;
  let k = j;
  while (k < tokens.length && k - j < 3 && !tokens[k]!.capitalised && tokens[k]!.gap === 'space') k++;
  const after = tokens[k];
  if (after === undefined || !after.capitalised || k === j) return -1;
  const connectors = tokens.slice(j, k).map((t) => t.lower);
  // "Ursula von der Leyen", "Omar al-Bashir"
  if (connectors.every((w) => NAME_PARTICLES.has(w)) && connectors.length <= 2 && after.gap !== 'break') return k;
  if (after.gap !== 'space') return -1;
  const [second] = connectors.slice(1);
  if (connectors.length > 2 || (connectors.length === 2 && second !== 'the')) return -1;
  if (first === 'of') return ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head) || TITLE_HEADS.has(head) ? k : -1;
  if (first === 'for' || first === 'on') return ORGANIZATION_HEADS.has(head) ? k : -1;
  if (first === 'and' && connectors.length === 1) {
    const run = tokens.slice(runStart, j).map((t) => t.lower);
    return run.includes('of') && ORGANIZATION_HEADS.has(run[0] ?? '') ? k : -1;
  }
  return -1;
}

class SegmentReader {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly vocabulary: DocumentVocabulary,
  ) {}

  /** Splits a run at words that cannot be part of a name, keeping known multi-word names whole. */
  segments(runStart: number, runEnd: number): Token[][] {
    const run = this.tokens.slice(runStart, runEnd);
    const segments: Token[][] = [];
    let current: Token[] = [];
    const flush = (): void => {
      while (current.length > 0 && !current[0]!.capitalised) current.shift();
      while (current.length > 0 && !current[current.length - 1]!.capitalised) current.pop();
      if (current.length > 0) segments.push(current);
      current = [];
    };
    let i = 0;
    while (i < run.length) {
      const length = this.knownPhraseLength(run, i);
      if (length >= 2) {
        current.push(...run.slice(i, i + length));
        i += length;
        continue;
      }
      const token = run[i]!;
      // A run of a dozen capitalised words is a title or a shout, not one name: read it word by word.
      if (run.length > MAX_NAME_WORDS) flush();
      if (this.cannotBeName(token, current)) flush();
      else current.push(token);
      i++;
    }
    flush();
    return segments;
  }

  private cannotBeName(token: Token, before: Token[]): boolean {
    if (!token.capitalised) return false;
    if (token.allCaps && !token.shouted) return FUNCTION_WORDS.has(token.lower) && token.lower.length > 3;
    if (FUNCTION_WORDS.has(token.lower)) return true;
    if (CALENDAR_WORDS.has(withoutFinalDot(token.lower))) {
      const previous = before[before.length - 1];
      return previous === undefined || lexiconKind(previous.lower) !== 'first-name';
    }
    if (token.sentenceStart || token.headline) {
      if (this.known([token]) !== undefined || isTitleWord(token)) return false;
      return this.isCommon(token.lower);
    }
    return false;
  }

  /** An ordinary word: the lexicon says so, or the document writes it in lower case. */
  private isCommon(lower: string): boolean {
    const kind = lexiconKind(lower);
    if (kind === 'common' || kind === 'calendar') return true;
    if (kind !== undefined && kind !== 'proper') return false;
    return FUNCTION_WORDS.has(lower) || this.vocabulary.hasLowercase(lower);
  }

  private knownPhraseLength(run: Token[], at: number): number {
    for (let length = Math.min(MAX_PHRASE, run.length - at); length >= 2; length--) {
      const phrase = run.slice(at, at + length);
      if (!phrase[phrase.length - 1]!.capitalised) continue;
      if (phrase.slice(0, -1).some((t) => t.possessive)) continue;
      if (this.known(phrase) !== undefined) return length;
    }
    return 0;
  }

  /** A name the lexicons know as a whole. */
  private known(phrase: Token[]): Known | undefined {
    const written = this.spanText(phrase);
    const cached = knownCache.get(written);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookUpKnown(phrase);
    if (knownCache.size >= KNOWN_CACHE_SIZE) knownCache.clear();
    knownCache.set(written, found ?? null);
    return found;
  }

  private lookUpKnown(phrase: Token[]): Known | undefined {
    const key = placeKey(phrase.map((t) => t.text).join(' '));
    if (key === '') return undefined;
    const single = phrase.length === 1 ? phrase[0] : undefined;
    // "US" is a country but "Us" is a pronoun; "WHO" an agency but "Who" a question.
    if (single !== undefined && !single.allCaps && !single.dotted && FUNCTION_WORDS.has(key)) return undefined;
    const alias = lookupAlias(key);
    if (alias !== undefined) return { type: alias.kind, name: alias.name, key: placeKey(alias.name), country: alias.kind === 'place' };
    if (KNOWN_ORGANIZATIONS.has(key)) return { type: 'organization', name: this.spanText(phrase), key, country: false };
    if (GROUP_ADJECTIVES.has(key)) return { type: 'demonym', name: key, key, country: false };
    const place = lookupPlace(key);
    if (place !== undefined) return { type: 'place', name: place.name, key: placeKey(place.name), country: place.kind === 'country' };
    const kind = lexiconKind(key.replace(/'s$/, ''));
    // "Co.", "Inc." name an organisation only after its name.
    if (single !== undefined && (isOrganizationWord(key) || EXTRA_ORGANIZATION_SUFFIXES.has(key))) return undefined;
    if (kind === 'organization') return { type: 'organization', name: this.spanText(phrase), key, country: false };
    // "Calif." is California, but an undotted "Ont" or "Que" is more likely French than Ontario or Quebec.
    if (kind === 'place' && (single === undefined || !isLexiconAbbreviation(key) || (single.dotted && key.length > 2))) {
      return { type: 'place', name: this.spanText(phrase), key, country: false };
    }
    if (kind === 'demonym') return { type: 'demonym', name: key, key, country: false };
    if (kind === 'person' && phrase.length > 1) return { type: 'person', name: this.spanText(phrase), key, country: false };
    return undefined;
  }

  /** The mentions a segment holds: usually one, two when a title or a demonym sits between names. */
  read(segment: Token[]): MentionCandidate[] {
    if (segment.length === 0) return [];
    const known = this.known(segment);
    if (known !== undefined) {
      if (known.type === 'demonym') return [];
      return [this.candidate(segment, known.type, 'known', known)];
    }
    const last = segment[segment.length - 1]!;
    if (segment.length >= 2 && isOrganizationSuffix(last)) {
      return [this.candidate(segment, 'organization', 'structure')];
    }
    const titled = this.readTitled(segment);
    if (titled !== undefined) return titled;
    const hyphenated = this.readHyphenated(segment);
    if (hyphenated !== undefined) return hyphenated;
    const first = segment[0]!;
    if (segment.length >= 2 && this.known([first])?.type === 'demonym') return this.read(segment.slice(1));
    if (segment.length >= 2) {
      const twoWordDemonym = this.known(segment.slice(0, 2));
      if (twoWordDemonym?.type === 'demonym') return this.read(segment.slice(2));
    }
    const structured = this.readStructure(segment);
    if (structured !== undefined) return structured;
    if (segment.length === 1 && first.allCaps && !first.shouted) return this.readAcronym(first);
    const person = this.readPerson(segment);
    if (person !== undefined) return person;
    const prefixed = this.readKnownPrefix(segment);
    if (prefixed !== undefined) return prefixed;
    if (segment.every((t) => this.isCommon(t.lower) && !t.allCaps)) return [];
    return [this.candidate(segment, null, 'none')];
  }

  // "Russian President Vladimir Putin": the title and what precedes it are not part of the name.
  private readTitled(segment: Token[]): MentionCandidate[] | undefined {
    const protectedUntil = this.knownPhraseLength(segment, 0);
    for (let p = protectedUntil; p < segment.length; p++) {
      const titleEnd = titleRunEnd(segment, p);
      if (titleEnd < 0) continue;
      const before = p > 0 ? this.read(segment.slice(0, p)) : [];
      // "Stephen King": a title word after a personal name is the name's end, not a title.
      if (before.some((c) => c.type === 'person' || c.type === null)) return undefined;
      const name = segment.slice(titleEnd);
      if (name.length === 0) return before;
      const strong = segment.slice(p, titleEnd).some((t) => STRONG_TITLES.has(bare(t)));
      if (!this.looksPersonal(name, strong)) return undefined;
      return [...before, this.candidate(name, 'person', 'title')];
    }
    const wordBefore = this.wordBefore(segment[0]!);
    if (wordBefore !== undefined && TITLE_HEADS.has(wordBefore) && this.looksPersonal(segment, STRONG_TITLES.has(wordBefore))) {
      return [this.candidate(segment, 'person', 'title')];
    }
    return undefined;
  }

  // "Russia-Ukraine war", "Trump-Putin summit": two names joined by a hyphen are two mentions.
  private readHyphenated(segment: Token[]): MentionCandidate[] | undefined {
    if (segment.length < 2 || segment.slice(1).some((t) => t.gap !== 'hyphen')) return undefined;
    const separable = segment.some((t) => {
      const known = this.known([t]);
      return (known !== undefined && known.type !== 'demonym') || lexiconKind(t.lower) === 'last-name';
    });
    if (!separable) return undefined;
    return segment.flatMap((t) => this.read([t]));
  }

  // "Bank of England", "Gulf of Mexico", "Mount Everest", "Kings County".
  private readStructure(segment: Token[]): MentionCandidate[] | undefined {
    const connectorAt = segment.findIndex((t, i) => i > 0 && !t.capitalised && CONNECTORS.has(t.lower));
    if (connectorAt > 0) {
      const head = bare(segment[connectorAt - 1]!);
      if (ORGANIZATION_HEADS.has(head)) return [this.candidate(segment, 'organization', 'structure')];
      if (PLACE_HEADS.has(head)) return [this.candidate(segment, 'place', 'structure')];
    }
    if (segment.length < 2) return undefined;
    const last = segment[segment.length - 1]!;
    if (isPlaceWord(last.lower) && !WEAK_PLACE_SUFFIXES.has(last.lower) && !last.allCaps) {
      return [this.candidate(segment, 'place', 'structure')];
    }
    const first = bare(segment[0]!);
    if (PLACE_PREFIXES.has(first)) {
      const rest = segment.slice(1);
      const restKnown = this.known(rest);
      if (restKnown?.type === 'place') return [this.candidate(segment, 'place', 'structure')];
      const directional = ['north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'new', 'central'].includes(first);
      if (!directional && rest.every((t) => t.capitalised && !this.isCommon(t.lower))) {
        return [this.candidate(segment, 'place', 'structure')];
      }
    }
    return undefined;
  }

  private readAcronym(token: Token): MentionCandidate[] {
    const key = placeKey(token.text);
    if (NON_ENTITY_ACRONYMS.has(key) || ROMAN_NUMERAL.test(token.text) || key.length > 6) return [];
    if (!/\p{L}.*\p{L}|\p{L}\p{N}/u.test(token.text)) return [];
    if (this.isCommon(key) && lexiconKind(key) !== undefined) return [];
    if (this.abbreviatesCommonWords(token)) return [];
    return [this.candidate([token], 'organization', 'shape', undefined, true)];
  }

  // "personally identifiable information (PII)" defines an abbreviation, not a name.
  private abbreviatesCommonWords(token: Token): boolean {
    if (this.text.charAt(token.start - 1) !== '(') return false;
    const letters = token.text.replace(/[^\p{Lu}]/gu, '');
    const before = this.tokens.slice(Math.max(0, token.index - letters.length - 2), token.index).filter((t) => !['of', 'and', 'the', 'for'].includes(t.lower));
    const words = before.slice(-letters.length);
    if (words.length < letters.length || words.some((t) => t.capitalised)) return false;
    return words.map((t) => t.lower.charAt(0)).join('') === letters.toLowerCase();
  }

  // "Vladimir Putin", "Putin", "Volodymyr Zelensky", "Zelensky said".
  private readPerson(segment: Token[]): MentionCandidate[] | undefined {
    if (!segment.every(isNameShaped)) return undefined;
    const words = segment.filter((t) => !NAME_PARTICLES.has(t.lower) && !INITIAL.test(t.text));
    const kinds = words.map((t) => this.personalKind(t));
    const surnameIndex = lastIndexWhere(words, (t) => !NAME_SUFFIXES.has(bare(t)));
    const firstKind = kinds[0];
    const surnameKind = kinds[surnameIndex];
    if (kinds.includes('other')) return undefined;
    // "Tim Cook", "Theresa May": a known first name vouches for a surname that is also a word.
    if (words.length >= 2 && (firstKind === 'first-name' || firstKind === 'person')) {
      return [this.candidate(segment, 'person', 'lexicon')];
    }
    if (kinds.includes('common')) return undefined;
    if (words.length >= 2) {
      if (firstKind === 'first-name' || firstKind === 'person' || surnameKind === 'last-name' || surnameKind === 'person') {
        return [this.candidate(segment, 'person', 'lexicon')];
      }
      const spaced = segment.filter((t) => t.gap === 'space').length >= 1;
      if (words.length <= 4 && spaced && !segment.some((t) => t.headline)) return [this.candidate(segment, 'person', 'shape')];
      return undefined;
    }
    const only = segment[0]!;
    if (firstKind === 'last-name' || firstKind === 'person' || firstKind === 'first-name') {
      return [this.candidate(segment, 'person', 'lexicon')];
    }
    if (this.introducesPerson(only)) return [this.candidate(segment, 'person', 'shape')];
    return undefined;
  }

  // "Alaska Summit": a known place or organisation named before an occasion is a mention of it.
  private readKnownPrefix(segment: Token[]): MentionCandidate[] | undefined {
    for (let length = Math.min(MAX_PHRASE, segment.length - 1); length >= 1; length--) {
      const prefix = segment.slice(0, length);
      const known = this.known(prefix);
      if (known === undefined || known.type === 'demonym' || known.type === 'person') continue;
      const tail = segment.slice(length);
      if (tail.every((t) => OCCASION_WORDS.has(t.lower) || (this.isCommon(t.lower) && !t.allCaps))) {
        return [this.candidate(prefix, known.type, 'known', known)];
      }
      return undefined;
    }
    return undefined;
  }

  private personalKind(token: Token): 'first-name' | 'last-name' | 'person' | 'common' | 'other' | 'unknown' | 'suffix' {
    const key = bare(token);
    if (NAME_SUFFIXES.has(key)) return 'suffix';
    const kind: LexiconKind | undefined = lexiconKind(key);
    if (kind === 'first-name' || kind === 'last-name' || kind === 'person') return kind;
    if (this.known([token]) !== undefined || GROUP_ADJECTIVES.has(key)) return 'other';
    if (kind === 'honorific' || kind === 'calendar') return 'other';
    if (this.isCommon(key) || isOrganizationWord(key) || isPlaceWord(key)) return 'common';
    return 'unknown';
  }

  private looksPersonal(name: Token[], strongTitle: boolean): boolean {
    if (!name.every(isNameShaped) || !name[0]!.capitalised) return false;
    if (name.length === 1 && name[0]!.allCaps) return false;
    const known = this.known(name);
    if (known !== undefined && known.type !== 'person') return false;
    if (strongTitle) return true;
    return name.every((t) => {
      const kind = this.personalKind(t);
      return kind !== 'common' && kind !== 'other';
    });
  }

  // "Mnangagwa, who…": organisations take "which". ("X said" is no evidence: organisations say things too.)
  private introducesPerson(token: Token): boolean {
    const next = this.tokens[token.index + 1];
    if (next === undefined || token.possessive) return false;
    return next.lower === 'who' && /^,\s+$/.test(this.text.slice(token.end, next.start));
  }

  private wordBefore(token: Token): string | undefined {
    const index = token.index;
    const previous = this.tokens[index - 1];
    if (previous === undefined || token.gap !== 'space' || token.sentenceStart) return undefined;
    return bare(previous);
  }

  private spanText(tokens: Token[]): string {
    return this.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  }

  private candidate(
    tokens: Token[],
    type: EntityType | null,
    evidence: MentionCandidate['evidence'],
    known?: Known,
    acronym = false,
  ): MentionCandidate {
    const first = tokens[0]!;
    const text = this.spanText(tokens);
    const index = first.index;
    const previous = index > 0 ? this.tokens[index - 1] : undefined;
    return {
      start: first.start,
      end: tokens[tokens.length - 1]!.end,
      text,
      type,
      words: tokens.filter((t) => t.capitalised || NAME_PARTICLES.has(t.lower)).map((t) => t.text),
      key: known?.key ?? placeKey(text.replace(/^the\s+/i, '')),
      name: known?.name ?? text,
      evidence,
      ambiguous: first.sentenceStart || first.headline,
      acronym,
      country: known?.country ?? false,
      wordBefore: previous?.lower ?? '',
    };
  }
}

function bare(token: Token): string {
  return withoutFinalDot(token.lower);
}

function isTitleWord(token: Token): boolean {
  const key = bare(token);
  return TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key);
}

// End of the title that starts at p ("Prime Minister", "Secretary of State"), or -1 when none does.
function titleRunEnd(segment: Token[], p: number): number {
  let q = p;
  let hasHead = false;
  let afterOf = false;
  while (q < segment.length) {
    const token = segment[q]!;
    const key = bare(token);
    if (token.capitalised && TITLE_HEADS.has(key)) hasHead = true;
    else if (token.capitalised && TITLE_MODIFIERS.has(key)) {
      // A modifier only counts when it leads to a head: "Foreign Minister", not "Foreign Affairs".
    } else if (key === 'of' && hasHead && TITLE_SUBJECTS.has(segment[q + 1]?.lower ?? '')) afterOf = true;
    else if (afterOf && TITLE_SUBJECTS.has(key)) {
      // "Secretary of State", "Minister of Foreign Affairs"
    } else break;
    q++;
  }
  if (!hasHead) return -1;
  // Trailing modifiers belong to the name side only if they are not title words: back off to the last head or subject.
  while (q > p && !TITLE_HEADS.has(bare(segment[q - 1]!)) && !(afterOf && TITLE_SUBJECTS.has(bare(segment[q - 1]!)))) q--;
  return q;
}

function isOrganizationSuffix(token: Token): boolean {
  const key = bare(token);
  if (token.allCaps && key.length > 2) return false;
  return isOrganizationWord(key) || EXTRA_ORGANIZATION_SUFFIXES.has(key);
}

function isNameShaped(token: Token): boolean {
  if (NAME_PARTICLES.has(token.lower) && !token.capitalised) return true;
  if (!token.capitalised) return false;
  if (INITIAL.test(token.text)) return true;
  return !/\p{N}/u.test(token.text) && !token.allCaps;
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return items.length - 1;
}
