/**
 * The bytes of the server's messages: what vscode-jsonrpc's own encoder writes (`JSON.stringify`, then
 * UTF-8), made faster for the one big message the server sends after every keystroke.
 *
 * A report with a thousand problems is sent a thousand diagnostics (some 220 KB of JSON) after each pause
 * in typing, and an edit changes one or two of them: handlers/diagnostics.ts sends the other diagnostic
 * objects again, unchanged (features/diagnostics.ts, toDiagnostics). Serialising and encoding the whole
 * message took 3–4 ms of the 10 ms the bench allows from keystroke to squiggle (1-char edit → diagnostics
 * pushed, 10 MB). Here each diagnostic's bytes are kept with its object and the message is put together
 * from them: the bytes are the same as `JSON.stringify`'s, which the tests check.
 *
 * A diagnostic is never changed once sent (features/diagnostics.ts makes a new object for one that moves),
 * so its bytes stay right for as long as the object lives.
 */
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/** The bytes of diagnostics sent before, by object. */
const encoded = new WeakMap<object, Buffer>();

/** Stands for the list of diagnostics while the rest of the message is serialised. */
const HOLE = '\u0000report-lens:diagnostics';
const HOLE_JSON = JSON.stringify([HOLE]);

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/** A message's bytes, as vscode-jsonrpc's default encoder makes them (`JSON.stringify`, then UTF-8). */
export function encodeMessage(msg: Message): Buffer {
  const diagnostics = diagnosticsOf(msg);
  if (!diagnostics) return Buffer.from(JSON.stringify(msg), 'utf8');
  const { params } = msg as unknown as { params: Record<string, unknown> };
  const rest = JSON.stringify({ ...msg, params: { ...params, diagnostics: [HOLE] } });
  const at = rest.indexOf(HOLE_JSON);
  // Not found once (a URI that spells the stand-in, a toJSON somewhere): the plain way.
  if (at < 0 || rest.indexOf(HOLE_JSON, at + 1) >= 0) return Buffer.from(JSON.stringify(msg), 'utf8');
  const parts: Buffer[] = [Buffer.from(rest.slice(0, at), 'utf8'), OPEN];
  for (let i = 0; i < diagnostics.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(bytesOf(diagnostics[i]));
  }
  parts.push(CLOSE, Buffer.from(rest.slice(at + HOLE_JSON.length), 'utf8'));
  return Buffer.concat(parts);
}

/** The list of diagnostics of a publishDiagnostics notification whose items can be kept, else undefined. */
function diagnosticsOf(msg: Message): readonly object[] | undefined {
  const m = msg as unknown as { method?: unknown; params?: { diagnostics?: unknown } };
  if (m.method !== 'textDocument/publishDiagnostics') return undefined;
  const list = m.params?.diagnostics;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  // Only plain objects: anything else (null, a number, an object with toJSON) goes the plain way.
  for (const d of list) if (typeof d !== 'object' || d === null || Array.isArray(d) || 'toJSON' in d) return undefined;
  return list as object[];
}

function bytesOf(d: object): Buffer {
  let bytes = encoded.get(d);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(d), 'utf8');
    encoded.set(d, bytes);
  }
  return bytes;
}

/** The encoder for a StreamMessageWriter (utf-8 only, as vscode-jsonrpc's default). */
export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
