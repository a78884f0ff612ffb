// Decides each quotation's kind and speaker from the reporting prose around it. Patterns, in order:
// a cue after the quotation (`“…,” Putin said` / `“…,” said Putin` / `according to X`), a speech or
// holder verb before it in its sentence (`Putin said: “…”`, `Putin described Ukraine as a “…”`),
// a colon construction (`Putin: “…”`), then continuation of the previous quotation's speaker.
// Every pattern demands a subject-shaped phrase; when unsure the speaker is null.

import type { Entity, QuoteKind, Span, Speaker } from './types';
import type { RawQuotation } from './quotations';
import type { Paragraph } from './paragraphs';
import { splitSentences, sentenceAt } from './sentences';
import { isCapitalised, tokenize, type Token, type QuoteRegion } from './tokens';
import { nounPhraseEndingAt, nounPhraseStartingAt, type EntityMention, type MentionIndex, type NounPhrase } from './noun-phrases';
import { Coreference } from './coreference';
import { INVERTED_SPEECH_VERBS, isFiniteForm, lookUpVerb } from './speech-verbs';
import { ADVERBS, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_ROLES, IRREGULAR_PAST, ORGANISATION_ROLES, PERSON_ROLES, PREPOSITIONS, SUBJECT_PRONOUNS } from './attribution-words';
import { decideKind } from './quote-kind';

export interface Attribution {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Span | null;
}

/** How a speaker was found: a quotation's own cue beats one inherited from a neighbour. */
type Via = 'trailing' | 'preceding' | 'colon' | 'inherited' | 'none';

interface Working extends Attribution {
  via: Via;
  /** A comma or colon ties the quotation to its cue (`Putin said: “…”`, `“…,” he said`). */
  setOffByCue: boolean;
  /** The quotation is its sentence's first token. */
  opensSentence: boolean;
  sentence: number;
  /** `that “a-ha!” moment`: the quotation sits between a determiner and a noun, as a modifier. */
  modifiesNoun?: boolean;
}

/** Longest stretch of a sentence read for cues; keeps every quotation's work bounded. */
const MAX_SENTENCE_CHARS = 3000;
const MAX_CUE_DISTANCE = 40;

/**
 * Attributes each quotation (as found by findQuotations, in order) using the recognised entities.
 * Returns one attribution per quotation, in the same order.
 */
