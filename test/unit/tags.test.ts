/** User tags and corrections: adding, removing, following edits, re-anchoring, suppressing detections. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addTag,
  applyEdits,
  byPosition,
  sortTagsSteps,
  kindOfLabel,
  mergeTags,
  reanchor,
  removeTag,
  suppressor,
  tagsAt,
  trimSelection,
  type LostTag,
  type Tag,
} from '../../server/src/core/tags';
import { parseBrat } from '../../server/src/core/standoff/brat';
import { finish } from '../../server/src/core/steps';
import { parseMarked } from '../helpers';

/** A replacement with its inserted text, as an editor makes it. */
interface Edit { start: number; end: number; insert: string }

/** Applies edits one after another; returns the new text and the edits in the core's form. */
function edit(text: string, edits: Edit[]): { text: string; edits: { start: number; end: number; length: number }[] } {
  for (const e of edits) text = text.slice(0, e.start) + e.insert + text.slice(e.end);
  return { text, edits: edits.map((e) => ({ start: e.start, end: e.end, length: e.insert.length })) };
}

/** Tags over the [[marked]] ranges of a fixture, labelled in order. */
function tagged(fixture: string, labels: string[]): { text: string; tags: Tag[] } {
  const { text, ranges } = parseMarked(fixture);
  return { text, tags: ranges.map((r, i) => ({ id: `T${i + 1}`, label: labels[i], spans: [{ start: r.start, end: r.end, text: r.text }] })) };
}

/** The tags as "label:text@start", and the removed ones as "label:text". */
const show = (tags: Tag[]) => tags.map((t) => `${t.label}:${t.spans.map((s) => s.text).join('|')}@${t.spans[0].start}`);
const showRemoved = (lost: LostTag[]) => lost.map((l) => `${l.tag.label}:${l.tag.spans[0].text}`);

test('edits move tags: before shifts, after stays, inside grows, at the edges stays outside', () => {
  const check = (fixture: string, edits: Edit[], expected: string[], removed: string[] = []) => {
    const { text, tags } = tagged(fixture, ['Org']);
    const after = edit(text, edits);
    const r = applyEdits(tags, [], after.edits, after.text);
    assert.deepEqual(show(r.tags), expected, `${fixture} ${JSON.stringify(edits)}`);
    assert.deepEqual(showRemoved(r.removed), removed);
    for (const t of r.tags) for (const s of t.spans) assert.equal(after.text.slice(s.start, s.end), s.text);
  };
  check('前言[[卫健委]]后记', [{ start: 0, end: 0, insert: '𠀀新' }], ['Org:卫健委@5']);
  check('前言[[卫健委]]后记', [{ start: 6, end: 7, insert: '' }], ['Org:卫健委@2']);
  check('前言[[卫健委]]后记', [{ start: 3, end: 3, insert: '生' }], ['Org:卫生健委@2']);
  check('前言[[卫健委]]后记', [{ start: 2, end: 2, insert: '市' }], ['Org:卫健委@3'], []);
  check('前言[[卫健委]]后记', [{ start: 5, end: 5, insert: '会' }], ['Org:卫健委@2']);
  check('前言[[卫健委]]后记', [{ start: 1, end: 3, insert: 'X' }], ['Org:健委@2'], []);
  check('前言[[卫健委]]后记', [{ start: 4, end: 6, insert: '' }], ['Org:卫健@2']);
  check('前言[[卫健委]]后记', [{ start: 1, end: 6, insert: '' }], [], ['Org:卫健委']);
  check('前言[[卫健委]]后记', [{ start: 2, end: 5, insert: '卫生健康委' }], [], ['Org:卫健委']);
  check('a\r\n[[卫健委]]\r\n', [{ start: 1, end: 3, insert: '\n' }], ['Org:卫健委@2']);
});

test('several edits in one change are applied in order', () => {
  const { text, tags } = tagged('[[芜湖市]]和[[卫健委]]', ['Org', 'Org']);
  const after = edit(text, [
    { start: 3, end: 3, insert: '，' },
    { start: 0, end: 0, insert: '𠀀' },
    { start: 7, end: 8, insert: '' },
  ]);
  assert.equal(after.text, '𠀀芜湖市，和健委');
  assert.deepEqual(show(applyEdits(tags, [], after.edits, after.text).tags), ['Org:芜湖市@2', 'Org:健委@7']);
});

