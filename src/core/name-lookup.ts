// What compromise's lexicon knows about a word or phrase, reduced to the questions the entity
// recogniser asks. The lexicon is baked into the NER model file at training time (scripts/ner-lexicons.ts),
// so compromise is not shipped: without a loaded model these answer "unknown" and the rules lean on
// their own lists (name-lexicons.ts, gazetteer.ts).
import { bitOf, type LexiconKind } from './ner/lexicon';
import { currentLexicon } from './ner/registry';

export type { LexiconKind };

const ORG_WORD = bitOf('org-word');
const PLACE_WORD = bitOf('place-word');
const ABBREVIATION = bitOf('abbreviation');
const DEMONYM = bitOf('demonym');
const PLACE_LISTS = bitOf('country') | bitOf('city') | bitOf('region') | bitOf('place');

function maskOf(key: string): number {
  return currentLexicon()?.maskOf(key) ?? 0;
}

/** How compromise's lexicon reads a lower-case word or space-separated phrase, or undefined if unknown. */
export function lexiconKind(key: string): LexiconKind | undefined {
  return currentLexicon()?.kindOf(key);
}

/** True when compromise lists the word as a suffix of organisation names ("Ministry", "Times"). */
export function isOrganizationWord(key: string): boolean {
  return (maskOf(key) & ORG_WORD) !== 0;
}

/** True when compromise lists the word as a suffix of place names ("River", "County"). */
export function isPlaceWord(key: string): boolean {
  return (maskOf(key) & PLACE_WORD) !== 0;
}

/** True when compromise lists the word as an abbreviation ("Calif", "Ont", "St"). */
export function isLexiconAbbreviation(key: string): boolean {
  return (maskOf(key) & ABBREVIATION) !== 0;
}

/** True when the lexicon lists the lower-case word as a nationality or people ("albanian", "croats"). */
export function isDemonym(key: string): boolean {
  return (maskOf(key) & DEMONYM) !== 0;
}

/** True when a gazetteer lists the lower-case word or phrase as a country, city, region or other place. */
export function isListedPlace(key: string): boolean {
  return (maskOf(key) & PLACE_LISTS) !== 0;
}