export function attributeQuotations(
  text: string,
  quotations: readonly RawQuotation[],
  entities: readonly Entity[],
  paragraphs: readonly Paragraph[],
): Attribution[] {
  const regions: QuoteRegion[] = quotations.map((q) => ({ start: q.openMark, end: q.closeMarkEnd }));
  const sentences = splitSentences(text, paragraphs, regions);
  const mentions = collectMentions(text, entities, regions);
  const byEnd = new Map<number, EntityMention>();
  const byStart = new Map<number, EntityMention>();
  for (const m of mentions) {
    byEnd.set(m.end, m);
    byStart.set(m.start, m);
  }
  const index: MentionIndex = { endingAt: (pos) => byEnd.get(pos), startingAt: (pos) => byStart.get(pos) };
  const tokenCache = new Map<number, Token[]>();
  const tokensOf = (s: number): Token[] => {
    let tokens = tokenCache.get(s);
    if (!tokens) {
      const sentence = sentences[s]!;
      const from = Math.max(sentence.start, sentence.end - MAX_SENTENCE_CHARS);
      tokens = tokenize(text, from, sentence.end, regions, firstRegionEndingAfter(regions, from));
      tokenCache.set(s, tokens);
    }
    return tokens;
  };
  const mentionsBySentence = new Map<number, EntityMention[]>();
  const mentionsIn = (s: number): EntityMention[] => {
    let list = mentionsBySentence.get(s);
    if (!list) {
      const sentence = sentences[s]!;
      list = [];
      for (let i = firstMentionFrom(mentions, sentence.start); i < mentions.length && mentions[i]!.start < sentence.end; i++) list.push(mentions[i]!);
      mentionsBySentence.set(s, list);
    }
    return list;
  };
  const byEntity = new Map<Entity, EntityMention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entity) ?? [];
    list.push(m);
    byEntity.set(m.entity, list);
  }
  const coreference = new Coreference({
    text,
    tokensOf,
    mentionsIn,
    mentionsOf: (e) => byEntity.get(e) ?? [],
    entities,
  });
  const toSpeaker = (np: NounPhrase, sentence: number): Speaker | null => speakerOf(text, np, sentence, entities, coreference);

  const results: Working[] = [];
  for (let qi = 0; qi < quotations.length; qi++) {
    const q = quotations[qi]!;
    const s = sentenceAt(sentences, q.openMark);
    const working: Working = { kind: 'term', speaker: null, cue: null, via: 'none', setOffByCue: false, opensSentence: false, sentence: s };
    results.push(working);
    if (s < 0) continue;
    const tokens = tokensOf(s);
    const qt = tokens.findIndex((t) => t.type === 'quote' && t.quote === qi);
    if (qt < 0) continue;
    working.opensSentence = qt === 0;
    working.modifiesNoun = modifiesNoun(tokens, qt);
    const found =
      trailingCue(tokens, qt, index, q.text) ??
      precedingCue(tokens, qt, index) ??
      colonConstruction(tokens, qt, index) ??
      clauseBeforeColon(tokens, qt, index) ??
      sentenceFinalCue(tokens, qt, index);
    if (found) {
      working.speaker = toSpeaker(found.np, s);
      working.cue = found.cue ? spanOf(text, found.cue.start, found.cue.end) : null;
      working.via = found.via;
      working.setOffByCue = found.setOff;
    } else if (working.opensSentence) {
      inherit(working, qi);
    } else {
      // `Abbas “has put aside efforts …”`: a quoted predicate. Right after someone's quotation in the
      // same paragraph it goes on with their words (about Abbas); otherwise its subject holds it.
      const predicate = quotedPredicate(tokens, qt, index, q.text);
      if (predicate) {
        const prev = quotations[qi - 1];
        const prevResult = results[qi - 1];
        if (prev && prevResult?.speaker && prev.paragraph === q.paragraph && prevResult.sentence >= s - 1) {
          working.speaker = prevResult.speaker;
          working.via = 'inherited';
        } else {
          working.speaker = toSpeaker(predicate.np, s);
          working.via = predicate.via;
        }
      }
    }
  }

  function inherit(working: Working, qi: number): void {
    const q = quotations[qi]!;
    const s = working.sentence;
    const prev = quotations[qi - 1];
    const prevResult = results[qi - 1];
    const startsParagraph = sentences[s]!.start === paragraphs[q.paragraph]!.start;
    // Dialogue: paragraphs of quotation alternating between two speakers; a turn with no cue is the
    // other speaker's.
    if (startsParagraph && prev && prevResult?.speaker && prev.paragraph === q.paragraph - 1) {
      const other = dialogueTurn(qi);
      if (other) {
        working.speaker = other;
        working.cue = null;
        working.via = 'inherited';
        return;
      }
    }
    // `“…,” Putin said. “…”` and a paragraph of quotation right after `…,” Putin cautioned.` (or after
    // `…, she said the service had been “pushed to the brink”.`)
    if (prev && prevResult?.speaker && prevResult.via !== 'none') {
      const sameParagraphNext = prev.paragraph === q.paragraph && prevResult.sentence >= s - 1;
      const spoken = prevResult.setOffByCue || (prevResult.cue !== null && lookUpVerb(prevResult.cue.text.toLowerCase())?.speech === true);
      const nextParagraph = startsParagraph && prev.paragraph === q.paragraph - 1 && prevResult.sentence === s - 1 && spoken;
      if (sameParagraphNext || nextParagraph) {
        working.speaker = prevResult.speaker;
        working.cue = null;
        working.via = 'inherited';
        return;
      }
    }
    // `Putin told reporters on Friday:` / `Putin said the talks went well.` then the quotation.
    if (s === 0) return;
    const previous = sentences[s - 1]!;
    if (previous.paragraph !== q.paragraph && !(startsParagraph && previous.paragraph === q.paragraph - 1)) return;
    const tokens = tokensOf(s - 1);
    if (tokens.some((t) => t.type === 'quote')) return;
    const found = clauseInitialSpeech(tokens, index) ?? reactionBefore(tokens, previous.paragraph === q.paragraph);
    if (!found) return;
    const endsWithColon = tokens[tokens.length - 1]?.text === ':';
    if (previous.paragraph !== q.paragraph && !endsWithColon) return;
    working.speaker = toSpeaker(found.np, s - 1);
    working.cue = null;
    working.via = 'inherited';
    working.setOffByCue = endsWithColon;
  }

  /**
   * `Ten Hag shrugged. “He is entitled to his opinion.”`: a short sentence whose subject is someone, right
   * before a cue-less quotation in the same paragraph, introduces it.
   */
  function reactionBefore(tokens: readonly Token[], sameParagraph: boolean): { np: NounPhrase } | null {
    if (!sameParagraph || tokens.length > MAX_REACTION_TOKENS) return null;
    const np = mainClauseSubject(tokens, tokens.length, index) ?? presentTenseSubject(tokens, index);
    if (!np || (np.first > 3 && tokens[np.first - 1]?.text !== ',')) return null;
    return isSomeone(np) ? { np } : null;
  }

  /**
   * The speaker of a cue-less paragraph of quotation in a dialogue: the previous two paragraphs open
   * with quotations by two different speakers, and this one is nothing but a quotation.
   */
  function dialogueTurn(qi: number): Speaker | null {
    const q = quotations[qi]!;
    const para = paragraphs[q.paragraph]!;
    if (!q.closed || q.openMark !== para.start || q.closeMarkEnd < para.end - 1) return null;
    const turnOf = (p: number): Working | null => {
      let found: Working | null = null;
      for (let i = qi - 1; i >= 0 && quotations[i]!.paragraph >= p; i--) {
        if (quotations[i]!.paragraph === p && quotations[i]!.openMark === paragraphs[p]!.start) found = results[i]!;
      }
      return found;
    };
    const last = turnOf(q.paragraph - 1);
    const before = turnOf(q.paragraph - 2);
    if (!last?.speaker || !before?.speaker) return null;
    const same = (a: Speaker, b: Speaker): boolean => (a.entity !== null && a.entity === b.entity) || a.name === b.name;
    return same(last.speaker, before.speaker) ? null : before.speaker;
  }

  answersOfOneInterviewee();

  /**
   * A Q&A: paragraphs that open with a quotation right after a short paragraph asking a question are one
   * interviewee's answers. Where the answers with a speaker all have the same one, the others are theirs too.
   */
  function answersOfOneInterviewee(): void {
    const answers: number[] = [];
    for (let qi = 0; qi < quotations.length; qi++) {
      const q = quotations[qi]!;
      const asked = paragraphs[q.paragraph - 1];
      if (!asked || q.openMark !== paragraphs[q.paragraph]!.start) continue;
      const question = text.slice(asked.start, asked.end).trim();
      if (!question.endsWith('?') || question.length > MAX_QUESTION_CHARS) continue;
      if (qi > 0 && quotations[qi - 1]!.paragraph === q.paragraph - 1) continue;
      answers.push(qi);
    }
    const spoken = answers.filter((qi) => results[qi]!.speaker !== null);
    if (spoken.length === 0) return;
    const speaker = results[spoken[0]!]!.speaker!;
    const same = (other: Speaker): boolean => (speaker.entity !== null && other.entity === speaker.entity) || other.name === speaker.name;
    if (!spoken.every((qi) => same(results[qi]!.speaker!))) return;
    for (const qi of answers) {
      const w = results[qi]!;
      if (w.speaker || w.modifiesNoun) continue;
      w.speaker = speaker;
      w.cue = null;
      w.via = 'inherited';
    }
  }

  // Kinds, then the halves of one quotation agree on speaker and kind.
  for (let qi = 0; qi < quotations.length; qi++) {
    const q = quotations[qi]!;
    const w = results[qi]!;
    const continuation = q.group !== null && q.group !== qi;
    w.kind = w.modifiesNoun && wordCount(q.text) <= 4 ? 'term' : decideKind(q.text, {
      hasSpeaker: w.speaker !== null,
      setOffByCue: w.setOffByCue || continuation,
      opensSentence: w.opensSentence,
      endsSentence: endsItsSentence(tokensOf, w.sentence, qi),
      afterColon: followsColon(tokensOf, w.sentence, qi),
    });
  }
  unifyGroups(quotations, results);
  return results.map((w) => (w.kind === 'term' ? { kind: w.kind, speaker: null, cue: null } : { kind: w.kind, speaker: w.speaker, cue: w.cue }));
}