test('a tag deleted with its text comes back when an undo puts the text back', () => {
  const { text, tags } = tagged('前言。[[芜湖市卫健委]]推进。', ['Organisation']);
  // Delete the whole sentence around it, type something, then undo both.
  const a = edit(text, [{ start: 3, end: 14, insert: '' }]);
  const r1 = applyEdits(tags, [], a.edits, a.text);
  assert.deepEqual(r1.tags, []);
  assert.deepEqual(showRemoved(r1.removed), ['Organisation:芜湖市卫健委']);
  const b = edit(a.text, [{ start: 0, end: 0, insert: '新' }]);
  const r2 = applyEdits(r1.tags, r1.removed, b.edits, b.text);
  assert.equal(r2.removed.length, 1);
  const c = edit(b.text, [{ start: 0, end: 1, insert: '' }, { start: 3, end: 3, insert: '芜湖市卫健委推进。' }]);
  assert.equal(c.text, text);
  const r3 = applyEdits(r2.tags, r2.removed, c.edits, c.text);
  assert.deepEqual(show(r3.tags), ['Organisation:芜湖市卫健委@3']);
  assert.deepEqual(r3.removed, []);
});

test('a reload from disk replaces the whole text: tags are found again in the new text, or stay removed', () => {
  const { text, tags } = tagged('前言。[[芜湖市卫健委]]推进[[医共体]]建设。', ['Organisation', 'Term']);
  const reloaded = '新的前言，多了几个字。芜湖市卫健委推进建设。';
  const r = applyEdits(tags, [], [{ start: 0, end: text.length, length: reloaded.length }], reloaded);
  assert.deepEqual(show(r.tags), ['Organisation:芜湖市卫健委@11']);
  assert.deepEqual(showRemoved(r.removed), ['Term:医共体']);
  // Typing over a tag with other text does not keep it.
  const typed = edit(text, [{ start: 3, end: 9, insert: '市卫健委' }]);
  assert.deepEqual(show(applyEdits(tags, [], typed.edits, typed.text).tags), ['Term:医共体@9']);
});

test('property: after any edits, every tag holds its text, and no tag disappears unaccounted', () => {
  const piece = fc.constantFrom('县', '医', '𠀀', '\r\n', '卫健委', '');
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('县', '域', '医', '共', '体', '\n', '卫', '健', '委'), { minLength: 4, maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), piece), { maxLength: 6 }),
      (chars, spans, rawEdits) => {
        let text = chars.join('');
        const tags: Tag[] = [];
        spans.forEach(([a, b], i) => {
          const s = Math.min(a, b) % text.length;
          const e = Math.min(text.length, s + 1 + (Math.max(a, b) % 5));
          tags.push({ id: `T${i + 1}`, label: 'Term', spans: [{ start: s, end: e, text: text.slice(s, e) }] });
        });
        const edits: Edit[] = [];
        let len = text.length;
        for (const [a, b, insert] of rawEdits) {
          const s = a % (len + 1);
          const e = Math.min(len, s + (b % 4));
          edits.push({ start: s, end: e, insert });
          len += insert.length - (e - s);
        }
        const after = edit(text, edits);
        text = after.text;
        const r = applyEdits(tags, [], after.edits, text);
        for (const t of r.tags) for (const s of t.spans) {
          assert.ok(s.start < s.end && s.end <= text.length);
          assert.equal(text.slice(s.start, s.end), s.text);
        }
        // Each tag is still there, or removed (and reported at the save), or merged into an identical tag (an undo that recreated it).
        const accounted = new Set([...r.tags.map((t) => t.id), ...r.removed.map((l) => l.tag.id)]);
        for (const t of tags) {
          if (accounted.has(t.id)) continue;
          assert.ok(
            r.tags.some((o) => o.label === t.label && o.spans.some((x) => x.text === t.spans[0].text)),
            `tag ${t.id} disappeared`,
          );
        }
      },
    ),
  );
});

