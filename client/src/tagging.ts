/**
 * Tagging in VS Code: commands and context-menu entries to tag a selection, remove a tag and mark a
 * detection wrong or right; the user's tags painted in the editor; the Report Entities view; exports.
 * The server keeps the tags (in a .ann file beside each report); this side only asks and shows.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AddTagRequest,
  EntitiesRequest,
  ExportRequest,
  MarkDetectionRequest,
  RemoveTagRequest,
  TagsChangedNotification,
  TagsRequest,
  type AddTagParams,
  type EntitiesResult,
  type EntityNode,
  type ExportFormat,
  type ExportResult,
  type MarkDetectionParams,
  type RemoveTagParams,
  type TagEditResult,
  type TagsResult,
  type WireRange,
  type WirePosition,
} from '../../shared/protocol';

/** A custom tag from `reportLens.customTags`. */
interface CustomTag {
  name: string;
  color?: string;
  description?: string;
}

const KIND_LABELS = { term: 'Term', figure: 'Figure', org: 'Organisation' } as const;
const PALETTE = ['#c2185b', '#7b1fa2', '#e65100', '#2e7d32', '#455a64', '#6d4c41', '#00838f', '#ad1457'];
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const DEBOUNCE_MS = 300;

const toRange = (r: WireRange) => new vscode.Range(r[0], r[1], r[2], r[3]);

function customTags(uri?: vscode.Uri): CustomTag[] {
  const raw = vscode.workspace.getConfiguration('reportLens', uri).get<unknown>('customTags');
  if (!Array.isArray(raw)) return [];
  return raw.filter((c): c is CustomTag => !!c && typeof c === 'object' && typeof (c as CustomTag).name === 'string' && !!(c as CustomTag).name.trim());
}