interface FoundCue {
  np: NounPhrase;
  cue: { start: number; end: number } | null;
  via: Via;
  setOff: boolean;
}

/** `“…,” Putin said`, `“…,” said Putin`, `“…,” according to the ministry`. */
function trailingCue(tokens: readonly Token[], qt: number, index: MentionIndex, quote: string): FoundCue | null {
  let j = qt + 1;
  while (j < tokens.length && j <= qt + 2 && tokens[j]!.type === 'punct' && ',—–-…'.includes(tokens[j]!.text)) j++;
  const first = tokens[j];
  if (!first || first.type !== 'word') return null;
  // `“…,” said X` and `“…?” X asked` hand over with punctuation; `“The Oatmeal” wrote a comic` does not.
  if (j === qt + 1 && !/[,.!?…—–:;-]\s*$/.test(quote)) return null;
  if (INVERTED_SPEECH_VERBS.has(first.lower)) {
    const np = nounPhraseStartingAt(tokens, j + 1, index, true);
    if (np) return { np: namedInApposition(tokens, np, index) ?? np, cue: first, via: 'trailing', setOff: true };
  }
  if (first.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    const np = nounPhraseStartingAt(tokens, j + 2, index, true);
    if (np) return { np, cue: { start: first.start, end: tokens[j + 1]!.end }, via: 'trailing', setOff: true };
  }
  for (let v = j + 1; v < tokens.length && v <= j + 14; v++) {
    const t = tokens[v]!;
    if (t.type === 'quote') break;
    if (t.text === '(') {
      // `Sen. Chuck Schumer (D-N.Y.) said`: an aside between the name and its verb.
      const close = closingParenthesis(tokens, v);
      if (close < 0) break;
      v = close;
      continue;
    }
    if (t.type === 'punct' && t.text !== ',') break;
    const verb = t.type === 'word' ? lookUpVerb(t.lower) : undefined;
    if (!verb || !verb.speech || !isFiniteForm(verb)) continue;
    const np = subjectOf(tokens, v, index, true);
    if (np && np.first >= j && isPremodifier(tokens, j, np.first)) return { np, cue: t, via: 'trailing', setOff: true };
    break;
  }
  return null;
}

