/**
 * What stands in for a message the transport could not read because it was too long
 * (transport/slicedReader.ts, MESSAGE_TOO_LARGE): a request gets an error answer, and a report that was
 * too big to open or change is named to the user once; the transport has closed that document.
 */
import { ErrorCodes, MessageType, ResponseError } from 'vscode-languageserver';
import { MESSAGE_TOO_LARGE, type TooLargeParams } from '../transport/slicedReader';
import { fileNameOf } from '../uris';
import type { HandlerModule, ServerContext } from '../context';

const MB = 1024 * 1024;

export const registerTransportProblems: HandlerModule = (ctx) => {
  const { connection } = ctx;
  connection.onRequest(MESSAGE_TOO_LARGE, (params: TooLargeParams) => {
    throw new ResponseError(ErrorCodes.InvalidRequest, tooLargeText(params));
  });
  connection.onNotification(MESSAGE_TOO_LARGE, (params: TooLargeParams) => {
    if (params.uri && (params.method === 'textDocument/didOpen' || params.method === 'textDocument/didChange')) tellTooLarge(ctx, params);
  });
};

function tooLargeText(p: TooLargeParams): string {
  return `${p.method ?? 'message'} of ${p.bytes} bytes not read: longer than the limit of ${p.limit} bytes (--max-message-mb or REPORT_LENS_MAX_MESSAGE_MB)`;
}

function tellTooLarge(ctx: ServerContext, p: TooLargeParams): void {
  const { t } = ctx.l10n;
  ctx.tell(
    MessageType.Warning,
    t('{0} is too large for Report Lens ({1} MB; the limit is {2} MB): it is not analysed.', fileNameOf(p.uri!), Math.ceil(p.bytes / MB), Math.floor(p.limit / MB)),
  );
}
