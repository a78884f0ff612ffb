// Reads named-entity corpora into documents with their text and gold spans: CoNLL-style files (IOB1, as
// WikiGold and CoNLL-2003; IOB2, as Universal NER) and GUM's CoNLL-U entity layer. Used by the training
// and evaluation scripts and by the tests; pure (text in, documents out).
import { lookupPlace, placeKey } from '../gazetteer';

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldSpan {
  start: number;
  end: number;
  type: NerType;
}

/** One document: its text as a reader would see it, the corpus's tokens in it, and the gold names. */
export interface LabelledDocument {
  id: string;
  text: string;
  tokens: Array<{ start: number; end: number }>;
  spans: GoldSpan[];
}

interface Sentence {
  words: string[];
  tags: string[];
  text?: string;
  /** GUM: no space after the word. */
  glued?: boolean[];
  newParagraph?: boolean;
  spans?: Array<{ start: number; end: number; type: NerType }>;
}

const TYPE_OF_TAG: Record<string, NerType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

// The tag types of other schemes, read as the four (null: not a name). OntoNotes' GPE and FAC are LOC because
// CoNLL-2003's guidelines put countries, cities, airports and buildings under LOC; its NORP, events, works,
// laws, languages and products are MISC; its numbers, dates and amounts are not names. MUC and WNUT spell
// the types out ("PERSON", "corporation"; WNUT 2016's "geo-loc", "company", "sportsteam"). Compared in
// capitals, with hyphens read as underscores.
const TYPE_ALIASES: Record<string, NerType | null> = {
  PERSON: 'PER', PERS: 'PER', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', CORPORATION: 'ORG', GROUP: 'ORG', COMPANY: 'ORG', SPORTSTEAM: 'ORG',
  LOCATION: 'LOC', GPE: 'LOC', FAC: 'LOC', FACILITY: 'LOC', GEO_LOC: 'LOC',
  NORP: 'MISC', EVENT: 'MISC', WORK_OF_ART: 'MISC', CREATIVE_WORK: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC', PRODUCT: 'MISC', MOVIE: 'MISC', TVSHOW: 'MISC',
  DATE: null, TIME: null, PERCENT: null, MONEY: null, QUANTITY: null, ORDINAL: null, CARDINAL: null,
};
const normalTagType = (name: string): string => name.toUpperCase().replace(/-/g, '_');

/** Each tag type a CoNLL-style file used and how it was read: one of the four types, or null (not a name). */
export type TagTypesRead = Map<string, NerType | null>;

/** Whether a CoNLL-style tag type is one of the four or another scheme's that readConll knows. */
export function isKnownTagType(name: string): boolean {
  const upper = normalTagType(name);
  return Object.hasOwn(TYPE_OF_TAG, upper) || Object.hasOwn(TYPE_ALIASES, upper);
}

// A type alone (the IO scheme) only in capitals, so that a line of prose ending "… studied law" is no tag.
const isTag = (tag: string): boolean => /^(?:O|[BIESLU]-\S+)$/i.test(tag) || (/^[A-Z_-]+$/.test(tag) && isKnownTagType(tag));
// Whether a line has a token and a tag, in two columns or more.
const isTagged = (line: string): boolean => {
  const columns = line.split(/\t| /).filter((c) => c !== '');
  return columns.length >= 2 && isTag(columns[columns.length - 1]!);
};

function typeOfTag(name: string, read?: TagTypesRead): NerType | undefined {
  const upper = normalTagType(name);
  const type = (Object.hasOwn(TYPE_OF_TAG, upper) ? TYPE_OF_TAG[upper] : TYPE_ALIASES[upper]) ?? null;
  read?.set(name, type);
  return type ?? undefined;
}

export interface ConllOptions {
  /** Collects each tag type the file used and how it was read. */
  read?: TagTypesRead;
  /** Where the file gives only tokens: laid out as a page shows them (the default) or joined by spaces. */
  layout?: 'page' | 'tokens';
  /** Every line opening with "#" a comment, even "# O" (default: only those that are not a token and its tag). */
  hashLinesComments?: boolean;
}

/**
 * Documents of a CoNLL-style file: one token a line with its tag in the last column (or the third, when
 * every token line starts with a numeric index, as Universal NER's do), blank lines between sentences,
 * `-DOCSTART-` or `# newdoc` between documents, `# text = …` giving a sentence's original spacing. IOB1,
 * IOB2 and BIOES (BILOU) are all read: an I- tag after a different type or O opens a span. Tag types of
 * other schemes are read as the four (TYPE_ALIASES).
 */