/** Sets up tagging; everything registered is disposed with the extension. */
export function activateTagging(context: vscode.ExtensionContext, client: LanguageClient, isReport: (doc: vscode.TextDocument) => boolean): void {
  const c2p = client.code2ProtocolConverter;
  const uriOf = (doc: vscode.TextDocument) => c2p.asUri(doc.uri);
  const position = (p: vscode.Position): WirePosition => ({ line: p.line, character: p.character });

  // ------------------------------------------------------------ painting the user's tags

  const kindTypes = new Map<string, vscode.TextEditorDecorationType>();
  const labelTypes = new Map<string, vscode.TextEditorDecorationType>();
  const applied = new Map<string, { version: number; tags: TagsResult['tags'] }>();
  const timers = new Map<string, NodeJS.Timeout>();

  const kindType = (kind: 'term' | 'figure' | 'org') => {
    let t = kindTypes.get(kind);
    if (!t) {
      const color = (part: string) => new vscode.ThemeColor(`reportLens.${kind}.${part}`);
      t = vscode.window.createTextEditorDecorationType({
        backgroundColor: color('background'),
        border: '1px solid',
        borderColor: color('border'),
        borderRadius: '2px',
        overviewRulerColor: color('ruler'),
        overviewRulerLane: vscode.OverviewRulerLane.Full,
      });
      kindTypes.set(kind, t);
    }
    return t;
  };
  const labelType = (label: string, uri: vscode.Uri) => {
    let t = labelTypes.get(label);
    if (!t) {
      const wanted = customTags(uri).find((c) => c.name === label)?.color;
      const color = wanted && HEX.test(wanted) ? wanted : PALETTE[labelTypes.size % PALETTE.length];
      const full = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
      t = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${full}33`,
        border: `1px solid ${full}`,
        borderRadius: '2px',
        overviewRulerColor: full,
        overviewRulerLane: vscode.OverviewRulerLane.Full,
      });
      labelTypes.set(label, t);
    }
    return t;
  };

  async function paint(doc: vscode.TextDocument): Promise<void> {
    let result: TagsResult | null;
    try {
      result = await client.sendRequest<TagsResult | null>(TagsRequest.method, { textDocument: { uri: uriOf(doc) } });
    } catch {
      return;
    }
    if (!result || result.version !== doc.version) return;
    applied.set(doc.uri.toString(), { version: result.version, tags: result.tags });
    const byType = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>();
    for (const t of [...kindTypes.values(), ...labelTypes.values()]) byType.set(t, []);
    for (const tag of result.tags) {
      if (tag.verdict) continue; // corrections are not painted: a wrong detection simply disappears
      const type = tag.kind === 'tag' ? labelType(tag.label, doc.uri) : kindType(tag.kind);
      const hover = new vscode.MarkdownString(vscode.l10n.t('Your tag: {0}', tag.kind === 'tag' ? tag.label : kindName(tag.kind)));
      const list = byType.get(type) ?? [];
      list.push(...tag.ranges.map((r) => ({ range: toRange(r), hoverMessage: hover })));
      byType.set(type, list);
    }
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === doc)) {
      for (const [type, ranges] of byType) editor.setDecorations(type, ranges);
    }
  }

  function schedule(doc: vscode.TextDocument, delay = 0): void {
    if (!isReport(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); void paint(doc); }, delay));
  }
  const paintVisible = () => { for (const e of vscode.window.visibleTextEditors) schedule(e.document); };

  // ------------------------------------------------------------ requests and their answers

  /** Sends a tag request and tells the user when nothing was done. */
  async function edit(method: string, params: AddTagParams | RemoveTagParams | MarkDetectionParams): Promise<TagEditResult | undefined> {
    let r: TagEditResult;
    try {
      r = await client.sendRequest<TagEditResult>(method, params);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Report Lens could not change the tags: {0}', (e as Error).message));
      return undefined;
    }
    if (!r.ok && r.message) void vscode.window.showWarningMessage(r.message);
    const doc = vscode.workspace.textDocuments.find((d) => uriOf(d) === params.textDocument.uri);
    if (doc) {
      schedule(doc);
      entities.refresh();
    }
    return r;
  }

  const activeReport = (): vscode.TextEditor | undefined => {
    const e = vscode.window.activeTextEditor;
    if (e && isReport(e.document)) return e;
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report (.txt or .report) first.'));
    return undefined;
  };

  async function tagSelection(label: string | undefined, editor = vscode.window.activeTextEditor): Promise<TagEditResult | undefined> {
    if (!editor || !isReport(editor.document)) return void activeReport();
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to tag first.'));
      return undefined;
    }
    label ??= await pickCustomLabel(editor.document.uri);
    if (!label) return undefined;
    return edit(AddTagRequest.method, { textDocument: { uri: uriOf(editor.document) }, range: c2p.asRange(editor.selection), label });
  }

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

  async function markAtCursor(verdict: 'wrong' | 'right'): Promise<TagEditResult | undefined> {
    const editor = activeReport();
    if (!editor) return undefined;
    return edit(MarkDetectionRequest.method, { textDocument: { uri: uriOf(editor.document) }, position: position(editor.selection.active), verdict });
  }

  async function removeAtCursor(): Promise<TagEditResult | undefined> {
    const editor = activeReport();
    if (!editor) return undefined;
    return edit(RemoveTagRequest.method, { textDocument: { uri: uriOf(editor.document) }, position: position(editor.selection.active) });
  }

  // ------------------------------------------------------------ the Report Entities view

  const entities = new EntitiesView(client, isReport);
  const view = vscode.window.createTreeView('reportLens.entities', { treeDataProvider: entities, showCollapseAll: true });
  entities.attach(view);

  /** Where cycling through an entry's mentions stands. */
  let cycle: { id: string; index: number } | undefined;
  async function reveal(node: EntityNode | undefined, step: 1 | -1 | 0 = 0): Promise<void> {
    const doc = entities.document;
    if (!node || !doc || node.ranges.length === 0) return;
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: step === 0 ? false : true });
    const ranges = node.ranges.map(toRange);
    const at = ranges.findIndex((r) => r.isEqual(editor.selection));
    let index: number;
    if (step === 0) index = cycle?.id === node.id && at >= 0 ? (at + 1) % ranges.length : 0; // a second click goes on
    else index = at >= 0 ? (at + step + ranges.length) % ranges.length : step > 0 ? 0 : ranges.length - 1;
    cycle = { id: node.id, index };
    editor.selection = new vscode.Selection(ranges[index].start, ranges[index].end);
    editor.revealRange(ranges[index], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    view.message = ranges.length > 1 ? vscode.l10n.t('{0}: mention {1} of {2}', node.label, index + 1, ranges.length) : undefined;
  }

  // ------------------------------------------------------------ export

  const FORMATS: { format: ExportFormat; label: () => string; detail: () => string; ext: string }[] = [
    { format: 'html', label: () => vscode.l10n.t('HTML page'), detail: () => vscode.l10n.t('The report with its highlights and a legend; opens in any browser'), ext: 'html' },
    { format: 'csv', label: () => vscode.l10n.t('CSV table'), detail: () => vscode.l10n.t('One row per annotation, for spreadsheets'), ext: 'csv' },
    { format: 'brat', label: () => vscode.l10n.t('brat standoff (.ann)'), detail: () => vscode.l10n.t('For brat and other annotation tools'), ext: 'ann' },
    { format: 'doccano', label: () => vscode.l10n.t('doccano JSONL'), detail: () => vscode.l10n.t('For import into doccano'), ext: 'jsonl' },
  ];

  async function pickFormat(): Promise<(typeof FORMATS)[number] | undefined> {
    const picked = await vscode.window.showQuickPick(
      FORMATS.map((f) => ({ label: f.label(), detail: f.detail(), f })),
      { title: vscode.l10n.t('Export the annotations as') },
    );
    return picked?.f;
  }

  async function exportReport(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const editor = activeReport();
    if (!editor) return undefined;
    const f = format ? FORMATS.find((x) => x.format === format) : await pickFormat();
    if (!f) return undefined;
    const result = await client.sendRequest<ExportResult>(ExportRequest.method, { format: f.format, textDocument: { uri: uriOf(editor.document) } });
    const file = result.files[0];
    if (!file) return undefined;
    const own = vscode.Uri.joinPath(editor.document.uri, '..', file.name);
    target ??= await vscode.window.showSaveDialog({
      defaultUri: f.format === 'brat' ? vscode.Uri.joinPath(editor.document.uri, '..', 'export', file.name) : own,
      filters: { [f.label()]: [f.ext] },
      title: vscode.l10n.t('Export the annotations'),
    });
    if (!target) return undefined;
    if (f.format === 'brat' && target.toString() === own.toString()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} holds the tags kept beside the report; export to another folder.', file.name));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
    void offerOpen([target]);
    return [target];
  }

  async function exportFolder(format?: ExportFormat, folder?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    folder ??= await pickFolder();
    if (!folder) return undefined;
    const f = format ? FORMATS.find((x) => x.format === format) : await pickFormat();
    if (!f) return undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the annotations of {0}…', folder.path.split('/').pop() ?? ''), cancellable: true },
      (_p, token) => client.sendRequest<ExportResult>(ExportRequest.method, { format: f.format, folder: folder!.toString() }, token),
    );
    if (!result.files.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No reports found in {0}.', folder.path));
      return undefined;
    }
    const written: vscode.Uri[] = [];
    if (f.format === 'brat') {
      target ??= (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: vscode.l10n.t('Folder to write the brat files into') }))?.[0];
      if (!target) return undefined;
      if (target.toString().replace(/\/$/, '') === folder.toString().replace(/\/$/, '')) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Choose another folder: the reports’ own .ann files hold your tags.'));
        return undefined;
      }
      for (const file of result.files) {
        const uri = vscode.Uri.joinPath(target, file.name);
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(file.content));
        written.push(uri);
      }
    } else {
      const file = result.files[0];
      target ??= await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, file.name), filters: { [f.label()]: [f.ext] } });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
      written.push(target);
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the annotations of {0} reports.', result.reports));
    return written;
  }

  async function pickFolder(): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return folders[0].uri;
    if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick())?.uri;
    return (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false }))?.[0];
  }

  async function offerOpen(uris: vscode.Uri[]): Promise<void> {
    const open = vscode.l10n.t('Open');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', uris[0].fsPath), open)) === open) {
      await vscode.commands.executeCommand('vscode.open', uris[0]);
    }
  }

  // ------------------------------------------------------------ registration

  const wrapRange = (arg: { uri: string; range: { start: WirePosition; end: WirePosition }; label: string }) =>
    edit(AddTagRequest.method, { textDocument: { uri: arg.uri }, range: arg.range, label: arg.label });

  context.subscriptions.push(
    view,
    entities,
    { dispose: () => { for (const t of [...kindTypes.values(), ...labelTypes.values()]) t.dispose(); for (const t of timers.values()) clearTimeout(t); } },
    vscode.commands.registerCommand('reportLens.tagAsTerm', () => tagSelection(KIND_LABELS.term)),
    vscode.commands.registerCommand('reportLens.tagAsFigure', () => tagSelection(KIND_LABELS.figure)),
    vscode.commands.registerCommand('reportLens.tagAsOrg', () => tagSelection(KIND_LABELS.org)),
    vscode.commands.registerCommand('reportLens.tagAsCustom', (label?: string) => tagSelection(typeof label === 'string' ? label : undefined)),
    vscode.commands.registerCommand('reportLens.removeTag', removeAtCursor),
    vscode.commands.registerCommand('reportLens.markWrong', () => markAtCursor('wrong')),
    vscode.commands.registerCommand('reportLens.markRight', () => markAtCursor('right')),
    vscode.commands.registerCommand('reportLens.exportReport', (format?: ExportFormat, target?: vscode.Uri) => exportReport(format, target)),
    vscode.commands.registerCommand('reportLens.exportFolder', (format?: ExportFormat, folder?: vscode.Uri, target?: vscode.Uri) => exportFolder(format, folder, target)),
    // Run by the server's quick fixes.
    vscode.commands.registerCommand('reportLens.tagRange', wrapRange),
    vscode.commands.registerCommand('reportLens.markDetectionAt', (arg: { uri: string; position: WirePosition; verdict: 'wrong' | 'right'; kind?: 'term' | 'figure' | 'org' }) =>
      edit(MarkDetectionRequest.method, { textDocument: { uri: arg.uri }, position: arg.position, verdict: arg.verdict, ...(arg.kind ? { kind: arg.kind } : {}) }),
    ),
    vscode.commands.registerCommand('reportLens.removeTagsById', (arg: { uri: string; ids: string[] }) => edit(RemoveTagRequest.method, { textDocument: { uri: arg.uri }, ids: arg.ids })),
    // The view.
    vscode.commands.registerCommand('reportLens.entities.reveal', (node: EntityNode) => reveal(node, 0)),
    vscode.commands.registerCommand('reportLens.entities.next', (node?: EntityNode) => reveal(node ?? entities.byId(cycle?.id), 1)),
    vscode.commands.registerCommand('reportLens.entities.previous', (node?: EntityNode) => reveal(node ?? entities.byId(cycle?.id), -1)),
    vscode.commands.registerCommand('reportLens.entities.refresh', () => entities.refresh()),
    vscode.commands.registerCommand('reportLens.entities.removeTag', (node: EntityNode) => {
      const doc = entities.document;
      if (doc && node?.tagIds?.length) return edit(RemoveTagRequest.method, { textDocument: { uri: uriOf(doc) }, ids: node.tagIds });
      return undefined;
    }),
    // For tests and other extensions: the tags painted in a document.
    vscode.commands.registerCommand('reportLens.tagsOf', (uri: vscode.Uri) => applied.get(uri.toString())?.tags.map((t) => ({ ...t, ranges: t.ranges.map(toRange) })) ?? []),
    client.onNotification(TagsChangedNotification.method, (p: { uri: string }) => {
      const doc = vscode.workspace.textDocuments.find((d) => uriOf(d) === p.uri);
      if (doc) schedule(doc);
      if (doc && doc === entities.document) entities.refresh();
    }),
    vscode.window.onDidChangeVisibleTextEditors(paintVisible),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isReport(e.document) || e.contentChanges.length === 0) return;
      schedule(e.document, DEBOUNCE_MS);
      if (e.document === entities.document) entities.refresh(DEBOUNCE_MS * 2);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => applied.delete(doc.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor((e) => entities.follow(e)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('reportLens.customTags')) return;
      for (const t of labelTypes.values()) t.dispose();
      labelTypes.clear();
      paintVisible();
    }),
  );
  paintVisible();
  entities.follow(vscode.window.activeTextEditor);
}

function kindName(kind: 'term' | 'figure' | 'org'): string {
  return kind === 'term' ? vscode.l10n.t('policy term') : kind === 'figure' ? vscode.l10n.t('figure') : vscode.l10n.t('organisation');
}

/** The Report Entities tree: the entities of the active report, refreshed as it changes. */
class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The report whose entities are shown. */
  document: vscode.TextDocument | undefined;
  private result: EntitiesResult | undefined;
  private view: vscode.TreeView<EntityNode> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly parents = new Map<string, EntityNode>();

  constructor(private readonly client: LanguageClient, private readonly isReport: (doc: vscode.TextDocument) => boolean) {}

  attach(view: vscode.TreeView<EntityNode>): void {
    this.view = view;
    view.onDidChangeVisibility((e) => { if (e.visible) this.refresh(); });
    this.updateMessage();
  }

  /** Shows the entities of the report in this editor (other editors leave the view as it is). */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.isReport(editor.document) || editor.document === this.document) return;
    this.document = editor.document;
    this.result = undefined;
    this.refresh();
  }

  refresh(delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), delay);
  }

  private async load(): Promise<void> {
    const doc = this.document;
    if (!doc || doc.isClosed || (this.view && !this.view.visible)) {
      if (doc?.isClosed) {
        this.document = undefined;
        this.result = undefined;
        this.changed.fire(undefined);
      }
      this.updateMessage();
      return;
    }
    let result: EntitiesResult | null = null;
    try {
      result = await this.client.sendRequest<EntitiesResult | null>(EntitiesRequest.method, { textDocument: { uri: this.client.code2ProtocolConverter.asUri(doc.uri) } });
    } catch {
      return;
    }
    if (doc !== this.document || !result) return;
    this.result = result;
    this.parents.clear();
    const index = (nodes: EntityNode[], parent?: EntityNode) => {
      for (const n of nodes) {
        if (parent) this.parents.set(n.id, parent);
        index(n.children ?? [], n);
      }
    };
    index(result.groups);
    this.changed.fire(undefined);
    this.updateMessage();
  }

  private updateMessage(): void {
    if (!this.view) return;
    if (!this.document) this.view.message = vscode.l10n.t('Open a report to see its organisations, terms, figures and tags.');
    else if (this.result && this.result.groups.length === 0) this.view.message = vscode.l10n.t('Nothing found in this report yet.');
    else this.view.message = undefined;
    this.view.description = this.document ? this.document.uri.path.split('/').pop() : undefined;
  }

  byId(id: string | undefined): EntityNode | undefined {
    if (!id || !this.result) return undefined;
    const find = (nodes: EntityNode[]): EntityNode | undefined => {
      for (const n of nodes) {
        if (n.id === id) return n;
        const hit = find(n.children ?? []);
        if (hit) return hit;
      }
      return undefined;
    };
    return find(this.result.groups);
  }

  getChildren(node?: EntityNode): EntityNode[] {
    return node ? node.children ?? [] : this.result?.groups ?? [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const state = node.children?.length
      ? node.kind === 'group'
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = [node.kind === 'lost' ? undefined : String(node.count), node.description].filter(Boolean).join(' · ');
    item.contextValue = `reportLens.${node.kind}${node.tagIds?.length ? '.removable' : ''}`;
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind] ?? 'circle-small');
    item.tooltip = node.ranges.length > 1 ? vscode.l10n.t('{0}: {1} mentions. Click again to go to the next one.', node.label, node.ranges.length) : node.label;
    if (node.ranges.length && node.kind !== 'group') item.command = { command: 'reportLens.entities.reveal', title: vscode.l10n.t('Go to the mention'), arguments: [node] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

const ICONS: Partial<Record<EntityNode['kind'], string>> = {
  org: 'organization',
  alias: 'symbol-text',
  term: 'book',
  'figure-kind': 'symbol-number',
  figure: 'symbol-number',
  'tag-label': 'tag',
  tag: 'tag',
  correction: 'check',
  lost: 'warning',
};
