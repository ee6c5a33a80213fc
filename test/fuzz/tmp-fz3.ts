import { generate } from './fuzz';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { checkBlocksSteps, checkDocumentSteps } from '../../server/src/core/checks';
import { finish } from '../../server/src/core/steps';
const { sessions } = generate(20261203, 400, 0);
const an = new Analyzer(new TermMatcher([builtinGlossary()]));
for (let i = 0; i <= 24; i++) {
  const s = sessions[i];
  const t = performance.now();
  const a = an.analyze(s.text);
  const t1 = performance.now();
  const b = finish(checkBlocksSteps(a));
  const t2 = performance.now();
  finish(checkDocumentSteps(a, b));
  const t3 = performance.now();
  console.log(i, s.text.length, 'analysis', (t1 - t).toFixed(0), 'blocks', (t2 - t1).toFixed(0), 'doc', (t3 - t2).toFixed(0));
}