/** `“…,” said its director, Nick Ephgrave.`: a description's name in apposition right after it. */
function namedInApposition(tokens: readonly Token[], np: NounPhrase, index: MentionIndex): NounPhrase | null {
  if (np.kind !== 'description') return null;
  for (let i = np.first + 1; i <= np.last; i++) if (tokens[i]!.lower === 'for' || DETERMINERS.has(tokens[i]!.lower)) return null;
  // Past what the description's prepositional phrase adds: `said Ofcom's director of standards, Adam Baxter`.
  // (Not past one that names someone else: `a spokesman for the prime minister, Keir Starmer`, `the sister of
  // the late singer, Amy Winehouse` give the name of the one the phrase is about.)
  let comma = np.last + 1;
  while (comma < tokens.length && comma <= np.last + 5 && tokens[comma]!.type === 'word' && !isCapitalised(tokens[comma]!)) {
    if (tokens[comma]!.lower === 'for' || DETERMINERS.has(tokens[comma]!.lower)) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return null;
  const named = nounPhraseStartingAt(tokens, comma + 1, index, false);
  return named !== null && named.kind !== 'pronoun' && isSomeone(named) ? named : null;
}

/** What is issued, posted or sent `saying` something. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'letter', 'message', 'post', 'tweet', 'email', 'note', 'release', 'video', 'memo']);

/** Short asides in parentheses: a party and state, an age, an affiliation. */
const MAX_ASIDE = 8;

/** The index of the `)` closing the `(` at `open`, within a short aside, or -1. */
function closingParenthesis(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + MAX_ASIDE; i++) {
    if (tokens[i]!.text === ')') return i;
    if (tokens[i]!.text === '(' || tokens[i]!.type === 'quote') return -1;
  }
  return -1;
}

/** `White House press secretary Josh Earnest said`: only descriptive words before the name. */
function isPremodifier(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return false;
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'of') return false;
    const verb = lookUpVerb(t.lower);
    if (verb && isFiniteForm(verb)) return false;
  }
  return true;
}

/**
 * `“…” to hold up on their plans, Indyk said.`: a sentence that ends with `, X said.` (or `, said X.`)
 * attributes its quotations to X.
 */
function sentenceFinalCue(tokens: readonly Token[], qt: number, index: MentionIndex): FoundCue | null {
  let end = tokens.length - 1;
  while (end > qt && tokens[end]!.type === 'punct' && '.!?…'.includes(tokens[end]!.text)) end--;
  const last = tokens[end];
  if (!last || end <= qt + 1 || last.type !== 'word') return null;
  const verb = lookUpVerb(last.lower);
  if (verb && verb.speech && isFiniteForm(verb)) {
    const np = subjectOf(tokens, end, index, true);
    if (np && np.first > qt + 1 && tokens[np.first - 1]?.text === ',') return { np, cue: last, via: 'trailing', setOff: false };
    return null;
  }
  // `, said X.`
  for (let v = end - 1; v > qt + 1 && v >= end - 6; v--) {
    const t = tokens[v]!;
    if (INVERTED_SPEECH_VERBS.has(t.lower) && tokens[v - 1]?.text === ',') {
      const np = nounPhraseStartingAt(tokens, v + 1, index, true);
      if (np && np.last >= end - 1) return { np, cue: t, via: 'trailing', setOff: false };
      return null;
    }
  }
  return null;
}

/** `Palestinian Authority President Mahmoud Abbas “has put aside efforts …”`: a quoted predicate. */
function quotedPredicate(tokens: readonly Token[], qt: number, index: MentionIndex, quote: string): FoundCue | null {
  if (qt < 1 || !/^\p{Ll}/u.test(quote)) return null;
  const np = nounPhraseEndingAt(tokens, qt - 1, index, false);
  // Only a recognised person or organisation: a capitalised word before a quotation is too often a heading.
  if (!np || np.kind !== 'entity' || !opensClause(tokens, np.first)) return null;
  if (np.entity?.type !== 'person' && np.entity?.type !== 'organization') return null;
  return { np, cue: null, via: 'preceding', setOff: false };
}

/** A speech or holder verb earlier in the sentence whose subject is a speaker-shaped phrase. */
function precedingCue(tokens: readonly Token[], qt: number, index: MentionIndex): FoundCue | null {
  for (let v = qt - 1; v >= 0 && v >= qt - MAX_CUE_DISTANCE; v--) {
    const t = tokens[v]!;
    if (t.type === 'punct' && (t.text === ';' || t.text === '(' || t.text === ')')) break;
    if (t.type !== 'word') continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const np = nounPhraseStartingAt(tokens, v + 2, index, true);
      if (np) return { np, cue: { start: t.start, end: tokens[v + 1]!.end }, via: 'preceding', setOff: false };
      continue;
    }
    // `In Dr. Shadlen’s words, “…”`, `in his words`.
    if (t.lower === 'words' && v >= 2 && tokens[v + 1]?.text === ',') {
      const owner = tokens[v - 1]!;
      if (owner.lower === 'his' || owner.lower === 'her') {
        if (tokens[v - 2]?.lower === 'in') return { np: { first: v - 1, last: v - 1, mention: { start: owner.start, end: owner.end }, kind: 'pronoun', entity: null, head: owner.lower === 'his' ? 'he' : 'she', determiner: '' }, cue: t, via: 'preceding', setOff: true };
      } else if (/^['’]s$/.test(owner.lower)) {
        const np = nounPhraseEndingAt(tokens, v - 2, index, false);
        if (np && (np.kind === 'entity' || np.kind === 'name') && tokens[np.first - 1]?.lower === 'in') return { np, cue: t, via: 'preceding', setOff: true };
      }
      continue;
    }
    const verb = lookUpVerb(t.lower);
    // `Ruiz pivoted to crime, saying residents felt “abandoned”`: the main clause's subject speaks.
    if (verb && verb.form === 'ing' && tokens[v - 1]?.text === ',') {
      const np = mainClauseSubject(tokens, v - 1, index);
      if (np) return { np, cue: t, via: 'preceding', setOff: false };
      continue;
    }
    // `Her office issued a statement saying the talks were “productive”`: who issued it speaks.
    if (verb && verb.speech && verb.form === 'ing' && STATEMENT_NOUNS.has(tokens[v - 1]?.lower ?? '')) {
      const np = mainClauseSubject(tokens, v - 1, index);
      if (np) return { np, cue: t, via: 'preceding', setOff: false };
      continue;
    }
    if (!verb || !isFiniteForm(verb)) continue;
    const found = subjectOf(tokens, v, index, verb.speech);
    if (!found || !opensClause(tokens, found.first)) continue;
    const reporter = isPersonal(found) || CHARACTERISING_VERBS.has(verb.lemma) ? null : reporterOf(tokens, found.first, index);
    if (reporter) return { np: reporter.np, cue: reporter.verb, via: 'preceding', setOff: false };
    const between = tokens.slice(v + 1, qt);
    const last = between[between.length - 1];
    const setOff = verb.speech && (between.length === 0 || (last !== undefined && (last.text === ':' || last.text === ',') && between.length <= 6));
    return { np: found, cue: t, via: 'preceding', setOff };
  }
  return null;
}

