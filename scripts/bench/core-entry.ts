/**
 * The analysis core as the benchmark loads it: bundled by scripts/bench.mjs with the server's
 * esbuild settings, so the figures are those of the code the server runs.
 */
export { Analyzer } from '../../server/src/core/analyze';
export { TermMatcher } from '../../server/src/core/terms';
export { findCandidateTerms } from '../../server/src/core/candidates';
export { findFigures } from '../../server/src/core/figures';
export { findOrgMentions, resolveOrgs } from '../../server/src/core/orgs';
export { findOutline } from '../../server/src/core/outline';
export { checkBlocksSteps, checkDocumentSteps } from '../../server/src/core/checks';
export { finish } from '../../server/src/core/steps';
export { splitBlocks } from '../../server/src/core/textView';
export { builtinGlossary } from '../../server/src/core/glossary';
export { DEFAULT_SETTINGS } from '../../shared/settings';
// The V8 flags the server and the command line run with (importing the module sets them): the analysis timed here runs under them too.
export { ENGINE_FLAGS } from '../../shared/engine';
// The server's own request handlers, timed in-process beside the same requests over stdio.
export { getHover } from '../../server/src/lsp/features/hover';
export { getDocumentSymbols } from '../../server/src/lsp/features/documentSymbols';
export { ENGLISH } from '../../server/src/core/l10n';