export function readConll(content: string, name = 'doc', { read, layout = 'page', hashLinesComments = false }: ConllOptions = {}): LabelledDocument[] {
  const lines = content.split('\n').map((raw) => raw.replace(/\r$/, ''));
  // A line opening with "#" is a comment ("# text = …", "# newdoc"), unless it is a token and its tag: WikiGold's
  // "# O", a hashtag's "#Ferguson B-LOC".
  const isComment = (line: string): boolean => line.startsWith('#') && (hashLinesComments || line.includes(' = ') || !isTagged(line));
  // Decided for the whole file: an index counts the tokens of each sentence from 1 on every line (Universal NER);
  // in CoNLL-2003's "3 CD I-NP O" the 3 is a word.
  const numbered: boolean[] = [];
  let position = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) position = 0;
    else if (!isComment(line)) {
      position++;
      numbered.push(/^\d+[\t ]+\S+[\t ]+\S/.test(line) && Number.parseInt(line, 10) === position);
    }
  }
  const indexed = numbered.length > 0 && numbered.every(Boolean);
  // A file numbered so but for a few lines is malformed, not a CoNLL-2003 file with numbers for words.
  if (!indexed && numbered.filter(Boolean).length > numbered.length / 2) {
    let token = -1;
    const at = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('-DOCSTART-') && !isComment(line) && !numbered[++token]);
    throw new Error(`${name}, line ${at + 1}: not numbered as the other lines are (an index counting the sentence's tokens from 1, then the token and its tag)`);
  }
  const documents: Sentence[][] = [[]];
  let sentence: Sentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (sentence.words.length > 0) documents[documents.length - 1]!.push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const [lineIndex, line] of lines.entries()) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (isComment(line)) {
      if (/^# newdoc\b/.test(line)) {
        endSentence();
        if (documents[documents.length - 1]!.length > 0) documents.push([]);
      }
      const text = /^# text = (.*)$/.exec(line);
      if (text) sentence.text = text[1];
      continue;
    }
    const columns = line.split(/\t| /).filter((c) => c !== '');
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      if (documents[documents.length - 1]!.length > 0) documents.push([]);
      continue;
    }
    const tag = indexed ? columns[2]! : columns[columns.length - 1]!;
    if (!isTag(tag)) {
      throw new Error(`${name}, line ${lineIndex + 1}: "${tag}" is not a tag such as O, B-PER or I-LOC (a CoNLL-style file has a token a line and its tag in the last column, or in the third after an index on every line)`);
    }
    sentence.words.push(indexed ? columns[1]! : columns[0]!);
    sentence.tags.push(tag);
  }
  endSentence();
  return documents.filter((d) => d.length > 0).map((sentences, i) => buildDocument(`${name}#${i + 1}`, sentences, read, layout));
}

function tagSpans(tags: string[], read?: TagTypesRead): Array<{ start: number; end: number; type: NerType }> {
  const spans: Array<{ start: number; end: number; type: NerType }> = [];
  let open: { start: number; end: number; type: NerType } | undefined;
  const close = (): void => {
    if (open) spans.push(open);
    open = undefined;
  };
  tags.forEach((tag, i) => {
    // A type alone ("PER", the IO scheme) is inside a name of that type.
    const dash = tag.indexOf('-');
    const prefix = dash > 0 ? tag.slice(0, dash).toUpperCase() : tag.toUpperCase() === 'O' ? 'O' : 'I';
    const type = prefix === 'O' ? undefined : typeOfTag(dash > 0 ? tag.slice(dash + 1) : tag, read);
    if (type === undefined || prefix === 'O') return close();
    // I- (and BIOES's E-, BILOU's L-) go on with the open name of their type; anything else opens a new one.
    if ((prefix === 'I' || prefix === 'E' || prefix === 'L') && open !== undefined && open.type === type) open.end = i + 1;
    else {
      close();
      open = { start: i, end: i + 1, type };
    }
    if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') close();
  });
  close();
  return spans;
}

