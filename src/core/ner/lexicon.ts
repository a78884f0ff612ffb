// Word lists the tagger and the rules consult, decoded once from the model file: names, places,
// organisations, and what compromise's lexicon says about a word (baked in at training time, so
// compromise itself is not needed at run time). Keys are lower case; phrases are space-separated.

/** The lists a model carries, each a newline-separated string of lower-case entries. */
export type LexiconData = Record<string, string>;

/** How compromise's lexicon reads a word: one kind per entry, as the rules ask (name-lookup.ts). */
export const LEXICON_KINDS = [
  'first-name',
  'last-name',
  'person',
  'place',
  'organization',
  'demonym',
  'honorific',
  'calendar',
  'proper',
  'common',
] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

/** One bit per list a word can be in: the tagger's lexicon features. */
export const LEXICON_BITS = [
  'first-name',
  'last-name',
  'person',
  'country',
  'city',
  'region',
  'place',
  'organization',
  'org-word',
  'place-word',
  'demonym',
  'title',
  'calendar',
  'common',
  'proper',
  'abbreviation',
] as const;
export type LexiconBit = (typeof LEXICON_BITS)[number];

// Which tagger bit each list sets; compromise's kinds ("kind:place") feed the bit of the same name.
const BIT_OF_LIST: Record<string, LexiconBit> = {
  'kind:first-name': 'first-name',
  'kind:last-name': 'last-name',
  'kind:person': 'person',
  'kind:place': 'place',
  'kind:organization': 'organization',
  'kind:demonym': 'demonym',
  'kind:honorific': 'title',
  'kind:calendar': 'calendar',
  'kind:proper': 'proper',
  'kind:common': 'common',
};

export interface Lexicon {
  /** Bit mask over LEXICON_BITS for a lower-case word or phrase; 0 when unknown. */
  maskOf(key: string): number;
  /** compromise's reading of a lower-case word or phrase. */
  kindOf(key: string): LexiconKind | undefined;
  /** Longest phrase (in words) the lexicon holds: bounds the gazetteer's look-ahead. */
  readonly longestPhrase: number;
  /** True when some phrase of two words or more begins with `prefix` followed by a space. */
  beginsPhrase(prefix: string): boolean;
  /**
   * The word's cluster (models/word-clusters.txt), fine and coarse, as one number: fine × 1024 + coarse, plus
   * one; 0 when the word is in none.
   */
  clusterOf(key: string): number;
}

// A model's cluster lists are named `cluster:<fine>:<coarse>`.
const CLUSTER_LIST = /^cluster:(\d+):(\d+)$/;
/** Coarse clusters are numbered below this. */
export const COARSE_CLUSTERS = 1024;

export function bitOf(name: LexiconBit): number {
  return 1 << LEXICON_BITS.indexOf(name);
}

// A word's facts in the recent answers: its mask over LEXICON_BITS (below KIND_UNIT), plus KIND_UNIT × (1 + its kind).
// (Exact while the masks fit in 31 bits, as bitOf's `1 << i` needs anyway.)
const KIND_UNIT = 2 ** LEXICON_BITS.length;
const RECENT_ANSWERS = 8192;

/** Builds the look-ups from the model's lists. */
export function decodeLexicon(data: LexiconData): Lexicon {
  const masks = new Map<string, number>();
  const kinds = new Map<string, LexiconKind>();
  const prefixes = new Set<string>();
  const clusters = new Map<string, number>();
  let longestPhrase = 1;
  for (const [list, entries] of Object.entries(data)) {
    if (typeof entries !== 'string' || entries === '') continue;
    const cluster = CLUSTER_LIST.exec(list);
    if (cluster !== null) {
      const id = Number(cluster[1]) * COARSE_CLUSTERS + Number(cluster[2]) + 1;
      for (const key of entries.split('\n')) clusters.set(key, id);
      continue;
    }
    const bitName = BIT_OF_LIST[list] ?? ((LEXICON_BITS as readonly string[]).includes(list) ? (list as LexiconBit) : undefined);
    const kind = list.startsWith('kind:') ? (list.slice(5) as LexiconKind) : undefined;
    const bit = bitName === undefined ? 0 : bitOf(bitName);
    for (const key of entries.split('\n')) {
      if (bit !== 0) masks.set(key, (masks.get(key) ?? 0) | bit);
      if (kind !== undefined) kinds.set(key, kind);
      if (bit === 0) continue;
      let words = 1;
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        prefixes.add(key.slice(0, space));
        words++;
      }
      if (words > longestPhrase) longestPhrase = words;
    }
  }
  // The recogniser asks about the same few thousand words again and again, and a look-up in a map of a few
  // hundred thousand keys waits on memory: a small map of recent answers, both lists' at once, answers most.
  const kindNames: LexiconKind[] = [];
  const recent = new Map<string, number>();
  const factsOf = (key: string): number => {
    let facts = recent.get(key);
    if (facts === undefined) {
      const kind = kinds.get(key);
      let k = 0;
      if (kind !== undefined) {
        k = kindNames.indexOf(kind) + 1;
        if (k === 0) k = kindNames.push(kind);
      }
      facts = (masks.get(key) ?? 0) + k * KIND_UNIT;
      if (recent.size >= RECENT_ANSWERS) recent.clear();
      recent.set(key, facts);
    }
    return facts;
  };
  return {
    maskOf: (key) => factsOf(key) % KIND_UNIT,
    kindOf: (key) => {
      const k = Math.floor(factsOf(key) / KIND_UNIT);
      return k === 0 ? undefined : kindNames[k - 1];
    },
    longestPhrase: Math.min(longestPhrase, 5),
    beginsPhrase: (prefix) => prefixes.has(prefix),
    clusterOf: (key) => clusters.get(key) ?? 0,
  };
}
