/**
 * The commands the server's quick fixes run (server/src/lsp/handlers/tags.ts offers them as code actions): each
 * turns the fix's arguments into a tag request.
 */
import * as vscode from 'vscode';
import { MARK_DETECTION_COMMAND, REMOVE_TAGS_COMMAND, TAG_RANGE_COMMAND } from '../../../shared/commands';
import { AddTagRequest, MarkDetectionRequest, RemoveTagRequest, type WirePosition } from '../../../shared/protocol';
import type { TaggingContext } from './context';

/** Registers the commands; the caller disposes of what is returned. */
export function registerQuickFixCommands(ctx: TaggingContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(TAG_RANGE_COMMAND, (arg: { uri: string; range: { start: WirePosition; end: WirePosition }; label: string }) =>
      ctx.edit(AddTagRequest.method, { textDocument: { uri: arg.uri }, range: arg.range, label: arg.label }),
    ),
    vscode.commands.registerCommand(MARK_DETECTION_COMMAND, (arg: { uri: string; position: WirePosition; verdict: 'wrong' | 'right'; kind?: 'term' | 'figure' | 'org' }) =>
      ctx.edit(MarkDetectionRequest.method, { textDocument: { uri: arg.uri }, position: arg.position, verdict: arg.verdict, ...(arg.kind ? { kind: arg.kind } : {}) }),
    ),
    vscode.commands.registerCommand(REMOVE_TAGS_COMMAND, (arg: { uri: string; ids: string[] }) => ctx.edit(RemoveTagRequest.method, { textDocument: { uri: arg.uri }, ids: arg.ids })),
  ];
}