// `Szijjarto said Budapest had only agreed “after long discussions”`, `A spokesperson said the United States
// welcomed “close coordination”`: when the quotation's verb has a place or a body for its subject and its clause
// is what a person said, the words are that person's.
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);
// But a body that names or judges something in quotation marks said it itself: `Zelensky said the Kremlin had
// called the talks “a provocation”`.
const CHARACTERISING_VERBS = new Set(['call', 'describe', 'brand', 'dub', 'label', 'term', 'hail', 'denounce', 'condemn', 'criticise', 'criticize', 'accuse', 'decry']);

function isPersonal(np: NounPhrase): boolean {
  if (np.kind === 'pronoun') return np.head === 'he' || np.head === 'she' || np.head === 'i' || np.head === 'we';
  if (np.kind === 'entity') return np.entity?.type === 'person';
  if (np.kind === 'description') return PERSON_ROLES.has(np.head);
  return true;
}

/** The person whose reporting verb ("said", optionally "said that") opens the clause starting at `first`. */
function reporterOf(tokens: readonly Token[], first: number, index: MentionIndex): { np: NounPhrase; verb: Token } | null {
  let v = first - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (v < 0 || !REPORTING_VERBS.has(tokens[v]!.lower)) return null;
  const np = subjectOf(tokens, v, index, true);
  return np && isPersonal(np) && opensClause(tokens, np.first) ? { np, verb: tokens[v]! } : null;
}

/** `Putin: “…”` at the start of a sentence. */
function colonConstruction(tokens: readonly Token[], qt: number, index: MentionIndex): FoundCue | null {
  if (qt < 2 || tokens[qt - 1]!.text !== ':') return null;
  const np = nounPhraseEndingAt(tokens, qt - 2, index, false);
  // A recognised entity, or a name of two words or more: `Example: “…”` is not a speaker.
  if (!np) return bareRoleBeforeColon(tokens, qt);
  if (np.first !== 0) return null;
  const nameWords = tokens.filter((t) => t.start >= np.mention.start && t.end <= np.mention.end).length;
  if (np.kind !== 'entity' && !(np.kind === 'name' && nameWords >= 2)) return null;
  return { np, cue: null, via: 'colon', setOff: true };
}

/**
 * `Asked whether it could succeed, Smith was cautious: “Juries are unpredictable.”`: a clause that ends in a
 * colon before the quotation introduces it, and its subject speaks, when that is a person or organisation
 * named or a pronoun for one (a description here is too often a document or a sign).
 */
function clauseBeforeColon(tokens: readonly Token[], qt: number, index: MentionIndex): FoundCue | null {
  if (qt < 3 || tokens[qt - 1]!.text !== ':') return null;
  // The last clause before the colon: its finite verb nearest the colon, and that verb's subject.
  let np: NounPhrase | null = null;
  for (let v = qt - 2; v >= 1 && v >= qt - 14 && np === null; v--) {
    const t = tokens[v]!;
    if (t.type !== 'word') {
      if (t.text !== ',') return null;
      continue;
    }
    if (!looksFinite(t)) continue;
    np = subjectOf(tokens, v, index, false);
    if (np && !opensClause(tokens, np.first)) return null;
  }
  if (!np) return null;
  return isSomeone(np) ? { np, cue: null, via: 'colon', setOff: true } : null;
}

/** A person or organisation named, or a pronoun for one: a description may be a document or a sign. */
function isSomeone(np: NounPhrase): boolean {
  return (np.kind === 'entity' && (np.entity?.type === 'person' || np.entity?.type === 'organization')) ||
    np.kind === 'name' ||
    (np.kind === 'pronoun' && NOMINATIVE_PRONOUNS.has(np.head));
}

/** An interviewer's question is a short paragraph of its own. */
const MAX_QUESTION_CHARS = 300;

