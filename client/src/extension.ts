/** The Report Lens client: starts the language server and paints its decorations. No analysis here. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ADD_TO_GLOSSARY_COMMAND, APPLY_GLOSSARY_ENTRY_COMMAND, RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND } from '../../shared/commands';
import type { InitializationOptions } from '../../shared/protocol';
import { Decorations } from './decorations';
import { registerOpenSample } from './samples';
import { activateTagging } from './tagging';

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
  // stdio, not Node IPC: over stdio the server reads a big report's didOpen in slices and keeps
  // answering meanwhile (server/src/lsp/transport); Node's IPC channel parses each message in one go.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
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
  activateTagging(context, client, isReport, output);

  context.subscriptions.push(
    output,
    decorations,
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      await client?.restart();
      decorations?.refreshVisible();
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show()),
    vscode.commands.registerCommand(ADD_TO_GLOSSARY_COMMAND, addToGlossary),
    registerOpenSample(context),
  );

  const d = decorations;
  return {
    getAppliedDecorations: (uri) => d.appliedRanges(uri),
    whenDecorated: (uri, timeoutMs) => d.whenDecorated(uri, timeoutMs),
  };
}

/** Categories of the glossary, with the labels users pick from. */
const CATEGORIES: [string, () => string][] = [
  ['medical-reform', () => vscode.l10n.t('medical reform')],
  ['public-health', () => vscode.l10n.t('public health')],
  ['maternal-child', () => vscode.l10n.t('maternal and child health')],
  ['elderly-care', () => vscode.l10n.t('elderly care')],
  ['tcm', () => vscode.l10n.t('traditional Chinese medicine')],
  ['party-building', () => vscode.l10n.t('party building')],
  ['governance', () => vscode.l10n.t('governance')],
  ['finance-insurance', () => vscode.l10n.t('finance and insurance')],
  ['workforce', () => vscode.l10n.t('workforce')],
  ['digital-health', () => vscode.l10n.t('digital health')],
  ['population', () => vscode.l10n.t('population')],
  ['other', () => vscode.l10n.t('other')],
];

/** The "Add to glossary…" quick fix: asks for a definition and a category; the server writes the entry. */
async function addToGlossary(arg: { term: string }): Promise<void> {
  const definition = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add “{0}” to the glossary', arg.term),
    prompt: vscode.l10n.t('Definition (one or two sentences)'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A definition is needed')),
  });
  if (!definition) return;
  const picked = await vscode.window.showQuickPick(
    CATEGORIES.map(([id, label]) => ({ label: label(), id })),
    { title: vscode.l10n.t('Category of “{0}”', arg.term), ignoreFocusOut: true },
  );
  if (!picked) return;
  await vscode.commands.executeCommand(APPLY_GLOSSARY_ENTRY_COMMAND, { entry: { term: arg.term, definition: definition.trim(), category: picked.id } });
}

export async function deactivate(): Promise<void> {
  decorations?.dispose();
  await client?.stop();
}
