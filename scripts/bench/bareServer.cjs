/**
 * The floor of a hover's round trip: a language server made of vscode-languageserver and nothing else, which
 * answers every hover with null at once. The benchmark asks it the same hovers, through the same client, as
 * it asks Report Lens: what is left above this floor is the server's own.
 */
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { hoverProvider: true, textDocumentSync: TextDocumentSyncKind.None } }));
connection.onHover(() => null);
connection.listen();
