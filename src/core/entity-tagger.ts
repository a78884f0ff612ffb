// The trained tagger's names as mention candidates for entity-grouping.ts: types mapped to the schema's,
// places and organisations keyed by their canonical names ("U.S." → United States), nationalities left out.
import type { EntityType } from './types';
import type { MentionCandidate } from './entity-recogniser';
import { lookupAlias, lookupPlace, placeKey } from './gazetteer';
import { bitOf } from './ner/lexicon';
import type { NerModel } from './ner/model';
import { tagNames } from './ner/recognise';
import { GROUP_ADJECTIVES, NAME_PARTICLES, OCCASION_WORDS } from './name-lexicons';

const TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const DEMONYM_BIT = bitOf('demonym');
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The names the tagger finds in `text`, as candidates for grouping. */
export function taggedMentions(text: string, model: NerModel, rules: readonly MentionCandidate[] = []): MentionCandidate[] {
  const { tokens, names } = tagNames(text, model, rules);
  const candidates: MentionCandidate[] = [];
  for (const name of names) {
    let first = name.first;
    let last = name.last;
    let type = TYPE[name.type]!;
    const words = tokens.slice(first, last + 1).map((t) => t.text).filter((w) => WORDLIKE.test(w));
    const lowerWords = words.map((w) => w.toLowerCase());
    // "Russian", "European": nationalities are not entities of their own (nor mislabelled as places).
    if (type === 'other' && (GROUP_ADJECTIVES.has(lowerWords.join(' ')) || (words.length === 1 && (model.lexicon.maskOf(lowerWords[0]!) & DEMONYM_BIT) !== 0))) continue;
    // "the Alaska Summit": an occasion named after a known place is a mention of the place, whatever
    // the tagger called the whole; another occasion is no entity of ours.
    if (type !== 'person' && words.length >= 2 && OCCASION_WORDS.has(lowerWords[lowerWords.length - 1]!)) {
      const prefix = placeKey(words.slice(0, -1).join(' '));
      if (lookupPlace(prefix) !== undefined) {
        type = 'place';
        last -= 1;
        while (last > first && !WORDLIKE.test(tokens[last]!.text)) last--;
      } else if (type === 'other') continue;
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const spanText = text.slice(start, end);
    const key = placeKey(spanText.replace(/^the\s+/i, ''));
    const alias = type === 'person' ? undefined : lookupAlias(key);
    const place = type === 'place' ? lookupPlace(alias !== undefined ? placeKey(alias.name) : key) : undefined;
    const previous = tokens[first - 1];
    const spanWords = tokens.slice(first, last + 1).map((t) => t.text).filter((w) => WORDLIKE.test(w) && (/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || true));
    candidates.push({
      start,
      end,
      text: spanText,
      type: alias !== undefined && type !== 'other' ? alias.kind : type,
      words: spanWords.filter((w) => w !== '’s' && w !== "'s"),
      key: alias !== undefined ? placeKey(alias.name) : key,
      name: alias?.name ?? spanText,
      evidence: 'lexicon',
      ambiguous: tokens[first]!.sentenceStart,
      acronym: spanWords.length === 1 && /^[\p{Lu}\p{N}&.]{2,}$/u.test(spanWords[0]!),
      country: place?.kind === 'country',
      wordBefore: previous !== undefined ? previous.text.toLowerCase() : '',
    });
  }
  return candidates;
}
