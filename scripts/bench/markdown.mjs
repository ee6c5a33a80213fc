/**
 * VS Code's Markdown language service (vscode-markdown-languageservice, markdown-it as its parser)
 * over an in-memory workspace, for comparing outlines with ours.
 */
import { createRequire } from 'node:module';
import * as md from 'vscode-markdown-languageservice';

const require = createRequire(import.meta.url);
const MarkdownIt = require('markdown-it');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { CancellationTokenSource, Emitter } = require('vscode-languageserver-protocol');
const { URI } = require('vscode-uri');

/** A language service whose workspace holds only the documents we hand it. */
export function createMarkdownService() {
  const it = new MarkdownIt({ html: true });
  const parser = {
    slugifier: md.githubSlugifier,
    async tokenize(doc) {
      return it.parse(doc.getText(), {});
    },
  };
  const docs = new Map();
  const never = new Emitter().event;
  const workspace = {
    get workspaceFolders() {
      return [URI.file('/bench')];
    },
    onDidChangeMarkdownDocument: never,
    onDidCreateMarkdownDocument: never,
    onDidDeleteMarkdownDocument: never,
    async getAllMarkdownDocuments() {
      return docs.values();
    },
    hasMarkdownDocument: (uri) => docs.has(uri.toString()),
    async openMarkdownDocument(uri) {
      return docs.get(uri.toString());
    },
    async stat(uri) {
      return docs.has(uri.toString()) ? { isDirectory: false } : undefined;
    },
    async readDirectory() {
      return [];
    },
  };
  const logger = { level: md.LogLevel.Off, log() {} };
  const service = md.createLanguageService({ workspace, parser, logger });
  let n = 0;
  const token = new CancellationTokenSource().token;
  return {
    /**
     * Document symbols of `text` as a fresh document (a new URI each call, so no cached table
     * of contents is reused); the document is dropped afterwards.
     */
    async documentSymbols(text) {
      const uri = URI.file(`/bench/report-${++n}.md`).toString();
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      docs.set(uri, doc);
      try {
        return await service.getDocumentSymbols(doc, { includeLinkDefinitions: false }, token);
      } finally {
        docs.delete(uri);
      }
    },
    dispose() {
      service.dispose?.();
    },
  };
}

/**
 * The report with its headings rewritten as Markdown: each heading our outline found (its lines
 * line..endLine) becomes one line of `#`×level (at most 6) and the heading's name.
 */
export function toMarkdown(text, outline) {
  const lines = text.split(/\r\n|\r|\n/);
  const heads = [];
  const walk = (nodes) => {
    for (const n of nodes) {
      heads.push(n);
      walk(n.children ?? []);
    }
  };
  walk(outline);
  heads.sort((a, b) => b.line - a.line);
  let last = Infinity;
  for (const h of heads) {
    if (h.endLine >= last) continue; // overlapping headings: keep the later one
    const name = h.name.replace(/[\r\n]+/g, ' ').trim() || '…';
    lines.splice(h.line, h.endLine - h.line + 1, `${'#'.repeat(Math.min(6, Math.max(1, h.level)))} ${name}`);
    last = h.line;
  }
  return { text: lines.join('\n'), headings: heads.length };
}

/** Number of symbols in a DocumentSymbol tree (or our outline). */
export function countTree(nodes) {
  let c = 0;
  for (const n of nodes ?? []) c += 1 + countTree(n.children);
  return c;
}
