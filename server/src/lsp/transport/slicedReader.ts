/**
 * Reads LSP messages from a stream (the server's stdin), like vscode-jsonrpc's StreamMessageReader,
 * except for big messages. A message of a megabyte or more (a big report's didOpen or full-text
 * didChange) is parsed in steps on the event loop (see slicedJson.ts) instead of in one go, and
 * while it is parsed, requests that only read another document are answered: a hover in a small
 * report does not wait half a second for a 50 MB report to be read.
 *
 * Order is kept wherever it matters. A message is passed ahead of earlier ones only when it is a
 * request from OVERTAKING, about a document none of the waiting messages is about (a waiting
 * message whose document is not known yet, or that is not about one document, holds everything
 * after it). Responses to the server's own requests are passed at once: the server waits for them,
 * and they change no document; so are the requests in INDEPENDENT, about the server itself.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-jsonrpc/node';
import type { Steps } from '../../core/steps';
import { isPlaceholder, parseJsonSteps, type SliceLimits } from './slicedJson';

/** Messages at least this long (bytes) are parsed in steps. */
export const BIG_MESSAGE = 1 << 20;

/** Requests that read one document and change nothing, so they may be answered before earlier messages about other documents. */
export const OVERTAKING: ReadonlySet<string> = new Set([
  'textDocument/hover',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/semanticTokens/full',
  'textDocument/semanticTokens/full/delta',
  'textDocument/semanticTokens/range',
  'textDocument/codeAction',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentHighlight',
  'reportLens/decorations',
]);

/** Requests about the server itself, not about any document: they pass whatever waits. */
export const INDEPENDENT: ReadonlySet<string> = new Set(['reportLens/memory', 'reportLens/loopDelay']);

/** A message read but not yet delivered, because an earlier one is still being parsed. */
interface Waiting {
  message?: Message;
  /** Parsed (or failed): ready to be delivered once the messages before it are. */
  ready: boolean;
  error?: Error;
  /** The document it is about; null when it is not about one document; undefined while not known. */
  uri?: string | null;
  /** Holds nothing back ($/cancelRequest: cancelling a request late or early changes no result). */
  neutral?: boolean;
}

export interface SlicedReaderOptions {
  /** Messages at least this long are parsed in steps (default BIG_MESSAGE). */
  bigMessage?: number;
  /** Drives the parse of a big message in slices (the server uses runSteps). */
  run: <T>(steps: Steps<T>) => Promise<T>;
  /** How the parse is cut (see slicedJson.ts); tests make it small. */
  limits?: SliceLimits;
}

const CRLF2 = Buffer.from('\r\n\r\n', 'ascii');
const utf8 = new TextDecoder('utf-8');