/** A sentence short enough to be a reaction (`Ten Hag shrugged.`, `Foden was modest.`). */
const MAX_REACTION_TOKENS = 14;

/** `Finance minister: “We will not raise VAT”`: a headline's bare role noun before a colon. */
function bareRoleBeforeColon(tokens: readonly Token[], qt: number): FoundCue | null {
  const last = qt - 2;
  if (last < 0 || last > 3 || !PERSON_ROLES.has(tokens[last]!.lower)) return null;
  for (let i = 0; i < last; i++) if (tokens[i]!.type !== 'word' || !isPremodifier(tokens, i, i + 1)) return null;
  const np: NounPhrase = { first: 0, last, mention: { start: tokens[0]!.start, end: tokens[last]!.end }, kind: 'description', entity: null, head: tokens[last]!.lower, determiner: '' };
  return { np, cue: null, via: 'colon', setOff: true };
}

/** The subject of a sentence's main clause, before `upTo`: the first finite verb's subject at the start. */
function mainClauseSubject(tokens: readonly Token[], upTo: number, index: MentionIndex): NounPhrase | null {
  for (let v = 1; v < upTo && v <= 30; v++) {
    const t = tokens[v]!;
    if (t.type !== 'word' || !looksFinite(t)) continue;
    const np = subjectOf(tokens, v, index, true);
    if (np && opensClause(tokens, np.first)) return np;
  }
  return null;
}

/**
 * `Park laughs.`, `Smith shakes his head.`: the subject of a sentence in the present tense, as interviews and
 * profiles are written, where the verb is the first lower-case word and ends in -s (not -ss).
 */
function presentTenseSubject(tokens: readonly Token[], index: MentionIndex): NounPhrase | null {
  const v = tokens.findIndex((t, i) => i > 0 && t.type === 'word' && /^\p{Ll}/u.test(t.text));
  const verb = tokens[v];
  if (!verb || v > 4 || !/^\p{Ll}+s$/u.test(verb.text) || verb.lower.endsWith('ss')) return null;
  const np = subjectOf(tokens, v, index, true);
  return np && opensClause(tokens, np.first) ? np : null;
}

/** A lower-case word that looks like a finite verb: a listed one, an auxiliary, an irregular or -ed past. */
function looksFinite(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text)) return false;
  const verb = lookUpVerb(t.lower);
  if (verb) return isFiniteForm(verb);
  return AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || (/[a-z]ed$/.test(t.lower) && t.lower.length > 4);
}

/** `that “a-ha!” moment`, `a “direction discrimination” task`: between a determiner and a noun. */
function modifiesNoun(tokens: readonly Token[], qt: number): boolean {
  const before = tokens[qt - 1];
  const after = tokens[qt + 1];
  if (!before || !after || before.type !== 'word' || after.type !== 'word') return false;
  if (!(DETERMINERS.has(before.lower) || /^['’]s$/.test(before.lower)) || before.lower === 'one') return false;
  const w = after.lower;
  if (!/^\p{Ll}/u.test(after.text) || w.length < 3 || /(?:ly|ing|ed)$/.test(w)) return false;
  if (PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || ADVERBS.has(w) || AUXILIARIES.has(w) || DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w)) return false;
  if (NOT_NOUNS.has(w) || lookUpVerb(w) !== undefined || IRREGULAR_PAST.has(w)) return false;
  return true;
}

const NOT_NOUNS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'who', 'which', 'whose', 'whom', 'what', 'than', 'rather', 'too', 'very', 'instead']);

