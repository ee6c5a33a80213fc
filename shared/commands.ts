/** Command ids that both sides name: the client implements them, the server's quick fixes call them. */

/** Tags a range with a label: `{ uri, range, label }`. */
export const TAG_RANGE_COMMAND = 'reportLens.tagRange';
/** Marks the detection at a position right or wrong: `{ uri, position, verdict, kind? }`. */
export const MARK_DETECTION_COMMAND = 'reportLens.markDetectionAt';
/** Removes tags by id: `{ uri, ids }`. */
export const REMOVE_TAGS_COMMAND = 'reportLens.removeTagsById';
/** Asks the user for a candidate term's definition, then runs APPLY_GLOSSARY_ENTRY: `{ term, uri }`. */
export const ADD_TO_GLOSSARY_COMMAND = 'reportLens.addToGlossary';
/** Server command: writes an entry into a glossary file: `{ entry, file? }`. */
export const APPLY_GLOSSARY_ENTRY_COMMAND = 'reportLens.applyGlossaryEntry';