export class SlicedMessageReader extends AbstractMessageReader {
  private callback?: DataCallback;
  /** Bytes received and not yet consumed, in order. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length announced by the current message's header; -1 while reading a header. */
  private bodyLength = -1;
  /** The body of a big message being received, and how much of it has arrived. */
  private big?: { body: Buffer; filled: number };
  private readonly waiting: Waiting[] = [];
  private readonly bigMessage: number;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly options: SlicedReaderOptions,
  ) {
    super();
    this.bigMessage = options.bigMessage ?? BIG_MESSAGE;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    const big = this.big;
    if (big) {
      // Straight into the big message's buffer: copying it all at the end would take a 50 MB
      // message's worth of page faults in one go.
      const n = Math.min(chunk.length, big.body.length - big.filled);
      chunk.copy(big.body, big.filled, 0, n);
      big.filled += n;
      if (big.filled < big.body.length) return;
      this.big = undefined;
      this.bodyLength = -1;
      this.received(big.body);
      if (n === chunk.length) return;
      chunk = chunk.subarray(n);
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader()) return;
      if (this.bodyLength >= this.bigMessage && this.size < this.bodyLength) {
        // A big body: a buffer of its length, filled as its bytes arrive.
        const body = Buffer.allocUnsafe(this.bodyLength);
        const filled = this.size;
        this.take(this.size).copy(body);
        this.big = { body, filled };
        return;
      }
      if (this.size < this.bodyLength) return;
      const body = this.take(this.bodyLength);
      this.bodyLength = -1;
      this.received(body);
    }
  }

  /** Reads a header if it has arrived whole; false if not. */
  private readHeader(): boolean {
    // A header is short: gather the bytes received so far into one buffer to look for its end.
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    const head = this.chunks[0];
    if (!head) return false;
    const end = head.indexOf(CRLF2);
    if (end < 0) return false;
    const fields = new Map<string, string>();
    for (const line of head.toString('ascii', 0, end).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    this.chunks[0] = head.subarray(end + 4);
    this.size -= end + 4;
    const length = Number(fields.get('content-length'));
    if (!Number.isInteger(length) || length < 0) {
      // Without a length the stream cannot be followed: report it and drop what arrived.
      this.fireError(new Error(`Message header without a valid Content-Length: ${JSON.stringify(head.toString('ascii', 0, Math.min(end, 200)))}`));
      this.chunks = [];
      this.size = 0;
      return false;
    }
    const charset = /charset=([^;\s]+)/i.exec(fields.get('content-type') ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') this.fireError(new Error(`Unsupported message charset ${charset}; reading it as UTF-8.`));
    this.bodyLength = length;
    return true;
  }

  /** The next `n` bytes received, as one buffer. */
  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const c = this.chunks[0];
      if (c.length <= need) {
        parts.push(c);
        this.chunks.shift();
        need -= c.length;
      } else {
        parts.push(c.subarray(0, need));
        this.chunks[0] = c.subarray(need);
        need = 0;
      }
    }
    this.size -= n;
    if (this.chunks.length === 0 || (this.chunks.length === 1 && this.chunks[0].length === 0)) this.chunks = [];
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
  }

  /** A whole message body arrived. */
  private received(body: Buffer): void {
    if (body.length >= this.bigMessage) {
      const entry: Waiting = { ready: false };
      this.waiting.push(entry);
      this.options
        .run(
          parseJsonSteps(
            body,
            // A document named by a string still to be decoded stays unknown.
            (skeleton) => {
              const uri = documentOf(skeleton as Message);
              entry.uri = uri !== null && isPlaceholder(uri) ? undefined : uri;
            },
            this.options.limits,
          ),
        )
        .then(
          (message) => (entry.message = message as Message),
          (e: unknown) => (entry.error = e instanceof Error ? e : new Error(String(e))),
        )
        .finally(() => {
          entry.ready = true;
          this.deliverReady();
        });
      return;
    }
    let message: Message;
    try {
      message = JSON.parse(utf8.decode(body)) as Message;
    } catch (e) {
      this.fireError(e);
      return;
    }
    if (this.waiting.length === 0 || this.mayOvertake(message)) this.deliver(message);
    else this.waiting.push({ message, ready: true, uri: documentOf(message), neutral: (message as { method?: string }).method === '$/cancelRequest' });
  }

  /** Whether a message may be delivered before the waiting ones (see the file's comment). */
  private mayOvertake(message: Message): boolean {
    const m = message as { id?: unknown; method?: string };
    if (m.method === undefined) return m.id !== undefined; // a response
    if (INDEPENDENT.has(m.method)) return true;
    if (m.id === undefined || !OVERTAKING.has(m.method)) return false;
    const uri = documentOf(message);
    return typeof uri === 'string' && this.waiting.every((w) => w.neutral || (typeof w.uri === 'string' && w.uri !== uri));
  }

  /** Delivers the waiting messages from the first on, up to the first still being parsed. */
  private deliverReady(): void {
    while (this.waiting.length && this.waiting[0].ready) {
      const w = this.waiting.shift()!;
      if (w.error) this.fireError(w.error);
      else if (w.message) this.deliver(w.message);
    }
  }

  private deliver(message: Message): void {
    this.callback?.(message);
  }
}

/** The document a message is about (`params.textDocument.uri`), or null. */
function documentOf(message: Message | undefined): string | null {
  const uri = (message as { params?: { textDocument?: { uri?: unknown } } } | undefined)?.params?.textDocument?.uri;
  return typeof uri === 'string' ? uri : null;
}
