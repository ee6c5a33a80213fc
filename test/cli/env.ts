/**
 * The environment the CLI runs in under test: the machine's, with the language of the messages set to
 * English (the CLI speaks the language of LC_ALL, LC_MESSAGES or LANG, and tests read its English).
 */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
