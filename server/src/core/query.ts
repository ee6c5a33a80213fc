/** Look-ups over analysis results. */
import type { OutlineNode } from './types';

/** Visits outline nodes in document order (pre-order). */
export function* walkOutline(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walkOutline(n.children);
  }
}
