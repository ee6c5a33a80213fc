/** Command-line arguments, read with node:util's parseArgs; a mistake is a UsageError (exit status 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ENGLISH, type L10n } from '../core/l10n';

/** The template of a message shown as it is. */
const AS_IT_IS = '{0}';

/**
 * A mistake on the command line (exit status 2). Its message is an English template with {0}, {1}, … for
 * `args`, translated when it is shown (`localized`).
 */
export class UsageError extends Error {
  readonly args: string[];

  constructor(
    readonly template: string,
    ...args: (string | number)[]
  ) {
    super(ENGLISH.t(template, ...args));
    this.args = args.map(String);
  }

  /** A message that is shown as it is (Node's own, or a refusal made elsewhere). */
  static verbatim(message: string): UsageError {
    return new UsageError(AS_IT_IS, message);
  }

  localized(l10n: L10n): string {
    return l10n.t(this.template, ...this.args);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly: unknown options and missing values are usage errors. */
export function parseCommand<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    // Node's own words, in English: the option it names is what matters.
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw UsageError.verbatim((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
    throw e;
  }
}
