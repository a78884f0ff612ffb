// Splits text into the tokens the tagger reads, close to the Penn Treebank's: words, numbers, each
// punctuation mark, a possessive ’s on its own, hyphens apart ("Russia-Ukraine" → Russia - Ukraine), and
// dotted abbreviations kept whole ("U.S.", "Mr.", "J."). Offsets index the text; `end` is exclusive.

export interface NerToken {
  start: number;
  end: number;
  text: string;
  /** First token of a sentence, a line or a quotation after a sentence end: its capital says little. */
  sentenceStart: boolean;
  /** First token of a line. */
  lineStart: boolean;
}

// Dotted acronyms, words with inner apostrophes or ampersands, numbers with separators, any other mark.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\u00ad][\p{L}\p{M}\p{N}\u00ad]*(?:['’&][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '—', '–', ':', ';']);

/** Abbreviations that keep their full stop: "Mr.", "Inc.", "St.", "Jan." */
export const DOTTED_ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof gov sen sens rep reps gen col lt sgt capt adm maj cmdr cpl pvt det supt rev hon pres st mt ft jr sr inc corp co ltd bros messrs dept univ assn ave blvd rd no vs jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol cf calif fla ill mass mich minn penn tenn tex va wash wis ariz colo conn ga kan ky la md mo nev okla ore pa`.split(
    ' ',
  ),
);
// Abbreviations after which a capitalised word does not open a new sentence.
const NAME_CONTINUING = new Set(`mr mrs ms mx dr prof gov sen sens rep reps gen col lt sgt capt adm maj cmdr cpl pvt det supt rev hon pres st mt ft`.split(' '));

/** The tokens of `text.slice(from, to)`, offsets into `text`. */
export function tokeniseForTagger(text: string, from = 0, to = text.length): NerToken[] {
  const tokens: NerToken[] = [];
  TOKEN.lastIndex = from;
  let lineStart = true;
  let sentenceStart = true;
  let lastEnd = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    let start = m.index;
    let word = m[0];
    if (start + word.length > to) word = word.slice(0, to - start);
    if (lastEnd < start && text.slice(lastEnd, start).includes('\n')) {
      lineStart = true;
      sentenceStart = true;
    }
    let end = start + word.length;
    const first = word.charCodeAt(0);
    const isWord = word.length > 1 || /[\p{L}\p{N}]/u.test(word);
    if (isWord && text.charCodeAt(end) === 46 /* . */ && end < to && !word.endsWith('.')) {
      // "Mr." and "J." keep their full stop; a full stop after any other word ends the sentence.
      const lower = word.toLowerCase();
      if (DOTTED_ABBREVIATIONS.has(lower) || (word.length === 1 && first >= 65 && first <= 90)) {
        word += '.';
        end += 1;
        TOKEN.lastIndex = end;
      }
    }
    const possessive = isWord && word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (possessive !== null) {
      const stem = possessive[1]!;
      tokens.push({ start, end: start + stem.length, text: stem, sentenceStart, lineStart });
      sentenceStart = false;
      lineStart = false;
      start += stem.length;
      word = possessive[2]!;
    }
    tokens.push({ start, end, text: word, sentenceStart, lineStart });
    lineStart = false;
    if (word.length === 1 && SENTENCE_END.has(word)) sentenceStart = true;
    else if (word.endsWith('.') && word.length > 1 && isSentenceEndingAbbreviation(word, text, end)) sentenceStart = true;
    else if (!(sentenceStart && word.length === 1 && OPENERS.has(word))) sentenceStart = false;
    lastEnd = end;
  }
  return tokens;
}

// "in the U.S. The talks" ends a sentence; "Mr. Smith" and "J. Smith" do not.
function isSentenceEndingAbbreviation(word: string, text: string, end: number): boolean {
  const bare = word.slice(0, -1).toLowerCase();
  if (NAME_CONTINUING.has(bare) || bare.length === 1) return false;
  if (!DOTTED_ABBREVIATIONS.has(bare) && !bare.includes('.')) return false;
  // Followed by a space and a capitalised function word: a new sentence.
  const next = /^\s+(\p{Lu}\p{Ll}*)/u.exec(text.slice(end, end + 20));
  return next !== null && /^(The|A|An|He|She|It|They|We|I|But|In|On|At|This|That|And)$/.test(next[1]!);
}
