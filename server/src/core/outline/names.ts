/**
 * The names symbols carry. Editors filter Go to Symbol by the symbol's name, so an article named with
 * Chinese numerals (第十二条) also carries its number in Arabic digits: typing 12 finds it.
 */
import type { OutlineNode } from '../types';

/** A symbol's name for a node: its name, with the Arabic number after a 第X条 marker written in Chinese numerals. */
export function symbolName(node: Pick<OutlineNode, 'name' | 'style' | 'marker' | 'number'>): string {
  const name = node.name.replace(/\s+/g, ' ').trim() || '…';
  if (node.style !== 'article' || node.number === undefined || !node.marker || /[0-9０-９]/.test(node.marker)) return name;
  if (!name.startsWith(node.marker)) return name;
  return `${node.marker}（${node.number}）${name.slice(node.marker.length).trimStart()}`;
}
