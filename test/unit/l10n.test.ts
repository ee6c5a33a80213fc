import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers';
import { ORG_KIND_LABEL } from '../../server/src/lsp/features/labels';
import { l10nFor } from '../../server/src/core/l10n';

/** Every string the server or client localises with t(...) has a Simplified Chinese translation. */
test('every localised string has a Simplified Chinese translation', () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  const files = ['server/src', 'client/src'].flatMap((dir) =>
    (fs.readdirSync(path.join(REPO_ROOT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(REPO_ROOT, dir, f)),
  );
  const missing: string[] = [];
  let seen = 0;
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    // t('…') and l10n.t('…'), the messages translated where they are shown (l10nKey), and the templates of
    // the command line's usage errors (UsageError), in single or double quotes.
    for (const m of src.matchAll(/(?:l10n\.t|(?<![A-Za-z0-9_.])t|l10nKey|new UsageError)\((?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) {
      seen++;
      const key = m[1] ?? m[2];
      if (!(key in bundle)) missing.push(`${path.relative(REPO_ROOT, file)}: ${key}`);
    }
  }
  assert.ok(seen > 20, `found only ${seen} localised strings; is the pattern still right?`);
  assert.deepEqual(missing, []);
});

test('package.nls.json and package.nls.zh-cn.json have the same keys, and the manifest uses only those', () => {
  const en = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8'));
  const zh = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  const manifest = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
  const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(used.length > 10);
  for (const key of used) assert.ok(key in en, `package.json uses %${key}% which package.nls.json lacks`);
});

test('fresh pages (rounds 68 and 69): the organisation kind that holds schools is shown as a school or university (学校), not a university, since 中学, 小学 and 幼儿园 are of it', () => {
  assert.equal(ORG_KIND_LABEL.university(l10nFor('en').t), 'school or university');
  assert.equal(ORG_KIND_LABEL.university(l10nFor('zh-cn').t), '学校');
});