// Lays the sentences out as text: a sentence's own text when the corpus gives it, else words joined by
// spaces; sentences of a paragraph on one line (GUM), each sentence on its own line otherwise.
function buildDocument(id: string, sentences: Sentence[], read?: TagTypesRead, layout: ConllOptions['layout'] = 'page'): LabelledDocument {
  let text = '';
  const tokens: Array<{ start: number; end: number }> = [];
  const spans: GoldSpan[] = [];
  const paragraphs = sentences.some((s) => s.newParagraph !== undefined);
  sentences.forEach((s, si) => {
    if (si > 0) text += paragraphs && !s.newParagraph ? ' ' : '\n';
    const base = tokens.length;
    const aligned = s.text !== undefined ? align(s.words, s.text) : undefined;
    if (aligned !== undefined) {
      const offset = text.length;
      for (const [a, b] of aligned) tokens.push({ start: offset + a, end: offset + b });
      text += s.text!;
    } else {
      const glued = s.glued ?? (layout === 'page' ? gluedAsWritten(s.words) : s.words.map(() => false));
      s.words.forEach((w, wi) => {
        if (wi > 0 && !glued[wi - 1]!) text += ' ';
        tokens.push({ start: text.length, end: text.length + w.length });
        text += w;
      });
    }
    for (const span of s.spans ?? tagSpans(s.tags, read)) {
      spans.push({ start: tokens[base + span.start]!.start, end: tokens[base + span.end - 1]!.end, type: span.type });
    }
  });
  return { id, text, tokens, spans };
}

// Where a corpus gives only its tokens (CoNLL-2003, WikiGold), the sentence is laid out as a page shows it,
// since pages are what the recogniser reads: no space before a comma, a full stop, a closing bracket or
// "'s", none after an opening bracket or a currency sign, and straight double quotes paired as opening and
// closing ("Asked , he said \" no \" ." reads "Asked, he said "no".). True where a word has no space after it.
// (A straight single quote stays apart unless a plural's possessive: "' fake news '" is ambiguous.)
export function gluedAsWritten(words: readonly string[]): boolean[] {
  const glued = words.map(() => false);
  let quoteOpen = false;
  words.forEach((w, i) => {
    let toPrevious = /^(?:[,.;:!?%)\]}”’]+|\.\.\.|…|''|['’](?:s|re|ve|ll|d|m)|n['’]t)$/i.test(w);
    let toNext = /^(?:[(\[{“‘$£€¥]|[A-Z]{1,2}\$|``)$/.test(w);
    // A plural's possessive ("ranchers ' water"), not an opening quotation mark.
    if ((w === "'" || w === '’') && /s$/i.test(words[i - 1] ?? '') && /^\p{Ll}/u.test(words[i + 1] ?? '')) toPrevious = true;
    if (w === '"') {
      // A quotation may run on from the sentence before: one that opens a sentence opens, one after a
      // comma or a full stop closes ("We are ready , " Smith said .), the rest alternate.
      if (i === 0) quoteOpen = false;
      else if (/^[,.!?]$/.test(words[i - 1]!)) quoteOpen = true;
      if (quoteOpen) toPrevious = true;
      else toNext = true;
      quoteOpen = !quoteOpen;
    }
    if (toPrevious && i > 0) glued[i - 1] = true;
    if (toNext && i < words.length - 1) glued[i] = true;
  });
  return glued;
}

// Offsets of each word in the sentence's text, or undefined when the words cannot all be found in order.
function align(words: string[], text: string): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    if (i < 0 || text.slice(at, i).trim() !== '') return undefined;
    out.push([i, i + w.length]);
    at = i + w.length;
  }
  return out;
}

const GUM_TYPES: Record<string, NerType | undefined> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  object: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
  plant: 'MISC',
  animal: 'MISC',
  time: undefined,
};
// Titles and determiners before a person's name are not part of it: "President Donald Trump" names "Donald
// Trump". A place's or a body's name leaves out only DETERMINERS_AND_HONORIFICS.
const LEADING_NON_NAME = new Set(
  'the a an president mr mrs ms dr prof professor sir dame lord lady king queen prince princess pope saint st general gen captain capt senator sen governor gov mayor judge justice minister chancellor secretary ambassador rev reverend father sister brother uncle aunt'.split(' '),
);
const DETERMINERS_AND_HONORIFICS = new Set('the a an mr mrs ms dr prof professor sir dame lord lady'.split(' '));
// Titles that GUM tags as proper nouns inside a person's mention ("NASA Administrator Charles Bolden", "LA
// Sheriff"); in a person's name only, since "Inspector Lynley Mysteries" is a work's whole title.
const PERSON_TITLES = new Set('administrator sheriff colonel col lieutenant lt sergeant sgt commissioner director chairman chairwoman undersecretary commander detective inspector constable chief emeritus premier'.split(' '));
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'for', 'on', 'von', 'van', 'der', 'la', 'le', 'du', 'del', 'da', 'di', 'al']);

