/** The analyzer of a CLI run: the shipped glossary plus the files given with --glossary. */
import { Analyzer } from '../core/analyze';
import { builtinGlossary, parseGlossary, type ParsedGlossary } from '../core/glossary';
import { stripBom } from '../core/inputCheck';
import { TermMatcher } from '../core/terms';
import { readGlossaryText } from '../disk/glossaryFiles';
import { UsageError } from './args';
import { say, type Io } from './io';

/** An analyzer with the glossaries given on the command line; their problems go to `io`'s standard error. */
export function cliAnalyzer(glossaryFiles: readonly string[], candidates: boolean, io: Pick<Io, 'stderr' | 'l10n'>): Analyzer {
  return new Analyzer(cliMatcher(glossaryFiles, io), { candidateTerms: candidates });
}

/** The term matcher of the shipped glossary and the files given with --glossary; their problems go to `io`'s standard error. */
export function cliMatcher(glossaryFiles: readonly string[], io: Pick<Io, 'stderr' | 'l10n'>): TermMatcher {
  const glossaries: ParsedGlossary[] = [builtinGlossary()];
  for (const file of glossaryFiles) {
    const text = readGlossaryText(file);
    if (typeof text !== 'string') throw new UsageError('cannot read glossary {0}: {1}', file, io.l10n.t(text.message));
    const g = parseGlossary(stripBom(text), file);
    // The problem itself is in English, as the JSON it is about.
    for (const p of g.problems) say(io, `${file}:${p.line + 1}:${p.column + 1}: ${p.message}`);
    glossaries.push(g);
  }
  return new TermMatcher(glossaries);
}
