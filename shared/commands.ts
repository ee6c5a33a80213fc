/**
 * Command ids, declared once. Those both sides name come first: the client implements them, the
 * server's quick fixes call them (one the server implements). Then the client's own: package.json
 * contributes them, the client registers them (test/unit/commands.test.ts keeps the three in step).
 */

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

// ---------------------------------------------------------------- the client's own

export const RESTART_SERVER_COMMAND = 'reportLens.restartServer';
export const SHOW_OUTPUT_COMMAND = 'reportLens.showOutput';
/** Tags the selection as a term, a figure, an organisation, or with a label of the user's own. */
export const TAG_AS_TERM_COMMAND = 'reportLens.tagAsTerm';
export const TAG_AS_FIGURE_COMMAND = 'reportLens.tagAsFigure';
export const TAG_AS_ORG_COMMAND = 'reportLens.tagAsOrg';
/** Takes an optional label; asks for one without it. */
export const TAG_AS_CUSTOM_COMMAND = 'reportLens.tagAsCustom';
/** Removes the tags at the cursor. */
export const REMOVE_TAG_COMMAND = 'reportLens.removeTag';
/** Marks the detection at the cursor wrong or right. */
export const MARK_WRONG_COMMAND = 'reportLens.markWrong';
export const MARK_RIGHT_COMMAND = 'reportLens.markRight';
/** Exports the annotations of the active report, or of a folder's reports: `(format?, [folder?,] target?)`. */
export const EXPORT_REPORT_COMMAND = 'reportLens.exportReport';
export const EXPORT_FOLDER_COMMAND = 'reportLens.exportFolder';
/** The Report Entities view's: go to an entry's mention, the next or previous one; refresh; remove an entry's tags. */
export const ENTITIES_REVEAL_COMMAND = 'reportLens.entities.reveal';
export const ENTITIES_NEXT_COMMAND = 'reportLens.entities.next';
export const ENTITIES_PREVIOUS_COMMAND = 'reportLens.entities.previous';
export const ENTITIES_REFRESH_COMMAND = 'reportLens.entities.refresh';
export const ENTITIES_REMOVE_TAG_COMMAND = 'reportLens.entities.removeTag';
/** The Get Started walkthrough's first step: opens a copy of the sample report; returns its URI. */
export const OPEN_SAMPLE_COMMAND = 'reportLens.openSample';
/** For tests and other extensions: the tags painted in a document. */
export const TAGS_OF_COMMAND = 'reportLens.tagsOf';
