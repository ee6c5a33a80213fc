/** Settings take effect at once, without reloading the window. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openSample, poll, SUMMARY } from './util';

describe('Settings', () => {
  const config = () => vscode.workspace.getConfiguration('reportLens');
  let doc: vscode.TextDocument;
  before(async () => {
    await closeAll();
    doc = (await openSample(SUMMARY)).document;
  });
  after(async () => {
    await config().update('decorations.figures', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('reportLens.decorations.figures = false removes figure decorations and keeps the others; true brings them back', async () => {
    const lens = await api();
    const count = (kind: string) => (lens.getAppliedDecorations(doc.uri)[kind] ?? []).length;
    const figures = count('figure');
    const terms = count('term');
    const orgs = count('org');
    assert.ok(figures > 0 && terms > 0 && orgs > 0, `expected all kinds before: figures ${figures}, terms ${terms}, orgs ${orgs}`);

    await config().update('decorations.figures', false, vscode.ConfigurationTarget.Global);
    await poll('figure decorations to disappear', () => count('figure'), (n) => n === 0);
    assert.equal(count('term'), terms, 'term decorations changed when figures were turned off');
    assert.equal(count('org'), orgs, 'org decorations changed when figures were turned off');

    await config().update('decorations.figures', undefined, vscode.ConfigurationTarget.Global);
    await poll('figure decorations to come back', () => count('figure'), (n) => n === figures);
  });

  it('reportLens.decorations.terms = false removes term decorations only', async () => {
    const lens = await api();
    const count = (kind: string) => (lens.getAppliedDecorations(doc.uri)[kind] ?? []).length;
    const figures = count('figure');
    await config().update('decorations.terms', false, vscode.ConfigurationTarget.Global);
    try {
      await poll('term decorations to disappear', () => count('term'), (n) => n === 0);
      assert.equal(count('figure'), figures);
    } finally {
      await config().update('decorations.terms', undefined, vscode.ConfigurationTarget.Global);
    }
    await poll('term decorations to come back', () => count('term'), (n) => n > 0);
  });
});
