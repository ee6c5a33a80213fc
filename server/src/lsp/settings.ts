/**
 * Settings per document, pulled from the client (`workspace/configuration`) and cached as promises
 * until the configuration changes — never kept in server globals.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, withDefaults, type ReportLensSettings } from '../../../shared/settings';

export class SettingsCache {
  private cache = new Map<string, Promise<ReportLensSettings>>();
  private readonly cleared: (() => void)[] = [];
  /** False for clients that cannot answer `workspace/configuration`: they get the defaults. */
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<ReportLensSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'reportLens' })
        .then(withDefaults, () => DEFAULT_SETTINGS);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** The settings that are not tied to one document (glossary files). */
  global(): Promise<ReportLensSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    return this.connection.workspace.getConfiguration({ section: 'reportLens' }).then(withDefaults, () => DEFAULT_SETTINGS);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Forgets every document's settings (the configuration changed) and tells who asked to know. */
  clear(): void {
    this.cache.clear();
    for (const listener of this.cleared) listener();
  }

  /** Calls `listener` whenever the settings are cleared, so that what depends on them is made again. */
  onClear(listener: () => void): void {
    this.cleared.push(listener);
  }
}
