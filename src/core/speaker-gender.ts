// Grammatical gender of people, for pronoun resolution: `she` cannot be Kieran Doyle. Read from a
// first name (compromise's maintained name lists, baked into first-name-genders.ts), an honorific
// (`Mr`, `Mrs`) or a gendered role noun (`spokeswoman`, `father`). Unknown is the common answer and
// fits either pronoun.

import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-name-genders';

export type Gender = 'male' | 'female';

let maleNames: ReadonlySet<string> | null = null;
let femaleNames: ReadonlySet<string> | null = null;

/** The gender a first name is listed with, or null (unlisted, or a name used for both). */
export function genderOfFirstName(word: string): Gender | null {
  maleNames ??= new Set(MALE_FIRST_NAMES.split(' '));
  femaleNames ??= new Set(FEMALE_FIRST_NAMES.split(' '));
  const key = word.toLowerCase();
  if (maleNames.has(key)) return 'male';
  if (femaleNames.has(key)) return 'female';
  return null;
}

const MALE_WORDS = new Set([
  'he', 'him', 'his', 'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'son', 'husband', 'brother', 'uncle',
  'nephew', 'grandfather', 'boy', 'man', 'gentleman', 'spokesman', 'chairman', 'congressman', 'businessman',
  'actor', 'monk', 'priest', 'emperor', 'duke', 'count', 'baron',
]);
const FEMALE_WORDS = new Set([
  'she', 'her', 'hers', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'mother', 'daughter',
  'wife', 'sister', 'aunt', 'niece', 'grandmother', 'girl', 'woman', 'spokeswoman', 'chairwoman', 'congresswoman',
  'businesswoman', 'actress', 'nun', 'empress', 'duchess', 'countess', 'baroness',
]);

/** The gender a word implies (`spokeswoman`, `Mr`, `he`), or null. */
export function genderOfWord(word: string): Gender | null {
  const key = word.toLowerCase();
  if (MALE_WORDS.has(key)) return 'male';
  if (FEMALE_WORDS.has(key)) return 'female';
  return null;
}

/** Whether something of gender `actual` may be called by a pronoun of gender `wanted`. */
export function genderFits(actual: Gender | null, wanted: Gender | null): boolean {
  return actual === null || wanted === null || actual === wanted;
}
