/**
 * Where glossary files may be: a glossary is read, and "Add to glossary…" writes, only inside the
 * workspace folders, or where the user named a file in their own (user, not workspace) settings. A
 * workspace's settings are the workspace's to choose, and a folder someone sent must not make Report
 * Lens read or rewrite ~/.bashrc. In Restricted Mode (an untrusted workspace) it is the other way round
 * for the workspace: nothing in its folders is read, only the user's own files elsewhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GlossaryFiles } from './glossaryFiles';

export interface GlossaryPlaces {
  /** Absolute paths of the glossary files to use. */
  allowed: string[];
  /** Those left out, and why: outside the workspace and not the user's own, or in an untrusted workspace. */
  refused: { file: string; why: 'outside' | 'restricted' }[];
}

/**
 * Sorts the configured glossary files (as written in the settings) into those used and those refused.
 * `user`: the entries of the user's own settings, or undefined when the client does not say where a
 * setting comes from (editors other than VS Code read their LSP settings from the user's configuration).
 */
export function placeGlossaries(configured: readonly string[], folders: readonly string[], user: readonly string[] | undefined, trusted: boolean): GlossaryPlaces {
  const allowed: string[] = [];
  const refused: GlossaryPlaces['refused'] = [];
  for (const entry of configured) {
    const fromUser = user === undefined || user.includes(entry);
    for (const file of GlossaryFiles.resolve([entry], [...folders])) {
      const inside = isInside(file, folders);
      if (!trusted && inside) refused.push({ file, why: 'restricted' });
      else if (inside || fromUser) allowed.push(file);
      else refused.push({ file, why: 'outside' });
    }
  }
  return { allowed: [...new Set(allowed)], refused };
}

/** Whether `file` lies inside one of the folders, symbolic links resolved (a link in the workspace to elsewhere is elsewhere). */
export function isInside(file: string, folders: readonly string[]): boolean {
  const real = realPath(path.resolve(file));
  return folders.some((folder) => {
    const rel = path.relative(realPath(path.resolve(folder)), real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

/** The real path of `p`: of its deepest existing ancestor, with the rest appended (the file may not exist yet). */
function realPath(p: string): string {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return p;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}
