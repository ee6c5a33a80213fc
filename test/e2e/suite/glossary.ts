/**
 * The built-in glossary, so hover tests compare against the real definition rather than a copy that
 * would drift from the data. It is bundled into the suite from server/data/glossary.json, the file the
 * extension's server bundles too: the installed package (E2E_MODE=package) ships the data inside
 * dist/server.js, not as a file to read.
 */
import * as assert from 'node:assert/strict';
import glossary from '../../../server/data/glossary.json';

export interface Entry { term: string; aliases?: string[]; definition: string; source?: string }

/** Every entry of the built-in glossary. */
function builtinEntries(): Entry[] {
  const entries: Entry[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.term === 'string' && typeof o.definition === 'string') entries.push(o as unknown as Entry);
      else Object.values(o).forEach(walk);
    }
  };
  walk(glossary);
  assert.ok(entries.length > 0, 'no entries in server/data/glossary.json');
  return entries;
}

/** The built-in glossary entry for a term (by its canonical form or an alias). */
export function glossaryEntry(term: string): Entry {
  const all = builtinEntries();
  const entry = all.find((e) => e.term === term) ?? all.find((e) => e.aliases?.includes(term));
  assert.ok(entry, `"${term}" is not in the built-in glossary (${all.length} entries)`);
  return entry;
}
