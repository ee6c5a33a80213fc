/** The words of exported HTML pages, in the user's language (shared by the server and the CLI). */
import type { HtmlOptions } from './core/export/html';
import { locale, t } from './l10n';

export function htmlWords(): HtmlOptions['words'] {
  return {
    legend: t('Legend'),
    term: t('Policy term'),
    candidate: t('Candidate term'),
    figure: t('Figure'),
    org: t('Organisation'),
    userTag: t('your tag'),
    none: t('No annotations.'),
  };
}

/** The `lang` of an exported page. */
export function htmlLang(): string {
  return locale().startsWith('zh') ? 'zh-CN' : 'en';
}
