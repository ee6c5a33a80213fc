/**
 * Reads the built-in glossary the extension ships, so hover tests compare against the real
 * definition rather than a copy that would drift from the data.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

export interface Entry { term: string; aliases?: string[]; definition: string; source?: string }

/** Entries of every glossary file in the extension's server/data folder (schemas excepted). */
function builtinEntries(): Entry[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const dir = path.join(ext.extensionPath, 'server', 'data');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema')) : [];
  const entries: Entry[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.term === 'string' && typeof o.definition === 'string') entries.push(o as unknown as Entry);
      else Object.values(o).forEach(walk);
    }
  };
  for (const f of files) walk(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  assert.ok(entries.length > 0, `no glossary entries in ${dir} (${files.join(', ') || 'no JSON files'})`);
  return entries;
}

/** The built-in glossary entry for a term (by its canonical form or an alias). */
export function glossaryEntry(term: string): Entry {
  const all = builtinEntries();
  const entry = all.find((e) => e.term === term) ?? all.find((e) => e.aliases?.includes(term));
  assert.ok(entry, `"${term}" is not in the built-in glossary (${all.length} entries)`);
  return entry;
}
