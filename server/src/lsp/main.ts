/**
 * The language server's process: `node dist/server.js --stdio` (what VS Code's client and other editors
 * start), or Node IPC when a client starts it so. Everything else is in createServer (server.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server';
import { StepRunner } from './runSteps';
import { stdioConnection } from './transport/stdio';

const runner = new StepRunner();
const connection = process.argv.includes('--stdio') ? stdioConnection(runner) : createConnection(ProposedFeatures.all);
createServer(connection, { runner }).listen();
