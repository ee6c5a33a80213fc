/**
 * The server's connection over stdin/stdout, with messages read by SlicedMessageReader (big
 * messages parsed in steps) and written by messageEncoder (the diagnostics sent after every pause in typing
 * put together from the bytes of those sent before). What vscode-languageserver does for its own stdio connection is done
 * here too: the process exits when stdin closes, and console output, which would corrupt the
 * protocol on stdout, goes to stderr.
 */
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import type { StepRunner } from '../runSteps';
import { messageEncoder } from './jsonEncoder';
import { maxMessageBytes, SlicedMessageReader } from './slicedReader';

export function stdioConnection(runner: StepRunner) {
  const maxMessage = maxMessageBytes();
  const reader = new SlicedMessageReader(process.stdin, { run: (steps) => runner.run(steps), maxMessage, log: (line) => connection.console.warn(line) });
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: messageEncoder }));
  let shutdown = false;
  // The server's only shutdown handler: one registered elsewhere would replace it.
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  return connection;
}
