/**
 * Tagging in the editor: tag a selection, see the .ann file beside the report, close and reopen the
 * report and find the tag still there, at the same text, also after an edit moved it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { REMOVE_TAG_COMMAND, TAGS_OF_COMMAND, TAG_AS_CUSTOM_COMMAND } from '../../../shared/commands';
import { closeAll, openSample, poll, rangeOf, restoreSampleAround, sampleAnnUri, SUMMARY } from './util';

/** A phrase of the sample summary that occurs once. */
const PHRASE = '组建覆盖全市的城市医疗集团';
const LABEL = '重点任务';

interface PaintedTag { id: string; label: string; text: string; ranges: vscode.Range[]; verdict?: string }

const tagsOf = async (uri: vscode.Uri): Promise<PaintedTag[]> => (await vscode.commands.executeCommand<PaintedTag[]>(TAGS_OF_COMMAND, uri)) ?? [];
const annUri = () => sampleAnnUri(SUMMARY);
async function readAnn(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(annUri()));
  } catch {
    return undefined;
  }
}

describe('Tagging a report', () => {
  restoreSampleAround(SUMMARY);

  it('a tagged selection is saved beside the report and is still there after closing and reopening it', async () => {
    let editor = await openSample(SUMMARY);
    const range = rangeOf(editor.document, PHRASE);
    editor.selection = new vscode.Selection(range.start, range.end);
    await vscode.commands.executeCommand(TAG_AS_CUSTOM_COMMAND, LABEL);

    const ann = await poll('the .ann file beside the report', readAnn, (s) => s.includes(`\t${LABEL} `));
    assert.match(ann, new RegExp(`^T\\d+\\t${LABEL} \\d+ \\d+\\t${PHRASE}$`, 'm'));
    const painted = await poll('the tag painted in the editor', () => tagsOf(editor.document.uri), (tags) => tags.length === 1);
    assert.equal(painted[0].label, LABEL);
    assert.ok(painted[0].ranges[0].isEqual(range), `tag painted at ${JSON.stringify(painted[0].ranges[0])}, expected ${JSON.stringify(range)}`);

    await closeAll();
    editor = await openSample(SUMMARY);
    const again = await poll('the tag after reopening', () => tagsOf(editor.document.uri), (tags) => tags.length === 1);
    assert.equal(again[0].label, LABEL);
    assert.equal(editor.document.getText(again[0].ranges[0]), PHRASE);
  });

  it('an edit before the tag moves it; after saving, the .ann has the new offsets and reopening finds it', async () => {
    let editor = await openSample(SUMMARY);
    await poll('the tag from the previous test', () => tagsOf(editor.document.uri), (tags) => tags.length === 1);
    const before = (await readAnn())!;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '（征求意见稿）\n')), 'edit was not applied');
    const moved = await poll('the tag moved by the edit', () => tagsOf(editor.document.uri), (tags) => tags.length === 1 && editor.document.getText(tags[0].ranges[0]) === PHRASE);
    assert.equal(moved[0].ranges[0].start.line, rangeOf(editor.document, PHRASE).start.line);
    assert.ok(await editor.document.save(), 'save failed');
    const after = await poll('the .ann rewritten after the save', readAnn, (s) => s !== before);
    const [, start] = /\t\S+ (\d+) \d+\t/.exec(after)!;
    const [, oldStart] = /\t\S+ (\d+) \d+\t/.exec(before)!;
    assert.equal(Number(start), Number(oldStart) + '（征求意见稿）\n'.length);

    await closeAll();
    editor = await openSample(SUMMARY);
    const again = await poll('the tag after reopening', () => tagsOf(editor.document.uri), (tags) => tags.length === 1);
    assert.equal(editor.document.getText(again[0].ranges[0]), PHRASE);
  });

  it('removing the tag empties the .ann file', async () => {
    const editor = await openSample(SUMMARY);
    const range = rangeOf(editor.document, PHRASE);
    await poll('the tag', () => tagsOf(editor.document.uri), (tags) => tags.length === 1);
    editor.selection = new vscode.Selection(range.start.translate(0, 2), range.start.translate(0, 2));
    await vscode.commands.executeCommand(REMOVE_TAG_COMMAND);
    await poll('no tag painted', () => tagsOf(editor.document.uri), (tags) => tags.length === 0);
    assert.equal(await readAnn(), '');
  });
});
