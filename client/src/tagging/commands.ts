/**
 * The user's tagging commands, from the editor's context menu and the command palette: tag the
 * selection (as a term, figure, organisation or a label of the user's own), remove the tag at the
 * cursor, mark the detection at the cursor wrong or right.
 */
import * as vscode from 'vscode';
import { MARK_RIGHT_COMMAND, MARK_WRONG_COMMAND, REMOVE_TAG_COMMAND, TAG_AS_CUSTOM_COMMAND, TAG_AS_FIGURE_COMMAND, TAG_AS_ORG_COMMAND, TAG_AS_TERM_COMMAND } from '../../../shared/commands';
import { AddTagRequest, MarkDetectionRequest, RemoveTagRequest, type TagEditResult, type WirePosition } from '../../../shared/protocol';
import { activeReport, type TaggingContext } from './context';
import { customTags } from './customTags';

/** The labels that make a tag draw like a detection of that kind. */
const KIND_LABELS = { term: 'Term', figure: 'Figure', org: 'Organisation' } as const;

const position = (p: vscode.Position): WirePosition => ({ line: p.line, character: p.character });

/** Registers the commands; the caller disposes of what is returned. */
export function registerTagCommands(ctx: TaggingContext): vscode.Disposable[] {
  const c2p = ctx.client.code2ProtocolConverter;

  async function tagSelection(label: string | undefined, editor = vscode.window.activeTextEditor): Promise<TagEditResult | undefined> {
    if (!editor || !ctx.isReport(editor.document)) return void activeReport(ctx);
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to tag first.'));
      return undefined;
    }
    label ??= await pickCustomLabel(editor.document.uri);
    if (!label) return undefined;
    return ctx.edit(AddTagRequest.method, { textDocument: { uri: ctx.uriOf(editor.document) }, range: c2p.asRange(editor.selection), label });
  }

  async function markAtCursor(verdict: 'wrong' | 'right'): Promise<TagEditResult | undefined> {
    const editor = activeReport(ctx);
    if (!editor) return undefined;
    return ctx.edit(MarkDetectionRequest.method, { textDocument: { uri: ctx.uriOf(editor.document) }, position: position(editor.selection.active), verdict });
  }

  async function removeAtCursor(): Promise<TagEditResult | undefined> {
    const editor = activeReport(ctx);
    if (!editor) return undefined;
    return ctx.edit(RemoveTagRequest.method, { textDocument: { uri: ctx.uriOf(editor.document) }, position: position(editor.selection.active) });
  }

  return [
    vscode.commands.registerCommand(TAG_AS_TERM_COMMAND, () => tagSelection(KIND_LABELS.term)),
    vscode.commands.registerCommand(TAG_AS_FIGURE_COMMAND, () => tagSelection(KIND_LABELS.figure)),
    vscode.commands.registerCommand(TAG_AS_ORG_COMMAND, () => tagSelection(KIND_LABELS.org)),
    vscode.commands.registerCommand(TAG_AS_CUSTOM_COMMAND, (label?: string) => tagSelection(typeof label === 'string' ? label : undefined)),
    vscode.commands.registerCommand(REMOVE_TAG_COMMAND, removeAtCursor),
    vscode.commands.registerCommand(MARK_WRONG_COMMAND, () => markAtCursor('wrong')),
    vscode.commands.registerCommand(MARK_RIGHT_COMMAND, () => markAtCursor('right')),
  ];
}

/** Asks for a label of the user's own: one from `reportLens.customTags`, or a new one typed in. */
async function pickCustomLabel(uri: vscode.Uri): Promise<string | undefined> {
  const NEW = '\u0000new';
  const items: (vscode.QuickPickItem & { name: string })[] = customTags(uri).map((c) => ({ label: c.name, description: c.description, name: c.name }));
  items.push({ label: `$(add) ${vscode.l10n.t('New label…')}`, name: NEW, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Tag the selection as'), placeHolder: vscode.l10n.t('A label of your own (set them in reportLens.customTags)') });
  if (!picked) return undefined;
  if (picked.name !== NEW) return picked.name;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('New label'),
    prompt: vscode.l10n.t('A short name without spaces, e.g. 重点任务'),
    validateInput: (v) => (!v.trim() ? vscode.l10n.t('A label is needed') : /\s/.test(v.trim()) ? vscode.l10n.t('A label cannot contain spaces') : undefined),
  });
  return typed?.trim() || undefined;
}
