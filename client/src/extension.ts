/** The Report Lens client: starts the language server and paints its decorations. No analysis here. */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ADD_TO_GLOSSARY_COMMAND, APPLY_GLOSSARY_ENTRY_COMMAND, RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND } from '../../shared/commands';
import SERVER_ENV from '../../shared/serverEnv.json';
import { TrustGrantedNotification, WrongEncodingNotification, type InitializationOptions, type WrongEncodingParams } from '../../shared/protocol';
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
  // SERVER_ENV pins glibc's mmap threshold: after a big report's blocks are freed, glibc would
  // otherwise raise it and keep tens of MB of freed memory in its heap for the life of the process.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env: SERVER_ENV } },
    debug: { module, transport: TransportKind.stdio, options: { env: SERVER_ENV, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // A function: a restarted server is told the trust as it is then.
  const initializationOptions = (): InitializationOptions => ({ clientDrawsDecorations: true, locale: vscode.env.language, trusted: vscode.workspace.isTrusted });
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    initializationOptions,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.json') },
    errorHandler: restartingErrorHandler(output),
    middleware: {
      workspace: {
        // The server may read glossary files outside the workspace only when the user named them in their own settings.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, i) => {
            const item = params.items[i];
            if (item?.section !== 'reportLens' || !value || typeof value !== 'object') return value;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            const user = vscode.workspace.getConfiguration('reportLens', scope).inspect<string[]>('glossaryFiles')?.globalValue;
            return { ...value, userGlossaryFiles: Array.isArray(user) ? user : [] };
          });
        },
      },
    },
  };
  client = new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TrustGrantedNotification.method)),
    // After a restart (a crash, or Restart Server) the server has analysed the open reports afresh: paint them again.
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) decorations?.refreshVisible();
    }),
  );
  client.onNotification(WrongEncodingNotification.method, (p: WrongEncodingParams) => void offerReopen(p));
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

/** A server that stops unexpectedly is restarted, at most this many times in RESTART_WINDOW_MS (as VS Code's default does), each time with a message. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

/**
 * Restarts a server that crashed, saying so: its state comes back with it (the client opens the open
 * reports in the new server again, and tags are in the .ann files, written at every change). After
 * MAX_RESTARTS crashes in RESTART_WINDOW_MS it stays stopped, with a message that says how to start it.
 */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      while (crashes.length && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      crashes.push(now);
      if (crashes.length > MAX_RESTARTS) {
        const message = vscode.l10n.t('The Report Lens server stopped {0} times in 3 minutes; it is not restarted again. Run “Report Lens: Restart Server” to start it; the Report Lens output shows what happened.', crashes.length);
        output.appendLine(message);
        void vscode.window.showErrorMessage(message);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      const message = vscode.l10n.t('The Report Lens server stopped unexpectedly and is being restarted. Your tags are safe in the .ann files beside the reports.');
      output.appendLine(message);
      void vscode.window.showWarningMessage(message);
      return { action: CloseAction.Restart, handled: true };
    },
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

/** A report that is mostly U+FFFD: says so, and offers to reopen it in the encoding it is probably in. */
async function offerReopen(p: WrongEncodingParams): Promise<void> {
  const uri = vscode.Uri.parse(p.uri);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const reopen = vscode.l10n.t('Reopen as GB18030');
  const pick = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} is mostly characters that could not be read: it is probably in GB18030 (GBK), opened as UTF-8. Report Lens did not analyse it.', name),
    reopen,
  );
  if (pick === reopen) await reopenWithEncoding(uri, p.suggested);
}

/**
 * Reopens a document in another encoding: with openTextDocument's `encoding` option where VS Code has it
 * (1.100 and later; the engine this extension asks for is older, so it is looked for at run time), else
 * through VS Code's own Reopen with Encoding picker.
 */
async function reopenWithEncoding(uri: vscode.Uri, encoding: string): Promise<void> {
  type WithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument & { encoding?: string }>;
  try {
    const doc = await (vscode.workspace.openTextDocument as unknown as WithEncoding)(uri, { encoding });
    if (doc.encoding === encoding) {
      await vscode.window.showTextDocument(doc);
      return;
    }
  } catch {
    // An older VS Code, or a document with unsaved changes: the picker below says what can be done.
  }
  await vscode.window.showTextDocument(uri);
  await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}

export async function deactivate(): Promise<void> {
  decorations?.dispose();
  await client?.stop();
}
