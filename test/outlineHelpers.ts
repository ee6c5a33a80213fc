/** Helpers of the outline's tests: the tree as indented lines, its invariants, and marked fixtures. */
import * as assert from 'node:assert/strict';
import { findOutline, flattenOutline } from '../server/src/core/outline';
import type { OutlineNode } from '../server/src/core/types';
import { parseMarked } from './helpers';

/** 0-based line of an offset, counting \r\n, \r and \n as one break each. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

/** One line per node, pre-order: indentation by level, style, name. */
export function describe(nodes: OutlineNode[]): string[] {
  return flattenOutline(nodes).map((n) => `${'  '.repeat(n.level - 1)}${n.style} ${n.name}`);
}

/**
 * Structural invariants every outline must keep: levels by depth, headings inside the text and in order,
 * lines that match the offsets, each section inside its parent's and after its heading, names on one line.
 */
export function assertWellFormed(text: string, nodes: OutlineNode[], level = 1, parent?: OutlineNode): void {
  let prevEnd = parent ? parent.end : -1;
  for (const n of nodes) {
    assert.equal(n.level, level, `level of ${n.name}`);
    assert.ok(n.start >= 0 && n.start < n.end && n.end <= text.length, `range of ${n.name}`);
    assert.ok(n.start >= prevEnd, `${n.name} after what comes before it`);
    assert.equal(n.line, lineOf(text, n.start), `line of ${n.name}`);
    assert.equal(n.endLine, lineOf(text, n.end), `endLine of ${n.name}`);
    assert.ok(n.sectionEnd >= n.end && n.sectionEnd <= (parent ? parent.sectionEnd : text.length), `section of ${n.name}`);
    assert.equal(n.sectionEndLine, lineOf(text, n.sectionEnd), `sectionEndLine of ${n.name}`);
    assert.equal(n.name, n.name.trim());
    assert.ok(n.name.length > 0, 'a name');
    assert.ok(!/[\r\n]/.test(n.name), `no line break in ${JSON.stringify(n.name)}`);
    assertWellFormed(text, n.children, level + 1, n);
    prevEnd = n.sectionEnd;
  }
}

/**
 * Outlines `fixture` (heading ranges marked with [[ ]]) and compares the pre-order list
 * `<indent by level><style> <name>` with `expected`, and the heading ranges with the marks.
 */
export function check(fixture: string, expected: string[]): OutlineNode[] {
  const { text, ranges } = parseMarked(fixture);
  const outline = findOutline(text);
  assert.deepEqual(describe(outline), expected, JSON.stringify(fixture));
  const flat = flattenOutline(outline);
  assert.deepEqual(
    flat.map((n) => ({ start: n.start, end: n.end, text: text.slice(n.start, n.end) })),
    ranges,
    `heading ranges in ${JSON.stringify(fixture)}`,
  );
  assertWellFormed(text, outline);
  return outline;
}

/** The outline of `text` as `describe` lines (no marks needed). */
export function outlineOf(text: string): string[] {
  const outline = findOutline(text);
  assertWellFormed(text, outline);
  return describe(outline);
}

/** A paragraph: long, ending its sentence. */
export const BODY = '全年累计完成家庭医生签约服务12.5万人次，基层诊疗量占比提升至百分之六十以上，群众就医获得感不断增强。';
/** Another paragraph, for texts that need more than one. */
export const BODY2 = '各单位要压实工作责任，细化任务分工，定期调度工作进展，确保各项措施落到实处、取得实效。';
/** A news lead paragraph. */
export const LEAD = '本报讯（记者王明 通讯员张华）近日，某市第二人民医院与本地高校共建联合实验室，围绕医疗数据治理开展合作研究。';