function wordCount(quote: string): number {
  return quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A sentence that opens with `X said`/`X told reporters`: its subject speaks the next quotation. */
function clauseInitialSpeech(tokens: readonly Token[], index: MentionIndex): { np: NounPhrase } | null {
  for (let v = 1; v < tokens.length && v <= 12; v++) {
    const t = tokens[v]!;
    const verb = t.type === 'word' ? lookUpVerb(t.lower) : undefined;
    if (!verb || !verb.speech || !isFiniteForm(verb)) continue;
    const np = subjectOf(tokens, v, index, true);
    if (np && opensClause(tokens, np.first) && canSpeak(np)) return { np };
    return null;
  }
  return null;
}

/**
 * Whether a sentence's subject can be the source of words: anyone named, a pronoun, or a person, an
 * organisation or a document described (`The debate continues.` is no one speaking).
 */
function canSpeak(np: NounPhrase): boolean {
  if (np.kind !== 'description') return np.kind !== 'pronoun' || NOMINATIVE_PRONOUNS.has(np.head);
  return PERSON_ROLES.has(np.head) || ORGANISATION_ROLES.has(np.head) || DOCUMENT_ROLES.has(np.head);
}

/** The subject of the verb at `v`: skips adverbs and auxiliaries, rejects passives, reads apposition. */
function subjectOf(tokens: readonly Token[], v: number, index: MentionIndex, anyNoun: boolean): NounPhrase | null {
  const verb = tokens[v]!.lower;
  let k = v - 1;
  let passive = false;
  while (k >= 0 && tokens[k]!.type === 'word' && (ADVERBS.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) {
    if (BE_FORMS.has(tokens[k]!.lower)) passive = true;
    k--;
  }
  // `Trump was told by Putin`: the subject is the addressee. `he was quoted as saying` is fine.
  if (passive && verb !== 'quoted' && verb !== 'cited') return null;
  // `Schumer (D-N.Y.) said`: the subject is before the aside.
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open >= 0 && open > k - MAX_ASIDE && tokens[open]!.text !== '(' && tokens[open]!.text !== ')') open--;
    if (open < 0 || tokens[open]!.text !== '(') return null;
    k = open - 1;
  }
  const t = tokens[k];
  if (!t) return null;
  if (t.text === ',') {
    // `Jake Tapper, CNN’s anchor, said`: the phrase before the apposition.
    let c = k - 1;
    while (c >= 0 && c > k - 26 && tokens[c]!.text !== ',' && tokens[c]!.type !== 'quote' && !(tokens[c]!.type === 'punct' && ';:'.includes(tokens[c]!.text))) c--;
    if (c < 1 || tokens[c]!.text !== ',') return null;
    // `Rep. Chip Roy, R-Texas, a member of the Freedom Caucus, called`: past a party-and-state aside too.
    c = beforePartyAside(tokens, c);
    const np = nounPhraseEndingAt(tokens, c - 1, index, false);
    if (!np || (np.kind === 'description' && np.determiner === '')) return null;
    // `her mother, Fiona, said`: the name in the apposition says more than the description.
    // So does it after a possessive title: `Mozilla's CTO, Brendan Eich, acknowledged`.
    const possessiveTitle = np.kind === 'name' && /^['’]s$/i.test(tokens.find((x) => x.end === np.mention.start - 1 || x.end === np.mention.start)?.text ?? '');
    // And after a preposition: `The senator from Arizona, Kyrsten Sinema, said`.
    const objectOfLink = /^(?:from|of|for|at|with|in)$/.test(tokens[np.first - 1]?.lower ?? '');
    if (np.kind === 'description' || possessiveTitle || objectOfLink) {
      const named = nounPhraseEndingAt(tokens, k - 1, index, false);
      // The whole phrase starts where the phrase the preposition hangs from does (`The senator`).
      const first = objectOfLink ? (nounPhraseEndingAt(tokens, np.first - 2, index, true)?.first ?? np.first) : np.first;
      if (named && (named.kind === 'entity' || named.kind === 'name') && named.first === c + 1) return { ...named, first };
      // `Another analyst, Sophie Marchetti of Jefferies, was`: the name that opens the apposition.
      const opening = np.kind === 'description' ? nounPhraseStartingAt(tokens, c + 1, index, false) : null;
      if (opening && (opening.kind === 'entity' || opening.kind === 'name') && opening.first === c + 1 && isSomeone(opening)) return { ...opening, first };
    }
    // `Gary Black, managing partner at The Future Fund, which owns Tesla shares, said`: past a second
    // apposition to the person who opens the sentence.
    if (np === null || (np.kind === 'entity' && np.entity?.type !== 'person')) return openingPerson(tokens, k, index) ?? np;
    return np;
  }
  if (t.type !== 'word') return null;
  const np = nounPhraseEndingAt(tokens, k, index, anyNoun);
  // `A spokesman for Brandt said`: the person the preposition hangs from is the subject, named with it.
  if (np && /^(?:for|of|from|at|with)$/.test(tokens[np.first - 1]?.lower ?? '')) {
    const head = nounPhraseEndingAt(tokens, np.first - 2, index, true);
    if (head?.kind === 'description' && PERSON_ROLES.has(head.head)) {
      return { ...head, last: np.last, mention: { start: head.mention.start, end: np.mention.end } };
    }
    // `Minority Leader Mitch McConnell of Kentucky said`: a person of a place speaks, not the place.
    if (head && np.kind === 'entity' && np.entity?.type === 'place' && tokens[np.first - 1]!.lower !== 'at' && isSomeone(head) && head.kind !== 'pronoun') return head;
  }
  return np;
}

/** A person named at the sentence's start and set off by a comma, with only appositions up to `k`. */
function openingPerson(tokens: readonly Token[], k: number, index: MentionIndex): NounPhrase | null {
  const named = nounPhraseStartingAt(tokens, 0, index, false);
  if (named === null || tokens[named.last + 1]?.text !== ',' || k - named.last > 30) return null;
  if (!(named.kind === 'name' || (named.kind === 'entity' && named.entity?.type === 'person'))) return null;
  for (let i = named.last + 1; i < k; i++) if (tokens[i]!.type === 'quote') return null;
  return named;
}

const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/** The comma before `, R-Texas,` when the comma at `c` closes such an aside; else `c`. */
function beforePartyAside(tokens: readonly Token[], c: number): number {
  let p = c - 1;
  if (tokens[p]?.text === '.') p--;
  const aside = tokens[p];
  return aside !== undefined && aside.type === 'word' && PARTY_STATE.test(aside.text) && tokens[p - 1]?.text === ',' ? p - 1 : c;
}

/** Whether a phrase starting at token `first` can be a clause's subject (not a preposition's object). */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const head = tokens[first];
  // He, she, they, we, I are nominative: always a subject, whatever comes before.
  if (head && head.type === 'word' && NOMINATIVE_PRONOUNS.has(head.lower)) return true;
  const before = tokens[first - 1];
  if (!before) return true;
  if (before.type === 'quote') return true;
  if (before.type === 'punct') return ',;:—–-(“"'.includes(before.text);
  if (PREPOSITIONS.has(before.lower) && !CLAUSE_OPENERS.has(before.lower)) return false;
  if (CLAUSE_OPENERS.has(before.lower)) return true;
  const verb = lookUpVerb(before.lower);
  if (verb !== undefined) return verb.speech && verb.form !== 'ing';
  // After an introductory phrase with no comma (`In a letter last month he wrote`, `On one page an
  // unidentified poster wrote`): a phrase right before a finite verb is its subject unless a
  // preposition or a verb governs it, and only a determiner or a pronoun shows where it starts.
  if (AUXILIARIES.has(before.lower) || DETERMINERS.has(before.lower) || SUBJECT_PRONOUNS.has(before.lower)) return false;
  if (head && head.type === 'word' && DETERMINERS.has(head.lower)) return true;
  // `Shipping line Maersk told`: only descriptive words between the sentence start and the name.
  return first <= 6 && isPremodifier(tokens, 0, first);
}

