/** The analyzer of a CLI run: the shipped glossary plus the files given with --glossary. */
import { Analyzer } from '../core/analyze';
import { builtinGlossary, parseGlossary, type ParsedGlossary } from '../core/glossary';
import { stripBom } from '../core/inputCheck';
import { TermMatcher } from '../core/terms';
import { readGlossaryText } from '../disk/glossaryFiles';
import { UsageError } from './args';

/** An analyzer with the glossaries given on the command line; their problems go to `stderr`. */
export function cliAnalyzer(glossaryFiles: readonly string[], candidates: boolean, stderr: (s: string) => void): Analyzer {
  return new Analyzer(cliMatcher(glossaryFiles, stderr), { candidateTerms: candidates });
}

/** The term matcher of the shipped glossary and the files given with --glossary; their problems go to `stderr`. */
export function cliMatcher(glossaryFiles: readonly string[], stderr: (s: string) => void): TermMatcher {
  const glossaries: ParsedGlossary[] = [builtinGlossary()];
  for (const file of glossaryFiles) {
    const text = readGlossaryText(file);
    if (typeof text !== 'string') throw new UsageError(`cannot read glossary ${file}: ${text.message}`);
    const g = parseGlossary(stripBom(text), file);
    for (const p of g.problems) stderr(`report-lens: ${file}:${p.line + 1}:${p.column + 1}: ${p.message}\n`);
    glossaries.push(g);
  }
  return new TermMatcher(glossaries);
}
