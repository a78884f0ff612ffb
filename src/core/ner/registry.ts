// Where the core finds the trained model. The core never reads files or fetches: an environment-specific
// loader hands the model over once, either by calling `registerNerModel` or by running the model file
// (`ner-model.js`, a classic script) that sets `globalThis.__whosaidNerModel` before the core first needs it.
// Decoding happens once, on first use. Without a model, entity recognition falls back to the rules.
import { decodeNerModel, type NerModel, type SerialisedNerModel } from './model';
import type { Lexicon } from './lexicon';

declare global {
  // Set by ner-model.js: in the extension, in the content script's isolated world; in Node, on import.
  var __whosaidNerModel: SerialisedNerModel | undefined;
}

let registered: SerialisedNerModel | undefined;
let decoded: NerModel | null = null;
let decodedFrom: SerialisedNerModel | undefined;
let taggerOff = false;

/** Hands the core a model file's contents; decoded lazily on first use. */
export function registerNerModel(data: SerialisedNerModel): void {
  registered = data;
}

/** Switches the tagger off or on (its lexicons stay): recognition then uses the rules alone. */
export function useNerTagger(on: boolean): void {
  taggerOff = !on;
}

function loaded(): NerModel | undefined {
  const source = registered ?? globalThis.__whosaidNerModel;
  if (source === undefined) return undefined;
  if (decodedFrom !== source) {
    decodedFrom = source;
    try {
      decoded = decodeNerModel(source);
    } catch {
      decoded = null;
    }
  }
  return decoded ?? undefined;
}

/** The decoded model, or undefined when none was loaded (or it could not be read, or the tagger is off). */
export function currentNerModel(): NerModel | undefined {
  return taggerOff ? undefined : loaded();
}

/** The model's lexicons, or undefined when no model is loaded. */
export function currentLexicon(): Lexicon | undefined {
  return loaded()?.lexicon;
}
