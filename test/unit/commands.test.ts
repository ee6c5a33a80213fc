import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as commands from '../../shared/commands';
import { REPO_ROOT } from '../helpers';

const ids = new Set<string>(Object.values(commands));

test('the commands package.json contributes and puts in menus are declared in shared/commands.ts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  for (const c of manifest.contributes.commands) assert.ok(ids.has(c.command), `${c.command} is not in shared/commands.ts`);
  for (const [menu, items] of Object.entries(manifest.contributes.menus) as [string, { command?: string }[]][]) {
    for (const item of items) if (item.command) assert.ok(ids.has(item.command), `${item.command} (menu ${menu}) is not in shared/commands.ts`);
  }
});

test('the client registers every command of shared/commands.ts but the one the server implements', () => {
  const dir = path.join(REPO_ROOT, 'client', 'src');
  const sources = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const registered = [...sources.matchAll(/registerCommand\((\w+_COMMAND)\b/g)].map((m) => m[1]);
  const expected = Object.keys(commands).filter((k) => k !== 'APPLY_GLOSSARY_ENTRY_COMMAND');
  assert.deepEqual(registered.sort(), expected.sort());
  assert.doesNotMatch(sources, /registerCommand\('/, 'command ids are constants of shared/commands.ts');
});

test("the views' when clauses ask only for context keys the client sets", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const dir = path.join(REPO_ROOT, 'client', 'src');
  const sources = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const constants = new Map([...sources.matchAll(/const (\w+) = '(reportLens\.[\w.]+)'/g)].map((m) => [m[1], m[2]]));
  const set = new Set([...sources.matchAll(/executeCommand\('setContext', (\w+)/g)].map((m) => constants.get(m[1])));
  const views = Object.values(manifest.contributes.views as Record<string, { id: string; when?: string }[]>).flat();
  const asked = views.flatMap((v) => [...(v.when ?? '').matchAll(/reportLens\.[\w.]+/g)].map((m) => m[0]));
  // The Report Entities view waits for the extension: shown in every folder, it would activate it everywhere.
  assert.ok(asked.includes('reportLens.active'), 'the Report Entities view has no when clause');
  for (const key of asked) assert.ok(set.has(key), `${key} (a view's when clause) is never set by the client`);
});
