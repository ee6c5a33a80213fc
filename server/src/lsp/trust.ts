/**
 * Workspace trust (VS Code's Restricted Mode). Report Lens's client says in initializationOptions whether
 * the workspace is trusted, and sends TrustGrantedNotification when the user trusts it. Until then the
 * server highlights and outlines with the built-in glossary (and glossary files the user named in their
 * own settings, outside the workspace), reads no workspace glossary, keeps no tags (reads and writes no
 * .ann) and adds no glossary entry; it says so once. Clients that know nothing of trust are trusted.
 */
import { MessageType } from 'vscode-languageserver';
import { TrustGrantedNotification } from '../../../shared/protocol';
import type { HandlerModule, ServerContext } from './context';

/** The message of a request refused in Restricted Mode. */
export function restrictedMessage(ctx: ServerContext): string {
  return ctx.l10n.t('This folder is in Restricted Mode: Report Lens keeps no tags and changes no glossary here until you trust it.');
}

/**
 * Says once, after initialize, what Restricted Mode leaves out (called from the one `initialized`
 * handler, in handlers/glossary.ts: a connection has one handler per notification).
 */
export function tellIfRestricted(ctx: ServerContext): void {
  if (ctx.trusted) return;
  ctx.tell(
    MessageType.Info,
    ctx.l10n.t('Restricted Mode: Report Lens highlights and outlines reports with its built-in glossary only. It reads no glossary of this folder and keeps no tags until you trust the folder.'),
  );
}

export const registerTrust: HandlerModule = (ctx) => {
  ctx.connection.onNotification(TrustGrantedNotification.method, () => {
    if (ctx.trusted) return;
    ctx.trusted = true;
    for (const listener of ctx.trustListeners) listener();
  });
};
