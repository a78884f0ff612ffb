// models/ner-model.js is a classic script that sets globalThis.__whosaidNerModel (see src/core/ner/registry.ts).
export {};
