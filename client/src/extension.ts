/** The Report Lens client: starts the language server and paints its decorations. No analysis here. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../shared/protocol';
import { Decorations } from './decorations';

/** What the extension exports, for tests and other extensions. */
export interface ReportLensApi {
  /** Ranges of the decorations painted for a document, per kind ('term' | 'candidate' | 'figure' | 'org'). */
  getAppliedDecorations(uri: vscode.Uri): Record<string, vscode.Range[]>;
  /** Resolves once decorations for the document's current version are painted. */
  whenDecorated(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
}

/** Reports are `.txt` files opened as Plain Text, and documents in the `report` language. */
const SELECTOR = [
  { language: 'plaintext', pattern: '**/*.txt' },
  { language: 'report' },
];

let client: LanguageClient | undefined;
let decorations: Decorations | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ReportLensApi> {
  const output = vscode.window.createOutputChannel('Report Lens', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = { clientDrawsDecorations: true, locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    initializationOptions,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.json') },
  };
  client = new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
  await client.start();
  const isReport = (doc: vscode.TextDocument) => vscode.languages.match(SELECTOR, doc) > 0;
  decorations = new Decorations(client, isReport);

  context.subscriptions.push(
    output,
    decorations,
    vscode.commands.registerCommand('reportLens.restartServer', async () => {
      await client?.restart();
      decorations?.refreshVisible();
    }),
    vscode.commands.registerCommand('reportLens.showOutput', () => output.show()),
  );

  const d = decorations;
  return {
    getAppliedDecorations: (uri) => d.appliedRanges(uri),
    whenDecorated: (uri, timeoutMs) => d.whenDecorated(uri, timeoutMs),
  };
}

export async function deactivate(): Promise<void> {
  decorations?.dispose();
  await client?.stop();
}
