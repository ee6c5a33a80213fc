/**
 * The glossaries in use: loaded at start and whenever a glossary file or the settings change, with their
 * problems shown as diagnostics in the file and a message; and the command that adds an entry (the quick fix
 * "Add to glossary…" on a candidate term).
 */
import { DiagnosticSeverity, DidChangeConfigurationNotification, MessageType } from 'vscode-languageserver';
import { APPLY_GLOSSARY_ENTRY_COMMAND } from '../../../../shared/commands';
import { DecorationsChangedNotification } from '../../../../shared/protocol';
import type { TermCategory } from '../../core/types';
import * as path from 'node:path';
import { WORKSPACE_GLOSSARY, type GlossaryFileReport } from '../../disk/glossaryFiles';
import { placeGlossaries, type GlossaryPlaces } from '../../disk/glossaryPlaces';
import type { ReportLensSettings } from '../../../../shared/settings';
import type { HandlerModule, ServerContext } from '../context';
import { restrictedMessage, tellIfRestricted } from '../trust';

export interface GlossaryHost {
  /** Forgets every analysis (what they depend on changed) and analyses the open documents again. */
  reanalyseAll(): void;
  /** The client registers for configuration changes (dynamic registration). */
  dynamicConfiguration(): boolean;
}

/** What the analysis depends on in the settings; a change elsewhere (colours on or off) needs no re-analysis. */
function analysisKey(s: Pick<ReportLensSettings, 'glossaryFiles' | 'maxAnalysisLength' | 'candidateTerms' | 'userGlossaryFiles'>): string {
  return JSON.stringify([s.glossaryFiles, s.maxAnalysisLength, s.candidateTerms, s.userGlossaryFiles]);
}

/** The configured glossary files that may be used (glossaryPlaces.ts), for these settings and this workspace. */
function placesOf(ctx: ServerContext, s: ReportLensSettings): GlossaryPlaces {
  return placeGlossaries(s.glossaryFiles, ctx.workspaceFolders, s.userGlossaryFiles, ctx.trusted);
}

export function glossaryModule(host: GlossaryHost): HandlerModule {
  return (ctx) => {
    const { connection, glossaries } = ctx;
    let key = '';
    const toldOutside = new Set<string>();
    const reload = async () => {
      try {
        const s = await ctx.settings.global();
        key = analysisKey(s);
        const places = placesOf(ctx, s);
        for (const r of places.refused) {
          if (r.why !== 'outside' || toldOutside.has(r.file)) continue;
          toldOutside.add(r.file);
          ctx.tell(
            MessageType.Warning,
            ctx.l10n.t('Report Lens does not read the glossary file {0}: it is outside the workspace folders. A glossary kept elsewhere must be named in your user settings (reportLens.glossaryFiles), not the workspace’s.', r.file),
          );
        }
        // In Restricted Mode, not even the workspace glossary at the root of a folder is read.
        reportProblems(ctx, glossaries.load(places.allowed, ctx.trusted ? ctx.workspaceFolders : []));
      } catch (e) {
        // A bug, to be seen; the documents are analysed again all the same, with the glossaries as they are.
        ctx.logError('loading the glossaries', e);
      }
      host.reanalyseAll();
    };
    ctx.trustListeners.push(() => void reload());
    connection.onInitialized(async () => {
      tellIfRestricted(ctx);
      if (host.dynamicConfiguration()) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLens' });
      await reload();
    });
    connection.onDidChangeConfiguration(async () => {
      ctx.settings.clear();
      if (analysisKey(await ctx.settings.global()) !== key) return reload();
      for (const doc of ctx.documents.all()) void connection.sendNotification(DecorationsChangedNotification.method, { uri: doc.uri, version: doc.version });
    });
    ctx.documents.onDidSave((e) => {
      if (glossaries.isGlossaryFile(e.document.uri)) void reload();
    });
    connection.onDidChangeWatchedFiles((e) => {
      if (e.changes.some((c) => glossaries.isGlossaryFile(c.uri))) void reload();
    });
    connection.onExecuteCommand(async (params) => {
      if (params.command !== APPLY_GLOSSARY_ENTRY_COMMAND) return;
      await addEntry(ctx, params.arguments?.[0]);
      await reload();
    });
    return { capabilities: () => ({ executeCommandProvider: { commands: [APPLY_GLOSSARY_ENTRY_COMMAND] } }) };
  };
}

/** Writes the entry a client sends with APPLY_GLOSSARY_ENTRY_COMMAND, and tells the user where it went. */
async function addEntry(ctx: ServerContext, arg: unknown): Promise<void> {
  const { entry, file } = (arg ?? {}) as { entry?: { term?: string; definition?: string; category?: string }; file?: string };
  if (!entry?.term || !entry.definition) return;
  const { t } = ctx.l10n;
  if (!ctx.trusted) {
    ctx.tell(MessageType.Warning, restrictedMessage(ctx));
    return;
  }
  try {
    const { allowed } = placesOf(ctx, await ctx.settings.global());
    // Only into a glossary in use, or the workspace glossary at the root of a folder: never a file the client names elsewhere.
    const conventional = ctx.workspaceFolders.map((f) => path.join(f, WORKSPACE_GLOSSARY));
    const target = file ?? allowed[0] ?? conventional[0];
    if (target === undefined) throw new Error(t('there is no workspace folder to create a glossary file in'));
    if (typeof target !== 'string' || (!allowed.includes(target) && !conventional.includes(target))) {
      throw new Error(t('{0} is not one of the glossary files in use', String(target)));
    }
    const written = ctx.glossaries.addEntry({ ...entry, term: entry.term, definition: entry.definition, category: (entry.category ?? 'other') as TermCategory }, allowed, target);
    ctx.tell(MessageType.Info, t('Added “{0}” to {1}.', entry.term, written));
  } catch (e) {
    ctx.tell(MessageType.Error, t('Could not add “{0}” to the glossary: {1}', entry.term, (e as Error).message));
  }
}

/** A glossary file's problems: diagnostics in the file, and a message naming the first. */
function reportProblems(ctx: ServerContext, reports: GlossaryFileReport[]): void {
  const { t } = ctx.l10n;
  for (const r of reports) {
    void ctx.connection.sendDiagnostics({
      uri: r.uri,
      diagnostics: r.problems.map((p) => ({
        range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } },
        severity: r.rejected ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'report-lens',
        message: p.message,
      })),
    });
    const first = r.problems[0];
    if (r.readError) {
      ctx.tell(MessageType.Warning, t('Report Lens could not read the glossary file {0}: {1}', r.file, t(r.readError)));
    } else if (first) {
      const msg = r.rejected
        ? t('Glossary file {0}, line {1}: {2}. Report Lens keeps using the last good version of this file.', r.file, first.line + 1, first.message)
        : t('Glossary file {0}, line {1}: {2}. The other entries of the file are in use.', r.file, first.line + 1, first.message);
      ctx.tell(r.rejected ? MessageType.Error : MessageType.Warning, msg);
    }
  }
}