interface GumToken {
  word: string;
  xpos: string;
  head: number;
  glued: boolean;
  deprel: string;
}

interface GumMention {
  start: number;
  end: number;
  etype: string;
  identity: string;
}

export interface GumOptions {
  /**
   * 'mended' (the default) reads GUM as the doc comment below says. 'first' is the reading the shipped model
   * was trained on, before five of its faults were mended (a hyphen cut a name; a person headed by a place or
   * named by flat proper nouns under a common noun was lost; a title tagged as a proper noun was a person, and
   * every title was cut from a place's name; a country acting was an organisation): `npm run train:ner` reads it
   * by default so that it writes the shipped model byte for byte (README, "GUM conversion").
   */
  conversion?: 'mended' | 'first';
}

/**
 * A GUM document (CoNLL-U with the entity layer) as flat PER/ORG/LOC/MISC names. A mention is a name
 * when its head is a proper noun (NNP, NNPS) or it carries a Wikipedia identity; its name is the run of
 * proper nouns around the head (joined by "of", "of the", "and", "&"… between them), stopping at a title
 * ("US President Donald Trump" names "Donald Trump"; "US" is its own mention). Mentions with no proper noun
 * ("the all-girl team", linked to its Wikipedia article) are not names. person → PER, organization →
 * ORG, place → LOC, time → none, every other type (event, object, abstract…) → MISC, and so is a plural
 * "person" ("Muslims", "Afghans"): a group, not a name. A mention whose proper nouns all lie in names of smaller
 * mentions inside it ("[Marsha Kinder (1991)]", a work cited by its author) names nothing itself: the inner
 * names stand. Where names overlap otherwise, the outer one is kept. A hyphen inside a name joins it ("Kim
 * Jong-un"); a person's name leaves out the places and bodies inside its mention, whichever word heads it
 * ("US President Barack Obama"), and is named by its flat proper nouns under a common noun ("team member
 * Rodaba Noori"). An organisation named by a country or city whose identity is that place or its national
 * team is a place, as in CoNLL-2003 ("North Korea fired", "Sweden won").
 */
export function readGum(content: string, name = 'gum', { conversion = 'mended' }: GumOptions = {}): LabelledDocument {
  const sentences: Sentence[] = [];
  let tokens: GumToken[] = [];
  let mentions: GumMention[] = [];
  let open = new Map<string, Array<{ start: number; etype: string; identity: string }>>();
  let newParagraph = false;
  let id = name;
  const endSentence = (): void => {
    if (tokens.length === 0) return;
    const spans = namesOf(tokens, mentions, conversion === 'mended');
    sentences.push({ words: tokens.map((t) => t.word), tags: [], glued: tokens.map((t) => t.glued), newParagraph, spans });
    tokens = [];
    mentions = [];
    open = new Map();
    newParagraph = false;
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# newpar')) newParagraph = true;
      const doc = /^# newdoc id = (.*)$/.exec(line);
      if (doc) id = doc[1]!;
      continue;
    }
    const columns = line.split('\t');
    if (!/^\d+$/.test(columns[0] ?? '')) continue;
    const misc = columns[9] ?? '_';
    const index = tokens.length;
    tokens.push({ word: columns[1]!, xpos: columns[4]!, head: Number(columns[6]), glued: /(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc), deprel: columns[7] ?? '' });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (entity === undefined) continue;
    for (const m of entity.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        const mentionId = fields[0]!;
        const record = { start: index, etype: fields[1] ?? '', identity: fields.slice(7).join('-') };
        if (m[2] !== undefined) mentions.push({ start: index, end: index + 1, etype: record.etype, identity: record.identity });
        else open.set(mentionId, [...(open.get(mentionId) ?? []), record]);
      } else if (m[3] !== undefined) {
        const stack = open.get(m[3]);
        const record = stack?.pop();
        if (record !== undefined) mentions.push({ start: record.start, end: index + 1, etype: record.etype, identity: record.identity });
      }
    }
  }
  endSentence();
  return { ...buildDocument(id, sentences), id };
}

