// Loads the shipped named-entity model for the unit tests, as the CLI and the extension load it.
import '../../../models/ner-model.js';
