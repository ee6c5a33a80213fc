/** The analyzer of a CLI run: the shipped glossary plus the files given with --glossary. */
import * as fs from 'node:fs';
import { Analyzer } from '../core/analyze';
import { builtinGlossary, parseGlossary, type ParsedGlossary } from '../core/glossary';
import { stripBom } from '../core/inputCheck';
import { TermMatcher } from '../core/terms';
import { fsErrorMessage } from '../disk/reportFiles';
import { UsageError } from './args';

/** An analyzer with the glossaries given on the command line; their problems go to `stderr`. */
export function cliAnalyzer(glossaryFiles: readonly string[], candidates: boolean, stderr: (s: string) => void): Analyzer {
  const glossaries: ParsedGlossary[] = [builtinGlossary()];
  for (const file of glossaryFiles) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read glossary ${file}: ${(e as NodeJS.ErrnoException).code ?? fsErrorMessage(e)}`);
    }
    const g = parseGlossary(stripBom(text), file);
    for (const p of g.problems) stderr(`report-lens: ${file}:${p.line + 1}:${p.column + 1}: ${p.message}\n`);
    glossaries.push(g);
  }
  return new Analyzer(new TermMatcher(glossaries), { candidateTerms: candidates });
}