function namesOf(tokens: GumToken[], mentions: GumMention[], mended: boolean): Array<{ start: number; end: number; type: NerType }> {
  const proper = (i: number): boolean => tokens[i]!.xpos === 'NNP' || tokens[i]!.xpos === 'NNPS';
  const candidates: Array<{ start: number; end: number; type: NerType; outer: number; mention: GumMention }> = [];
  for (const m of mentions) {
    const type = GUM_TYPES[m.etype];
    if (type === undefined) continue;
    const head = headOf(tokens, m);
    // "team member Rodaba Noori": UD makes the common noun the head and the name its flat dependents. A person
    // without a Wikipedia identity is named all the same.
    let flatName = false;
    if (type === 'PER' && mended) for (let i = m.start; i < m.end; i++) if (proper(i) && tokens[i]!.deprel === 'flat' && tokens[i]!.head - 1 === head) flatName = true;
    if (!proper(head) && m.identity === '' && !flatName) continue;
    const title = (i: number): boolean => {
      const word = tokens[i]!.word.toLowerCase().replace(/\.$/, '');
      // A place's or a body's name keeps a title that is part of it ("St. Louis", "Queen Creek", "General
      // Motors"), not a person's honorific ("the Lord Diplock case").
      if (!mended) return LEADING_NON_NAME.has(word);
      if (type !== 'PER') return DETERMINERS_AND_HONORIFICS.has(word);
      return LEADING_NON_NAME.has(word) || PERSON_TITLES.has(word);
    };
    // A person's name does not run into a place or organisation named before it ("the United States
    // ambassador Hamdullah Mohib"); an organisation's may ("New York Times"). Nor is it that place when UD
    // makes the place the head: "US President Barack Obama" is headed by "US", and names Barack Obama.
    const foreign = new Set<number>();
    if (type === 'PER') {
      for (const n of mentions) {
        if (n === m || n.start < m.start || n.end > m.end || n.etype === 'person' || (n.start === m.start && n.end === m.end) || (!mended && head >= n.start && head < n.end)) continue;
        for (let i = n.start; i < n.end; i++) foreign.add(i);
      }
    }
    const usable = (i: number): boolean => proper(i) && !title(i) && !foreign.has(i);
    let anchor = usable(head) ? head : -1;
    if (anchor < 0) {
      for (let i = m.end - 1; i >= m.start; i--) if (usable(i)) { anchor = i; break; }
      if (anchor < 0) continue;
    }
    // The run of proper nouns around the head, through "of", "of the", "and" between them, stopping at a title.
    let start = anchor;
    let end = anchor + 1;
    const connects = (from: number, to: number): boolean => {
      for (let i = from; i < to; i++) if (!CONNECTORS.has(tokens[i]!.word.toLowerCase())) return false;
      return true;
    };
    // "Kim Jong-un", "Khaled Al-Maeena": GUM splits a hyphened name into word, hyphen, word; the hyphen
    // written inside the name (no space either side) joins the run.
    const innerHyphen = (i: number): boolean => mended && tokens[i]!.xpos === 'HYPH' && tokens[i]!.glued && tokens[i - 1]!.glued;
    for (;;) {
      if (start - 1 >= m.start && usable(start - 1)) start--;
      else if (start - 2 >= m.start && innerHyphen(start - 1) && usable(start - 2)) start -= 2;
      else if (start - 2 >= m.start && connects(start - 1, start) && usable(start - 2)) start -= 2;
      else if (start - 3 >= m.start && connects(start - 2, start) && usable(start - 3)) start -= 3;
      else break;
    }
    for (;;) {
      if (end < m.end && usable(end)) end++;
      else if (end + 1 < m.end && innerHyphen(end) && usable(end + 1)) end += 2;
      else if (end + 1 < m.end && connects(end, end + 1) && usable(end + 1)) end += 2;
      else if (end + 2 < m.end && connects(end, end + 2) && usable(end + 2)) end += 3;
      else break;
    }
    // "Muslims", "Afghans": groups of people are not a person's name.
    const groupOfPeople = type === 'PER' && tokens[head]!.xpos === 'NNPS';
    candidates.push({ start, end, type: groupOfPeople ? 'MISC' : mended && actingPlace(tokens, start, end, m) ? 'LOC' : type, outer: m.end - m.start, mention: m });
  }
  // "[Marsha Kinder (1991)]", "[Miller & Robertson, 2010]", "[Endeavour and Atlantis]": a mention whose
  // proper nouns all belong to names of smaller mentions inside it (the people cited, the two shuttles)
  // names nothing of its own; those inner names stand. ("[Toronto Star]" keeps its name: "Star" is its own.)
  const named = candidates.filter((c) => {
    const inner = candidates.filter((d) => d !== c && d.mention.start >= c.mention.start && d.mention.end <= c.mention.end && d.outer < c.outer);
    if (inner.length === 0) return true;
    for (let i = c.start; i < c.end; i++) if (proper(i) && !inner.some((d) => i >= d.start && i < d.end)) return true;
    return false;
  });
  // Outer names first; a name overlapping one already kept is dropped.
  named.sort((a, b) => b.end - b.start - (a.end - a.start) || b.outer - a.outer || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const kept: Array<{ start: number; end: number; type: NerType }> = [];
  for (const c of named) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    kept.push({ start: c.start, end: c.end, type: c.type });
  }
  return kept.sort((a, b) => a.start - b.start);
}