const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

function speakerOf(text: string, np: NounPhrase, sentence: number, entities: readonly Entity[], coreference: Coreference): Speaker | null {
  const mention = spanOf(text, np.mention.start, np.mention.end);
  switch (np.kind) {
    case 'entity':
      return np.entity ? { name: np.entity.name, entity: np.entity.id, mention } : null;
    case 'name': {
      const linked = entityBySurname(entities, mention.text);
      return linked ? { name: linked.name, entity: linked.id, mention } : { name: mention.text, entity: null, mention };
    }
    case 'pronoun': {
      const referent = coreference.resolve(np, sentence);
      return referent ? { name: referent.name, entity: referent.entity?.id ?? null, mention } : null;
    }
    case 'description': {
      const referent = coreference.resolve(np, sentence);
      if (referent) return { name: referent.name, entity: referent.entity?.id ?? null, mention };
      return { name: mention.text, entity: null, mention };
    }
  }
}

/** `Mr. Putin` when the recogniser missed it: the one person or organisation whose name ends so. */
function entityBySurname(entities: readonly Entity[], name: string): Entity | null {
  const last = name.split(/\s+/).pop()?.toLowerCase();
  if (!last) return null;
  const matches = entities.filter((e) => (e.type === 'person' || e.type === 'organization') && e.name.split(/\s+/).pop()?.toLowerCase() === last);
  return matches.length === 1 ? matches[0]! : null;
}

/** Nothing but punctuation follows, or a comma hands over to the rest (`"…", falou Tite`). */
function endsItsSentence(tokensOf: (s: number) => readonly Token[], sentence: number, qi: number): boolean {
  if (sentence < 0) return false;
  const tokens = tokensOf(sentence);
  const qt = tokens.findIndex((t) => t.type === 'quote' && t.quote === qi);
  if (qt < 0) return false;
  if (tokens[qt + 1]?.text === ',') return true;
  return tokens.slice(qt + 1).every((t) => t.type === 'punct');
}

/** `他说：“…”`, `He put it this way: “…”`. */
function followsColon(tokensOf: (s: number) => readonly Token[], sentence: number, qi: number): boolean {
  if (sentence < 0) return false;
  const tokens = tokensOf(sentence);
  const qt = tokens.findIndex((t) => t.type === 'quote' && t.quote === qi);
  const before = tokens[qt - 1];
  return qt > 0 && before !== undefined && (before.text === ':' || before.text === '：');
}

function unifyGroups(quotations: readonly RawQuotation[], results: Working[]): void {
  const groups = new Map<number, number[]>();
  quotations.forEach((q, i) => {
    if (q.group === null) return;
    const members = groups.get(q.group) ?? [];
    members.push(i);
    groups.set(q.group, members);
  });
  const rank: Record<Via, number> = { trailing: 3, preceding: 3, colon: 3, inherited: 1, none: 0 };
  for (const members of groups.values()) {
    // One quotation, one speaker: the earliest of its halves with the strongest cue speaks for all.
    let best: Working | undefined;
    for (const i of members) {
      const w = results[i]!;
      if (w.speaker && (!best || rank[w.via] > rank[best.via])) best = w;
    }
    const direct = members.some((i) => results[i]!.kind === 'direct');
    for (const i of members) {
      const w = results[i]!;
      if (best && best !== w) {
        w.speaker = best.speaker;
        w.cue = best.cue;
        w.via = 'inherited';
      }
      if (direct) w.kind = 'direct';
      else if (w.speaker && w.kind === 'term') w.kind = 'partial';
    }
  }
}

function collectMentions(text: string, entities: readonly Entity[], regions: readonly QuoteRegion[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) continue;
      const r = firstRegionEndingAfter(regions, m.start);
      const region = regions[r];
      // Names inside quotations are the quoted speaker's words: not speakers, not antecedents.
      if (region && region.start < m.end && m.start < region.end) continue;
      out.push({ start: m.start, end: m.end, entity });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function firstRegionEndingAfter(regions: readonly QuoteRegion[], pos: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstMentionFrom(mentions: readonly EntityMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

