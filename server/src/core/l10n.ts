/**
 * Messages in the user's language: English strings are the keys, Simplified Chinese comes from the bundle
 * that the client's vscode.l10n uses too (l10n/bundle.l10n.zh-cn.json). A translator is a value, made per
 * server or per CLI run, so that two servers in one process (tests) can speak different languages.
 */
import zhCn from '../../../l10n/bundle.l10n.zh-cn.json';

export interface L10n {
  /** The language, lower case: "en", "zh-cn", … */
  readonly locale: string;
  /** The message in this language, with {0}, {1}, … replaced by the arguments. */
  t(message: string, ...args: (string | number | boolean)[]): string;
  /** True for Chinese, where lists are joined with 、 and no spaces. */
  readonly chinese: boolean;
}

const BUNDLES: Record<string, Record<string, string>> = { zh: zhCn as Record<string, string> };

/** A translator for a locale as VS Code and LSP name it ("zh-cn", "zh-CN", "en-US"); English by default. */
export function l10nFor(locale: string | undefined): L10n {
  const lang = (locale ?? 'en').toLowerCase();
  const chinese = lang.startsWith('zh');
  const bundle = chinese ? BUNDLES.zh : undefined;
  return {
    locale: lang,
    chinese,
    t(message, ...args) {
      const template = bundle?.[message] ?? message;
      return args.length ? template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)) : template;
    },
  };
}

/** English, for code that has no user to speak to (tests, logs). */
export const ENGLISH = l10nFor('en');

/**
 * A message that is translated where it is shown, not where it is made (a worker thread's, say): the text
 * itself, marked so that the check of the bundle (test/unit/l10n.test.ts) finds it.
 */
export function l10nKey(message: string): string {
  return message;
}
