/**
 * Scoring as the annotation guidelines define it: organisations by exact span; figures and terms by overlap,
 * one to one; headings by line (a gold heading is found when a symbol's heading lines cover one of its lines).
 */

/** Precision, recall and F1 from counts. */
export function prf(tp, gold, pred) {
  const precision = pred ? tp / pred : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, gold, pred };
}

/** Exact-span matches: [matched gold indices, matched predicted indices]. */
export function matchExact(gold, pred) {
  const byKey = new Map(pred.map((p, i) => [`${p.start}:${p.end}`, i]));
  const g = new Set();
  const p = new Set();
  gold.forEach((s, i) => {
    const j = byKey.get(`${s.start}:${s.end}`);
    if (j !== undefined && !p.has(j)) {
      g.add(i);
      p.add(j);
    }
  });
  return [g, p];
}

/**
 * One-to-one matches of overlapping spans. Both lists sorted by start; a sweep pairs each gold span with the
 * first free predicted span that overlaps it, which is a maximum matching for intervals in this order.
 */
export function matchOverlap(gold, pred) {
  const g = new Set();
  const p = new Set();
  const order = (xs) => xs.map((x, i) => [x, i]).sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  const ps = order(pred);
  let from = 0;
  for (const [s, i] of order(gold)) {
    while (from < ps.length && ps[from][0].end <= s.start) from++;
    for (let k = from; k < ps.length && ps[k][0].start < s.end; k++) {
      const [q, j] = ps[k];
      if (!p.has(j) && q.start < s.end && s.start < q.end) {
        g.add(i);
        p.add(j);
        break;
      }
    }
  }
  return [g, p];
}

/**
 * Headings by line: a gold heading (lines line..endLine) is found when a symbol's lines intersect its lines;
 * a symbol is right when it covers a line of some gold heading.
 */
export function matchHeadings(gold, symbols) {
  const hits = (a, b) => a.line <= b.endLine && b.line <= a.endLine;
  const g = new Set();
  const p = new Set();
  gold.forEach((h, i) => symbols.some((s) => hits(s, h)) && g.add(i));
  symbols.forEach((s, j) => gold.some((h) => hits(s, h)) && p.add(j));
  return [g, p];
}

/** The outline's symbols flat, in document order. */
export function flattenOutline(nodes, out = []) {
  for (const n of nodes) {
    out.push({ name: n.name, line: n.line, endLine: n.endLine, level: n.level });
    flattenOutline(n.children ?? [], out);
  }
  return out;
}