// GUM types a mention by its role, CoNLL-2003 by its name: "North Korea fired artillery", "Sweden defeated
// South Korea 1 – 0" are organisations in GUM (the state, the national team) and places in CoNLL, as
// OntoNotes' GPE is. An organisation named by a listed place whose Wikipedia identity is that place or its
// national team is read as a place. (Not "Cambridge" for the university: its identity names the university.)
function actingPlace(tokens: GumToken[], start: number, end: number, m: GumMention): boolean {
  if (m.etype !== 'organization' || m.identity === '') return false;
  const name = tokens.slice(start, end).map((t) => t.word).join(' ');
  if (lookupPlace(placeKey(name)) === undefined) return false;
  const identity = placeKey(decodeURIComponent(m.identity).replace(/_/g, ' '));
  return identity === placeKey(name) || identity.startsWith(`${placeKey(name)} national `);
}

// The mention's head: its token whose syntactic head lies outside the mention.
function headOf(tokens: GumToken[], m: GumMention): number {
  for (let i = m.start; i < m.end; i++) {
    const head = tokens[i]!.head - 1;
    if (head < m.start || head >= m.end) return i;
  }
  return m.end - 1;
}

/**
 * Stories annotated inline, as written by hand for a blind check (`test/fixtures/ner/news-blind-*.txt`): each
 * story starts with a line `# story: <slug>`, then its headline and one paragraph a line, every name in
 * brackets with its type: `Prime Minister [PER Keir Starmer] met [ORG Nato] in [LOC Vilnius].` Tokens are
 * runs of letters and digits, a possessive 's, and single marks, as fine as any tokeniser's, since scoring
 * snaps both the gold and the found names to tokens. Throws on unbalanced brackets or an unknown type, naming the line, since a
 * typo in the gold must not silently become a missed name.
 */
export function readBracketed(content: string, name = 'stories'): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let current: LabelledDocument | undefined;
  content.split('\n').forEach((raw, lineIndex) => {
    const line = raw.replace(/\r$/, '');
    const story = /^# story:\s*(.*)$/.exec(line);
    if (story) {
      current = { id: `${name}#${story[1]!.trim() || documents.length + 1}`, text: '', tokens: [], spans: [] };
      documents.push(current);
      return;
    }
    if (line.trim() === '' || current === undefined) return;
    const doc = current;
    if (doc.text !== '') doc.text += '\n';
    const addText = (piece: string): void => {
      const base = doc.text.length;
      for (const m of piece.matchAll(/['’][sS](?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) doc.tokens.push({ start: base + m.index, end: base + m.index + m[0].length });
      doc.text += piece;
    };
    const where = `${name}, line ${lineIndex + 1}`;
    let at = 0;
    for (const m of line.matchAll(/\[(\w+) ([^\[\]]+)\]/g)) {
      const type = TYPE_OF_TAG[m[1]!];
      if (type === undefined) throw new Error(`${where}: unknown type "${m[1]}" in ${m[0]}`);
      addText(line.slice(at, m.index));
      const start = doc.text.length;
      addText(m[2]!);
      doc.spans.push({ start, end: doc.text.length, type });
      at = m.index + m[0].length;
    }
    addText(line.slice(at));
    if (/[\[\]]/.test(doc.text.slice(doc.text.lastIndexOf('\n') + 1))) throw new Error(`${where}: a bracket that opens or closes no name`);
  });
  return documents;
}

/**
 * The documents of a corpus file, in whichever format it is: GUM's .conllu with its entity layer, stories annotated
 * inline (`# story:` lines), or else CoNLL-style columns (`read` collects the tag types those used).
 */
export function readCorpusFile(content: string, name: string, read?: TagTypesRead): LabelledDocument[] {
  if (/^# global\.Entity/m.test(content)) return [readGum(content, name)];
  return /^# story:/m.test(content) ? readBracketed(content, name) : readConll(content, name, { read });
}
