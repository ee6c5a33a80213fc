/** Server-side localisation: English strings are the keys; Simplified Chinese comes from the shared bundle. */
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

let current = 'en';

/** Selects the language of the messages the server writes (hovers, notices). */
export function setLocale(locale: string | undefined): void {
  current = (locale ?? 'en').toLowerCase();
  if (current.startsWith('zh')) l10n.config({ contents: zhCn as Record<string, string> });
  else l10n.config({ contents: {} });
}

export function locale(): string {
  return current;
}

export const t = l10n.t;
