/**
 * The Report Entities view: the organisations, terms, figures and tags of the active report as a
 * tree, refreshed as the report changes; a click goes to a mention, a second click to the next one.
 */
import * as vscode from 'vscode';
import { ENTITIES_NEXT_COMMAND, ENTITIES_PREVIOUS_COMMAND, ENTITIES_REFRESH_COMMAND, ENTITIES_REMOVE_TAG_COMMAND, ENTITIES_REVEAL_COMMAND } from '../../../shared/commands';
import { EntitiesRequest, RemoveTagRequest, type EntitiesResult, type EntityNode } from '../../../shared/protocol';
import { toRange, type TaggingContext } from './context';

/** The view's id, as package.json contributes it. */
export const ENTITIES_VIEW = 'reportLens.entities';
/**
 * The context key the view's `when` clause asks for, set once the extension is active. Without it the
 * Explorer would show the view in every folder, and showing it would activate the extension (and start
 * its server) in folders that hold no report; with it, the view appears once a report has been opened.
 */
export const ACTIVE_CONTEXT = 'reportLens.active';

/** The tree's data: the entities of the active report, refreshed as it changes. */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The report whose entities are shown. */
  document: vscode.TextDocument | undefined;
  private result: EntitiesResult | undefined;
  private view: vscode.TreeView<EntityNode> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly parents = new Map<string, EntityNode>();
  /** Where cycling through an entry's mentions stands. */
  private cycle: { id: string; index: number } | undefined;

  constructor(private readonly ctx: Pick<TaggingContext, 'client' | 'isReport' | 'uriOf' | 'log'>) {}

  attach(view: vscode.TreeView<EntityNode>): void {
    this.view = view;
    view.onDidChangeVisibility((e) => { if (e.visible) this.refresh(); });
    this.updateMessage();
  }

  /** Shows the entities of the report in this editor (other editors leave the view as it is). */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.ctx.isReport(editor.document) || editor.document === this.document) return;
    this.document = editor.document;
    this.result = undefined;
    this.refresh();
  }

  refresh(delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), delay);
  }

  /** The entry whose mentions were cycled through last. */
  cycled(): EntityNode | undefined {
    return this.byId(this.cycle?.id);
  }

  /** Selects a mention of an entry: the first (step 0; the next on a second click), or the next or previous one. */
  async reveal(node: EntityNode | undefined, step: 1 | -1 | 0 = 0): Promise<void> {
    const doc = this.document;
    if (!node || !doc || node.ranges.length === 0) return;
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: step === 0 ? false : true });
    const ranges = node.ranges.map(toRange);
    const at = ranges.findIndex((r) => r.isEqual(editor.selection));
    let index: number;
    if (step === 0) index = this.cycle?.id === node.id && at >= 0 ? (at + 1) % ranges.length : 0; // a second click goes on
    else index = at >= 0 ? (at + step + ranges.length) % ranges.length : step > 0 ? 0 : ranges.length - 1;
    this.cycle = { id: node.id, index };
    editor.selection = new vscode.Selection(ranges[index].start, ranges[index].end);
    editor.revealRange(ranges[index], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (this.view) this.view.message = ranges.length > 1 ? vscode.l10n.t('{0}: mention {1} of {2}', node.label, index + 1, ranges.length) : undefined;
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
      result = await this.ctx.client.sendRequest<EntitiesResult | null>(EntitiesRequest.method, { textDocument: { uri: this.ctx.uriOf(doc) } });
    } catch (e) {
      // The server may be restarting; the next change or refresh asks again.
      this.ctx.log.warn(`Entities of ${doc.uri.toString()} not shown: ${(e as Error).message}`);
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
    if (node.ranges.length && node.kind !== 'group') item.command = { command: ENTITIES_REVEAL_COMMAND, title: vscode.l10n.t('Go to the mention'), arguments: [node] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

/** Creates the view and registers its commands; the caller disposes of what is returned. */
export function registerEntitiesView(ctx: TaggingContext, entities: EntitiesView): vscode.Disposable[] {
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: entities, showCollapseAll: true });
  entities.attach(view);
  void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);
  return [
    view,
    entities,
    vscode.commands.registerCommand(ENTITIES_REVEAL_COMMAND, (node: EntityNode) => entities.reveal(node, 0)),
    vscode.commands.registerCommand(ENTITIES_NEXT_COMMAND, (node?: EntityNode) => entities.reveal(node ?? entities.cycled(), 1)),
    vscode.commands.registerCommand(ENTITIES_PREVIOUS_COMMAND, (node?: EntityNode) => entities.reveal(node ?? entities.cycled(), -1)),
    vscode.commands.registerCommand(ENTITIES_REFRESH_COMMAND, () => entities.refresh()),
    vscode.commands.registerCommand(ENTITIES_REMOVE_TAG_COMMAND, (node: EntityNode) => {
      const doc = entities.document;
      if (doc && node?.tagIds?.length) return ctx.edit(RemoveTagRequest.method, { textDocument: { uri: ctx.uriOf(doc) }, ids: node.tagIds });
      return undefined;
    }),
  ];
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
