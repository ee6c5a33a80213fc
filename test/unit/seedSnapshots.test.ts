/**
 * The full annotation list of every sample report, committed as a reviewed snapshot: any change in
 * what is found shows up in review. After a deliberate change: UPDATE_SNAPSHOTS=1 npm test, then read the diff.
 */
import { test } from 'node:test';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import type { Annotation } from '../../server/src/core/types';
import { matchSnapshot, readSeed, seedNames } from '../helpers';

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));

/** One line per annotation, easy to read in a diff. */
function line(a: Annotation): string {
  const where = `${a.start}-${a.end}`;
  const text = a.text.replace(/\r?\n/g, '⏎');
  if (a.kind === 'term') return `${where} term ${text} → ${a.candidate ? 'candidate' : `${a.canonical} [${a.category}]`}`;
  if (a.kind === 'figure') {
    const value = a.date ?? (a.value === null ? '∅' : String(a.value)) + (a.valueHigh !== undefined ? `–${a.valueHigh}` : '');
    return `${where} figure ${text} → ${a.figureKind} ${value} ${a.unit}${a.approx && a.approx !== 'exact' ? ` (${a.approx})` : ''}${a.scope ? ` @${a.scope}` : ''}`;
  }
  return `${where} org ${text} → ${a.orgKind} ${a.canonical}${a.aliases.length ? ` aka ${a.aliases.join('|')}` : ''} ×${a.mentions}`;
}

for (const name of seedNames()) {
  test(`annotations of ${name}`, () => {
    const a = analyzer.analyze(readSeed(name.slice(0, 3)));
    const all: Annotation[] = [...a.terms, ...a.figures, ...a.orgs].sort((x, y) => x.start - y.start || x.kind.localeCompare(y.kind));
    matchSnapshot(`annotations-${name.slice(0, 3)}`, all.map(line));
  });
}
