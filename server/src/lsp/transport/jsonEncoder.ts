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

const COMMA = 0x2c; // ,
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]

/** A message's bytes, as vscode-jsonrpc's default encoder makes them (`JSON.stringify`, then UTF-8), in a buffer of their own. */
export function encodeMessage(msg: Message): Buffer {
  return encodeInto(msg, (n) => Buffer.allocUnsafe(n));
}

/**
 * The message's bytes in a buffer from `room(n)` (at least n bytes long): the first n bytes of the answer
 * are the message.
 */
function encodeInto(msg: Message, room: (n: number) => Buffer): Buffer {
  let diagnostics = diagnosticsOf(msg);
  let rest = '';
  let at = -1;
  if (diagnostics) {
    const { params } = msg as unknown as { params: Record<string, unknown> };
    rest = JSON.stringify({ ...msg, params: { ...params, diagnostics: [HOLE] } });
    at = rest.indexOf(HOLE_JSON);
    // Not found once (a URI that spells the stand-in, a toJSON somewhere): the plain way.
    if (at < 0 || rest.indexOf(HOLE_JSON, at + 1) >= 0) diagnostics = undefined;
  }
  if (!diagnostics) {
    const json = JSON.stringify(msg);
    const n = Buffer.byteLength(json, 'utf8');
    const out = room(n);
    out.write(json, 0, n, 'utf8');
    return out.subarray(0, n);
  }
  const head = rest.slice(0, at);
  const tail = rest.slice(at + HOLE_JSON.length);
  const items = diagnostics.map(bytesOf);
  let n = Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8') + 2 + Math.max(0, items.length - 1);
  for (const b of items) n += b.length;
  const out = room(n);
  let k = out.write(head, 0, 'utf8');
  out[k++] = OPEN;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[k++] = COMMA;
    k += items[i].copy(out, k);
  }
  out[k++] = CLOSE;
  k += out.write(tail, k, 'utf8');
  return out.subarray(0, k);
}

/**
 * Where the writer's messages are put together, reused from one message to the next: a message made in
 * memory of its own took fresh pages from the system each time (any buffer over glibc's mmap threshold,
 * 128 KB for the server), and on the benchmark's machine the page faults of the thousand diagnostics'
 * 220 KB, about 1.3 ms, were most of the time it took to put them together. At most ROOM_MAX bytes are
 * kept; a longer message gets a buffer of its own.
 *
 * Reusing it is safe because the writer (vscode-jsonrpc's WriteableStreamMessageWriter) encodes a message
 * under the same lock as it writes it, and lets the next one in only once the stream has called back for
 * the last one's bytes, that is, once they are out of this buffer (a test writes to a stream that calls
 * back late and checks every message).
 */
const ROOM_MAX = 4 * 1024 * 1024;
let writerRoom: Buffer | undefined;

function reusedRoom(n: number): Buffer {
  if (n > ROOM_MAX) return Buffer.allocUnsafeSlow(n);
  if (!writerRoom || writerRoom.length < n) writerRoom = Buffer.allocUnsafeSlow(Math.min(ROOM_MAX, Math.max(n, 2 * (writerRoom?.length ?? 32 * 1024))));
  return writerRoom;
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
      return Promise.resolve(encodeInto(msg, reusedRoom));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