test('re-anchoring after an outside change: same place, moved, nearest of several, lost', () => {
  const check = (fixture: string, labels: string[], newText: string, expected: string[], lost: string[] = []) => {
    const { tags } = tagged(fixture, labels);
    const r = reanchor(tags, newText);
    assert.deepEqual(show(r.tags), expected, newText);
    assert.deepEqual(showRemoved(r.lost), lost);
  };
  check('[[卫健委]]发文', ['Org'], '卫健委发文', ['Org:卫健委@0']);
  check('[[卫健委]]发文', ['Org'], '市卫健委发文', ['Org:卫健委@1']);
  check('前言很长的一段话[[卫健委]]发文，另见卫健委', ['Org'], '前言很长的一段话。卫健委发文，另见卫健委', ['Org:卫健委@9']);
  check('[[卫健委]]和[[卫健委]]', ['Org', 'Org'], '新的卫健委和卫健委', ['Org:卫健委@2', 'Org:卫健委@6']);
  check('[[卫健委]]发文[[9亿元]]', ['Org', 'Figure'], '卫健委发文', ['Org:卫健委@0'], ['Figure:9亿元']);
});

test('adding a tag trims white space and does not duplicate; removing drops what referred to it', () => {
  const text = '  芜湖市卫健委  推进';
  const a = addTag([], [], text, 'Organisation', 0, 10)!;
  assert.deepEqual(show(a.tags), ['Organisation:芜湖市卫健委@2']);
  assert.equal(a.tag.id, 'T1');
  const again = addTag(a.tags, [], text, 'Organisation', 2, 8)!;
  assert.equal(again.tags.length, 1);
  const marked = addTag(a.tags, [], text, 'Organisation', 2, 8, 'wrong')!;
  assert.equal(marked.tags.length, 1);
  assert.equal(marked.tag.verdict, 'wrong');
  assert.equal(addTag([], [], text, 'Term', 0, 2), undefined, 'only white space');
  const b = addTag(a.tags, [{ id: 'T7' }], text, 'Term', 10, 12)!;
  assert.equal(b.tag.id, 'T8', 'ids never clash with other entries');

  const extra = parseBrat('A1\tNegated T1\n#1\tAnnotatorNotes T1\tx\nR1\tRel Arg1:T1 Arg2:T2\nR2\tRel Arg1:T3 Arg2:T2\n').entries;
  const r = removeTag(b.tags, extra, 'T1');
  assert.deepEqual(show(r.tags), ['Term:推进@10']);
  assert.deepEqual(r.extra.map((e) => e.id), ['R2']);
  assert.deepEqual(trimSelection(text, 0, 3), { start: 2, end: 3 });
});

test('tags at an offset: the shortest first, an end counts', () => {
  const tags: Tag[] = [
    { id: 'T1', label: 'Org', spans: [{ start: 0, end: 6, text: '芜湖市卫健委' }] },
    { id: 'T2', label: 'Custom', spans: [{ start: 3, end: 6, text: '卫健委' }] },
  ];
  assert.deepEqual(tagsAt(tags, 4).map((t) => t.label), ['Custom', 'Org']);
  assert.deepEqual(tagsAt(tags, 6).map((t) => t.label), ['Custom', 'Org']);
  assert.deepEqual(tagsAt(tags, 2).map((t) => t.label), ['Org']);
  assert.deepEqual(tagsAt(tags, 7), []);
});

test('a "wrong" correction suppresses exactly its detection: same kind, same range, same text', () => {
  const text = '芜湖市卫健委发文';
  const tags: Tag[] = [
    { id: 'T1', label: 'Organisation', spans: [{ start: 0, end: 6, text: '芜湖市卫健委' }], verdict: 'wrong' },
    { id: 'T2', label: 'Figure', spans: [{ start: 6, end: 8, text: '发文' }], verdict: 'right' },
  ];
  const hidden = suppressor(tags, text);
  assert.equal(hidden('org', 0, 6), true);
  assert.equal(hidden('term', 0, 6), false, 'another kind');
  assert.equal(hidden('org', 0, 5), false, 'another range');
  assert.equal(hidden('figure', 6, 8), false, 'confirmed, not suppressed');
  assert.equal(suppressor(tags, '芜湖县卫健委发文')('org', 0, 6), false, 'the text changed under it');
  assert.equal(suppressor([], text)('org', 0, 6), false);
});

