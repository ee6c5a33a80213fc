/** The words of exported HTML pages, in the user's language (shared by the server and the CLI). */
import type { HtmlOptions } from './html';
import type { L10n } from '../l10n';

export function htmlWords({ t }: L10n): HtmlOptions['words'] {
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
export function htmlLang(l10n: L10n): string {
  return l10n.chinese ? 'zh-CN' : 'en';
}
