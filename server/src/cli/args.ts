/** Command-line arguments, read with node:util's parseArgs; a mistake is a UsageError (exit status 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly: unknown options and missing values are usage errors. */
export function parseCommand<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
    throw e;
  }
}
