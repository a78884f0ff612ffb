// Named entities of an article: every person, organisation and place, with all its mentions.
import type { Entity } from './types';
import { recogniseMentions, type DocumentVocabulary, type MentionCandidate } from './entity-recogniser';
import { groupMentions } from './entity-grouping';

/** Paragraphs longer than this are read in pieces, so one huge line costs no more than many short ones. */
const MAX_PIECE = 20_000;
// ASCII only: the vocabulary is there to recognise capitalised English words.
const WORD = /[A-Za-z][a-z'’-]*/g;

/**
 * Every named person, organisation and place in `text`, ids e1, e2… in order of first mention, each
 * with all its mentions sorted (offsets are JavaScript string indices, `end` exclusive). Never throws.
 */
export function recogniseEntities(text: string): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const vocabulary = lowercaseVocabulary(text);
    const candidates: MentionCandidate[] = [];
    for (const [from, to] of pieces(text)) {
      try {
        for (const m of recogniseMentions(text, from, to, vocabulary)) candidates.push(m);
      } catch {
        // A paragraph the recogniser cannot read contributes nothing; the rest of the article still counts.
      }
    }
    return groupMentions(candidates);
  } catch {
    return [];
  }
}

// Words the document writes in lower case: their capitalised forms are sentence starts, not names.
function lowercaseVocabulary(text: string): DocumentVocabulary {
  const words = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const code = word.charCodeAt(0);
    if (code < 97) continue;
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : 32;
    if (before > 127 && /[\p{L}\p{N}]/u.test(text.charAt(match.index - 1))) continue;
    words.add(word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);
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
