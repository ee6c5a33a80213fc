/**
 * The user's tags painted in the editor, with a hover that says whose tag it is: like a detection
 * of the tag's kind, or in a colour of the label's own (from `reportLens.customTags`, else a palette).
 * Corrections are not painted: a detection marked wrong simply disappears.
 */
import * as vscode from 'vscode';
import { TagsRequest, type TagsResult } from '../../../shared/protocol';
import { toRange, type TaggingContext } from './context';
import { customTags } from './customTags';

const PALETTE = ['#c2185b', '#7b1fa2', '#e65100', '#2e7d32', '#455a64', '#6d4c41', '#00838f', '#ad1457'];
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export class TagPainter implements vscode.Disposable {
  private readonly kindTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly labelTypes = new Map<string, vscode.TextEditorDecorationType>();
  /** The tags painted in each document, by URI. */
  private readonly applied = new Map<string, { version: number; tags: TagsResult['tags'] }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly ctx: Pick<TaggingContext, 'client' | 'isReport' | 'uriOf' | 'log'>) {}

  /** Paints a report's tags after `delay` ms (again if already scheduled). */
  schedule(doc: vscode.TextDocument, delay = 0): void {
    if (!this.ctx.isReport(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.paint(doc); }, delay));
  }

  paintVisible(): void {
    for (const e of vscode.window.visibleTextEditors) this.schedule(e.document);
  }

  /** The tags painted in a document, with editor ranges. */
  tagsOf(uri: vscode.Uri) {
    return this.applied.get(uri.toString())?.tags.map((t) => ({ ...t, ranges: t.ranges.map(toRange) })) ?? [];
  }

  forget(doc: vscode.TextDocument): void {
    this.applied.delete(doc.uri.toString());
  }

  /** The labels' colours may have changed: draws them anew. */
  customTagsChanged(): void {
    for (const t of this.labelTypes.values()) t.dispose();
    this.labelTypes.clear();
    this.paintVisible();
  }

  dispose(): void {
    for (const t of [...this.kindTypes.values(), ...this.labelTypes.values()]) t.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
  }

  private async paint(doc: vscode.TextDocument): Promise<void> {
    let result: TagsResult | null;
    try {
      result = await this.ctx.client.sendRequest<TagsResult | null>(TagsRequest.method, { textDocument: { uri: this.ctx.uriOf(doc) } });
    } catch (e) {
      // The server may be restarting; the next change or visible editor asks again.
      this.ctx.log.warn(`Tags of ${doc.uri.toString()} not painted: ${(e as Error).message}`);
      return;
    }
    if (!result || result.version !== doc.version) return;
    this.applied.set(doc.uri.toString(), { version: result.version, tags: result.tags });
    const byType = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>();
    for (const t of [...this.kindTypes.values(), ...this.labelTypes.values()]) byType.set(t, []);
    for (const tag of result.tags) {
      if (tag.verdict) continue; // corrections are not painted: a wrong detection simply disappears
      const type = tag.kind === 'tag' ? this.labelType(tag.label, doc.uri) : this.kindType(tag.kind);
      const hover = new vscode.MarkdownString(vscode.l10n.t('Your tag: {0}', tag.kind === 'tag' ? tag.label : kindName(tag.kind)));
      const list = byType.get(type) ?? [];
      list.push(...tag.ranges.map((r) => ({ range: toRange(r), hoverMessage: hover })));
      byType.set(type, list);
    }
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === doc)) {
      for (const [type, ranges] of byType) editor.setDecorations(type, ranges);
    }
  }

  private kindType(kind: 'term' | 'figure' | 'org'): vscode.TextEditorDecorationType {
    let t = this.kindTypes.get(kind);
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
      this.kindTypes.set(kind, t);
    }
    return t;
  }

  private labelType(label: string, uri: vscode.Uri): vscode.TextEditorDecorationType {
    let t = this.labelTypes.get(label);
    if (!t) {
      const wanted = customTags(uri).find((c) => c.name === label)?.color;
      const color = wanted && HEX.test(wanted) ? wanted : PALETTE[this.labelTypes.size % PALETTE.length];
      const full = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
      t = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${full}33`,
        border: `1px solid ${full}`,
        borderRadius: '2px',
        overviewRulerColor: full,
        overviewRulerLane: vscode.OverviewRulerLane.Full,
      });
      this.labelTypes.set(label, t);
    }
    return t;
  }
}

function kindName(kind: 'term' | 'figure' | 'org'): string {
  return kind === 'term' ? vscode.l10n.t('policy term') : kind === 'figure' ? vscode.l10n.t('figure') : vscode.l10n.t('organisation');
}
