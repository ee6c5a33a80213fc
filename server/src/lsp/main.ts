/**
 * The language server's process: `node dist/server.js --stdio` (what VS Code's client and other editors
 * start), or Node IPC when a client starts it so. Everything else is in createServer (server.ts).
 */
// First: the V8 flags the analysis runs with (set as this module is evaluated, before any other of the server's).
import '../../../shared/engine';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server';
import { StepRunner } from './runSteps';
import { stdioConnection } from './transport/stdio';

const runner = new StepRunner();
const connection = process.argv.includes('--stdio') ? stdioConnection(runner) : createConnection(ProposedFeatures.all);
createServer(connection, { runner }).listen();
