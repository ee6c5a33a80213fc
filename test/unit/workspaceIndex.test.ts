/** The workspace index (disk/workspaceIndex.ts): reports open in the editor are left to their live analysis. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { finish } from '../../server/src/core/steps';
import { TermMatcher } from '../../server/src/core/terms';
import { WorkspaceIndex } from '../../server/src/disk/workspaceIndex';
import { readSeed } from '../helpers';

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));

test('an open report is neither read nor analysed; once closed, the next update indexes it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-index-'));
  try {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    fs.writeFileSync(a, readSeed('001'));
    fs.writeFileSync(b, readSeed('004'));
    const open = new Set([a]);
    const analysed: string[] = [];
    const index = new WorkspaceIndex({
      *analyze(text) {
        analysed.push(text);
        const analysis = analyzer.analyze(text);
        yield* analysis.prepare();
        return analysis;
      },
      run: async (steps) => finish(steps),
      turn: async () => undefined,
      isOpen: (file) => open.has(file),
    });
    await index.update([dir]);
    assert.deepEqual(analysed, [readSeed('004')]);
    assert.deepEqual(index.files().map((f) => f.name), ['b.txt']);
    assert.ok(index.files()[0].symbols.length > 0);

    open.delete(a);
    await index.update([dir]);
    assert.deepEqual(analysed, [readSeed('004'), readSeed('001')], 'a.txt analysed once closed; b.txt not again');
    assert.deepEqual(index.files().map((f) => f.name).sort(), ['a.txt', 'b.txt']);
    assert.ok(index.files().find((f) => f.name === 'a.txt')!.symbols.some((s) => s.name.startsWith('一、主要做法')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
