// What compromise's lexicon knows about a word or phrase, reduced to the questions the entity
// recogniser asks. Only the lexicon is used: compromise's full tagger costs ~10 ms per 100 words,
// far over the recogniser's budget, so the contextual rules live in entity-recogniser.ts instead.
import nlp from 'compromise/two';

type LexiconValue = string | string[] | undefined;

interface CompromiseWorld {
  model: {
    one: { lexicon: Record<string, LexiconValue> };
    two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
  };
}

const world = nlp.world() as unknown as CompromiseWorld;
const lexicon: Record<string, LexiconValue> = world.model.one.lexicon;
const orgWords: Record<string, boolean> = world.model.two.orgWords;
const placeWords: Record<string, boolean> = world.model.two.placeWords;

export type LexiconKind =
  | 'first-name'
  | 'last-name'
  | 'person'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'honorific'
  | 'calendar'
  | 'proper'
  | 'common';

function tagsOf(key: string): string[] {
  // Own-property check: the lexicon is a plain object, so "constructor" must not hit Object.prototype.
  if (!Object.prototype.hasOwnProperty.call(lexicon, key)) return [];
  const value = lexicon[key];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** How compromise's lexicon reads a lower-case word or space-separated phrase, or undefined if unknown. */
export function lexiconKind(key: string): LexiconKind | undefined {
  const tags = tagsOf(key);
  if (tags.length === 0) return undefined;
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

/** True when compromise lists the word as a suffix of organisation names ("Ministry", "Times"). */
export function isOrganizationWord(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(orgWords, key);
}

/** True when compromise lists the word as a suffix of place names ("River", "County"). */
export function isPlaceWord(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(placeWords, key);
}

/** True when compromise lists the word as an abbreviation ("Calif", "Ont", "St"). */
export function isLexiconAbbreviation(key: string): boolean {
  return tagsOf(key).includes('Abbreviation');
}