test('labels: detector kinds under their usual spellings; custom labels are not kinds', () => {
  const check = (label: string, kind: string | undefined) => assert.equal(kindOfLabel(label), kind, label);
  check('Organisation', 'org');
  check('Organization', 'org');
  check('ORG', 'org');
  check('Term', 'term');
  check('FIGURE', 'figure');
  check('重点任务', undefined);
  check('Person', undefined);
});

test('importing tags: new ones added with fresh ids; those already there or repeating a detection skipped', () => {
  const existing: Tag[] = [{ id: 'T1', label: 'Organisation', spans: [{ start: 0, end: 6, text: '芜湖市卫健委' }] }];
  const incoming: Tag[] = [
    { id: 'T1', label: 'ORG', spans: [{ start: 0, end: 6, text: '芜湖市卫健委' }] },
    { id: 'T2', label: 'Term', spans: [{ start: 6, end: 8, text: '推进' }] },
    { id: 'T3', label: 'Figure', spans: [{ start: 9, end: 14, text: '1.5亿元' }] },
    { id: 'T4', label: 'Figure', spans: [{ start: 9, end: 14, text: '1.5亿元' }], verdict: 'wrong' },
    { id: 'T1', label: '重点任务', spans: [{ start: 0, end: 8, text: '芜湖市卫健委推进' }] },
  ];
  const detected = (kind: string, start: number, end: number) => kind === 'figure' && start === 9 && end === 14;
  const r = mergeTags(existing, [{ id: 'T7' }], incoming, detected);
  assert.deepEqual(r.added.map((t) => [t.id, t.label, t.verdict ?? '']), [['T8', 'Term', ''], ['T9', 'Figure', 'wrong'], ['T10', '重点任务', '']]);
  assert.deepEqual(r.skipped.map((t) => t.id), ['T1', 'T3']);
  assert.deepEqual(r.tags.map((t) => t.id), ['T10', 'T1', 'T8', 'T9']);
  // A verdict arriving for a tag already there changes it.
  const v = mergeTags(existing, [], [{ ...existing[0], verdict: 'right' }]);
  assert.deepEqual(v.tags.map((t) => [t.id, t.verdict]), [['T1', 'right']]);
});

test('property: the sliced sort of a tag file orders tags as byPosition does; moving tags in place gives what a copy gives', () => {
  const tagArb = fc.tuple(fc.nat(30), fc.nat(5), fc.constantFrom('A', 'B'), fc.nat(99)).map(([s, len, label, n]): Tag => ({ id: `T${n}`, label, spans: [{ start: s, end: s + len + 1, text: 'x'.repeat(len + 1) }] }));
  fc.assert(
    fc.property(fc.array(tagArb, { maxLength: 300 }), (tags) => {
      const sorted = finish(sortTagsSteps(tags.slice()));
      assert.deepEqual(sorted, tags.slice().sort(byPosition));
    }),
  );
  fc.assert(
    fc.property(fc.array(tagArb, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(40), fc.nat(4), fc.nat(4)), { maxLength: 4 }), (tags, raw) => {
      const edits = raw.map(([s, del, ins]) => ({ start: Math.min(s, 60), end: Math.min(s + del, 60), length: ins }));
      let len = 60;
      const fixed = edits.map((e) => {
        const start = Math.min(e.start, len);
        const end = Math.min(e.end, len);
        len += e.length - (end - start);
        return { start, end, length: e.length };
      });
      const text = 'x'.repeat(len);
      const copy = applyEdits(tags, [], fixed, text);
      const own = tags.map((t) => ({ ...t, spans: t.spans.map((s) => ({ ...s })) })).sort(byPosition);
      const inPlace = applyEdits(own, [], fixed, text, true);
      assert.deepEqual(inPlace, copy);
    }),
  );
});

